# Statement cue (role "passing"): causes and consequences. A goal or area named after one of these,
# when another goal leads the sentence (or the passage is about another goal), is named in passing:
# "Kvinnors lägre sysselsättning förklaras av sjukskrivningar" → goal.health passing.
förklaras av                  ; gap=3
förklaras                     ; exact
förklaring                    ; compound=head
beror på                      ; gap=2
leder till                    ; gap=2
ledde till                    ; gap=2
konsekvens för                ; gap=1
konsekvenser för              ; gap=1
följder för                   ; gap=1
kostnader för                 ; gap=2
kostnad för                   ; gap=2
på grund av
till följd av
som en följd av
eftersom
påverkar
påverka
påverkas
bidrar till                   ; gap=2
bidra till                    ; gap=2
orsak till                    ; gap=2
orsaker till                  ; gap=2
orsakas av                    ; gap=2
en effekt av                  ; gap=1
hänger samman med             ; gap=1
hänger ihop med               ; gap=1
riskfaktor                    ; compound=any
resulterar i
till exempel                  ; note=a goal named as an example of something else
såsom
går tillbaka på               ; gap=1
har sina rötter               ; gap=1
har sin grund i               ; gap=1
en följd av
följd av                      ; gap=1
kan öka                       ; note=a possibility, not an objective
kan leda till                 ; gap=1
riskerar att                  ; gap=1
trots att                     ; note=a contrast: "27 procent kvinnor, trots att kvinnor oftare har högskoleutbildning"
i sin tur                     ; note=vilket i sin tur sänker inkomsten: a consequence
ökar risken för               ; gap=2
ökad risk för                 ; gap=1
ger det                       ; note=… kommer inte tillbaka, och på sikt ger det ett lägre antal födda och ökad ohälsa: a consequence

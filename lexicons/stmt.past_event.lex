# Statement cue (role "past-event"): something done before, told in the past. A follow-up or
# mid-term report of single activities says what was held, started or met ("Trygghetsvandringen
# genomfördes i september 2026 med 14 deltagare", "Nätverket har mötts tre gånger"): the sentence
# commits to nothing of this strategy, and a count of its participants analyses nothing. An
# analysis cue or a share in the same sentence still analyses ("andelen kvinnor med heltid har
# ökat från 41 till 57 procent"), and another clause keeps its commitments ("Ett samråd hölls i
# augusti, och två workshoppar planeras under hösten"). Findings told in the past (*visade*, *svarade*) are analysis
# and are not listed here; what participants thought of an activity is reported speech
# (stmt.reported: *ansåg*, *upplevdes*, *utvärderingsenkäten*).
genomfördes                   ; exact
genomförde                    ; exact
har genomförts                 ; gap=1
har genomfört                  ; gap=1
hölls                         ; exact
har hållits                    ; gap=1
startade                      ; exact
startades                     ; exact
har startat                    ; gap=1
inleddes                      ; exact
anordnades                    ; exact
har anordnats                  ; gap=1
arrangerades                  ; exact
har arrangerats                ; gap=1
ställdes in                   ; exact
träffades                     ; exact
har träffats                   ; gap=1
möttes                        ; exact
har mötts                      ; gap=1
samlade                       ; exact ; note=Barnrättsdagen samlade 80 deltagare
infördes                      ; exact
har införts                    ; gap=1
erbjöds                       ; exact
medverkade                    ; exact
bjöds in                      ; exact
togs fram                     ; exact
har tagits fram                ; gap=1
har haft                       ; gap=1 ; note=Nätverket har haft sju träffar (an analysis cue in the sentence keeps its analysis: "kvinnor har haft lägre inkomster")
hade                          ; exact ; note=Dagen hade jämställdhet som tema (a share or an analysis cue keeps the analysis: "kvinnorna hade 20 procent lägre lön")
pekade ut                     ; exact ; note=Deltagarna pekade ut sex platser
har tagit emot                ; gap=1

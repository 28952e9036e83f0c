# Statement cue (role "population"): words that say whom a figure counts — the people working in a
# sector, the respondents of a survey, the participants of an event. In a section about another
# goal or area, a sentence that commits to nothing and whose figure counts such a population says
# who the section is about, not the situation of the sector's own goal: "I länet är 82 procent av
# de anställda i vård och omsorg kvinnor" under "Civil beredskap" names health in passing, and
# "I enkäten till elever i årskurs 9 svarade 54 procent av flickorna att de mår bra" under "Ungas
# hälsa" names education in passing. In the target's own section the figure still analyses it.
anställda                     ; exact ; note=av de anställda i hemtjänsten är nio av tio kvinnor
deltidsanställda              ; exact
heltidsanställda              ; exact
anställd                      ; exact
personal                      ; compound=any ; note=personalen i förskolan, vårdpersonalen
medarbetare                   ; compound=head
yrkesverksamma                ; exact
svarade                       ; exact ; note=i medborgardialogen svarade 212 kvinnor och 143 män
svarande                      ; exact
respondenter                  ; exact
tillfrågade                   ; exact
enkät                         ; compound=any ; note=elevenkäten, enkäten till elever i årskurs 9
deltagare                     ; compound=head
deltog                        ; exact

# Statement cue (role "negation"): the draft says it will not work on what it names. Holds even
# when the sentence also names a year or an activity: "Föräldraskapsstöd prioriteras inte 2025".
prioriteras inte
prioriteras ej
inte prioritera               ; gap=1
inte prioriteras
inte prioriterat
inte aktuell                  ; gap=1
inte aktuellt                 ; gap=1
ej aktuell                    ; gap=1
ej aktuellt                   ; gap=1
inte haft möjlighet           ; gap=1
inte möjlighet att            ; gap=1
inte hunnit
inte fokusera
inte fokus på                 ; gap=1
inte i fokus
väljer att inte
avstår från
ligger utanför
har inga egna mål              ; gap=1
inga egna insatser            ; gap=1
inga egna aktiviteter         ; gap=1
beskrivs inte
ingår inte i strategin        ; gap=1
inte varit möjligt            ; gap=1
inte möjligt                  ; gap=1
har inte gjorts               ; gap=1
har inte genomförts           ; gap=1
har inte skett                ; gap=1
prioriterar inte
inte haft resurser            ; gap=1
inte ett eget                 ; gap=1
kommer inte att
kunde inte delta              ; gap=1
har inte redovisat            ; gap=1 ; note=Flera aktiviteter har inte redovisat resultat för flickor och pojkar: a lack stated, no work
har inte redovisats           ; gap=1
ingen aktivitet               ; note=Ingen aktivitet i denna plan: nothing is done on it here
inga aktiviteter
ingen egen aktivitet
ingen insats                  ; note=Ingen insats planeras under perioden

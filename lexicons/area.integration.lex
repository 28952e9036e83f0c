# Integration and the establishment of foreign-born women (optional area).
utrikes födda kvinnor
utrikes födda
nyanlända                     ; weak
nyanländ
etablering                    ; compound=any ; weak
etableringsprogram            ; compound=any
integration                   ; compound=any
samhällsorientering           ; compound=any
sfi                           ; exact
svenska för invandrare

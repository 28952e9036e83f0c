# Delmål 3: Jämställd utbildning (skr. 2016/17:10). "utbildning" alone is weak: staff training is
# not the education goal.
jämställd utbildning
studieval                     ; compound=any
utbildningsval                ; compound=any
yrkesval                      ; compound=any
studievägledning              ; compound=any
yrkesvägledning               ; compound=any
meritvärde                    ; compound=any
gymnasiebehörighet            ; compound=any
behörighet                    ; weak
skolresultat                  ; compound=any
betygsskillnad                ; compound=any
betyg                         ; weak
förskola                      ; compound=any ; weak
grundskola                    ; compound=any ; weak
gymnasieskola                 ; compound=any ; weak
gymnasieprogram               ; compound=any
nationellt program
nationella program
programval                    ; compound=any
gymnasiet                     ; weak
skola                         ; compound=head ; weak ; except=skolad
elever                        ; weak
vuxenutbildning               ; compound=any
högre utbildning
högskola                      ; compound=any
normkritisk pedagogik
normkritiskt förhållningssätt
könsstereotypa val            ; gap=1
skolnärvaro                   ; compound=any
skolavhopp                    ; compound=any
utbildningsnivå               ; compound=any
utbildning                    ; weak ; not-before=om ; note=utbildning om våld (training on a topic) is no education
studier                       ; weak
gymnasieval                   ; compound=any
meritpoäng                    ; compound=any
lärarutbildning               ; compound=any
yrkesprogram                  ; compound=any
högskoleförberedande program  ; gap=1
behörig                       ; weak ; note=behöriga till gymnasiet
niondeklassare                ; compound=any
fullföljer gymnasiet          ; gap=1 ; note=unga män som inte fullföljer gymnasiet
fullfölja gymnasiet           ; gap=1
fullföljd gymnasieutbildning  ; gap=1
gymnasieexamen                ; compound=any
högre betyg                   ; note=flickor har högre betyg än pojkar
lägre betyg

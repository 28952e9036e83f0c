# ANDTS: alkohol, narkotika, dopning, tobak och spel om pengar (optional area).
andts                         ; exact
andt                          ; exact
alkohol                       ; compound=any
narkotika                     ; compound=any
dopning                       ; compound=any
doping                        ; compound=any
tobak                         ; compound=any
spel om pengar
spelberoende                  ; compound=any
missbruk                      ; compound=any
röker                         ; exact ; note=andelen unga kvinnor som röker
rökning                       ; compound=any
snus                          ; compound=any
riskbruk                      ; compound=any
berusningsdrickande           ; compound=any

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

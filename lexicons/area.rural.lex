# Landsbygd (optional area).
landsbygd                     ; compound=any
glesbygd                      ; compound=any
landsbygdsutveckling          ; compound=any
landsbygdsprogram             ; compound=any
jordbruk                      ; compound=any
lantbruk                      ; compound=any
areella näringar
skogsbruk                     ; compound=any

# Delmål 2: Ekonomisk jämställdhet (skr. 2016/17:10).
ekonomisk jämställdhet
ekonomiskt jämställd
ekonomisk självständighet
ekonomiskt självständig
ekonomiskt oberoende
löneskillnad                  ; compound=any
lönegap                       ; compound=any
lönekartläggning              ; compound=any
lika lön
jämställda löner
livsinkomst                   ; compound=any
inkomstskillnad               ; compound=any
pension                       ; compound=any ; except=pensionär, pensionat, pensionera
pensionsgap
deltid                        ; compound=any
ofrivillig deltid
heltid                        ; compound=any
sysselsättningsgrad           ; compound=any
sysselsättning                ; weak
förvärvsfrekvens              ; compound=any
förvärvsarbete                ; compound=any
könssegregerad arbetsmarknad
könsuppdelad arbetsmarknad
könsuppdelade arbetsmarknaden
könssegregering               ; compound=any
könssegregerad
arbetsmarknad                 ; compound=any ; weak
betalt arbete
företagande                   ; weak
kvinnors företagande
kvinnliga företagare
inkomst                       ; weak
disponibel inkomst            ; gap=1 ; note=disponibla inkomster, the household measure
kvinnors inkomst              ; note=kvinnors inkomster
mäns inkomst                  ; note=mäns inkomster
lön                           ; weak ; except=lönar, lönade, lönsam
löner
arbetslöshet                  ; compound=any ; weak
arbetslös                     ; compound=head ; weak ; note=arbetslösa, långtidsarbetslösa kvinnor
försörjning                   ; weak
ekonomiska villkor            ; gap=1
ekonomiska förutsättningar    ; gap=1
starta företag                ; gap=1
startar företag               ; gap=1
nyföretagande                 ; compound=any
nyföretagare                  ; compound=any
medianlön                     ; compound=any
medianinkomst                 ; compound=any
sysselsatt                    ; note=78 procent av kvinnorna är sysselsatta
sysselsatta
förvärvsinkomst               ; compound=any ; note=18 procent lägre förvärvsinkomst än män
ekonomiska skillnader         ; note=de ekonomiska skillnaderna mellan kvinnor och män
löneläge                      ; compound=any
driver företag                ; note=andelen kvinnor som driver företag
driva företag

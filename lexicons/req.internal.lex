# The board's own operations: governance, planning, processes, staff competence.
verksamhetsplanering          ; compound=any
verksamhetsplan               ; compound=any
interna arbete
internt arbete
intern styrning
styrning och ledning
ledning och styrning
ledningsgrupp                 ; compound=any
kompetensutveckling           ; compound=any
medarbetare                   ; compound=any ; weak
handläggning                  ; compound=any
handläggare                   ; compound=any ; weak
myndighetsutövning            ; compound=any
internutbildning              ; compound=any
länsstyrelsens verksamhet
länsstyrelsens arbete         ; weak
interna processer
egna processer
myndighetens egna
avdelning                     ; weak
styrdokument                  ; compound=any ; weak
jämställdhetsintegrerad verksamhet
utbildning i jämställdhetsintegrering ; gap=1
grundutbildning i jämställdhetsintegrering ; gap=1
jämställdhetsanalysera
länsstyrelsens verksamhetsområden ; weak
myndighetens dagliga arbete   ; gap=1
interna jämställdhetsarbete
internt jämställdhetsarbete
beslutsunderlag               ; compound=any ; weak ; note=beslutsunderlagen i länsstyrelsens ärenden ska innehålla en konsekvensanalys
konsekvensanalys för kvinnor och män ; note=a gender impact assessment in the board's own decisions
jämställdhetsanalys i beslut  ; gap=2
beslutsmall                   ; compound=any ; note=en jämställdhetsanalys görs i beslutsmallen: the board's own decision process
beslut som fattas av länsstyrelsen ; gap=1
länsstyrelsens beslut         ; weak

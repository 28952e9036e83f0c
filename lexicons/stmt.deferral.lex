# Statement cue (role "deferral"): the work is put off to another document or a later time.
i nästa strategi
i kommande strategi
till nästa strategi
till kommande strategi
i nästa strategiperiod
i kommande strategiperiod
separat handlingsplan         ; gap=1
särskild handlingsplan        ; gap=1
i ett senare skede
senare skede
tas upp senare                ; gap=1
återkommer
avvaktar
i revideringen
vid revideringen
när strategin revideras
i nästa länsstrategi
i kommande länsstrategi
i nästa handlingsplan
separat plan                  ; gap=1
tas fram separat
hanteras separat
redovisas separat
beskrivs i en handlingsplan   ; gap=1
beskrivs i en plan            ; gap=1
särskild plan                 ; gap=1
särskild uppföljningsplan
separat uppföljningsplan
separat rapport               ; gap=1
kommande handlingsplan        ; gap=1
kommande plan                 ; gap=1
tas fram senare
senare under perioden
kommer att beskrivas
beskrivs i den handlingsplan  ; gap=2
beskrivs i den strategi       ; gap=2
till nästa version
i nästa version
utreds till                   ; gap=1
i en egen plan                ; note=redovisas i en egen plan (a plan of the board, not "en egen handlingsplan" of each municipality)
i en egen handlingsplan       ; gap=1
en plan för hur               ; gap=1 ; note=en plan för hur strategin ska följas upp tas fram
separat möte                  ; gap=1
behandlas i den plan          ; gap=2 ; note=behandlas i den regionala planen för …: another document
hanteras i den plan           ; gap=2
beskrivs i den plan           ; gap=2
behandlas i den strategi      ; gap=2
hanteras i den strategi       ; gap=2
formerna för uppföljning tas fram ; gap=2 ; note=how the strategy is followed up is decided later
former för uppföljning tas fram ; gap=2
plan för uppföljning tas fram ; gap=4 ; note=En plan för uppföljning och utvärdering av strategin tas fram under 2026
uppföljningsplan tas fram      ; gap=2
kompletterar strategin         ; gap=1 ; note=en plan för uppföljning kompletterar strategin: another document
komplettera strategin          ; gap=1
detaljerad plan för            ; gap=1 ; note=en mer detaljerad plan för uppföljning (kommer): another document
ska med                       ; note=om krisberedskap ska med: an open question of scope
indikatorer kommer att tas fram ; gap=4 ; note=Indikatorer för uppföljningen av strategin kommer att tas fram
indikatorerna tas fram
när uppföljningsplanen
nationella uppföljning        ; note=the national follow-up of the goals, not the strategy's
är försenad                   ; note=Planen för att nå fler pappor är försenad: not done, and no new date of work
väntas bli klar               ; gap=1
beskrivs i handlingsplan      ; gap=2 ; note=Arbetet mot våld beskrivs i kommunens handlingsplan mot våld: another document
beskrivs i plan               ; gap=2

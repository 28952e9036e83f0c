# Cue: a sentence that excludes a topic from the strategy. A target named in such a sentence is
# "mentioned", not addressed.
omfattas inte                 ; gap=3
ingår inte                    ; gap=3
omfattar inte                 ; gap=3
behandlas när
tas upp när
när strategin revideras
vid revideringen
vid nästa revidering
i ett senare skede
i en senare version
inte ingår                    ; gap=1
behandlas inte                ; gap=3
tas inte upp                  ; gap=2
hanteras inte                 ; gap=3
berörs inte                   ; gap=3
avgränsas bort                ; gap=1
avgränsats bort               ; gap=1
avgränsat bort                ; gap=1
lämnas utanför                ; gap=2
ligger utanför                ; gap=2
utanför ramen för denna       ; gap=1
utanför strategins            ; note=utanför strategins avgränsning
exkluderas
inte en del av denna strategi ; gap=1
hanteras av                   ; gap=1 ; note=frågor om lönekartläggning hanteras av DO
punkten utgick                ; gap=1 ; note=an agenda item that was dropped: "Punkten utgick på grund av tidsbrist"
punkten utgår                 ; gap=1
punkten ströks                ; gap=1
redovisas inte                ; gap=2
redovisas därför inte
kan vända sig till            ; note=Den som vill söka medel kan vända sig till Regionen, som fördelar …: another actor does it, not this strategy
vänd dig till

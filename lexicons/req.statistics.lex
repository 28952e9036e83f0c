# Könsuppdelad statistik: individbaserad statistik analyserad och presenterad efter kön.
könsuppdelad                  ; compound=any
könsuppdelat
könsuppdela
statistik uppdelad på kön     ; gap=1
uppdelad på kön
uppdelat på kön
uppdelade på kön
fördelat på kön
fördelad på kön
redovisas per kön             ; gap=1
per kön
på kvinnor och män
på män och kvinnor
på flickor och pojkar
efter kön                     ; weak
individbaserad statistik
könsuppdelade data
statistik                     ; compound=any ; weak

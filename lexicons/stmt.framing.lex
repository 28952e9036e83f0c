# Statement cue (role "framing"): a value or framing statement. A sentence with one of these and no
# analysis, objective, activity, owner or indicator does not work on what it names:
# "Ett liv fritt från våld är en mänsklig rättighet", "Jämställdhet handlar om makt".
handlar om                    ; gap=2 ; note=handlar i grunden om
handlar ytterst om
är en mänsklig rättighet      ; gap=1
är en förutsättning för       ; gap=2
en förutsättning för          ; gap=1
är en fråga om                ; gap=2
är en demokratifråga          ; gap=1
är en rättvisefråga           ; gap=1
är en grundläggande           ; gap=1
är viktig för                 ; gap=3
är viktigt för                ; gap=3
är av betydelse
har betydelse för             ; gap=2
är centralt                   ; gap=2
bygger på
vilar på
utgår från
är en del av                  ; gap=1
värdegrund                    ; compound=any
grundläggande värde           ; gap=1
ett jämställt samhälle
alla människors lika värde
jämställdhet är
det är viktigt att
det yttersta uttrycket        ; gap=1
den yttersta konsekvensen     ; gap=1
har anslutit sig till         ; gap=1
har ratificerat
har undertecknat
har åtagit sig
vägledande för                ; gap=1
blev svensk lag
blev lag
bärare av
är ett av vår tids            ; gap=1
är grunden för                ; gap=1
är kärnan i                   ; gap=1
könsneutral                   ; compound=any ; note=är aldrig könsneutral
gynnar                        ; exact
syftet med strategin är       ; gap=1
syftet med uppdraget är       ; gap=1
strategin syftar till         ; gap=1
i enlighet med
med hänsyn till
ska beaktas                   ; gap=4 ; note=I arbetet ska barnrättsperspektivet och … beaktas: a perspective, no work
ska vägas in                  ; gap=4
strategin ska ge              ; gap=1 ; note=what the document offers, not work
strategin ger                 ; gap=1
strategin anger               ; gap=1
strategin pekar ut            ; gap=1
strategin kan användas        ; gap=1
alla ska ha möjlighet         ; gap=1 ; note=Alla ska ha möjlighet till ekonomisk självständighet genom hela livet: a goal restated as a vision
alla ska ha samma möjlighet   ; gap=1
alla ska ha rätt till         ; gap=1

# Cue: a sentence that recites the assignment, the national goals or the board's instruction
# rather than working on them. Targets named in it are "mentioned".
belysa analysera och beakta   ; gap=1
samma makt att forma samhället
samma makt att forma          ; gap=1
sex delmål                    ; note=de sex delmålen
sex jämställdhetspolitiska delmål
länsstyrelseinstruktion       ; compound=head
i möjligaste mån
ger länsstyrelserna i uppdrag ; gap=1
gav länsstyrelserna i uppdrag ; gap=1
gett länsstyrelserna i uppdrag ; gap=1
enligt uppdraget
enligt regeringsuppdraget
enligt förordningen
enligt instruktionen
enligt sin instruktion
# Regional goals that only restate a national sub-goal ("Kvinnor och män har samma ekonomiska
# självständighet i länet"): a recitation until the draft works on them.
kvinnor och män har samma     ; gap=2
flickor och pojkar har samma  ; gap=2
har till uppgift att          ; gap=2 ; note=Länsstyrelserna har bland annat till uppgift att: …
länsstyrelsernas uppdrag
länsstyrelsernas uppgift
myndighetsförordning          ; compound=any
framgår av förordningen       ; gap=1
har samma förutsättningar
har samma möjligheter
länsstyrelsen har i uppdrag    ; gap=2 ; note=the board's mandate, recited (another owner "har i uppdrag" is a responsibility)
länsstyrelsen har ett uppdrag  ; gap=2
länsstyrelserna har i uppdrag  ; gap=2
har fått i uppdrag             ; gap=2
i regeringsuppdrag             ; gap=1
har ett regeringsuppdrag       ; gap=1
länsstyrelsen har i uppgift    ; gap=2
länsstyrelsen har till uppgift ; gap=2
regionala uppdraget           ; gap=1 ; note=det regionala uppdraget om föräldraskapsstöd: the mandate
enligt den nationella         ; gap=1 ; note=enligt den nationella strategin ska …
länsstyrelsens uppdrag är     ; gap=1 ; note=the board's mandate recited in a sentence
länsstyrelsens uppgift är     ; gap=1 ; note=the board's task recited in a sentence
länsstyrelsens roll är        ; gap=1
villkor beaktas               ; note=Målet är att kvinnors och mäns villkor beaktas i hela verksamheten: the duty restated
villkor ska beaktas
villkor belyses

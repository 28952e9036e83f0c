# Statement cue (role "definition"): a definition of the method or of a goal. Without substance of
# its own the sentence does not work on what it names: "Jämställdhetsintegrering innebär att …",
# "Målet om jämställd utbildning omfattar hela utbildningssystemet".
innebär att
innebär en
innebär ett
omfattar                      ; exact
omfattas av
definieras
definition                    ; compound=any
med detta avses
avses
betyder att
syftar på
målet om                      ; gap=1
målet innebär                 ; gap=1
delmålet innebär              ; gap=1
delmålet handlar              ; gap=1
innefattar                    ; exact
# The national sub-goals' own definitions (skr. 2016/17:10), recited as sentences.
delmålet är att               ; gap=2
ha samma rätt och möjlighet   ; gap=1
samma möjligheter och villkor
samma förutsättningar för en god hälsa ; gap=1
ta samma ansvar för hemarbetet ; gap=1
mot kvinnor ska upphöra       ; gap=2
mot kvinnor skall upphöra      ; gap=2
menas att
menas                         ; exact
rymmer                        ; exact
fokuserar på
två av delmålen
tre av delmålen
står för                      ; note=ANDTS står för … (a figure, "står för en tredjedel", is analysis and wins)
två fokusområden
tre fokusområden
fyra fokusområden

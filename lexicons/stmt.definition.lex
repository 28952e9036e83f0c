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
står för
målet om                      ; gap=1
målet innebär                 ; gap=1
delmålet innebär              ; gap=1
delmålet handlar              ; gap=1

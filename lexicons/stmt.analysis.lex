# Statement cue (pack.xml <statements>, role "analysis"): the sentence describes the situation —
# a comparison of women and men, a change, a share. Figures ("42 %", "12 procent") are recognised
# from the tokens. A sentence with analysis is substantive even when it also frames.
andel                         ; note=andelen kvinnor …
andelar
högre än                      ; gap=4
lägre än                      ; gap=4
fler än                       ; gap=5
färre än                      ; gap=5
större än                     ; gap=4
mindre än                     ; gap=4
mer än                        ; gap=4
oftare än                     ; gap=4
sämre än                      ; gap=4
bättre än                     ; gap=4
jämfört med
i jämförelse med
skillnad                      ; compound=head
skiljer sig
ökat                          ; exact
minskat                       ; exact
ökar                          ; exact ; note=present tense: a trend (andelen ökar), not an objective (ska öka)
minskar                       ; exact
har ökat                      ; gap=2
har minskat                   ; gap=2
dubbelt så
hälften
majoriteten
överrepresenterade            ; prefix
underrepresenterade           ; prefix
statistik                     ; compound=any
kartläggning                  ; compound=any
visar att                     ; gap=2
i genomsnitt
genomsnittlig
nulägesanalys                 ; compound=any
lägesbild                     ; compound=any
tar ut                        ; gap=1 ; note=tar ut föräldrapenning
drabbas                       ; exact
var tredje
var fjärde
var femte
varannan
var tionde
högre                         ; exact
lägre                         ; exact
högst                         ; exact
lägst                         ; exact
störst                        ; exact
oftare                        ; exact
oftast                        ; exact
vanligare                     ; exact
vanligast                     ; exact
ovanligare                    ; exact
längre än                     ; gap=4
kortare än                    ; gap=4
nästan bara
nästan enbart
främst                        ; exact ; note=når främst mammor
i huvudsak
domineras av                  ; gap=1
dominerar                     ; exact
utgör                         ; exact
sällan                        ; exact
av tio
av fyra
av fem
tredjedel                     ; compound=any
fjärdedel                     ; compound=any
har visat att                 ; gap=2
visade att                    ; gap=2
undersökning                  ; compound=any
enkät                         ; compound=any
ökade                         ; exact ; note=past tense: what happened, not an objective
minskade                      ; exact

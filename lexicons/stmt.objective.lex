# Statement cue (role "objective"): what should change — the draft sets a goal of its own.
öka                           ; except=ökade, ökar ; note=ska öka, ökad andel (not "kan öka", see passing, and "ökade" is past, "ökar" a trend: see analysis)
minska                        ; except=minskade, minskar
halvera
stärka
förbättra
motverka
förebygga
utjämna
uppnå
målet är                      ; gap=2
målsättning                   ; compound=any
effektmål                     ; compound=any
delmål för länet
regionalt mål                 ; compound=any
önskat läge
ska vara                      ; gap=1
ska kunna                     ; gap=1
ska                           ; exact ; note=a shall-sentence commits (recitations and framing are judged first)
skall                         ; exact
bör                           ; exact
rekommenderar                 ; exact

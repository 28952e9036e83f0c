# Statement cue (role "indicator"): how the work is measured or followed up.
indikator                     ; compound=any
nyckeltal                     ; compound=any
följs upp                     ; gap=1
följa upp                     ; gap=3 ; note=följa under perioden upp
följer upp                    ; gap=3 ; note=följer under perioden upp hur …
uppföljning                   ; compound=any
utvärdera
utvärdering                   ; compound=any
mäts                          ; exact
mäta
mätbar                        ; compound=head
målvärde                      ; compound=any
baslinje                      ; compound=any
redovisas                     ; exact
följs med hjälp av             ; gap=1 ; note=utvecklingen följs med hjälp av statistiken
följer utvecklingen
utvecklingen följs
årlig rapport                 ; note=följs upp genom en årlig rapport till länsledningen
årliga rapport
lägesrapport                  ; compound=any

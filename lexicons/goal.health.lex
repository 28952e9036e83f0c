# Delmål 5: Jämställd hälsa (skr. 2016/17:10). "vård" alone is weak; vårdnadshavare is custody,
# not care.
jämställd hälsa
ohälsa                        ; compound=any
psykisk hälsa
självskattad hälsa
sjukskrivning                 ; compound=any
sjukfrånvaro                  ; compound=any
sjuktal                       ; compound=any
ohälsotal                     ; compound=any
suicid                        ; compound=any
självmord                     ; compound=any
medellivslängd                ; compound=any
srhr                          ; exact
sexuell och reproduktiv hälsa
vård på lika villkor
jämlik vård
sjukvård                      ; compound=any
hälsovård                     ; compound=any
folkhälsa                     ; compound=any
levnadsvanor                  ; compound=any
ätstörning                    ; compound=any
hälsa                         ; compound=head ; weak ; except=hälsar, hälsade
sjukskriven
utmattning                    ; compound=any
utmattningssyndrom            ; compound=any
stress                        ; compound=any ; weak
nedstämd                      ; weak
ta sitt liv                   ; gap=1
tar sina liv                  ; gap=1
tog sitt liv                  ; gap=1
mående                        ; compound=head ; weak
vård                          ; weak ; except=vårdnad
omvårdnad                     ; compound=any ; weak ; note=omvårdnad är vård, vårdnad är inte
sjukpenningtal                ; compound=any
god hälsa
ångest                        ; compound=any
psykiatri                     ; compound=any
depression                    ; compound=any

# Statement cue (role "reported"): reported speech and past events. Minutes of a workshop and
# follow-up reports of an earlier period tell what was said or done ("Någon undrade om …",
# "Projektet avslutades 2021"): the sentence carries no substance of this strategy.
berättade                     ; exact
berättade om
undrade                       ; exact
frågade                       ; exact
saknade                       ; exact
tyckte                        ; exact
diskuterades                  ; exact
diskuterade                   ; exact
lyftes                        ; exact
framkom                       ; exact
nämnde                        ; exact
presenterade                  ; exact
arrangerade                   ; exact
anordnade                     ; exact
avslutades                    ; exact
pågick                        ; exact
drevs                         ; exact
drev                          ; exact ; note=Den förra strategin drev en kampanj: done before
förra strategin               ; note=what the earlier strategy did or prioritised
föregående strategi           ; compound=head
deltog                        ; exact
jämfördes                     ; exact ; note=I analysen jämfördes länet med riket: how the strategy was made
tidigare utvärdering
gjordes bland annat           ; note=Under den perioden gjordes bland annat en kartläggning: a list of what was done before
genomfördes bland annat
upplevdes                     ; exact ; note=Vandringen upplevdes som meningsfull: an activity's evaluation
ansåg                         ; exact ; note=Deltagarna ansåg att träffarna var givande: what participants thought of an activity
utvärderingsenkät             ; compound=any ; note=I utvärderingsenkäten svarade 19 av 23 att de hade nytta av träffarna: an activity's evaluation
deltagarenkät                 ; compound=any
fick högst betyg
fick lägst betyg

# What a strategy follows up: itself, its goals, activities and results.
strategi                      ; compound=head
handlingsplan                 ; compound=head
mål                           ; exact
målen                         ; exact
målet                         ; exact
delmål                        ; compound=head
insats                        ; compound=head
aktivitet                     ; compound=head
åtgärd                        ; compound=head
resultat                      ; compound=head
effekt                        ; compound=head
arbetet                       ; exact
utveckling                    ; compound=head

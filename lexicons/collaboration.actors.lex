# Regional and local actors the board works with.
kommun                        ; compound=head ; except=kommunikation
kommunerna                    ; exact
region                        ; compound=head
regionen                      ; exact
civilsamhälle                 ; compound=any
föreningsliv                  ; compound=any
organisation                  ; compound=head ; weak
myndighet                     ; compound=head
näringsliv                    ; compound=any
aktör                         ; compound=head
arbetsgivare                  ; compound=head
idéburen                      ; weak

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
polis                         ; compound=head ; note=polisen, lokalpolisområdet
kvinnojour                    ; compound=any
brottsofferjour               ; compound=any
arbetsförmedling              ; compound=any
försäkringskassa              ; compound=any
högskola                      ; compound=any
universitet                   ; compound=any
förening                      ; compound=head

# Statement cue (role "responsibility"): an owner of the work.
ansvarar                      ; exact
ansvarig                      ; compound=any
ansvar för                    ; gap=1
ansvaret för                  ; gap=1
samordningsansvar             ; compound=any
huvudansvar                   ; compound=any
ägs av
ägare                         ; compound=head
har i uppdrag                 ; gap=2
kontaktperson                 ; compound=any
samordnare                    ; compound=any

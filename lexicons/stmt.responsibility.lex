# Statement cue (role "responsibility"): an owner of the work.
ansvarar                      ; exact
ansvarig                      ; compound=any
har ansvar för                ; gap=1 ; note=not "tar ansvar för hem och barn", the unpaid care goal
har ansvaret för              ; gap=1
ansvar för att                ; gap=1
ansvaret för att              ; gap=1
ansvaret ligger hos           ; gap=3 ; note=Ansvaret för genomförandet ligger hos enheten
ansvar för genomförandet
ansvaret för genomförandet
samordningsansvar             ; compound=any
huvudansvar                   ; compound=any
ägs av
ägare                         ; compound=head
har i uppdrag                 ; gap=2
kontaktperson                 ; compound=any
samordnare                    ; compound=any

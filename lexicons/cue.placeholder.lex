# Cue: placeholder text in an unfinished draft. A heading with only this under it has no content.
text kommer                   ; exact
text tillkommer               ; exact
innehåll kommer               ; exact
skrivs senare                 ; gap=1
fylls i senare                ; gap=1
kompletteras senare           ; gap=1
beskrivs senare               ; gap=1
utvecklas senare              ; gap=1
todo                          ; exact
tbd                           ; exact
xxx                           ; exact
lorem ipsum
platshållare                  ; compound=head
platshållartext

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
här behöver vi                ; gap=2 ; note=an editor's note: här behöver vi siffror från regionen
behöver kompletteras          ; gap=1
ska kompletteras              ; gap=1
lägg in                       ; exact ; note=imperative only, an editor's instruction: lägg in siffror från SCB (a to-do row "Lägga in ett moment" is work)

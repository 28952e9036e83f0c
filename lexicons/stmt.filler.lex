# Statement cue (role "filler"): a content-free line. A block of filler only is no content under
# its heading; the same line under two or more headings is filler too (found without this list).
arbeta med detta              ; gap=1
arbeta med frågan             ; gap=1
arbeta med frågorna           ; gap=1
arbetar med detta             ; gap=1
arbetar med frågan            ; gap=1
arbetet fortsätter
arbetet pågår
fortsätta arbetet             ; gap=1
arbeta vidare med             ; gap=1
arbetar vidare med            ; gap=1
frågan bevakas
följer utvecklingen
följa utvecklingen
är en viktig fråga            ; gap=1
i kapitel                     ; gap=1 ; note=a pointer to another part of the document is no content of its own
i avsnitt                     ; gap=1
se avsnitt
se kapitel
se bilaga
beskrivs närmare              ; gap=1
läs mer
mer information finns         ; gap=1
kommer att uppmärksammas
kommer att fortsätta
är under utveckling
i allt sitt arbete
i allt arbete
verka för detta               ; gap=1
med ett jämställdhetsperspektiv ; gap=1 ; note=… ska bedrivas med ett jämställdhetsperspektiv
är viktigt och                ; note=området är viktigt och …
är viktig och
sker löpande
kommer att följas upp
ska följas upp                ; note=Strategin ska följas upp: when, how and by whom are missing (a time, an indicator or an owner beside it is firm)
uppföljning sker löpande      ; gap=1 ; note=the follow-up word is part of the filler line
samverka med relevanta aktörer ; gap=1 ; note=Länsstyrelsen kommer att samverka med relevanta aktörer i länet: neither which actors nor how
samverkan med relevanta aktörer ; gap=1
samverkar med relevanta aktörer ; gap=1
samverka med berörda aktörer  ; gap=1
samverkan med berörda aktörer ; gap=1
samverkar med berörda aktörer ; gap=1
se länsstrategin              ; note=Se länsstrategin, avsnitt 3.1: a pointer, no content of its own
se strategin
se handlingsplanen
följa upp strategin under perioden ; gap=1 ; note=Vi kommer att följa upp strategin under perioden: neither how, when nor by whom
följer upp strategin under perioden ; gap=1
följs upp under perioden      ; gap=1
följas upp under perioden     ; gap=1

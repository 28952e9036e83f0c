# Statement cue (role "background-section"): a heading that opens a background section. Its
# sentences without analysis, objective, activity, owner or indicator are framing.
inledning
bakgrund
förord
uppdraget                     ; exact
utgångspunkt                  ; compound=any
styrdokument                  ; compound=any
nationella mål                ; gap=2
jämställdhetspolitiska mål    ; gap=1
jämställdhetspolitiken
definitioner
begrepp                       ; compound=any
ordlista
värdegrund                    ; compound=any
om strategin
åtagande                      ; compound=any
ramverk                       ; compound=any
styrande dokument
läsanvisning                  ; compound=any ; note=a reading guide describes the document, it does no work
disposition
har ordet                     ; note=Landshövdingen har ordet: a foreword
länsstyrelsens uppdrag
tillbakablick                 ; compound=any
om handlingsplanen
om dokumentet
så har strategin tagits fram  ; gap=1
så har områdena valts         ; gap=1

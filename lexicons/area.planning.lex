# Samhällsplanering (the assignment names it). Verksamhetsplanering is the board's internal
# planning, not this area: "planering" is never an entry on its own.
samhällsplanering             ; compound=any
översiktsplan                 ; compound=any
detaljplan                    ; compound=any
fysisk planering
regional planering
planprocess                   ; compound=any
stadsbyggnad                  ; compound=any
stadsplanering                ; compound=any
infrastrukturplanering        ; compound=any
trygghet i offentlig miljö
offentlig miljö               ; note=offentliga miljöer
offentliga miljöer
offentliga rum
offentliga rummet
trygghetsvandring             ; compound=any
kollektivtrafik               ; compound=any
bostadsförsörjning            ; compound=any
bostadsbyggande               ; compound=any
plan- och bygglagen
pbl                           ; exact
samhällsbyggnad               ; compound=any
planarkitekt                  ; compound=any

# Delmål 4: En jämn fördelning av det obetalda hem- och omsorgsarbetet (skr. 2016/17:10).
obetalt arbete                ; gap=4
obetalda arbete               ; gap=4
obetalt hemarbete             ; gap=1
obetalt omsorgsarbete         ; gap=1
hemarbete                     ; compound=any
hushållsarbete                ; compound=any
omsorgsarbete                 ; compound=any
omsorgsansvar                 ; compound=any
föräldraledighet              ; compound=any
föräldraledig
föräldrapenning               ; compound=any
föräldraförsäkring            ; compound=any
föräldradagar                 ; compound=any
pappaledighet                 ; compound=any
delad föräldraledighet
tillfällig föräldrapenning
vab                           ; exact
vabb                          ; compound=any
anhörigomsorg                 ; compound=any
anhörigvård                   ; compound=any
anhörigstöd                   ; compound=any
tidsanvändning                ; compound=any
hem och omsorg                ; weak
ansvar för barn och hem       ; gap=2
ansvar för hem och barn       ; gap=2
ansvaret för hemmet           ; gap=1
ansvaret för hem              ; note=ansvaret för hem, barn och äldre
omsorgsbörda                  ; compound=any ; note=omsorgsbördan i hemmen
anhörigvårdare               ; compound=any
vårdar en anhörig            ; gap=1
vårdar anhöriga              ; gap=1
vård av sjukt barn            ; note=dagarna för vård av sjukt barn
vård av barn
ta hand om äldre              ; gap=2 ; note=ta hand om sina äldre föräldrar
tar hand om äldre             ; gap=2

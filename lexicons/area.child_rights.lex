# Barnets rättigheter (the assignment names it). Barnomsorg during an event is not this area.
barnets rättigheter
barns rättigheter
barnets bästa
barns bästa
barnkonventionen
barnkonvention                ; compound=any
barnrätt                      ; compound=any
barnrättsperspektiv           ; compound=any
barnperspektiv                ; compound=any
barnkonsekvensanalys          ; compound=any
barns rätt
barnets rätt
barns röster                  ; gap=1 ; note=göra barns röster hörda
barns rätt att komma till tals ; gap=1
barns delaktighet
barnets röst

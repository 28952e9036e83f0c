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

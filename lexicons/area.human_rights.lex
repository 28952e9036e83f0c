# Mänskliga rättigheter (the assignment names it).
mänskliga rättigheter
mr arbete                     ; note=MR-arbete
mr-frågor
diskriminering                ; compound=any
diskriminera
diskrimineringsgrund          ; compound=any
likabehandling                ; compound=any
cedaw                         ; exact
kvinnokonventionen
rättighetsbaserat arbetssätt
rättighetsbaserad
rättighetsbaserat
rättighetsperspektiv          ; compound=any

# Mänskliga rättigheter (the assignment names it).
mänskliga rättigheter
mr arbete                     ; note=MR-arbete
mr-frågor
diskriminering                ; compound=any
diskriminera
diskrimineringsgrund          ; compound=any
likabehandling                ; compound=any
cedaw                         ; exact
kvinnokonvention             ; compound=any
rättighetsbaserat arbetssätt
rättighetsbaserad
rättighetsbaserat
rättighetsperspektiv          ; compound=any
antidiskrimineringsbyrå       ; compound=any
mänsklig rättighet

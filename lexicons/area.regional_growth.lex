# Regional tillväxt (optional area).
regional tillväxt
regionalt tillväxtarbete
tillväxtarbete                ; compound=any
regional utveckling
regionala utvecklingsstrategin
näringslivsutveckling         ; compound=any
företagsfrämjande             ; compound=any
kompetensförsörjning          ; compound=any
tillväxt                      ; weak
tillväxtmedel                 ; compound=any
utvecklingsstrategi           ; compound=any ; note=regionens utvecklingsstrategi (RUS)
regionala utvecklingsmedel    ; gap=1

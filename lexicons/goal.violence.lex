# Delmål 6: Mäns våld mot kvinnor ska upphöra (skr. 2016/17:10). Våldsbejakande extremism is
# another task of the board, not this goal.
mäns våld mot kvinnor
våld mot kvinnor
våld i nära relation
våld i nära relationer
hedersrelaterat våld
hedersrelaterad
hedersrelaterat
hedersförtryck                ; compound=any
hedersvåld                    ; compound=any
tvångsäktenskap               ; compound=any
barnäktenskap                 ; compound=any
könsstympning                 ; compound=any
prostitution                  ; compound=any
människohandel                ; compound=any
sexköp                        ; compound=any
sexuellt våld
sexuella övergrepp
sexuella trakasserier
våldtäkt                      ; compound=any
kroppslig integritet
våldsutsatt                   ; compound=any
våldsförebyggande             ; compound=any
våldsprevention               ; compound=any
kvinnofrid                    ; compound=any
misshandel                    ; compound=any
partnervåld                   ; compound=any
våld                          ; compound=any ; except=våldsam, våldsbejakande, våldgäst, våldsmonopol
kvinnojour                    ; compound=any
tjejjour                      ; compound=any

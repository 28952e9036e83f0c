# Samverkan: the board supports, coordinates and develops regional and local work with others.
samverkan                     ; compound=any
samverka
samverkar
samverkansparter              ; compound=any
samverkanspart                ; compound=any
samordna                      ; except=samordnare
samordning                    ; compound=any
regionalt nätverk
regionala nätverk
nätverk                       ; compound=any ; weak
partnerskap                   ; compound=any
samarbete                     ; compound=any ; weak
civilsamhället
civilsamhällets
idéburna organisationer
i dialog med                  ; weak
stödja kommunerna             ; gap=2
stöd till kommunerna          ; gap=1
nätverksträff                 ; compound=any
sammankalla                   ; weak ; note=sammankallar nätverk, sammankallar aktörerna
erfarenhetsutbyte             ; compound=any ; weak

# Delmål 1: En jämn fördelning av makt och inflytande (skr. 2016/17:10).
makt och inflytande           ; gap=1
fördelning av makt            ; gap=1
aktiva samhällsmedborgare
beslutsfattande               ; compound=any
beslutsfattare                ; compound=any
beslutande församling         ; gap=1
beslutande organ
könsfördelning                ; compound=any ; weak ; note=könsfördelning i yrkesprogram is not power
jämn könsfördelning           ; weak ; note=jämnare könsfördelning på yrkesprogrammen is education, in styrelser it has support
politisk representation
underrepresentation           ; compound=any ; weak
överrepresentation            ; compound=any ; weak
underrepresenterad            ; weak
överrepresenterad             ; weak
kvinnors representation
mäns representation
representerad                 ; note=jämnt representerade
jämn representation
förtroendevald                ; compound=any
förtroendeuppdrag             ; compound=any
politiskt inflytande
politiska uppdrag
kommunfullmäktige
regionfullmäktige
fullmäktige                   ; weak
styrelse                      ; weak
kommunstyrelse                ; compound=any ; weak
regionstyrelse                ; compound=any ; weak
ledamot                       ; weak
ledamöter                     ; weak
nämnd                         ; compound=head ; weak
näthat                        ; compound=any ; weak
chefsposition                 ; compound=any
chefer                        ; weak
ledande position              ; gap=1
maktposition                  ; compound=any
maktfördelning                ; compound=any
medborgardialog               ; compound=any
delaktighet                   ; weak
inflytande                    ; weak
valdeltagande                 ; compound=any
hot och hat mot förtroendevalda
makt                          ; weak ; except=maktlös
ordförande                    ; compound=any ; weak
kommunstyrelseordförande      ; compound=any
bolagsstyrelse                ; compound=any
handlar om makt               ; gap=3 ; note=jämställdhet handlar i grunden om makt: framing that names the goal
makt och demokrati

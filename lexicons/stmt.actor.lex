# Statement cue (role "actor"): words for actors and bodies. A goal named only by one of these is an
# audience unless a word for women or men stands close to it ("andelen kvinnor i kommunfullmäktige"
# counts; "beslutet fattas av kommunfullmäktige" does not).
beslutsfattare
kommunfullmäktige
regionfullmäktige
fullmäktige
styrelse
kommunstyrelse                ; compound=any
nämnd                         ; compound=head
insynsråd                     ; compound=any
ledningsgrupp                 ; compound=any
länsledning                   ; compound=any
politiker
förtroendevald
förtroendevalda
chef                          ; exact
chefer                        ; exact
sjukvårdsinrättningar         ; compound=any
vårdcentral                   ; compound=any
sjukvård                      ; compound=any
hälsovård                     ; compound=any
socialtjänst                  ; compound=any
elevhälsa                     ; compound=any
skola                         ; compound=head ; except=skolad
elever                        ; exact
elev                          ; exact
enheten för mänskliga rättigheter ; gap=3 ; note=a unit of the board is an actor
enhet för mänskliga rättigheter   ; gap=3
diskrimineringsombudsman      ; compound=any
antidiskrimineringsbyrå       ; compound=any
barnrättsstrateg              ; compound=any
planarkitekt                  ; compound=any
förvaltning                   ; compound=head
kvinnojour                    ; compound=any
tjejjour                      ; compound=any
vuxenutbildning               ; compound=any ; note=kommunernas vuxenutbildning as an actor

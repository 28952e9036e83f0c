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
skolor                        ; exact
sjukvårdsinrättningar         ; compound=any
vårdcentral                   ; compound=any

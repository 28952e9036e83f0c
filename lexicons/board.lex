# Words for the county administrative board itself (the author of the strategy).
länsstyrelsen
länsstyrelsens
myndigheten                   ; exact
myndighetens                  ; exact
vi                            ; exact
vår                           ; exact
våra                          ; exact

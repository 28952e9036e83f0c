# Statement cue (role "timeframe"): when. Years (four digits, 1900–2099) are recognised from the
# tokens; a timeframe alone does not make a framing sentence substantive.
senast
årligen
varje år
varje halvår
kvartal                       ; compound=any
halvår                        ; compound=any
till och med
från och med
tidsplan                      ; compound=any
januari                       ; exact
februari                      ; exact
mars                          ; exact
april                         ; exact
maj                           ; exact
juni                          ; exact
juli                          ; exact
augusti                       ; exact
september                     ; exact
oktober                       ; exact
november                      ; exact
december                      ; exact
under hösten
under våren
under sommaren
under vintern
i höst                        ; exact
nästa år
inom ett år                   ; gap=1
inom sex månader

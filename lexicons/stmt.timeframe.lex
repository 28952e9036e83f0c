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

# Statement cue (role "audience"): what follows names an audience, a target group or examples of
# actors: "Kampanjen riktar sig till beslutsfattare". Examples ("till exempel") are passing.
riktar sig till               ; gap=1 ; note=riktar sig också till
riktas till
riktad till
riktade till
målgrupp                      ; compound=any
gick till                     ; note=inbjudan gick till …
skickas till                  ; gap=2
skickades till                ; gap=2
är tänkt för                  ; gap=1
vänder sig till
presenterats för              ; gap=1
bjöds in
förankrats hos                ; gap=1
förankras hos                 ; gap=1

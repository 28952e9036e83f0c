# Statement cue (role "audience"): what follows names an audience, a target group or examples of
# actors: "Kampanjen riktar sig till beslutsfattare". Examples ("till exempel") are passing.
riktar sig till
riktas till
riktad till
riktade till
målgrupp                      ; compound=any

# Statement cue (role "audience"): what follows names an audience, a target group or examples of
# actors: "Kampanjen riktar sig till beslutsfattare", "till exempel fristående skolor".
riktar sig till
riktas till
riktad till
riktade till
målgrupp                      ; compound=any
till exempel
såsom

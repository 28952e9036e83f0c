# Statement cue (role "other-actor"): another actor as the subject of a sentence, among its first
# two words. When the sentence does not name the board (role author: "länsstyrelsen", "vi"), what
# it says is that actor's own work, which does not count for a rule with work="board" (the board's
# collaboration, its own operations, the follow-up of its strategy): "Kommunerna ska 2027 erbjuda
# samma stöd till våldsutsatta kvinnor", "Flera myndigheter följer redan upp sin verksamhet med
# könsuppdelad statistik". After a preposition the actor is no subject ("Stödet till kommunerna
# ges i nätverket"): not-after.
kommunerna                    ; exact ; not-after=till, för, med, åt, av, hos, i, inom, från, mellan, bland, om, och
kommuner                      ; exact ; not-after=till, för, med, åt, av, hos, i, inom, från, mellan, bland, om, och, länets
regionen                      ; exact ; not-after=till, för, med, åt, av, hos, i, inom, från, mellan, bland, om, och
region                        ; exact ; not-after=till, för, med, åt, av, hos, i, inom, från, mellan, bland, om, och ; note=Region Norrby ansvarar för
myndigheterna                 ; exact ; not-after=till, för, med, åt, av, hos, i, inom, från, mellan, bland, om, och
myndigheter                   ; exact ; not-after=till, för, med, åt, av, hos, i, inom, från, mellan, bland, om, och
aktörerna                     ; exact ; not-after=till, för, med, åt, av, hos, i, inom, från, mellan, bland, om, och
arbetsgivarna                 ; exact ; not-after=till, för, med, åt, av, hos, i, inom, från, mellan, bland, om, och
polisen                       ; exact ; not-after=till, för, med, åt, av, hos, i, inom, från, mellan, bland, om, och
organisationerna              ; exact ; not-after=till, för, med, åt, av, hos, i, inom, från, mellan, bland, om, och
föreningarna                  ; exact ; not-after=till, för, med, åt, av, hos, i, inom, från, mellan, bland, om, och

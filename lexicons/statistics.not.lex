# "Könsuppdelad" that describes the labour market or choices, not statistics (rule
# req.statistics.terms <none>): "den könsuppdelade arbetsmarknaden" is the economy goal's topic.
könsuppdelad arbetsmarknad
könsuppdelade arbetsmarknaden
könsuppdelade yrkesval
könsuppdelade utbildningsval

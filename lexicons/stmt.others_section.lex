# Statement cue (role "others-section"): a heading that opens a section on what other actors in
# the county do. Its sentences that do not name the board itself (lexicon board, role "author")
# describe another actor's work, not this strategy's: "Regionen ansvarar för det regionala
# tillväxtarbetet" under "Andra aktörers ansvar" is an actor named, not work (why_code audience).
andra aktörer
andra aktörers
övriga aktörer
övriga aktörers
andras ansvar

# Statement cue (role "national"): the national picture. A sentence that speaks of the country and
# not of the county ("I Sverige tjänar kvinnor 90 procent av männens lön") analyses nothing in the
# county: its figures and comparisons are no analysis (commitments still count).
i sverige
i riket
i hela landet
i landet                      ; exact
på nationell nivå
sveriges kvinnor
svenska kvinnor
i eu
inom eu
i världen
globalt                       ; exact

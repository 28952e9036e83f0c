# Men (for req.conditions). "man" alone is ambiguous (the pronoun) and not an entry.
män                           ; exact
mäns                          ; exact
männen                        ; exact
männens                       ; exact
mannen                        ; exact
mannens                       ; exact
manlig
pappa
pappor
kille                         ; note=vardagligt: pojke eller ung man
killar

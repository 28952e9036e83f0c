# Women (for req.conditions: the conditions of women and men).
kvinna
kvinnor
kvinnlig
unga kvinnor
mamma
mammor
tjej                          ; note=vardagligt: flicka eller ung kvinna

# Women (for req.conditions: the conditions of women and men).
kvinna
kvinnor
kvinnlig
unga kvinnor

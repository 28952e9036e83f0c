# Girls (for req.conditions: the conditions of girls and boys).
flicka
flickor
tjej
tjejer

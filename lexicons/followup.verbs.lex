# Verbs of follow-up; they show the strategy's follow-up only together with followup.objects.
följa upp
följs upp
följas upp
följer upp
följt upp                     ; gap=1
utvärdera
utvärderas
utvärderat
redovisa
redovisas
mäta
mäts

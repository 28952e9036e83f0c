# Uppföljning och utvärdering of the strategy: indicators, reporting, evaluation. Verbs alone
# ("följa upp vad partierna gjort") are in followup.verbs and count only with an object that is
# the strategy's own (followup.objects).
uppföljning                   ; compound=any
utvärdering                   ; compound=any
indikator                     ; compound=any
nyckeltal                     ; compound=any
mätbara mål
årlig redovisning
återrapportering              ; compound=any
lägesrapport                  ; compound=any
resultatredovisning           ; compound=any

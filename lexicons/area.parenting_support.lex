# Föräldraskapsstöd (the assignment names it).
föräldraskapsstöd             ; compound=any
föräldrastöd                  ; compound=any
föräldrautbildning            ; compound=any
föräldragrupp                 ; compound=any
jämställt föräldraskap
stöd till föräldrar           ; gap=1
stöd i föräldraskapet
föräldraskap                  ; weak

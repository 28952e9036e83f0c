# Krisberedskap och civil beredskap (optional area).
krisberedskap                 ; compound=any
civil beredskap
civilt försvar
civila försvar
civila försvaret
totalförsvar                  ; compound=any
beredskap                     ; compound=head ; weak
sårbarhetsanalys              ; compound=any
krishantering                 ; compound=any
krisledning                   ; compound=any ; note=könsuppdelade lägesbilder i krisledningen
krisorganisation              ; compound=any
höjd beredskap
samhällsviktig verksamhet     ; note=samhällsviktig verksamhet vid en kris
krisövning                    ; compound=any

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

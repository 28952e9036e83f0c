# Cue: a heading that opens a section about the strategy's scope. What such a section names is
# scoped in or out, not worked on, so a target named there is "mentioned".
avgränsning                   ; compound=any
inte har egna aktiviteter     ; gap=1 ; note=Områden som inte har egna aktiviteter i denna plan
som inte ingår                ; gap=2
som inte omfattas             ; gap=2

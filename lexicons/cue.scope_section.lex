# Cue: a heading that opens a section about the strategy's scope. What such a section names is
# scoped in or out, not worked on, so a target named there is "mentioned".
avgränsning                   ; compound=any

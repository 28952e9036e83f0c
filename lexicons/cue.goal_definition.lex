# Cue: the wording of a goal's definition (skr. 2016/17:10). A list item that recites it is part of
# a recited list of goals even when it is long.
ska ha samma
ska ta samma
ha samma rätt och möjlighet   ; gap=1
samma möjligheter och villkor
samma förutsättningar för     ; gap=1
mot kvinnor ska upphöra
mot kvinnor skall upphöra

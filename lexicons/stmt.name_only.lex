# Statement cue (role "name-only"): vocabulary that names a target without showing work on it.
# A target named only by these, in a sentence that commits to nothing, is mentioned.
diskriminering                ; compound=any
diskrimineringsgrund          ; compound=any
diskrimineringsgrunder        ; compound=any
diskrimineringsombudsman      ; compound=any
diskrimineringslag            ; compound=any
diskriminerad                 ; note=den som har blivit diskriminerad kan anmäla
diskriminerade

# What the board does with other actors; counts for req.collaboration only next to
# collaboration.actors (rule req.collaboration.support).
stödja
stöder
stödjer
stöttar
stötta
processtöd                    ; compound=head
samla
samlar
bjuda in
bjuder in
erbjuda
erbjuder
träffa
träffar
samråd                        ; compound=any
dialog                        ; compound=any
samarbeta                     ; note=Kommunen samarbetar med föreningslivet genom föreningsrådet (with an actor within reach)
samarbete                     ; compound=head ; note=ett samarbete med kvinnojourerna och polisen (with an actor within reach)
tillsammans med               ; note=Regionen genomför kapitlet tillsammans med Länsstyrelsen och länets sju kommuner (with an actor within reach)

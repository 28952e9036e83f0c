# Statement cue (role "purpose"): the purpose of something else. A goal named after it, when
# another target leads the sentence, is that thing's purpose: "Syftet med föräldraskapsstödet är att
# främja barns hälsa" → goal.health purpose.
syftet med är att             ; gap=5
syftar till att
syftar till
i syfte att
för att främja
för att bidra till
för att
så att                        ; note=så att föräldrar kan arbeta heltid: the purpose of the activity
med målet att

# Statement cue (role "activity"): who does what — an activity, measure or commitment.
genomföra
genomför                      ; exact
genomförs                     ; exact
erbjuda
erbjuder                      ; exact
erbjuds                       ; exact
ta fram                       ; gap=3 ; note=ta 2026 fram, ta under 2026 fram
tar fram                      ; gap=3 ; note=tar vi fram, tar under 2026 fram
tas fram
arrangera
anordna
utbilda
stödja
stödjer                       ; exact
stöttar                       ; exact
stötta
samordna
driva                         ; exact
initiera
kartlägga
analysera
sprida
bjuda in
bjuder in
fördela
insats                        ; compound=any
aktivitet                     ; compound=any
projekt                       ; compound=any
kampanj                       ; compound=any
nätverk                       ; compound=any
utveckla
inrätta
finansiera
bevilja
handleda
vägleda                       ; except=vägledande
granska
besöka
verka för
ge stöd                       ; gap=3 ; note=ger under 2026 stöd till kommunerna
implementera
införa
starta
fortsätta                     ; note=fortsätta stödja … (filler such as "arbetet fortsätter" wins)
planerar
kommer att                    ; note=kommer att genomföra (negation and deferral win)
genom att
beakta
efterfråga
lyfta fram
ställa krav
säkerställa
se till att
arbeta för
arbeta aktivt
prioritera                    ; except=prioriterade ; note=prioriterade områden is a label, not an activity
bevaka
uppmärksamma
belysa
redovisa
integrera
bedriva
bedrivs                       ; exact
yttrande                      ; compound=any
samrådsyttrande               ; compound=any
dialogmöte                    ; compound=any
samordning                    ; exact
sammanställa
utbildningsdag                ; compound=any
seminarium                    ; compound=any
seminarier                    ; exact
konferens                     ; compound=any
workshop                      ; compound=any
processtöd                    ; compound=any
metodstöd                     ; compound=any
utbildning för
utbildning i
utbildning om
genomgår                      ; exact ; note=personalen genomgår en utbildning
bygga upp                     ; gap=2
samla
samlar                        ; exact
ger stöd                      ; gap=3
utbildning av                 ; note=Utbildning av socialtjänstens barnutredare i barnkonventionen, 2027–2028 (an action plan's nominal style)
går en utbildning             ; gap=1
går en grundutbildning
framtagande av                ; note=Framtagande av en vägledning för … (nominal style)
genomförande av
införande av

from common import build_docx, labels
from odtlib import odt_bytes

D13 = """
T: Intern handlingsplan för jämställdhetsintegrering 2026–2027
# Bakgrund
Länsstyrelsen i Frösvikens län ska integrera ett jämställdhetsperspektiv i hela sin verksamhet. Syftet med den interna handlingsplanen är att myndighetens beslut, tillsyn och stöd ska bidra till ekonomisk jämställdhet och till att mäns våld mot kvinnor upphör. Planen kompletterar den externa länsstrategin och har tagits fram av länsstyrelsens jämställdhetsgrupp, där varje avdelning har en representant.
# Mål för den egna verksamheten
I all handläggning som rör enskilda ska konsekvenserna för kvinnor och män samt för flickor och pojkar belysas och analyseras. Varje enhet redovisar i sin tertialrapport minst en sådan analys och vad den ledde till.
All individbaserad statistik som länsstyrelsen tar fram eller publicerar ska från 1 juli 2026 vara uppdelad på kön. Ansvarig är analysfunktionen vid avdelningen för samhällsutveckling.
# Aktiviteter
- Alla chefer genomgår en heldagsutbildning i jämställdhetsintegrering under våren 2026. Ansvar: HR-enheten.
- Mallen för beslutsunderlag kompletteras med en obligatorisk fråga om hur beslutet påverkar kvinnor och män. Ansvar: kansliet, klart april 2026.
- Verksamhetsplaneringen för 2027 ska innehålla minst ett jämställdhetsmål per enhet. Ansvar: planeringsfunktionen.
- Ekonomiavdelningen tar fram en rutin för att könsuppdela uppgifter om utbetalda bidrag till enskilda. Klart december 2026.
- Länsstyrelsens blanketter ses över så att båda vårdnadshavarna kan anges. Ansvar: kommunikationsenheten.
# Integration och tillsyn
Av deltagarna i den samhällsorientering som länsstyrelsen samordnar var 38 procent kvinnor 2025. Enheten för integration ska till 2028 öka andelen kvinnor till 50 procent genom att erbjuda barnpassning och kvällstider i samarbete med kommunernas etableringsenheter.
I tillsynen av kommunernas arbete med serveringstillstånd för alkohol ska enheten för social tillsyn från 2027 redovisa könsfördelningen bland tillståndshavarna och i de ärenden som leder till ingripande.
# Uppföljning
Jämställdhetsgruppen sammanställer enheternas tertialrapporter och lämnar en årlig uppföljning till länsledningen i februari. Uppföljningen visar hur stor andel av beslutsunderlagen som innehåller en jämställdhetsanalys, hur många chefer som har utbildats och hur statistiken har utvecklats. Planen utvärderas i december 2027 inför en ny plan.
"""
N13 = ("Intern handlingsplan som ODT. Behandlas: egen verksamhet (mål, chefsutbildning, beslutsmall, enhetsmål), statistik (all individbaserad statistik per kön från juli 2026, ansvarig), villkor (åtagande att belysa och analysera konsekvenser för både kvinnor/män och flickor/pojkar, redovisning per tertial), "
       "uppföljning (årlig uppföljning till länsledningen i februari med angivna mått, utvärdering december 2027), integration (andel kvinnor i samhällsorientering, mål 50 % 2028, åtgärder), "
       "ANDTS (tillsyn av serveringstillstånd för alkohol: könsfördelning redovisas från 2027), samverkan (samarbete med kommunernas etableringsenheter om samhällsorientering – aktör och hur). "
       "Nämns: ekonomi och våld (syftet med planen). Saknas i övrigt: makt, utbildning, obetalt arbete, hälsa, samhällsplanering, barnets rättigheter, föräldraskapsstöd, mänskliga rättigheter, regional tillväxt, landsbygd, krisberedskap. "
       "Falska vänner: chefernas utbildning är inte utbildningsmålet; verksamhetsplaneringen är inte samhällsplanering; ekonomiavdelningen är inte ekonomisk jämställdhet; vårdnadshavare är inte vård eller barnets rättigheter; barnpassning är inte barnets rättigheter. "
       "Gränsfall: samverkan – en enda konkret samverkan (kommunernas etableringsenheter, barnpassning och kvällstider) räcker enligt guiden ('med vilka aktörer och hur') – behandlas.")
L13 = labels("internal statistics conditions followup integration andts collaboration",
             "economy violence")

D14 = """
T: Regionala jämställdhetsmål för Frösvikens län
S: Bilaga 1 till länsstrategin 2026–2030 – mål, inriktning och ansvar
# Så ska bilagan läsas
Länets jämställdhetsråd har formulerat ett regionalt mål för vart och ett av de nationella delmålen. Under varje mål anges länsstyrelsens inriktning. Statistik ska användas där den finns. Ett intersektionellt perspektiv innebär att kön samverkar med andra maktordningar som ålder, funktionsnedsättning och de övriga diskrimineringsgrunderna.
# Regionalt mål 1: I Frösviken har kvinnor och män samma möjlighet att påverka
Unga kvinnor i länets mindre orter deltar sällan i de kommunala medborgardialogerna; i Ulvsund var bara 2 av 19 deltagare under 25 år kvinnor vid dialogerna 2025. Länsstyrelsen genomför 2027 tillsammans med Ulvsunds kommun en dialogserie för unga kvinnor inför kommunens nästa budgetprocess, och sammanställer hur deras synpunkter tas om hand.
# Regionalt mål 2: Kvinnor och män i Frösviken är ekonomiskt självständiga
Länsstyrelsen ska arbeta med detta under perioden.
# Regionalt mål 3: Flickor och pojkar i Frösviken har samma förutsättningar i skolan
Länsstyrelsen ska arbeta med detta under perioden.
# Regionalt mål 4: Det obetalda arbetet delas lika i Frösvikens hem
Länsstyrelsen ska arbeta med detta under perioden.
# Regionalt mål 5: Kvinnor och män i Frösviken har samma förutsättningar för en god hälsa
Suicidtalet bland män 45–64 år i länet är tre gånger så högt som bland kvinnor i samma ålder, och det har inte minskat på tio år. Länsstyrelsen samordnar länets suicidpreventiva nätverk och tar under 2026 fram en regional handlingsplan med särskilt fokus på medelålders män på landsbygden. Alkohol och spel är kända riskfaktorer som planen ska beakta.
# Regionalt mål 6: Ingen i Frösviken ska utsättas för mäns våld
Länsstyrelsen utbildar under 2027 personal inom hotell, taxi och restaurang i länet om prostitution och människohandel för sexuella ändamål, i samarbete med Polisområde Frösviken. Målet är att minst 300 anställda ska ha deltagit till utgången av 2028.
## Barn som lever med våld
Länsstyrelsen erbjuder 2026–2027 socialtjänsten i länets kommuner stöd i att göra barnrättsbaserade bedömningar när barn lever i familjer där det förekommer våld, så att barnets bästa och barnets egen berättelse väger in i besluten.
# Avgränsning
Civilt försvar och krisberedskap ingår inte i bilagan, eftersom länsstyrelsen har en egen plan för jämställd civil beredskap.
# Uppföljning av målen
Länsstyrelsen redovisar varje år i februari till länsledningen och jämställdhetsrådet hur målen utvecklas, med indikatorer för suicid, medborgardialog och antalet utbildade inom målet om våld. Jämställdhetsrådet, där alla fem kommuner och Region Frösviken ingår, gör varje höst en gemensam genomgång av vem som ansvarar för vad inför nästa år.
"""
N14 = ("Bilaga med sex regionala mål som speglar delmålen. Behandlas: makt (medborgardialoger i länet med siffror, dialogserie 2027 med Ulvsund), hälsa (suicidtal män/kvinnor i länet, regional handlingsplan 2026), "
       "våld (utbildning om prostitution och människohandel 2027, mål 300 anställda), barnets rättigheter (stöd till barnrättsbaserade bedömningar 2026–2027), uppföljning (årlig redovisning i februari med indikatorer), "
       "samverkan (jämställdhetsrådet med kommunerna och regionen, årlig genomgång av ansvar; samarbete med polisen och Ulvsunds kommun), statistik (länssiffror per kön: dialogdeltagare, suicidtal). "
       "Nämns: ekonomi, utbildning, obetalt arbete (regionala mål som bara återger delmålen, med samma innehållslösa rad under alla tre), "
       "landsbygd (målgruppens bostadsort i hälsoavsnittet), ANDTS (alkohol och spel som riskfaktorer inom hälsoavsnittet), krisberedskap (uttryckligen avgränsad), mänskliga rättigheter (diskrimineringsgrunder i en begreppsförklaring). "
       "Saknas: samhällsplanering, föräldraskapsstöd, villkor, egen verksamhet, regional tillväxt, integration. Budgetprocessen i mål 1 är en falsk vän för ekonomi. "
       "Gränsfall: statistik – raden 'Statistik ska användas där den finns' är bara ett namn, men bilagan redovisar länssiffror för kvinnor och män – behandlas. "
       "Villkor – de regionala målen formulerar kvinnor/män och flickor/pojkar, men mål 3 har ingen analys eller insats och ordet villkor saknas; bedöms som saknas.")
L14 = labels("power health violence child_rights followup collaboration statistics",
             "economy education unpaid_care rural andts preparedness human_rights")

DRAFTS = [
    dict(file="13_intern_handlingsplan.odt", make=lambda: odt_bytes(D13), note=N13, labels=L13),
    dict(file="14_regionala_mal_bilaga.docx", make=lambda: build_docx("d14", D14, lang="en", title_prop="Regionala jämställdhetsmål"), note=N14, labels=L14),
]

"""Draft 08: thematic strategy on rural development and civil preparedness."""
from common import build_docx, expected_json

NAME = "08_landsbygd_och_beredskap.docx"

MARKUP = r"""
= Jämställdhet i landsbygdsutveckling och civil beredskap
=~ Tematisk del av länsstrategin för jämställdhetsintegrering 2025–2028, Länsstyrelsen i Norra Vättersund
# 1 Varför en tematisk del?
Länsstrategin för jämställdhetsintegrering pekar ut två områden där Länsstyrelsen själv har ett stort ansvar och där jämställdhetsperspektivet hittills har varit svagt: landsbygdsutvecklingen och den civila beredskapen. I den här tematiska delen beskriver vi läget, målen och vad vi ska göra. Den riktar sig till beslutsfattare och tjänstepersoner i kommunerna, till Länsstyrelsens egna enheter och till de organisationer som vi samarbetar med.
Den tematiska delen har tagits fram av landsbygdsenheten och beredskapsenheten tillsammans med Länsstyrelsens särskilt sakkunniga i jämställdhet. Den gäller lika länge som länsstrategin i övrigt och ska läsas tillsammans med den.
Landsbygdsutvecklingen är en del av länets samlade arbete för regional tillväxt, som Region Norra Vättersund leder. I alla insatser ska barnrättsperspektivet och tillgänglighetsperspektivet beaktas.
# 2 Landsbygdsutveckling
## 2.1 Läget
Drygt en tredjedel av länets invånare bor utanför tätorterna, de flesta i Tallnäs och Hjortvik. Befolkningen i dessa delar minskar och åldras, och det är framför allt unga kvinnor som flyttar. Bland ungdomar 16–19 år i Hjortvik uppger 62 procent av flickorna och 41 procent av pojkarna att de vill flytta från orten inom fem år. I åldersgruppen 25–34 år finns det i Hjortvik 123 män per 100 kvinnor.
Kvinnor driver 29 procent av företagen på landsbygden i länet men fick bara 19 procent av de beviljade företagsstöden inom landsbygdsprogrammet 2023–2024. Stöden har främst gått till investeringar i jord- och skogsbruk, medan kvinnor oftare driver företag inom besöksnäring, hantverk, livsmedelsförädling och service. Kvinnliga företagare på landsbygden har i genomsnitt lägre omsättning och tar ut lägre lön än männen.
I Länsstyrelsens intervjuer med företagare under 2024 beskrev flera kvinnor att stödsystemet är byggt kring lantbruket och att det är svårt att få svar på frågor om stöd till en verksamhet som inte har mark eller djur. Flera män i intervjuerna beskrev i stället att de saknade tid och kunskap för att söka stöd för nya verksamhetsgrenar vid sidan av skogen. Båda bilderna pekar på att informationen och rådgivningen behöver breddas.
## 2.2 Mål
Till 2028 ska andelen kvinnor bland dem som beviljas företagsstöd på landsbygden vara minst 35 procent. Kvinnor som driver företag på landsbygden ska ha samma möjligheter som män att få stöd för att utveckla sina verksamheter och ta ut en lön de kan leva på.
## 2.3 Insatser
| Insats | Ansvar | Tid |
| Urvalskriterierna för företagsstöd ses över så att även tjänsteföretag och besöksnäring kan prioriteras | Landsbygdsenheten | Inför utlysningen 2026 |
| Rådgivningsträffar för kvinnor som driver eller vill starta företag på landsbygden, i samarbete med Hushållningssällskapet och LRF | Landsbygdsenheten | Två gånger per år |
| Ansökningar och beviljade stöd redovisas per kön varje halvår | Landsbygdsenheten | Från 2025 |
| Samtal med unga i Hjortvik och Tallnäs om vad som skulle få dem att stanna eller flytta tillbaka | Enheten för social hållbarhet | 2026 |
# 3 Civil beredskap
## 3.1 Läget
Under stormen i januari 2023 var stora delar av Hjortvik och Tallnäs utan el i upp till sex dygn. Länsstyrelsens utvärdering visade att äldre ensamboende kvinnor var den grupp som hade svårast att klara sig, eftersom många saknade bil och inte kunde ta sig till kommunens värmestugor. Män var i stor majoritet bland de frivilliga som röjde vägar och drev reservkraft, medan kvinnor i högre grad stod för den informella omsorgen om grannar och anhöriga.
Erfarenheter från andra län och från pandemin visar att det obetalda omsorgsarbetet ökar under långvariga kriser och att det främst är kvinnor som utför det. Risken för våld i nära relationer kan öka när hushåll är isolerade under lång tid. Ett långt elavbrott är också en risk för hälsan hos den som är beroende av hemtjänst eller medicinteknisk utrustning.
Av de 46 personer som ingår i Länsstyrelsens krisledningsstab är 15 kvinnor. Ingen av de övningar som staben har genomfört sedan 2021 har innehållit moment om hur en kris påverkar kvinnor och män, flickor och pojkar olika.
Kommunernas beredskapsplaner innehåller i dag nästan inga uppgifter om befolkningen uppdelad på kön och ålder. Hemtjänstens listor över vilka som behöver hjälp vid ett elavbrott har inte samordnats med räddningstjänstens planering, och ingen kommun har planerat för hur information ska nå dem som saknar mobiltelefon eller internet.
## 3.2 Mål
Länets civila beredskap ska planeras utifrån att kvinnor och män har olika behov och förutsättningar. Till 2027 ska alla kommuners beredskapsplaner innehålla en analys av hur kvinnor och män i olika åldrar påverkas av ett långvarigt elavbrott och en evakuering.
## 3.3 Insatser
| Insats | Ansvar | Tid |
| Vägledning till kommunerna om jämställdhetsanalys i risk- och sårbarhetsanalysen, med exempel från stormen 2023 | Beredskapsenheten | 2025 |
| Scenario om ensamboende äldre och isolerade hushåll i länets beredskapsövning | Beredskapsenheten | 2026 |
| Nätverksträffar med kommunernas beredskapssamordnare och de frivilliga försvarsorganisationerna om hur fler kvinnor kan rekryteras till frivilliga uppdrag | Beredskapsenheten | Två gånger per år |
Beredskapsenheten följer under perioden också upp hur kommunerna använder vägledningen, genom en kort enkät till beredskapssamordnarna efter varje övning. Resultaten diskuteras i det regionala beredskapsnätverket.
# 4 Mänskliga rättigheter i krisledningen
Vid totalförsvarsövningen 2024 konstaterade Länsstyrelsen att frågor om enskildas rättigheter, till exempel rätten till information, vård och skydd för personer med funktionsnedsättning, inte fångades upp av staben. Länsstyrelsen tar därför under 2025 fram en checklista för mänskliga rättigheter i krisledning, som ska användas i stabens lägesbilder. Checklistan prövas vid totalförsvarsövningen 2027. Funktionen för mänskliga rättigheter ansvarar tillsammans med beredskapsenheten.
# 5 Länsstyrelsens egen verksamhet
Både landsbygdsenheten och beredskapsenheten ska jämställdhetsintegrera sina egna processer under perioden:
- landsbygdsenhetens handläggningsrutin för stödärenden kompletteras 2025 med en kontroll av om urvalet ger olika utfall för kvinnor och män;
- alla medarbetare i krisledningsstaben går under 2025 en halvdagsutbildning i jämställdhetsanalys;
- stabens mall för beslutsunderlag får en obligatorisk rad om konsekvenser för kvinnor och män;
- enhetscheferna redovisar arbetet i sina verksamhetsplaner och i tertialuppföljningen till ledningsgruppen.
# 6 Samverkan
Arbetet med landsbygdsutvecklingen sker tillsammans med Hushållningssällskapet, LRF, länets fyra kommuner och Region Norra Vättersund, som träffas i Landsbygdsrådet fyra gånger per år. I beredskapsarbetet samverkar Länsstyrelsen med kommunernas beredskapssamordnare i det regionala beredskapsnätverket, med Region Norra Vättersund och med de frivilliga försvarsorganisationerna. Länsstyrelsen ansvarar för att jämställdhetsfrågorna finns med på dagordningen i båda forumen minst två gånger per år.
# 7 Uppföljning
| Indikator | Utgångsvärde | Källa | Uppföljning |
| Andel kvinnor bland beviljade företagsstöd på landsbygden | 19 % (2023–2024) | Landsbygdsenheten | Halvårsvis |
| Andel kommuner vars beredskapsplan har en jämställdhetsanalys | 0 av 4 (2024) | Beredskapsenheten | Årligen |
| Andel kvinnor i krisledningsstaben | 15 av 46 (2024) | HR | Årligen |
| Checklistan för mänskliga rättigheter använd vid övning | Nej (2024) | Beredskapsenheten | 2027 |
Resultaten sammanställs i en gemensam rapport till Länsstyrelsens ledning i februari varje år. Den tematiska delen utvärderas under 2028 tillsammans med länsstrategin i övrigt.
"""

NOTE = (
    "Tematisk strategi om landsbygdsutveckling och civil beredskap. "
    "goal.power: bara målgruppen 'beslutsfattare och tjänstepersoner i kommunerna' i kap. 1 – mentioned. Andelen kvinnor i Länsstyrelsens krisledningsstab gäller den egna organisationen och beredskapen, inte makt i länet (gränsfall). "
    "goal.unpaid_care: bara att det obetalda omsorgsarbetet ökar under kriser och den informella omsorgen om grannar i 3.1 – följder i beredskapsanalysen, mentioned. "
    "goal.violence: 'Risken för våld i nära relationer kan öka' som följd i 3.1 – mentioned. goal.health: 'en risk för hälsan' som följd av elavbrott i 3.1 – mentioned. "
    "area.child_rights: bara perspektivraden i kap. 1 – mentioned. area.regional_growth: landsbygdsutvecklingen 'är en del av länets samlade arbete för regional tillväxt, som Region Norra Vättersund leder' – inramning och annan aktör, mentioned. "
    "goal.economy addressed: kvinnors företagande, omsättning och lön på landsbygden med siffror och målet om en lön att leva på (samma påståenden bär också area.rural). "
    "area.human_rights addressed genom kap. 4 (checklista för mänskliga rättigheter, ansvar, övning 2027). req.internal addressed genom kap. 5 (handläggningsrutin, utbildning av egen personal, beslutsmall, verksamhetsplaner). "
    "req.conditions addressed (flickor/pojkar i 2.1, kvinnor/män i 2.1 och 3.1). req.collaboration addressed (kap. 6 med namngivna aktörer och forum). req.followup addressed (kap. 7). "
    "goal.education, area.planning, area.parenting_support, area.integration och area.andts nämns inte; utbildningen av stabens medarbetare är egen personal."
)

TARGETS = {
    "goal.power": "mentioned", "goal.economy": "addressed", "goal.education": "missing",
    "goal.unpaid_care": "mentioned", "goal.health": "mentioned", "goal.violence": "mentioned",
    "area.planning": "missing", "area.child_rights": "mentioned",
    "area.parenting_support": "missing", "area.human_rights": "addressed",
    "req.conditions": "addressed", "req.statistics": "addressed", "req.collaboration": "addressed",
    "req.internal": "addressed", "req.followup": "addressed", "area.regional_growth": "mentioned",
    "area.rural": "addressed", "area.integration": "missing", "area.preparedness": "addressed",
    "area.andts": "missing",
}


def build():
    w3 = [4800, 2200, 2000]
    return build_docx(MARKUP, widths=[w3, w3, [3600, 1900, 1800, 1700]],
                      title_prop="Jämställdhet i landsbygdsutveckling och civil beredskap",
                      footer_page=True)


EXPECTED = expected_json(NOTE, TARGETS)

"""Draft 05: strategy that names every requirement (statistics, follow-up, collaboration, conditions, internal) without doing it."""
from common import build_docx, expected_json

NAME = "05_krav_namnda_ej_utforda.docx"

MARKUP = r"""
= Jämställdhet i hela Norra Vättersund
=~ Strategi för Länsstyrelsens arbete med jämställdhetsintegrering 2025–2028
# Sammanfattning
Den här strategin beskriver hur Länsstyrelsen i Norra Vättersund ska bidra till att de jämställdhetspolitiska målen får genomslag i länet under perioden 2025–2028. Strategin innehåller fyra insatsområden: ekonomisk jämställdhet, studie- och yrkesval, utrikes födda kvinnors etablering och en jämställd civil beredskap. Den innehåller också ett antal principer för hur arbetet ska bedrivas.
Jämställdhet handlar i grunden om makt och inflytande – över det egna livet och över samhällets utveckling. Strategin vilar på de mänskliga rättigheterna och på principen om allas lika värde.
# 1 Utgångspunkter
## 1.1 Uppdrag och syfte
Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för jämställdhetsintegrering. Syftet är att jämställdhetspolitiken ska få större genomslag på regional nivå och att förutsättningarna för samverkan mellan relevanta aktörer ska förbättras.
Strategin ska belysa, analysera och beakta kvinnors och mäns villkor i länet. Den ska också bidra till att Länsstyrelsen stödjer, samordnar och utvecklar arbetet i länet.
## 1.2 Så har strategin tagits fram
Strategin har tagits fram av en arbetsgrupp med representanter för Länsstyrelsens avdelningar. Ett utkast presenterades för länets jämställdhetsråd i maj 2024, och rådets synpunkter har arbetats in.
## 1.3 Begrepp
**Jämställdhet** betyder att kvinnor och män ska ha samma rättigheter, skyldigheter och möjligheter inom livets alla områden. **Jämställdhetsintegrering** är den strategi som används för att nå målen. Den innebär att jämställdhetsperspektivet förs in i alla beslut och i alla led av beslutsprocessen, av de aktörer som normalt deltar i beslutsfattandet. **Intersektionalitet** innebär att vi uppmärksammar hur kön samverkar med till exempel ålder, bakgrund och funktionsförmåga.
Strategin använder begreppen kvinnor och män, men den omfattar alla människor oavsett könsidentitet eller könsuttryck.
# 2 Principer för arbetet
## 2.1 Kunskapsbaserat
Statistik är ett viktigt verktyg för att synliggöra skillnader mellan kvinnor och män. Länsstyrelsen har i uppdrag att analysera och redovisa individbaserad statistik efter kön. Kunskap om läget i länet är en förutsättning för att rätt insatser ska kunna väljas.
## 2.2 Samverkan
Samverkan är en framgångsfaktor. Ingen aktör kan ensam åstadkomma ett jämställt län, och därför är det viktigt att vi arbetar tillsammans. Länsstyrelsens roll är att stödja, samordna och utveckla.
## 2.3 Jämställdhetsintegrering i den egna organisationen
Länsstyrelsen ska också integrera jämställdhet i sin egen verksamhet. Hur det ska gå till beskrivs i Länsstyrelsens interna handlingsplan för jämställdhetsintegrering, som beslutas av ledningsgruppen separat.
## 2.4 Uppföljning
Strategin ska följas upp regelbundet. Uppföljningen är viktig för att vi ska kunna lära oss av det vi gör och justera arbetet under perioden.
# 3 Insatsområden
## 3.1 Ekonomisk jämställdhet
Kvinnor i länet arbetar i högre grad deltid än män, och många av dem gör det inte av egen vilja. Deltiden är vanligast inom vård, omsorg och handel. Kvinnors större ansvar för det obetalda arbetet i hemmet är en del av förklaringen. Lägre inkomster under arbetslivet ger lägre pension, och ett ekonomiskt beroende kan göra det svårare för en kvinna att lämna en våldsam relation.
Samtidigt har flera arbetsgivare i länet svårt att rekrytera, och en högre sysselsättningsgrad bland dem som redan är anställda skulle minska bristen. Arbetsgivare som har infört heltid som norm beskriver att det krävt nya sätt att lägga scheman och att de anställda behöver kunna påverka sina arbetstider.
**Mål:** Fler kvinnor i länet ska arbeta heltid, och den ofrivilliga deltiden ska minska under perioden.
**Så gör vi:** Länsstyrelsen tar under 2026 fram ett kunskapsunderlag om den ofrivilliga deltiden i länets kommunala vård och omsorg, med exempel på arbetsgivare som har lyckats införa heltid som norm. Underlaget presenteras vid en konferens för länets arbetsgivare hösten 2026. Enheten för social hållbarhet ansvarar.
## 3.2 Studie- och yrkesval
Unga i länet väljer fortfarande utbildning i hög grad efter traditionella könsmönster. Det gäller både gymnasievalet och valet av yrkeshögskoleutbildningar, där teknik och fordon domineras av unga män och vård och pedagogik av unga kvinnor. Mönstret bidrar till en könsuppdelad arbetsmarknad och till brist på arbetskraft i flera yrken.
Vägledare i länet beskriver att många elever har bestämt sig långt innan de träffar en vägledare och att föräldrarnas och kamraternas förväntningar väger tungt.
**Mål:** Fler unga i länet ska göra studie- och yrkesval som inte styrs av kön.
**Så gör vi:** Länsstyrelsen erbjuder från hösten 2025 en webbutbildning i normmedveten studie- och yrkesvägledning. Utbildningen är öppen för alla som arbetar med vägledning i länet, och den kompletteras med två seminarier per år. Enheten för social hållbarhet ansvarar för innehållet och för att utbildningen hålls aktuell.
## 3.3 Utrikes födda kvinnors etablering
Utrikes födda kvinnor i länet har lägre sysselsättning än både utrikes födda män och inrikes födda kvinnor. Skillnaden är störst bland kvinnor som har kommit till Sverige som anhöriga och bland kvinnor med kort utbildning från hemlandet. Många har små barn och har inte kunnat delta i språkundervisning på heltid.
**Mål:** Fler utrikes födda kvinnor ska vara etablerade på arbetsmarknaden vid periodens slut.
**Så gör vi:** Länsstyrelsen prioriterar från 2025 ansökningar om § 37 a-medel som riktar sig till utrikes födda kvinnor som står långt från arbetsmarknaden, särskilt projekt som kombinerar språkträning med praktik. Enheten för integration ansvarar och redovisar utfallet i årsredovisningen.
## 3.4 En jämställd civil beredskap
Under stormen i januari 2023 var delar av Hjortviks kommun utan el i upp till sex dygn. I Länsstyrelsens utvärdering efteråt framkom att de som drabbades hårdast var äldre ensamboende, varav de flesta var kvinnor, och att informationen från kommunen främst nådde dem som hade bil och mobiltelefon med laddning. Beredskapsplaneringen hade inte tagit hänsyn till att kvinnor och män i olika åldrar har olika tillgång till transporter och information.
Utvärderingen visade också att de frivilliga som ställde upp med reservkraft och röjning nästan uteslutande var män, medan kvinnor i högre grad tog hand om grannar och äldre släktingar. Kunskapen om hur kriser påverkar olika grupper finns alltså i länet, men den har inte förts in i planerna.
**Mål:** Beredskapsplaneringen i länet ska ta hänsyn till att kriser påverkar kvinnor och män olika.
**Så gör vi:** I den regionala risk- och sårbarhetsanalysen 2026 ska Länsstyrelsen beskriva hur ett långvarigt elavbrott och en evakuering påverkar kvinnor och män i olika åldrar. Beredskapsenheten ansvarar. Vid länets beredskapsövning 2027 ska ett scenario med utsatta ensamboende ingå.
# 4 Genomförande
Strategin genomförs inom ordinarie verksamhet och budget. Varje insatsområde har en ansvarig enhet. Länsstyrelsen kommer att arbeta i nära samverkan med länets aktörer under hela perioden. Strategin beslutas av landshövdingen och gäller till och med den 31 december 2028. Om förutsättningarna förändras väsentligt under perioden, till exempel genom nya regeringsuppdrag, kan strategin komma att revideras. Frågor om strategin besvaras av Länsstyrelsens särskilt sakkunniga i jämställdhet.
# 5 Avslutande ord
Ett jämställt Norra Vättersund är ett län där kvinnor och män har samma möjligheter att arbeta, utbilda sig, leva och verka. Vi hoppas att strategin ska inspirera fler aktörer att ta sig an jämställdhetsfrågorna, och vi ser fram emot att arbeta tillsammans mot målet.
"""

NOTE = (
    "Strategi som nämner alla krav men inte utför dem. "
    "req.statistics: bara 'Statistik är ett viktigt verktyg …' och uppdraget återgivet ('Länsstyrelsen har i uppdrag att analysera och redovisa individbaserad statistik efter kön') i 2.1; inga länssiffror per kön och inget eget åtagande; jämförelserna i 3.1, 3.3 och 3.4 ('lägre sysselsättning än …', 'de flesta var kvinnor') saknar siffror – mentioned (gränsfall). "
    "req.collaboration: 'Samverkan är en framgångsfaktor', rollen 'stödja, samordna och utveckla' och 'i nära samverkan med länets aktörer' i kap. 4 – inga namngivna aktörer och inget hur – mentioned. Konferensen för arbetsgivare i 3.1 och den öppna webbutbildningen i 3.2 är insatser för ekonomi- och utbildningsmålen, inte en beskrivning av samverkan. "
    "req.internal: bara skyldigheten och en hänvisning till en separat intern handlingsplan i 2.3 – mentioned. "
    "req.followup: bara 'Strategin ska följas upp regelbundet' i 2.4 och att utfallet redovisas i årsredovisningen för en enskild insats – mentioned. "
    "req.conditions: instruktionen återges bara med kvinnor och män i 1.1; flickor och pojkar analyseras inte – mentioned. "
    "goal.power: bara värdegrund ('handlar i grunden om makt och inflytande') – mentioned. area.human_rights: 'vilar på de mänskliga rättigheterna' – mentioned. "
    "goal.unpaid_care: bara som orsak till deltiden i 3.1 – mentioned. goal.violence: bara som följd av ekonomiskt beroende i 3.1 – mentioned. "
    "goal.economy, goal.education, area.integration och area.preparedness addressed med lägesbeskrivning, mål, insats och ansvar (utan siffror). "
    "Den regionala risk- och sårbarhetsanalysen i 3.4 räknas som arbete med beredskap, inte som jämställdhetsintegrering av Länsstyrelsens interna processer. "
    "goal.health, area.planning, area.child_rights, area.parenting_support, area.regional_growth, area.rural och area.andts nämns inte."
)

TARGETS = {
    "goal.power": "mentioned", "goal.economy": "addressed", "goal.education": "addressed",
    "goal.unpaid_care": "mentioned", "goal.health": "missing", "goal.violence": "mentioned",
    "area.planning": "missing", "area.child_rights": "missing",
    "area.parenting_support": "missing", "area.human_rights": "mentioned",
    "req.conditions": "mentioned", "req.statistics": "mentioned", "req.collaboration": "mentioned",
    "req.internal": "mentioned", "req.followup": "mentioned", "area.regional_growth": "missing",
    "area.rural": "missing", "area.integration": "addressed", "area.preparedness": "addressed",
    "area.andts": "missing",
}


def build():
    return build_docx(MARKUP, title_prop="Jämställdhet i hela Norra Vättersund", lang="en",
                      footer_page=True)


EXPECTED = expected_json(NOTE, TARGETS)

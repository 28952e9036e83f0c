"""holdout7 drafts 04-06."""
from common import build_docx, labels, CREATOR

# ---------------------------------------------------------------------------
# 04 Municipal equality plan (Gräsby kommun)
# ---------------------------------------------------------------------------
D04 = [
    ("title", "Jämställdhetsplan för Gräsby kommun 2025–2027"),
    ("sub", "Antagen av kommunfullmäktige 2025-03-24, § 31"),
    ("h1", "Inledning"),
    ("p", "Gräsby kommun ska vara en kommun där kvinnor och män, flickor och pojkar har samma förutsättningar att leva ett gott liv och påverka sin vardag. Sedan 2019 har kommunen undertecknat den europeiska deklarationen för jämställdhet på lokal och regional nivå. Den här planen ersätter den tidigare planen för 2021–2024 och knyter an till länsstrategin Ett jämställt Skärvalla."),
    ("p", "Barnkonventionen är svensk lag sedan 2020, och kommunens arbete vilar på principen om alla människors lika värde oavsett diskrimineringsgrunderna. Planen ska läsas tillsammans med kommunens övriga styrdokument, och i genomförandet ska perspektiv som integration, tillgänglighet och barnrätt vägas in. Planen har tagits fram med stöd av Länsstyrelsen i Skärvalla län. Samverkan med andra aktörer är viktig för att målen ska nås."),
    ("h1", "Så gör vi: arbetssätt"),
    ("p", "Kommunens verksamheter ska belysa och analysera kvinnors och mäns, flickors och pojkars villkor när de planerar och följer upp sina tjänster. All individbaserad statistik i kommunens uppföljning, från årsredovisningen till nämndernas verksamhetsberättelser, redovisas uppdelad på kön. Från 2025 innehåller mallen för tjänsteskrivelser en obligatorisk rubrik om konsekvenser för kvinnor och män. Alla chefer i kommunen går kommunens chefsutbildning i jämställdhetsintegrering under 2025, och kommunledningskontoret ansvarar för att stödja förvaltningarna."),
    ("h1", "Nuläge och mål per område"),
    ("h2", "Makt och inflytande"),
    ("p", "Av kommunfullmäktiges 41 ledamöter är 15 kvinnor, 37 procent. I kommunstyrelsen är andelen 31 procent och bland nämndordförandena är en av fem kvinna. I kommunens medborgardialoger under 2024 var 64 procent av deltagarna kvinnor, men när dialogen gällde idrottsanläggningar var majoriteten män."),
    ("p", "Mål: Andelen kvinnor i kommunfullmäktige och nämnder ska öka och medborgardialogerna ska nå kvinnor och män i lika hög grad. Kommunledningskontoret redovisar från 2025 deltagandet i alla medborgardialoger per kön, och fullmäktiges presidium bjuder in partiernas valberedningar till ett samtal om representation före valet 2026."),
    ("h2", "Kommunen som arbetsgivare och ekonomisk jämställdhet"),
    ("p", "Gräsby kommun har 1 640 anställda, varav 79 procent är kvinnor. Inom hemtjänsten arbetar 412 kvinnor och 38 män. Andelen heltidsanställda är 71 procent bland kvinnorna och 93 procent bland männen. Den lägre sysselsättningsgraden leder till lägre livsinkomster och pensioner. Att kvinnor oftare är hemma med VAB och har högre sjukskrivning bidrar också till skillnaderna."),
    ("p", "Mål: Heltid ska vara norm. Senast 2027 ska minst 85 procent av kommunens anställda kvinnor arbeta heltid. Personalavdelningen genomför årlig lönekartläggning och redovisar resultatet för kommunstyrelsens personalutskott."),
    ("h2", "Utbildning"),
    ("p", "I Gräsbys grundskolor har flickorna i årskurs 9 ett genomsnittligt meritvärde på 239 och pojkarna 211. Andelen pojkar som inte är behöriga till gymnasiet är dubbelt så hög som bland flickorna. I kommunens förskolor har en kartläggning 2024 visat att pojkar får mer av pedagogernas uppmärksamhet i samlingar."),
    ("table", [["Aktivitet", "Ansvarig", "Tid"],
               ["Normkritisk pedagogik i samtliga förskolor, med handledning för arbetslagen", "Barn- och utbildningsförvaltningen", "2025–2026"],
               ["Riktade läsfrämjande insatser för pojkar i årskurs 4–6", "Rektorerna, med stöd av skolbiblioteket", "Från hösten 2025"],
               ["Studie- och yrkesvägledning som utmanar traditionella val", "Studie- och yrkesvägledarna", "Löpande"]],
     [4800, 2800, 1400]),
    ("h2", "Föräldraskapsstöd"),
    ("p", "Familjecentralen i Gräsby erbjuder föräldragrupper för blivande och nyblivna föräldrar. Under 2024 deltog 212 mammor och 74 pappor. Kvällsgrupper och grupper riktade till pappor har visat sig nå fler pappor i andra kommuner."),
    ("p", "Mål: Minst 40 procent av deltagarna i kommunens föräldraskapsstöd ska vara pappor år 2027. Socialförvaltningen startar kvällsgrupper våren 2025 och följer deltagandet per kön varje termin."),
    ("h2", "Våld i nära relationer"),
    ("p", "Socialtjänsten fick 2024 kännedom om 96 vuxna som utsatts för våld i nära relationer, varav 84 kvinnor. Kommunen saknar i dag en aktuell handlingsplan. Socialförvaltningen tar fram en handlingsplan mot våld i nära relationer som beslutas av socialnämnden senast december 2025. All personal inom individ- och familjeomsorgen får utbildning i att ställa frågor om våld under 2025."),
    ("h2", "Trygghet och samhällsplanering"),
    ("p", "I kommunens trygghetsenkät uppger 38 procent av kvinnorna och 14 procent av männen att de avstår från att gå ut ensamma på kvällen. Samhällsbyggnadsförvaltningen genomför trygghetsvandringar i centrala Gräsby och i Lövnäs under 2025, med separata grupper för kvinnor och män. Resultaten ska användas i arbetet med den nya översiktsplanen, som ska innehålla en jämställdhetsanalys och antas 2026."),
    ("h1", "Hälsa och omsorg"),
    ("p", "Omsorgen om äldre är kommunens största verksamhet. Äldreomsorgens personal består till 92 procent av kvinnor, och verksamheten har svårt att rekrytera."),
    ("h1", "Uppföljning"),
    ("p", "Planen följs upp årligen i kommunens årsredovisning. Kommunledningskontoret sammanställer indikatorerna nedan och rapporterar till kommunstyrelsen i april varje år. En slututvärdering görs hösten 2027 som underlag för nästa plan."),
    ("table", [["Indikator", "Utgångsvärde", "Mål 2027"],
               ["Andel kvinnor i kommunfullmäktige", "37 %", "Minst 45 %"],
               ["Andel heltidsanställda kvinnor", "71 %", "85 %"],
               ["Andel pappor i föräldragrupper", "26 %", "40 %"],
               ["Andel kvinnor som avstår från att gå ut på kvällen", "38 %", "Högst 25 %"]],
     [4600, 2000, 2400]),
]

N04 = ("Kommunal jämställdhetsplan (Gräsby). req.internal bedöms för kommunen som organisation (mall för tjänsteskrivelser, chefsutbildning, kommunledningskontorets stöd) – behandlas. Behandlas också: makt (fullmäktige, nämndordförande, medborgardialoger, mål och åtgärd), ekonomi (heltid, mål, lönekartläggning), utbildning (meritvärde, behörighet, förskolekartläggning, aktivitetstabell), föräldraskapsstöd (deltagande per kön, mål, kvällsgrupper), våld (socialtjänstens siffror, handlingsplan med datum, utbildning), samhällsplanering (trygghetsenkät, trygghetsvandringar, översiktsplan med jämställdhetsanalys), req.conditions (åtagande om kvinnors, mäns, flickors och pojkars villkor plus analys av båda paren), req.statistics, req.followup (årsredovisning, april, slututvärdering, indikatortabell). "
       "Nämns: obetalt arbete (VAB som orsak till skillnaderna) och hälsa (sjukskrivning som orsak; avsnittet 'Hälsa och omsorg' innehåller bara personalsiffror för äldreomsorgen, vilket inte är hälsoarbete), barnets rättigheter (barnkonventionen som värdegrund, 'barnrätt' i perspektivlista), integration (perspektivlista), mänskliga rättigheter (diskrimineringsgrunderna), req.collaboration (planen togs fram med stöd av Länsstyrelsen – dåtid; 'Samverkan med andra aktörer är viktig' är en värdeformulering utan aktörer eller hur). Saknas: regional tillväxt, landsbygd, krisberedskap, ANDTS.")
L04 = labels("P a E a U a C m H m V a PL a CR m PS a HR m CO a ST a CL m IN a FU a IG m")


# ---------------------------------------------------------------------------
# 05 Mid-term follow-up report
# ---------------------------------------------------------------------------
D05 = [
    ("title", "Ett jämställt Skärvalla – uppföljning 2026"),
    ("sub", "Halvtidsrapport om genomförandet av länsstrategin 2025–2028"),
    ("h1", "Sammanfattning"),
    ("p", "Det här är den första samlade uppföljningen av länsstrategin Ett jämställt Skärvalla. Rapporten redovisar indikatorernas utveckling mellan 2023 och 2025, vilka insatser som genomförts och hur Länsstyrelsen har integrerat jämställdhet i sin egen verksamhet. Utvecklingen går åt rätt håll inom flera områden, men långsamt. Skillnaden i inkomster mellan kvinnor och män har minskat något, medan skillnaderna i sjukfrånvaro är oförändrade."),
    ("h1", "Om uppföljningen"),
    ("p", "Uppföljningen bygger på strategins indikatorer, på enkätsvar från de 23 organisationer som anslutit sig till strategin och på intervjuer med företrädare för kommunerna. Enligt instruktionen ska Länsstyrelsen belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor. Indikatorerna redovisas för kvinnor och män; data för 2025 är preliminära för tre av indikatorerna. Rapporten har sammanställts av analysfunktionen och behandlades av Jämställdhetsrådet den 4 december 2026."),
    ("h1", "Resultat per område"),
    ("h2", "Makt och inflytande"),
    ("p", "Efter valet 2026 är 42 procent av ledamöterna i länets kommunfullmäktige kvinnor, en ökning från 39 procent. Andelen kvinnor bland ordförandena i nämnder och styrelser har ökat från 31 till 36 procent. Seminariet för partiernas valberedningar genomfördes i oktober 2025 med sju partier."),
    ("h2", "Ekonomisk jämställdhet"),
    ("table", [["Indikator", "2023", "2025", "Mål 2028"],
               ["Kvinnors förvärvsinkomst i procent av männens", "79 %", "81 %", "85 %"],
               ["Andel heltidsanställda, kvinnor", "67 %", "70 %", "–"],
               ["Andel heltidsanställda, män", "91 %", "91 %", "–"],
               ["Sysselsättningsgrad utrikes födda kvinnor", "54 %", "55 %", "59 %"],
               ["Sysselsättningsgrad utrikes födda män", "71 %", "72 %", "–"]],
     [4400, 1400, 1400, 1800]),
    ("p", "Dialogmötena om heltid har genomförts med samtliga fem kommuner. Tre kommuner har fattat beslut om heltid som norm inom äldreomsorgen. Kartläggningen av utrikes födda kvinnors väg till arbete i Gräsby och Aspeå visar att bristen på barnomsorg på obekväm arbetstid och långa resvägar är de största hindren. Utifrån kartläggningen erbjuder Länsstyrelsen från 2027 kommunerna stöd i att kombinera språkstudier med arbetsplatsförlagd praktik."),
    ("p", "Resultatet för de regionala företagsstöden redovisas i Region Skärvallas egen uppföljning av tillväxtarbetet och ingår därför inte här."),
    ("h2", "Obetalt hem- och omsorgsarbete"),
    ("p", "Kvinnor i länet tog ut 66 procent av föräldrapenningdagarna 2025, jämfört med 68 procent 2023. Av den tillfälliga föräldrapenningen tog kvinnor ut 61 procent. Länsstyrelsen och Försäkringskassan genomför under 2027 en informationsinsats riktad till arbetsgivare i de mansdominerade branscherna om pappors föräldraledighet."),
    ("h2", "Jämställd hälsa"),
    ("p", "Sjukfrånvaron är fortsatt 14 dagar per kvinna och 8 dagar per man. Den regionala arbetsgruppen om mäns psykiska hälsa har samlats fyra gånger och två kommuner har tagit fram lokala handlingsplaner för suicidprevention. Länsstyrelsen bedömer att målet om lokala planer i samtliga kommuner kan nås till 2028."),
    ("h2", "Mäns våld mot kvinnor"),
    ("p", "Tre av fem kommuner har nu en handlingsplan mot våld i nära relationer, jämfört med två 2023. Totalt 340 personer inom socialtjänsten har gått Länsstyrelsens utbildning om våld, varav 291 kvinnor och 49 män. Antalet anmälda misshandelsbrott mot kvinnor var 588 under 2025."),
    ("h2", "Landsbygdsutveckling"),
    ("p", "Av de stöd inom landsbygdsprogrammet som Länsstyrelsen beviljade 2025 gick 27 procent av beloppet till företag som drivs av kvinnor. Landsbygdsenheten har infört en rutin där utfallet per kön redovisas för ledningsgruppen varje halvår, och informationsträffar om stöden hålls från 2026 också på tider som passar deltidsarbetande."),
    ("h2", "Områden som inte följts upp"),
    ("p", "Föräldraskapsstöd har inte prioriterats under perioden. Handlingsplanen för jämställdhet inom civil beredskap är försenad och beräknas vara klar 2027. Under den förra strategiperioden arbetade Länsstyrelsen med studie- och yrkesvägledning, men det arbetet har inte fortsatt i samma form."),
    ("p", "En fråga som kommunerna lyfte i intervjuerna är hur Länsstyrelsens yttranden över översiktsplaner kan bli tydligare när det gäller jämställdhet."),
    ("h1", "Samverkan"),
    ("p", "Jämställdhetsrådet har sammanträtt fyra gånger per år. Beredningsgruppen har utökats med en representant för länets idrottsförbund. Antalet organisationer som anslutit sig till strategin har ökat från 9 till 23. Länsstyrelsen har genomfört sex nätverksträffar för anslutna organisationer, där de delar erfarenheter och får stöd i att ta fram egna mål."),
    ("h1", "Länsstyrelsens egen verksamhet"),
    ("p", "71 procent av Länsstyrelsens enheter har en jämställdhetsanalys i sin verksamhetsplan för 2026, jämfört med 40 procent 2024. 84 nyanställda har gått grundutbildningen. Ledningsgruppen har beslutat att jämställdhetsanalys ska vara obligatorisk i samtliga enheters verksamhetsplaner från 2027, och HR-enheten ansvarar för att grundutbildningen blir en del av introduktionen."),
    ("h1", "Fortsatt uppföljning"),
    ("p", "Nästa uppföljning presenteras för Jämställdhetsrådet i december 2027. Slututvärderingen genomförs av en extern utvärderare under 2028 och ska bland annat bedöma om indikatorerna har varit rätt valda."),
]

N05 = ("Halvtidsuppföljning; rapportens egna indikatorvärden räknas som analys. Behandlas: makt (andel kvinnor i fullmäktige och bland ordförande 2023–2026), ekonomi (indikatortabell, heltidsbeslut), obetalt arbete (föräldrapenning och tillfällig föräldrapenning per kön, informationsinsats 2027), hälsa (sjukfrånvaro, arbetsgrupp, bedömning), våld (handlingsplaner, utbildade, anmälningar), landsbygd (landsbygdsstöd per kön, rutin, informationsträffar), integration (sysselsättning utrikes födda kvinnor, kartläggningens resultat, stöd från 2027), req.statistics, req.collaboration (rådet, beredningsgrupp, anslutna organisationer, nätverksträffar), req.internal (jämställdhetsanalys i verksamhetsplaner, utbildning, ledningsbeslut), req.followup (metod, behandling i rådet, nästa uppföljning, extern slututvärdering). "
       "Nämns: utbildning (endast dåtid – förra strategiperiodens vägledningsarbete), samhällsplanering (kommunernas fråga om översiktsplaner – fråga/referat), föräldraskapsstöd (negation), krisberedskap/civil beredskap (försenad handlingsplan, uppskjutet), regional tillväxt (hänvisning: redovisas i regionens uppföljning, ingår inte här), req.conditions (instruktionen reciterad, endast kvinnor/män redovisas, inga flickor/pojkar). Gränsfall: barnomsorg på obekväm arbetstid är ett hinder i integrationsanalysen och räknas inte som barnets rättigheter. Saknas: barnets rättigheter, mänskliga rättigheter, ANDTS.")
L05 = labels("P a E a U m C a H a V a PL m PS m CO m ST a CL a IN a FU a RG m RU a IG a PR m")


# ---------------------------------------------------------------------------
# 06 Minutes (Markdown)
# ---------------------------------------------------------------------------
M06 = """# Minnesanteckningar – Jämställdhetsrådet i Skärvalla län

**Datum:** 2025-10-14, kl. 09.30–12.00
**Plats:** Länsresidenset, Norrhamn, samt digitalt
**Ordförande:** Margareta Edfelt, landshövding
**Antecknare:** Karin Ljungdahl, Länsstyrelsen

## Närvarande

- Margareta Edfelt, Karin Ljungdahl och Johan Berglund, Länsstyrelsen
- Petra Nyqvist, Region Skärvalla
- Anders Holm, Norrhamns kommun; Lena Åkerman, Gräsby kommun; Sofia Rask, Aspeå kommun
- Mikael Öhrn, Holmträsks kommun (digitalt)
- Eva Lund, Vikbo kommun
- Tomas Gran, Polisområde Skärvalla
- Hanna Brandt, Arbetsförmedlingen
- Maria Ekdahl, Kvinnojouren Skärvalla
- Ola Persson, LRF Skärvalla

Förhinder: Skärvalla kommunförbund.

## 1. Mötets öppnande och dagordning

Ordföranden hälsade välkommen och dagordningen godkändes. Minnesanteckningarna från mötet den 10 juni lades till handlingarna.

## 2. Aktuellt från ledamöterna (runda)

- **Arbetsförmedlingen** redogjorde för läget på arbetsmarknaden i länet. Arbetslösheten har ökat något under hösten, mest inom byggsektorn.
- **Region Skärvalla** berättade att regionfullmäktige har antagit en ny folkhälsopolicy. Petra Nyqvist ställde frågan hur man bättre når män med psykisk ohälsa, och flera instämde i att det är svårt.
- **Vikbo kommun** berättade om sitt arbete med spelprevention bland unga män, som har fått medel från Folkhälsomyndigheten.
- **LRF Skärvalla** lyfte att många kvinnor på landsbygden upplever att de inte får samma gehör som män hos banker och rådgivare när de startar verksamhet.
- **Kvinnojouren** rapporterade att trycket på jourens skyddade boende har varit högt hela året och att flera kvinnor har fått vänta på plats.
- **Norrhamns kommun** berättade att kommunstyrelsen diskuterat könsfördelningen i de kommunala bolagsstyrelserna efter en granskning i lokalpressen.

## 3. Barnombudsmannens rapport

Johan Berglund presenterade kort Barnombudsmannens senaste rapport om barnets rättigheter i ärenden om vårdnad. Rapporten skickas ut till ledamöterna efter mötet.

## 4. Uppföljning av länsstrategin

Karin Ljungdahl informerade om att arbetet med uppföljningen av strategin har börjat. Några ledamöter efterfrågade mer statistik per kommun. Diskussionen fortsätter på nästa möte.

## 5. Rutin för att fråga om våld

Johan Berglund redogjorde för att länets kommuner i dag frågar om våld på olika sätt, och att socialtjänsten i två kommuner saknar rutin helt. Polisen och Kvinnojouren betonade vikten av en gemensam rutin.

**Beslut:** Länsstyrelsen, genom kvinnofridssamordnaren Johan Berglund, tar fram ett förslag till länsgemensam rutin för att fråga om våld i nära relationer inom socialtjänsten. Förslaget ska vara klart senast den 30 april 2026 och remitteras till de fem kommunerna innan det tas upp i rådet.

## 6. Rådets arbetsformer

Ordföranden tog upp att rådet behöver en tätare koppling till kommunernas socialtjänst.

**Beslut:** Från 2026 bjuder Länsstyrelsen in de fem kommunernas socialchefer och Region Skärvalla till ett gemensamt samverkansmöte per halvår, utöver rådets fyra ordinarie möten. Länsstyrelsen sammankallar och ansvarar för dagordningen. Det första mötet hålls i februari 2026.

## 7. Konferens i mars

Karin Ljungdahl informerade om planerna för den årliga länskonferensen, som i år får temat jämställdhetsintegrering i praktiken. Konferensen hålls i Aspeå folkets hus. Ledamöterna uppmanades att föreslå talare och goda exempel från sina organisationer senast den 15 november. Flera ledamöter önskade att konferensen även sänds digitalt, vilket Länsstyrelsen ska undersöka.

## 8. Övriga frågor

Frågan om jämställdhet inom civil beredskap bordlades till nästa möte eftersom föredraganden hade förhinder.

## 9. Nästa möte

Nästa möte hålls den 9 december 2025 i Aspeå.

Vid protokollet
Karin Ljungdahl
"""

N06 = ("Minnesanteckningar i Markdown: närvarolista, runda, referat, frågor och två beslut. Beslut med ansvarig och datum räknas som arbete. Behandlas: mäns våld mot kvinnor (beslut: länsgemensam rutin för att fråga om våld, ansvarig kvinnofridssamordnaren, klart 30 april 2026, remiss till kommunerna), req.collaboration (beslut: halvårsvisa samverkansmöten med kommunernas socialchefer och regionen från februari 2026, Länsstyrelsen sammankallar; rådets sammansättning framgår av närvarolistan). "
       "Nämns (referat, frågor, dåtid): makt (Norrhamn berättade om diskussion om könsfördelningen i bolagsstyrelser), ekonomi (Arbetsförmedlingens lägesbild, referat), hälsa (folkhälsopolicy och frågan om män med psykisk ohälsa – referat och fråga), barnets rättigheter (presentation av Barnombudsmannens rapport, referat), req.statistics (ledamöter efterfrågade mer statistik – ordet ensamt), req.followup (information om att uppföljningen har börjat, diskussion fortsätter), landsbygd (LRF:s inlägg, referat), ANDTS (Vikbos spelprevention, referat), krisberedskap/civil beredskap (bordlagd fråga). Kvinnojourens rapport om skyddat boende är referat, men våld behandlas redan genom beslutet. Saknas: utbildning, obetalt arbete, samhällsplanering, föräldraskapsstöd, mänskliga rättigheter, req.conditions, req.internal, regional tillväxt, integration.")
L06 = labels("P m E m H m V a CR m ST m CL a FU m RU m PR m AN m")


DRAFTS = [
    dict(name="04_grasby_kommun_jamstalldhetsplan", ext="docx",
         build=lambda: build_docx("04", D04, creator="Gräsby kommun", title_prop="Jämställdhetsplan för Gräsby kommun 2025–2027"),
         note=N04, labels=L04),
    dict(name="05_uppfoljning_halvtid_2026", ext="docx",
         build=lambda: build_docx("05", D05, creator=CREATOR, title_prop="Ett jämställt Skärvalla – uppföljning 2026", footer_page=True),
         note=N05, labels=L05),
    dict(name="06_minnesanteckningar_jamstalldhetsradet", ext="md",
         build=lambda: M06, note=N06, labels=L06),
]

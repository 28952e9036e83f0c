from common import build_docx, labels

D05 = """
T: Tillsammans för ett jämställt Frösviken
S: Fokusområden för länets jämställdhetsarbete 2026–2030 – remissutgåva
# Förord
Jämställdhet är en fråga om rättvisa, om demokrati och om mänskliga rättigheter. Det är också en förutsättning för tillväxt: ett län som tar vara på allas kompetens står starkare när arbetskraften krymper.
I Sverige tar pappor fortfarande ut ungefär 30 procent av föräldrapenningdagarna, och kvinnor lägger mer tid än män på hem och familj. Sådana mönster formar livet långt efter småbarnsåren.
Jag är stolt över att så många av länets aktörer redan arbetar för jämställdhet. Nu tar vi nästa steg.
Lindhamra i februari 2026
Margit Sollén, landshövding
# Om strategin
Strategin pekar ut tre fokusområden där länets aktörer tillsammans kan göra skillnad. Med jämställdhetsintegrering menas att kvinnors och mäns samt flickors och pojkars villkor synliggörs i det ordinarie arbetet, också i länsstyrelsens egen verksamhet. Statistik är en viktig grund för arbetet.
Länsstyrelsen samordnar Jämställdhetsrådet Frösviken, där Region Frösviken, de fem kommunerna, Polisområde Frösviken, Arbetsförmedlingen och tre kvinnojourer ingår. Rådet möts två gånger per termin, beslutar om gemensamma aktiviteter och utser en arbetsgrupp per fokusområde.
Strategin följs upp under perioden.
# Fokusområde 1: Jämställd arbetsmarknad och utbildning
Frösvikens arbetsmarknad är en av de mest könsuppdelade i landet. Bara 14 procent av dem som arbetar inom länets tillverkningsindustri är kvinnor, och inom äldreomsorgen är 88 procent av de anställda kvinnor. Utrikes födda kvinnors sysselsättningsgrad i länet var 2024 52 procent, mot 68 procent för utrikes födda män och 83 procent för inrikes födda kvinnor.
Länsstyrelsen vill bryta mönstret redan i skolan. Tillsammans med Frösvikens gymnasieförbund startar vi 2026 ett projekt där elever i årskurs 8 får prova på yrken där deras eget kön är i minoritet. Målet är att andelen flickor som söker industri- och teknikprogrammen ska öka från 11 till 20 procent till antagningen 2029.
# Fokusområde 2: Trygghet och hälsa
Alla ska kunna känna sig trygga och ha goda förutsättningar för en god hälsa, oavsett kön. Kvinnor i länet är sjukskrivna nästan dubbelt så ofta som män: 2024 svarade kvinnor för 64 procent av alla pågående sjukfall i Frösviken. Region Frösviken och länsstyrelsen kommer under 2027 att bjuda in de fem kommunerna som arbetsgivare till en gemensam satsning på friskfaktorer i kvinnodominerade yrken.
Arbetet mot mäns våld mot kvinnor och hedersrelaterat våld och förtryck beskrivs i länets separata handlingsplan, som tas fram under 2026.
# Fokusområde 3: Makt och inflytande
I länets kommunfullmäktige är 39 procent av ledamöterna kvinnor, och bara en av fem kommunstyrelseordförande är kvinna. Bland förtroendevalda under 30 år har nästan hälften av kvinnorna uppgett att de utsatts för hot eller hat i sitt uppdrag. Länsstyrelsen erbjuder inför valet 2026 partierna i länet ett seminarium om hot och hat mot förtroendevalda, och följer efter valet upp könsfördelningen i samtliga fullmäktige och nämnder.
"""
N05 = ("Förord plus tre fokusområden. Behandlas: utbildning (prao-projekt, mål för flickors sökande till industri/teknik), ekonomi (könsuppdelad arbetsmarknad i länet), integration (utrikes födda kvinnors sysselsättningsgrad i länet – analys), "
       "hälsa (länets sjukfall, satsning 2027), makt (fullmäktigeandel, hot mot förtroendevalda, seminarium, uppföljning av könsfördelning), samverkan (rådet med namngivna aktörer, mötesfrekvens, arbetsgrupper), "
       "statistik (länsfigurer för kvinnor och män presenteras). "
       "Nämns: mänskliga rättigheter (värdering i förordet), regional tillväxt (förordets 'förutsättning för tillväxt'), obetalt arbete (förordets nationella siffra om föräldrapenning – bara riket), "
       "våld (hänvisning till separat handlingsplan som tas fram – uppskjutet), villkor och egen verksamhet (metodens definition), uppföljning ('följs upp under perioden' utan hur). "
       "Saknas: samhällsplanering, barnets rättigheter, föräldraskapsstöd, landsbygd, krisberedskap, ANDTS. "
       "Gränsfall: statistik – ordet 'statistik' i definitionen är bara ett namn, men texten använder länssiffror uppdelade på kön (industrin, sysselsättningsgrad, sjukfall) – behandlas. "
       "Villkor – flickors sökande nämns men ingen analys av både flickors/pojkars och kvinnors/mäns villkor som sådan; definitionen är en återgivning – nämns. Trygghet i fokusområde 2 är inte samhällsplanering.")
L05 = labels("education economy integration health power collaboration statistics",
             "human_rights regional_growth unpaid_care violence conditions internal followup")

D06 = """
T: Halvtidsuppföljning av Jämställt Frösviken 2026–2030
S: Rapport till Jämställdhetsrådet Frösviken, mars 2028
# Sammanfattning
Strategin Jämställt Frösviken har nu gällt i två år. Den här rapporten redovisar hur indikatorerna har utvecklats, vilka aktiviteter som genomförts och vad som återstår. Rapporten har tagits fram av länsstyrelsens strateg för jämställdhet med underlag från kommunerna och Region Frösviken.
# Strategins uppbyggnad
Strategin utgår från de sex jämställdhetspolitiska delmålen: en jämn fördelning av makt och inflytande; ekonomisk jämställdhet; jämställd utbildning; en jämn fördelning av det obetalda hem- och omsorgsarbetet; jämställd hälsa samt att mäns våld mot kvinnor ska upphöra. Av dessa prioriterar strategin ekonomisk jämställdhet, utbildning och våld.
Jämställd hälsa ingick inte bland strategins prioriteringar och följs därför inte upp här.
# Indikatorer
Uppföljningen bygger på tolv indikatorer som mäts varje år. Alla indikatorer som avser personer redovisas för kvinnor och män och, där det är relevant, för flickor och pojkar.
| Indikator | 2025 | 2027 | Mål 2030 |
| Kvinnors medianinkomst i procent av mäns | 79 % | 81 % | 88 % |
| Andel pojkar bland sökande till vård- och omsorgsprogrammet | 16 % | 19 % | 30 % |
| Andel flickor bland sökande till el- och energiprogrammet | 7 % | 9 % | 20 % |
| Kommuner med handlingsplan mot våld i nära relationer | 2 av 5 | 4 av 5 | 5 av 5 |
| Andel av landsbygdsprogrammets företagsstöd till företag som drivs av kvinnor | 21 % | 24 % | 35 % |
| Andel av länsstyrelsens beslut med dokumenterad jämställdhetsanalys | – | 41 % | 80 % |
# Analys
Inkomstskillnaden minskar långsamt. Ökningen förklaras främst av att två kommuner har infört heltid som norm i äldreomsorgen; i Storbäcken är kvinnors medianinkomst fortfarande bara 73 procent av männens.
Bland flickor och pojkar går utvecklingen i rätt riktning men i långsam takt. Pojkarna i länet söker fortfarande sällan till vård- och omsorgsprogrammet, och flickor som börjar på el- och energiprogrammet hoppar av oftare än pojkarna.
Andelen av företagsstödet inom landsbygdsprogrammet som går till kvinnor har ökat men ligger långt från målet. Länsstyrelsen kommer därför att under 2028 ändra urvalskriterierna så att företag som drivs av kvinnor i glesbygd får extra poäng.
# Länsstyrelsens egen verksamhet
Checklistan för jämställdhetsanalys används nu i 41 procent av besluten. Lägst är andelen inom miljöprövning. Ledningsgruppen har beslutat att checklistan blir obligatorisk i alla beslut som rör enskilda från januari 2029, och HR-enheten utbildar handläggarna under hösten 2028.
# Civil beredskap
Till 2030 ska samtliga regionala övningar inom civil beredskap utvärderas ur ett jämställdhetsperspektiv. Enheten för samhällsskydd och beredskap ansvarar och redovisar resultatet i krissamverkansrådet varje år.
# Samverkan
Vid utgången av 2027 hade 23 organisationer anslutit sig till strategin, bland dem samtliga fem kommuner, Region Frösviken, Polisområde Frösviken och nio föreningar. Nätverket för kommunernas jämställdhetsstrateger har haft åtta träffar och planerar nu en gemensam utbildning för nämndpolitiker 2028.
# Det som återstår
| Aktivitet | Status | Kommentar |
| Jämställdhetsanalys av översiktsplaner | Ej påbörjad | Flyttas till 2029 |
| Dialog med arbetsgivare om lönekartläggning | Genomförd | Sex arbetsgivare deltog |
| Utbildning om barnkonventionen för kommunernas handläggare | Ej påbörjad | Tas upp i nästa revidering |
# Fortsatt uppföljning
Nästa uppföljning lämnas till Jämställdhetsrådet i mars 2029. En extern slututvärdering av strategin upphandlas under 2029 och redovisas i juni 2030. Satsningen bidrar även till länets regionala tillväxt.
"""
N06 = ("Halvtidsuppföljning. Behandlas: ekonomi, utbildning, våld (indikatorer med värden för länet, analys), landsbygd (indikator, analys, ändrade urvalskriterier 2028), egen verksamhet (checklistans andel, obligatorisk 2029, utbildning), "
       "krisberedskap (mål till 2030, ansvarig enhet, årlig redovisning), samverkan (anslutna organisationer, strateginätverk, planerad utbildning), statistik (redovisning per kön), "
       "villkor (indikatorer och analys för både kvinnor/män och flickor/pojkar, åtagande att redovisa båda), uppföljning (rapporten själv, nästa uppföljning mars 2029, extern slututvärdering). "
       "Nämns: makt och obetalt arbete (de sex delmålen uppräknade i prosa med ';' och 'samt'), hälsa (uttryckligen undantagen), samhällsplanering (tabellrad 'ej påbörjad, flyttas till 2029' – uppskjutet), "
       "barnets rättigheter (barnkonventionen i en rad som skjuts till nästa revidering), regional tillväxt (utfyllnad i sista meningen). "
       "Saknas: föräldraskapsstöd, mänskliga rättigheter, integration, ANDTS. "
       "Nämndpolitikerna i samverkansavsnittet är en målgrupp för en utbildning, inte arbete med makt. Gränsfall: ekonomi – raden 'Dialog med arbetsgivare om lönekartläggning | Genomförd' är det förflutna, men ekonomi behandlas ändå genom indikatorn och analysen. Samhällsplanering – en planerad aktivitet finns bara som uppskjuten status utan innehåll – nämns.")
L06 = labels("economy education violence rural internal preparedness collaboration statistics conditions followup",
             "power unpaid_care health planning child_rights regional_growth")

D07 = """# Minnesanteckningar – dialogmöte om strategin, Ulvsund 2026-01-22

**Närvarande:** Elin Markusson och Per Öhrvall (Länsstyrelsen), Hanna Lind (Region Frösviken), folkhälsosamordnare från Lindhamra, Storbäcken, Kvarnsjö och Ulvsund, Johan Berg (ANDTS-samordnare Lindhamra), Lina Qvist (Kvinnojouren Ulvsund).
**Frånvarande:** Björkeby kommun.

## 1. Inledning

Elin hälsade välkomna. Länsstyrelsen samlar kommunernas folkhälsosamordnare och Region Frösviken i det här forumet två gånger per år för att stämma av genomförandet av länsstrategin, och mötet i dag är det första under den nya perioden.

## 2. Runda: vad är på gång i kommunerna?

- Kvarnsjö berättade att deras nya översiktsplan har en särskild trygghetsanalys.
- Storbäcken lyfte att kvinnor i kommunen pendlar mindre än männen och därför har färre jobb att välja mellan, vilket håller nere deras inkomster.
- Johan berättade om ökande spelproblem bland unga män i Lindhamra.
- Lina beskrev att jouren tar emot allt fler unga kvinnor som utsatts för hedersrelaterat våld och förtryck. Deltagarna diskuterade hur socialtjänsten kan nå dem tidigare.
- Barnrättsperspektivet nämndes av flera, men ingen hade hunnit göra något konkret.

## 3. Frågor som kom upp

- Hur kan vi nå fler pappor i föräldraskapsstödet?
- Hur når vi kvinnor på landsbygden som inte kommer till våra möten?
- Vi behöver prata om utrikes födda kvinnors hälsa – tas upp nästa gång.

## 4. Ungas psykiska hälsa

Hanna redovisade regionens hälsoenkät: 41 procent av flickorna i åldern 16–19 år i länet uppger att de ofta känner sig nedstämda, mot 19 procent av pojkarna. Skillnaden har ökat sedan 2022.

**Beslut:** Länsstyrelsen (Elin Markusson) tar fram en könsuppdelad lägesbild över ungas psykiska ohälsa per kommun till den 15 maj 2026. Kommunerna bidrar med data från elevhälsan senast 31 mars.

## 5. Övrigt

Per informerade om att länsstyrelsen ska ta fram en ny intern handlingsplan för jämställdhetsintegrering – mer om det vid ett senare tillfälle.

**Nästa möte:** 17 september 2026 i Kvarnsjö. Region Frösviken bjuder in.

*Antecknat av Per Öhrvall*
"""
N07 = ("Minnesanteckningar i Markdown. Det mesta är återgivet tal och frågor. Behandlas: hälsa (regionens hälsoenkät med länssiffror för flickor och pojkar, beslut om lägesbild med ansvarig och datum), "
       "statistik (beslut om könsuppdelad lägesbild), samverkan (forumet med kommunernas samordnare och regionen två gånger per år, kommunerna levererar data). "
       "Nämns: samhällsplanering (Kvarnsjö berättade om översiktsplan – återgivet), ekonomi (Storbäcken 'lyfte' pendlingsskillnad – återgivet), ANDTS (Johan berättade om spel), "
       "våld (jouren beskrev, deltagarna diskuterade – återgivet), barnets rättigheter ('nämndes'), föräldraskapsstöd och landsbygd (frågor), integration (utrikes födda kvinnor – skjuts till nästa möte), "
       "egen verksamhet (intern handlingsplan ska tas fram, 'mer om det senare' – uppskjutet). "
       "Saknas: makt, utbildning, obetalt arbete, mänskliga rättigheter, villkor, uppföljning, regional tillväxt, krisberedskap. "
       "Gränsfall: villkor – flickor/pojkar jämförs i hälsoenkäten, men kvinnor/män analyseras inte – bara ett par, och ordet villkor förekommer inte, så saknas. "
       "Hälsoenkäten redovisas av regionens representant (återgiven), men beslutet under samma punkt är ett eget arbete med ansvar och tid – behandlas.")
L07 = labels("health statistics collaboration",
             "planning economy andts violence child_rights parenting_support rural integration internal")

D08 = """
T: Länsstrategi för jämställdhet 2026–2030
S: ARBETSUTKAST v0.4 – får ej spridas – Enheten för social hållbarhet
[Redaktörens not: Avsnitten följer Jämställdhetsmyndighetens mall. Gula markeringar = saknar underlag.]
# 1. Inledning
Text kommer.
# 2. Länets förutsättningar
Frösvikens län har 168 400 invånare. [TODO: åldersstruktur per kön]
## 2.1 Landsbygden
I Storbäcken och Kvarnsjö bor 62 procent av invånarna utanför en tätort. Bland invånare i åldern 20–34 år som bor där är bara 44 procent kvinnor, och andelen har minskat varje år sedan 2018.
# 3. Delmålen i Frösviken
## 3.1 Makt och inflytande
Text kommer.
## 3.2 Ekonomisk jämställdhet
Kvinnors medianinkomst i länet var 2024 81 procent av mäns. [TODO: bryta ned per kommun]
## 3.3 Jämställd utbildning
[TODO: siffror från Skolverket om gymnasiebehörighet]
## 3.4 Obetalt hem- och omsorgsarbete
Länsstyrelsen ska arbeta med detta under perioden.
## 3.5 Jämställd hälsa
Länsstyrelsen ska arbeta med detta under perioden.
## 3.6 Mäns våld mot kvinnor
TODO: lägg in siffror från polisen och kvinnojourerna. [Fråga Anders om vi får använda BRÅ:s länssiffror]
# 4. Särskilda områden
[Fråga till Karin: ska barnets rättigheter vara ett eget avsnitt eller ingå under 3.3?]
## 4.1 Krisberedskap (ev. stryks)
Text kommer.
# 5. Länsstyrelsens egen verksamhet
Alla enheter ska i verksamhetsplanen för 2027 ange minst ett mål för hur jämställdhet ska genomsyra handläggningen. Ledningsgruppen ansvarar för att målen följs upp i tertialrapporterna.
# 6. Samverkan
Text kommer.
# 7. Uppföljning och indikatorer
[TODO: indikatorer – se förslag från JäMy]
# Att göra
- TODO: hämta könsuppdelad statistik från SCB
- Boka avstämning med Region Frösviken
- Skicka v0.5 till ledningsgruppen före 20 mars
"""
N08 = ("Tidigt skelett med tomma rubriker, 'Text kommer', TODO och redaktörsnoter. Behandlas: landsbygd (länssiffror om kvinnor 20–34 år utanför tätort), ekonomi (medianinkomst i länet), "
       "egen verksamhet (mål i verksamhetsplanen 2027, ledningsgruppen ansvarar, följs upp i tertialrapporter). "
       "Nämns: makt, samverkan, krisberedskap ('Text kommer'), utbildning och våld (rubrik plus TODO), obetalt arbete och hälsa (samma innehållslösa rad under två rubriker), "
       "barnets rättigheter (fråga i redaktörsnot), statistik (TODO-punkt), uppföljning (rubrik plus TODO). "
       "Saknas: samhällsplanering, föräldraskapsstöd, mänskliga rättigheter, villkor, regional tillväxt, integration, ANDTS. "
       "Punkten 'Boka avstämning med Region Frösviken' gäller själva skrivprocessen, inte hur länsstyrelsen samverkar i länet – samverkan förblir nämnd. Gränsfall: statistik – landsbygdsavsnittet ger en andel kvinnor (44 procent), vilket är en länssiffra per kön och enligt konventionen räknas som statistikarbete – därför behandlas, trots att TODO-punkten bara är en platshållare. "
       "Ekonomi – en enda länssiffra utan mål räcker för analys (behandlas). Egen verksamhet: 'följs upp i tertialrapporterna' gäller enheternas mål, inte strategin som helhet – uppföljning av strategin förblir nämnd.")
L08 = labels("rural economy internal statistics",
             "power collaboration preparedness education violence unpaid_care health child_rights followup")

DRAFTS = [
    dict(file="05_forord_och_fokusomraden.docx", make=lambda: build_docx("d05", D05, title_prop="Tillsammans för ett jämställt Frösviken"), note=N05, labels=L05),
    dict(file="06_halvtidsuppfoljning_2028.docx", make=lambda: build_docx("d06", D06, header="Halvtidsuppföljning 2028", footer_page=True, title_prop="Halvtidsuppföljning"), note=N06, labels=L06),
    dict(file="07_minnesanteckningar_dialogmote.md", make=lambda: D07, note=N07, labels=L07),
    dict(file="08_arbetsutkast_v04_platshallare.docx", make=lambda: build_docx("d08", D08, lang="en", split_runs=True, title_prop="Arbetsutkast v0.4"), note=N08, labels=L08),
]

"""holdout7 drafts 07-09."""
from common import build_docx, labels, CREATOR

# ---------------------------------------------------------------------------
# 07 Early skeleton (plain text)
# ---------------------------------------------------------------------------
T07 = """ARBETSMATERIAL – EJ FÖR SPRIDNING
Länsstrategi för jämställdhetsintegrering, Skärvalla län 2025–2028
Version 0.3, 2024-09-18. Ansvarig för utkastet: Karin Ljungdahl

[Redaktörens anteckning: Det här är en första disposition. Rubrikerna följer ungefär den förra strategin. Vi fyller på efter workshopen med kommunerna i oktober. Kommentera gärna direkt i filen med ditt namn inom hakparentes.]

0. VISION (förslag från arbetsgruppen)
Skärvalla – ett län där kvinnor och män har samma makt att forma samhället och sina egna liv.
[KL: Vi har fått tre förslag på vision. Det här är det kortaste. De två andra ligger i mappen Underlag.]

1. FÖRORD
Text kommer. Landshövdingen skriver själv, klart i december.

2. INLEDNING OCH UPPDRAG
Regeringen har gett länsstyrelserna i uppdrag att ta fram nya länsstrategier. Enligt instruktionen ska vi belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor.
TODO: lägga in hela uppdragstexten och en kort beskrivning av hur strategin tagits fram.

3. SKÄRVALLA LÄN – NULÄGE
3.1 Befolkning
Text kommer.

3.2 Arbete, inkomst och företagande
Kvinnor i Skärvalla län har i genomsnitt en förvärvsinkomst på 318 000 kronor per år, männen 402 000 kronor. Skillnaden har i stort sett legat still sedan 2015. Andelen kvinnor som arbetar heltid är 67 procent, jämfört med 91 procent av männen, och deltidsarbetet är koncentrerat till kommunernas vård och omsorg. Bland de förvärvsarbetande är 5,9 procent av kvinnorna och 13,1 procent av männen företagare. Arbetsmarknaden i Holmträsk och Vikbo är den mest könsuppdelade i länet: i de tio största yrkena där är nio antingen kvinno- eller mansdominerade. Vi föreslår att ekonomisk jämställdhet blir ett av strategins prioriterade områden och att målet formuleras som en minskning av inkomstskillnaden till 2028.
[KL: siffrorna är från 2023, uppdatera när SCB släpper nya i november.]

3.3 Utbildning
Text kommer.

3.4 Hälsa
TODO – be regionens folkhälsoenhet om underlag. Fråga: ska vi ta med självskattad hälsa?

3.5 Obetalt hem- och omsorgsarbete
TODO: hitta länssiffror för uttag av föräldrapenning. Finns de per kommun?

3.6 Makt och inflytande
Länsstyrelsen ska arbeta med detta under perioden.

3.7 Mäns våld mot kvinnor
Detta beskrivs i den regionala handlingsplanen mot mäns våld mot kvinnor som tas fram under 2026.

4. PRIORITERADE OMRÅDEN
4.1 Ekonomisk jämställdhet
Se 3.2. Mål och insatser kommer efter workshopen.
4.2 (Förslag) Jämställd hälsa
Länsstyrelsen ska arbeta med detta under perioden.
4.3 (Förslag) Föräldraskapsstöd
Länsstyrelsen ska arbeta med detta under perioden.
[Anna S: Är det verkligen vi som ska driva föräldraskapsstöd? Diskutera med regionen.]

5. KRISBEREDSKAP OCH CIVIL BEREDSKAP
Rubrik behålls tills vidare. Text kommer.

6. STATISTIK
Länsstyrelsen ska arbeta med detta under perioden.

7. SAMVERKAN
Länsstyrelsen ska arbeta med detta under perioden.
TODO: lista vilka som sitter i Jämställdhetsrådet.

8. LÄNSSTYRELSENS INTERNA ARBETE
Jämställdhetsintegrering innebär att jämställdhetsperspektivet ska finnas med i alla delar av verksamheten, i alla steg av beslutsprocessen och hos dem som normalt deltar i beslutsfattandet.
Text kommer.

9. UPPFÖLJNING
TODO: bestäm indikatorer. Hur följde vi upp förra strategin? Kolla med Johan.

[Redaktörens anteckning om layout: Kommunikationsenheten vill ha max 40 sidor och en kortversion på fyra sidor. Bilder väljs i november. Alla diagram ska ha samma färger som i faktabladet.]

BILAGOR
Bilaga 1. Statistik (kommer)
Bilaga 2. Ordlista (kommer)
"""

N07 = ("Tidigt skelett v0.3 i ren text med tomma rubriker, 'Text kommer', TODO, redaktörsanteckningar och samma innehållslösa rad ('Länsstyrelsen ska arbeta med detta under perioden') under flera rubriker. Behandlas: ekonomi (avsnitt 3.2 med länssiffror för inkomst, heltid, företagande och könsuppdelad arbetsmarknad samt ett förslag till mål), req.statistics (samma avsnitt redovisar länets siffror för kvinnor och män; rubriken 'Statistik' har däremot bara utfyllnadsraden). "
       "Nämns: utbildning (rubrik + 'Text kommer'), hälsa (TODO, fråga, utfyllnadsrad under förslag till prioritering), obetalt arbete (TODO), makt (utfyllnadsrad; 'beslutsfattandet' i metoddefinitionen är ingen maktanalys), våld (uppskjutet till handlingsplan 2026), föräldraskapsstöd (utfyllnadsrad och redaktörsfråga), krisberedskap (rubrik utan innehåll), req.conditions (instruktionen reciterad), req.collaboration (utfyllnadsrad, TODO), req.internal (metoddefinition + 'Text kommer'), req.followup (TODO och fråga om förra strategin). Saknas: samhällsplanering, barnets rättigheter, mänskliga rättigheter, regional tillväxt, landsbygd, integration, ANDTS.")
L07 = labels("P m E a U m C m H m V m PS m CO m ST a CL m IN m FU m PR m")


# ---------------------------------------------------------------------------
# 08 Regional development strategy chapter (Region Skärvalla)
# ---------------------------------------------------------------------------
D08 = [
    ("title", "Regional utvecklingsstrategi för Skärvalla 2030"),
    ("sub", "Kapitel 6. Jämställdhet – en förutsättning för en hållbar regional utveckling"),
    ("p", "Remissversion, Region Skärvalla, regionala utvecklingsnämnden, maj 2025."),
    ("h1", "6.1 Utgångspunkter"),
    ("p", "Jämställdhet är en fråga om mänskliga rättigheter och om demokrati, men också om regionens konkurrenskraft. En region där kvinnor och män har samma möjligheter att arbeta, driva företag och bo kvar är en region som kan växa. Kapitlet riktar sig till beslutsfattare i kommuner, region, statliga myndigheter och näringsliv som tillsammans ansvarar för att strategin genomförs."),
    ("p", "Jämställdhetsintegrering innebär att jämställdhetsperspektivet ska finnas med i det ordinarie arbetet, i alla beslut och i alla skeden. Länsstyrelsen har enligt sin instruktion i uppdrag att belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor, och regionens arbete knyter an till länsstrategin Ett jämställt Skärvalla. I genomförandet av strategins insatser ska perspektiv som folkhälsa, tillgänglighet och barnrättsperspektiv beaktas."),
    ("h1", "6.2 En könsuppdelad arbetsmarknad och regional tillväxt"),
    ("p", "Skärvallas näringsliv domineras av skog, trä och tillverkning, branscher där fyra av fem anställda är män. Den offentliga sektorn, där tre av fyra anställda är kvinnor, är länets största arbetsgivare. Kvinnors förvärvsinkomster motsvarar 79 procent av männens. Endast 22 procent av de regionala företagsstöden och 18 procent av riskkapitalet via det regionala investeringsbolaget gick under 2021–2023 till företag som drivs av kvinnor."),
    ("p", "Den regionala utvecklingsnämnden ska under strategiperioden ändra kriterierna för regionala företagsstöd så att branscher där många kvinnor driver företag, till exempel besöksnäring och tjänster, får samma tillgång till stöden som tillverkningsindustrin. Målet är att minst 35 procent av stöden ska gå till företag som drivs av kvinnor senast 2028."),
    ("h1", "6.3 Kompetensförsörjning och utbildning"),
    ("p", "Kvinnor i länet har högre utbildningsnivå än män, men utbildningarna är lika könsuppdelade som arbetsmarknaden. Av de studerande vid länets yrkeshögskoleutbildningar 2023 var 58 procent kvinnor, men på de tekniska utbildningarna var andelen kvinnor 14 procent. Inom komvux vårdutbildning var 88 procent kvinnor. Regionen ska i samarbete med kommunernas vuxenutbildning och yrkeshögskolorna ta fram riktade informationsinsatser om tekniska utbildningar för kvinnor och om vårdutbildningar för män, med start 2026."),
    ("h1", "6.4 Utrikes födda kvinnors etablering"),
    ("p", "Sysselsättningsgraden bland utrikes födda kvinnor i länet är 54 procent, 17 procentenheter lägre än bland utrikes födda män. Skillnaden är störst bland dem som har kort utbildning. Regionen och Arbetsförmedlingen driver från 2025 projektet Väg in, som kombinerar svenska för invandrare med yrkesutbildning inom vård och lokalvård i Gräsby och Aspeå. Målet är att 120 kvinnor ska ha deltagit till 2027."),
    ("h1", "6.5 Landsbygd, kollektivtrafik och boende"),
    ("p", "Befolkningen i länets landsbygdsområden minskar och unga kvinnor flyttar i högre grad än unga män. I Holmträsk och Vikbo finns i dag 112 män per 100 kvinnor i åldern 20–34 år. Kvinnor pendlar kortare sträckor än män och väljer oftare arbete nära hemmet, bland annat på grund av ett större ansvar för hem och familj. Det begränsar kvinnors arbetsmarknad i de glesa delarna av länet."),
    ("p", "Den regionala transportplanen för 2026–2037 ska innehålla en analys av hur kvinnor och män reser och hur investeringarna i kollektivtrafik påverkar deras tillgång till arbete. Kollektivtrafikmyndigheten ansvarar för att resvaneundersökningen 2026 redovisas per kön och kommun. Inom landsbygdsprogrammet prioriterar regionen projekt som stärker service och arbetsplatser för kvinnor i landsbygdsområden, och regionen ska i den regionala bostadsförsörjningsanalysen redovisa hushåll per kön."),
    ("h1", "6.6 Genomförande och samverkan"),
    ("p", "Kapitlet genomförs inom ramen för Forum Skärvalla, regionens samverkansforum för regional utveckling där de fem kommunerna, Länsstyrelsen, Almi, Arbetsförmedlingen, högskolan och näringslivets organisationer deltar. Forumet träffas två gånger per år. En arbetsgrupp för jämställd regional utveckling, med tjänstepersoner från regionen, Länsstyrelsen och två kommuner, bereder frågorna inför forumets möten och träffas varannan månad."),
    ("h1", "6.7 Uppföljning"),
    ("p", "Regionen följer upp kapitlet årligen i den regionala utvecklingsrapporten, som presenteras för regionala utvecklingsnämnden i juni. All individbaserad statistik i uppföljningen redovisas för kvinnor och män. En fördjupad utvärdering av strategins jämställdhetseffekter görs 2028."),
    ("table", [["Indikator", "Utgångsvärde", "Målvärde 2030", "Källa"],
               ["Andel regionala företagsstöd till företag som drivs av kvinnor", "22 %", "40 %", "Region Skärvalla"],
               ["Kvinnors förvärvsinkomst i procent av männens", "79 %", "88 %", "SCB"],
               ["Sysselsättningsgrad utrikes födda kvinnor", "54 %", "62 %", "SCB"],
               ["Andel kvinnor på tekniska yrkeshögskoleutbildningar", "14 %", "25 %", "MYH"],
               ["Antal män per 100 kvinnor, 20–34 år, Holmträsk och Vikbo", "112", "105", "SCB"]],
     [3800, 1600, 1600, 2000]),
]

N08 = ("Kapitel i regional utvecklingsstrategi (Region Skärvalla); req.internal bedöms för regionen som organisation. Behandlas: regional tillväxt (företagsstöd och riskkapital per kön, ändrade kriterier, mål), ekonomi (könsuppdelad arbetsmarknad, inkomster), utbildning (yrkeshögskola och komvux per kön, informationsinsatser 2026 – vuxenutbildning räknas till utbildningsmålet), integration (sysselsättning, projektet Väg in med mål), landsbygd (befolkning, landsbygdsprogrammet), samhällsplanering (transportplan med analys av resande per kön, resvaneundersökning, bostadsförsörjningsanalys), req.statistics (resvaneundersökning per kön, all statistik per kön), req.collaboration (Forum Skärvalla, deltagare, frekvens, arbetsgrupp), req.followup (årlig utvecklingsrapport i juni, utvärdering 2028, indikatortabell). "
       "Nämns: makt (beslutsfattare som målgrupp), obetalt arbete ('större ansvar för hem och familj' som orsak till pendlingsmönster), hälsa och barnets rättigheter (perspektivlista 'folkhälsa, tillgänglighet och barnrättsperspektiv'), mänskliga rättigheter (värdeformulering), req.conditions (Länsstyrelsens instruktion reciterad; kapitlet analyserar bara kvinnor och män, inga flickor/pojkar), req.internal (metoddefinition; inget om regionens egen organisation). Saknas: våld, föräldraskapsstöd, krisberedskap, ANDTS.")
L08 = labels("P m E a U a C m H m PL a CR m HR m CO m ST a CL a IN m FU a RG a RU a IG a")


# ---------------------------------------------------------------------------
# 09 Internal action plan (board's own operations)
# ---------------------------------------------------------------------------
D09 = [
    ("title", "Intern handlingsplan för jämställdhetsintegrering 2025–2026"),
    ("sub", "Länsstyrelsen i Skärvalla län, beslutad av ledningsgruppen 2025-01-21"),
    ("h1", "Bakgrund"),
    ("p", "Länsstyrelsen ska integrera ett jämställdhetsperspektiv i sin egen verksamhet. Den här planen gäller myndighetens interna arbete: styrning, handläggning, kommunikation och kompetens. Den kompletterar länsstrategin Ett jämställt Skärvalla men ersätter den inte. Planen har tagits fram av den särskilt sakkunniga i jämställdhet tillsammans med planeringsfunktionen och ekonomiavdelningen, och arbetet finansieras inom ordinarie budget."),
    ("p", "En genomgång av myndighetens ärenden 2024 visade att 12 av 31 ärendetyper saknar uppgift om sökandens kön i ärendehanteringssystemet, och att endast en av fem beslutspromemorior innehöll någon analys av konsekvenser för kvinnor och män."),
    ("h1", "Mål för perioden"),
    ("ol", ["Jämställdhet är en integrerad del av Länsstyrelsens verksamhetsplanering och uppföljning.",
            "Länsstyrelsens handläggning och beslut utgår från en analys av kvinnors och mäns, flickors och pojkars villkor.",
            "Länsstyrelsens statistik och underlag redovisas uppdelade på kön.",
            "Alla medarbetare har grundläggande kunskap om jämställdhetsintegrering."]),
    ("h1", "Aktiviteter"),
    ("table", [["Aktivitet", "Ansvar", "Klart"],
               ["Jämställdhetsanalys införs som obligatorisk del i enheternas verksamhetsplanering", "Planeringsfunktionen", "Inför verksamhetsåret 2026"],
               ["Komplettera ärendehanteringssystemet så att sökandens kön registreras i samtliga ärendetyper med fysiska personer", "Verksamhetsstöd, IT", "Juni 2025"],
               ["Handläggningsstatistik per kön redovisas i tertialrapporterna till ledningsgruppen", "Planeringsfunktionen", "Från tertial 2 2025"],
               ["Mall för beslutspromemorior kompletteras med en rubrik om konsekvenser för kvinnor och män, flickor och pojkar", "Rättsenheten", "Mars 2025"],
               ["I beslut som rör barn ska barnets bästa bedömas och flickors och pojkars situation analyseras; rättsenheten tar fram stödmaterial", "Rättsenheten", "Oktober 2025"],
               ["Utfallet av landsbygdsstöden redovisas per kön för sökande och beviljade, och informationsmaterialet om stöden ses över", "Landsbygdsenheten", "December 2025"],
               ["Genusanalys i lägesbilder och könsfördelning i staben följs upp vid myndighetens krisledningsövningar", "Enheten för samhällsskydd och beredskap", "Övningen hösten 2026"],
               ["Grundutbildning i jämställdhetsintegrering för alla medarbetare, webbaserad", "HR-enheten", "December 2026"]],
     [4600, 2400, 2000]),
    ("h1", "Kompetensutveckling"),
    ("p", "Den webbaserade grundutbildningen tar cirka två timmar och ingår i introduktionen för nyanställda. Utbildningen tar upp begreppen jämställdhet och jämställdhetsintegrering, könsuppdelad statistik och hur diskrimineringsgrunderna samspelar med kön. Under 2025 genomförs dessutom en fördjupningsdag för tre pilotenheter: enheten för social hållbarhet, där arbetet mot mäns våld mot kvinnor bedrivs, enheten för samhällsplanering och enheten för regional tillväxt. Medarbetare som är vårdnadshavare till små barn kan delta digitalt, och barnpassning ordnas inte."),
    ("h1", "Kommunikation"),
    ("p", "Länsstyrelsens webbplats, pressmeddelanden och publikationer ska spegla att myndigheten vänder sig till både kvinnor och män. Kommunikationsenheten gör under 2025 en genomgång av bildval och exempel i myndighetens tio mest besökta webbsidor och av vilka som citeras i pressmeddelanden. Resultatet redovisas för ledningsgruppen, och riktlinjerna för klarspråk kompletteras med ett avsnitt om jämställd kommunikation senast i december 2025."),
    ("p", "Vid myndighetens egna konferenser och seminarier ska könsfördelningen bland talare och moderatorer registreras. Målet är att ingen av myndighetens större konferenser ska ha mer än 60 procent talare av samma kön."),
    ("h1", "Organisation och ansvar"),
    ("p", "Landshövdingen har det yttersta ansvaret. Ledningsgruppen följer planen vid två möten per år. Varje enhetschef ansvarar för genomförandet inom sin enhet. Den särskilt sakkunniga i jämställdhet samordnar arbetet och stödjer enheterna, och ett internt nätverk av jämställdhetsombud, ett per enhet, träffas varje månad."),
    ("h1", "Uppföljning"),
    ("p", "Planen följs upp i Länsstyrelsens årsredovisning och i en särskild rapport till ledningsgruppen i januari 2026 och januari 2027. Uppföljningen redovisar andelen beslutspromemorior med konsekvensanalys, andelen ärendetyper med registrerat kön och andelen medarbetare som gått grundutbildningen. Målet är att andelen beslutspromemorior med konsekvensanalys ska vara minst 80 procent i slutet av 2026."),
]

N09 = ("Intern handlingsplan för myndighetens egen verksamhet, full av falska vänner (verksamhetsplanering, ekonomiavdelning, budget, utbildning av medarbetare, vårdnadshavare, barnpassning, internt nätverk av jämställdhetsombud). Behandlas: req.internal (mål, aktiviteter, ansvar, organisation), req.followup (rapport till ledningsgruppen januari 2026/2027, mått, målvärde), req.statistics (registrering av kön, handläggningsstatistik per kön i tertialrapporter), req.conditions (mål och mallrubrik om kvinnors och mäns, flickors och pojkars villkor, genomgången av beslutspromemorior), barnets rättigheter (barnets bästa och flickors/pojkars situation i myndighetens beslut som rör barn, stödmaterial, ansvar, tid), landsbygd (landsbygdsstödens utfall per kön, översyn av information – myndighetens eget arbete inom landsbygdsområdet), krisberedskap (genusanalys i lägesbilder och könsfördelning i staben vid krisledningsövningar, ansvar, tid). "
       "Nämns: våld, samhällsplanering och regional tillväxt (endast som namn på pilotenheter som deltar i en fördjupningsdag), mänskliga rättigheter (diskrimineringsgrunderna som utbildningsinnehåll). Saknas: makt (könsfördelningen bland talare vid myndighetens egna konferenser gäller den egna kommunikationen, inte länets makt och inflytande), ekonomi (ekonomiavdelning och budget är falska vänner), utbildning (utbildning av egen personal är falsk vän), obetalt arbete, hälsa, föräldraskapsstöd, req.collaboration (det interna nätverket är inte samverkan med regionala eller lokala aktörer), integration, ANDTS.")
L09 = labels("V m PL m CR a HR m CO a ST a IN a FU a RG m RU a PR a")


DRAFTS = [
    dict(name="07_arbetsutkast_v03_skelett", ext="txt",
         build=lambda: T07, note=N07, labels=L07),
    dict(name="08_rus_kapitel_jamstalldhet", ext="docx",
         build=lambda: build_docx("08", D08, creator="Region Skärvalla", title_prop="Regional utvecklingsstrategi för Skärvalla 2030"),
         note=N08, labels=L08),
    dict(name="09_intern_handlingsplan_2025_2026", ext="docx",
         build=lambda: build_docx("09", D09, creator=CREATOR, title_prop="Intern handlingsplan för jämställdhetsintegrering"),
         note=N09, labels=L09),
]

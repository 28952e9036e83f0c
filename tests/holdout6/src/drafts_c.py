from common import build_docx, labels

D09 = """
T: Jämställt Frösviken 2026–2030
S: Remissversion 2 – med spårade ändringar och kommentarer, dnr 801-2291-25
# Till remissinstanserna
Länsstyrelsen skickar härmed förslaget till länsstrategi på remiss. Synpunkter lämnas senast den 30 april 2026. I dokumentet syns de ändringar som gjorts sedan remissversion 1.
# 1. Utgångspunkter
Strategin utgår från de jämställdhetspolitiska delmålen om makt och inflytande, ekonomisk jämställdhet, utbildning, det obetalda hem- och omsorgsarbetet och hälsa samt delmålet att mäns våld mot kvinnor ska upphöra. Jämställdhetsintegrering innebär att jämställdhetsperspektivet ska vara en del av den ordinarie verksamheten. [c1>Samverkan med länets aktörer är avgörande för att strategin ska få genomslag.<c1]
Strategin bygger på en analys av flickors och pojkars skolresultat och av kvinnors och mäns inkomster och hälsa i länet, och länsstyrelsen åtar sig att beakta båda gruppernas villkor i alla insatser. Jämställd hälsa berörs i flera av fokusområdena.[^1]
# 2. Fokusområde: Ekonomisk jämställdhet
Kvinnor i Frösvikens län har i genomsnitt 19 procent lägre disponibel inkomst än män.[^2] Skillnaden förklaras delvis av att många utrikes födda kvinnor ännu inte har etablerat sig på arbetsmarknaden. {-Länsstyrelsen ska verka för ökad ekonomisk jämställdhet.-}{+Länsstyrelsen genomför 2026–2027 en serie dialoger med länets arbetsgivare om heltid och lönekartläggning, med målet att fem arbetsgivare ska ha infört heltid som norm 2028.+}
# 3. Fokusområde: Utbildning
Av länets elever i årskurs 9 våren 2025 var 78 procent av pojkarna och 87 procent av flickorna behöriga till ett nationellt program på gymnasiet. [c2>Länsstyrelsen erbjuder från hösten 2026 kommunernas skolhuvudmän stöd i att analysera betygsskillnaderna mellan flickor och pojkar.<c2]
DEL: Inom samhällsplaneringen ska länsstyrelsen i samrådsyttranden över översiktsplaner bedöma hur planerna påverkar flickors och pojkars skolvägar.
# 4. Fokusområde: Mäns våld mot kvinnor
Under 2026–2028 finansierar länsstyrelsen ett samordnat stöd till våldsutsatta kvinnor på länets tre kvinnojourer, och regionala samordnaren mot våld följer upp stödet varje halvår.
# 5. Föräldraskapsstöd
DEL: Länsstyrelsen erbjuder 2027 familjecentralerna i Lindhamra och Ulvsund en utbildning i jämställt föräldraskapsstöd.
INS: Avsnittet utgår i denna version.
# 6. Krisberedskap
INS: Länsstyrelsen genomför under 2027 en jämställdhetsanalys av den regionala risk- och sårbarhetsanalysen. Ansvarig är enheten för samhällsskydd och beredskap.
# 7. Uppföljning
{-Strategin följs upp.-}{+Strategin följs upp årligen i länsstyrelsens årsredovisning med de indikatorer som anges i bilaga 2, och en extern utvärdering görs 2030.+}
# Frågor till remissinstanserna
1. Hur bör barnets rättigheter hanteras i strategin?
2. Saknas något fokusområde som är viktigt för er organisation?
3. Vilka indikatorer kan ni själva bidra med data till?
"""
F09 = {1: "Kvinnor i länet hade 2024 i genomsnitt 15,1 sjukpenningdagar, män 8,4. Den största skillnaden finns i Kvarnsjö.",
       2: "SCB, inkomst- och taxeringsregistret 2024, länets invånare 20–64 år."}
C09 = {1: ("Karin Åhlén", "Kan vi skriva detta starkare? Oklart vad som menas."),
       2: ("Anders Pihl", "Stämmer startdatumet med budgeten?")}
N09 = ("Remissversion med spårade ändringar, fotnoter och kommentarer. Konventioner: spårade borttagningar är inte text; spårade infogningar och fotnoter är text; kommentarernas innehåll avgör inget, men kommentarens förankrade text är vanlig text. "
       "Behandlas: ekonomi (länssiffra, infogad aktivitet med mål), utbildning (behörighet för flickor och pojkar, stöd från hösten 2026 – förankrad text under kommentar 2), våld (finansiering 2026–2028, halvårsuppföljning), "
       "hälsa (den enda länssiffran står i fotnot 1 – behandlas), krisberedskap (den enda insatsen är en spårad infogning), uppföljning (infogad mening ersätter 'Strategin följs upp' – årsredovisning, indikatorer, extern utvärdering), "
       "villkor (analys av flickor/pojkar och kvinnor/män och åtagande att beakta båda), statistik (länssiffror per kön). "
       "Nämns: makt, obetalt arbete (delmålen uppräknade i prosa med 'samt'), föräldraskapsstöd (rubrik; den enda insatsen är borttagen och ersatt med 'Avsnittet utgår'), "
       "barnets rättigheter (fråga till remissinstanserna), samverkan (värdering i förankrad text under kommentar 1, inga aktörer eller hur), egen verksamhet (metodens definition), "
       "integration (orsak i ekonomiavsnittet). "
       "Saknas: samhällsplanering (bara i en borttagen mening), mänskliga rättigheter, regional tillväxt, landsbygd, ANDTS.")
L09 = labels("economy education violence health preparedness followup conditions statistics",
             "power unpaid_care parenting_support child_rights collaboration internal integration")

D10 = """
T: Regional utvecklingsstrategi för Frösviken 2026–2035
S: Kapitel 5. Ett jämställt och inkluderande Frösviken – förslag till regionala utvecklingsnämnden
# 5. Ett jämställt och inkluderande Frösviken
Frösvikens framtid avgörs av om länet kan behålla och locka till sig människor med olika bakgrund och erfarenheter. Perspektiv som jämställdhet, integration och barnperspektiv ska vägas in i alla regionala satsningar. Regionfullmäktige fattar beslut om strategin och dess prioriteringar. God hälsa är en förutsättning för att fler ska kunna delta i arbetslivet.
Regionen ska enligt sin strategi beakta kvinnors och mäns samt flickors och pojkars villkor.
## 5.1 Tillgång till tillväxtresurserna
Under 2021–2024 gick 27 procent av Region Frösvikens direkta företagsstöd till företag som ägs eller leds av kvinnor, och 19 procent av projektmedlen för regional tillväxt beviljades projekt med en kvinna som projektägare. Regionen ska öka andelen företagsstöd till kvinnor till minst 40 procent år 2030. Avdelningen för näringsliv ansvarar för att se över handläggningsrutiner och marknadsföring av stöden under 2026.
Kvinnor startar färre företag än män i länet: av 1 210 nystartade företag 2024 startades 33 procent av kvinnor.
## 5.2 Kompetensförsörjning
Andelen kvinnor bland de studerande på länets yrkeshögskoleutbildningar inom teknik och data var 2025 23 procent. Tillsammans med utbildningsanordnarna och Arbetsförmedlingen genomför regionen 2026–2028 en riktad antagningskampanj och en mentorsordning för kvinnliga studerande. Målet är att andelen ska vara 35 procent 2030.
## 5.3 Resor och tillgänglighet
Kvinnor står för 61 procent av resorna med länets kollektivtrafik, medan män oftare reser med bil. I arbetet med den regionala transportplanen 2026–2037 ska regionen göra en konsekvensanalys av hur föreslagna linjeförändringar påverkar kvinnors och mäns möjligheter att nå arbete och service. Kollektivtrafikförvaltningen ansvarar.
## 5.4 En levande landsbygd
Unga kvinnor lämnar landsbygdskommunerna i högre grad än unga män. I Storbäcken och Kvarnsjö flyttade 2024 dubbelt så många kvinnor som män i åldern 19–25 år från kommunen. Regionen satsar 2026–2029 på lokala servicepunkter med distansarbetsplatser i sex orter, och följer upp hur många kvinnor respektive män som använder dem.
## 5.5 Genomförande och uppföljning
Strategin genomförs tillsammans med länets fem kommuner, Länsstyrelsen i Frösvikens län och Almi Frösviken i Tillväxtforum Frösviken, som möts fyra gånger om året och fördelar ansvaret för kapitlets insatser. All uppföljning av strategin ska redovisas uppdelad på kön där det går.
Regionens egen verksamhet ska jämställdhetsintegreras.
| Indikator | Utgångsvärde | Målvärde 2030 | Redovisas |
| Andel företagsstöd till kvinnor | 27 % | 40 % | Årligen till regionala utvecklingsnämnden |
| Andel kvinnor på YH inom teknik och data | 23 % | 35 % | Årligen |
| Nettoflyttning kvinnor 19–25 år, landsbygdskommuner | –212 | 0 | Vartannat år |
"""
N10 = ("Kapitel i en regional utvecklingsstrategi (regionen som avsändare). Behandlas: regional tillväxt (andel företagsstöd och projektmedel till kvinnor, mål 40 %, ansvarig avdelning), ekonomi (kvinnors företagande i länet), "
       "utbildning (andel kvinnor på YH, kampanj och mentorsordning, mål), samhällsplanering (kollektivtrafik: resandeandel, konsekvensanalys i transportplanen, ansvar), landsbygd (flyttning, servicepunkter 2026–2029, uppföljning per kön), "
       "statistik (redovisning per kön, länssiffror), samverkan (Tillväxtforum med namngivna aktörer, fyra möten per år, fördelat ansvar), uppföljning (indikatortabell med målvärden och redovisning till nämnden). "
       "Nämns: integration och barnets rättigheter (perspektivlista), makt (regionfullmäktige som beslutande organ – aktör), hälsa (förutsättning för arbetslivet – i förbigående), villkor (återgiven skyldighet), egen verksamhet (en innehållslös rad). "
       "Saknas: obetalt arbete, våld, föräldraskapsstöd, mänskliga rättigheter, krisberedskap, ANDTS. "
       "Gränsfall: ekonomi mot regional tillväxt – företagsstöd och projektmedel för regional tillväxt räknas som regional tillväxt; kvinnors nyföretagande (33 %) är ekonomisk jämställdhet. Båda behandlas.")
L10 = labels("regional_growth economy education planning rural statistics collaboration followup",
             "integration child_rights power health conditions internal")

D11 = """
T: Länsstrategi för jämställdhet – Frösvikens län 2026–2030
S: Del 2: Länsstyrelsens uppdrag och prioriteringar
# Uppdraget
Länsstyrelsen ska verka för att de jämställdhetspolitiska målen får genomslag i länet och belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor. Strategin ska omfatta de sex delmålen:
- En jämn fördelning av makt och inflytande
- Ekonomisk jämställdhet
- Jämställd utbildning
- En jämn fördelning av det obetalda hem- och omsorgsarbetet
- Jämställd hälsa
- Mäns våld mot kvinnor ska upphöra
Enligt regeringens beslut ska strategin särskilt beröra samhällsplanering, barnets rättigheter, föräldraskapsstöd och mänskliga rättigheter. I möjligaste mån ska även regional tillväxt, landsbygdsutveckling, integration och etablering av utrikes födda kvinnor, krisberedskap och civilt försvar samt ANDTS ingå.
Strategin följs upp.
# Länsstyrelsens val
Länsstyrelsen har valt att under perioden koncentrera sig på familjen och det vardagliga livet, där länet har tydliga utmaningar och där länsstyrelsen har egna uppdrag att bygga på. Övriga delmål och områden hanteras inom ordinarie verksamhet.
## Vardagens fördelning av hem och omsorg
Papporna i Frösvikens län tog 2024 ut 29 procent av föräldrapenningdagarna och 36 procent av dagarna med tillfällig föräldrapenning för vård av barn. I Storbäcken var pappornas andel av föräldrapenningen bara 22 procent. Bland invånare 55–74 år som ger omsorg till en anhörig är 61 procent kvinnor.
Länsstyrelsen ska tillsammans med Försäkringskassan och länets fem kommuner genomföra en informationsinsats riktad till blivande pappor på länets barnmorskemottagningar under 2026–2027. Målet är att pappornas andel av föräldrapenningdagarna i länet ska vara minst 35 procent 2030.
## Föräldraskapsstöd
Länsstyrelsen samordnar länets föräldraskapsstöd. Under 2027 utbildar länsstyrelsen personalen på familjecentralerna i Lindhamra, Ulvsund och Björkeby i att arbeta med jämställt föräldraskap, och 2028 följer vi upp hur stor andel av deltagarna i föräldragrupperna som är pappor.
## Mänskliga rättigheter i kommunerna
Länsstyrelsen startar 2026 ett nätverk för mänskliga rättigheter där de fem kommunerna och tre civilsamhällesorganisationer deltar. Nätverket träffas två gånger per termin, och under 2027 erbjuder länsstyrelsen kommunernas chefer en utbildning i rättighetsbaserat arbetssätt.
## Spel och alkohol bland unga
I länets drogvaneundersökning 2025 uppgav 9 procent av de unga männen 16–24 år att de spelar om pengar på ett riskabelt sätt, mot 2 procent av de unga kvinnorna. Länsstyrelsens ANDTS-samordnare ansvarar för att ta fram ett förebyggande material om spel riktat till unga män under 2026, i samarbete med Region Frösviken.
"""
N11 = ("Del av strategi som återger de sex delmålen och uppdragets områden men arbetar med fyra. Behandlas: obetalt arbete (länssiffror om föräldrapenning, VAB och anhörigomsorg, insats och mål), föräldraskapsstöd (utbildning 2027, uppföljning 2028), "
       "mänskliga rättigheter (MR-nätverk 2026, utbildning i rättighetsbaserat arbetssätt 2027), ANDTS (länssiffror om spel per kön, ansvarig samordnare, material 2026), statistik (länssiffror per kön), "
       "samverkan (Försäkringskassan och kommunerna i informationsinsatsen; MR-nätverket med kommuner och civilsamhälle, två gånger per termin). "
       "Nämns: makt, ekonomi, utbildning, hälsa, våld (delmålen som punktlista); samhällsplanering, barnets rättigheter, regional tillväxt, landsbygd, integration, krisberedskap (uppdragets områden återgivna); "
       "villkor (skyldigheten återgiven); uppföljning ('Strategin följs upp' utan hur – uppföljningen 2028 gäller föräldragrupperna, inte strategin). "
       "Saknas: egen verksamhet. Gränsfall: mänskliga rättigheter – utbildningen riktas till kommunernas chefer, inte länsstyrelsens egna, så den räknas inte som egen verksamhet.")
L11 = labels("unpaid_care parenting_support human_rights andts statistics collaboration",
             "power economy education health violence planning child_rights regional_growth rural integration preparedness conditions followup")

D12 = """<html lang="sv">
<head><meta charset="utf-8"><title>Jämställd krisberedskap – Länsstyrelsen i Frösvikens län</title>
<style>body{font-family:Arial}</style></head>
<body>
<nav><ul><li><a href="/">Startsida</a></li><li><a href="/om-oss">Om oss</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>
<main>
<h1>Jämställd krisberedskap</h1>
<p>En kris drabbar inte alla på samma sätt. Därför arbetar länsstyrelsen för att kvinnors och mäns olika behov ska tas tillvara i länets krisberedskap och civila försvar.</p>
<h2>Vad vi gör</h2>
<p>Under hösten 2026 utbildar länsstyrelsen beredskapssamordnarna i länets fem kommuner i hur de kan göra jämställdhetsanalyser av sina risk- och sårbarhetsanalyser. Utbildningen hålls i Lindhamra den 8 oktober och i Kvarnsjö den 22 oktober.</p>
<p>I det regionala krissamverkansrådet, där kommunerna, Region Frösviken, Polisområde Frösviken, räddningstjänsterna och de frivilliga försvarsorganisationerna ingår, har vi infört en stående punkt om hur krisinformation når olika grupper. Rådet möts sex gånger per år.</p>
<p>Vid långvariga kriser ökar risken för våld i nära relationer, och många kvinnor bär en större del av omsorgen om barn och äldre när skolor och hemtjänst inte fungerar. Strömavbrott drabbar ofta landsbygden hårdast. Informationen ska finnas på flera språk så att även nyanlända och utrikes födda kvinnor nås.</p>
<h2>Mänskliga rättigheter i kris</h2>
<p>Länsstyrelsen tar under 2026 fram en checklista för hur kommunerna kan säkra mänskliga rättigheter vid evakuering och i trygghetspunkter, till exempel rätten till information och tillgänglighet för personer med funktionsnedsättning. Checklistan prövas i länsövningen i mars 2027.</p>
<h2>Fakta</h2>
<ul>
<li>I länets frivilliga resursgrupper är 34 procent av de 420 medlemmarna kvinnor.</li>
<li>Av de 22 funktionerna i länsstyrelsens egen krisledningsstab innehas 7 av kvinnor. Målet är en jämn fördelning till utgången av 2027, och länsledningen ser över bemanningen inför varje ny övning.</li>
</ul>
<h2>Kontakt</h2>
<p>Jonas Frid, beredskapsdirektör, 010-223 45 00</p>
</main>
<footer><p>Länsstyrelsen i Frösvikens län · Storgatan 4, Lindhamra</p></footer>
</body>
</html>
"""
N12 = ("Webbsida i HTML om jämställd krisberedskap (nav och footer innehåller inga målnamn). Behandlas: krisberedskap (utbildning av beredskapssamordnare hösten 2026 med datum), mänskliga rättigheter (checklista 2026, prövas i övning 2027), "
       "samverkan (krissamverkansrådet med namngivna aktörer, stående punkt, sex möten per år), statistik (andel kvinnor i resursgrupper och i staben), egen verksamhet (länsstyrelsens egen krisledningsstab: fördelning, mål 2027, länsledningen ser över bemanningen). "
       "Nämns: våld och obetalt arbete (konsekvenser i ett stycke om kriser), landsbygd (strömavbrott drabbar landsbygden – i förbigående), integration (utrikes födda kvinnor som mottagare av flerspråkig information – topiken är krisinformationen). "
       "Saknas: makt, ekonomi, utbildning, hälsa, samhällsplanering, barnets rättigheter, föräldraskapsstöd, villkor, uppföljning, regional tillväxt, ANDTS. "
       "Gränsfall: integration – 'informationen ska finnas på flera språk' är en åtgärd, men den handlar om krisinformation, och utrikes födda kvinnors etablering är inte dess ämne – nämns. "
       "Falsk vän: utbildningen av kommunernas beredskapssamordnare är inte utbildningsmålet, och trygghetspunkter är inte samhällsplanering. Egen verksamhet mot makt – stabens könsfördelning gäller myndighetens egen organisation, inte makt i samhället; makt saknas. Villkor – 'kvinnors och mäns olika behov' utan flickor/pojkar och utan analys – saknas, ordet villkor används inte.")
L12 = labels("preparedness human_rights collaboration statistics internal",
             "violence unpaid_care rural integration")

DRAFTS = [
    dict(file="09_remissversion_sparade_andringar.docx", make=lambda: build_docx("d09", D09, footnotes=F09, comments=C09, track_revisions=True,
         rev_author="Karin Åhlén", title_prop="Remissversion 2"), note=N09, labels=L09),
    dict(file="10_rus_kapitel_jamstalldhet.docx", make=lambda: build_docx("d10", D10, creator="Region Frösviken", title_prop="RUS kapitel 5"), note=N10, labels=L10),
    dict(file="11_delmal_uppraknade_fyra_bearbetade.docx", make=lambda: build_docx("d11", D11, title_prop="Del 2 uppdrag och prioriteringar"), note=N11, labels=L11),
    dict(file="12_webbsida_jamstalld_krisberedskap.html", make=lambda: D12, note=N12, labels=L12),
]

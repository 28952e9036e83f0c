from common import build_docx, labels

D01 = """
T: Jämställt Frösviken 2026–2030
S: Länsstrategi för jämställdhetsintegrering – Länsstyrelsen i Frösvikens län
TOC: Förord;Inledning;Länet i siffror;Prioriterat område 1: Ekonomisk jämställdhet;Prioriterat område 2: Ett liv fritt från våld;Prioriterat område 3: Jämställd hälsa;Samhällsplanering och landsbygd;Så arbetar vi;Uppföljning
# Förord
Frösvikens län är ett län med stora avstånd, starka bygder och en arbetsmarknad som fortfarande delas upp efter kön. Jämställdhet handlar ytterst om makt och om demokrati, och om att varje invånare ska kunna forma sitt eget liv. Med den här strategin vill vi samla länets krafter kring några få frågor där skillnaderna mellan kvinnor och män är som störst.
Strategin har arbetats fram under 2025 tillsammans med Region Frösviken, länets fem kommuner, Polisområde Frösviken och ett tiotal föreningar. Tack till alla som har bidragit.
Lindhamra i november 2025
Margit Sollén, landshövding
# Inledning
Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för jämställdhetsintegrering. Strategin utgår från det övergripande jämställdhetspolitiska målet och de sex delmålen, men prioriterar tre områden där länets utmaningar är tydligast: ekonomisk jämställdhet, mäns våld mot kvinnor och jämställd hälsa.
Strategin riktar sig till kommuner, statliga myndigheter, Region Frösviken, näringslivet och civilsamhället. Perspektiv som barnkonventionen, tillgänglighet och ANDTS ska vägas in när länets aktörer omsätter strategin i egna planer. Strategin ska också bidra till en hållbar regional tillväxt.
I strategin används begreppet jämställdhetsintegrering för det sätt på vilket ett jämställdhetsperspektiv förs in i ordinarie beslutsprocesser. Arbetet mot diskriminering regleras i diskrimineringslagen och ligger utanför denna strategi.
# Länet i siffror
Länet har 168 400 invånare, varav 49,6 procent kvinnor. Befolkningen är äldre än i riket och nästan en tredjedel bor utanför en tätort. Länsstyrelsen har inför strategin gått igenom statistik uppdelad på kön för samtliga kommuner och tagit fram en lägesbild som publiceras som bilaga.
Lägesbilden visar att flickor och pojkar i länet har olika villkor redan under uppväxten: flickor uppger oftare stress och sömnproblem, medan pojkar oftare skadas i olyckor och oftare är misstänkta för våldsbrott. Bland vuxna kvinnor och män syns skillnaderna framför allt i inkomst, i sjukfrånvaro och i utsatthet för våld. Länsstyrelsen kommer att beakta dessa olika villkor för kvinnor och män, flickor och pojkar i alla insatser inom strategin.
# Prioriterat område 1: Ekonomisk jämställdhet
## Nuläge
Kvinnors disponibla inkomst i länet motsvarade 2024 i genomsnitt 79 procent av mäns. Skillnaden är störst i Storbäcken, där kvinnor i åldern 20–64 år hade en medianinkomst som var 71 procent av männens. I Lindhamra är skillnaden mindre, 86 procent. Andelen kvinnor bland länets företagare är 30 procent.
Inkomstskillnaden förklaras till stor del av att kvinnor oftare arbetar deltid och av att arbetsmarknaden är uppdelad: kvinnor dominerar inom vård, omsorg och förskola, medan män dominerar inom skog, industri och bygg. Könsbundna studieval i gymnasiet bidrar till att mönstret består. Att kvinnor tar större ansvar för det obetalda hem- och omsorgsarbetet är en annan orsak. Skillnaden förklaras även av att många utrikes födda kvinnor står utanför arbetsmarknaden.
## Mål
Skillnaden i medianinkomst mellan kvinnor och män i länet ska minska till högst 12 procentenheter år 2030. Andelen kvinnor bland nystartade företag ska öka till 40 procent.
## Insatser
| Insats | Ansvar | Tid |
| Stöd till kommunerna i att införa heltid som norm inom vård och omsorg | Länsstyrelsen, enheten för social hållbarhet | 2026–2028 |
| Rådgivning till kvinnor som vill starta företag, i samarbete med Almi och Nyföretagarcentrum | Region Frösviken | 2026–2030 |
| Dialog med länets tre största arbetsgivare om lönekartläggning | Länsstyrelsen | 2027 |
# Prioriterat område 2: Ett liv fritt från våld
## Nuläge
Ett liv fritt från våld är en mänsklig rättighet. Under 2024 anmäldes 612 misshandelsbrott mot kvinnor i nära relation i länet, en ökning med 9 procent sedan 2021. Länets tre kvinnojourer tog emot 340 stödsamtal. Drygt hälften av de våldsutsatta kvinnorna som sökte stöd bodde i Ulvsund eller Kvarnsjö. Alkohol förekommer i en stor del av de anmälda fallen.
## Mål
Alla fem kommuner ska senast 2027 ha en aktuell handlingsplan mot våld i nära relationer och hedersrelaterat våld och förtryck.
## Insatser
Länsstyrelsen erbjuder från 2026 en gemensam grundutbildning om våld i nära relationer för socialtjänst, skola och elevhälsa. Regionala samordnaren mot våld ansvarar för utbildningen och för ett nätverk för kommunernas våldssamordnare som träffas fyra gånger per år.
Under 2027 genomför länsstyrelsen tillsammans med Polisområde Frösviken en kartläggning av hedersrelaterat våld och förtryck i länet.
# Prioriterat område 3: Jämställd hälsa
## Nuläge
Kvinnor i länet hade 2024 i genomsnitt 15,8 sjukpenningdagar per person, män 8,9. Den psykiska ohälsan bland unga kvinnor 16–29 år har ökat, och i Region Frösvikens hälsoenkät uppgav 38 procent av de unga kvinnorna att de har svåra besvär av oro eller ångest, mot 17 procent av de unga männen. Samtidigt är det fler män än kvinnor som dör i suicid.
## Mål och insatser
Skillnaden i sjukfrånvaro mellan kvinnor och män ska minska under perioden. Länsstyrelsen och Region Frösviken tar fram ett gemensamt kunskapsunderlag om kvinnors sjukfrånvaro i offentlig sektor under 2026, och erbjuder kommunerna som arbetsgivare en workshopserie om arbetsmiljö i kvinnodominerade yrken 2027.
# Samhällsplanering och landsbygd
Länsstyrelsen granskar varje år ett stort antal översiktsplaner och detaljplaner. Från 2026 ska länsstyrelsens samrådsyttranden över översiktsplaner innehålla en bedömning av hur planen påverkar kvinnors och mäns tillgång till kollektivtrafik och trygga offentliga miljöer. Ansvarig är enheten för samhällsplanering.
I länets landsbygdskommuner är utflyttningen av unga kvinnor ett problem. I Storbäcken och Kvarnsjö fanns 2024 bara 83 kvinnor per 100 män i åldern 20–34 år. Länsstyrelsen ska i landsbygdsprogrammets företagsstöd redovisa andelen stöd som går till företag som drivs av kvinnor och sätta ett delmål för den andelen 2027.
# Så arbetar vi
## Samverkan
Länsstyrelsen samordnar Jämställdhetsrådet Frösviken, där Region Frösviken, de fem kommunerna, Polisområde Frösviken, Arbetsförmedlingen och två kvinnojourer ingår. Rådet träffas tre gånger per år och tar fram en årlig gemensam aktivitetsplan. Kommuner och organisationer kan ansluta sig till strategin och får då stöd i form av utbildning och handledning.
## Länsstyrelsens egen verksamhet
Länsstyrelsens ledningsgrupp ansvarar för att jämställdhetsintegreringen av myndighetens egen verksamhet följer en intern handlingsplan. Under 2026 får alla chefer en utbildning i jämställdhetsanalys, och från verksamhetsplanen 2027 ska varje enhet ange minst ett mål för jämställd handläggning.
# Uppföljning
Strategin följs upp varje år i en rapport till Jämställdhetsrådet. Uppföljningen bygger på de indikatorer som anges i tabellen nedan och redovisas uppdelat på kön. En utvärdering av hela strategin görs 2029 av en extern utvärderare.
| Indikator | Utgångsvärde | Källa |
| Kvinnors medianinkomst i procent av mäns | 79 % (2024) | SCB |
| Antal kommuner med handlingsplan mot våld | 2 av 5 (2025) | Länsstyrelsen |
| Sjukpenningdagar per kvinna och per man | 15,8 / 8,9 (2024) | Försäkringskassan |
| Andel samrådsyttranden med jämställdhetsbedömning | 0 % (2025) | Länsstyrelsen |
"""
N01 = ("Fullständig strategi. Behandlas: ekonomi, våld, hälsa (länssiffror, mål, insatser), samhällsplanering (samrådsyttranden från 2026, ansvarig enhet), "
       "landsbygd (länssiffror om unga kvinnor, delmål i företagsstödet), villkor (lägesbild för flickor/pojkar och kvinnor/män samt åtagande att beakta), "
       "statistik, samverkan (Jämställdhetsrådet med namngivna aktörer och mötesfrekvens), egen verksamhet (chefsutbildning, enhetsmål), uppföljning (årlig rapport, indikatortabell, extern utvärdering). "
       "Nämns: makt (förordets värdering 'jämställdhet handlar om makt och demokrati'); utbildning (könsbundna studieval endast som orsak till inkomstskillnaden); "
       "obetalt arbete och integration (orsaker i ekonomiavsnittet); barnets rättigheter och ANDTS (perspektivlista; alkohol som inslag i våldsanalysen); mänskliga rättigheter (värdering 'ett liv fritt från våld är en mänsklig rättighet' och diskrimineringslagen som avgränsning); "
       "regional tillväxt (syfte: 'bidra till en hållbar regional tillväxt'). Saknas: föräldraskapsstöd, krisberedskap. "
       "Gränsfall: regional tillväxt – rådgivningen till kvinnor som vill starta företag räknas till ekonomisk jämställdhet (företagande), inte som arbete med regional tillväxt, som bara nämns som syfte. Villkor – lägesbildens jämförelse av flickors och pojkars uppväxtvillkor (stress, olyckor) och kvinnors och mäns inkomst, sjukfrånvaro och våldsutsatthet, plus åtagandet att beakta dem, räcker för behandlas.")
L01 = labels("economy violence health planning rural conditions statistics collaboration internal followup",
             "power education unpaid_care integration child_rights andts human_rights regional_growth")

D02 = """
T: Handlingsplan 2026–2027
S: Genomförande av Jämställt Frösviken 2026–2030 – aktiviteter, ansvar och indikatorer
Handlingsplanen konkretiserar länsstrategin för de två första åren. Den revideras inför 2028. Barnets bästa ska beaktas i alla aktiviteter som rör barn.
# Översikt
| Område | Ingår i planen 2026–2027 | Kommentar |
| Ekonomisk jämställdhet | Ja | Se tabell 1 |
| Utbildning och studieval | Ja | Se tabell 1 |
| Mäns våld mot kvinnor | Ja | Se tabell 2 |
| Jämställd hälsa | Nej | Ingår inte i denna plan |
| Samhällsplanering | Nej | Aktiviteter tas fram inför 2028 |
| ANDTS | Nej | Hanteras i länets ANDTS-strategi, se separat plan |
| Integration | Ja | Se tabell 3 |
| Civil beredskap | Ja | Se tabell 3 |
| Egen verksamhet | Ja | Se tabell 4 |
# Tabell 1. Arbetsmarknad och utbildning
| Aktivitet | Ansvar | Tid | Indikator |
| Dialogmöten med de tio största arbetsgivarna om heltid och lönekartläggning | Länsstyrelsen, social hållbarhet | Hösten 2026 | Antal arbetsgivare som deltagit; andel av dem med genomförd lönekartläggning |
| Nätverk för företagsrådgivare om kvinnors företagande | Region Frösviken och Almi | 2026–2027, två träffar per år | Andel kvinnor bland rådgivningskunderna |
| Workshop för länets studie- och yrkesvägledare om könsbundna studieval | Länsstyrelsen tillsammans med Frösvikens gymnasieförbund | Mars 2027 | Antal deltagande vägledare; andel pojkar som söker vård- och omsorgsprogrammet |
# Tabell 2. Mäns våld mot kvinnor
| Aktivitet | Ansvar | Tid | Indikator |
| Grundutbildning om våld i nära relationer för socialtjänstens personal | Regional samordnare mot våld | Fyra tillfällen 2026 | Antal utbildade, redovisat per kommun och kön |
| Stöd till kommunerna i att ta fram handlingsplaner mot hedersrelaterat våld och förtryck | Länsstyrelsen | 2026–2027 | Antal kommuner med antagen plan |
| Våldsförebyggande program för idrottsföreningar med unga killar | Länsstyrelsen och RF-SISU Frösviken | Start januari 2027 | Antal föreningar som genomfört programmet |
# Tabell 3. Etablering och civil beredskap
| Aktivitet | Ansvar | Tid | Indikator |
| Språkstöd och praktikplatser för utrikes födda kvinnor i samarbete med Arbetsförmedlingen | Länsstyrelsen, integration | 2026–2027 | Andel av deltagarna i arbete eller studier efter sex månader |
| Jämställdhetsanalys av den regionala risk- och sårbarhetsanalysen | Länsstyrelsen, samhällsskydd och beredskap | Klart december 2026 | Analysen genomförd och redovisad i krissamverkansrådet |
# Tabell 4. Länsstyrelsens egen verksamhet
| Aktivitet | Ansvar | Tid | Indikator |
| Checklista för jämställdhetsanalys i beslutsunderlag införs i ärendehanteringen | Länsledningen | Från april 2026 | Andel beslut med ifylld checklista |
| Introduktion om jämställdhetsintegrering för alla nyanställda | HR-enheten | Löpande | Andel nyanställda som genomgått introduktionen |
# Uppföljning av planen
Samtliga indikatorer som avser personer redovisas uppdelat på kvinnor och män. Jämställdhetsrådet får en lägesrapport i juni och december varje år; ansvarig för sammanställningen är länsstyrelsens strateg för jämställdhet. Planens aktiviteter genomförs i samverkan med kommunerna och Region Frösviken, som i rådet rapporterar sina egna delar.
Regional tillväxt och landsbygdsutveckling berörs indirekt genom aktiviteterna i tabell 1.
"""
N02 = ("Handlingsplan i tabeller; varje tabellrad med ansvar/tid/indikator räknas som arbete. Behandlas: ekonomi (dialogmöten, företagsrådgivning), utbildning (workshop för vägledare, indikator om pojkars sökande), "
       "våld, integration (språkstöd och praktik för utrikes födda kvinnor), krisberedskap (jämställdhetsanalys av RSA), egen verksamhet (tabell 4), statistik (indikatorer per kön), "
       "samverkan (rådet, kommunerna och regionen rapporterar sina delar, namngivna parter i raderna), uppföljning (lägesrapport juni/december, ansvarig strateg). "
       "Nämns: hälsa ('ingår inte i denna plan' – exkludering), samhällsplanering (uppskjutet 'tas fram inför 2028'), ANDTS (hänvisning till annan strategi), barnets rättigheter (allmän rad om barnets bästa, ingen aktivitet), "
       "regional tillväxt (rad 'berörs indirekt' – utfyllnad); landsbygdsutveckling i samma mening – nämns. Saknas: makt, obetalt arbete, föräldraskapsstöd, mänskliga rättigheter, villkor. "
       "Gränsfall: villkor – indikatorer per kön räknas som statistik men det finns ingen analys av eller åtagande om både kvinnors/mäns och flickors/pojkars villkor, och barn nämns inte som grupp – saknas.")
L02 = labels("economy education violence integration preparedness internal statistics collaboration followup",
             "health planning andts child_rights regional_growth rural")

D03 = """Hoppa till innehåll

Vi använder kakor för att förbättra webbplatsen. Godkänn alla kakor | Endast nödvändiga

Länsstyrelsen i Frösvikens län
Meny
Djur | Miljö | Natur | Samhälle | Om oss
Samhälle > Social hållbarhet > Jämställdhet
Krisberedskap
Samhällsplanering
Integration
Landsbygd
ANDTS
Jämställdhet

Jämställdhet

Länsstyrelsen verkar för att de jämställdhetspolitiska målen får genomslag i Frösvikens län. Målet är att kvinnor och män ska ha samma makt att forma samhället och sina egna liv.

Regeringen har sex delmål för jämställdhetspolitiken:
• En jämn fördelning av makt och inflytande
• Ekonomisk jämställdhet
• Jämställd utbildning
• En jämn fördelning av det obetalda hem- och omsorgsarbetet
• Jämställd hälsa
• Mäns våld mot kvinnor ska upphöra

Vårt uppdrag
Enligt länsstyrelseinstruktionen ska vi belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor i vår verksamhet.

Så arbetar vi i länet
Vi samordnar ett nätverk för kommunernas jämställdhetsstrateger i Lindhamra, Storbäcken, Kvarnsjö, Ulvsund och Björkeby. Nätverket träffas fyra gånger per år, växelvis digitalt och på plats, och Region Frösviken deltar med en folkhälsostrateg. Inför varje träff tar vi fram ett tema utifrån kommunernas önskemål.

Aktuellt

12 februari 2026
Utbildning om våld i nära relationer
I mars 2026 erbjuder länsstyrelsen en tvådagarsutbildning om våld i nära relationer för socialtjänstens personal i Kvarnsjö och Ulvsund. Utbildningen leds av länets regionala samordnare mot våld och är kostnadsfri. Sista anmälningsdag 1 mars.

28 oktober 2025
Konferens om föräldraskapsstöd
I oktober samlades ett sextiotal deltagare i Lindhamra för att prata om föräldraskapsstöd. Dokumentation från dagen finns att ladda ner.

Vanliga frågor
Vad är jämställdhetsintegrering?
Jämställdhetsintegrering innebär att jämställdhetsperspektivet förs in i alla beslut, på alla nivåer och i alla steg av processerna.
Var hittar jag statistik?
Se länken Jämställdhet i siffror nedan.

Relaterade länkar
Jämställdhet i siffror – könsuppdelad statistik (scb.se)
Mänskliga rättigheter
Jämställdhetsmyndigheten
Nationella kvinnofridslinjen

Kontakt
Sara Ekvall, strateg jämställdhet
010-223 44 10
sara.ekvall@lansstyrelsen-frosviken.example

Sidan uppdaterad 12 februari 2026
Dela sidan | Skriv ut
Följ oss på Facebook | Instagram | LinkedIn
Om webbplatsen | Tillgänglighetsredogörelse | Behandling av personuppgifter
"""
N03 = ("Webbsida inklistrad som text med meny, brödsmulor, nyheter, FAQ och länkar. Behandlas: våld (nyhet om utbildning i mars 2026 med ansvarig och målgrupp i namngivna kommuner), "
       "samverkan (nätverk för kommunernas strateger, namngivna kommuner, Region Frösviken, fyra träffar per år). "
       "Nämns: makt, ekonomi, utbildning, obetalt arbete, hälsa (de sex delmålen uppräknade som punktlista); samhällsplanering, krisberedskap, integration, landsbygd, ANDTS (menyposter); "
       "mänskliga rättigheter (relaterad länk); föräldraskapsstöd (nyhet om en konferens som redan hållits – det förflutna, inget arbete beskrivs); villkor (instruktionen återgiven som uppdrag); "
       "statistik (länktext 'könsuppdelad statistik' och FAQ-hänvisning, ingen statistik används); egen verksamhet (FAQ-definition av metoden). "
       "Saknas: barnets rättigheter, uppföljning, regional tillväxt. "
       "Gränsfall: statistik – länken leder till könsuppdelad statistik men sidan använder den inte och åtar sig inget – nämns. Föräldraskapsstöd – konferensen anordnades (troligen av länsstyrelsen), men det är en återblick utan innehåll – nämns.")
L03 = labels("violence collaboration",
             "power economy education unpaid_care health planning preparedness integration rural andts human_rights parenting_support conditions statistics internal")

D04 = """
T: Jämställdhetsplan för Björkeby kommun 2026–2028
S: Antagen av kommunfullmäktige 2025-12-15, § 142
# 1. Inledning
Björkeby kommun har anslutit sig till länsstrategin Jämställt Frösviken 2026–2030. Denna plan beskriver hur kommunen som organisation, arbetsgivare och samhällsbyggare bidrar till strategin. Planen bygger på den kartläggning som kommunens jämställdhetsgrupp gjorde under våren 2025.
Ett liv fritt från våld är en mänsklig rättighet, och kommunen ska i all verksamhet verka för jämställdhet. Kommunen ska, i likhet med staten, belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor.
# 2. Makt och inflytande
I kommunfullmäktige är 17 av 41 ledamöter kvinnor (41 procent). I nämndernas presidier är andelen kvinnor 33 procent. Målet är att andelen kvinnor i presidierna ska vara minst 45 procent efter valet 2026. Valberedningen ansvarar för att följa upp könsfördelningen vid varje val av presidium och redovisa den till kommunstyrelsen.
# 3. Kommunen som arbetsgivare
Av kommunens 1 140 månadsanställda är 79 procent kvinnor. 58 procent av de kvinnliga medarbetarna har heltid, mot 91 procent av de manliga. Målet är att minst 75 procent av kvinnorna ska ha heltid 2028. HR-avdelningen leder arbetet med heltid som norm, med start inom äldreomsorgen 2026. Den ofrivilliga deltiden påverkar kvinnornas pension och deras hälsa på sikt, och den hänger ihop med att kvinnor fortfarande tar större ansvar för hem och barn.
# 4. Förskola och skola
Barn- och utbildningsförvaltningen genomför 2026–2027 en fortbildning i normkritisk pedagogik för samtliga förskolor. Skolornas meritvärden ska redovisas för flickor och pojkar varje år och analyseras i det systematiska kvalitetsarbetet. 2025 var meritvärdet i årskurs 9 i genomsnitt 239 för flickor och 207 för pojkar.
# 5. Barnets rättigheter
Från 2026 ska alla ärenden till kommunstyrelsen som rör barn innehålla en barnkonsekvensanalys där flickors och pojkars situation belyses var för sig. Kommunsekreteraren ansvarar för mallen och kanslienheten granskar varje halvår att analyserna görs.
# 6. Föräldraskapsstöd
Familjecentralen i Björkeby erbjuder föräldragrupper för alla föräldrar med barn under ett år. I dag är 18 procent av deltagarna pappor. Målet är 40 procent år 2028. Familjecentralen ska därför flytta en av grupperna till kvällstid och bjuda in båda föräldrarna personligen vid BVC-besöket.
# 7. Trygghet i den offentliga miljön
Samhällsbyggnadsförvaltningen genomför trygghetsvandringar med kvinnor och män i centrala Björkeby och i Hagavik under 2026. Resultaten ska användas i arbetet med den nya översiktsplanen, och förvaltningen redovisar vilka åtgärder som vidtagits till byggnadsnämnden i december 2026.
# 8. Den egna organisationen
Samtliga chefer går en halvdagsutbildning i jämställdhetsanalys under 2026. Från budgetåret 2027 ska nämndernas verksamhetsplaner innehålla minst ett jämställdhetsmål. All personbaserad statistik i kommunens årsredovisning ska från 2026 redovisas uppdelad på kön.
# 9. Samverkan
Kommunen deltar i länsstyrelsens nätverk för jämställdhetsstrateger och samarbetar med Region Frösviken kring familjecentralen. Med Ulvsunds kommun delar Björkeby en jämställdhetsstrateg på halvtid, som håller i den gemensamma utbildningen av förtroendevalda.
# 10. Uppföljning
Kommunstyrelsen får en uppföljning av planen varje år i april, i samband med årsredovisningen. Uppföljningen redovisar utfallet för målen i avsnitt 2, 3, 6 och 8. Planen revideras 2028.
"""
N04 = ("Kommunal plan, bedömd efter samma regler; egen verksamhet bedöms för kommunen som organisation. Behandlas: makt (fullmäktige- och presidiesiffror, mål, ansvar valberedningen), ekonomi (heltid bland kommunens anställda kvinnor/män, mål 75 %), "
       "utbildning (fortbildning normkritisk pedagogik, meritvärden per kön), barnets rättigheter (barnkonsekvensanalys från 2026, ansvar), föräldraskapsstöd (andel pappor, mål, åtgärder), samhällsplanering (trygghetsvandringar kopplade till översiktsplanen, redovisning december 2026), "
       "villkor (flickors och pojkars meritvärden samt kvinnors och mäns heltid analyseras; barnkonsekvensanalyser per flickor/pojkar), statistik (all personbaserad statistik per kön), samverkan (länsstyrelsens nätverk, regionen, gemensam samordnare med Ulvsund), egen verksamhet (chefsutbildning, nämndmål), uppföljning (årlig uppföljning i april). "
       "Nämns: våld (endast värderingen 'ett liv fritt från våld är en mänsklig rättighet' i inledningen), mänskliga rättigheter (samma värdering), "
       "hälsa (deltid som orsak till sämre hälsa, i passagen om heltid), obetalt arbete (orsak: 'större ansvar för hem och barn'). "
       "Saknas: regional tillväxt, landsbygd, integration, krisberedskap, ANDTS.")
L04 = labels("power economy education child_rights parenting_support planning conditions statistics collaboration internal followup",
             "violence human_rights health unpaid_care")

DRAFTS = [
    dict(file="01_lansstrategi_jamstallt_frosviken.docx", make=lambda: build_docx("d01", D01, header="Jämställt Frösviken 2026–2030", footer_page=True,
         title_prop="Jämställt Frösviken 2026–2030"), note=N01, labels=L01),
    dict(file="02_handlingsplan_tabeller_2026_2027.docx", make=lambda: build_docx("d02", D02, title_prop="Handlingsplan 2026–2027"), note=N02, labels=L02),
    dict(file="03_webbsida_jamstalldhet_frosviken.txt", make=lambda: D03, note=N03, labels=L03),
    dict(file="04_bjorkeby_kommun_jamstalldhetsplan.docx", make=lambda: build_docx("d04", D04, creator="Björkeby kommun", title_prop="Jämställdhetsplan Björkeby"), note=N04, labels=L04),
]

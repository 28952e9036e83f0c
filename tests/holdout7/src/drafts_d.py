"""holdout7 drafts 10-12."""
from common import build_docx, labels, CREATOR

# ---------------------------------------------------------------------------
# 10 Annex: regional goals
# ---------------------------------------------------------------------------
FILLER = "Målet konkretiseras i samverkan med länets aktörer under strategiperioden."
D10 = [
    ("title", "Bilaga 2. Regionala mål för ett jämställt Skärvalla"),
    ("sub", "Bilaga till länsstrategin 2025–2028"),
    ("p", "I denna bilaga har de sex nationella delmålen översatts till regionala mål för Skärvalla län. För de mål där det finns ett tillräckligt underlag redovisas nuläge, målvärde och indikator. Länets kommuner, Region Skärvalla, polisen och civilsamhällets organisationer är viktiga aktörer för att målen ska nås."),
    ("h1", "Regionalt mål 1: Kvinnor och män i Skärvalla har samma möjlighet att påverka"),
    ("p", "Nuläge: I länets kommunfullmäktige är 39 procent av ledamöterna kvinnor. Av kommunernas nämndordförande är 31 procent kvinnor, och i de kommunala bolagens styrelser är andelen 28 procent. Skillnaderna är störst i Holmträsk, där ingen av de fem största nämnderna har en kvinna som ordförande."),
    ("p", "Målvärde: Andelen kvinnor bland ordförandena i nämnder och bolagsstyrelser är minst 45 procent efter valet 2030. Länsstyrelsen sammanställer könsfördelningen efter varje val och publicerar den i faktabladet Kvinnor och män i Skärvalla."),
    ("h1", "Regionalt mål 2: Ekonomisk självständighet för kvinnor och män i hela länet"),
    ("p", FILLER),
    ("h1", "Regionalt mål 3: Flickor och pojkar i Skärvalla har samma möjligheter i skolan"),
    ("p", "Nuläge: Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram är 90 procent bland flickorna och 82 procent bland pojkarna. Skillnaden har ökat sedan 2019. Pojkar i Aspeå och Vikbo har lägst behörighet i länet, 76 respektive 78 procent."),
    ("p", "Målvärde: Skillnaden i behörighet mellan flickor och pojkar är högst 4 procentenheter 2028. Kommunernas skolchefer tar under 2025 fram en gemensam plan för att stärka pojkars läsförståelse i mellanstadiet."),
    ("h1", "Regionalt mål 4: Hem- och omsorgsarbetet delas lika"),
    ("p", FILLER),
    ("h1", "Regionalt mål 5: Flickor och pojkar, kvinnor och män har samma förutsättningar för en god hälsa"),
    ("p", "Nuläge: I länets skolenkät Liv och hälsa ung, som besvaras av elever i årskurs 9 och i årskurs 2 på gymnasiet, uppger 46 procent av flickorna och 21 procent av pojkarna att de ofta har besvär av oro, nedstämdhet eller sömnproblem. Samma enkät visar att 31 procent av pojkarna och 27 procent av flickorna i gymnasiets årskurs 2 har druckit alkohol så att de känt sig berusade under den senaste månaden, och att andelen pojkar som spelar om pengar varje vecka är fyra gånger så hög som andelen flickor. Bland vuxna är sjukfrånvaron 14 dagar per kvinna och 8 dagar per man."),
    ("p", "Målvärde: Skillnaden mellan flickor och pojkar i psykisk ohälsa har minskat med en tredjedel till 2028, och berusningsdrickandet bland unga har minskat för både flickor och pojkar. Region Skärvalla ansvarar för att enkäten genomförs vartannat år och redovisas per kön och kommun. Hälsofrämjande insatser i skolan, föräldraskapsstöd och fritidsverksamhet är exempel på arenor där aktörerna kan bidra. Syftet med insatserna är också att stärka barnets rättigheter."),
    ("h1", "Regionalt mål 6: Ingen i Skärvalla ska utsättas för mäns våld"),
    ("p", FILLER),
    ("h1", "Uppföljning av de regionala målen"),
    ("p", "Målen följs upp årligen med indikatorerna i tabellen nedan. Resultaten redovisas i Länsstyrelsens faktablad Kvinnor och män i Skärvalla i mars och i strategins årsrapport till Jämställdhetsrådet. Samtliga indikatorer redovisas för kvinnor och män respektive flickor och pojkar."),
    ("table", [["Regionalt mål", "Indikator", "Källa", "Frekvens"],
               ["1", "Andel kvinnor bland ordförande i nämnder och bolagsstyrelser", "Kommunerna, Länsstyrelsens sammanställning", "Efter varje val"],
               ["3", "Behörighet till gymnasiets yrkesprogram per kön", "Skolverket", "Årligen"],
               ["5", "Andel med psykiska besvär och berusningsdrickande, flickor och pojkar", "Liv och hälsa ung", "Vartannat år"],
               ["2, 4, 6", "Indikatorer tas fram", "–", "–"]],
     [1300, 3700, 2400, 1600]),
]

N10 = ("Bilaga med sex regionala mål som återger delmålen; tre är bearbetade, tre har bara samma utfyllnadsrad ('Målet konkretiseras i samverkan med länets aktörer under strategiperioden'). Behandlas: makt (andelar kvinnor bland ordförande, målvärde, sammanställning efter val), utbildning (behörighet flickor/pojkar, målvärde, gemensam plan), hälsa (skolenkäten med psykiska besvär och sjukfrånvaro, målvärde, ansvar – enkätens elevpopulation gör inte avsnittet till utbildningsarbete), ANDTS (berusningsdrickande och spel om pengar per kön i samma enkät, målvärde), req.conditions (analys av både flickor/pojkar och kvinnor/män), req.statistics, req.followup (årlig uppföljning, faktablad, årsrapport, indikatortabell). "
       "Nämns: ekonomi, obetalt arbete och våld (regionala mål som bara återger delmålet med utfyllnadsraden; 'Indikatorer tas fram' är uppskjutet), barnets rättigheter (syftet med insatserna), föräldraskapsstöd (exempel på arena i förbigående), req.collaboration (aktörer uppräknade och utfyllnadsraden, inget hur). Saknas: samhällsplanering, mänskliga rättigheter, req.internal, regional tillväxt, landsbygd, integration, krisberedskap.")
L10 = labels("P a E m U a C m H a V m CR m PS m CO a ST a CL m FU a AN a")


# ---------------------------------------------------------------------------
# 11 Consultation version with tracked changes, footnotes, comments
# ---------------------------------------------------------------------------
D11 = [
    ("title", "Ett jämställt Skärvalla 2025–2028"),
    ("sub", "Remissversion – synpunkter senast den 15 november 2024"),
    ("p", "Till remissinstanserna: Länsstyrelsen välkomnar synpunkter på hela förslaget. Frågor som vi särskilt vill ha svar på är markerade med Fråga till remissinstanserna. Ändringar sedan samrådsversionen visas med spårade ändringar."),
    ("fn", 1, "SCB, Lönestrukturstatistik, hela ekonomin 2023."),
    ("cm", 1, "Bör vi ha med länssiffror här? De ligger i bilagan."),
    ("cm", 2, "Stämmer det med Försäkringskassans rutin? Kolla."),
    ("h1", "1. Inledning"),
    ("p", "Jämställdhetsintegrering innebär att ett jämställdhetsperspektiv införlivas i allt beslutsfattande, på alla nivåer och i alla steg av processerna, av de aktörer som normalt deltar i beslutsfattandet. Strategin utgår från de jämställdhetspolitiska målen och från de områden i regeringens uppdrag där Länsstyrelsen har uppgifter."),
    ("p", "I alla insatser i strategin ska Länsstyrelsen analysera och ta hänsyn till kvinnors och mäns samt flickors och pojkars villkor. Varje insats inleds därför med en kort analys av hur den påverkar flickor och pojkar respektive kvinnor och män, och analysen redovisas i projektplanen."),
    ("p", "Statistik för länet tas fram till den slutliga versionen."),
    ("h1", "2. Makt och inflytande"),
    ("p", "Målet är att andelen kvinnor bland ordförandena i länets nämnder och kommunala bolag ska öka till minst 45 procent till 2030. Länsstyrelsen erbjuder {+under 2025+} partiernas lokala valberedningar i samtliga fem kommuner ett stöd i att analysera sina nomineringar ur ett jämställdhetsperspektiv och följer upp nomineringarna efter valet 2026."),
    ("p", "Fråga till remissinstanserna: Bör strategin innehålla mål för samhällsplaneringen, till exempel för trygghet i offentliga miljöer?"),
    ("h1", "3. Ekonomisk jämställdhet"),
    ("p", "I Sverige är kvinnors genomsnittliga lön fortfarande lägre än mäns, och skillnaden har minskat långsamt under de senaste tjugo åren.[^1] Löneskillnaderna följer kvinnor genom livet och ger lägre pensioner."),
    ("del", "I Skärvalla län är kvinnors förvärvsinkomst 79 procent av männens, och bara 67 procent av kvinnorna arbetar heltid. På landsbygden i Holmträsk och Vikbo är skillnaderna ännu större."),
    ("p", "[c1>Länsstyrelsen återkommer med mål för detta område i den slutliga versionen.<c1]"),
    ("p", "Utrikes födda kvinnors etablering ingår inte i strategin; det arbetet hanteras inom den regionala överenskommelsen om etablering."),
    ("h1", "4. Utbildning"),
    ("p", "Länsstyrelsen sammankallar från hösten 2025 ett nätverk för studie- och yrkesvägledare i länets kommuner för att motverka könsbundna studieval. {+Målet är att andelen elever som väljer ett gymnasieprogram där det egna könet är i minoritet ska öka till 2028.+}"),
    ("h1", "5. Hem- och omsorgsarbetet"),
    ("ins", "Länsstyrelsen genomför 2026 tillsammans med Försäkringskassan en informationsinsats om delad föräldraledighet riktad till arbetsgivare i skogs- och tillverkningsindustrin, där papporna i länet tar ut minst föräldrapenningdagar."),
    ("p", "[c2>Insatsen ska följas av en enkät till de arbetsgivare som deltagit.<c2]"),
    ("h1", "6. Mäns våld mot kvinnor"),
    ("p", "Mäns våld mot kvinnor orsakar stort lidande och kostar samhället och folkhälsan mycket. Länsstyrelsen erbjuder alla kommuner stöd i att ta fram lokala handlingsplaner mot våld i nära relationer och utbildar socialtjänstens personal i att fråga om våld. Målet är att samtliga fem kommuner har en antagen handlingsplan senast 2027."),
    ("h1", "7. Barnets rättigheter och mänskliga rättigheter"),
    ("p", "Länsstyrelsen stödjer under 2025–2026 kommunerna i att göra barnkonsekvensanalyser inför beslut som rör barn, med en gemensam mall och tre utbildningstillfällen för handläggare. Länsstyrelsen arbetar också med ett rättighetsbaserat arbetssätt: under 2026 genomförs en utbildningsserie om mänskliga rättigheter för kommunernas chefer, och Länsstyrelsen sammanställer hur FN:s kvinnokommittés rekommendationer till Sverige (CEDAW) berör länets aktörer."),
    ("p", "Föräldraskapsstöd behandlas i den regionala strategin för föräldraskapsstöd som Länsstyrelsen och Region Skärvalla tar fram under 2026."),
    ("h1", "8. Civil beredskap"),
    ("p", "Kommunernas risk- och sårbarhetsanalyser tar i dag sällan hänsyn till att kvinnor och män påverkas olika vid kriser och höjd beredskap. Länsstyrelsen stödjer under 2026 kommunerna i att jämställdhetsanalysera sina risk- och sårbarhetsanalyser och genomför en gemensam övning där frågan ingår."),
    ("h1", "9. Samverkan"),
    ("p", "Strategin genomförs genom Jämställdhetsrådet, där Länsstyrelsen, Region Skärvalla, de fem kommunerna, polisen och tre civilsamhällesorganisationer ingår. Rådet träffas fyra gånger per år. Organisationer som ansluter sig till strategin bjuds in till två nätverksträffar per år och får stöd av Länsstyrelsen i att formulera egna mål."),
    ("h1", "10. Uppföljning"),
    ("p", "Hur strategin ska följas upp beskrivs i den slutliga versionen."),
    ("p", "Fråga till remissinstanserna: Vilka indikatorer tycker ni att strategin ska följas upp med?"),
]

N11 = ("Remissversion med spårade ändringar, fotnot, marginalkommentarer och frågor till remissinstanserna. Spårade borttagningar är inte text (den borttagna meningen bar de enda länssiffrorna om ekonomi och det enda omnämnandet av landsbygd); spårade infogningar är text (mål för utbildning, hela insatsen om föräldraledighet). Kommentarernas brödtext avgör inget; den förankrade texten är vanlig text. Behandlas: makt (mål, stöd till valberedningar), utbildning (nätverk för vägledare, infogat mål), obetalt arbete (infogad informationsinsats om delad föräldraledighet med Försäkringskassan 2026), våld (stöd till handlingsplaner, utbildning, mål), barnets rättigheter (stöd till barnkonsekvensanalyser, mall, utbildningstillfällen), mänskliga rättigheter (utbildningsserie om mänskliga rättigheter, sammanställning av CEDAW-rekommendationer), krisberedskap (stöd i jämställdhetsanalys av risk- och sårbarhetsanalyser, övning), req.conditions (åtagande med konkret analys i varje insats), req.collaboration (rådet, sammansättning, frekvens, nätverksträffar). "
       "Nämns: ekonomi (endast den nationella bilden med fotnot, ingen länsuppgift; 'återkommer med mål' är uppskjutet), hälsa (folkhälsan som konsekvens av våldet), samhällsplanering (fråga till remissinstanserna), föräldraskapsstöd (uppskjutet till annan strategi), integration (undantag: ingår inte), req.statistics ('Statistik för länet tas fram till den slutliga versionen' – ordet ensamt och uppskjutet; inga könsuppdelade siffror kvar efter borttagningen), req.internal (metoddefinition), req.followup (uppskjutet till slutlig version och en fråga). Saknas: regional tillväxt, landsbygd (bara i borttagen text), ANDTS.")
L11 = labels("P a E m U a C a H m V a PL m CR a PS m HR a CO a ST m CL a IN m FU m IG m PR a")


# ---------------------------------------------------------------------------
# 12 Short summary / brochure
# ---------------------------------------------------------------------------
D12 = [
    ("title", "Ett jämställt Skärvalla – strategin i korthet"),
    ("sub", "Länsstrategi för jämställdhetsintegrering 2025–2028"),
    ("h1", "Varför jämställdhet?"),
    ("p", "Ett jämställt samhälle är ett samhälle där alla får använda sin fulla kapacitet. Jämställdhet är en mänsklig rättighet och en förutsättning för att Skärvalla ska vara ett län där både kvinnor och män vill bo, arbeta och leva. Målet för Sveriges jämställdhetspolitik är att kvinnor och män ska ha samma makt att forma samhället och sina egna liv."),
    ("p", "Målet är uppdelat i sex delmål: en jämn fördelning av makt och inflytande; ekonomisk jämställdhet; jämställd utbildning; jämn fördelning av det obetalda hem- och omsorgsarbetet; jämställd hälsa samt att mäns våld mot kvinnor ska upphöra."),
    ("p", "Länsstyrelsen har i uppdrag att belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor, och att stödja, samordna och utveckla arbetet i länet."),
    ("h1", "Tre områden i fokus"),
    ("p", "Strategin har fokus på tre av målen: ekonomisk jämställdhet, jämställd hälsa samt mäns våld mot kvinnor. Här är några siffror som visar varför."),
    ("h2", "Ekonomisk jämställdhet"),
    ("p", "För varje hundralapp som en man i Skärvalla län tjänar, tjänar en kvinna 79 kronor. 67 procent av kvinnorna och 91 procent av männen arbetar heltid. Vi vill att skillnaden i inkomst ska ha minskat till högst 15 procent år 2028."),
    ("h2", "Jämställd hälsa"),
    ("p", "En kvinna i länet är i genomsnitt sjukskriven 14 dagar per år, en man 8 dagar. Psykisk ohälsa är den vanligaste orsaken bland kvinnorna, medan män i länet tar sitt liv nästan tre gånger så ofta som kvinnor. Tillsammans med Region Skärvalla arbetar vi för att alla kommuner ska ha en plan för suicidprevention senast 2028."),
    ("h2", "Mäns våld mot kvinnor"),
    ("p", "Under 2023 anmäldes 612 misshandelsbrott mot kvinnor i länet, de flesta av en närstående. 214 kvinnor bodde någon gång under året i skyddat boende. Länsstyrelsen utbildar socialtjänsten i alla fem kommuner i att fråga om våld."),
    ("h1", "Så kan din organisation vara med"),
    ("p", "Kommuner, myndigheter, företag och föreningar som är verksamma i Skärvalla län kan ansluta sig till strategin. Det gör ni genom att er ledning fattar ett beslut och att ni utser en kontaktperson. Som ansluten organisation får ni:"),
    ("ul", ["inbjudan till fyra nätverksträffar per år, två digitala och två på plats i någon av länets kommuner,",
            "det årliga faktabladet Kvinnor och män i Skärvalla med statistik för just er kommun,",
            "stöd från Länsstyrelsen i att formulera egna mål och aktiviteter,",
            "möjlighet att dela era goda exempel på länets gemensamma webbplats."]),
    ("p", "I gengäld ber vi er att en gång per år kort berätta vad ni har gjort. I dag är 23 organisationer anslutna, bland dem alla fem kommuner och Region Skärvalla."),
    ("h1", "Hur går det?"),
    ("p", "Strategin följs upp. Läs mer på Länsstyrelsens webbplats."),
    ("h1", "Om strategin"),
    ("p", "Strategin har tagits fram under 2024 efter workshoppar i alla fem kommuner och dialog med fler än sextio organisationer. Den fullständiga strategin, handlingsplanen och bilagan med regionala mål finns att ladda ner på Länsstyrelsens webbplats. Strategin finns också i en lättläst version."),
    ("h1", "Kontakt"),
    ("p", "Karin Ljungdahl, särskilt sakkunnig i jämställdhet, Länsstyrelsen i Skärvalla län. Telefon 010-229 40 00."),
]

N12 = ("Kortversion/folder. Behandlas: ekonomi (länets inkomstkvot och heltid per kön, mål till 2028), hälsa (sjukskrivning och suicid per kön, arbete med regionen för planer till 2028), våld (anmälningar, skyddat boende, utbildning av socialtjänsten), req.statistics (länssiffror för kvinnor och män; faktabladet med statistik per kommun), req.collaboration (anslutning genom ledningsbeslut, nätverksträffar fyra gånger per år, vilka som kan ansluta och vad de får, 23 anslutna). "
       "Nämns: makt, utbildning och obetalt arbete (endast i den reciterade delmålslistan med ';' och 'samt' och det övergripande målet; fokuslistan nämner bara de tre fokusområdena), mänskliga rättigheter (värdeformulering), req.conditions (uppdraget reciterat), req.followup ('Strategin följs upp' utan innehåll). Saknas: samhällsplanering, barnets rättigheter, föräldraskapsstöd, req.internal, regional tillväxt, landsbygd, integration, krisberedskap, ANDTS.")
L12 = labels("P m E a U m C m H a V a HR m CO m ST a CL a FU m")


DRAFTS = [
    dict(name="10_bilaga_regionala_mal", ext="docx",
         build=lambda: build_docx("10", D10, creator=CREATOR, title_prop="Bilaga 2. Regionala mål"),
         note=N10, labels=L10),
    dict(name="11_remissversion_sparade_andringar", ext="docx",
         build=lambda: build_docx("11", D11, creator=CREATOR, title_prop="Ett jämställt Skärvalla – remissversion", track_revisions=True, rev_author="Karin Ljungdahl", rev_date="2024-10-02T10:15:00Z"),
         note=N11, labels=L11),
    dict(name="12_strategin_i_korthet", ext="docx",
         build=lambda: build_docx("12", D12, creator=CREATOR, title_prop="Strategin i korthet"),
         note=N12, labels=L12),
]

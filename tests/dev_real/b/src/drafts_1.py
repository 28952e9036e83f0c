"""Drafts 1-3 of dev_real/b (fictional county: Sydöstra Skogslandets län)."""
from docxlib import Doc

A, M, X = "addressed", "mentioned", "missing"
LS = "Länsstyrelsen i Sydöstra Skogslandet"


def labels(**kw):
    return {k.replace("__", "."): v for k, v in kw.items()}


# --------------------------------------------------------------------------------------
# Draft 1: long situation analysis in which the goals are causes of each other
# --------------------------------------------------------------------------------------
def draft1():
    d = Doc("d1", title_prop="Jämställt Sydöstra Skogslandet 2025–2028",
            subject="Länsstrategi för jämställdhetsintegrering", creator=LS,
            header="Sydöstra Skogslandets län – länsstrategi för jämställdhet", footer_page=True)
    d.title("Jämställt Sydöstra Skogslandet 2025–2028")
    d.sub("Länsstrategi för jämställdhetsintegrering – beslutad version")
    d.toc([(1, "Förord", 2), (1, "1. Inledning", 3), (1, "2. Lägesanalys", 4),
           (2, "2.1 Betalt arbete och inkomster", 4), (2, "2.2 Det obetalda arbetet", 6),
           (2, "2.3 Skola och studieval", 7), (2, "2.4 Utrikes födda kvinnors etablering", 8),
           (2, "2.5 Hur områdena hänger ihop", 9), (1, "3. Regionala mål och insatser", 10),
           (1, "4. Samverkan i länet", 12), (1, "5. Statistik och kunskapsunderlag", 13),
           (1, "6. Uppföljning och utvärdering", 14)])
    d.h1("Förord")
    d.p("Sydöstra Skogslandet är ett län med starka traditioner, en stor basindustri och tio "
        "kommuner som skiljer sig mycket åt – från residensstaden Granvik vid kusten till "
        "inlandskommunerna Myrsjö och Hultaby, där det är långt mellan orterna. Jämställdhet "
        "handlar i grunden om makt och demokrati: om vem som får forma länet och sitt eget liv. "
        "Den här strategin är skriven för att vi ska se sambanden mellan de frågor där "
        "jämställdheten fortfarande brister, och för att länets aktörer ska kunna ta sig an dem "
        "tillsammans.")
    d.p("– Ingrid Vallin, landshövding")
    d.h1("1. Inledning")
    d.p("Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för arbetet med "
        "jämställdhetsintegrering. Strategin utgår från det övergripande jämställdhetspolitiska "
        "målet, att kvinnor och män ska ha samma makt att forma samhället och sina egna liv, och "
        "från de sex delmålen. Jämställdhet är också en del av de mänskliga rättigheterna och en "
        "förutsättning för en hållbar utveckling av länet.")
    d.p("Länsstyrelsen ska enligt sin instruktion verka för att de jämställdhetspolitiska målen får "
        "genomslag i länet. Strategin vänder sig till kommunerna, Region Sydöstra Skogslandet, de "
        "statliga myndigheterna i länet, näringslivet och det civila samhället.")
    d.p("Kapitel 2 innehåller en lägesanalys. Där beskrivs hur kvinnors och mäns, flickors och "
        "pojkars villkor ser ut i länet i dag och hur problemen förstärker varandra. Kapitel 3 "
        "anger fyra regionala mål med insatser, kapitel 4 beskriver samverkan och kapitel 5 och 6 "
        "hur vi tar fram kunskap och följer upp arbetet.")
    d.h1("2. Lägesanalys")
    d.p("Länet har drygt 241 000 invånare, varav 49,6 procent kvinnor. Befolkningen är äldre än "
        "i riket och i sex av de tio kommunerna minskar antalet invånare i arbetsför ålder. Unga "
        "kvinnor flyttar oftare än unga män från inlandskommunerna för att studera, och färre av "
        "dem kommer tillbaka. Det gör att könsfördelningen i åldern 20–34 år är sned i Myrsjö, "
        "Hultaby och Bäckeby, med 117 män per 100 kvinnor i Myrsjö.")
    d.p("Analysen nedan visar att ojämställdheten på ett område ofta är en orsak till "
        "ojämställdheten på ett annat. Därför beskrivs områdena var för sig men med hänvisningar "
        "mellan dem.")
    d.h2("2.1 Betalt arbete och inkomster")
    d.p("Sysselsättningsgraden i åldern 20–64 år var 2023 79,4 procent för kvinnor och 83,1 procent "
        "för män i länet. Skillnaden har minskat något sedan 2018 men är fortfarande större än i "
        "riket. Av de sysselsatta kvinnorna arbetar 27 procent deltid, jämfört med 9 procent av "
        "männen. I Hultaby och Myrsjö arbetar var tredje sysselsatt kvinna deltid.")
    d.p("Arbetsmarknaden i länet är starkt könsuppdelad. Av de tio största yrkena är bara två "
        "jämnt fördelade. Undersköterskor, förskollärare och personliga assistenter är till över "
        "85 procent kvinnor, medan maskinoperatörer, lastbilsförare och elektriker till över 90 "
        "procent är män. Den offentliga sektorn, där kvinnorna arbetar, har i länet lägre löner "
        "och fler deltidstjänster än den tillverkande industrin.")
    d.p("Medianen för den disponibla inkomsten var 262 000 kronor för kvinnor och 318 000 kronor "
        "för män, det vill säga 82 procent. Skillnaden växer med åldern och är störst bland "
        "pensionärer, där kvinnors pension i genomsnitt är 71 procent av männens. Lägre "
        "livsinkomster ger lägre pensioner och fler kvinnor än män lever med en låg ekonomisk "
        "standard efter 65 år.")
    d.p("Orsakerna är flera. En viktig förklaring till kvinnors deltidsarbete är det ojämnt "
        "fördelade ansvaret för barn och anhöriga, som beskrivs i avsnitt 2.2. I "
        "inlandskommunerna gör dessutom långa avstånd och en gles kollektivtrafik att många "
        "kvinnor söker arbete nära hemmet, ofta inom vård och omsorg och ofta på deltid. De "
        "könsuppdelade studievalen (avsnitt 2.3) lägger grunden redan i gymnasiet.")
    d.p("Konsekvenserna sträcker sig utanför arbetsmarknaden. Ekonomiskt beroende kan göra det "
        "svårare att lämna en relation där det förekommer våld. Den som arbetar i ett yrke med "
        "obekväma arbetstider har också mindre tid över, vilket i sin tur kan påverka vilka som "
        "orkar engagera sig i föreningslivet och i politiken.")
    d.h2("2.2 Det obetalda arbetet")
    d.p("I länet tog papporna 31 procent av de uttagna dagarna med föräldrapenning 2023, en "
        "procentenhet mer än i riket. Skillnaderna mellan kommunerna är stora: i Granvik tog "
        "papporna 35 procent, i Myrsjö 24 procent. Av dagarna med tillfällig föräldrapenning för "
        "vård av sjukt barn tog mammorna 61 procent.")
    d.p("Länets befolkningsenkät från 2023 visar att kvinnor i åldern 25–54 år lägger i genomsnitt "
        "närmare en timme mer per dag än män på hushållsarbete, och att var femte kvinna mellan 45 "
        "och 64 år regelbundet hjälper en äldre anhörig. Bland männen i samma ålder gör var "
        "tionde det. Kvinnor har också oftare gått ner i arbetstid för att ge anhörigomsorg.")
    d.p("Den ojämna fördelningen får följder på flera områden. Den är den främsta förklaringen "
        "till skillnaderna i deltidsarbete och inkomster i avsnitt 2.1, och den dubbla "
        "arbetsbördan lyfts i forskningen fram som en bidragande orsak till kvinnors högre "
        "sjukfrånvaro.")
    d.h2("2.3 Skola och studieval")
    d.p("Flickor når i genomsnitt högre resultat än pojkar i länets skolor. Det genomsnittliga "
        "meritvärdet i årskurs 9 var 238 för flickor och 209 för pojkar läsåret 2023/24. Av "
        "flickorna var 88 procent behöriga till ett yrkesprogram på gymnasiet, av pojkarna 81 "
        "procent. Skillnaden är större i länet än i riket och störst i Bäckeby och Tallhed.")
    d.p("Gymnasievalen följer traditionella mönster. Nio av tio elever på vård- och "
        "omsorgsprogrammet är flickor, medan pojkarna utgör 94 procent på el- och "
        "energiprogrammet och 89 procent på fordons- och transportprogrammet. Bland invånarna "
        "25–64 år har 47 procent av kvinnorna och 31 procent av männen en eftergymnasial "
        "utbildning. Männen i inlandet har den lägsta utbildningsnivån i länet.")
    d.p("Studievalen förklarar en stor del av den könsuppdelade arbetsmarknaden, och pojkarnas "
        "lägre behörighet gör det svårare för industrin att hitta arbetskraft med rätt utbildning.")
    d.h2("2.4 Utrikes födda kvinnors etablering")
    d.p("Omkring 11 procent av länets invånare är födda utomlands. Sysselsättningsgraden bland "
        "utrikes födda kvinnor 20–64 år var 56 procent 2023, jämfört med 71 procent för utrikes "
        "födda män och 85 procent för inrikes födda kvinnor. Skillnaden är störst bland dem som "
        "har bott i Sverige kortare tid än fem år.")
    d.p("Kvinnor som kommer till länet har i genomsnitt kortare utbildning från hemlandet, tar "
        "oftare ett större ansvar för små barn och deltar i lägre grad än män i "
        "arbetsmarknadspolitiska insatser. Etableringen går därför långsammare, och kvinnornas "
        "inkomster är lägre även tio år efter ankomsten.")
    d.h2("2.5 Hur områdena hänger ihop")
    d.p("Sammantaget visar analysen en kedja: traditionella studieval leder till en könsuppdelad "
        "arbetsmarknad, det ojämnt fördelade omsorgsansvaret leder till deltid, och deltid och "
        "låga löner leder till lägre inkomster och pensioner. Region Sydöstra Skogslandet har i "
        "sin regionala utvecklingsstrategi ett eget mål om jämställd tillväxt. Den här strategin "
        "ska ses som ett komplement till det arbetet.")
    d.h1("3. Regionala mål och insatser")
    d.p("Utifrån analysen prioriterar länet fyra områden under perioden. Målen är satta så att de "
        "kan följas med statistik som redan tas fram.")
    d.h2("Mål 1: Kvinnor och män har samma möjlighet till ekonomisk självständighet")
    d.p("Till 2028 ska skillnaden i sysselsättningsgrad mellan kvinnor och män i länet ha "
        "halverats, och andelen sysselsatta kvinnor som arbetar deltid ska ha minskat till 20 "
        "procent.")
    d.ul(["Länsstyrelsen sammankallar 2025 ett nätverk för heltid som norm med de tio kommunerna "
          "och Region Sydöstra Skogslandet. Nätverket träffas fyra gånger per år till och med 2027.",
          "Länsstyrelsen och Arbetsförmedlingen tar 2026 fram en gemensam analys av "
          "deltidsarbetet i vård och omsorg i Hultaby, Myrsjö och Bäckeby."])
    d.h2("Mål 2: Omsorgsansvaret fördelas jämnare")
    d.p("Pappornas andel av dagarna med föräldrapenning ska öka från 31 till 38 procent till 2028, "
        "och andelen dagar med tillfällig föräldrapenning som tas av pappor ska öka till minst 45 "
        "procent.")
    d.ul(["Försäkringskassan och Länsstyrelsen genomför 2026 en informationsinsats om "
          "föräldraförsäkringen riktad till arbetsgivare i de mansdominerade branscherna.",
          "Kommunerna redovisar årligen hur många av de anställda som gått ner i arbetstid för "
          "anhörigomsorg, uppdelat på kvinnor och män."])
    d.h2("Mål 3: Flickor och pojkar gör studieval oberoende av kön")
    d.p("Skillnaden i gymnasiebehörighet mellan flickor och pojkar ska vara högst 3 procentenheter "
        "2028. Andelen elever av det underrepresenterade könet på de fem mest könsuppdelade "
        "programmen ska öka.")
    d.ul(["Länsstyrelsen och kommunerna bildar 2025 ett nätverk för studie- och yrkesvägledare som "
          "arbetar med normer kring yrkesval.",
          "Industrin i Granvik och Tallhed erbjuder, tillsammans med skolorna, prao där flickor "
          "möter tekniska yrken och pojkar möter vårdyrken, med start läsåret 2025/26."])
    d.h2("Mål 4: Fler utrikes födda kvinnor är etablerade på arbetsmarknaden")
    d.p("Sysselsättningsgraden bland utrikes födda kvinnor ska öka från 56 till 64 procent till 2028.")
    d.ul(["Arbetsförmedlingen, kommunernas vuxenutbildning och Länsstyrelsen utvecklar 2025–2026 "
          "en modell där språkstudier kombineras med praktik inom bristyrken.",
          "Länsstyrelsen prioriterar projekt som riktar sig till utrikes födda kvinnor när medel "
          "för insatser för nyanlända fördelas."])
    d.h1("4. Samverkan i länet")
    d.p("Länsstyrelsens roll är att stödja, samordna och utveckla arbetet i länet. Jämställdhetsrådet "
        "leds av landshövdingen och består av kommunerna, Region Sydöstra Skogslandet, "
        "Arbetsförmedlingen, Försäkringskassan, Polisen, Högskolan i Granvik och tre "
        "organisationer från det civila samhället. Rådet träffas två gånger per år, fastställer "
        "årliga prioriteringar och tar emot uppföljningen.")
    d.p("Länsstyrelsen erbjuder kommunerna processtöd i jämställdhetsintegrering, håller i ett "
        "nätverk för kommunernas jämställdhetsstrateger och anordnar en årlig länskonferens. Vid "
        "konferensen erbjuds barnomsorg så att fler småbarnsföräldrar kan delta.")
    d.p("Hur Länsstyrelsen integrerar jämställdhet i den egna verksamheten beskrivs inte här, utan "
        "i en separat intern handlingsplan som beslutas under 2025.")
    d.h1("5. Statistik och kunskapsunderlag")
    d.p("Alla uppgifter om personer i lägesanalysen är individbaserade och redovisas uppdelade "
        "efter kön. Länsstyrelsen ger varje år ut faktabladet Kvinnor och män i Sydöstra "
        "Skogslandet och uppdaterar tabellen nedan. Där uppgifter saknas för kvinnor och män "
        "var för sig begär Länsstyrelsen dem av den myndighet som äger statistiken.")
    d.table([["Indikator (länet, 2023)", "Kvinnor", "Män", "Källa"],
             ["Sysselsättningsgrad 20–64 år", "79,4 %", "83,1 %", "SCB"],
             ["Andel sysselsatta som arbetar deltid", "27 %", "9 %", "SCB"],
             ["Disponibel inkomst, median", "262 000 kr", "318 000 kr", "SCB"],
             ["Andel av föräldrapenningdagarna", "69 %", "31 %", "Försäkringskassan"],
             ["Andel av dagarna för vård av sjukt barn", "61 %", "39 %", "Försäkringskassan"],
             ["Sysselsättningsgrad, utrikes födda", "56 %", "71 %", "SCB"]],
            [3800, 1500, 1500, 2200])
    d.table([["Indikator (länet, läsåret 2023/24)", "Flickor", "Pojkar", "Källa"],
             ["Meritvärde årskurs 9", "238", "209", "Skolverket"],
             ["Behörighet till yrkesprogram", "88 %", "81 %", "Skolverket"]],
            [3800, 1500, 1500, 2200])
    d.h1("6. Uppföljning och utvärdering")
    d.p("Strategin följs upp varje år. Länsstyrelsens jämställdhetsstrateg sammanställer "
        "indikatorerna i tabellerna ovan och en redovisning av insatserna under mål 1–4, och "
        "lämnar en rapport till Jämställdhetsrådet i mars. Varje insats har en ansvarig "
        "organisation som rapporterar till Länsstyrelsen i januari.")
    d.p("En halvtidsutvärdering görs hösten 2026 och en extern slututvärdering 2028, inför nästa "
        "strategiperiod. Utvärderingen ska pröva om insatserna har påverkat de kedjor av orsaker "
        "som beskrivs i avsnitt 2.5.")
    note = ("Lång lägesanalys där målen är orsaker till varandra. Addressed: ekonomi, obetalt arbete, "
            "utbildning och integration har länsfigurer per kön, regionala mål och insatser med "
            "ansvar och tid; req.conditions har båda paren (kvinnor/män i 2.1–2.2, flickor/pojkar "
            "i 2.3 och mål 3); statistik (avsnitt 5 + tabeller); samverkan (Jämställdhetsrådet, "
            "nätverk); uppföljning (avsnitt 6). Mentioned: goal.power bara som följd i 2.1 "
            "('vilka som orkar engagera sig ... i politiken') och förordets 'makt och demokrati' "
            "(värdeord); goal.health bara som orsak/följd i 2.2 ('bidragande orsak till kvinnors "
            "högre sjukfrånvaro'), inga hälsosiffror; goal.violence bara som följd av ekonomiskt "
            "beroende i 2.1; area.planning bara som orsak ('gles kollektivtrafik') i ett stycke om "
            "ekonomi; area.human_rights bara inramning i inledningen ('en del av de mänskliga "
            "rättigheterna'); req.internal uppskjutet till separat intern handlingsplan 2025 "
            "(avsnitt 4); area.regional_growth bara som annan aktörs befintliga arbete "
            "(regionens utvecklingsstrategi, 2.5). Missing: barnets rättigheter (barnomsorg vid "
            "konferensen är en falsk vän), föräldraskapsstöd, landsbygd (inlandskommuner är "
            "geografi), krisberedskap, ANDTS.")
    lab = labels(goal__power=M, goal__economy=A, goal__education=A, goal__unpaid_care=A,
                 goal__health=M, goal__violence=M, area__planning=M, area__child_rights=X,
                 area__parenting_support=X, area__human_rights=M, req__conditions=A,
                 req__statistics=A, req__collaboration=A, req__internal=M, req__followup=A,
                 area__regional_growth=M, area__rural=X, area__integration=A,
                 area__preparedness=X, area__andts=X)
    return "d1_lagesanalys_orsakskedjor", "docx", d, note, lab


# --------------------------------------------------------------------------------------
# Draft 2: strategy organised by the board's own departments
# --------------------------------------------------------------------------------------
def draft2():
    d = Doc("d2", title_prop="Länsstyrelsens bidrag till ett jämställt län 2025–2027",
            subject="Länsstrategi för jämställdhetsintegrering", creator=LS,
            header="Länsstyrelsen i Sydöstra Skogslandet · Dnr 801-4410-2024")
    d.title("Länsstyrelsens bidrag till ett jämställt län 2025–2027")
    d.sub("Länsstrategi för jämställdhetsintegrering, ordnad efter Länsstyrelsens verksamheter")
    d.h1("Inledning")
    d.p("Länsstyrelsen i Sydöstra Skogslandet har regeringens uppdrag att ta fram en länsstrategi "
        "för jämställdhetsintegrering. Strategin utgår från det övergripande jämställdhetspolitiska "
        "målet och de sex delmålen. Länsstyrelsen ska enligt sin instruktion integrera ett "
        "jämställdhetsperspektiv i verksamheten genom att belysa, analysera och beakta kvinnors och "
        "mäns samt flickors och pojkars villkor.")
    d.p("Vi har valt att ordna strategin efter Länsstyrelsens egna verksamheter. Länsstyrelsen "
        "möter länets invånare, kommuner och företag i tusentals ärenden varje år – som "
        "granskande, beviljande, tillsynande och samordnande myndighet. Det är där "
        "jämställdhetsintegreringen måste ske. Varje avsnitt nedan beskriver vad en enhet ska "
        "uppnå, vad den gör och vem som ansvarar.")
    d.h1("Så har strategin tagits fram")
    d.p("Arbetet började hösten 2023 med att varje enhet gick igenom sina uppdrag och "
        "ärendeslag tillsammans med den särskilt sakkunniga i jämställdhet. Frågorna var desamma "
        "för alla: Vilka personer berörs av våra beslut? Vet vi hur de fördelar sig på kvinnor "
        "och män? Finns det skillnader i utfall som vi inte har uppmärksammat? Svaren "
        "sammanställdes i ett underlag som diskuterades i ledningsgruppen i januari 2024.")
    d.p("Under våren 2024 hölls dialogmöten med kommunerna, Region Sydöstra Skogslandet och "
        "ideella organisationer. Ett utkast gick på remiss till 46 organisationer under hösten, "
        "och 29 svarade. Flera remissinstanser ville att strategin skulle innehålla mer om "
        "Länsstyrelsens eget samordningsansvar, vilket har lett till att avsnittet om samverkan "
        "har byggts ut.")
    d.h2("Begrepp")
    d.p("Med jämställdhetsintegrering menas att ett jämställdhetsperspektiv ska finnas med i allt "
        "beslutsfattande, på alla nivåer och i alla steg av processerna, av de aktörer som "
        "normalt deltar i beslutsfattandet. För Länsstyrelsen innebär det att jämställdhet inte "
        "är en egen verksamhet, utan en del av granskning, bidragsgivning, tillsyn och "
        "samordning.")
    d.h1("Ledning och verksamhetsstöd")
    d.p("Landshövdingen och länsledningen har det yttersta ansvaret för att jämställdhet "
        "integreras i styrningen. Från och med verksamhetsplaneringen för 2025 ska varje enhets "
        "verksamhetsplan innehålla minst ett mål som rör kvinnors och mäns villkor i enhetens "
        "kärnverksamhet. Länsrådet ansvarar för att målen tas fram.")
    d.p("I ärenden som rör enskilda – bidrag, stöd, tillstånd och klagomål – ska "
        "beslutsunderlagen innehålla uppgifter om sökande uppdelade efter kön när det är möjligt. "
        "Handläggarna får en checklista för jämställdhetsanalys som tas i bruk under 2025.")
    d.p("Alla chefer genomgår en halvdagsutbildning i jämställdhetsintegrering under våren 2025 "
        "och alla nyanställda får ett obligatoriskt moment om jämställdhet i "
        "introduktionsutbildningen. Den särskilt sakkunniga i jämställdhet stödjer enheterna.")
    d.p("Som myndighet ska Länsstyrelsen analysera och redovisa individbaserad statistik uppdelad "
        "efter kön. I dag kan tre av Länsstyrelsens sju system för bidrag och stöd inte ta ut "
        "uppgifter efter kön. Till 2026 ska samtliga register kunna göra det. Enheten för "
        "verksamhetsstöd ansvarar.")
    d.h1("Enheten för samhällsbyggnad")
    d.p("Länsstyrelsen granskar kommunernas översiktsplaner och detaljplaner och ger råd under "
        "samråden. Av de sex översiktsplaner som Länsstyrelsen yttrade sig över 2022–2024 innehöll "
        "en enda en analys av hur kvinnor och män rör sig och upplever trygghet i offentlig miljö. "
        "Enligt regionens resvaneundersökning står kvinnor för 64 procent av resorna med "
        "kollektivtrafik i länet, medan män gör 61 procent av bilresorna.")
    d.p("Mål: Från 2026 ska alla Länsstyrelsens granskningsyttranden över översiktsplaner "
        "kommentera planens jämställdhetsperspektiv, särskilt trygghet, tillgång till "
        "kollektivtrafik och bostadsförsörjning. Enheten tar fram en vägledning för kommunernas "
        "planerare under 2025, och enhetens handläggare deltar i en trygghetsvandring i "
        "minst två kommuner per år för att lära sig metoden. I yttrandena över regionala "
        "trafikförsörjningsprogram ska Länsstyrelsen särskilt fråga efter hur turtäthet och "
        "hållplatslägen påverkar kvinnors och mäns möjligheter att pendla. Översiktsplanen antas till sist av kommunfullmäktige, men "
        "Länsstyrelsens synpunkter i samrådet ska göra frågorna synliga tidigt.")
    d.h1("Landsbygdsenheten")
    d.p("Länsstyrelsen beviljar stöd till landsbygdsutveckling och till jordbruks- och "
        "skogsföretag. Av de företagsstöd som beviljades 2023 gick 24 procent till företag som "
        "drivs av kvinnor, 64 procent till företag som drivs av män och 12 procent till företag "
        "med blandad ledning. Kvinnor sökte i genomsnitt lägre belopp.")
    d.p("Mål: Andelen beviljade stöd till företag som drivs av kvinnor ska öka till 35 procent "
        "2027. Enheten informerar riktat tillsammans med LRF och Hushållningssällskapet, ser över "
        "urvalskriterierna 2025 och redovisar beviljade stöd efter kön varje år. Ett större "
        "företagande bland kvinnor på landsbygden bidrar på sikt också till kvinnors ekonomiska "
        "självständighet.")
    d.p("Enheten har också sett att kvinnor oftare än män får avslag på grund av "
        "ofullständiga ansökningar. Därför erbjuds från 2025 ansökningsträffar på kvällstid i "
        "Myrsjö, Hultaby och Bäckeby, och handläggarna ska redovisa orsakerna till avslag "
        "uppdelade på kvinnor och män i enhetens årliga analys.")
    d.h1("Enheten för social hållbarhet")
    d.h2("Kvinnofrid")
    d.p("Polisen registrerade 2023 612 anmälningar om misshandel av kvinnor i nära relation i "
        "länet, och 143 anmälningar om våldtäkt. Fyra av de tio kommunerna har en aktuell "
        "handlingsplan mot våld i nära relationer. Länsstyrelsen har den regionala samordningen "
        "av arbetet mot mäns våld mot kvinnor, hedersrelaterat våld och förtryck samt "
        "prostitution och människohandel.")
    d.p("Mål: Alla kommuner ska ha en handlingsplan senast 2026. Enheten erbjuder utbildning för "
        "socialtjänsten i att fråga om våld, samordnar ett regionalt kompetensteam om hedersrelaterat "
        "våld och förtryck och följer årligen upp kommunernas arbete. Kvinnofridssamordnaren "
        "ansvarar.")
    d.p("Under 2025 kartlägger enheten också hur många kvinnor som nekas plats i skyddat boende "
        "på grund av platsbrist, och för en dialog med de två kvinnojourerna i länet om "
        "långsiktig finansiering. Resultaten redovisas för kommunerna i det regionala "
        "nätverket.")
    d.h2("ANDTS")
    d.p("I enkäten Ung i Skogslandet 2023 uppgav 14 procent av pojkarna och 4 procent av "
        "flickorna i gymnasiets år 2 att de spelat om pengar den senaste månaden. Andelen som "
        "druckit alkohol den senaste månaden var 41 procent bland flickorna och 37 procent bland "
        "pojkarna. Skillnaderna syns inte i kommunernas ANDTS-planer i dag.")
    d.p("Mål: Det regionala ANDTS-nätverket ska från 2025 få en könsuppdelad lägesbild varje år, "
        "och stödet till kommunerna ska utgå från skillnaderna mellan flickor och pojkar. "
        "ANDTS-samordnaren ansvarar. ANDTS-arbetet syftar ytterst till en god och jämlik hälsa.")
    d.h2("Övrigt inom enheten")
    d.p("Enheten ansvarar också för det regionala uppdraget om föräldraskapsstöd. Det arbetet "
        "omfattas inte av denna strategi utan följer den nationella strategin på området. I "
        "enhetens arbete beaktas perspektiv som folkhälsa, tillgänglighet och barnrätt.")
    d.h1("Enheten för integration och mänskliga rättigheter")
    d.p("Länsstyrelsen fördelar medel till kommunernas insatser för nyanlända och samordnar "
        "samhällsorienteringen. År 2023 var 38 procent av deltagarna i de projekt som fick medel "
        "kvinnor, trots att kvinnorna utgjorde 49 procent av de nyanlända i länet.")
    d.p("Mål: Från 2025 ska alla ansökningar redovisa planerat deltagande efter kön, och andelen "
        "kvinnor bland deltagarna ska vara minst 50 procent 2027. Enheten prioriterar projekt som "
        "kombinerar språk och arbetsplatsförlagd praktik för utrikes födda kvinnor.")
    d.p("Enheten följer under 2025 upp varför kvinnor avbryter insatserna oftare än män. "
        "Tidigare utvärderingar pekar på att verksamheterna sällan har erbjudit barnpassning "
        "under kurstid och att träffarna har legat på tider som passar dåligt för föräldrar "
        "med små barn. Projekt som söker medel 2026 ska visa hur de har tagit hänsyn till detta.")
    d.p("Enheten svarar också på frågor om diskrimineringsgrunderna och hänvisar vid behov till "
        "Diskrimineringsombudsmannen.")
    d.h1("Beredskapsenheten")
    d.p("Beredskapsenheten har under perioden fullt fokus på uppbyggnaden av det civila "
        "försvaret. Jämställdhetsperspektivet i krisberedskapen kommer därför att behandlas i "
        "nästa strategi.")
    d.h1("Samverkan med länets aktörer")
    d.p("Länsstyrelsen stödjer, samordnar och utvecklar arbetet i länet. Vi håller i ett nätverk "
        "för kommunernas jämställdhetsstrateger som träffas fyra gånger per år tillsammans med "
        "Region Sydöstra Skogslandet. Nätverket planerar gemensamma utbildningar och delar "
        "erfarenheter av jämställdhetsanalyser. Länsstyrelsen bjuder dessutom in de statliga "
        "myndigheterna i länet till ett årligt möte om jämställdhetsintegrering, och "
        "kvinnofridsarbetet och ANDTS-arbetet har egna regionala nätverk med kommunerna, "
        "Region, Polisen och ideella organisationer.")
    d.p("Under 2025 erbjuder Länsstyrelsen dessutom alla kommuner en genomgång av hur de "
        "använder könsuppdelade uppgifter i sina egna ansökningar om statliga medel, och "
        "kommunerna bjuds in att delta i Länsstyrelsens metoddagar för handläggare. "
        "Samverkan med de statliga myndigheterna i länet gäller särskilt Arbetsförmedlingen, "
        "Försäkringskassan och Polisen, som alla har egna uppdrag om jämställdhetsintegrering.")
    d.h1("Uppföljning")
    d.p("En plan för hur strategin ska följas upp tas fram under 2025.")
    note = ("Strategi ordnad efter Länsstyrelsens enheter. Addressed: planering (granskningsyttranden, "
            "resvanor per kön, mål 2026), landsbygd (stöd per kön, mål 35 %), våld (anmälningar, "
            "mål, insatser, ansvar), ANDTS (könsuppdelade enkätsiffror, mål, ansvar), integration "
            "(deltagare per kön, mål 2027), intern (verksamhetsplaner, checklista, chefsutbildning), "
            "statistik (register ska kunna ta ut uppgifter efter kön till 2026), samverkan, "
            "req.conditions (kvinnor/män i landsbygd och planering, flickor/pojkar i ANDTS). "
            "Mentioned: goal.power bara som aktör ('antas till sist av kommunfullmäktige', "
            "'landshövdingen och länsledningen') och i metoddefinitionen under Begrepp "
            "('i allt beslutsfattande'); "
            "goal.economy bara som följd i landsbygdsavsnittet ('bidrar på sikt ... ekonomiska "
            "självständighet') – stöd till kvinnors företag är landsbygdsarbete, inte en analys "
            "av ekonomisk jämställdhet; goal.health bara som syfte för ANDTS ('syftar ytterst till "
            "en god och jämlik hälsa') och i perspektivlistan ('folkhälsa'); area.child_rights "
            "bara i perspektivlistan ('barnrätt'); area.parenting_support uttryckligen undantaget "
            "('omfattas inte av denna strategi'); area.human_rights bara enhetsnamn och "
            "diskrimineringsord/DO; area.preparedness uppskjutet till nästa strategi; "
            "req.followup bara uppskjutet ('En plan ... tas fram under 2025'). Missing: "
            "utbildning (chefs- och introduktionsutbildning, utbildning för socialtjänsten är falska "
            "vänner), obetalt arbete, regional tillväxt; 'barnpassning under kurstid' i "
            "integrationsavsnittet är en falsk vän för barnrätt (som ändå är mentioned).")
    lab = labels(goal__power=M, goal__economy=M, goal__education=X, goal__unpaid_care=X,
                 goal__health=M, goal__violence=A, area__planning=A, area__child_rights=M,
                 area__parenting_support=M, area__human_rights=M, req__conditions=A,
                 req__statistics=A, req__collaboration=A, req__internal=A, req__followup=M,
                 area__regional_growth=X, area__rural=A, area__integration=A,
                 area__preparedness=M, area__andts=A)
    return "d2_enhetsvis_strategi", "docx", d, note, lab


# --------------------------------------------------------------------------------------
# Draft 3: civil-preparedness-heavy strategy
# --------------------------------------------------------------------------------------
def draft3():
    d = Doc("d3", title_prop="Jämställd civil beredskap i Sydöstra Skogslandet",
            subject="Länsstrategi för jämställdhetsintegrering 2025–2028", creator=LS,
            footer_page=True)
    d.title("Jämställd civil beredskap i Sydöstra Skogslandet")
    d.sub("Länsstrategi för jämställdhetsintegrering 2025–2028 med inriktning på civil beredskap")
    d.h1("1. Bakgrund och inriktning")
    d.p("Sverige bygger åter upp ett totalförsvar och länsstyrelsen är den högsta civila "
        "totalförsvarsmyndigheten i länet. Samtidigt har Länsstyrelsen i Sydöstra Skogslandet fått "
        "regeringens uppdrag att ta fram en länsstrategi för jämställdhetsintegrering. Vi har valt "
        "att låta de två uppdragen mötas. Strategin utgår från de sex jämställdhetspolitiska "
        "delmålen men prioriterar jämställdhetsintegrering av krisberedskapen och det civila "
        "försvaret.")
    d.p("Kriser och krig drabbar inte alla lika. Vem som har ansvar för barn och äldre, vem som "
        "arbetar i samhällsviktig verksamhet, vem som sitter i krisledningen och vem som har "
        "resurser att klara sig själv en vecka avgör hur en händelse slår. Nationellt har kvinnor "
        "i genomsnitt lägre inkomster och mindre sparkapital än män, vilket enligt MSB kan påverka "
        "förmågan att bygga upp en hemberedskap.")
    d.p("Den civila beredskapen ska värna samhällets skyddsvärden:")
    d.ul(["människors liv och hälsa",
          "samhällets funktionalitet",
          "demokrati, rättssäkerhet och mänskliga fri- och rättigheter",
          "miljö och ekonomiska värden",
          "nationell suveränitet"])
    d.h1("2. Lägesbild")
    d.h2("2.1 Vem bär beredskapen?")
    d.p("I länet är 82 procent av de anställda i kommunal vård och omsorg kvinnor, och 78 procent "
        "av personalen inom regionens hälso- och sjukvård. Bland de deltidsanställda brandmännen "
        "i räddningstjänsten är 91 procent män. Vid en långvarig kris är det alltså till stor del "
        "kvinnor som ska hålla vård och omsorg igång, samtidigt som de ofta har huvudansvaret "
        "hemma.")
    d.p("När förskolor och skolor stänger eller bara har begränsad verksamhet ökar behovet av "
        "omsorg i hemmen, och erfarenheterna från pandemin är att detta ansvar i första hand föll "
        "på kvinnor. Samma erfarenheter visar att utsattheten för våld i nära relationer kan öka "
        "när människor isoleras, och att en lång period av oro kan leda till ohälsa.")
    d.p("De frivilliga försvarsorganisationerna har 6 400 medlemmar i länet. Av dem är 37 procent "
        "kvinnor, men i hemvärnet är andelen kvinnor 19 procent och bland instruktörerna 23 "
        "procent.")
    d.h2("2.2 Vem leder?")
    d.p("Av ledamöterna i länets tio krisledningsnämnder är 31 procent kvinnor, och fyra nämnder "
        "har en man som både ordförande och vice ordförande. Tre av tio kommunala "
        "beredskapssamordnare är kvinnor. I den regionala samverkansövningen 2024 var 44 procent "
        "av deltagarna i Länsstyrelsens stab kvinnor, men bland dem som hade en ledande funktion "
        "var andelen 29 procent.")
    d.p("En jämn könsfördelning i krisledningen är en fråga om vem som får forma besluten när det "
        "gäller som mest. Mål: Senast 2028 ska varje krisledningsnämnd i länet ha minst 40 procent "
        "av vardera könet. Länsstyrelsen för dialog med kommunstyrelsernas presidier och "
        "partiernas valberedningar inför mandatperioden 2027 och redovisar könsfördelningen i "
        "nämnderna varje år.")
    d.h2("2.3 Invånarnas förberedelser")
    d.p("I länets befolkningsenkät 2023 uppgav 48 procent av kvinnorna och 57 procent av männen att "
        "de har mat, vatten och värme för en vecka hemma. Kvinnor över 75 år som bor ensamma var "
        "den grupp som oftast saknade hemberedskap. Männen i enkäten var mindre benägna att ta "
        "del av myndigheternas information och litade mer på egna kontakter.")
    d.p("Bland eleverna i årskurs 9 uppgav 41 procent av flickorna och 22 procent av pojkarna att "
        "de ofta oroar sig för krig. Pojkarna hade i mindre utsträckning än flickorna pratat med "
        "en vuxen om sin oro. Få kommuner har information om kriser som är skriven för barn.")
    d.h2("2.4 Barnets rättigheter i kris")
    d.p("Barnkonventionen är svensk lag sedan 2020 och gäller också vid höjd beredskap. I dag "
        "finns ingen kommun i länet som har gjort en barnkonsekvensanalys av sin "
        "utrymningsplanering. Mål: Barnets bästa ska utredas i all utrymnings- och "
        "evakueringsplanering i länet senast 2027. Länsstyrelsen tar 2025, tillsammans med "
        "kommunerna och Region Sydöstra Skogslandet, fram en mall för barnkonsekvensanalys i risk- "
        "och sårbarhetsanalysen, och krisinformation anpassad för barn i olika åldrar.")
    d.h2("2.5 Erfarenheter från övningar och händelser")
    d.p("Länsstyrelsen har gått igenom utvärderingarna från de tre senaste regionala "
        "övningarna och från skogsbranden vid Sjöhamra 2022. I ingen av utvärderingarna "
        "analyserades hur de drabbade fördelade sig på kvinnor och män. Vid utrymningen av två "
        "byar vid Sjöhamra placerades uppsamlingsplatsen vid en industrilokal dit det saknades "
        "allmänna kommunikationer, vilket drabbade äldre ensamboende och hushåll utan bil. "
        "Vid övningen Skogsväktare 2024 fanns det i staben ingen funktion med ansvar för att "
        "bevaka hur olika grupper av invånare påverkades.")
    d.p("Erfarenheterna visar att jämställdhetsperspektivet lätt försvinner när tempot är högt. "
        "Därför behöver det byggas in i planer, rutiner och mallar i förväg, i stället för att "
        "förlita sig på att någon tar upp frågan under pågående händelse. Från 2025 ska varje "
        "regional övning ha en utvärderingsfråga om hur kvinnor och män, flickor och pojkar "
        "påverkades av de beslut som fattades, och stabsorganisationen ska ha en utsedd "
        "funktion som bevakar frågan.")
    d.h2("2.6 Begrepp")
    d.p("Civil beredskap är ett samlingsbegrepp för krisberedskap och civilt försvar. "
        "Krisberedskap är förmågan att förebygga, motstå och hantera kriser i fred. Civilt "
        "försvar är den verksamhet som civila aktörer bedriver för att stärka landets "
        "motståndskraft vid höjd beredskap. Länsstyrelsen är regionalt geografiskt "
        "områdesansvarig och ska verka för samordning mellan aktörerna före, under och efter en "
        "händelse.")
    d.h1("3. Mål och insatser för en jämställd civil beredskap")
    d.table([["Mål", "Insats", "Ansvarig", "Tid"],
             ["Risk- och sårbarhetsanalyserna beskriver hur kvinnor och män, flickor och pojkar "
              "påverkas", "Vägledning och workshop för kommunernas RSA-ansvariga",
              "Länsstyrelsen, beredskapsenheten", "2025–2026"],
             ["Utrymningsplaneringen tar hänsyn till vilka som saknar bil, har ansvar för barn "
              "eller anhöriga", "Genomgång av utrymningsplaner i Granvik, Tallhed och Sjöhamra",
              "Kommunerna, stöd från Länsstyrelsen", "2026"],
             ["Fler kvinnor i de frivilliga försvarsorganisationerna",
              "Gemensam rekryteringskampanj och mentorer för nya instruktörer",
              "Frivilliga försvarsorganisationer, Länsstyrelsen", "2025–2027"],
             ["Krisinformationen når kvinnor och män i alla åldrar",
              "Testa budskap i fokusgrupper, särskilt med äldre kvinnor och unga män",
              "Länsstyrelsen, kommunikationsenheten", "2026"],
             ["Jämn könsfördelning i krisledningsnämnderna", "Dialog och årlig redovisning",
              "Länsstyrelsen, kommunerna", "2025–2028"]],
            [2600, 2600, 2200, 1200])
    d.p("Livsmedelsberedskapen, där länets jordbruk har en viktig roll, ingår i "
        "Länsstyrelsens ordinarie försörjningsberedskapsarbete. Jämställdhet i "
        "landsbygdsutveckling och jordbruk omfattas inte av denna strategi.")
    d.p("Frågor om skyddsrum, utrymningsvägar och reservvatten i den fysiska samhällsplaneringen "
        "hanteras i Länsstyrelsens arbete med klimatanpassning och ingår inte heller här.")
    d.p("Krisinformationen ska utformas utifrån lägesbilden i avsnitt 2.3. Eftersom männen i "
        "enkäten i lägre grad tog del av myndigheternas information ska budskapen också spridas "
        "via arbetsplatser, idrottsföreningar och jaktlag. För äldre ensamboende kvinnor prövas "
        "under 2026 en modell där hemtjänsten och frivilliga delar ut tryckt information och "
        "hjälper till att gå igenom hemberedskapen.")
    d.h1("4. Kunskap och statistik")
    d.p("Kommunernas risk- och sårbarhetsanalyser redovisar i dag befolkningen efter ålder men "
        "sällan efter kön. Från 2026 ska kommunerna redovisa befolkningsuppgifter, personal i "
        "samhällsviktig verksamhet och deltagare i övningar uppdelade efter kön. I den regionala "
        "risk- och sårbarhetsanalysen 2027 redovisar Länsstyrelsen all individbaserad statistik "
        "efter kön och analyserar skillnaderna.")
    d.h1("5. Samverkan")
    d.p("Arbetet genomförs i Samverkansrådet Skogslandet, där kommunerna, Region Sydöstra "
        "Skogslandet, Polisen, räddningstjänsterna, Försvarsmakten, de frivilliga "
        "försvarsorganisationerna och trossamfunden ingår. Länsstyrelsen stödjer och samordnar "
        "rådets arbete och har ansvar för att jämställdhetsperspektivet finns på dagordningen vid "
        "varje möte. Under 2025 bildas en arbetsgrupp om jämställd beredskap med representanter "
        "för kommunerna och tre ideella organisationer.")
    d.p("Under 2024 utbildades hela Länsstyrelsens stab i stabsmetodik. Länsstyrelsens egen "
        "krisorganisation ingår inte i den här strategin; det interna jämställdhetsarbetet styrs "
        "av arbetsordningen och myndighetens interna handlingsplan.")
    d.h1("6. Uppföljning")
    d.p("Strategin följs upp årligen av beredskapsdirektören tillsammans med den särskilt "
        "sakkunniga i jämställdhet. Uppföljningen görs i samband med den regionala risk- och "
        "sårbarhetsanalysen och redovisas för Samverkansrådet i november. Följande indikatorer "
        "används:")
    d.ul(["andel kvinnor och män i krisledningsnämnderna",
          "andel kommuner vars risk- och sårbarhetsanalys redovisar uppgifter efter kön",
          "andel kvinnor bland medlemmar och instruktörer i de frivilliga "
          "försvarsorganisationerna",
          "andel kvinnor och män som uppger att de har hemberedskap för en vecka",
          "antal kommuner som gjort en barnkonsekvensanalys av utrymningsplaneringen"])
    d.p("En utvärdering av hela strategiperioden görs 2028 av en extern utvärderare.")
    note = ("Beredskapstung strategi. Addressed: preparedness (lägesbild per kön, mål- och "
            "insatstabell); goal.power (könsfördelning i krisledningsnämnder, mål 40 % 2028, "
            "dialog, årlig redovisning – ämnet är representation i beslutande organ); "
            "barnets rättigheter (2.4: barnkonventionen, barnkonsekvensanalys, mål 2027, ansvar); "
            "req.conditions (kvinnor/män i 2.1–2.3, flickor/pojkar i 2.3); statistik (avsnitt 4); "
            "samverkan (Samverkansrådet); uppföljning (avsnitt 6). Mentioned: goal.economy bara "
            "som nationell bild ('Nationellt har kvinnor ... lägre inkomster') i inledningen; "
            "goal.unpaid_care, goal.violence och goal.health bara som konsekvenser av kris i 2.1 "
            "(pandemierfarenheter, inga länsuppgifter), hälsa även i skyddsvärdeslistan; "
            "area.human_rights bara i den upprabblade listan över skyddsvärden; area.planning "
            "uttryckligen utanför strategin ('ingår inte heller här'); area.rural uttryckligen "
            "undantaget ('omfattas inte av denna strategi'); req.internal bara undantag och "
            "hänvisning till intern handlingsplan – stabsutbildningen 2024 är inte "
            "jämställdhetsintegrering. Gränsfall: andelen kvinnor i vård och omsorg (2.1) är "
            "lägesbild för beredskapen (vem bär samhällsviktig verksamhet), inte en analys av "
            "ekonomisk jämställdhet; uppsamlingsplatsen utan allmänna kommunikationer (2.5) är en "
            "händelseerfarenhet i beredskapsarbetet och nämner planering bara i förbigående. "
            "Missing: utbildning (stabsutbildning är falsk vän; 'när förskolor och skolor "
            "stänger' är en orsak till omsorgsbördan, inte utbildningsmålet), föräldraskapsstöd, "
            "regional tillväxt, integration, ANDTS.")
    lab = labels(goal__power=A, goal__economy=M, goal__education=X, goal__unpaid_care=M,
                 goal__health=M, goal__violence=M, area__planning=M, area__child_rights=A,
                 area__parenting_support=X, area__human_rights=M, req__conditions=A,
                 req__statistics=A, req__collaboration=A, req__internal=M, req__followup=A,
                 area__regional_growth=X, area__rural=M, area__integration=X,
                 area__preparedness=A, area__andts=X)
    return "d3_civil_beredskap", "docx", d, note, lab

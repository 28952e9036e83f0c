"""Drafts 01-05 of holdout4. Fictional county: Västra Bergslagens län."""
from docxlib import Doc
from common import labels
import boiler as B


# ---------------------------------------------------------------------------------------
def d01():
    d = Doc("01", title_prop="Jämställt Västra Bergslagen 2025–2028",
            subject="Länsstrategi för jämställdhetsintegrering", keywords="jämställdhet; länsstrategi",
            header="Länsstyrelsen i Västra Bergslagen · Dnr 801-2214-2024", footer_page=True)
    d.title("Jämställt Västra Bergslagen 2025–2028")
    d.sub("Länsstrategi för jämställdhetsintegrering i Västra Bergslagens län")
    d.h1("Förord")
    d.p("Västra Bergslagen är ett län med en stolt industrihistoria, starka bruksorter och en "
        "arbetsmarknad som fortfarande bär spår av hur arbete en gång fördelades mellan könen. "
        "Jämställdhet handlar i grunden om makt och demokrati: om vem som får vara med och "
        "bestämma, vems erfarenheter som räknas och vems tid som anses värdefull. När hälften av "
        "befolkningen inte fullt ut kan använda sin kunskap förlorar hela länet på det.")
    d.p("Att leva ett liv fritt från förtryck och ha samma möjligheter oavsett kön är en mänsklig "
        "rättighet och inget som ska förhandlas bort när resurserna är knappa. Med den här "
        "strategin vill Länsstyrelsen samla länets aktörer kring några få men avgörande frågor "
        "där vi ser att skillnaderna mellan kvinnor och män, flickor och pojkar är som störst.")
    d.p("Jag vill tacka alla som har bidragit med kunskap och synpunkter under arbetet: länets "
        "tre kommuner, Region Västra Bergslagen, statliga myndigheter, ideella organisationer och "
        "inte minst de unga som deltog i våra dialoger på gymnasieskolorna i Kolbäcksdal och "
        "Järnvika.")
    d.p("Eva-Lotta Brandberg, landshövding")
    d.h1("1. Inledning")
    d.h2("1.1 Uppdraget")
    d.p("Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för "
        "jämställdhetsintegrering. Enligt länsstyrelseinstruktionen ska Länsstyrelsen verka för "
        "att de jämställdhetspolitiska målen får genomslag i länet. Länsstyrelsens roll är att "
        "stödja, samordna och utveckla arbetet, och strategin är därför skriven för alla som "
        "verkar i länet och inte bara för den egna myndigheten.")
    d.p("Det övergripande målet för jämställdhetspolitiken är att kvinnor och män ska ha samma "
        "makt att forma samhället och sina egna liv. Till målet hör sex delmål: en jämn "
        "fördelning av makt och inflytande, ekonomisk jämställdhet, jämställd utbildning, en jämn "
        "fördelning av det obetalda hem- och omsorgsarbetet, jämställd hälsa samt att mäns våld "
        "mot kvinnor ska upphöra.")
    d.h2("1.2 Så har strategin tagits fram")
    d.p("Strategin bygger på en nulägesanalys som Länsstyrelsen tog fram under våren 2024 "
        "tillsammans med Region Västra Bergslagens analysenhet. Analysen har diskuterats vid fyra "
        "dialogmöten med sammanlagt 140 deltagare, vid två samtal med elevråd och i länets "
        "jämställdhetsråd. Ett utkast skickades på remiss till kommunerna, regionen, "
        "Arbetsförmedlingen, Försäkringskassan, Polismyndigheten och tolv organisationer i "
        "civilsamhället. Remissvaren har lett till att målen om utbildning och våld har skärpts "
        "och att indikatorerna har blivit färre men tydligare.")
    d.h2("1.3 Strategins prioriteringar")
    d.p("Länet står inför utmaningar inom alla sex delmål, men en strategi som försöker göra allt "
        "riskerar att inte göra något ordentligt. Utifrån analysen har jämställdhetsrådet därför "
        "valt att under perioden 2025–2028 prioritera tre områden:")
    d.ol(["Ekonomisk jämställdhet och en mindre könsuppdelad arbetsmarknad",
          "Jämställd utbildning och studieval",
          "Mäns våld mot kvinnor, inklusive hedersrelaterat våld och förtryck"])
    d.p("Till prioriteringarna kopplas ett antal tvärgående frågor som rör barnets rättigheter, "
        "den regionala kompetensförsörjningen och utrikes födda kvinnors etablering. I allt "
        "arbete ska perspektiv som tillgänglighet, samhällsplanering och ett normmedvetet "
        "bemötande finnas med.")
    B.add(d, B.OM_LANET, B.HISTORIK)
    d.h1("2. Nulägesanalys")
    d.h2("2.1 Befolkning och arbetsmarknad")
    d.p("Västra Bergslagens län har drygt 148 000 invånare, varav 49,3 procent kvinnor. Andelen "
        "män är högst i åldersgruppen 20–34 år, eftersom fler unga kvinnor än unga män flyttar "
        "från länet för att studera. Av de kvinnor som flyttar ut i 20-årsåldern återvänder "
        "ungefär en av fyra inom tio år, medan motsvarande andel bland männen är en av tre.")
    d.p("Arbetsmarknaden är en av landets mest könsuppdelade. Av länets 30 största yrken har 21 en "
        "tydlig övervikt av det ena könet, det vill säga mer än 60 procent kvinnor eller män. "
        "Inom stål- och verkstadsindustrin är 84 procent av de anställda män, medan 88 procent av "
        "undersköterskorna och 93 procent av barnskötarna är kvinnor. Kvinnors medianinkomst av "
        "förvärvsarbete uppgick 2023 till 79 procent av männens, vilket är tre procentenheter "
        "lägre än riksgenomsnittet.")
    d.p("Av de anställda kvinnorna i länet arbetar 31 procent deltid, jämfört med 11 procent av "
        "männen. En stor del av skillnaden förklaras av att kvinnor i högre grad tar ansvar för "
        "det obetalda omsorgsarbetet om barn och äldre anhöriga, men också av att heltid inte är "
        "norm i de kvinnodominerade yrkena inom kommunernas vård och omsorg. Deltidsarbetet "
        "påverkar inkomsten under hela livet; den genomsnittliga allmänna pensionen för kvinnor "
        "i länet är 70 procent av männens.")
    d.h2("2.2 Utbildning")
    d.p("I årskurs 9 har flickorna i länet ett genomsnittligt meritvärde på 236 poäng och "
        "pojkarna 208 poäng. Andelen elever som är behöriga till ett yrkesprogram är 88 procent "
        "bland flickorna och 81 procent bland pojkarna. Skillnaden är störst i Granåsens kommun, "
        "där nästan var femte pojke lämnar grundskolan utan gymnasiebehörighet.")
    d.p("Studievalen är starkt könsbundna. På el- och energiprogrammet och fordons- och "
        "transportprogrammet är mer än 90 procent av eleverna pojkar, medan vård- och "
        "omsorgsprogrammet och barn- och fritidsprogrammet domineras av flickor. Vid "
        "lärosätets campus i Kolbäcksdal är 71 procent av studenterna kvinnor, men bland "
        "studenterna på ingenjörsutbildningarna är andelen kvinnor 24 procent. De val som görs "
        "vid 15 års ålder får alltså direkt betydelse för den könsuppdelning på arbetsmarknaden "
        "som beskrivs ovan.")
    d.h2("2.3 Mäns våld mot kvinnor")
    d.p("Under 2023 anmäldes 1 180 fall av misshandel mot kvinnor över 18 år i länet, och i 74 "
        "procent av fallen var gärningspersonen bekant med den utsatta. Antalet anmälda "
        "våldtäkter har ökat med 18 procent sedan 2019. Länets kvinno- och tjejjourer tog emot "
        "drygt 2 300 stödsamtal. I skolenkäten som genomfördes i årskurs 2 på gymnasiet uppgav "
        "12 procent av flickorna och 3 procent av pojkarna att de under det senaste året utsatts "
        "för sexuella trakasserier på nätet.")
    d.p("Våldet får stora konsekvenser: för den som utsätts i form av ohälsa, sjukskrivning och "
        "förlorad inkomst, och för samhället i form av kostnader för vård, rättsväsende och "
        "socialtjänst. Kunskapen om hedersrelaterat våld och förtryck är ojämnt fördelad mellan "
        "kommunerna; i Järnvika saknas i dag en rutin för att upptäcka och hantera sådana "
        "ärenden inom socialtjänsten.")
    d.h2("2.4 Länets förutsättningar för att arbeta med jämställdhet")
    d.p("Samtliga tre kommuner och regionen har politiskt antagna mål för jämställdhet, men "
        "endast Kolbäcksdal har en utsedd funktion med ansvar för att driva arbetet. Bland "
        "länets statliga myndigheter har sex av nio svarat i Länsstyrelsens enkät att de "
        "redovisar statistik uppdelad på kön i sina verksamhetsberättelser.")
    d.h1("3. Regionala mål och insatser")
    d.h2("3.1 Ekonomisk jämställdhet")
    d.p("**Regionalt mål:** Skillnaden i medianinkomst mellan kvinnor och män i länet ska minska "
        "från 21 till högst 16 procent till 2028, och andelen kvinnor som arbetar heltid ska öka.")
    d.p("För att nå målet behöver arbetsgivarna i länet, inte minst kommunerna som de största "
        "arbetsgivarna för kvinnor, göra heltid till norm. Länsstyrelsen kommer att:")
    d.ul(["under 2025 bjuda in kommunernas personalchefer till ett lärande nätverk om heltid "
          "som norm, med stöd av erfarenheter från andra län;",
          "tillsammans med Arbetsförmedlingen genomföra en kartläggning av vilka branscher i "
          "länet där deltid är ofrivillig, med redovisning uppdelad på kön senast 2026;",
          "i dialog med arbetsmarknadens parter sprida kunskap om lönekartläggning och om hur "
          "yrken med jämförbara krav kan värderas lika."])
    d.h2("3.2 Jämställd kompetensförsörjning och regional tillväxt")
    d.p("Region Västra Bergslagen ansvarar för det regionala tillväxtarbetet. Bristen på "
        "arbetskraft inom industrin och inom vård och omsorg är en av länets största "
        "utvecklingsfrågor, och den går inte att lösa så länge halva befolkningen i praktiken "
        "utesluts från hälften av yrkena. Länsstyrelsen och regionen har därför kommit överens "
        "om att projekt som beviljas regionala tillväxtmedel från 2025 ska redovisa hur de "
        "bidrar till en minskad könsuppdelning. Regionen redovisar årligen andelen beviljade "
        "projekt som har en jämställdhetsanalys; målet är 100 procent 2027.")
    d.h2("3.3 Utrikes födda kvinnors etablering")
    d.p("Sysselsättningsgraden bland utrikes födda kvinnor i åldern 20–64 år är 58 procent, att "
        "jämföra med 71 procent bland utrikes födda män. Kvinnor som kommit till länet som "
        "anhöriga deltar i mindre utsträckning i etableringsinsatser och svenska för "
        "invandrare. Länsstyrelsen fördelar under perioden medel till kommunerna för insatser "
        "som kombinerar språkstudier med praktik inom bristyrken, och följer upp hur många "
        "kvinnor som går vidare till arbete eller studier inom ett år.")
    d.h2("3.4 Jämställd utbildning")
    d.p("**Regionalt mål:** Skillnaden mellan flickors och pojkars gymnasiebehörighet ska halveras "
        "till 2028, och andelen elever som väljer ett gymnasieprogram där det egna könet är i "
        "kraftig minoritet ska öka.")
    d.p("Insatserna riktas framför allt till skolhuvudmännen och till studie- och "
        "yrkesvägledningen:")
    d.ul(["Länsstyrelsen arrangerar 2025 och 2027 en länsgemensam konferens för studie- och "
          "yrkesvägledare om könsbundna val, i samarbete med Skolverkets regionala enhet.",
          "Granåsens kommun och Länsstyrelsen genomför en fördjupad analys av orsakerna till "
          "pojkarnas lägre behörighet, med resultat 2026.",
          "Industriföretagen i länet erbjuds ett metodstöd för att ta emot flickor på "
          "sommarpraktik, och vård- och omsorgscollege Västra Bergslagen erbjuds motsvarande stöd "
          "för att nå pojkar."])
    d.h2("3.5 Mäns våld mot kvinnor")
    d.p("**Regionalt mål:** Länets kommuner ska ha en likvärdig förmåga att upptäcka våld, ge stöd "
        "till våldsutsatta och arbeta våldsförebyggande, och antalet personer som söker stöd "
        "hos kommunernas verksamheter för våldsutövare ska öka.")
    d.p("Länsstyrelsen har sedan flera år ett samordnande uppdrag mot mäns våld mot kvinnor. "
        "Under perioden kommer Länsstyrelsen att:")
    d.ul(["stödja Järnvika och Granåsen i att ta fram rutiner för hedersrelaterat våld och "
          "förtryck, med målet att alla tre kommuner har rutiner senast 2026;",
          "erbjuda utbildning i våldsförebyggande metoder till personal inom skola, fritid och "
          "idrottsrörelse, med minst 300 deltagare under perioden;",
          "samordna länsnätverket för kvinnofrid där kommunerna, regionen, polisen och jourerna "
          "möts fyra gånger per år."])
    d.h2("3.6 Barnets rättigheter")
    d.p("Barnkonventionen är svensk lag sedan 2020. I länets dialoger framkom att barn som lever "
        "med våld i familjen sällan får komma till tals i de beslut som rör dem. Länsstyrelsen "
        "kommer därför att ta fram ett gemensamt stöd för barnkonsekvensanalyser i ärenden om "
        "våld i nära relationer, som prövas i Kolbäcksdal 2025 och sprids till övriga kommuner "
        "2026. Stödet ska särskilt uppmärksamma att flickor och pojkar kan ha olika behov.")
    d.h2("3.7 Övriga delmål och områden")
    d.p("Delmålen om makt och inflytande, det obetalda hem- och omsorgsarbetet och jämställd hälsa "
        "ingår inte bland strategins prioriteringar. De berörs dock indirekt av insatserna inom "
        "de prioriterade områdena.")
    d.p("Länsstyrelsen kommer inte att prioritera föräldraskapsstöd under denna strategiperiod. "
        "Frågan hanteras inom ramen för länets samverkan om tidiga insatser för barn och unga "
        "och beskrivs inte närmare här.")
    d.h1("4. Genomförande")
    d.h2("4.1 Samverkan i länet")
    d.p("Strategin genomförs i samverkan. Länsstyrelsen leder jämställdhetsrådet, där "
        "kommunerna, regionen, Arbetsförmedlingen, Försäkringskassan, Polismyndigheten, "
        "lärosätet och tre organisationer i civilsamhället ingår. Rådet träffas fyra gånger per "
        "år och följer genomförandet av de regionala målen. Aktörer i länet kan ansluta sig till "
        "strategin genom en avsiktsförklaring; de som ansluter sig får stöd i form av "
        "nätverksträffar, processtöd och tillgång till Länsstyrelsens statistikunderlag.")
    d.h2("4.2 Könsuppdelad statistik")
    d.p("All individbaserad statistik i strategin redovisas uppdelad på kön. Länsstyrelsen "
        "publicerar varje år ett faktablad, ”Kvinnor och män i Västra Bergslagen”, med aktuella "
        "siffror för de tre prioriterade områdena, och uppmanar anslutna aktörer att redovisa "
        "sin egen statistik på samma sätt.")
    d.h2("4.3 Länsstyrelsens egen verksamhet")
    d.p("Länsstyrelsen ska vara en förebild. Varje avdelning ska i sin verksamhetsplan för 2026 "
        "ange minst ett mål där jämställdhetsperspektivet är tydligt, och alla chefer genomgår en "
        "grundutbildning i jämställdhetsintegrering under 2025. I handläggningen av bidrag och "
        "tillstånd ska beslutsunderlagen innehålla en analys av hur kvinnor och män berörs när "
        "beslutet rör enskilda personer. Ledningsgruppen följer arbetet två gånger per år.")
    d.h1("5. Uppföljning och utvärdering")
    d.p("Strategin följs upp årligen. Varje regionalt mål har en eller två indikatorer (se "
        "tabellen) som redovisas i faktabladet och i Länsstyrelsens årsredovisning. "
        "Jämställdhetsrådet går igenom resultaten vid sitt decembermöte. Under hösten 2026 görs "
        "en halvtidsavstämning och under 2028 en extern utvärdering av strategins genomförande.")
    d.table([
        ["Område", "Indikator", "Utgångsläge", "Ansvar"],
        ["Ekonomisk jämställdhet", "Kvinnors medianinkomst i procent av männens", "79 % (2023)",
         "Länsstyrelsen"],
        ["Ekonomisk jämställdhet", "Andel anställda som arbetar deltid, kvinnor/män",
         "31 % / 11 %", "Länsstyrelsen"],
        ["Utbildning", "Gymnasiebehörighet flickor/pojkar", "88 % / 81 %", "Skolhuvudmännen"],
        ["Våld", "Antal kommuner med rutin för hedersrelaterat våld", "1 av 3",
         "Länsstyrelsen"],
        ["Tillväxt", "Andel tillväxtprojekt med jämställdhetsanalys", "42 %",
         "Region Västra Bergslagen"],
    ], [2300, 3200, 1700, 1868])
    d.p("Beslut om denna strategi har fattats av landshövding Eva-Lotta Brandberg efter "
        "föredragning av sakkunnig i jämställdhet. I den slutliga handläggningen har även "
        "länsrådet deltagit.")
    B.add(d, B.PROCESS, B.REMISS, B.KALLOR)
    B.add(d, B.ORDLISTA)
    note = ("Komplett strategi som prioriterar ekonomi, utbildning och våld. Makt och inflytande "
            "nämns bara som värdegrund i förordet, i uppräkningen av delmålen och i avsnitt 3.7 "
            "(ej prioriterat) → nämns. Obetalt omsorgsarbete är bara orsak till deltid i "
            "ekonomiavsnittet, hälsa bara konsekvens av våldet → nämns. Samhällsplanering står "
            "bara i en lista över perspektiv → nämns. Föräldraskapsstöd är uttryckligen "
            "bortprioriterat → nämns. Mänskliga rättigheter är bara en värdemening i förordet → "
            "nämns. Barnets rättigheter har en egen insats (stöd för barnkonsekvensanalyser) → "
            "behandlas. Regional tillväxt och integration har korta men konkreta avsnitt med "
            "analys, åtgärd och indikator → behandlas. Villkoren behandlas (kvinnor/män och "
            "flickor/pojkar analyseras). Beslutsmeningen om landshövdingen är inte maktmålet.")
    return "01_lansstrategi_tre_prioriteringar", "docx", d, labels(
        "MAAMMAMAMMAAAAAA-A--"), note


# ---------------------------------------------------------------------------------------
def d02():
    d = Doc("02", title_prop="UTKAST Länsstrategi jämställdhet", header="UTKAST 0.3 – ej för spridning",
            rev_author="Sakkunnig jämställdhet")
    d.comment(1, "Ska vi ha med ett avsnitt om ekonomin i pension också? /AB", author="Anna B.", initials="AB")
    d.comment(2, "Siffror från polisen kommer i mars.", author="Jonas E.", initials="JE")
    d.title("Länsstrategi för jämställdhetsintegrering 2025–2028")
    d.sub("Arbetsversion 0.3 – tidigt utkast")
    d.p("__Instruktion till skribenterna: fyll i avsnitten under respektive rubrik. Markera "
        "det som är osäkert med gult. Sista dag för bidrag är den 14 mars.__")
    d.h1("Disposition")
    d.ol(["Inledning och uppdrag", "Nulägesbild", "Prioriterade områden", "Makt och inflytande",
          "Utbildning", "Hälsa", "Mänskliga rättigheter", "Genomförande och uppföljning"])
    d.h1("1. Inledning och uppdrag")
    d.p("Länsstyrelsen har fått i uppdrag av regeringen att ta fram en länsstrategi för "
        "jämställdhetsintegrering. Länsstyrelsen ska enligt sin instruktion integrera ett "
        "jämställdhetsperspektiv i sin verksamhet genom att belysa, analysera och beakta "
        "kvinnors och mäns samt flickors och pojkars villkor.")
    d.p("Strategin ska gälla 2025–2028. Den ersätter den tidigare strategin från 2021. TODO: "
        "kort sammanfattning av vad den förra strategin åstadkom.")
    d.h2("Arbetsprocess")
    d.p("Strategin tas fram tillsammans med länets aktörer. Länsstyrelsen har under hösten "
        "samlat en arbetsgrupp med representanter för Kolbäcksdals, Järnvikas och Granåsens "
        "kommuner, Region Västra Bergslagen, Arbetsförmedlingen och Kvinnojouren Bergslagsrosen. "
        "Gruppen har träffats tre gånger och ska träffas två gånger till innan remissen. "
        "Länsstyrelsens roll i arbetsgruppen är att sammankalla, ta fram underlag och samordna "
        "synpunkterna, och avsikten är att gruppen ska fortsätta som ett regionalt nätverk som "
        "stödjer kommunernas eget arbete när strategin är beslutad.")
    B.add(d, B.OM_LANET)
    d.h1("2. Nulägesbild")
    d.p("Text kommer. [Analysenheten levererar underlag vecka 12.]")
    d.h1("3. Prioriterade områden")
    d.p("Förslag från arbetsgruppen: ekonomisk jämställdhet och mäns våld mot kvinnor. "
        "Övriga delmål diskuteras på nästa möte.")
    d.h2("3.1 Ekonomisk jämställdhet")
    d.p("Kvinnor i Västra Bergslagens län hade 2023 en genomsnittlig disponibel inkomst som "
        "motsvarade 82 procent av männens. Skillnaden har minskat med två procentenheter på tio år. "
        "Bakom genomsnittet döljer sig stora skillnader mellan kommunerna: i Granåsen är kvinnornas "
        "inkomst 76 procent av männens och i Kolbäcksdal 86 procent.[c1>[<c1]")
    d.p("Andelen kvinnor som är egna företagare är 4,1 procent, jämfört med 10,6 procent bland "
        "männen. Kvinnors företag finns oftare inom tjänstesektorn och har färre anställda.")
    d.p("Förslag till mål: Kvinnors och mäns inkomster ska närma sig varandra, och fler kvinnor "
        "ska starta och driva företag. Förslag till insats: Länsstyrelsen och Almi tar fram ett "
        "gemensamt rådgivningsprogram för kvinnor som vill starta företag, med start hösten 2025.")
    d.h2("3.2 Mäns våld mot kvinnor")
    d.p("Polisen registrerade 2023 drygt 900 anmälningar om misshandel av kvinnor i nära "
        "relationer i länet.[c2>[<c2] Länets tre kommuner har olika stor kapacitet att ta emot "
        "våldsutsatta; Granåsen saknar eget skyddat boende och köper platser i andra län.")
    d.p("Förslag till insats: Länsstyrelsen samordnar en gemensam upphandling av skyddat boende "
        "för de tre kommunerna och erbjuder 2025 en grundutbildning om våld i nära relationer för "
        "socialtjänstens handläggare. Ansvar: enheten för social hållbarhet.")
    d.h1("4. Makt och inflytande")
    d.p("Målgrupp för detta avsnitt: förtroendevalda i kommuner och region samt ledande "
        "tjänstepersoner.")
    d.p("Text kommer.")
    d.h1("5. Utbildning")
    d.p("TODO – Marie skriver. Kolla med Skolverket om senaste siffrorna.")
    d.h1("6. Hälsa")
    d.p("Avsnittet skrivs senare.")
    d.h1("7. Mänskliga rättigheter")
    d.p("[Rubriken är kvar från förra strategin – ska den vara med?]")
    d.h1("8. Samhällsplanering och barnets rättigheter")
    d.p("TODO: kontakta enheten för samhällsbyggnad och barnrättssamordnaren innan nästa version.")
    d.h1("9. Könsuppdelad statistik")
    d.p("Text kommer.")
    d.h1("10. Den egna verksamheten")
    d.p("TODO")
    d.h1("11. Genomförande och uppföljning")
    d.p("Hur strategin ska följas upp beskrivs när målen har fastställts. Ett förslag läggs fram "
        "till arbetsgruppens möte i maj.")
    d.h1("Att göra före remissversionen")
    d.ul(["Lägga in nulägesbilden från analysenheten",
          "Stämma av prioriteringarna med ledningsgruppen",
          "Språkgranskning",
          "Beställa omslag och bilder"])
    B.add(d, B.ORDLISTA)
    note = ("Tidigt utkast. Bara ekonomi och våld har riktigt innehåll (analys och förslag till "
            "insats) → behandlas. Arbetsprocessen beskriver Länsstyrelsens samordnande roll i en "
            "arbetsgrupp med kommuner, region och civilsamhälle → samverkan behandlas. Makt har "
            "bara en målgruppsrad och ”Text kommer” → nämns (målgrupp + platshållare). Utbildning, "
            "hälsa, mänskliga rättigheter, samhällsplanering, barnets rättigheter, statistik, "
            "egen verksamhet är rubriker med TODO/platshållare → nämns. Uppföljning skjuts upp "
            "(”beskrivs när målen har fastställts”) → nämns. Villkoren: bara instruktionens "
            "formulering återges och innehållet rör enbart kvinnor och män → nämns. Kommentarerna "
            "i marginalen innehåller inget som ändrar bedömningen.")
    return "02_tidigt_utkast_platshallare", "docx", d, labels(
        "MAM-MAMM-MMMAMM-----"), note


# ---------------------------------------------------------------------------------------
def d03():
    d = Doc("03", lang="en", title_prop="Handlingsplan 2025 jämställdhetsintegrering",
            header="Handlingsplan 2025 – bilaga till länsstrategin", footer_page=True)
    d.title("Handlingsplan för jämställdhetsintegrering 2025")
    d.sub("Bilaga till Jämställt Västra Bergslagen – aktiviteter, ansvar, tid och indikatorer")
    B.add(d, B.LASANVISNING)
    d.h1("Om handlingsplanen")
    d.p("Handlingsplanen konkretiserar länsstrategin för år 2025. Den beslutas av Länsstyrelsens "
        "ledningsgrupp och revideras varje år i december. Varje aktivitet har en ansvarig enhet, "
        "en tidpunkt och en indikator. Perspektiv som ska beaktas i alla aktiviteter är "
        "barnrätt, tillgänglighet och klimat.")
    d.p("Förkortningar: LST = Länsstyrelsen, RVB = Region Västra Bergslagen, AF = "
        "Arbetsförmedlingen, SMR = Enheten för social hållbarhet och mänskliga rättigheter, "
        "SHB = Enheten för samhällsbyggnad.")
    B.add(d, B.OM_LANET, B.OM_KON)
    d.h1("Tabell 1. Makt, ekonomi och utbildning")
    d.table([
        ["Aktivitet", "Ansvar", "Tid", "Indikator"],
        ["Kartlägga könsfördelningen bland ordförande och ledamöter i kommunernas nämnder och "
         "bolagsstyrelser och presentera resultatet för valberedningarna", "SMR", "Kv 2 2025",
         "Rapport klar; andel kvinnor bland ordförande (i dag 31 %)"],
        ["Erbjuda kommunerna stöd i att införa heltid som norm i vård och omsorg", "SMR, "
         "kommunernas HR", "2025–2026", "Andel kvinnor med heltidsanställning i kommunerna"],
        ["Genomföra tre frukostmöten om lönekartläggning för små och medelstora arbetsgivare",
         "SMR, Almi", "Kv 3–4 2025", "Antal deltagande arbetsgivare (mål: 40)"],
        ["Språkpraktik för utrikes födda kvinnor inom vård och industri, 60 platser", "AF, "
         "kommunerna, LST", "Start kv 2 2025", "Andel deltagare i arbete eller studier efter "
         "12 månader"],
        ["Workshop för studie- och yrkesvägledare om normer i studieval", "SMR, Skolverket",
         "Okt 2025", "Andel flickor och pojkar som söker program där det egna könet är i "
         "minoritet"],
        ["Obetalt hem- och omsorgsarbete", "–", "–", "Ingår inte i handlingsplanen 2025"],
    ], [3600, 1700, 1300, 2468])
    d.h1("Tabell 2. Hälsa och våld")
    d.table([
        ["Aktivitet", "Ansvar", "Tid", "Indikator"],
        ["Ta fram en könsuppdelad lägesbild av psykisk ohälsa bland unga 16–24 år tillsammans "
         "med regionens folkhälsoenhet", "SMR, RVB", "Kv 3 2025", "Lägesbild publicerad"],
        ["Utbilda socialtjänst och elevhälsa i att upptäcka hedersrelaterat våld och förtryck",
         "SMR", "Vår 2025", "Antal utbildade (mål: 120)"],
        ["Stödja kommunerna att starta verksamhet för män som utövar våld", "SMR, Järnvika",
         "2025", "Verksamhet finns i alla tre kommuner"],
        ["Föräldraskapsstöd: ta fram en gemensam inbjudan och tider som gör det lättare för "
         "pappor att delta i kommunernas föräldragrupper", "SMR, familjecentralerna", "Kv 4 2025",
         "Andel pappor bland deltagarna (i dag 22 %)"],
        ["Regional tillväxt", "RVB", "–", "Hanteras i regionens handlingsplan för jämställd "
         "tillväxt"],
    ], [3600, 1700, 1300, 2468])
    d.h1("Tabell 3. Samhällsplanering och beredskap")
    d.table([
        ["Aktivitet", "Ansvar", "Tid", "Indikator"],
        ["I yttranden över översiktsplaner efterfråga hur kvinnors och mäns resmönster och "
         "trygghet i offentlig miljö har analyserats", "SHB", "Löpande", "Andel yttranden där "
         "frågan tas upp"],
        ["Trygghetsvandring vid resecentrum i Järnvika tillsammans med kommunen och "
         "kollektivtrafikmyndigheten", "SHB, Järnvika", "Maj 2025", "Åtgärdslista upprättad"],
        ["Krisberedskap", "Beredskapsenheten", "Planeras till 2026", "–"],
    ], [3600, 1700, 1300, 2468])
    d.h1("Tabell 4. Statistik, samverkan och egen verksamhet")
    d.table([
        ["Aktivitet", "Ansvar", "Tid", "Indikator"],
        ["Publicera faktabladet Kvinnor och män i Västra Bergslagen med könsuppdelad statistik "
         "för alla sex delmål", "SMR, analysfunktionen", "Mars 2025", "Faktablad publicerat"],
        ["Sammankalla jämställdhetsrådet (kommuner, region, myndigheter, civilsamhälle) fyra "
         "gånger", "SMR", "Feb, maj, sep, dec", "Antal möten och deltagande organisationer"],
        ["Processtöd till anslutna aktörer: två lärande träffar för kommunernas "
         "jämställdhetsstrateger", "SMR", "Vår och höst 2025", "Antal anslutna aktörer (i dag 14)"],
        ["Alla enheter anger minst ett jämställdhetsmål i verksamhetsplanen och redovisar "
         "resultatet i tertialrapporten", "Enhetscheferna", "Verksamhetsplan 2025", "Andel enheter "
         "med mål (mål: 100 %)"],
        ["Grundutbildning i jämställdhetsintegrering för nyanställda handläggare", "HR-enheten",
         "Varje termin", "Andel nyanställda som genomgått utbildningen"],
        ["Uppföljning", "SMR", "Dec 2025", "–"],
    ], [3600, 1700, 1300, 2468])
    B.add(d, B.PROCESS)
    d.h1("Så följs handlingsplanen upp")
    d.p("Enheten för social hållbarhet och mänskliga rättigheter sammanställer i november en "
        "uppföljning av samtliga aktiviteter med status (genomförd, pågår, ej påbörjad) och "
        "utfall för indikatorerna. Sammanställningen redovisas för ledningsgruppen i december och "
        "ligger till grund för handlingsplanen 2026. Indikatorer som gäller personer redovisas "
        "uppdelade på kvinnor och män.")
    note = ("Handlingsplan nästan helt i tabeller; de flesta mål behandlas kort i en tabellrad med "
            "ansvar, tid och indikator (makt, ekonomi, utbildning, hälsa, våld, planering, "
            "föräldraskapsstöd, integration). Villkoren behandlas eftersom indikatorerna gäller både "
            "kvinnor/män och flickor/pojkar. Obetalt arbete: raden ”Ingår inte” → nämns. Barnrätt "
            "står bara i en lista över perspektiv → nämns. Mänskliga rättigheter förekommer bara "
            "i enhetsnamnet SMR → nämns. Regional tillväxt hänvisas till regionens plan → nämns. "
            "Krisberedskap ”Planeras till 2026” → nämns. Den ensamma tabellraden ”Uppföljning” "
            "räknas inte, men avsnittet ”Så följs handlingsplanen upp” är verklig uppföljning → "
            "behandlas. Grundutbildningen för handläggare är egen verksamhet, inte utbildningsmålet.")
    return "03_handlingsplan_tabeller", "docx", d, labels(
        "AAAMAAAMAMAAAAAM-AM-"), note


# ---------------------------------------------------------------------------------------
def d04():
    txt = """Hoppa till huvudinnehåll
Länsstyrelsen i Västra Bergslagen
Sök
Meny
Startsida
Miljö och vatten
Natur och landskap
Samhällsplanering och kulturmiljö
Djur
Mänskliga rättigheter
Jämställdhet
Krisberedskap
Om oss
Kontakta oss

Vi använder kakor för att webbplatsen ska fungera så bra som möjligt. Genom att fortsätta godkänner du att vi använder kakor. Läs mer om kakor | Godkänn alla | Endast nödvändiga

Startsida > Jämställdhet > Länets jämställdhetsarbete

Länets jämställdhetsarbete

Publicerad: 12 november 2024 | Senast uppdaterad: 3 februari 2025

Länsstyrelsen arbetar för att jämställdhetspolitiken ska få genomslag i Västra Bergslagens län. Det nationella målet är att kvinnor och män ska ha samma makt att forma samhället och sina egna liv. Länsstyrelsen ska enligt sin instruktion belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor i all verksamhet där det är relevant.

De jämställdhetspolitiska delmålen

Regeringen har beslutat om sex delmål för jämställdhetspolitiken:

    • En jämn fördelning av makt och inflytande. Kvinnor och män ska ha samma rätt och möjlighet att vara aktiva samhällsmedborgare och att forma villkoren för beslutsfattandet.
    • Ekonomisk jämställdhet. Kvinnor och män ska ha samma möjligheter och villkor i fråga om betalt arbete som ger ekonomisk självständighet livet ut.
    • Jämställd utbildning. Kvinnor och män, flickor och pojkar ska ha samma möjligheter och villkor när det gäller utbildning, studieval och personlig utveckling.
    • Jämn fördelning av det obetalda hem- och omsorgsarbetet. Kvinnor och män ska ta samma ansvar för hemarbetet och ha möjligheter att ge och få omsorg på lika villkor.
    • Jämställd hälsa. Kvinnor och män, flickor och pojkar ska ha samma förutsättningar för en god hälsa samt erbjudas vård och omsorg på lika villkor.
    • Mäns våld mot kvinnor ska upphöra. Kvinnor och män, flickor och pojkar, ska ha samma rätt och möjlighet till kroppslig integritet.

Jämställdhetsintegrering

Jämställdhetsintegrering är regeringens strategi för att nå målen. Det innebär att ett jämställdhetsperspektiv ska finnas med i det vardagliga arbetet, där beslut fattas och resurser fördelas, i stället för att jämställdhet behandlas som en fråga vid sidan av. Strategin bygger på att de som normalt arbetar med en fråga också ansvarar för att jämställdhetsperspektivet finns med.

Jämställdhetsrådet Västra Bergslagen

Länsstyrelsen samordnar Jämställdhetsrådet Västra Bergslagen. I rådet möts Kolbäcksdals, Järnvikas och Granåsens kommuner, Region Västra Bergslagen, Arbetsförmedlingen, Försäkringskassan, Polisregionen och flera organisationer från civilsamhället. Rådet träffas fyra gånger om året och är den plats där länets aktörer stämmer av sina prioriteringar, planerar gemensamma insatser och delar erfarenheter. Länsstyrelsen står för sekretariatet och bjuder varje år in till en öppen länskonferens.

Vill din organisation vara med? Alla offentliga och ideella organisationer i länet kan ansluta sig till länsstrategin. Som ansluten aktör får du tillgång till rådets nätverksträffar och till stöd från våra sakkunniga.

Så arbetar vi mot mäns våld mot kvinnor

Länsstyrelsen har en regional samordnare mot mäns våld mot kvinnor. Samordnaren stödjer kommunernas socialtjänst, regionens vårdcentraler och ideella jourer i att utveckla arbetet med att upptäcka våld och ge stöd till våldsutsatta. Under 2025 gör vi bland annat detta:

    – Vi erbjuder en webbaserad grundutbildning om våld i nära relationer till alla som arbetar i länets kommuner.
    – Vi fördelar utvecklingsmedel till projekt som förebygger hedersrelaterat våld och förtryck. Ansökan är öppen till och med den 15 april.
    – Vi ordnar två regionala kunskapsdagar om prostitution och människohandel för sexuella ändamål tillsammans med polisen.
    – Vi stödjer Granåsens kommun i att starta en samtalsgrupp för män som har utövat våld mot en partner.

Är du utsatt för våld? Kontakta Kvinnofridslinjen på 020-50 50 50. Samtalet är gratis och syns inte på telefonräkningen. Vid akut fara, ring 112.

""" + B.FAQ_TEXT + """
Dokument

Jämställt Västra Bergslagen 2025–2028 (pdf, 2,1 MB)
Jämställt Västra Bergslagen – lättläst version (pdf, 450 kB)
Inbjudan till länskonferensen 2025 (pdf, 180 kB)

Kontakt

Sakkunnig i jämställdhet
Tel: 010-224 00 00 (växel)
E-post: vastrabergslagen@lansstyrelsen.example

Regional samordnare mot mäns våld mot kvinnor
Tel: 010-224 00 00 (växel)

Dela sidan: Facebook | LinkedIn | E-post

Var det här till hjälp? Ja | Nej

Länsstyrelsen i Västra Bergslagen
Besöksadress: Bruksgatan 4, Kolbäcksdal
Postadress: 701 86 Kolbäcksdal
Organisationsnummer: 202100-0000
Om webbplatsen | Tillgänglighetsredogörelse | Behandling av personuppgifter | Kakor
"""
    note = ("Inklistrad webbsida med meny, kakbanner och sidfot. De sex delmålen återges som "
            "punktlista → nämns, utom våld där sidan beskriver konkreta insatser 2025 → behandlas. "
            "Jämställdhetsrådet beskrivs med deltagare, mötesfrekvens och Länsstyrelsens "
            "sekretariatsroll → samverkan behandlas. Menylänkarna ”Mänskliga rättigheter”, "
            "”Krisberedskap” och ”Samhällsplanering och kulturmiljö” är bara etiketter → nämns. "
            "Villkoren: bara instruktionens formulering återges → nämns. Definitionen av "
            "jämställdhetsintegrering (”där beslut fattas”) är en metoddefinition och ändrar inte "
            "makt. Ingen statistik, ingen egen verksamhet, ingen uppföljning → saknas.")
    return "04_webbsida_inklistrad", "txt", txt, labels(
        "MMMMMAM--MM-A-----M-"), note


# ---------------------------------------------------------------------------------------
def d05():
    d = Doc("05", title_prop="Plan för jämställdhet Kolbäcksdals kommun 2025–2027",
            creator="Kolbäcksdals kommun", company="Kolbäcksdals kommun",
            header="Kolbäcksdals kommun · Kommunledningskontoret", footer_page=True)
    d.title("Plan för jämställdhet 2025–2027")
    d.sub("Kolbäcksdals kommun – antagen av kommunfullmäktige den 28 januari 2025, § 9")
    d.h1("Inledning")
    d.p("Kolbäcksdals kommun har undertecknat den europeiska deklarationen för jämställdhet på "
        "lokal och regional nivå. Den här planen beskriver hur kommunen under 2025–2027 ska "
        "arbeta för att kommunens service ska vara likvärdig för kvinnor och män, flickor och "
        "pojkar, och hur kommunen som arbetsgivare ska bidra till jämställdhet. Planen har "
        "beretts av kommunstyrelsen och antagits av kommunfullmäktige. Kommunstyrelsen ansvarar "
        "för att planen genomförs och nämnderna för att den bryts ned i deras verksamhetsplaner.")
    d.p("Kommunen står bakom de mänskliga rättigheterna och de grundläggande principerna om allas "
        "lika värde. Arbetet med jämställdhet ska därför bedrivas med medvetenhet om att kön "
        "samverkar med andra diskrimineringsgrunder.")
    B.add(d, B.OM_KON)
    d.h1("Kommunens utgångsläge")
    d.p("Kolbäcksdal har 61 400 invånare. Kommunen har 5 200 anställda, varav 78 procent kvinnor. "
        "Av kvinnorna har 68 procent en heltidsanställning och av männen 91 procent. Kvinnor "
        "inom vård och omsorg arbetar oftare deltid än andra grupper, vilket främst förklaras av "
        "schemaläggningen men också av att många kvinnor bär ett större ansvar för barn och "
        "anhöriga hemma. Lönekartläggningen 2024 visade inga osakliga löneskillnader inom lika "
        "arbete, men kvinnodominerade yrken med likvärdiga krav har i genomsnitt 6 procent lägre "
        "lön än mansdominerade.")
    d.p("I grundskolan har flickorna högre meritvärden än pojkarna i alla årskurser, och "
        "skillnaden ökar mellan årskurs 6 och 9. Elevhälsans enkät i årskurs 8 visar att 41 "
        "procent av flickorna och 19 procent av pojkarna ofta känner sig stressade eller nedstämda. "
        "Pojkarna är i högre grad än flickorna utsatta för fysiskt våld mellan elever, medan "
        "flickorna i högre grad utsätts för kränkningar på nätet.")
    d.p("Socialtjänsten hade under 2024 kontakt med 212 vuxna som utsatts för våld i en nära "
        "relation, varav 181 kvinnor och 31 män. I 96 av ärendena fanns barn i familjen.")
    d.h1("Mål och åtgärder")
    d.h2("1. Kolbäcksdal som jämställd arbetsgivare")
    d.p("Mål: Heltid ska vara norm. Andelen kvinnor med heltidsanställning ska vara minst 85 "
        "procent 2027.")
    d.ul(["Socialförvaltningen inför under 2025 ett nytt schemaläggningssystem som utgår från "
          "heltid. Ansvar: socialchefen.",
          "HR-avdelningen analyserar lönestrukturen mellan kvinno- och mansdominerade yrken med "
          "likvärdiga krav och föreslår en åtgärdsplan i lönerevisionen 2026."])
    d.h2("2. Jämställd skola och förskola")
    d.p("Mål: Skillnaden i meritvärde mellan flickor och pojkar ska minska, och alla elever ska "
        "få studie- och yrkesvägledning som utmanar traditionella val.")
    d.ul(["Barn- och utbildningsförvaltningen genomför en analys av hur undervisningen når "
          "pojkar och flickor i årskurs 6–9, med stöd av forskare vid lärosätet. Resultat hösten "
          "2025.",
          "Förskolorna arbetar med normmedveten pedagogik; fem förskolor deltar i ett "
          "utvecklingsprojekt 2025–2026.",
          "Studie- och yrkesvägledarna erbjuder prao där eleven provar ett yrke där det egna "
          "könet är i minoritet."])
    d.h2("3. Hälsa bland unga")
    d.p("Mål: Andelen flickor som ofta känner sig stressade eller nedstämda ska minska, och "
        "pojkars psykiska ohälsa ska uppmärksammas bättre.")
    d.ul(["Elevhälsan inför samtalsgrupper om stress för flickor i årskurs 8 och en "
          "riktad insats för att nå pojkar som sällan söker hjälp.",
          "Kultur- och fritidsförvaltningen redovisar hur bidragen till föreningslivet fördelas "
          "mellan flickor och pojkar och justerar riktlinjerna om fördelningen är ojämn. Syftet "
          "med fritidsgårdarnas kvällsverksamhet är bland annat att förebygga alkohol och droger "
          "bland unga."])
    d.h2("4. Ett liv fritt från våld")
    d.p("Mål: Alla som utsätts för våld i nära relation ska få stöd, och fler män som utövar "
        "våld ska få behandling.")
    d.ul(["Socialtjänsten inför frågor om våld i alla utredningar som rör vuxna, och följer upp "
          "andelen ärenden där frågan ställts.",
          "Kommunen samarbetar med Kvinnojouren Bergslagsrosen och Länsstyrelsen om en "
          "gemensam kampanj mot våld i ungas relationer under 2026."])
    d.h2("5. Barnets rättigheter")
    d.p("Mål: Barnets bästa ska utredas i alla beslut som rör barn.")
    d.p("Från 2025 ska alla ärenden till kommunfullmäktige som rör barn innehålla en "
        "barnkonsekvensanalys. Kommunens barnrättsstrateg utbildar handläggarna i metoden och "
        "gör en stickprovsgranskning av tjugo ärenden per år. Barn som upplevt våld i familjen "
        "ska alltid erbjudas ett eget samtal med socialtjänsten.")
    d.h2("6. Föräldraskapsstöd")
    d.p("Familjecentralen erbjuder föräldragrupper för alla föräldrar med barn under ett år. I "
        "dag är 85 procent av deltagarna mammor. Målet är att andelen pappor ska öka till 35 "
        "procent 2027. Familjecentralen startar därför pappagrupper på kvällstid och erbjuder "
        "digitala träffar, och informationen om föräldraskapsstödet skickas till båda "
        "vårdnadshavarna.")
    d.h2("7. Trygg och jämställd stadsmiljö")
    d.p("I medborgarundersökningen uppgav 38 procent av kvinnorna och 14 procent av männen att "
        "de undviker vissa platser i centrala Kolbäcksdal på kvällstid. Samhällsbyggnadsförvaltningen "
        "ska i arbetet med den nya översiktsplanen analysera hur kvinnor och män rör sig i "
        "kommunen, genomföra trygghetsvandringar i tre stadsdelar och prioritera belysning av gång- "
        "och cykelvägar till busshållplatser.")
    d.h2("8. Kommunens styrning och statistik")
    d.p("All individbaserad statistik i kommunens årsredovisning, nämndernas verksamhetsberättelser "
        "och medborgarundersökningar ska redovisas och analyseras uppdelad på kön. Varje nämnd ska "
        "i sin verksamhetsplan ange minst två jämställdhetsmål kopplade till kärnverksamheten. "
        "Kommunens chefer och nämndsekreterare genomgår en utbildning i jämställdhetsanalys av "
        "beslutsunderlag under 2025.")
    d.p("Kommunens arbete med nyanländas etablering beskrivs i integrationsprogrammet och "
        "behandlas inte i denna plan.")
    d.h1("Samverkan")
    d.p("Kommunen deltar i Länsstyrelsens regionala nätverk för jämställdhetsintegrering och i "
        "jämställdhetsrådet. Kommunen samverkar med Region Västra Bergslagen om ungas hälsa, med "
        "Kvinnojouren Bergslagsrosen om stöd till våldsutsatta och med grannkommunerna Järnvika "
        "och Granåsen om gemensam kompetensutveckling för socialtjänsten.")
    d.h1("Uppföljning")
    d.p("Planen följs upp årligen i kommunens årsredovisning. Kommunstyrelsen får varje år i "
        "mars en rapport med utfallet för indikatorerna: andel kvinnor och män med heltid, "
        "meritvärde för flickor och pojkar, andel elever som ofta känner sig stressade, andel "
        "utredningar med frågor om våld, andel pappor i föräldragrupperna och andel "
        "barnkonsekvensanalyser i fullmäktigeärenden. Planen utvärderas i sin helhet under 2027.")
    B.add(d, B.ORDLISTA)
    note = ("Kommunal plan. Kommunfullmäktige och kommunstyrelsen förekommer bara som beslutande "
            "och ansvariga → makt nämns (aktör). Omsorgsansvaret hemma är bara en förklaring till "
            "deltid → obetalt arbete nämns. ”Står bakom de mänskliga rättigheterna” och "
            "diskrimineringsgrunderna → nämns. Alkohol och droger förekommer bara som syftet med "
            "fritidsgårdarna → ANDTS nämns. Integration hänvisas till annat program → nämns. "
            "Egen verksamhet gäller här kommunens egen styrning och kompetensutveckling (avsnitt 8) "
            "→ behandlas. Vårdnadshavare i föräldraskapsavsnittet är ingen vård; "
            "föräldraskapsstödet har egen analys, mål och åtgärd → behandlas.")
    return "05_kolbacksdals_kommun_plan", "docx", d, labels(
        "MAAMAAAAAMAAAAA--M-M"), note


DRAFTS = [d01, d02, d03, d04, d05]

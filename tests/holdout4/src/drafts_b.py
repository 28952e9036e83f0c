"""Drafts 06-10 of holdout4. Fictional county: Västra Bergslagens län."""
from docxlib import Doc
from common import labels
import boiler as B


# ---------------------------------------------------------------------------------------
def d06():
    d = Doc("06", title_prop="Värdegrund och riktning för ett jämställt län",
            subject="Länsstrategi för jämställdhetsintegrering 2025–2028")
    d.title("Ett jämställt Västra Bergslagen – värdegrund och riktning")
    d.sub("Länsstrategi för jämställdhetsintegrering 2025–2028")
    d.h1("Varför jämställdhet?")
    d.p("Jämställdhet är en fråga om rättvisa. Den handlar om makt, om demokrati och om vilket "
        "samhälle vi vill lämna efter oss. Ett län där kvinnor och män har samma möjligheter att "
        "forma sina liv är ett starkare län – socialt, kulturellt och ekonomiskt. När vi talar om "
        "jämställdhet talar vi därför inte om en särskild sakfråga som kan läggas till eller tas "
        "bort, utan om en grundläggande kvalitet i allt offentligt arbete.")
    d.p("Ekonomisk självständighet är grunden för att kunna välja sitt eget liv. Den som har en "
        "egen inkomst kan lämna en relation, flytta, starta något nytt eller säga nej. Därför är "
        "frågor om arbete och lön aldrig bara ekonomiska frågor; de är frågor om frihet.")
    d.p("Ett liv fritt från våld är en mänsklig rättighet. Våldet är det yttersta uttrycket för "
        "bristande jämställdhet och påverkar inte bara den som utsätts utan hela samhällets "
        "förmåga att vara tryggt och öppet. På samma sätt är en god hälsa en förutsättning för att "
        "delta i arbetsliv och samhällsliv, och vi ska aldrig acceptera att hälsan fördelas efter "
        "kön.")
    d.p("Barnkonventionen är svensk lag. Barnets bästa ska komma i främsta rummet, och barn har "
        "rätt att uttrycka sina åsikter i frågor som rör dem. Det är en hållning som ska prägla "
        "hela länets offentliga verksamhet.")
    d.h1("Vår värdegrund")
    d.p("Strategin vilar på tre bärande värden.")
    d.h2("Allas lika värde")
    d.p("Varje människa har samma värde oavsett kön, ålder, bakgrund eller livssituation. "
        "Jämställdhet mellan kvinnor och män är en del av ett större arbete för ett samhälle där "
        "ingen behandlas sämre på grund av vem hon eller han är.")
    d.h2("Delaktighet")
    d.p("Ingen förändring blir hållbar om den inte bärs av de människor som berörs. Vi vill "
        "att fler röster ska höras i det offentliga samtalet och att länets invånare ska känna "
        "att de kan påverka.")
    d.h2("Ansvar")
    d.p("Jämställdhet är inte en uppgift för några få eldsjälar. Den som ansvarar för en "
        "verksamhet ansvarar också för att verksamheten är jämställd.")
    B.add(d, B.HISTORIK, B.AGENDA2030, B.OM_KON)
    d.h1("Vad är jämställdhetsintegrering?")
    d.p("Jämställdhetsintegrering är den strategi som Sverige valt för att nå de "
        "jämställdhetspolitiska målen. Den innebär att ett jämställdhetsperspektiv ska finnas "
        "med i all ordinarie verksamhet, i styrning, planering, genomförande och uppföljning, "
        "och att det är de aktörer som normalt fattar besluten som också ansvarar för "
        "perspektivet. Jämställdhetsintegrering förutsätter kunskap om hur villkoren ser ut, "
        "vilket i sin tur förutsätter att statistik om personer alltid tas fram och redovisas "
        "uppdelad på kön.")
    d.p("Länsstyrelsen ska enligt sin instruktion belysa, analysera och beakta kvinnors och mäns "
        "samt flickors och pojkars villkor. Det är ett uppdrag som ska genomsyra hela "
        "myndigheten.")
    d.p("Målet om jämställd utbildning omfattar hela utbildningssystemet, från förskolan till "
        "vuxenutbildningen och högskolan. Målet om makt och inflytande gäller både formell makt, "
        "som politiska uppdrag, och informell makt i form av normer och nätverk.")
    d.h1("Perspektiv som ska genomsyra arbetet")
    d.p("I allt arbete som utgår från strategin ska följande perspektiv vägas in:")
    d.ul(["ett intersektionellt perspektiv",
          "barnrättsperspektivet",
          "tillgänglighet och samhällsplanering",
          "hållbar utveckling enligt Agenda 2030"])
    d.h1("Mänskliga rättigheter som grund för arbetet")
    d.p("Jämställdhet är en del av de mänskliga rättigheterna. Sverige har ratificerat FN:s "
        "kvinnokonvention, CEDAW, och har därmed åtagit sig att avskaffa all diskriminering av "
        "kvinnor. FN:s kvinnodiskrimineringskommitté lämnade sina senaste rekommendationer till "
        "Sverige 2021. Flera av dem rör områden där kommuner och regioner har ett stort ansvar, "
        "som stöd till kvinnor med funktionsnedsättning och kvinnors tillgång till rättsliga "
        "stödinsatser.")
    d.p("Under strategiperioden kommer Länsstyrelsen att arbeta konkret med att göra de "
        "mänskliga rättigheterna till en del av det dagliga arbetet i länet:")
    d.ul(["Under 2025 gör Länsstyrelsen en genomgång av vilka av kommitténs rekommendationer som "
          "berör länets kommuner och region, och presenterar resultatet vid länets "
          "MR-dag i december.",
          "Länsstyrelsen erbjuder kommunernas och regionens handläggare en utbildning i "
          "rättighetsbaserat arbetssätt, med fokus på principerna om icke-diskriminering, "
          "delaktighet, transparens och ansvarsutkrävande. Minst 80 personer ska ha deltagit "
          "till utgången av 2026.",
          "Tillsammans med Granåsens kommun prövas en modell för att göra "
          "rättighetsanalyser av kommunala beslut, som sedan erbjuds övriga kommuner."])
    d.h1("Tillsammans för ett jämställt län")
    d.p("Länsstyrelsen bjuder in länets kommuner, regionen, statliga myndigheter, företag och "
        "civilsamhällets organisationer att ansluta sig till strategin. Anslutningen sker genom "
        "att organisationens ledning undertecknar en avsiktsförklaring och utser en "
        "kontaktperson. De anslutna organisationerna erbjuds två nätverksträffar per år, ett "
        "introduktionsmöte med Länsstyrelsens sakkunniga och möjlighet att delta i "
        "gemensamma lärprojekt. Länsstyrelsen sammanställer varje år en förteckning över "
        "anslutna organisationer och deras åtaganden. Vid strategins start hade elva "
        "organisationer anslutit sig, bland dem Kolbäcksdals och Järnvikas kommuner och "
        "Region Västra Bergslagen.")
    d.h1("Så vet vi att vi är på väg")
    d.p("Strategin följs upp varje år genom en enkät till de anslutna organisationerna om vilka "
        "åtaganden som genomförts. Resultatet redovisas för Länsstyrelsens ledning i december "
        "och publiceras på webbplatsen. En slututvärdering av strategin görs av en extern "
        "utvärderare under 2028.")
    B.add(d, B.PROCESS, B.REMISS)
    d.h1("Avslutande ord")
    d.p("Jämställdhet uppnås inte en gång för alla. Varje generation måste på nytt ta ställning "
        "till vilka normer den vill föra vidare. Med den här strategin vill vi ge länets "
        "aktörer en gemensam riktning och en gemensam värdegrund att stå på. Vi vet att "
        "vägen är lång, men vi vet också att varje steg gör skillnad.")
    d.p("Jämställdhet gör skillnad för hela Västra Bergslagen – för kvinnor och män, för flickor "
        "och pojkar, i dag och i morgon.")
    note = ("Strategi nästan helt av värdegrund och inramning. Makt, ekonomi, våld, hälsa och "
            "barnets rättigheter förekommer bara som värdesatser → nämns. Utbildning och makt "
            "definieras (målets omfattning) → nämns. Samhällsplanering och barnrättsperspektivet "
            "står i en lista över perspektiv → nämns. Statistik och den egna verksamheten "
            "förekommer bara i metoddefinitionen av jämställdhetsintegrering → nämns. Villkoren: "
            "instruktionen återges och avslutningsfrasen nämner flickor och pojkar utan innehåll "
            "→ nämns. Mänskliga rättigheter har däremot konkreta insatser (genomgång av "
            "CEDAW-rekommendationer, utbildning i rättighetsbaserat arbetssätt) → behandlas. "
            "Anslutningsmodellen beskriver samverkan konkret → behandlas, och den årliga "
            "uppföljningen är kort men verklig → behandlas.")
    return "06_vardegrund_och_inramning", "docx", d, labels(
        "MMM-MMMM-AMMAMA-----"), note


# ---------------------------------------------------------------------------------------
def d07():
    d = Doc("07", title_prop="Orsaker och konsekvenser – jämställdhetsanalys och mål",
            header="Västra Bergslagen · Länsstrategi för jämställdhetsintegrering")
    d.title("Orsaker och konsekvenser")
    d.sub("Jämställdhetsanalys och mål för Västra Bergslagens län 2025–2028")
    d.h1("1. Strategins utgångspunkt")
    d.p("Den här strategin utgår från en analys av orsaker och konsekvenser. I stället för att "
        "behandla de sex jämställdhetspolitiska delmålen ett i taget har vi frågat oss vilka "
        "ojämställdhetsproblem i länet som driver andra problem, och var insatser därför gör "
        "störst nytta. Analysen pekar ut två kärnproblem: kvinnors svagare ställning på "
        "arbetsmarknaden och de stora skillnaderna i sjukfrånvaro mellan kvinnor och män. Båda "
        "hänger nära samman med länets behov av arbetskraft.")
    d.p("Jämställdhetsintegrering innebär att jämställdhetsperspektivet ska finnas med i "
        "ordinarie verksamhet, styrning och beslut, i stället för att hanteras i särskilda "
        "projekt vid sidan av. Ingen aktör kan ensam åstadkomma förändring; jämställdhet i länet "
        "kan bara nås när alla drar åt samma håll.")
    d.p("Länsstyrelsen ska enligt sin instruktion integrera ett jämställdhetsperspektiv i sin "
        "egen verksamhet genom att belysa, analysera och beakta kvinnors och mäns samt flickors "
        "och pojkars villkor.")
    B.add(d, B.LASANVISNING, B.OM_LANET, B.ORDLISTA)
    d.h1("2. Kärnproblem 1: Kvinnors ställning på arbetsmarknaden")
    d.h2("2.1 Läget")
    d.p("Kvinnor i Västra Bergslagen har lägre inkomster, oftare tidsbegränsade anställningar och "
        "oftare deltid än männen. År 2023 var kvinnornas sammanräknade förvärvsinkomst i "
        "genomsnitt 287 000 kronor och männens 372 000 kronor, vilket innebär att kvinnorna i "
        "genomsnitt tjänade 77 procent av vad männen tjänade. I riket var motsvarande andel 81 "
        "procent. Av de förvärvsarbetande kvinnorna arbetade 29 procent deltid, jämfört med 10 "
        "procent av männen. Andelen kvinnor med tidsbegränsad anställning var 17 procent och "
        "andelen män 11 procent.")
    d.h2("2.2 Orsaker")
    d.p("Analysen visar att tre orsaker förklarar merparten av skillnaderna.")
    d.p("**Den könsuppdelade arbetsmarknaden.** Länets största privata arbetsgivare finns inom "
        "stål, gruvor och verkstad, där lönerna är relativt höga och nio av tio anställda är män. "
        "Kvinnorna är i stället koncentrerade till offentlig sektor, där lönerna är lägre och "
        "deltid vanligare. Uppdelningen har sina rötter långt före arbetslivet: könsbundna "
        "studieval i gymnasieskolan och på högskolan gör att unga kvinnor och män i mycket liten "
        "utsträckning utbildar sig för samma yrken.")
    d.p("**Fördelningen av det obetalda arbetet.** Kvinnor tar fortfarande ut den största delen "
        "av föräldrapenningen och av den tillfälliga föräldrapenningen. De "
        "perioder då kvinnor är borta från arbetet för att ta hand om barn förklarar en del av "
        "löneskillnaden och en stor del av deltidsarbetet, särskilt i åldrarna 30–44 år.")
    d.p("**Långa avstånd.** Många arbetsplatser inom industrin ligger på bruksorter långt från de större orterna. Gles "
        "kollektivtrafik och långa pendlingsavstånd gör att kvinnor med omsorgsansvar oftare "
        "väljer ett arbete nära hemmet, även när det innebär lägre lön.")
    d.h2("2.3 Konsekvenser")
    d.p("Lägre inkomster under arbetslivet leder till lägre pension. Kvinnornas genomsnittliga "
        "pension i länet är 69 procent av männens, och andelen kvinnor över 65 år med låg "
        "ekonomisk standard är nästan dubbelt så hög som andelen män. Den könsuppdelade "
        "arbetsmarknaden får också följder för inflytandet: eftersom kvinnor sällan arbetar i "
        "industrin är de underrepresenterade i styrelserna för länets näringslivsorganisationer, "
        "där kvinnor är kraftigt underrepresenterade.")
    d.h2("2.4 Mål och åtgärder")
    d.p("**Mål 1:** Kvinnors förvärvsinkomst ska öka till minst 82 procent av männens till 2028.")
    d.p("**Mål 2:** Andelen kvinnor som arbetar deltid ska minska till högst 22 procent.")
    d.ul(["Länsstyrelsen ger under 2025 ut en kunskapsöversikt om heltid som norm riktad till "
          "länets offentliga arbetsgivare.",
          "Arbetsförmedlingen ansvarar för att matchningen mot industrins rekryteringsbehov "
          "redovisas uppdelat på kvinnor och män och att fler kvinnor anvisas till "
          "yrkesutbildningar inom industrin.",
          "Länsstyrelsen genomför 2026 en granskning av hur kommunernas lönestrukturer "
          "påverkar kvinnors och mäns inkomster, med förslag till åtgärder."])
    d.h1("3. Kärnproblem 2: Sjukfrånvaro och ohälsa")
    d.h2("3.1 Läget")
    d.p("Ohälsotalet bland kvinnor i länet är 32,4 dagar och bland män 21,1 dagar. Kvinnor står "
        "för 66 procent av de pågående sjukfallen, och psykiatriska diagnoser är den vanligaste "
        "orsaken. Skillnaden är störst bland kvinnor som arbetar inom vård, omsorg och skola. "
        "Män har däremot högre dödlighet i hjärt- och kärlsjukdom och en medellivslängd som är "
        "3,9 år kortare än kvinnornas. Självmordstalet bland män i länet är 2,6 gånger högre än "
        "bland kvinnor.")
    d.h2("3.2 Orsaker")
    d.p("Kvinnors högre sjukfrånvaro förklaras till stor del av arbetsmiljön i de "
        "kvinnodominerade yrkena, med hög arbetsbelastning, små möjligheter att påverka "
        "arbetstiden och fysiskt och psykiskt tunga moment. Den dubbla arbetsbördan – betalt "
        "arbete i kombination med ett större ansvar hemma – bidrar också. Att ha utsatts för våld "
        "i en nära relation är en känd riskfaktor för långvarig psykisk ohälsa.")
    d.p("Bland männen spelar levnadsvanor, som riskbruk av alkohol, en större roll och bidrar "
        "till deras högre dödlighet.")
    d.h2("3.3 Konsekvenser")
    d.p("Långa sjukskrivningar leder till inkomstbortfall och kan på sikt innebära att personer "
        "lämnar arbetsmarknaden. För länets arbetsgivare innebär sjukfrånvaron en förlust av "
        "kompetens i yrken där det redan råder brist.")
    d.h2("3.4 Mål och åtgärder")
    d.p("**Mål 3:** Skillnaden i ohälsotal mellan kvinnor och män ska minska med en tredjedel "
        "till 2028.")
    d.p("**Mål 4:** Självmordstalet bland män i länet ska minska.")
    d.ul(["Region Västra Bergslagen inför en rutin för tidiga samtal med sjukskrivna med "
          "psykiatrisk diagnos och redovisar resultatet uppdelat på kön.",
          "Länsstyrelsen sprider under 2025–2026 kunskap till länets offentliga arbetsgivare om "
          "organisatorisk arbetsmiljö i kvinnodominerade yrken.",
          "Regionen utbildar personal inom primärvård och företagshälsovård i att uppmärksamma "
          "depression och suicidrisk bland män."])
    d.h1("4. Kompetensförsörjning och regional tillväxt")
    d.p("Båda kärnproblemen påverkar länets möjligheter att klara sin kompetensförsörjning. "
        "Region Västra Bergslagens prognos visar att länet fram till 2035 behöver rekrytera 14 "
        "000 personer till industri, vård och skola. Av dagens sökande till industrins "
        "yrkesutbildningar är 9 procent kvinnor, och av dem som söker till undersköterskeutbildning "
        "är 12 procent män.")
    d.p("**Mål 5:** Andelen kvinnor bland de sökande till industrins yrkesutbildningar och andelen "
        "män bland de sökande till vårdens ska båda fördubblas till 2028.")
    d.p("Region Västra Bergslagen ansvarar för det regionala kompetensförsörjningsarbetet och "
        "ska från 2025 ställa krav på en könsuppdelad behovsanalys i alla projekt som finansieras "
        "med regionala tillväxtmedel. Regionen redovisar varje år hur stor andel av de beviljade "
        "medlen som gått till insatser som minskar könsuppdelningen.")
    d.h1("5. Statistik och uppföljning")
    d.p("All statistik i strategin är individbaserad och redovisas uppdelad på kvinnor och män. "
        "Källorna är SCB, Försäkringskassan, Socialstyrelsen och Region Västra Bergslagens "
        "folkhälsoenkät. Bilaga 1 innehåller samtliga tabeller.")
    d.p("Varje mål följs upp med den indikator som anges i tabellen nedan. Länsstyrelsen "
        "sammanställer utfallet i en årlig rapport som presenteras i maj. Efter två år görs en "
        "fördjupad analys av om orsakssambanden i strategin håller, och målen justeras vid behov.")
    d.table([
        ["Mål", "Indikator", "Utgångsvärde 2023", "Målvärde 2028"],
        ["1", "Kvinnors förvärvsinkomst i % av männens", "77 %", "82 %"],
        ["2", "Andel kvinnor som arbetar deltid", "29 %", "22 %"],
        ["3", "Ohälsotal kvinnor / män", "32,4 / 21,1", "Skillnaden minskad med 1/3"],
        ["4", "Självmord per 100 000 män", "24", "Minskning"],
        ["5", "Andel kvinnor bland sökande till industrins yrkesutbildningar", "9 %", "18 %"],
    ], [700, 4300, 2000, 2068])
    B.add(d, B.KALLOR)
    d.h1("Bilaga 1. Tabeller")
    d.table([
        ["Indikator", "Kvinnor", "Män", "Källa"],
        ["Sammanräknad förvärvsinkomst, medel, tkr", "287", "372", "SCB"],
        ["Andel deltidsarbetande", "29 %", "10 %", "SCB"],
        ["Ohälsotal, dagar", "32,4", "21,1", "Försäkringskassan"],
        ["Medellivslängd, år", "84,0", "80,1", "SCB"],
    ], [4000, 1400, 1400, 2268])
    note = ("Strategi byggd på orsaks- och konsekvensanalys. Ekonomi och hälsa är kärnproblem med "
            "analys, mål och åtgärder → behandlas; kompetensförsörjning/tillväxt har eget mål och "
            "ansvar → behandlas; statistik och uppföljning har egna avsnitt → behandlas. Övriga "
            "mål förekommer bara som orsaker eller konsekvenser: studieval (orsak) → utbildning "
            "nämns; föräldrapenning (orsak) → obetalt arbete nämns; underrepresentation i "
            "styrelser (konsekvens) → makt nämns; våld (riskfaktor för ohälsa) → nämns; "
            "kollektivtrafik (orsak) → planering nämns; riskbruk av alkohol (orsak till männens "
            "dödlighet) → ANDTS nämns. Orsakerna anges utan egna siffror. Jämställdhetsintegrering definieras som metod och "
            "”ingen aktör kan ensam” är en inramning, och instruktionens plikt om den egna "
            "verksamheten återges bara → egen verksamhet och samverkan nämns. Uppdrag till "
            "enskilda aktörer (regionen, Arbetsförmedlingen) är arbete på sakmålen, inte "
            "beskrivningar av samverkan. "
            "Villkoren: bara kvinnor och män analyseras; flickor och pojkar bara i instruktionens "
            "formulering → nämns.")
    return "07_orsaker_och_konsekvenser", "docx", d, labels(
        "MAMMAMM---MAMMAA---M"), note


# ---------------------------------------------------------------------------------------
def d08():
    d = Doc("08", title_prop="Länsstrategi jämställdhet – remissversion med ändringar",
            header="REMISSVERSION · Länsstyrelsen i Västra Bergslagen", footer_page=True,
            split_runs=True, track_revisions=True, rev_author="Jämställdhetssamordnaren")
    d.footnote(1, "SCB, Kommunala förtroendevalda 2023. Uppgifterna avser ordinarie ledamöter i "
               "kommunfullmäktige i Kolbäcksdal, Järnvika och Granåsen. Andelen kvinnor var 44, "
               "38 respektive 35 procent. Bland kommunstyrelsernas ordförande fanns en kvinna.")
    d.footnote(2, "Enkät till länets unga förtroendevalda och ungdomsråd, Länsstyrelsen 2024. "
               "Svarsfrekvens 71 procent. Av flickorna svarade 48 procent och av pojkarna 23 "
               "procent att de fått kränkande kommentarer om sitt utseende i samband med "
               "uppdraget; av pojkarna svarade 41 procent och av flickorna 27 procent att de "
               "talat i ungdomsrådets möten minst en gång per termin.")
    d.footnote(3, "Försäkringskassan, uttag av föräldrapenning efter kön och kommun 2023. Männen "
               "i länet tog ut 31 procent av föräldrapenningdagarna, i riket 30 procent. "
               "Skillnaderna mellan kommunerna är små.")
    d.footnote(4, "Länsstyrelsen fördelade 2024 sammanlagt 2,4 miljoner kronor till länets tre "
               "kvinnojourer och en tjejjour. Under 2025 ska Länsstyrelsen ta fram en gemensam "
               "modell för hur jourerna redovisar hur många kvinnor och barn de har gett stöd, "
               "och erbjuda jourernas personal en utbildning i riskbedömning vid våld i nära "
               "relationer.")
    d.footnote(5, "Källa: Diskrimineringsombudsmannen, årsrapport 2023.")
    d.footnote(6, "All statistik i strategin är individbaserad och redovisas uppdelad på kön. "
               "Länsstyrelsen publicerar från 2025 en årlig sammanställning på webbplatsen med de "
               "viktigaste uppgifterna för länet och kommunerna.")
    d.comment(1, "Ska fotnot 5 vara kvar? Den säger inte så mycket.", author="Granskare", initials="GR")
    d.title("Jämställt inflytande i Västra Bergslagen 2025–2028")
    d.sub("Länsstrategi för jämställdhetsintegrering – remissversion med spårade ändringar")
    d.h1("1. Strategins inriktning")
    d.p("Strategin fokuserar på tre frågor: inflytande i demokratin, fördelningen av "
        "föräldraledigheten och mäns våld mot kvinnor. Barnets rättigheter och föräldraskapsstöd "
        "behandlas i andra styrdokument och ingår inte i denna strategi.")
    d.p("Valet av fokus bygger på att dessa tre frågor har {-stor-}{+avgörande+} betydelse för "
        "hur jämställt länet är, och på att Länsstyrelsen har tydliga uppdrag inom dem.")
    B.add(d, B.OM_LANET, B.HISTORIK)
    d.h1("2. Inflytande i demokratin")
    d.p("Kvinnor är underrepresenterade i länets kommunfullmäktige och i synnerhet på de "
        "tyngsta politiska posterna.[^1] Andelen kvinnor bland fullmäktigeledamöterna har "
        "minskat i två av tre kommuner sedan valet 2018. Det finns flera förklaringar. En del "
        "handlar om att kvinnor i högre grad än män lämnar sina uppdrag under mandatperioden; "
        "en annan om att kvinnors lägre inkomster gör det svårare att kombinera arbete och "
        "politiska uppdrag med låga arvoden.")
    d.p("Även bland de unga syns skillnader. Flickor i länets ungdomsråd utsätts oftare för "
        "kränkande kommentarer än pojkar, medan pojkar oftare tar ordet i mötena.[^2]")
    d.p("**Mål:** Andelen kvinnor bland ledamöterna i länets kommunfullmäktige ska vara minst 45 "
        "procent efter valet 2026, och flickor och pojkar i ungdomsråden ska uppleva att de har "
        "samma möjlighet att påverka.")
    d.ul(["Länsstyrelsen erbjuder partiernas valberedningar i länet ett seminarium om "
          "rekrytering och kvarhållning av kvinnor inför valet 2026.",
          "Länsstyrelsen stödjer kommunerna i att ta fram rutiner för att förebygga hot och hat "
          "mot förtroendevalda, med särskild uppmärksamhet på unga kvinnor.",
          "Tillsammans med ungdomsråden tas en mötesmodell fram som fördelar talutrymmet mer "
          "jämnt, och den prövas i Järnvika 2025."])
    d.h1("3. Föräldraledighet och omsorg")
    d.p("Männen i länet tar ut knappt en tredjedel av föräldrapenningdagarna.[^3] Den ojämna "
        "fördelningen får konsekvenser för kvinnors hälsa och för deras inkomster senare i "
        "livet.")
    d.p("{+**Mål:** Männens andel av föräldrapenningdagarna ska öka till 38 procent till 2028. "
        "Länsstyrelsen ska tillsammans med Försäkringskassan och de största arbetsgivarna i "
        "länet genomföra en informationsinsats riktad till blivande pappor.+}")
    d.h1("4. Mäns våld mot kvinnor")
    d.p("Länsstyrelsen har ett regionalt uppdrag att samordna arbetet mot mäns våld mot kvinnor "
        "och stöder länets jourer ekonomiskt.[^4] Antalet kvinnor som söker stöd hos jourerna har "
        "ökat med 15 procent på tre år, men jourerna saknar i dag en gemensam redovisning.")
    d.p("Arbetet ska ske med respekt för principen om icke-diskriminering.[^5]")
    d.del_p("Riskbruk av alkohol och spel om pengar hänger ofta samman med våld i nära relationer. "
            "Länsstyrelsens ANDTS-samordnare ska under 2025 ta fram ett utbildningspaket om "
            "sambanden för socialtjänstens personal.")
    d.h1("5. Samverkan och statistik")
    d.p("Länsstyrelsen samordnar arbetet med strategin i jämställdhetsrådet, där kommunerna, "
        "regionen, polisen, Försäkringskassan och civilsamhällets organisationer deltar. Rådet "
        "träffas tre gånger per år och ansvarar för att sprida strategin i de egna "
        "organisationerna. Länsstyrelsen erbjuder kommunerna processtöd i form av två "
        "workshopar per år.[^6]")
    d.ins_p("Jämställdhet i den civila beredskapen", style="h2")
    d.ins_p("Kriser och höjd beredskap påverkar kvinnor och män olika. I länets regionala risk- "
            "och sårbarhetsanalys 2025 ska Länsstyrelsen för första gången redovisa hur "
            "befolkningens sårbarhet skiljer sig mellan kvinnor och män, till exempel när det "
            "gäller tillgång till bil, ensamhushåll bland äldre och behov av hemtjänst. "
            "Könsfördelningen i länets frivilliga resursgrupper, där 27 procent är kvinnor, ska "
            "redovisas i analysen.")
    B.add(d, B.PROCESS)
    d.h1("6. Länsstyrelsens egen verksamhet")
    d.p("Länsstyrelsen ska integrera jämställdhetsperspektivet i sin egen verksamhet. Från 2025 "
        "innehåller mallen för beslutsunderlag en fråga om hur beslutet påverkar kvinnor och "
        "män, och i verksamhetsplaneringen ska varje enhet redovisa minst en "
        "jämställdhetsinsats. Nyanställda handläggare får en utbildning i jämställdhetsanalys "
        "under sitt första halvår.")
    d.h1("7. Uppföljning")
    d.p("En plan för hur strategin ska följas upp tas fram under hösten 2025, [c1>när "
        "remissvaren har sammanställts<c1].")
    note = ("Remissversion med fotnoter, sidhuvud/sidfot, kommentar och spårade ändringar. "
            "Fotnoterna bär siffrorna (fullmäktige, ungdomsråd, föräldrapenning, jourer, "
            "statistik) och räknas. Makt och inflytande behandlas (analys, mål, insatser); "
            "flickor/pojkar i ungdomsråd och kvinnor/män i fullmäktige → villkoren behandlas. "
            "Obetalt arbete: målet och insatsen finns i en spårad infogning, som ingår i texten "
            "→ behandlas. Beredskapsavsnittet är helt infogat → behandlas. ANDTS finns bara i ett "
            "spårat borttaget stycke, som inte är en del av texten → saknas. Ekonomi och hälsa "
            "förekommer bara som orsak/konsekvens → nämns. Barnets rättigheter och "
            "föräldraskapsstöd ”ingår inte” → nämns. Mänskliga rättigheter: bara principen om "
            "icke-diskriminering och en DO-källa → nämns. Uppföljningen skjuts upp → nämns. "
            "Utbildning för handläggare och verksamhetsplanering är falska vänner → utbildning "
            "och samhällsplanering saknas.")
    return "08_remiss_fotnoter_sparade_andringar", "docx", d, labels(
        "AM-AMA-MMMAAAAM---A-"), note


# ---------------------------------------------------------------------------------------
def d09():
    d = Doc("09", title_prop="Strategi för jämställdhetsintegrering Västra Bergslagens län")
    d.title("Strategi för jämställdhetsintegrering i Västra Bergslagens län 2025–2028")
    d.h1("Bakgrund")
    d.h2("Den nationella jämställdhetspolitiken")
    d.p("Sveriges jämställdhetspolitik har en lång historia. Redan på 1970-talet infördes "
        "särbeskattning och föräldraförsäkring, och 1994 slog regeringen fast att "
        "jämställdhetsperspektivet skulle genomsyra all politik. Sedan 2006 har politiken ett "
        "övergripande mål och ett antal delmål, och 2017 fick den sin nuvarande form genom "
        "skrivelsen Makt, mål och myndighet – feministisk politik för en jämställd framtid.")
    d.p("Det övergripande målet är att kvinnor och män ska ha samma makt att forma samhället och "
        "sitt eget liv. Målet bryts ned i sex delmål:")
    d.p("__Delmål 1. En jämn fördelning av makt och inflytande.__ Kvinnor och män ska ha samma "
        "rätt och möjlighet att vara aktiva samhällsmedborgare och att forma villkoren för "
        "beslutsfattandet. Delmålet omfattar både den formella politiska makten och makten i "
        "näringsliv, civilsamhälle och medier.")
    d.p("__Delmål 2. Ekonomisk jämställdhet.__ Kvinnor och män ska ha samma möjligheter och "
        "villkor i fråga om betalt arbete som ger ekonomisk självständighet livet ut. Delmålet "
        "rör bland annat lön, arbetstid, anställningsvillkor och pension.")
    d.p("__Delmål 3. Jämställd utbildning.__ Kvinnor och män, flickor och pojkar ska ha samma "
        "möjligheter och villkor när det gäller utbildning, studieval och personlig utveckling.")
    d.p("__Delmål 4. Jämn fördelning av det obetalda hem- och omsorgsarbetet.__ Kvinnor och män "
        "ska ha samma ansvar för hemarbetet och ha möjligheter att ge och få omsorg på lika "
        "villkor.")
    d.p("__Delmål 5. Jämställd hälsa.__ Kvinnor och män, flickor och pojkar ska ha samma "
        "förutsättningar för en god hälsa samt erbjudas vård och omsorg på lika villkor. "
        "Delmålet infördes 2017.")
    d.p("__Delmål 6. Mäns våld mot kvinnor ska upphöra.__ Kvinnor och män, flickor och pojkar ska "
        "ha samma rätt och möjlighet till kroppslig integritet. Sedan 2017 finns en nationell "
        "strategi för att förebygga och bekämpa mäns våld mot kvinnor.")
    d.h2("Jämställdhetsintegrering som strategi")
    d.p("Jämställdhetsintegrering har sedan mitten av 1990-talet varit regeringens huvudsakliga "
        "strategi för att nå de jämställdhetspolitiska målen. Begreppet innebär att "
        "jämställdhetsperspektivet ska föras in i alla led av beslutsprocesserna, av de aktörer "
        "som normalt deltar i besluten. Strategin har sitt ursprung i FN:s fjärde "
        "kvinnokonferens i Peking 1995 och har sedan dess antagits av bland annat EU och "
        "Europarådet.")
    d.h2("Länsstyrelsens uppdrag")
    d.p("Länsstyrelsen ska enligt förordningen med länsstyrelseinstruktion verka för att de "
        "jämställdhetspolitiska målen får genomslag i länet. Länsstyrelsen ska också integrera "
        "ett jämställdhetsperspektiv i sin egen verksamhet genom att belysa, analysera och beakta "
        "kvinnors och mäns samt flickors och pojkars villkor, och individbaserad statistik ska "
        "analyseras och presenteras uppdelad efter kön.")
    d.p("Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för "
        "jämställdhetsintegrering. I uppdraget anges att områden där länsstyrelsen har uppgifter "
        "med bäring på målen i möjligaste mån ska ingå, till exempel samhällsplanering, barnets "
        "rättigheter och mänskliga rättigheter. Även länsstyrelsens ansvar inom krisberedskap "
        "kan ha bäring på målen.")
    d.h2("Tidigare strategier i länet")
    d.p("Detta är länets tredje strategi för jämställdhetsintegrering. Den första gällde "
        "2014–2016 och var inriktad på Länsstyrelsens interna arbete. Den andra, för 2018–2024, "
        "breddades till att omfatta hela länet och följdes av en utvärdering 2023. Utvärderingen "
        "visade att strategin var känd bland länets aktörer men att få av dem hade använt den i "
        "sin egen planering.")
    B.add(d, B.AGENDA2030, B.OM_KON, B.OM_LANET)
    d.h1("Länets prioriteringar 2025–2028")
    d.p("Utifrån en analys av läget i länet och dialog med länets aktörer har Länsstyrelsen valt "
        "tre områden som länet ska arbeta särskilt med.")
    d.h2("Utbildning: pojkars skolresultat och könsbundna val")
    d.p("Andelen pojkar i årskurs 9 som är behöriga till gymnasieskolans nationella program är "
        "80 procent, jämfört med 89 procent av flickorna. I Granåsen är andelen behöriga pojkar "
        "73 procent. Valet till gymnasiet är tydligt könsbundet: på teknikprogrammet är 78 "
        "procent av eleverna pojkar och på estetiska programmet 74 procent flickor.")
    d.p("Mål: Skillnaden i behörighet mellan flickor och pojkar ska minska till högst fyra "
        "procentenheter 2028. Insats: Länsstyrelsen genomför tillsammans med skolhuvudmännen ett "
        "utvecklingsprogram för lärare i årskurs 7–9 om hur undervisningen kan nå pojkar som "
        "riskerar att inte bli behöriga. Programmet startar hösten 2025 och omfattar sex skolor.")
    d.h2("Hälsa: psykisk ohälsa bland flickor")
    d.p("I regionens enkät Liv och hälsa ung svarade 44 procent av flickorna i årskurs 2 på "
        "gymnasiet att de ofta har svårt att sova, jämfört med 21 procent av pojkarna. Andelen "
        "flickor som uppger att de har försökt skada sig själva har ökat sedan 2018.")
    d.p("Mål: Andelen flickor som uppger psykiska besvär ska minska och närma sig andelen bland "
        "pojkarna. Insats: Region Västra Bergslagen och kommunernas elevhälsa inför gemensamma "
        "rutiner för tidig upptäckt, och Länsstyrelsen samordnar ett nätverk för elevhälsans "
        "personal.")
    d.h2("Våld: våld mot kvinnor och unga tjejer")
    d.p("Polisen registrerade 2023 drygt 1 000 anmälningar om misshandel av kvinnor i länet. "
        "Länets tjejjour har de senaste två åren fått allt fler kontakter om sexuella "
        "trakasserier och hot på nätet, särskilt från flickor i åldern 13–17 år.")
    d.p("Mål: Fler våldsutsatta kvinnor och flickor ska få stöd tidigt. Insats: Länsstyrelsen "
        "utbildar personal i skola och socialtjänst i att upptäcka och agera vid våld, och "
        "fördelar medel till jourernas arbete med unga.")
    B.add(d, B.PROCESS)
    d.h1("Samverkan")
    d.p("Länsstyrelsen samordnar genomförandet i länets jämställdhetsråd, där kommunerna, "
        "regionen, Arbetsförmedlingen, Polismyndigheten och civilsamhället ingår. Rådet träffas "
        "tre gånger per år. För varje prioriterat område finns en arbetsgrupp som leds av den "
        "aktör som har störst rådighet över frågan.")
    d.h1("Statistik")
    d.p("All individbaserad statistik i strategin är uppdelad på kön. Länsstyrelsen tar fram en "
        "årlig lägesbild med statistik för de tre prioriterade områdena, uppdelad på kön och "
        "kommun, som presenteras för jämställdhetsrådet i februari.")
    d.h1("Uppföljning")
    d.p("Strategin följs upp vid halvtid 2026 och när perioden är slut 2028. Uppföljningen görs "
        "av jämställdhetsrådet och bygger på indikatorerna behörighet till gymnasiet, andel med "
        "psykiska besvär och antal personer som fått stöd av jourerna, samt en redovisning av "
        "vilka insatser som genomförts.")
    note = ("Lång Bakgrund som återger delmålen, definitionen av jämställdhetsintegrering, "
            "instruktionen och uppdragets exempelområden (samhällsplanering, barnets rättigheter, "
            "mänskliga rättigheter, krisberedskap) → nämns. Makt, ekonomi och obetalt arbete "
            "finns bara i återgivningen → nämns. Egen verksamhet och statistik finns i "
            "instruktionens återgivning, men statistik har också ett eget avsnitt med årlig "
            "lägesbild → behandlas. Utbildning, hälsa och våld har analys, mål och insats → "
            "behandlas. Villkoren: analysen gäller flickor och pojkar (utbildning, hälsa) och "
            "kvinnor (våld), men inga verkliga påståenden om män → bara ett par → nämns.")
    return "09_lang_bakgrund_nationella_mal", "docx", d, labels(
        "MMAMAAMM-MMAAMA---M-"), note


# ---------------------------------------------------------------------------------------
def d10():
    d = Doc("10", title_prop="Jämställdhet och likabehandling – länsstrategi",
            header="Länsstyrelsen i Västra Bergslagen · Enheten för social hållbarhet och "
                   "diskrimineringsfrågor")
    d.title("Jämställdhet och lika villkor i Västra Bergslagen")
    d.sub("Länsstrategi för jämställdhetsintegrering 2025–2028")
    d.h1("Inledning")
    d.p("Strategin har tagits fram av Enheten för social hållbarhet och diskrimineringsfrågor. "
        "Den utgår från diskrimineringslagens sju diskrimineringsgrunder – kön, "
        "könsöverskridande identitet eller uttryck, etnisk tillhörighet, religion eller annan "
        "trosuppfattning, funktionsnedsättning, sexuell läggning och ålder – men har kön som sin "
        "huvudsakliga utgångspunkt.")
    d.p("Strategin fokuserar på två av de jämställdhetspolitiska delmålen: en jämn fördelning av "
        "makt och inflytande och ekonomisk jämställdhet. Delmålet om mäns våld mot kvinnor "
        "hanteras i den regionala strategin mot våld i nära relationer, och jämställd utbildning "
        "samt jämställd hälsa ingår som perspektiv.")
    B.add(d, B.LASANVISNING, B.OM_LANET, B.OM_KON)
    d.h1("Makt och inflytande")
    d.h2("Läget i länet")
    d.p("I de kommunala bolagens styrelser i länet är 34 procent av ledamöterna kvinnor och av "
        "ordförandena är två av elva kvinnor. I Region Västra Bergslagens nämnder är fördelningen "
        "jämnare, med 47 procent kvinnor. I länets tre ungdomsråd finns 58 flickor och 39 pojkar, "
        "men av rådens ordförande och vice ordförande är fem av sex pojkar. När ungdomsråden "
        "tillfrågades uppgav flickorna i högre grad än pojkarna att deras förslag sällan tas "
        "vidare till nämnderna.")
    d.h2("Mål och insatser")
    d.p("Mål: Könsfördelningen i de kommunala bolagens styrelser ska ligga inom intervallet "
        "40–60 procent 2028, och flickor och pojkar ska ha samma möjlighet till ordförandeposter "
        "i ungdomsråden.")
    d.ul(["Länsstyrelsen publicerar från 2025 en årlig sammanställning av könsfördelningen i "
          "alla kommunala och regionala bolagsstyrelser och nämnder i länet.",
          "Länsstyrelsen anordnar en ledarskapsutbildning för unga i ungdomsråden, där minst "
          "hälften av platserna vikts för flickor.",
          "Länsstyrelsen ger ut en vägledning till partiernas valberedningar om hur "
          "könsfördelningen kan beaktas vid nomineringar."])
    d.h1("Ekonomisk jämställdhet")
    d.h2("Läget i länet")
    d.p("Kvinnor i länet har en medianlön som är 88 procent av männens. Skillnaden är störst "
        "inom privat sektor. Enligt diskrimineringslagen ska alla arbetsgivare årligen göra en "
        "lönekartläggning, men i Länsstyrelsens enkät till arbetsgivare med fler än tio anställda "
        "svarade 38 procent att de inte gjort någon kartläggning de senaste tre åren. "
        "Diskriminering på arbetsmarknaden drabbar särskilt utrikes födda kvinnor, enligt "
        "Diskrimineringsombudsmannens rapporter.")
    d.p("Andelen kvinnor bland egenföretagarna i länet är 27 procent. Kvinnors företag har i "
        "genomsnitt lägre omsättning och beviljas i mindre utsträckning lån.")
    d.h2("Mål och insatser")
    d.p("Mål: Andelen arbetsgivare som gör årlig lönekartläggning ska öka till 80 procent 2028, "
        "och löneskillnaden mellan kvinnor och män ska minska.")
    d.ul(["Länsstyrelsen tar fram ett digitalt stöd för lönekartläggning för små arbetsgivare och "
          "publicerar det på webbplatsen 2025.",
          "Länsstyrelsen gör om enkäten till arbetsgivarna 2027 för att mäta förändringen.",
          "Länsstyrelsen utreder ett rådgivningsprogram för kvinnor som driver företag med "
          "tillväxtambitioner."])
    d.h1("Könsuppdelad statistik")
    d.p("All statistik i strategin som rör personer redovisas uppdelad på kvinnor och män, och "
        "där det är möjligt även på flickor och pojkar. Länsstyrelsen ska under 2025 gå igenom "
        "sina egna register över bidrag och tillstånd och se till att de kan redovisas efter "
        "sökandens kön.")
    d.h1("Länsstyrelsens interna arbete")
    d.p("Länsstyrelsen ska vara ett föredöme i arbetet mot diskriminering och för "
        "jämställdhet. Jämställdhetsperspektivet ska integreras i styrningen genom att varje "
        "avdelning i verksamhetsplanen för 2026 anger hur den bidrar till strategins mål. Under "
        "2025 granskas handläggningen av tre bidragsformer för att se om kvinnor och män får "
        "samma bemötande och utfall. Alla chefer deltar i en halvdags utbildning om "
        "jämställdhetsintegrering.")
    d.p("Länsstyrelsens likabehandlingsplan, som omfattar samtliga diskrimineringsgrunder, "
        "revideras 2025.")
    d.h1("Samverkan")
    d.p("Formerna för samverkan med länets kommuner, region och civilsamhälle kring strategin "
        "kommer att utvecklas i en separat plan som tas fram under 2026.")
    d.h1("Uppföljning")
    d.p("Länsstyrelsen kommer att följa arbetet under strategiperioden.")
    B.add(d, B.KALLOR)
    d.h1("Begrepp")
    d.table([
        ["Begrepp", "Förklaring"],
        ["Diskriminering", "Att någon missgynnas eller kränks och att det har samband med en "
         "diskrimineringsgrund."],
        ["Diskrimineringsgrunder", "De sju grunder som anges i diskrimineringslagen."],
        ["DO", "Diskrimineringsombudsmannen, den myndighet som utövar tillsyn över "
         "diskrimineringslagen."],
        ["Jämställdhetsintegrering", "Den strategi som regeringen använder för att nå de "
         "jämställdhetspolitiska målen."],
        ["Likabehandling", "Att alla behandlas lika oavsett diskrimineringsgrund."],
    ], [2600, 6468])
    note = ("Mycket diskrimineringsvokabulär (diskrimineringsgrunderna, DO, enhetsnamn, "
            "likabehandlingsplan, begreppslista) men inget arbete med mänskliga rättigheter → "
            "nämns. Makt och ekonomi behandlas med analys, mål och insatser; flickor/pojkar i "
            "ungdomsråden och kvinnor/män i ekonomin → villkoren behandlas. Våld hänvisas till "
            "annan strategi, utbildning och hälsa är bara fokuslista/perspektiv → nämns. "
            "Utrikes födda kvinnor förekommer bara som exempel i förbigående → integration nämns. "
            "Samverkan skjuts upp till en separat plan → nämns. Uppföljningen är en innehållslös "
            "rad → nämns. Egen verksamhet (styrning, granskning av handläggning) → behandlas. "
            "”Tillväxtambitioner” hos företag är inte regional tillväxt.")
    return "10_diskriminering_utan_mr_arbete", "docx", d, labels(
        "AAM-MM---MAAMAM--M--"), note


DRAFTS = [d06, d07, d08, d09, d10]

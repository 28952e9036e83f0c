"""Drafts 11-14 of holdout4. Fictional county: Västra Bergslagens län."""
from docxlib import Doc
from common import labels
import boiler as B


# ---------------------------------------------------------------------------------------
def d11():
    d = Doc("11", title_prop="Jämställd beredskap och levande landsbygd",
            subject="Länsstrategi för jämställdhetsintegrering – tema beredskap och landsbygd",
            header="Länsstyrelsen i Västra Bergslagen", footer_page=True)
    d.title("Jämställd beredskap och en levande landsbygd")
    d.sub("Länsstrategi för jämställdhetsintegrering 2025–2028, Västra Bergslagens län")
    d.h1("Sammanfattning")
    d.p("Västra Bergslagen är till ytan ett stort län med en liten befolkning. Nästan 40 procent "
        "av invånarna bor utanför tätorterna, och i Granåsens kommun är andelen över 60 procent. "
        "Samtidigt har Länsstyrelsen ett geografiskt områdesansvar för civil beredskap och ett "
        "stort ansvar för landsbygdsutvecklingen. Den här strategin utgår från att de två "
        "områdena hänger ihop: ett län där kvinnor och män har samma möjligheter att bo, verka "
        "och vara delaktiga på landsbygden är också ett län som står bättre rustat när krisen "
        "kommer.")
    B.add(d, B.LASANVISNING, B.OM_LANET, B.ORDLISTA)
    d.h1("1. Civil beredskap")
    d.h2("1.1 Varför kön spelar roll i kris och krig")
    d.p("Erfarenheterna från pandemin, skogsbränderna 2018 och de långa elavbrotten vintern 2023 "
        "visar att samhällsstörningar drabbar kvinnor och män olika. Under pandemin ökade "
        "omsorgsansvaret i många hem när skolor och äldreboenden stängdes för besök, och det var "
        "främst kvinnor som tog det. Under elavbrotten var det i första hand äldre kvinnor i "
        "ensamhushåll som saknade möjlighet att ta sig till värmestugorna. Samtidigt är "
        "männen kraftigt överrepresenterade i räddningstjänsten och i de frivilliga "
        "försvarsorganisationernas insatsstyrkor, medan kvinnorna dominerar i de yrken inom vård "
        "och omsorg som måste fungera även under höjd beredskap.")
    d.h2("1.2 Läget i länet")
    d.p("I länets tre kommunala krisledningsnämnder är 22 procent av ledamöterna kvinnor. I "
        "Länsstyrelsens egen krisledningsstab är fördelningen 46 procent kvinnor och 54 procent "
        "män, men av de som tjänstgjort som stabschef de senaste fem åren har samtliga varit män. "
        "Av länets deltidsbrandmän är 9 procent kvinnor. I den frivilliga resursgruppen i "
        "Järnvika är 61 procent av medlemmarna kvinnor.")
    d.p("Länsstyrelsen genomförde hösten 2024 en enkät om hemberedskap. Av kvinnorna svarade 52 "
        "procent och av männen 64 procent att de hade vatten, mat och värme för en vecka. Bland "
        "eleverna i årskurs 8 som deltog i en motsvarande skolenkät svarade 38 procent av "
        "flickorna och 51 procent av pojkarna att de visste vad de skulle göra om det viktiga "
        "meddelandet ljöd. Flickorna uppgav i högre grad än pojkarna att de kände oro inför "
        "framtida kriser.")
    d.h2("1.3 Mål")
    d.p("**Mål 1:** Länets regionala risk- och sårbarhetsanalys ska från 2025 innehålla en "
        "analys av hur kvinnor och män, flickor och pojkar påverkas av de identifierade riskerna.")
    d.p("**Mål 2:** Könsfördelningen i länets krisledningsnämnder och krisledningsstaber ska vara "
        "jämn, det vill säga minst 40 procent av vartdera könet, senast 2028.")
    d.p("**Mål 3:** Skillnaden mellan flickors och pojkars kunskap om vad de ska göra vid en kris "
        "ska minska.")
    d.h2("1.4 Insatser")
    d.ul(["Beredskapsenheten tar fram en vägledning för könsuppdelad analys i kommunernas risk- "
          "och sårbarhetsanalyser och presenterar den vid länets beredskapsforum i maj 2025.",
          "Länsstyrelsen för in jämställdhet som en stående punkt i övningsplaneringen, så att "
          "varje regional övning utvärderas med avseende på hur kvinnors och mäns behov har "
          "hanterats.",
          "Valberedningarna och kommundirektörerna erbjuds en genomgång av könsfördelningen i "
          "krisledningsnämnderna inför den nya mandatperioden 2026.",
          "Länsstyrelsen tar fram krisinformation till skolorna som riktar sig särskilt till "
          "flickor och pojkar som uppger oro, och prövar den i två skolor i Granåsen.",
          "Länsstyrelsen och kommunerna ser till att kvinnojourernas verksamhet ingår bland de "
          "samhällsviktiga verksamheter som ska kunna bedrivas även under höjd beredskap."])
    d.h2("1.5 Våld i kris")
    d.p("Våld i nära relationer ökar ofta under och efter kriser, när människor isoleras och "
        "stödet är svårare att nå. Under pandemin ökade antalet samtal till länets jourer med "
        "en femtedel. Länsstyrelsen ska därför inom ramen för sitt samordningsuppdrag mot mäns "
        "våld mot kvinnor ta fram en länsgemensam rutin för hur socialtjänst, polis och jourer "
        "upprätthåller kontakten med våldsutsatta kvinnor under längre samhällsstörningar. "
        "Rutinen ska vara klar 2026.")
    d.h1("2. Landsbygdsutveckling")
    d.h2("2.1 Läget")
    d.p("Av länets cirka 1 900 jordbruksföretag drivs 14 procent av kvinnor och 9 procent av "
        "kvinnor och män tillsammans. Andelen kvinnor bland de sökande till investeringsstöd inom "
        "landsbygdsprogrammet har under perioden 2021–2024 varit 17 procent, och kvinnor har i "
        "genomsnitt sökt lägre belopp. Av de privatägda skogsfastigheterna ägs 38 procent av "
        "kvinnor, men kvinnorna är bara 12 procent av ledamöterna i skogsägarföreningarnas "
        "styrelser.")
    d.p("Unga kvinnor lämnar landsbygden i större utsträckning än unga män. I Granåsen är det i "
        "åldersgruppen 25–34 år 118 män per 100 kvinnor. Många av de kvinnor som bor kvar "
        "pendlar långt till arbete inom offentlig sektor, och kvinnors lägre inkomster gör att de "
        "oftare än männen saknar tillgång till egen bil. Den sociala isoleringen i glest "
        "befolkade områden påverkar också den psykiska hälsan.")
    d.h2("2.2 Mål")
    d.p("**Mål 4:** Andelen kvinnor bland de sökande till företags- och investeringsstöd inom "
        "landsbygdsprogrammet ska öka till minst 30 procent 2028.")
    d.p("**Mål 5:** Kvinnor och män på landsbygden ska ha likvärdig tillgång till service och "
        "resmöjligheter.")
    d.h2("2.3 Insatser")
    d.ul(["Landsbygdsenheten genomför riktade informationsträffar om stöden tillsammans med "
          "LRF och Hushållningssällskapet, på tider och platser som passar kvinnor som driver "
          "eller vill starta företag på landsbygden.",
          "Landsbygdsenheten analyserar varje år beviljade stöd uppdelat på kön, och redovisar "
          "avslagsorsaker för kvinnor och män separat.",
          "Länsstyrelsen stödjer skogsägarföreningarna i att ta fram en plan för en jämnare "
          "könsfördelning i styrelserna.",
          "I Länsstyrelsens yttranden över kommunernas översiktsplaner och i arbetet med den "
          "regionala serviceplanen ska det framgå hur kvinnors och mäns olika resmönster har "
          "beaktats, till exempel tillgången till anropsstyrd kollektivtrafik och placeringen av "
          "servicepunkter."])
    B.add(d, B.PROCESS)
    d.h1("3. Perspektiv")
    d.p("I det fortsatta arbetet med både beredskap och landsbygd ska även följande perspektiv "
        "vägas in: barnperspektivet, tillgänglighet för personer med funktionsnedsättning och "
        "ett klimatperspektiv.")
    d.h1("4. Genomförande och samverkan")
    d.p("Strategin genomförs i de samverkansforum som redan finns. Länets beredskapsforum, där "
        "kommunerna, regionen, polisen, räddningstjänsterna, de frivilliga "
        "försvarsorganisationerna och Försvarsmakten ingår, får jämställd beredskap som stående "
        "tema en gång per år. Landsbygdsnätverket, där Länsstyrelsen, kommunerna, LRF, "
        "Hushållningssällskapet och Leadergrupperna ingår, ansvarar för att följa målen om "
        "landsbygden. Länsstyrelsens sakkunniga i jämställdhet ger processtöd till båda forumen.")
    d.h1("5. Länsstyrelsens egen verksamhet")
    d.p("Länsstyrelsen ska jämställdhetsintegrera sin egen beredskapsplanering och "
        "landsbygdshandläggning. Det innebär bland annat att:")
    d.ul(["alla befattningshavare i krisledningsstaben genomgår en utbildning om kön och kris "
          "under 2025;",
          "rekryteringen till stabschefsrollen ska utgå från en analys av varför kvinnor hittills "
          "inte har tjänstgjort i rollen;",
          "handläggarna av landsbygdsstöd ska använda en checklista för jämställd handläggning, "
          "och ledningen ska följa upp handläggningstider och utfall per kön två gånger per år."])
    d.h1("6. Statistik")
    d.p("All individbaserad statistik i strategin redovisas uppdelad på kön. Länsstyrelsen ska "
        "dessutom börja föra könsuppdelad statistik över deltagarna i länets beredskapsövningar "
        "och över medlemmarna i de frivilliga resursgrupperna, och publicera den årligen från "
        "2026.")
    d.h1("7. Uppföljning och utvärdering")
    d.p("Strategins fem mål följs upp årligen i en rapport till Länsstyrelsens ledningsgrupp i "
        "februari. Rapporten sammanställs av sakkunnig i jämställdhet tillsammans med "
        "beredskapsenheten och landsbygdsenheten. Indikatorerna är: andel kommunala risk- och "
        "sårbarhetsanalyser med könsanalys, andel kvinnor i krisledningsnämnder och staber, "
        "andel flickor och pojkar som vet hur de ska agera vid kris, andel kvinnor bland de "
        "sökande till landsbygdsstöd samt antal servicepunkter per 1 000 invånare i kommunerna. "
        "Strategin utvärderas externt under 2028.")
    note = ("Tematisk strategi om civil beredskap och landsbygd. Beredskap och landsbygd behandlas "
            "med analys, mål och insatser. Makt behandlas genom könsfördelningen i "
            "krisledningsnämnder och skogsägarföreningars styrelser med mål. Samhällsplanering "
            "behandlas (yttranden över översiktsplaner, kollektivtrafik, servicepunkter). Våld "
            "har egen insats (rutin för våldsutsatta under kriser). Villkoren behandlas "
            "(kvinnor/män och flickor/pojkar i enkäterna och målen). Omsorgsansvaret under "
            "pandemin är en konsekvens i beredskapsresonemanget → nämns; kvinnors lägre inkomster "
            "är en orsak till bilbrist → ekonomi nämns; psykisk hälsa är en konsekvens av "
            "isolering → nämns. Barnperspektivet står i en lista över perspektiv → nämns. "
            "Personalens ”utbildning om kön och kris” är inte utbildningsmålet, och skolenkäten "
            "och krisinformationen till skolorna handlar om beredskap, inte om jämställd "
            "utbildning → utbildning saknas.")
    return "11_civil_beredskap_och_landsbygd", "docx", d, labels(
        "AM-MMAAM--AAAAA-A-A-"), note


# ---------------------------------------------------------------------------------------
def d12():
    d = Doc("12", title_prop="Regionala jämställdhetsmål Västra Bergslagen")
    d.title("Regionala mål för jämställdhet i Västra Bergslagens län")
    d.sub("Länsstrategi för jämställdhetsintegrering 2025–2028 – förslag")
    d.h1("Inledning")
    d.p("Länsstyrelsen ska verka för att de jämställdhetspolitiska målen får genomslag i länet "
        "och belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor. "
        "Jämställdhetsrådet har därför antagit åtta regionala mål som ska vägleda länets "
        "aktörer under perioden. Målen beslutas av landshövdingen efter samråd med rådet.")
    B.add(d, B.OM_LANET, B.HISTORIK, B.AGENDA2030)
    d.h1("De regionala målen")
    d.h2("Regionalt mål 1: Makt och inflytande")
    d.p("I Västra Bergslagen ska kvinnor och män ha samma rätt och möjlighet att vara aktiva "
        "medborgare och att forma villkoren för beslutsfattandet.")
    d.h2("Regionalt mål 2: Ekonomisk jämställdhet")
    d.p("I Västra Bergslagen ska kvinnor och män ha samma möjligheter och villkor i fråga om "
        "betalt arbete som ger ekonomisk självständighet livet ut.")
    d.h2("Regionalt mål 3: Jämställd utbildning")
    d.p("I Västra Bergslagen ska kvinnor och män, flickor och pojkar ha samma möjligheter och "
        "villkor när det gäller utbildning, studieval och personlig utveckling.")
    d.h2("Regionalt mål 4: Obetalt hem- och omsorgsarbete")
    d.p("I Västra Bergslagen ska kvinnor och män ta samma ansvar för hemarbetet och ha "
        "möjlighet att ge och få omsorg på lika villkor.")
    d.h2("Regionalt mål 5: Jämställd hälsa")
    d.p("I Västra Bergslagen ska kvinnor och män ha samma förutsättningar för en god hälsa och "
        "erbjudas vård och omsorg på lika villkor.")
    d.p("**Läget.** Kvinnor i länet har ett ohälsotal på 30,8 dagar och män 20,2 dagar. I "
        "folkhälsoenkäten uppger 24 procent av kvinnorna och 16 procent av männen att de har "
        "nedsatt psykiskt välbefinnande. Männens medellivslängd är 79,8 år och kvinnornas 84,1 år. "
        "Bland män i åldern 45–64 år är dödligheten i hjärt- och kärlsjukdom mer än dubbelt så "
        "hög som bland kvinnor i samma ålder.")
    d.p("**Vad vi gör.** Region Västra Bergslagen ansvarar för att regionens hälsosamtal vid 40, "
        "50 och 60 års ålder når fler män; i dag deltar 71 procent av kvinnorna och 52 procent av "
        "männen. Målet är att skillnaden ska halveras till 2027. Länsstyrelsen och regionen "
        "arrangerar under 2025 en länskonferens om kvinnors psykiska ohälsa i arbetslivet.")
    d.p("**Alkohol, narkotika, dopning, tobak och spel.** Riskbruk av alkohol är vanligare bland "
        "män (17 procent) än bland kvinnor (8 procent) i länet, och av dem som har problem med "
        "spel om pengar är tre av fyra män. Samtidigt ökar riskbruket bland kvinnor över 50 år. "
        "Länsstyrelsens ANDTS-samordnare ska under 2025 ta fram ett stöd till kommunernas "
        "förebyggande arbete som utgår från kvinnors och mäns olika bruksmönster, och erbjuda "
        "kommunernas alkoholhandläggare en utbildning om spelproblem bland män. Antalet kommuner "
        "som har en jämställdhetsanalys i sitt ANDT-program redovisas 2027.")
    d.h2("Regionalt mål 6: Mäns våld mot kvinnor ska upphöra")
    d.p("I Västra Bergslagen ska kvinnor och män ha samma rätt och möjlighet till kroppslig "
        "integritet.")
    d.p("**Läget.** Under 2023 polisanmäldes 1 040 fall av misshandel mot kvinnor i länet. Enligt "
        "länets kvinnojourer har andelen kvinnor som söker stöd för ekonomiskt våld ökat. Två av "
        "tre kommuner saknar en handlingsplan mot hedersrelaterat våld och förtryck.")
    d.p("**Vad vi gör.** Länsstyrelsen erbjuder 2025–2026 samtliga kommuner processtöd för att ta "
        "fram handlingsplaner mot hedersrelaterat våld och förtryck. Länsstyrelsen genomför en "
        "kartläggning av prostitution och människohandel i länet tillsammans med "
        "Polismyndigheten, med rapport hösten 2025.")
    d.h2("Regionalt mål 7: Samverkan")
    d.p("Länets aktörer ska samverka för att de jämställdhetspolitiska målen ska nås i "
        "Västra Bergslagen.")
    d.h2("Regionalt mål 8: Kunskap")
    d.p("Länets aktörer ska ha god kunskap om jämställdhet. Länsstyrelsen tar vartannat år fram "
        "en könsuppdelad lägesbild över länet med statistik för samtliga delmål och för alla tre "
        "kommunerna. Den första lägesbilden publiceras i mars 2025 och den andra 2027.")
    B.add(d, B.KALLOR)
    d.h1("Översikt")
    d.table([
        ["Regionalt mål", "Ansvarig", "Uppföljning"],
        ["1. Makt och inflytande", "Jämställdhetsrådet", "–"],
        ["2. Ekonomisk jämställdhet", "Jämställdhetsrådet", "–"],
        ["3. Jämställd utbildning", "Jämställdhetsrådet", "–"],
        ["4. Obetalt hem- och omsorgsarbete", "Jämställdhetsrådet", "–"],
        ["5. Jämställd hälsa", "Region Västra Bergslagen", "Uppföljning"],
        ["6. Mäns våld mot kvinnor", "Länsstyrelsen", "Uppföljning"],
        ["7. Samverkan", "Länsstyrelsen", "–"],
        ["8. Kunskap", "Länsstyrelsen", "–"],
    ], [4000, 2600, 2468])
    d.p("Hur målen ska följas upp kommer att beskrivas i nästa version av strategin.")
    note = ("Regionala mål som till största delen bara upprepar de nationella delmålens "
            "formuleringar utan innehåll under sig → makt, ekonomi, utbildning och obetalt arbete "
            "nämns; samverkansmålet är också bara en målformulering → nämns. Under mål 5 och 6 "
            "finns läge och åtgärder → hälsa och våld behandlas, och ANDTS har ett eget stycke "
            "med analys och åtgärd → behandlas. Mål 8 innehåller en verklig åtgärd (könsuppdelad "
            "lägesbild vartannat år) → statistik behandlas. Villkoren: instruktionen återges; "
            "analysen gäller bara kvinnor och män → nämns. Cellerna ”Uppföljning” och meningen "
            "om nästa version är inte uppföljning → nämns. Beslutsmeningen om landshövdingen "
            "ändrar inte makt. Processtöd till kommunerna och kartläggning med polisen är "
            "arbete på våldsmålet, inte en beskrivning av samverkan.")
    return "12_regionala_mal_upprepar_delmalen", "docx", d, labels(
        "MMMMAA----MAM-M----A"), note


# ---------------------------------------------------------------------------------------
def d13():
    md = """# Workshop: Länsstrategi för jämställdhet – dialogdag i Järnvika

**Datum:** 6 februari 2025, kl. 9.00–15.30
**Plats:** Folkets hus, Järnvika
**Arrangör:** Länsstyrelsen i Västra Bergslagen
**Antecknat av:** Sara (Länsstyrelsen) och Mehmet (Järnvika kommun)

Deltagare: 34 personer från Kolbäcksdals, Järnvikas och Granåsens kommuner, Region Västra Bergslagen, Arbetsförmedlingen, Kvinnojouren Bergslagsrosen, Bergslagens idrottsförbund, två skolor och tre företag.

---

## 1. Inledning

- Landshövdingen hälsade välkommen (kort, ca 10 min).
- Sakkunnig i jämställdhet presenterade underlaget och tidsplanen: remiss i juni, beslut i november.
- Syftet med dagen: ta fram förslag på mål och aktiviteter till den nya länsstrategin och komma överens om hur länets aktörer ska arbeta tillsammans.

## Förmiddagens presentation (sakkunnigs bilder, i sammandrag)

""" + B.as_text(B.HISTORIK, B.AGENDA2030, md=True).replace("## ", "#### ") + """
## 2. Gruppdiskussioner

Deltagarna delades in i fyra grupper. Varje grupp fick ett tema och skulle ta fram *läge – mål – aktivitet – vem*.

### Grupp 1: Makt och inflytande

- **Läge:** I Järnvikas kommunfullmäktige är 36 % kvinnor. Bland de politiker som lämnade sina uppdrag under förra mandatperioden var 2 av 3 kvinnor. Flera i gruppen vittnade om hot och hat i sociala medier som en orsak.
- **Förslag till mål:** Minst 45 % kvinnor i samtliga fullmäktige efter valet 2026, och färre förtroendevalda som hoppar av.
- **Förslag till aktivitet:** Mentorprogram för nya förtroendevalda kvinnor, med erfarna politiker från alla partier som mentorer. Avhoppsintervjuer med alla som lämnar uppdrag.
- **Vem:** Kommunerna (kommunstyrelsens kansli) i samarbete med partierna. Länsstyrelsen kan samordna mentorprogrammet för alla tre kommuner.

### Grupp 2: Skola och studieval

- **Läge:** Flickornas meritvärde i åk 9 ligger ca 25 poäng över pojkarnas i alla tre kommuner. På gymnasiets industritekniska program i Kolbäcksdal är 4 av 62 elever flickor. På vård- och omsorgsprogrammet är det omvänt: 7 av 55 är pojkar.
- Skolorna sa att pojkarna ofta beskriver skolarbete som "inte coolt", och att flickor som söker industriprogrammet får kommentarer från kompisar.
- **Förslag till mål:** Minska skillnaden i meritvärde mellan flickor och pojkar och fördubbla antalet flickor på industritekniska programmet till 2028.
- **Förslag till aktivitet:** "Prova-på-dagar" för åk 8 där alla elever provar både industri och vård. Fortbildning för studie- och yrkesvägledarna om normer i studieval.
- **Vem:** Skolhuvudmännen, med stöd av Länsstyrelsen och teknikcollege.

### Grupp 3: Trygghet i offentlig miljö

- **Läge:** I Järnvikas trygghetsmätning svarade 41 % av kvinnorna och 18 % av männen att de känner sig otrygga vid resecentrum efter mörkrets inbrott. Gångtunneln under järnvägen och den mörka parkeringen nämndes av nästan alla.
- **Förslag till mål:** Kvinnor och män ska känna sig lika trygga i centrala Järnvika 2028.
- **Förslag till aktivitet:** Trygghetsvandring med kvinnor och unga i maj, belysning i gångtunneln, och att trygghet ska vara en egen rubrik i den nya översiktsplanen. Kollektivtrafikmyndigheten ska bjudas in.
- **Vem:** Samhällsbyggnadsförvaltningen i Järnvika. Länsstyrelsen tar upp frågan i sitt yttrande över översiktsplanen.

### Grupp 4: Föräldraskap

- **Läge:** På familjecentralerna är 4 av 5 deltagare i föräldragrupperna mammor. Papporna som deltar kommer nästan bara till de träffar som hålls på kvällstid.
- **Förslag till mål:** Minst en tredjedel pappor i föräldragrupperna 2027, och ett föräldraskapsstöd som utgår från att båda föräldrarna har samma ansvar.
- **Förslag till aktivitet:** Föräldragrupper på kvällar och helger, inbjudan till båda föräldrarna, pappagrupp med en manlig samtalsledare. Gemensamt material om jämställt föräldraskap för alla tre kommunerna.
- **Vem:** Familjecentralerna i respektive kommun; Länsstyrelsen samordnar materialet.

## 3. Eftermiddagen: Arbetsmarknad och inkomster

Kort pass med Arbetsförmedlingen och två företag.

- Kvinnors medianinkomst i länet är ca 80 % av männens. Deltid är mycket vanligare bland kvinnor (ca 30 % mot ca 10 %).
- **Förslag:** Heltid som norm i kommunernas vård och omsorg. Företagen vill ha hjälp med lönekartläggning; Länsstyrelsen erbjöd ett frukostseminarium i höst.
- **Vem:** Kommunernas HR-chefer tar frågan om heltid till respektive kommunledning före sommaren.

## 4. Hur ska vi arbeta tillsammans?

- Alla var överens om att det behövs ett gemensamt forum. Förslag: ett jämställdhetsnätverk för länet som träffas tre gånger per år, med Länsstyrelsen som sammankallande.
- Kommunerna vill ha stöd med analyser och metoder, inte fler rapporter. Regionen erbjöd sig att ta fram underlag.
- Kvinnojouren och idrottsförbundet vill vara med i nätverket.
- **Beslut:** Länsstyrelsen kallar till ett första nätverksmöte i april och skickar ut förslag på uppdrag för nätverket i förväg.

## 5. Post-it-väggen: övriga teman som kom upp

- omsorg om äldre anhöriga
- hälsa
- kompetensförsörjning
- idrottens resurser

## 6. Parkerade frågor

- Våld i nära relationer: tas på en separat workshop i mars med socialtjänst och polis.
- Statistik: TODO – hämta siffror från SCB och regionen till remissversionen.

## 7. Nästa steg

| Vad | Vem | När |
|---|---|---|
| Skicka ut anteckningarna | Sara | 13 feb |
| Skriva ihop förslag till mål | Sakkunnig i jämställdhet | mars |
| Första nätverksmötet | Länsstyrelsen | april |
| Remissversion | Länsstyrelsen | juni |

*Tack till alla som deltog!*
"""
    note = ("Workshopanteckningar i Markdown. Fyra gruppdiskussioner med läge, förslag till mål, "
            "aktivitet och ansvar → makt, utbildning, samhällsplanering (trygghet, "
            "översiktsplan, kollektivtrafik) och föräldraskapsstöd behandlas; eftermiddagspasset "
            "om inkomster och heltid → ekonomi behandlas. Villkoren: flickor/pojkar i skolan och "
            "kvinnor/män i trygghet och inkomster → behandlas. Det gemensamma nätverket med beslut "
            "om första möte → samverkan behandlas. Post-it-listan (omsorg, hälsa, "
            "kompetensförsörjning) är bara etiketter → nämns. Våld skjuts till en senare "
            "workshop → nämns. Statistik är en TODO → nämns. Tabellen ”Nästa steg” gäller "
            "processen, inte uppföljning av strategin → uppföljning saknas.")
    return "13_workshopanteckningar", "md", md, labels(
        "AAAMMMA-A-AMA--M----"), note


# ---------------------------------------------------------------------------------------
def d14():
    d = Doc("14", lang="en", title_prop="Jämställt Västra Bergslagen 2025–2028 – fullständig strategi",
            subject="Länsstrategi för jämställdhetsintegrering", keywords="jämställdhet, strategi, "
            "länsstyrelsen", header="Jämställt Västra Bergslagen 2025–2028", footer_page=True)
    d.title("Jämställt Västra Bergslagen 2025–2028")
    d.sub("Länsstrategi för jämställdhetsintegrering – beslutad version")
    d.toc([(1, "Förord", 3), (1, "1. Om strategin", 4), (2, "1.1 Syfte och målgrupp", 4),
           (2, "1.2 Avgränsningar", 4), (1, "2. Prioriterade delmål", 5),
           (2, "2.1 Makt och inflytande", 5), (2, "2.2 Ekonomisk jämställdhet", 7),
           (2, "2.3 Obetalt hem- och omsorgsarbete", 9), (2, "2.4 Mäns våld mot kvinnor", 10),
           (1, "3. Länsstyrelsens uppdragsområden", 12), (1, "4. Genomförande", 15),
           (1, "5. Uppföljning och utvärdering", 17)])
    d.h1("Förord")
    d.p("När vi tog fram den förra strategin frågade vi länets invånare vad jämställdhet betydde "
        "för dem. Svaren handlade om vardagen: om vem som hämtar på förskolan, om vem som vågar "
        "gå hem genom parken och om vem som har råd att gå i pension i tid. Den här strategin "
        "tar avstamp i samma vardag, men med fastare mål, tydligare ansvar och en uppföljning "
        "som gör att vi kan se om det vi gör faktiskt fungerar.")
    d.p("Jag vill uppmana varje kommun, myndighet, företag och förening i länet att läsa "
        "strategin och fråga sig vad man själv kan bidra med.")
    d.p("Eva-Lotta Brandberg, landshövding i Västra Bergslagens län")
    d.h1("1. Om strategin")
    d.h2("1.1 Syfte och målgrupp")
    d.p("Strategin ska ge länets aktörer en gemensam riktning för arbetet med jämställdhet och "
        "stärka samverkan mellan dem. Den vänder sig till beslutsfattare och tjänstepersoner i "
        "kommuner, region och statliga myndigheter, till näringslivet och till civilsamhällets "
        "organisationer. För Länsstyrelsen är strategin också styrande för den egna "
        "verksamheten.")
    d.p("Strategin prioriterar fyra av de sex jämställdhetspolitiska delmålen: makt och "
        "inflytande, ekonomisk jämställdhet, det obetalda hem- och omsorgsarbetet samt mäns våld "
        "mot kvinnor. Delmålen om jämställd utbildning och jämställd hälsa prioriteras inte. "
        "Målet om jämställd utbildning omfattar hela utbildningssystemet och följs i länet "
        "främst av skolhuvudmännen genom deras egna kvalitetssystem.")
    d.h2("1.2 Avgränsningar")
    d.p("Civil beredskap omfattas inte av denna strategi; jämställdhetsperspektivet i "
        "Länsstyrelsens beredskapsarbete kommer att behandlas i nästa strategi. Jämställdhet i "
        "det regionala tillväxtarbetet beskrivs i Region Västra Bergslagens handlingsplan för "
        "jämställd tillväxt och behandlas därför inte här. I allt arbete ska perspektiv som stad "
        "och landsbygd, tillgänglighet och ålder beaktas.")
    B.add(d, B.LASANVISNING, B.OM_LANET, B.HISTORIK, B.AGENDA2030, B.OM_KON, B.ORDLISTA)
    d.h1("2. Prioriterade delmål")
    d.h2("2.1 Makt och inflytande")
    d.p("**Läget.** Efter valet 2022 var 41 procent av ledamöterna i länets kommunfullmäktige och "
        "44 procent av regionfullmäktiges ledamöter kvinnor. Av de tre kommunstyrelseordförandena "
        "är en kvinna. I de kommunala bolagens styrelser är andelen kvinnor 33 procent. Bland "
        "förtroendevalda som avgick i förtid under mandatperioden 2018–2022 var 58 procent "
        "kvinnor, och i Länsstyrelsens enkät uppgav 31 procent av de kvinnliga och 19 procent av "
        "de manliga förtroendevalda att de utsatts för hot eller trakasserier.")
    d.p("I länets ungdomsråd är flickorna i majoritet, men när ungdomsråden intervjuades uppgav "
        "flickorna oftare än pojkarna att de inte fick gehör för sina förslag. Pojkarna var å "
        "andra sidan i högre grad osäkra på hur de skulle kunna påverka alls.")
    d.p("**Mål 2028.** Minst 45 procent kvinnor i samtliga fullmäktige och bolagsstyrelser, och "
        "en minskad andel förtroendevalda kvinnor som avgår i förtid.")
    d.p("**Insatser.** Länsstyrelsen erbjuder partiernas lokalavdelningar en utbildning om "
        "rekrytering och om att förebygga hot mot förtroendevalda inför valet 2026. Kommunerna "
        "genomför avgångssamtal med förtroendevalda som lämnar sina uppdrag och rapporterar "
        "orsakerna till Länsstyrelsen, som sammanställer dem för hela länet. Tillsammans med "
        "ungdomsråden tas en modell för återkoppling på ungas förslag fram.")
    d.h2("2.2 Ekonomisk jämställdhet")
    d.p("**Läget.** Kvinnornas medianinkomst av förvärvsarbete i länet är 80 procent av männens. "
        "Av kvinnorna arbetar 30 procent deltid och av männen 10 procent. Kvinnors genomsnittliga "
        "pension är 72 procent av männens. Länet har en av landets mest könsuppdelade "
        "arbetsmarknader: i 22 av de 30 största yrkena är mer än 60 procent av de anställda av "
        "samma kön.")
    d.p("**Mål 2028.** Kvinnors medianinkomst ska vara minst 85 procent av männens, och andelen "
        "kvinnor som arbetar heltid ska öka i alla tre kommuner.")
    d.p("**Insatser.** Länsstyrelsen leder ett nätverk för heltid som norm för länets offentliga "
        "arbetsgivare. Länsstyrelsen och Arbetsförmedlingen genomför årligen en kartläggning av "
        "ofrivillig deltid. Almi och Länsstyrelsen erbjuder rådgivning till kvinnor som vill "
        "starta eller utveckla företag.")
    d.h2("2.3 Obetalt hem- och omsorgsarbete")
    d.p("**Läget.** Männen i länet tog 2023 ut 29 procent av föräldrapenningdagarna och 38 procent "
        "av dagarna med tillfällig föräldrapenning. Andelen anhörigvårdare som minskat sin "
        "arbetstid för att ta hand om en äldre förälder är tre gånger så hög bland kvinnor som "
        "bland män. Tidsanvändningsstudier visar att kvinnor i genomsnitt lägger en timme mer "
        "per dag än män på obetalt hemarbete.")
    d.p("**Mål 2028.** Männens andel av föräldrapenningdagarna ska öka till minst 35 procent, och "
        "stödet till anhöriga ska utformas så att det inte förutsätter att kvinnor minskar sin "
        "arbetstid.")
    d.p("**Insatser.** Länsstyrelsen genomför tillsammans med Försäkringskassan en "
        "informationsinsats om föräldraledighet riktad till arbetsgivare inom industrin. "
        "Kommunernas anhörigstöd kartlägger vilka som får stöd, uppdelat på kvinnor och män, och "
        "anpassar öppettider och former efter resultatet.")
    d.h2("2.4 Mäns våld mot kvinnor")
    d.p("**Läget.** Under 2023 anmäldes 1 160 misshandelsbrott mot kvinnor i länet, varav tre av "
        "fyra begicks av en närstående. Antalet anmälda våldtäkter har ökat med 14 procent sedan "
        "2020. Länets tjejjour fick 620 kontakter från flickor i åldern 12–18 år, och i skolornas "
        "enkät uppgav 11 procent av flickorna och 3 procent av pojkarna att de utsatts för "
        "sexuella trakasserier på nätet. Våldet har stora konsekvenser för de utsattas hälsa och "
        "ekonomi.")
    d.p("**Mål 2028.** Alla kommuner ska ha rutiner för att upptäcka våld och hedersrelaterat "
        "förtryck, och fler män som utövar våld ska få behandling.")
    d.p("**Insatser.** Länsstyrelsen samordnar länsnätverket för kvinnofrid, fördelar "
        "utvecklingsmedel mot hedersrelaterat våld och förtryck, och erbjuder kommunerna stöd "
        "för att starta verksamhet för våldsutövare. Polisen och Länsstyrelsen genomför 2026 en "
        "kartläggning av prostitution och människohandel i länet.")
    d.h1("3. Länsstyrelsens uppdragsområden")
    d.p("Regeringen har angett att områden där Länsstyrelsen har uppgifter med bäring på målen i "
        "möjligaste mån ska ingå. Tabellen visar hur strategin hanterar dessa områden.")
    d.table([
        ["Område", "Aktivitet", "Ansvar", "Tid", "Indikator"],
        ["Samhällsplanering", "Efterfråga analys av kvinnors och mäns resmönster och trygghet i "
         "yttranden över översiktsplaner; trygghetsvandringar vid två resecentrum",
         "Samhällsbyggnadsenheten", "2025–2026", "Andel yttranden med jämställdhetsanalys"],
        ["Barnets rättigheter", "Stöd till kommunerna för barnkonsekvensanalyser i ärenden som "
         "rör barn som upplever våld; utbildning för handläggare om barnkonventionen som lag",
         "Barnrättssamordnaren", "2025", "Antal kommuner som använder stödet"],
        ["Föräldraskapsstöd", "Utveckla föräldraskapsstöd som når båda föräldrarna, med mål om "
         "minst 30 % pappor i föräldragrupperna; gemensamt material om jämställt föräldraskap",
         "Enheten för social hållbarhet, familjecentralerna", "2025–2027",
         "Andel pappor bland deltagarna"],
        ["Mänskliga rättigheter", "Genomgång av CEDAW-kommitténs rekommendationer för länet; "
         "utbildning i rättighetsbaserat arbetssätt för kommunernas handläggare",
         "MR-samordnaren", "2025–2026", "Antal utbildade; rapport om rekommendationerna"],
        ["Integration", "Språk- och yrkesintroduktion för utrikes födda kvinnor inom vård och "
         "industri, i samarbete med Arbetsförmedlingen; kartläggning av varför färre kvinnor än "
         "män deltar i samhällsorientering", "Integrationsenheten", "2025–2028",
         "Andel utrikes födda kvinnor i arbete eller studier efter ett år"],
        ["ANDTS", "Jämställdhetsanalys i det regionala ANDTS-programmet; särskilda insatser mot "
         "spel om pengar bland unga män och riskbruk bland kvinnor över 50", "ANDTS-samordnaren",
         "2025–2026", "Antal kommuner med jämställdhetsanalys i sitt program"],
    ], [1500, 3300, 1700, 1000, 1568])
    d.p("Föräldraskapsstödet syftar också till att främja barns hälsa och trygghet.")
    d.h1("4. Genomförande")
    d.h2("4.1 Samverkan")
    d.p("Länsstyrelsen leder jämställdhetsrådet och samordnar de nätverk som strategin bygger "
        "på. Aktörer i länet kan ansluta sig till strategin; i januari 2025 hade 19 "
        "organisationer anslutit sig, bland dem samtliga kommuner och regionen. Anslutna "
        "organisationer erbjuds två lärande träffar per år och processtöd från Länsstyrelsens "
        "sakkunniga.")
    d.h2("4.2 Könsuppdelad statistik")
    d.p("Länsstyrelsen publicerar varje år ”Kvinnor och män i Västra Bergslagen” med "
        "könsuppdelad statistik för alla indikatorer i strategin, uppdelad på kommun.")
    d.h2("4.3 Länsstyrelsens egen verksamhet")
    d.p("Alla avdelningar ska i verksamhetsplanen ange hur de bidrar till strategins mål. "
        "Jämställdhetsanalys är obligatorisk i beslutsunderlag som rör enskilda, och alla "
        "nyanställda genomgår en introduktion i jämställdhetsintegrering. Ledningsgruppen "
        "följer arbetet i tertialrapporterna.")
    B.add(d, B.PROCESS, B.REMISS, B.KALLOR)
    d.h1("5. Uppföljning och utvärdering")
    d.p("Strategin följs upp varje år i mars genom en rapport till jämställdhetsrådet och "
        "Länsstyrelsens ledning, med utfall för samtliga indikatorer och en redovisning av "
        "genomförda insatser. En halvtidsutvärdering genomförs 2026 och en extern slututvärdering "
        "2028. Ansvarig för uppföljningen är sakkunnig i jämställdhet.")
    note = ("Komplett strategi med innehållsförteckning och tabell över uppdragsområdena. Fyra "
            "prioriterade delmål behandlas med läge, mål och insatser. Utbildning nämns bara i "
            "prioriteringsstycket och som måldefinition (”omfattar hela utbildningssystemet”) → "
            "nämns. Hälsa nämns bara i fokuslistan, som konsekvens av våld och som syftet med "
            "föräldraskapsstödet → nämns (ANDTS-raden räknas till ANDTS, inte hälsomålet). "
            "Planering, barnets rättigheter, föräldraskapsstöd, mänskliga rättigheter, "
            "integration och ANDTS behandlas kort i en tabellrad med aktivitet, ansvar, tid och "
            "indikator. Beredskap ”omfattas inte … behandlas i nästa strategi” och tillväxt "
            "hänvisas till regionens plan → nämns. Landsbygd står bara i en perspektivlista → "
            "nämns. Villkoren behandlas (kvinnor/män och flickor/pojkar analyseras).")
    return "14_fullstandig_strategi_med_innehall", "docx", d, labels(
        "AAMAMAAAAAAAAAAMMAMA"), note


DRAFTS = [d11, d12, d13, d14]

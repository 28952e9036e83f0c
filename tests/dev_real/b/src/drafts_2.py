"""Drafts 4-7 of dev_real/b (fictional county: Sydöstra Skogslandets län)."""
from docxlib import Doc
from drafts_1 import A, M, X, LS, labels


# --------------------------------------------------------------------------------------
# Draft 4: children's-rights and parenting-support plan
# --------------------------------------------------------------------------------------
def draft4():
    d = Doc("d4", title_prop="Barnets rättigheter och ett jämställt föräldraskap",
            subject="Delplan till länsstrategin för jämställdhetsintegrering", creator=LS,
            header="Delplan 2 · Barn och föräldraskap")
    d.title("Barnets rättigheter och ett jämställt föräldraskap")
    d.sub("Regional delplan för Sydöstra Skogslandets län 2025–2027, kopplad till "
          "länsstrategin för jämställdhetsintegrering")
    d.h1("1. Om delplanen")
    d.p("Länsstrategin för jämställdhetsintegrering i Sydöstra Skogslandet kompletteras med "
        "delplaner för de områden där Länsstyrelsen har egna regeringsuppdrag. Den här delplanen "
        "gäller barnets rättigheter och stödet till föräldrar i föräldraskapet. Den bygger på "
        "barnkonventionen, som gäller som svensk lag sedan den 1 januari 2020, och på den "
        "nationella strategin för ett stärkt föräldraskapsstöd. Barnkonventionen är en av FN:s "
        "konventioner om de mänskliga rättigheterna.")
    d.p("Planen beskriver läget för flickor och pojkar och för mammor och pappor i länet, anger mål "
        "för perioden och vem som gör vad. Den riktar sig till socialtjänsten, förskolan och "
        "skolan, elevhälsan, barnavårdscentralerna, ungdomsmottagningarna och de ideella "
        "organisationer som möter familjer.")
    d.h2("1.1 Så har delplanen tagits fram")
    d.p("Under våren 2024 samtalade Länsstyrelsen med 120 barn och unga i sex kommuner, i "
        "skolor, på fritidsgårdar och i två idrottsföreningar. Samtalen handlade om vad som gör "
        "vardagen bra, vilka vuxna de vänder sig till och vad de tycker att vuxna borde veta. "
        "Flickorna och pojkarna fick svara var för sig i en del av samtalen, så att det gick att "
        "se om deras erfarenheter skilde sig åt. Dessutom intervjuades 34 föräldrar, varav 12 "
        "pappor, om vilket stöd de hade sökt och fått.")
    d.p("Ett utkast till delplan diskuterades i det regionala nätverket för föräldraskapsstöd och "
        "med kommunernas barnrättsstrateger i september 2024. Synpunkterna har framför allt lett "
        "till att målen för pappornas deltagande har skärpts och att barnkonsultationerna har "
        "lagts till som insats.")
    d.h2("1.2 Begrepp")
    d.p("Med föräldraskapsstöd menas i planen en aktivitet som ger föräldrar kunskap om barns "
        "hälsa och emotionella, kognitiva och sociala utveckling, eller som stärker föräldrarnas "
        "sociala nätverk. Stödet kan vara allmänt och erbjudas alla, eller riktat till föräldrar "
        "i en särskild situation. Med barnkonsekvensanalys menas en bedömning, före ett beslut, "
        "av hur beslutet påverkar barn och hur barnets bästa har beaktats.")
    d.h1("2. Barnets rättigheter i länet")
    d.h2("2.1 Läget")
    d.p("I länet bor 47 300 barn i åldern 0–17 år. Länsstyrelsens kartläggning hösten 2024 visar "
        "att fyra av tio kommuner har en beslutad rutin för barnkonsekvensanalys, men att bara två "
        "av dem använder den regelbundet i ärenden som rör barn. Ingen kommun följer upp hur "
        "analyserna påverkar utfallet för flickor respektive pojkar.")
    d.p("I enkäten Ung i Skogslandet 2023 svarade 52 procent av flickorna och 61 procent av "
        "pojkarna i årskurs 9 att vuxna i kommunen lyssnar på vad unga tycker. Flickorna var mer "
        "kritiska till tryggheten i skolan, medan pojkarna oftare uppgav att de inte visste vart "
        "de skulle vända sig om de behövde stöd. Barn som växer upp i hushåll med låg ekonomisk "
        "standard – oftare hushåll med en ensamstående mamma – har sämre möjligheter att delta i "
        "fritidsaktiviteter.")
    d.h2("2.2 Mål")
    d.p("Senast 2027 ska alla tio kommuner använda barnkonsekvensanalyser i ärenden och beslut som "
        "rör barn, och analyserna ska redovisa om flickor och pojkar påverkas olika. Andelen "
        "flickor och pojkar som anser att vuxna i kommunen lyssnar på dem ska öka till minst 65 "
        "procent.")
    d.h2("2.3 Insatser")
    d.ul(["Länsstyrelsen erbjuder under 2025 en grundutbildning i barnrättsbaserat arbetssätt för "
          "kommunernas handläggare och chefer inom socialtjänst och skola.",
          "Länsstyrelsen leder ett nätverk för kommunernas barnrättsstrateger, fyra träffar per år "
          "2025–2027.",
          "Kommunerna genomför minst två barnkonsultationer per år där barn i olika åldrar får "
          "komma till tals, och redovisar vad flickor och pojkar har sagt.",
          "Region Sydöstra Skogslandet tar fram en mall för barnkonsekvensanalys som kan användas "
          "i hela länet, klar hösten 2025."])
    d.h1("3. Föräldraskapsstöd")
    d.h2("3.1 Läget")
    d.p("Syftet med föräldraskapsstödet är att främja barns hälsa och utveckling och att stärka "
        "barns skolgång. Stödet ska också bidra till att förebygga att unga börjar använda "
        "alkohol och narkotika. Enligt den nationella strategin ska stödet utformas med ett "
        "funktionshinderperspektiv och med perspektivet att förebygga våld.")
    d.p("Länsstyrelsens enkät till kommunerna 2024 visar att sju av tio kommuner erbjuder ett "
        "allmänt föräldraskapsstöd till föräldrar med barn i tonåren, och alla tio till föräldrar "
        "med små barn via barnavårdscentralerna. Av deltagarna i föräldragrupperna var 74 procent "
        "mammor och 26 procent pappor. I Myrsjö och Hultaby deltog nästan inga pappor alls. "
        "Kommunerna anger att tiderna – ofta dagtid – och att inbjudan skickas till den förälder "
        "som står först i registret är viktiga förklaringar.")
    d.p("De föräldrar som Länsstyrelsen intervjuade beskrev ett stöd som i praktiken riktar sig "
        "till mammor. Flera pappor berättade att de aldrig hade fått någon inbjudan, och två "
        "uppgav att de hade känt sig som gäster när de kom. Föräldrar som är separerade fick "
        "sällan information till båda hushållen. Samtidigt uppskattades de grupper där pappor "
        "och mammor deltog tillsammans, och där samtalsledarna var både kvinnor och män.")
    d.h2("3.2 Mål")
    d.p("Pappornas andel av deltagarna i föräldraskapsstödet ska öka till 40 procent 2027. Alla "
        "kommuner ska erbjuda föräldraskapsstöd till föräldrar med barn i alla åldrar, och "
        "innehållet ska ta upp ett jämställt föräldraskap.")
    d.h2("3.3 Insatser")
    d.ul(["Kommunerna erbjuder från hösten 2025 grupper på kvällstid och digitala träffar, och "
          "bjuder in båda föräldrarna med namn.",
          "Länsstyrelsen utbildar 2025–2026 gruppledare i hur ett jämställt föräldraskap kan "
          "lyftas i samtalen, till exempel fördelningen av ansvaret hemma.",
          "Länsstyrelsen och Region Sydöstra Skogslandet utvecklar en pappagrupp vid "
          "barnavårdscentralerna i Granvik och Lövsund som prövas 2026 och sprids 2027.",
          "Information om föräldraskapsstödet skickas till vårdnadshavare via skolornas "
          "lärplattform två gånger per år."])
    d.h1("4. Ett jämställt föräldraskap i vardagen")
    d.p("I länet tog papporna 29 procent av de uttagna dagarna med föräldrapenning 2023 och 38 "
        "procent av dagarna med tillfällig föräldrapenning. I inlandskommunerna var pappornas "
        "andel av föräldrapenningdagarna 24 procent.")
    d.p("Mål: Pappornas andel av föräldrapenningdagarna i länet ska vara minst 35 procent 2027. "
        "Försäkringskassan och Länsstyrelsen informerar blivande föräldrar på "
        "mödrahälsovården och barnavårdscentralerna, och arbetsgivare i industrin, om "
        "möjligheterna att dela på föräldraledigheten. Försäkringskassan redovisar utvecklingen "
        "per kommun en gång per år.")
    d.p("Föräldraskapsstöd till föräldrar som är nya i Sverige ges inom samhällsorienteringen. "
        "Frågor om utrikes födda kvinnors etablering hanteras i Länsstyrelsens integrationsuppdrag "
        "och omfattas inte av denna delplan.")
    d.h1("5. Samverkan")
    d.p("Länsstyrelsen samordnar det regionala nätverket för föräldraskapsstöd. I nätverket ingår "
        "kommunernas samordnare, Region Sydöstra Skogslandet med barnavårdscentraler och "
        "ungdomsmottagningar, Svenska kyrkan, två studieförbund och föreningen Familjekraft "
        "Skogslandet. Nätverket träffas två gånger per år, tar fram gemensamt material och "
        "ordnar en regional konferens vartannat år. Länsstyrelsen fördelar utvecklingsmedel till "
        "kommuner som vill pröva nya arbetssätt och stödjer dem i att utvärdera.")
    d.p("Barnrättsarbetet samordnas i ett eget nätverk för kommunernas barnrättsstrateger, där "
        "också Region Sydöstra Skogslandet och Barnombudet i Skogslandet deltar. De två "
        "nätverken har ett gemensamt möte per år, så att erfarenheterna från "
        "barnkonsultationerna kan användas i föräldraskapsstödet och tvärtom. Länsstyrelsen "
        "ansvarar för att dokumentera mötena och för att sprida goda exempel mellan kommunerna, "
        "till exempel Lövsunds kvällsgrupper för pappor och Tallheds arbete med "
        "barnkonsekvensanalyser i socialtjänsten.")
    d.h1("6. Statistik")
    d.p("Kommunerna har hittills inte redovisat deltagarna i föräldraskapsstödet efter kön. Från "
        "2025 ska alla kommuner som får utvecklingsmedel redovisa deltagare uppdelade på mammor "
        "och pappor och efter barnens ålder. Länsstyrelsen sammanställer uppgifterna i en "
        "länsrapport varje år, där också barnkonsultationerna redovisas efter flickor och pojkar.")
    d.h1("7. Uppföljning")
    d.p("Delplanen följs upp varje år av Länsstyrelsens samordnare för föräldraskapsstöd och "
        "barnrättssamordnaren. Resultatet redovisas för styrgruppen för länsstrategin i november.")
    d.table([["Indikator", "Utgångsläge", "Mål 2027", "Källa"],
             ["Kommuner som använder barnkonsekvensanalys regelbundet", "2 av 10", "10 av 10",
              "Länsstyrelsens kartläggning"],
             ["Flickor som anser att vuxna lyssnar", "52 %", "65 %", "Ung i Skogslandet"],
             ["Pojkar som anser att vuxna lyssnar", "61 %", "65 %", "Ung i Skogslandet"],
             ["Pappornas andel av deltagarna i föräldraskapsstöd", "26 %", "40 %",
              "Kommunernas redovisning"],
             ["Pappornas andel av föräldrapenningdagarna", "29 %", "35 %", "Försäkringskassan"]],
            [3600, 1500, 1400, 2500])
    d.p("En halvtidsavstämning görs i december 2026, och planen revideras inför nästa period.")
    note = ("Delplan om barnets rättigheter och föräldraskapsstöd. Addressed: barnets rättigheter "
            "(kartläggning, mål 2027, insatser, ansvar), föräldraskapsstöd (deltagare per kön, mål "
            "40 %, insatser), obetalt arbete (avsnitt 4: föräldrapenning per kön, mål, ansvar), "
            "req.conditions (flickor/pojkar i 2.1, mammor/pappor = kvinnor/män i 3–4), statistik "
            "(avsnitt 6), samverkan (nätverket), uppföljning (avsnitt 7 med indikatortabell). "
            "Mentioned: goal.health och goal.education bara som syfte för föräldraskapsstödet "
            "(3.1 'främja barns hälsa ... stärka barns skolgång'); area.andts bara som syfte "
            "('förebygga att unga börjar använda alkohol och narkotika'); goal.violence bara i "
            "uppräkningen av perspektiv ('perspektivet att förebygga våld'); goal.economy bara som "
            "orsak i ett barnrättsstycke ('låg ekonomisk standard – oftare ... ensamstående "
            "mamma'), inga inkomstsiffror; area.human_rights bara inramning ('en av FN:s "
            "konventioner om de mänskliga rättigheterna'); area.integration uttryckligen undantaget "
            "('omfattas inte av denna delplan'). Missing: makt (barn 'komma till tals' och 'vuxna "
            "lyssnar' är barnrätt, inte makt), samhällsplanering ('tryggheten i skolan' är inte "
            "trygghet i offentlig miljö), intern verksamhet ('kommunernas handläggare' är inte "
            "Länsstyrelsens egna), regional tillväxt, landsbygd, krisberedskap; 'vårdnadshavare' "
            "är en falsk vän.")
    lab = labels(goal__power=X, goal__economy=M, goal__education=M, goal__unpaid_care=A,
                 goal__health=M, goal__violence=M, area__planning=X, area__child_rights=A,
                 area__parenting_support=A, area__human_rights=M, req__conditions=A,
                 req__statistics=A, req__collaboration=A, req__internal=X, req__followup=A,
                 area__regional_growth=X, area__rural=X, area__integration=M,
                 area__preparedness=X, area__andts=M)
    return "d4_barnratt_foraldraskapsstod", "docx", d, note, lab


# --------------------------------------------------------------------------------------
# Draft 5: workshop summary in Markdown
# --------------------------------------------------------------------------------------
D5 = """# Minnesanteckningar – workshop om ny länsstrategi för jämställdhet

**Datum:** 12 mars 2025, kl. 9.00–15.30
**Plats:** Residenset, Granvik
**Arrangör:** Länsstyrelsen i Sydöstra Skogslandet
**Antecknat av:** Sara Lindqvist och Omar Haddad, enheten för social hållbarhet

## Deltagare

Totalt 34 personer deltog: representanter för nio av länets tio kommuner (Lövsund hade förhinder),
Region Sydöstra Skogslandet, Arbetsförmedlingen, Försäkringskassan, Polisen, Högskolan i Granvik,
Studieförbundet Vuxenskolan, Skogslandets idrottsförbund, Företagarna och två kvinnojourer.
Kvinnofridssamordnarna från kommunerna hade möte på annat håll och kunde inte delta.

## Dagordning

1. Välkommen och syfte med dagen
2. Vad säger uppdraget?
3. Gruppdiskussioner i tre spår
4. Redovisning och gemensamma prioriteringar
5. Länsstyrelsens interna arbete – *utgick på grund av tidsbrist*
6. Nästa steg

## Förväntningar – runda

Varje deltagare fick säga en sak de hoppades få ut av dagen. Många ville träffa andra som arbetar
med samma frågor och höra hur de gör. Flera kommuner sa att de har en jämställdhetsplan men att
den sällan används i det dagliga arbetet. Polisen ville förstå vad en länsstrategi betyder för en
statlig myndighet. Idrottsförbundet ville ha hjälp att få fler flickor att stanna kvar i
föreningarna i tonåren. Högskolan ville bidra med forskning och studentuppsatser. En av
kvinnojourerna påminde om att det ideella arbetet ofta bärs av några få personer och bad att
mötestiderna ska passa även dem som inte har mötena som sin anställning.

## 1. Välkommen och syfte

Länsrådet Per Ekholm hälsade välkommen och betonade att den nya strategin ska vara länets
gemensamma och inte bara Länsstyrelsens. Dagen var den första av två workshoppar. Syftet var att
samla in erfarenheter och förslag på vad länet ska prioritera 2025–2028. Inga beslut om
strategins innehåll fattades under dagen, med undantag för det som anges under punkt 4.

## 2. Vad säger uppdraget?

Jämställdhetsstrategen Sara Lindqvist gick igenom regeringsuppdraget. Länsstyrelsen ska verka för
att de jämställdhetspolitiska målen får genomslag i länet och integrera ett jämställdhetsperspektiv
genom att belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor.
Strategin ska stärka samverkan mellan aktörer i länet. De sex delmålen presenterades (se bilaga 1,
som inte bifogas här).

Sara berättade också att Länsstyrelsen inte har hunnit ta fram någon könsuppdelad statistik till
dagens workshop. Flera deltagare efterfrågade sådan inför nästa träff.

Frågor från deltagarna:

- Blir det en strategi som man ansluter sig till, som i andra län, eller en plan som alla ska
  följa? *Svar: det är inte bestämt ännu.*
- Hur många mål kan en strategi bära? Flera tyckte att den förra strategin hade för många.
- Finns det pengar kopplade till strategin? *Svar: nej, men projektmedel kan sökas på vanligt sätt.*

## 3. Gruppdiskussioner

Deltagarna delades in i tre grupper. Varje grupp fick frågorna: *Vilka är de största
jämställdhetsproblemen i länet inom ert område? Vad görs redan? Vad borde vi göra tillsammans?*

### Grupp 1 – Arbete, utbildning och företagande

Gruppen hade ett livligt samtal men konstaterade att underlaget var tunt.

- Hur ser lönegapet ut i våra kommuner? Ingen i gruppen hade aktuella siffror, och man var osäker
  på om skillnaderna är större här än i riket.
- Någon undrade om pojkarnas skolresultat är sämre här än i andra län. Frågan skickas vidare till
  Region Sydöstra Skogslandet som har statistiken.
- Företagarna lyfte att det är svårt att få unga att välja yrken som bryter mot normen, men hade
  inget konkret förslag.
- Region Sydöstra Skogslandet berättade om sitt projekt för jämställd regional tillväxt, som
  pågick 2019–2022. Slutrapporten finns på regionens webbplats.
- Tallheds kommun berättade om de trygghetsvandringar som gjordes i centrum 2019, under den förra
  strategiperioden. De har inte följts upp.

Gruppens slutsats: *Vi behöver veta mer innan vi kan prioritera. Ta upp igen vid workshop 2.*

### Grupp 2 – Hälsa och trygghet

Gruppen, där Region Sydöstra Skogslandet, tre kommuners elevhälsa och Skogslandets
idrottsförbund ingick, var överens om att den psykiska ohälsan bland unga, och särskilt bland
flickor i högstadiet och gymnasiet, är det mest angelägna problemet.

Gruppen enades om följande förslag, som ställdes under punkt 4:

- **Mål:** Andelen flickor i årskurs 9 som uppger återkommande psykosomatiska besvär ska minska
  till 2028. Utvecklingen följs i enkäten Ung i Skogslandet, som görs vartannat år.
- **Insats:** Region Sydöstra Skogslandet (folkhälsoenheten) och kommunernas elevhälsa tar fram
  en gemensam insats för att tidigt fånga upp unga med psykisk ohälsa, med start hösten 2025.
  Idrottsförbundet medverkar med ledarutbildning om psykisk hälsa i föreningarna.
- **Ansvar:** Regionens folkhälsochef sammankallar.

Idrottsförbundet beskrev att flickor slutar i föreningsidrotten tidigare än pojkar och att
tränarna saknar kunskap om hur psykisk ohälsa yttrar sig. Elevhälsan i Bäckeby berättade om ett
försök med samtalsgrupper i årskurs 8 som föll väl ut och som skulle kunna spridas inom
insatsen. Regionen tar med de senaste resultaten från Ung i Skogslandet till nästa workshop.

Gruppen ville också ta upp mäns våld mot kvinnor, men eftersom kvinnofridssamordnarna inte kunde
delta tas frågan upp vid ett separat möte med dem i september.

### Grupp 3 – Etablering och delaktighet

Gruppen bestod av Arbetsförmedlingen, tre kommuners arbetsmarknadsenheter, vuxenutbildningen i
Granvik, Studieförbundet Vuxenskolan och en av kvinnojourerna.

- Arbetsförmedlingen redovisade att 49 procent av de utrikes födda kvinnorna 20–64 år i länet
  hade ett arbete 2023.
- Gruppen föreslog ett gemensamt mål: andelen utrikes födda kvinnor i arbete ska öka från 49 till
  58 procent till 2028.
- **Insats:** Arbetsförmedlingen och kommunernas vuxenutbildning startar 2025 en gemensam modell
  där sfi kombineras med yrkesutbildning och praktik i vård, städ och livsmedel, först i Granvik
  och Sjöhamra. Studieförbundet erbjuder språkcaféer för deltagarna på kvällstid.
- **Ansvar:** Arbetsförmedlingens sektionschef i Granvik samordnar och rapporterar till
  Länsstyrelsen två gånger per år.

En deltagare frågade: *Vem bestämmer egentligen i föreningslivet här? Vi vet för lite om vilka
som sitter i styrelserna.* Ingen kunde svara, och frågan lades på parkeringsplatsen.

## 4. Redovisning och gemensamma prioriteringar

Grupperna redovisade i helgrupp. Förslagen från grupp 2 och grupp 3 fick brett stöd och tas med
som förslag i strategiutkastet. Grupp 1:s frågor tas upp igen.

Deltagarna fattade också ett gemensamt beslut om arbetsformerna:

- **Länsnätverk för jämställdhetsintegrering.** Länsstyrelsen bildar ett nätverk med en
  kontaktperson från varje kommun, Region Sydöstra Skogslandet, Arbetsförmedlingen,
  Försäkringskassan och Polisen. Första träffen hålls den 15 maj 2025 och därefter fyra gånger
  per år. Länsstyrelsen sammankallar, håller i processtödet och tar fram gemensamt
  utbildningsmaterial. Kommunerna utser sina kontaktpersoner senast den 15 april.

### Parkeringsplatsen

Frågor som kom upp men inte hann diskuteras:

- ANDTS och spel om pengar
- hedersfrågor
- styrelser och föreningsliv (se grupp 3)
- hur vi når de mindre kommunerna

## 5. Länsstyrelsens interna arbete

Punkten utgick på grund av tidsbrist.

## 6. Nästa steg

- Hur ska strategin följas upp? Frågan lämnades öppen och tas upp igen vid workshop 2.
- Länsstyrelsen skickar ut dessa anteckningar senast den 21 mars.
- Workshop 2 hålls den 4 juni 2025 i Tallhed. Då ska det finnas ett första utkast till
  strategitext och, om möjligt, statistik för länet.
- Synpunkter på anteckningarna skickas till Sara Lindqvist senast den 28 mars.
- Grupp 2 och grupp 3 ombeds att till workshop 2 precisera sina förslag: vilka kommuner som
  deltar, vad insatserna kostar och hur de ska bemannas.
- Arbetsförmedlingen och Granviks vuxenutbildning bjuder in övriga kommuner till ett
  informationsmöte om modellen i grupp 3 i april.
- Länsstyrelsen bjuder in Företagarna, Almi och två större industriföretag till ett samtal om
  hur näringslivet kan bli mer delaktigt i strategiarbetet.

## Utvärdering av dagen

27 av 34 deltagare svarade på utvärderingen. 22 tyckte att dagen var bra eller mycket bra. Flera
skrev att det var värdefullt att träffa andra aktörer, men att diskussionerna hade blivit mer
konkreta med statistik som underlag. Några saknade kvinnofridssamordnarna och representanter för
näringslivet utöver Företagarna. Lunchen fick höga betyg.
"""


def draft5():
    note = ("Workshopanteckningar i Markdown. Addressed: goal.health (grupp 2: mål för flickors "
            "psykiska ohälsa, insats, ansvar och start hösten 2025 – utan siffror men med mål, "
            "aktivitet, ägare och tid); area.integration (grupp 3: 49 → 58 %, modell, ansvar); "
            "req.collaboration (beslut om länsnätverk, datum, Länsstyrelsen sammankallar). "
            "Mentioned: goal.power bara som fråga ('Vem bestämmer ... i styrelserna?'), på "
            "parkeringsplatsen och i rubriken 'Etablering och delaktighet'; goal.economy bara som fråga utan siffror ('Hur ser lönegapet ut "
            "...?'); goal.education bara som fråga om pojkarnas skolresultat – vuxenutbildning i "
            "grupp 3 är ett medel för etableringen; goal.violence uppskjutet till möte i "
            "september och 'hedersfrågor' på parkeringsplatsen; area.planning bara som tidigare "
            "period (trygghetsvandringar 2019, ej uppföljda); req.conditions bara plikten "
            "upprabblad (punkt 2); flickor/pojkar förekommer i grupp 2 (idrotten) men inget "
            "substantiellt om kvinnor och män – bara ett par; req.statistics bara negation och "
            "önskemål ('inte hunnit ta fram någon könsuppdelad statistik'); req.internal bara "
            "dagordningspunkt som utgick; req.followup bara öppen fråga; area.regional_growth bara "
            "annan aktörs avslutade projekt 2019–2022; area.andts bara punkt på "
            "parkeringsplatsen. Andelen utrikes födda kvinnor i arbete (49 %) är integrationsarbete, "
            "inte en analys av ekonomisk jämställdhet. Missing: obetalt arbete, barnets "
            "rättigheter, föräldraskapsstöd, mänskliga rättigheter, landsbygd, krisberedskap.")
    lab = labels(goal__power=M, goal__economy=M, goal__education=M, goal__unpaid_care=X,
                 goal__health=A, goal__violence=M, area__planning=M, area__child_rights=X,
                 area__parenting_support=X, area__human_rights=X, req__conditions=M,
                 req__statistics=M, req__collaboration=A, req__internal=M, req__followup=M,
                 area__regional_growth=M, area__rural=X, area__integration=A,
                 area__preparedness=X, area__andts=M)
    return "d5_workshop_anteckningar", "md", D5, note, lab


# --------------------------------------------------------------------------------------
# Draft 6: draft with many tables of priorities
# --------------------------------------------------------------------------------------
W6 = [1900, 2300, 1900, 1500, 900, 1100]
H6 = ["Nuläge i länet", "Regionalt mål", "Aktivitet", "Ansvarig", "Tid", "Uppföljning"]


def draft6():
    d = Doc("d6", title_prop="Handlingsplan med prioriteringar 2025–2028 (remissversion)",
            subject="Bilaga till länsstrategin för jämställdhetsintegrering", creator=LS,
            header="REMISSVERSION 2024-11-20 – ej beslutad")
    d.title("Handlingsplan med prioriteringar 2025–2028")
    d.sub("Bilaga till Länsstrategi för jämställdhetsintegrering i Sydöstra Skogslandets län – "
          "remissversion")
    d.h1("1. Om handlingsplanen")
    d.p("Handlingsplanen konkretiserar länsstrategin. Den anger för varje prioriterat område "
        "nuläget i länet, ett regionalt mål, aktiviteter, vem som ansvarar och när aktiviteten "
        "ska genomföras. Remissinstanserna ombeds särskilt att lämna synpunkter på målnivåerna "
        "och på om ansvarsfördelningen är rimlig.")
    d.p("Tabell 1 visar vilka av de jämställdhetspolitiska delmålen som prioriteras regionalt. "
        "Tabellerna 2–10 beskriver de prioriterade områdena. I alla tabeller gäller att "
        "uppgifter om personer redovisas för kvinnor och män, eller flickor och pojkar, var för "
        "sig. Perspektiv som ska beaktas i alla aktiviteter: barnrätt, tillgänglighet och "
        "folkhälsa.")
    d.h2("1.1 Så har prioriteringarna gjorts")
    d.p("Prioriteringarna bygger på lägesanalysen i huvuddokumentet och på de dialogmöten som "
        "hölls med länets aktörer under våren 2024. Ett område har prioriterats när tre villkor "
        "är uppfyllda: skillnaderna mellan kvinnor och män eller flickor och pojkar i länet är "
        "stora eller större än i riket, det finns aktörer som kan ta ansvar för aktiviteter, och "
        "utvecklingen går att följa med befintlig statistik. Områden som inte uppfyller "
        "villkoren har fått en kommentar i tabell 1 eller redovisas under avsnitt 4.")
    d.p("Målnivåerna har satts i dialog med de aktörer som ska genomföra aktiviteterna. De är "
        "satta så att de ska vara möjliga att nå, men kräver att aktörerna arbetar på ett annat "
        "sätt än i dag. Länsstyrelsen har ett samordnande ansvar men kan inte ensam nå målen.")
    d.h2("1.2 Läsanvisning")
    d.p("Avsnitt 2 visar hur delmålen har prioriterats. Avsnitt 3 innehåller en tabell för varje "
        "prioriterat område. Avsnitt 4 redovisar områden utan särskild prioritering, avsnitt 5 "
        "uppföljningen och avsnitt 6 frågorna till remissinstanserna. Kolumnen Ansvarig anger "
        "den aktör som sammankallar; flera aktörer kan medverka i genomförandet.")
    d.h1("2. Prioriteringar")
    d.p("Tabell 1. Delmålen och den regionala prioriteringen")
    d.table([["Delmål", "Prioriteras 2025–2028", "Kommentar"],
             ["En jämn fördelning av makt och inflytande", "Ja", "Tabell 2"],
             ["Ekonomisk jämställdhet", "Ja", "Tabell 3"],
             ["Jämställd utbildning", "Ja", "Tabell 4"],
             ["En jämn fördelning av det obetalda hem- och omsorgsarbetet", "Nej",
              "Hanteras i nästa strategiperiod"],
             ["Jämställd hälsa", "Nej", "–"],
             ["Mäns våld mot kvinnor ska upphöra", "Ja", "Tabell 5"]],
            [4200, 2000, 2800])
    d.h1("3. Tabeller per prioriterat område")
    d.p("Tabell 2. En jämn fördelning av makt och inflytande")
    d.table([H6,
             ["29 % av ordförandena i kommunernas nämnder är kvinnor; 41 % av ledamöterna i "
              "kommunfullmäktige", "Minst 40 % kvinnor bland nämndordförandena 2027",
              "Mentorprogram för nya förtroendevalda kvinnor i samarbete med partierna",
              "Länsstyrelsen, kommunerna", "2025–2026", "Uppföljning"],
             ["Var tredje förtroendevald kvinna och var femte man har utsatts för hot eller hat",
              "Alla kommuner har rutiner mot hot och hat mot förtroendevalda 2026",
              "Kartläggning och stöd till kommunerna",
              "Länsstyrelsen", "2025", "Se avsnitt 5"]], W6)
    d.p("Tabell 3. Ekonomisk jämställdhet")
    d.table([H6,
             ["71 % av de anställda kvinnorna och 90 % av männen arbetar heltid; kvinnors "
              "medianinkomst är 81 % av männens", "Andelen kvinnor som arbetar heltid ökar till "
              "80 % 2028", "Nätverk för heltid som norm i kommunernas vård och omsorg",
              "Kommunerna, Region, Länsstyrelsen sammankallar", "2025–2028", "Uppföljning"],
             ["Kvinnor driver 31 % av företagen i länet", "Andelen ökar till 36 % 2028",
              "Rådgivning för kvinnors företagande tillsammans med Almi",
              "Almi, Länsstyrelsen", "2026–2027", "Uppföljning"]], W6)
    d.p("Tabell 4. Jämställd utbildning")
    d.table([H6,
             ["89 % av flickorna och 80 % av pojkarna är behöriga till gymnasiets "
              "yrkesprogram", "Skillnaden minskar till högst 4 procentenheter 2028",
              "Nätverk för studie- och yrkesvägledare med fokus på pojkars behörighet",
              "Kommunerna, Länsstyrelsen", "2025–2027", "Uppföljning"],
             ["Förskolorna saknar gemensam kompetens om normkritisk pedagogik",
              "Alla kommuners förskolor har deltagit i utbildning 2027",
              "Utbildningsdagar för förskollärare", "Högskolan i Granvik, kommunerna",
              "2026–2027", "Uppföljning"]], W6)
    d.p("Kommentar till tabell 3 och 4: Deltidsarbetet och de könsuppdelade studievalen hänger "
        "ihop, eftersom de yrken som flickor utbildar sig till i större utsträckning erbjuds på "
        "deltid. Aktiviteterna i de två tabellerna ska därför samordnas, och nätverket för "
        "studie- och yrkesvägledare ska bjuda in arbetsgivarna i heltidsnätverket minst en gång "
        "per år. Pojkarnas lägre behörighet är störst i Bäckeby och Tallhed, som därför "
        "prioriteras när nätverket startar.")
    d.p("Tabell 5. Mäns våld mot kvinnor ska upphöra")
    d.table([H6,
             ["588 anmälda misshandelsbrott mot kvinnor i nära relation 2023; fem av tio "
              "kommuner har en handlingsplan", "Alla kommuner har en handlingsplan 2026",
              "Kompetensstöd till socialtjänsten och gemensam mall för handlingsplan",
              "Länsstyrelsen", "2025–2026", "Uppföljning"],
             ["Få unga nås av våldsförebyggande arbete; pojkar anger oftare än flickor att "
              "våld kan vara befogat", "Våldsförebyggande program i alla gymnasieskolor 2028",
              "Utbildning av skolpersonal i ett beprövat våldsförebyggande program",
              "Kommunerna, Länsstyrelsen", "2026–2028", "Se avsnitt 5"]], W6)
    d.p("Tabell 6. Samhällsplanering")
    d.table([H6,
             ["Kvinnor gör 62 % av bussresorna, män 71 % av bilresorna; 38 % av kvinnorna och "
              "14 % av männen känner sig otrygga vid busshållplatser på kvällen",
              "Alla regionala trafikförsörjningsprogram innehåller en jämställdhetsanalys 2026",
              "Jämställdhetsanalys av trafikförsörjningsprogrammet; trygghetsanpassning av 20 "
              "hållplatser", "Regionala kollektivtrafikmyndigheten, kommunerna", "2025–2027",
              "Uppföljning"],
             ["Få översiktsplaner analyserar trygghet i offentlig miljö ur ett "
              "jämställdhetsperspektiv", "Länsstyrelsen tar upp frågan i varje samråd om "
              "översiktsplan", "Checklista för plansamråd", "Länsstyrelsen", "2025",
              "Uppföljning"]], W6)
    d.p("Kommentar till tabell 6: Länsstyrelsen deltar i alla samråd om översiktsplaner och har "
        "därför ett särskilt ansvar för att trygghet, tillgång till kollektivtrafik och "
        "bostadsförsörjning analyseras för kvinnor och män. Checklistan tas fram tillsammans med "
        "två kommuner som prövar den under 2025.")
    d.p("Tabell 7. Mänskliga rättigheter")
    d.table([H6,
             ["Tre av tio kommuner har en plan för ett rättighetsbaserat arbetssätt",
              "Alla kommuner har antagit en sådan plan 2027",
              "Utbildning i mänskliga rättigheter och CEDAW för kommunala chefer",
              "Länsstyrelsen", "2025–2026", "Uppföljning"]], W6)
    d.p("Tabell 8. Regional tillväxt och kompetensförsörjning")
    d.table([H6,
             ["Kvinnor är 14 % av de studerande på länets yrkeshögskoleutbildningar inom "
              "industriteknik", "Andelen kvinnor är 25 % 2028",
              "Riktad rekrytering och praktik i industrin i samarbete med Region och "
              "utbildningsanordnarna", "Region Sydöstra Skogslandet", "2025–2028",
              "Uppföljning"]], W6)
    d.p("Tabell 9. Länsstyrelsens egen verksamhet")
    d.table([["Aktivitet", "Ansvarig", "Tid"],
             ["Jämställdhetsanalys av varje enhets verksamhetsplan", "Länsrådet", "Årligen"],
             ["Handläggningssystemen för bidrag och stöd kan ta ut uppgifter efter kön",
              "Enheten för verksamhetsstöd", "2026"],
             ["Utbildning i jämställdhetsintegrering för alla chefer och handläggare",
              "HR-enheten", "2025"],
             ["Checklista för jämställdhetsanalys i beslutsunderlag", "Särskilt sakkunnig i "
              "jämställdhet", "2025"]], [5200, 2400, 1400])
    d.p("Tabell 10. Statistik och samverkan")
    d.table([["Aktivitet", "Ansvarig", "Tid"],
             ["Faktaboken Kvinnor och män i Sydöstra Skogslandet med 40 indikatorer uppdelade på "
              "kön ges ut och analyseras", "Länsstyrelsens analysfunktion", "Årligen i mars"],
             ["Jämställdhetsrådet, med kommunerna, Region, myndigheter och civilsamhälle, "
              "samordnar genomförandet", "Landshövdingen (ordförande)", "Två möten per år"],
             ["Nätverk för kommunernas jämställdhetsstrateger", "Länsstyrelsen", "Fyra träffar "
              "per år"]], [5200, 2400, 1400])
    d.h1("4. Övriga områden")
    d.p("Tabell 11. Områden utan särskild prioritering")
    d.table([["Område", "Regionalt mål", "Aktivitet", "Ansvarig"],
             ["Landsbygd", "–", "–", "–"]], [2400, 2200, 2200, 2200])
    d.p("Andra områden som berörs av strategin är integration och utrikes födda kvinnors "
        "etablering samt folkhälsa.")
    d.h1("5. Uppföljning")
    d.p("Text kommer.")
    d.h1("Ordlista")
    d.ul(["**Heltid som norm** – att heltidsanställning är utgångspunkten när tjänster "
          "utformas, och att deltid är ett val för den anställda.",
          "**Rättighetsbaserat arbetssätt** – att verksamheten utgår från de mänskliga "
          "rättigheterna, med principerna icke-diskriminering, delaktighet, transparens och "
          "ansvarsutkrävande.",
          "**Trafikförsörjningsprogram** – regionens program som anger mål för den regionala "
          "kollektivtrafiken.",
          "**Yrkeshögskola** – eftergymnasiala utbildningar som tas fram i samarbete med "
          "arbetslivet.",
          "**Normkritisk pedagogik** – ett arbetssätt där förskolan och skolan synliggör och "
          "ifrågasätter normer om kön."])
    d.h1("6. Remissfrågor")
    d.p("Handlingsplanen skickas på remiss till kommunerna, Region Sydöstra Skogslandet, de "
        "statliga myndigheterna i länet, Högskolan i Granvik, Almi, Företagarna och de "
        "organisationer i civilsamhället som deltog i dialogmötena. Remissinstanserna ombeds "
        "svara på följande frågor:")
    d.ol(["Är målnivåerna i tabellerna 2–8 rimliga för er organisation?",
          "Saknas aktiviteter som er organisation redan genomför och som borde nämnas?",
          "Kan er organisation ta på sig ansvar för någon av aktiviteterna?",
          "Vilka ytterligare uppgifter behöver ni för att kunna bidra?"])
    d.p("Svar lämnas senast den 31 januari 2025 till Länsstyrelsen i Sydöstra Skogslandet, "
        "ange diarienummer 801-5120-2024.")
    note = ("Remissversion med många prioriteringstabeller. Addressed: makt, ekonomi, utbildning, "
            "våld, samhällsplanering, mänskliga rättigheter (rättighetsbaserat arbetssätt, CEDAW, "
            "mål 2027), regional tillväxt (YH-andel, mål 25 %) – alla med nuläge per kön, mål, "
            "aktivitet, ansvar och tid i tabellrader; req.conditions (kvinnor/män i tabell 2–3 och "
            "6, flickor/pojkar i tabell 4–5); statistik (faktaboken med könsuppdelade indikatorer, "
            "tabell 10); samverkan (Jämställdhetsrådet, nätverk); intern (tabell 9). Mentioned: "
            "goal.unpaid_care bara i tabell 1 med 'Nej – hanteras i nästa strategiperiod'; "
            "goal.health bara i tabell 1 med 'Nej' och som perspektiv/område i listor "
            "('folkhälsa'); area.child_rights bara i perspektivlistan ('barnrätt'); area.rural "
            "bara som tabellrad med streck (tabell 11); area.integration bara i meningen om andra "
            "områden som berörs; req.followup – kolumnen 'Uppföljning' innehåller bara ordet "
            "eller 'Se avsnitt 5', och avsnitt 5 är platshållaren 'Text kommer.' (målindikatorer "
            "per rad saknas). Ordlistan definierar bara begrepp för redan prioriterade områden. "
            "Missing: föräldraskapsstöd, krisberedskap, ANDTS.")
    lab = labels(goal__power=A, goal__economy=A, goal__education=A, goal__unpaid_care=M,
                 goal__health=M, goal__violence=A, area__planning=A, area__child_rights=M,
                 area__parenting_support=X, area__human_rights=A, req__conditions=A,
                 req__statistics=A, req__collaboration=A, req__internal=A, req__followup=M,
                 area__regional_growth=A, area__rural=M, area__integration=M,
                 area__preparedness=X, area__andts=X)
    return "d6_prioriteringstabeller", "docx", d, note, lab


# --------------------------------------------------------------------------------------
# Draft 7: early draft with English-style section ids (plain text)
# --------------------------------------------------------------------------------------
D7 = """UTKAST v0.3 – Länsstrategi för jämställdhetsintegrering 2025–2028
Sydöstra Skogslandets län
Intern arbetsversion – ej för spridning. Senast ändrad av AL och JB.

================================================================
[META]
Dokumentägare: Anna Lund (AL), särskilt sakkunnig i jämställdhet
Medförfattare: Jonas Berg (JB), analytiker
Struktur: varje avsnitt har ett id i hakparentes så att vi kan hänvisa till det i
kommentarerna och i kopplingen till uppföljningssystemet. Id:n tas bort före remiss.

Scope (ids): GOAL-POWER, GOAL-ECONOMY, GOAL-EDUCATION, GOAL-UNPAID-CARE, GOAL-HEALTH,
GOAL-VIOLENCE, AREA-PLANNING, AREA-CHILD-RIGHTS, AREA-PARENTING, AREA-HUMAN-RIGHTS,
REQ-STATS, REQ-COLLAB, REQ-INTERNAL, REQ-FOLLOWUP

Ändringslogg
v0.1  2024-09-02  AL  Första disposition
v0.2  2024-09-30  JB  Siffror till GOAL-ECONOMY och GOAL-HEALTH
v0.3  2024-10-21  AL  REQ-avsnitten skrivna, kommentarer från ledningsgruppen inlagda

================================================================
[INTRO]
Länsstyrelsen i Sydöstra Skogslandet har fått regeringens uppdrag att ta fram en länsstrategi
för jämställdhetsintegrering. Strategin ska bidra till att de jämställdhetspolitiska målen får
genomslag i länet. Enligt instruktionen ska Länsstyrelsen integrera ett
jämställdhetsperspektiv genom att belysa, analysera och beakta kvinnors och mäns samt flickors
och pojkars villkor.

Strategin riktar sig till länets kommuner, Region Sydöstra Skogslandet, de statliga
myndigheterna och civilsamhället. Den ska vara kort och gå att följa upp.

KOMMENTAR (JB): Ska vi skriva en vision här? Förslag: "Ett län där alla kan forma sina liv."

================================================================
[BAKGRUND]
Förra strategin (2018–2023) hade sex mål och 41 aktiviteter. Utvärderingen 2023 visade att
få aktiviteter följdes upp och att ansvaret ofta var otydligt. Den nya strategin ska därför ha
färre mål, tydliga ansvariga och indikatorer som redan finns i officiell statistik. Utkastet
har diskuterats i ledningsgruppen två gånger och med kommunernas jämställdhetsstrateger en
gång (2024-10-08). Dialog med civilsamhället planeras till januari.

================================================================
[GOAL-POWER] En jämn fördelning av makt och inflytande
TODO: ta in siffror från Valmyndigheten om kommunfullmäktige. /AL

================================================================
[GOAL-ECONOMY] Ekonomisk jämställdhet

Nuläge
Kvinnor i länet har lägre inkomster än män under hela livet. Medianen för den sammanräknade
förvärvsinkomsten 20–64 år var 2023 318 000 kronor för kvinnor och 402 000 kronor för män, dvs.
79 procent. Av de sysselsatta kvinnorna arbetade 28 procent deltid, mot 10 procent av männen.
Skillnaden är störst i inlandskommunerna Myrsjö och Hultaby. Kvinnors pension är i genomsnitt
70 procent av männens, och 16 procent av kvinnorna över 65 år har en låg ekonomisk standard,
jämfört med 8 procent av männen.

Förklaringarna är framför allt en könsuppdelad arbetsmarknad, där kvinnor arbetar i offentlig
sektor med lägre löner, och att kvinnor oftare går ner i arbetstid när barnen är små.

Regionalt mål
Till 2028 ska andelen sysselsatta kvinnor som arbetar deltid ha minskat till 20 procent, och
skillnaden i medianinkomst mellan kvinnor och män ska ha minskat med minst fem procentenheter.

Aktiviteter
1. Heltidsnätverket: Länsstyrelsen sammankallar kommunernas HR-chefer och Region Sydöstra
   Skogslandet fyra gånger per år 2025–2027 för att införa heltid som norm. Ansvar: AL.
2. Lönekartläggning i små företag: Länsstyrelsen och Företagarna erbjuder 2026 en
   halvdagsutbildning för arbetsgivare med färre än 50 anställda. Ansvar: JB.
3. Pensionsinformation: Pensionsmyndigheten och Länsstyrelsen håller informationsträffar för
   kvinnor 50–60 år i alla kommuner 2026–2027.

Analys
Deltidsarbetet hänger i länet samman med att de största arbetsgivarna för kvinnor – kommunerna
och regionen – länge har erbjudit deltidstjänster inom vård och omsorg, medan industrin, som
anställer flest män, nästan bara har heltidstjänster. Skillnaderna i inkomst förstärks av att
tjänstepension från privata arbetsgivare ännu inte är lika vanlig i de kvinnodominerade branscherna. Siffrorna tyder också på att skillnaderna minskar långsammare i länet än i
riket.

KOMMENTAR (ledningsgruppen): Bra. Kolla att målnivåerna är rimliga med kommunerna.

================================================================
[GOAL-EDUCATION] Jämställd utbildning
Text kommer.

================================================================
[GOAL-UNPAID-CARE] En jämn fördelning av det obetalda hem- och omsorgsarbetet
Se GOAL-ECONOMY – slås ev. ihop.

================================================================
[GOAL-HEALTH] Jämställd hälsa

Nuläge
Kvinnor i länet hade 2023 i genomsnitt 11,8 sjukpenningdagar per försäkrad och år, män 6,4.
Psykiatriska diagnoser står för 54 procent av kvinnornas och 41 procent av männens
sjukskrivningar. Skillnaden mellan kvinnor och män har ökat sedan 2019. Män i länet har högre
dödlighet i hjärt- och kärlsjukdom och står för tre av fyra suicid.

Regionalt mål
Till 2028 ska skillnaden i sjukpenningdagar mellan kvinnor och män ha minskat till högst fyra
dagar, och antalet suicid bland män ska minska.

Aktiviteter
1. Försäkringskassan, Region Sydöstra Skogslandet och de fem största offentliga
   arbetsgivarna bildar 2025 ett nätverk för att förebygga sjukskrivningar i kvinnodominerade
   yrken. Länsstyrelsen sammankallar.
2. Region Sydöstra Skogslandet genomför 2025–2026 en utbildning i suicidprevention riktad till
   arbetsplatser i industrin och byggsektorn, där många män arbetar. Ansvar: regionens
   folkhälsoenhet.

KOMMENTAR (AL): Hälsa var inte prioriterat i förra strategin – behöver förankras i Region.

================================================================
[GOAL-VIOLENCE] Mäns våld mot kvinnor ska upphöra
Beskrivs i den regionala handlingsplanen mot mäns våld mot kvinnor som tas fram under 2026.

================================================================
[AREA-PLANNING] Samhällsplanering
Länsstyrelsen kommer att arbeta med detta under perioden.

================================================================
[AREA-CHILD-RIGHTS] Barnets rättigheter
TODO (fråga barnrättssamordnaren om hon vill skriva något)

================================================================
[AREA-PARENTING] Föräldraskapsstöd
Utgår – se Avgränsningar.

================================================================
[AREA-HUMAN-RIGHTS] Mänskliga rättigheter
Samordnas med Länsstyrelsens MR-uppdrag. Kontakt med DO om diskrimineringsgrunderna? /JB

================================================================
[AVGRÄNSNINGAR]
Föräldraskapsstöd omfattas inte av strategin eftersom det finns en egen regional plan.
PREP: fråga beredskapsenheten om krisberedskap ska med. TODO

================================================================
[REQ-STATS] Könsuppdelad statistik
Alla uppgifter om personer i strategin redovisas uppdelade på kvinnor och män. Länsstyrelsen
tar fram ett faktablad med 25 indikatorer om kvinnors och mäns villkor i länet. Första
utgåvan publiceras i juni 2025 och uppdateras därefter varje år. Där officiell statistik inte
redovisas efter kön på länsnivå begär Länsstyrelsen särskilda uttag från SCB och
Försäkringskassan. Ansvar: JB.

Utdrag ur faktabladet (länet, 2023):

  Indikator                                    Kvinnor     Män
  Sammanräknad förvärvsinkomst, median         318 000    402 000
  Andel sysselsatta som arbetar deltid         28 %       10 %
  Sjukpenningdagar per försäkrad               11,8       6,4

KOMMENTAR (JB): Fler rader läggs till när uttagen från SCB kommit.

================================================================
[REQ-COLLAB] Samverkan
Länsstyrelsens roll är att stödja, samordna och utveckla arbetet i länet. Samverkansforumet
Jämställt Skogslandet leds av landshövdingen och består av de tio kommunerna, Region Sydöstra
Skogslandet, Arbetsförmedlingen, Försäkringskassan, Polisen, Högskolan i Granvik och fyra
organisationer från civilsamhället. Forumet träffas fyra gånger per år, fördelar ansvaret för
strategins aktiviteter och tar emot den årliga uppföljningen. Länsstyrelsen erbjuder
dessutom varje kommun två tillfällen per år med processtöd i jämställdhetsintegrering.

Mellan forumets möten arbetar två arbetsgrupper: en för GOAL-ECONOMY med kommunernas
HR-chefer och Arbetsförmedlingen, och en för GOAL-HEALTH med Försäkringskassan och regionens
folkhälsoenhet. Arbetsgrupperna rapporterar till forumet. Aktörer som vill bidra kan ansluta
sig till strategin genom ett ledningsbeslut och får då del av nätverksträffar, nyhetsbrev och
faktabladet.

KOMMENTAR (AL): Anslutningsmodellen finns i flera andra län. Vi behöver bestämma om det ska
krävas en egen handlingsplan för att ansluta.

================================================================
[REQ-INTERNAL] Jämställdhetsintegrering i Länsstyrelsens verksamhet
Från 2025 ska alla beslutsunderlag till ledningsgruppen innehålla en kort jämställdhetsanalys.
Varje enhet anger i sin verksamhetsplan minst ett jämställdhetsmål som följs upp i
årsredovisningen. Alla nyanställda går en introduktionsutbildning i jämställdhetsintegrering,
och handläggare av bidrag och tillstånd får en metoddag per år. Ansvar: förvaltningschefen,
med stöd av AL.

KOMMENTAR (ledningsgruppen): Vill vi ha det här i den externa strategin? Beslut: ja, kort.

================================================================
[REQ-FOLLOWUP] Uppföljning och utvärdering
Strategin följs upp årligen. AL sammanställer indikatorerna i faktabladet och en redovisning
av aktiviteterna under varje mål, och lämnar en rapport till ledningsgruppen senast den 31
mars och till samverkansforumet i april. En halvtidsavstämning görs hösten 2026 och en extern
utvärdering 2028 inför nästa strategi. Indikatorer för uppföljningen:
  - andel sysselsatta kvinnor och män som arbetar deltid
  - medianinkomst för kvinnor och män
  - sjukpenningdagar per försäkrad, kvinnor och män
  - antal genomförda aktiviteter per mål och ansvarig aktör

================================================================
[ÖPPNA FRÅGOR]
- Ska id:na ligga kvar i den version som går på remiss? (Nej enligt JB.)
- Behövs ett förord av landshövdingen?
- Layout: mall från kommunikationsenheten kommer i november.
- Hur många regionala mål klarar vi att följa upp med nuvarande bemanning (1,5 tjänst)?
- Ska faktabladet tryckas eller bara publiceras digitalt?
"""


def draft7():
    note = ("Tidigt utkast med engelskspråkiga avsnitts-id (GOAL-…, AREA-…, REQ-…). Addressed: "
            "goal.economy och goal.health (nuläge per kön, regionalt mål, aktiviteter med ansvar och "
            "tid); req.statistics (faktablad med könsuppdelade indikatorer, ansvar, juni 2025); "
            "req.collaboration; req.internal; req.followup. Mentioned: goal.power bara "
            "TODO-rubrik och scope-listan; goal.education bara 'Text kommer.' och scope-listan; goal.unpaid_care bara rubrik med hänvisning "
            "('Se GOAL-ECONOMY') och som orsak i ekonomiavsnittet; goal.violence uppskjutet till "
            "handlingsplan 2026; area.planning bara innehållslös rad ('kommer att arbeta med "
            "detta'); area.child_rights TODO; area.parenting_support 'Utgår' och 'omfattas inte'; "
            "area.human_rights bara hänvisning till MR-uppdraget och DO/diskrimineringsgrunder; "
            "req.conditions bara plikten upprabblad – bara kvinnor/män analyseras, flickor/pojkar "
            "saknas; area.preparedness bara TODO i Avgränsningar ('PREP: fråga beredskapsenheten'). "
            "Missing: regional tillväxt, landsbygd, integration, ANDTS.")
    lab = labels(goal__power=M, goal__economy=A, goal__education=M, goal__unpaid_care=M,
                 goal__health=A, goal__violence=M, area__planning=M, area__child_rights=M,
                 area__parenting_support=M, area__human_rights=M, req__conditions=M,
                 req__statistics=A, req__collaboration=A, req__internal=A, req__followup=A,
                 area__regional_growth=X, area__rural=X, area__integration=X,
                 area__preparedness=M, area__andts=X)
    return "d7_tidigt_utkast_idn", "txt", D7, note, lab

"""holdout7 drafts 01-03."""
from common import build_docx, labels, CREATOR

# ---------------------------------------------------------------------------
# 01 Full county strategy
# ---------------------------------------------------------------------------
D01 = [
    ("title", "Ett jämställt Skärvalla 2025–2028"),
    ("sub", "Länsstrategi för jämställdhetsintegrering i Skärvalla län"),
    ("p", "Rapport 2025:07. Diarienummer 801-4418-2024. Beslutad av landshövding Margareta Edfelt den 12 februari 2025."),
    ("toc", [(1, "Förord", 3), (1, "Inledning", 4), (1, "Skärvalla län i siffror", 6),
             (1, "Prioriterade områden", 8), (2, "Ekonomisk jämställdhet och regional tillväxt", 8),
             (2, "Jämställd utbildning", 11), (2, "Mäns våld mot kvinnor", 13),
             (1, "Samhällsplanering", 15), (1, "Samverkan i länet", 16),
             (1, "Länsstyrelsens egen verksamhet", 17), (1, "Uppföljning", 18)]),
    ("h1", "Förord"),
    ("p", "Jämställdhet handlar i grunden om makt, om vem som får vara med och bestämma över samhällets utveckling och över sitt eget liv. Jämställdhet är också en fråga om mänskliga rättigheter och om demokrati. Skärvalla län har kommit en bit på vägen, men när vi lägger statistiken bredvid varandra syns mönster som har varit förvånansvärt stabila under lång tid."),
    ("p", "Med den här strategin vill Länsstyrelsen ge länets aktörer en gemensam riktning för de kommande fyra åren. Vi har valt att prioritera det som vi bedömer gör störst skillnad här, och vi har gjort det tillsammans med kommunerna, Region Skärvalla och de organisationer som deltar i Jämställdhetsrådet. Jag vill tacka alla som bidragit med kunskap, synpunkter och tid."),
    ("p", "Margareta Edfelt, landshövding"),
    ("h1", "Inledning"),
    ("h2", "Uppdraget"),
    ("p", "Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för arbetet med jämställdhetsintegrering. Enligt länsstyrelseinstruktionen ska Länsstyrelsen verka för att de jämställdhetspolitiska målen får genomslag i länet och integrera ett jämställdhetsperspektiv i sin verksamhet. Utgångspunkten är det övergripande målet att kvinnor och män ska ha samma makt att forma samhället och sina egna liv, och de sex delmålen."),
    ("p", "Strategin gäller för perioden 2025–2028. Den riktar sig i första hand till länets kommuner, Region Skärvalla, statliga myndigheter med regional närvaro och det civila samhällets organisationer, men också till Länsstyrelsens egna enheter."),
    ("h2", "Avgränsningar och perspektiv"),
    ("p", "Strategin har fokus på tre områden där länet sticker ut negativt i jämförelse med riket. I genomförandet ska perspektiv som landsbygd, tillgänglighet och barnperspektiv vägas in där det är relevant. Föräldraskapsstöd ingår inte bland strategins prioriteringar under perioden, eftersom det arbetet samordnas inom folkhälsoområdet. Jämställdhetsintegrering inom civil beredskap kommer att utvecklas i en särskild handlingsplan som tas fram under 2026."),
    ("p", "I strategins analys och insatser ska Länsstyrelsen belysa, analysera och beakta både kvinnors och mäns och flickors och pojkars villkor. Det betyder att varje prioriterat område har en nulägesbeskrivning med könsuppdelad statistik, och att skillnader mellan flickor och pojkar redovisas särskilt där underlaget tillåter."),
    ("h1", "Skärvalla län i siffror"),
    ("p", "Skärvalla län har omkring 187 000 invånare fördelade på fem kommuner: Norrhamn, Gräsby, Aspeå, Holmträsk och Vikbo. Befolkningen är äldre än i riket och flyttmönstren skiljer sig mellan könen. Unga kvinnor lämnar länet för studier i högre grad än unga män, och färre av dem flyttar tillbaka. I åldersgruppen 25–34 år finns i dag 108 män per 100 kvinnor i Holmträsk och Vikbo."),
    ("table", [["Indikator (Skärvalla län)", "Kvinnor", "Män"],
               ["Förvärvsinkomst, medelvärde 20–64 år (tkr)", "318", "402"],
               ["Andel som arbetar heltid av de anställda", "67 %", "91 %"],
               ["Andel företagare av de förvärvsarbetande", "5,9 %", "13,1 %"],
               ["Sysselsättningsgrad bland utrikes födda 20–64 år", "54 %", "71 %"],
               ["Andel med eftergymnasial utbildning 25–64 år", "48 %", "31 %"]],
     [5200, 1900, 1900]),
    ("p", "Källa: SCB och Länsstyrelsens egna bearbetningar, 2023. Uppgifterna redovisas för kvinnor och män i samtliga tabeller i strategin."),
    ("h1", "Prioriterade områden"),
    ("h2", "Ekonomisk jämställdhet och regional tillväxt"),
    ("h3", "Nuläge"),
    ("p", "Kvinnor i Skärvalla län har en förvärvsinkomst som i genomsnitt motsvarar 79 procent av männens. Skillnaden är större än i riket och har minskat med endast två procentenheter på tio år. Arbetsmarknaden är starkt könsuppdelad: skogsnäring, tillverkning och transport domineras av män, medan vård, omsorg och skola domineras av kvinnor. Deltidsarbetet är vanligast inom kommunernas äldreomsorg, där en tredjedel av de anställda kvinnorna arbetar deltid."),
    ("p", "En del av förklaringen till inkomstskillnaden är att kvinnor fortfarande tar ett större ansvar för det obetalda hem- och omsorgsarbetet, och att kvinnors sjukfrånvaro är högre. Båda faktorerna påverkar också pensionen, och kvinnor i länet har i dag en genomsnittlig allmän pension som är drygt 30 procent lägre än männens."),
    ("p", "Utrikes födda kvinnor har den lägsta sysselsättningsgraden av alla grupper i länet, 54 procent. Bland kvinnor som kommit till länet under de senaste fem åren är andelen ännu lägre. Samtidigt visar Arbetsförmedlingens siffror att kvinnorna i mindre utsträckning än männen deltar i arbetsmarknadspolitiska insatser som leder till anställning."),
    ("p", "Inom det regionala tillväxtarbetet går en mindre del av de regionala företagsstöden till företag som drivs av kvinnor. Under 2023 gick 22 procent av de beviljade medlen till företag där en kvinna var firmatecknare."),
    ("h3", "Mål"),
    ("ul", ["Skillnaden i förvärvsinkomst mellan kvinnor och män i länet har minskat till högst 15 procent år 2028.",
            "Andelen utrikes födda kvinnor som är sysselsatta har ökat med minst fem procentenheter till 2028.",
            "Minst 35 procent av de regionala företagsstöden beviljas företag som drivs av kvinnor år 2027."]),
    ("h3", "Insatser"),
    ("table", [["Insats", "Ansvar", "Tid"],
               ["Dialog med länets fem kommuner som arbetsgivare om rätt till heltid i vård och omsorg", "Länsstyrelsen, enheten för social hållbarhet", "2025–2026"],
               ["Gemensam analys av regionala företagsstöd per kön tillsammans med Region Skärvalla", "Region Skärvalla och Länsstyrelsen", "Årligen, med start 2025"],
               ["Stöd till kommunernas etableringsarbete för nyanlända kvinnor, bland annat genom språkstöd kopplat till praktik", "Länsstyrelsen, integrationsfunktionen", "2025–2027"],
               ["Nätverk för kvinnors företagande i Holmträsk och Vikbo", "Almi Skärvalla med Länsstyrelsen", "2026–2028"]],
     [4800, 2600, 1600]),
    ("h2", "Jämställd utbildning"),
    ("h3", "Nuläge"),
    ("p", "Flickor i årskurs 9 i länet har ett genomsnittligt meritvärde på 242, pojkar på 218. Skillnaden är störst i Aspeå och minst i Norrhamn. Andelen pojkar som är behöriga till gymnasiets yrkesprogram är 82 procent, mot 90 procent bland flickorna. Gymnasievalen följer traditionella mönster: på vård- och omsorgsprogrammet är 81 procent av eleverna flickor, på el- och energiprogrammet är 94 procent pojkar."),
    ("p", "Bland vuxna i länet har kvinnor högre utbildningsnivå än män, men det omsätts inte i motsvarande inkomster. Utbildningsvalen bidrar därmed till den könsuppdelade arbetsmarknad som beskrivs ovan."),
    ("h3", "Mål och insatser"),
    ("p", "Målet är att skillnaden i gymnasiebehörighet mellan flickor och pojkar ska ha halverats till 2028 och att fler elever gör icke-traditionella gymnasieval. Länsstyrelsen sammankallar från hösten 2025 ett länsnätverk för studie- och yrkesvägledare i de fem kommunerna, med två träffar per termin. Länsstyrelsen ansvarar för att ta fram ett gemensamt underlag om studieval per kön och kommun som uppdateras varje år."),
    ("h2", "Mäns våld mot kvinnor"),
    ("h3", "Nuläge"),
    ("p", "Under 2023 anmäldes 612 brott om misshandel mot kvinnor över 18 år i länet, i drygt sju av tio fall av en närstående. Länets kvinnojourer tog emot 214 kvinnor och 163 barn i skyddat boende. Socialtjänsten i Holmträsk och Vikbo saknar i dag rutiner för att fråga om våld vid utredningar av ekonomiskt bistånd."),
    ("h3", "Mål och insatser"),
    ("p", "Målet är att alla kommuner i länet har ett systematiskt och förebyggande arbete mot våld i nära relationer senast 2027. Länsstyrelsen erbjuder socialtjänsten i samtliga kommuner utbildning i att ställa frågor om våld och stödjer kommunerna i att ta fram lokala handlingsplaner. Länsgruppen för kvinnofrid, som Länsstyrelsen leder, följer arbetet två gånger per år."),
    ("h1", "Samhällsplanering"),
    ("p", "Länsstyrelsen granskar kommunernas översiktsplaner och detaljplaner. Från 2025 ska Länsstyrelsens yttranden i samråd om översiktsplaner innehålla en bedömning av hur planen påverkar kvinnors och mäns tillgång till kollektivtrafik och trygga offentliga miljöer. Kvinnor i länet reser i större utsträckning än män med kollektivtrafik, 18 procent av kvinnornas resor mot 9 procent av männens. Enheten för samhällsplanering ansvarar för att ta fram en checklista för detta under 2025."),
    ("h1", "Samverkan i länet"),
    ("p", "Strategin genomförs i samverkan. Jämställdhetsrådet i Skärvalla län består av Länsstyrelsen, Region Skärvalla, de fem kommunerna, Polisområde Skärvalla, Arbetsförmedlingen och tre organisationer från civilsamhället. Rådet träffas fyra gånger per år och har en beredningsgrupp på tjänstepersonsnivå. Aktörer kan ansluta sig till strategin genom ett ledningsbeslut och får då stöd i form av nätverksträffar, statistik och metodstöd."),
    ("h1", "Länsstyrelsens egen verksamhet"),
    ("p", "Länsstyrelsen ska vara ett föredöme. Under perioden ska jämställdhetsanalyser ingå i verksamhetsplaneringen för samtliga enheter, och ledningsgruppen följer upp resultaten i samband med tertialrapporterna. Alla nyanställda går en grundutbildning i jämställdhetsintegrering under sitt första halvår. Handläggare för företagsstöd får fördjupad utbildning i att analysera beslut per kön under 2025."),
    ("h1", "Uppföljning"),
    ("p", "Strategin följs upp årligen i en rapport till Jämställdhetsrådet i mars. Uppföljningen bygger på indikatorerna nedan och på en redovisning av de genomförda insatserna. En halvtidsutvärdering görs 2026 och en slututvärdering 2028. Den särskilt sakkunniga i jämställdhet ansvarar för uppföljningen."),
    ("table", [["Indikator", "Utgångsvärde 2023", "Målvärde 2028"],
               ["Kvinnors förvärvsinkomst i procent av männens", "79 %", "85 %"],
               ["Sysselsättningsgrad utrikes födda kvinnor", "54 %", "59 %"],
               ["Skillnad i gymnasiebehörighet flickor/pojkar", "8 procentenheter", "4 procentenheter"],
               ["Kommuner med handlingsplan mot våld i nära relationer", "2 av 5", "5 av 5"]],
     [4600, 2200, 2200]),
]

N01 = ("Fullständig länsstrategi. Behandlas: ekonomisk jämställdhet (inkomster, heltid, mål, insatstabell), utbildning (meritvärde och gymnasieval per kön, mål, nätverk för studie- och yrkesvägledare), mäns våld mot kvinnor (anmälningar, skyddat boende, mål, utbildning för socialtjänsten), samhällsplanering (yttranden över översiktsplaner, resvanor per kön, ansvarig enhet), regional tillväxt (företagsstöd per kön, mål, gemensam analys med regionen), integration (sysselsättning utrikes födda kvinnor, insats). "
       "req.conditions behandlas: åtagande att belysa både kvinnors/mäns och flickors/pojkars villkor plus analys av båda paren. req.statistics: könsuppdelade tabeller. req.collaboration: Jämställdhetsrådet, medlemmar, mötesfrekvens, anslutning. req.internal: jämställdhetsanalys i verksamhetsplaneringen, utbildning av nyanställda och handläggare. req.followup: årlig rapport, halvtid, slututvärdering, ansvarig, indikatortabell. "
       "Nämns: makt (endast förordets värdeformulering 'jämställdhet handlar om makt' och det övergripande målet, inget arbete med makt och inflytande), obetalt hem- och omsorgsarbete och hälsa (endast som orsaker till inkomstskillnaden, sjukfrånvaro i förbigående), mänskliga rättigheter (värdeformulering i förordet), barnets rättigheter och landsbygd (barn nämns bara som medföljande till skyddat boende i våldsanalysen; perspektivlista 'landsbygd, tillgänglighet och barnperspektiv'), föräldraskapsstöd (negation: ingår inte), krisberedskap/civil beredskap (uppskjutet till handlingsplan 2026). ANDTS saknas. Gränsfall: pension nämns inom ekonomiavsnittet (räknas till ekonomi).")
L01 = labels("P m E a U a C m H m V a PL a CR m PS m HR m CO a ST a CL a IN a FU a RG a RU m IG a PR m")


# ---------------------------------------------------------------------------
# 02 Action plan of tables
# ---------------------------------------------------------------------------
D02 = [
    ("title", "Handlingsplan 2025–2026"),
    ("sub", "Genomförande av länsstrategin Ett jämställt Skärvalla"),
    ("p", "Handlingsplanen konkretiserar länsstrategin för de två första åren. Den har tagits fram av Länsstyrelsen i dialog med beredningsgruppen för Jämställdhetsrådet och antogs av rådet den 3 april 2025. Planen revideras inför 2027."),
    ("p", "Jämställdhetsintegrering innebär att ett jämställdhetsperspektiv införlivas i allt beslutsfattande, på alla nivåer och i alla steg av processen. Enligt instruktionen ska Länsstyrelsen belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor. Den här planen beskriver de utåtriktade insatserna; den interna planen redovisas separat."),
    ("h1", "1. Översikt"),
    ("table", [["Område", "Omfattas av handlingsplanen 2025–2026", "Kommentar"],
               ["Makt och inflytande", "Ja", "Se avsnitt 2"],
               ["Ekonomisk jämställdhet", "Ja", "Se avsnitt 3"],
               ["Jämställd utbildning", "Nej", "Ingår inte i denna handlingsplan; hanteras i Region Skärvallas kompetensförsörjningsarbete"],
               ["Jämställd hälsa", "Ja", "Se avsnitt 4"],
               ["Mäns våld mot kvinnor", "Ja", "Se avsnitt 5"],
               ["Barnets rättigheter och föräldraskapsstöd", "Ja", "Se avsnitt 6"],
               ["Samhällsplanering", "Delvis", "Åtgärder tas fram under 2027"]],
     [3200, 2600, 3200]),
    ("h1", "2. Makt och inflytande"),
    ("p", "I länets fem kommunfullmäktige är 39 procent av ledamöterna kvinnor. Bland ordförandena i kommunernas nämnder och styrelser är andelen 31 procent. Andelen förtroendevalda som uppger att de utsatts för hot eller hat är 27 procent bland kvinnor och 19 procent bland män."),
    ("table", [["Aktivitet", "Ansvar", "Tid", "Indikator"],
               ["Sammanställa könsfördelningen bland förtroendevalda i samtliga kommuner efter valet 2026", "Länsstyrelsen, analysfunktionen", "Kvartal 1 2027", "Andel kvinnor bland ledamöter och ordförande"],
               ["Seminarium för partiernas valberedningar om representation", "Länsstyrelsen och Skärvalla kommunförbund", "Hösten 2025", "Antal deltagande partier"],
               ["Stöd till kommunerna i arbetet mot hot och hat mot förtroendevalda", "Länsstyrelsen, enheten för social hållbarhet", "2025–2026", "Antal kommuner med rutin"]],
     [3600, 2200, 1400, 1800]),
    ("h1", "3. Ekonomisk jämställdhet"),
    ("table", [["Aktivitet", "Ansvar", "Tid", "Indikator"],
               ["Dialogmöten med länets största offentliga arbetsgivare om heltid som norm", "Länsstyrelsen", "2025", "Andel heltidsanställda kvinnor"],
               ["Kartläggning av utrikes födda kvinnors väg till arbete i Gräsby och Aspeå", "Länsstyrelsen, integrationsfunktionen, med Arbetsförmedlingen", "2025–2026", "Sysselsättningsgrad utrikes födda kvinnor"],
               ["Utbildningsinsats om lönekartläggning för små kommunala bolag", "Skärvalla kommunförbund", "Våren 2026", "Antal bolag som genomfört lönekartläggning"]],
     [3600, 2200, 1400, 1800]),
    ("h1", "4. Jämställd hälsa"),
    ("p", "Sjukfrånvaron i länet är 14,2 dagar per kvinna och 8,1 dagar per man. Psykisk ohälsa står för den största delen av kvinnornas sjukskrivningar. Bland män är dödligheten i suicid nästan tre gånger så hög som bland kvinnor."),
    ("table", [["Aktivitet", "Ansvar", "Tid", "Indikator"],
               ["Regional arbetsgrupp om mäns psykiska hälsa och suicidprevention", "Region Skärvalla med Länsstyrelsen", "2025–2026", "Antal kommuner med lokal handlingsplan"],
               ["Könsuppdelad redovisning av länets folkhälsoenkät i en gemensam rapport", "Region Skärvalla", "Hösten 2026", "Rapport publicerad"]],
     [3600, 2200, 1400, 1800]),
    ("p", "Planen berör inte insatser om alkohol och narkotika; dessa redovisas i den regionala ANDTS-strategin."),
    ("h1", "5. Mäns våld mot kvinnor"),
    ("table", [["Aktivitet", "Ansvar", "Tid", "Indikator"],
               ["Utbildning för personal i grundskolor och gymnasieskolor om att upptäcka hedersrelaterat våld och förtryck", "Länsstyrelsen, kvinnofridssamordnaren", "2025–2026", "Antal utbildade per kommun"],
               ["Länsgemensam rutin för att fråga om våld i mödrahälsovården", "Region Skärvalla", "2026", "Rutin antagen"],
               ["Stöd till kommunerna vid framtagande av lokala handlingsplaner mot våld i nära relationer", "Länsstyrelsen", "2025–2026", "Antal kommuner med handlingsplan"],
               ["Samverkan med Diskrimineringsbyrån Skärvalla om stödlinje för unga", "Länsstyrelsen", "2026", "Stödlinje i drift"]],
     [3600, 2200, 1400, 1800]),
    ("h1", "6. Barnets rättigheter och föräldraskapsstöd"),
    ("table", [["Aktivitet", "Ansvar", "Tid", "Indikator"],
               ["Stöd till kommunerna i att göra barnkonsekvensanalyser i beslut som rör barn", "Länsstyrelsen, barnrättssamordnaren", "2025–2026", "Antal kommuner som använder mallen"],
               ["Regional samordning av föräldraskapsstöd med fokus på att nå fler pappor", "Länsstyrelsen och Region Skärvalla", "2025–2026", "Andel pappor bland deltagarna i föräldragrupper"]],
     [3600, 2200, 1400, 1800]),
    ("h1", "7. Statistik och samverkan"),
    ("p", "Länsstyrelsen tar varje år fram ett statistiskt faktablad om kvinnor och män i Skärvalla län med uppgifter per kommun. Faktabladet publiceras i mars och används som underlag i Jämställdhetsrådet. Beredningsgruppen, med representanter för de fem kommunerna, regionen och civilsamhället, träffas sex gånger per år för att planera och följa upp handlingsplanens aktiviteter."),
    ("h1", "8. Uppföljning"),
    ("p", "Varje aktivitetsansvarig rapporterar status till Länsstyrelsen i november. Länsstyrelsen sammanställer en uppföljningsrapport som behandlas av Jämställdhetsrådet i december 2025 och december 2026, med indikatorerna i tabellerna ovan."),
]

N02 = ("Handlingsplan i tabellform. Behandlas: makt (andel kvinnor i fullmäktige och bland ordförande, hot och hat, aktiviteter med ansvar/tid), ekonomi (aktiviteter om heltid och lönekartläggning), hälsa (sjukfrånvaro och suicid per kön, aktiviteter), våld (utbildning om hedersrelaterat våld till skolpersonal – våldsarbete, inte utbildningsmålet; rutin, stöd till handlingsplaner), barnets rättigheter (barnkonsekvensanalyser, aktivitet), föräldraskapsstöd (aktivitetsrad med ansvar och tid), integration (kartläggning av utrikes födda kvinnors väg till arbete), req.statistics (årligt faktablad om kvinnor och män, könsuppdelad redovisning av folkhälsoenkät), req.collaboration (beredningsgruppen, sammansättning och mötesfrekvens), req.followup (statusrapport, uppföljningsrapport, tidpunkter). "
       "Nämns: utbildning (översiktstabellen säger 'Nej – ingår inte', undantag; skolor förekommer bara som målgrupp för våldsutbildning), samhällsplanering (uppskjutet: åtgärder tas fram 2027), mänskliga rättigheter (endast Diskrimineringsbyrån som aktörsnamn), req.conditions (instruktionens skrivning reciterad, ingen analys av båda paren i planen), req.internal (metoddefinition och hänvisning till separat intern plan), ANDTS (undantag: redovisas i annan strategi). Saknas: obetalt arbete, regional tillväxt, landsbygd, krisberedskap.")
L02 = labels("P a E a U m H a V a PL m CR a PS a HR m CO m ST a CL a IN m FU a IG a AN m")


# ---------------------------------------------------------------------------
# 03 Web page (HTML)
# ---------------------------------------------------------------------------
H03 = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Jämställdhet | Länsstyrelsen Skärvalla</title>
</head>
<body>
<header>
<div class="cookie">Vi använder kakor för att förbättra webbplatsen. <a href="#">Läs mer om kakor</a> <button>Godkänn</button></div>
<nav>
<ul>
<li><a href="/skarvalla/privat.html">Privat</a></li>
<li><a href="/skarvalla/foretag.html">Företag</a></li>
<li><a href="/skarvalla/kommun.html">Kommun</a></li>
<li><a href="/skarvalla/om-oss.html">Om oss</a></li>
</ul>
</nav>
<p class="breadcrumbs"><a href="/skarvalla">Start</a> / <a href="/skarvalla/samhalle.html">Samhälle</a> / Social hållbarhet / Jämställdhet</p>
</header>
<main>
<h1>Jämställdhet</h1>
<p class="ingress">Länsstyrelsen arbetar för att kvinnor och män i Skärvalla län ska ha samma makt att forma samhället och sina egna liv. Vi stödjer kommuner, myndigheter och organisationer som vill utveckla sitt jämställdhetsarbete.</p>

<h2>Vårt uppdrag</h2>
<p>Länsstyrelsen har regeringens uppdrag att verka för att de jämställdhetspolitiska målen får genomslag i länet. Enligt vår instruktion ska vi belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor i allt vi gör. Vi ska också samordna, stödja och utveckla arbetet med jämställdhetsintegrering hos andra aktörer.</p>

<h2>De jämställdhetspolitiska målen</h2>
<p>Det övergripande målet är uppdelat i sex delmål:</p>
<ul>
<li>En jämn fördelning av makt och inflytande</li>
<li>Ekonomisk jämställdhet</li>
<li>Jämställd utbildning</li>
<li>Jämn fördelning av det obetalda hem- och omsorgsarbetet</li>
<li>Jämställd hälsa</li>
<li>Mäns våld mot kvinnor ska upphöra</li>
</ul>
<p>Jämställdhet är också nära kopplat till arbetet mot diskriminering. Har du blivit diskriminerad kan du vända dig till Diskrimineringsombudsmannen.</p>

<h2>Så arbetar vi</h2>
<h3>Statistik om kvinnor och män i länet</h3>
<p>Varje år tar Länsstyrelsen fram könsuppdelad statistik för Skärvalla län och för var och en av de fem kommunerna. Faktabladet <em>Kvinnor och män i Skärvalla</em> publiceras i mars, och från 2026 kompletteras det med uppgifter om flyttmönster och inkomster per kommun. Statistiken får användas fritt av alla som arbetar med jämställdhet i länet.</p>

<h3>Nätverk för jämställdhetssamordnare</h3>
<p>Vi samordnar ett nätverk för de personer som arbetar med jämställdhet i Norrhamn, Gräsby, Aspeå, Holmträsk och Vikbo kommuner samt i Region Skärvalla. Nätverket träffas fyra gånger per år, två gånger digitalt och två gånger på plats hos någon av kommunerna. På träffarna går vi igenom ny statistik, delar erfarenheter och planerar gemensamma insatser. Anmäl intresse till vår samordnare.</p>

<h3>Stöd i arbetet mot mäns våld mot kvinnor</h3>
<p>Länsstyrelsen har ett särskilt uppdrag att samordna arbetet mot mäns våld mot kvinnor i länet. Under 2025 och 2026 erbjuder vi alla kommuner ett utbildningspaket för socialtjänstens personal om våld i nära relationer och om hedersrelaterat våld och förtryck. Vi stödjer också kommunerna när de tar fram lokala handlingsplaner. I Skärvalla län anmäldes 612 misshandelsbrott mot vuxna kvinnor under 2023, och i de flesta fall var förövaren en närstående.</p>

<h2>Nyheter</h2>
<ul>
<li><strong>2025-03-07</strong> – Jämställdhetspriset 2024 gick till Vikbo idrottsförening, som under året har sett över hur träningstider och lokaler fördelas mellan lagen. Priset delades ut av landshövdingen vid länskonferensen i Norrhamn.</li>
<li><strong>2025-02-12</strong> – Landshövdingen har beslutat om en ny länsstrategi för jämställdhetsintegrering. Strategin gäller till och med 2028 och har tagits fram efter workshoppar i alla fem kommuner.</li>
<li><strong>2024-11-20</strong> – Välkommen till en frukostträff om jämställdhetsanalys för dig som arbetar i en kommun eller en statlig myndighet i länet. Anmälan senast den 5 december.</li>
</ul>

<h2>Länsstrategin Ett jämställt Skärvalla</h2>
<p>Länets strategi för jämställdhetsintegrering gäller 2025–2028. Strategin följs upp. Du kan läsa hela strategin och handlingsplanen som pdf.</p>

<h2>Vanliga frågor</h2>
<h3>Vad är skillnaden mellan jämställdhet och jämlikhet?</h3>
<p>Jämställdhet handlar om förhållandet mellan kvinnor och män. Jämlikhet är ett bredare begrepp som rör alla människors lika värde oavsett till exempel kön, ålder eller bakgrund.</p>
<h3>Kan vår förening ansluta sig till strategin?</h3>
<p>Ja. Alla organisationer som är verksamma i länet kan ansluta sig. Kontakta oss så berättar vi mer.</p>
<h3>Hur kan jämställdheten i länet bli bättre?</h3>
<p>Det är en fråga vi ställer oss hela tiden, och vi vill gärna höra dina idéer.</p>

<aside>
<h2>Relaterat</h2>
<ul>
<li><a href="#">Kvinnofrid</a></li>
<li><a href="#">Publikationer</a></li>
<li><a href="#">Nyheter</a></li>
</ul>
<h2>Kontakt</h2>
<p>Karin Ljungdahl, särskilt sakkunnig i jämställdhet<br>Telefon 010-229 40 00</p>
</aside>
</main>
<footer>
<p>Länsstyrelsen Skärvalla, Residensgatan 2, 852 86 Norrhamn. Organisationsnummer 202100-9999.</p>
<p><a href="#">Tillgänglighetsredogörelse</a> | <a href="#">Behandling av personuppgifter</a></p>
</footer>
</body>
</html>
"""

N03 = ("Webbsida (HTML) med meny, brödsmulor, delmålslista, FAQ, relaterade länkar och sidfot. Behandlas: mäns våld mot kvinnor (utbildningspaket för socialtjänsten 2025–2026, stöd till handlingsplaner, länets siffra för anmäld misshandel), req.statistics (årligt könsuppdelat faktablad per kommun, utökning 2026), req.collaboration (nätverk för kommunernas och regionens jämställdhetssamordnare, fyra träffar per år och vad de gör). "
       "Nämns: makt, ekonomi, utbildning, obetalt arbete och hälsa (endast i den reciterade delmålslistan och det övergripande målet), mänskliga rättigheter (endast diskrimineringsvokabulär och DO), req.conditions (instruktionens skrivning reciterad), req.followup ('Strategin följs upp' utan innehåll). FAQ-frågan 'Hur kan jämställdheten i länet bli bättre?' är en fråga. Saknas: samhällsplanering, barnets rättigheter, föräldraskapsstöd, egen verksamhet, regional tillväxt, landsbygd, integration, krisberedskap, ANDTS. Nav och sidfot namnger inget mål.")
L03 = labels("P m E m U m C m H m V a HR m CO m ST a CL a FU m")


DRAFTS = [
    dict(name="01_lansstrategi_ett_jamstallt_skarvalla", ext="docx",
         build=lambda: build_docx("01", D01, creator=CREATOR, title_prop="Ett jämställt Skärvalla 2025–2028", footer_page=True),
         note=N01, labels=L01),
    dict(name="02_handlingsplan_tabeller_2025_2026", ext="docx",
         build=lambda: build_docx("02", D02, creator=CREATOR, title_prop="Handlingsplan 2025–2026"),
         note=N02, labels=L02),
    dict(name="03_webbsida_jamstalldhet_skarvalla", ext="html",
         build=lambda: H03, note=N03, labels=L03),
]

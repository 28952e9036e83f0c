"""Label-neutral background blocks shared by several holdout4 drafts.

These passages describe the county, the reading order, terms and history. They are
written so that they carry no work on any of the 20 targets (no sex-disaggregated
figures, no goals, no actors' cooperation, no follow-up), so adding them does not change
any verdict. Each block is a list of (kind, text) where kind is h1/h2/p/ul.
"""

OM_LANET = [
    ("h1", "Om Västra Bergslagens län"),
    ("p", "Västra Bergslagens län ligger i gränslandet mellan Mälardalen och de norra "
          "bergslagsområdena, men länets identitet har framför allt formats av malmen. I mer än sexhundra "
          "år har man här brutit järn, byggt hyttor och hamrar och fört metallen vidare längs "
          "sjösystemen mot kusten. Många av dagens orter växte fram kring ett bruk, och "
          "bruksherrgårdar, slaggvarp och kanaler präglar fortfarande landskapet."),
    ("p", "Länet består av tre kommuner: Kolbäcksdal, som är residensstad och länets största "
          "kommun, Järnvika vid sjön Järnen och Granåsen i länets nordvästra del. Tillsammans har "
          "kommunerna drygt 148 000 invånare. Befolkningen har varit i stort sett oförändrad sedan "
          "millennieskiftet, men sammansättningen har förändrats: andelen invånare över 65 år har "
          "ökat från 19 till 24 procent, och medelåldern är i dag två år högre än i riket."),
    ("p", "Näringslivet domineras fortfarande av tillverkningsindustrin. Länets två stålverk, "
          "ett tiotal verkstadsföretag och ett växande antal underleverantörer inom batteri- och "
          "energiteknik sysselsätter tillsammans omkring en femtedel av de förvärvsarbetande. "
          "Offentlig sektor är den andra stora arbetsgivaren, med Region Västra Bergslagen och "
          "Kolbäcksdals kommun som de största enskilda arbetsgivarna. Besöksnäringen har vuxit "
          "under det senaste decenniet, inte minst kring världsarvsansökan för det gamla "
          "gruvområdet vid Storgruvan."),
    ("p", "Det kulturella livet är rikt, med ett länsmuseum, ett uppmärksammat bruksteatersällskap "
          "och en stark tradition av körsång och spelmansmusik. Varje sommar lockar "
          "Hyttdagarna i Järnvika tusentals besökare till de gamla masugnarna."),
]

LASANVISNING = [
    ("h1", "Läsanvisning"),
    ("p", "Dokumentet inleds med en kort beskrivning av bakgrunden och av de begrepp som används. "
          "Därefter följer de delar som är styrande: de mål och aktiviteter som länets aktörer "
          "ställer sig bakom. Bilagorna innehåller fördjupningar och källor och kan läsas "
          "fristående."),
    ("p", "Texten är skriven för att kunna användas av många olika läsare. Den som är ny i "
          "arbetet kan börja med begreppsavsnittet, medan den som redan har erfarenhet kan gå "
          "direkt till målen. Alla sifferuppgifter avser det senaste år som det finns uppgifter "
          "för när dokumentet skrevs, vanligtvis 2023. Källorna anges i anslutning till "
          "uppgifterna eller i bilagan."),
    ("p", "Dokumentet finns också i en lättläst version och kan på begäran tas fram i andra "
          "format. Synpunkter på texten tas gärna emot av Länsstyrelsens sakkunniga i "
          "jämställdhet."),
]

ORDLISTA = [
    ("h1", "Begrepp"),
    ("p", "**Jämställdhet** betyder att kvinnor och män har samma makt att forma samhället och "
          "sina egna liv. Begreppet handlar om relationen mellan könen och skiljer sig från "
          "**jämlikhet**, som gäller alla människors lika värde och rättvisa förhållanden mellan "
          "individer och grupper oavsett till exempel social bakgrund."),
    ("p", "**Kön** används i dokumentet i första hand om juridiskt kön. Begreppet **genus** "
          "används ibland för att beskriva de föreställningar och förväntningar som finns om vad "
          "som är kvinnligt och manligt, och som förändras över tid och mellan sammanhang."),
    ("p", "**Normer** är oskrivna regler för vad som anses normalt och önskvärt. Normer om kön "
          "påverkar vilka val människor gör och vilka val de uppfattar som möjliga. Att arbeta "
          "normmedvetet innebär att synliggöra och ifrågasätta sådana regler."),
    ("p", "**Intersektionalitet** är ett perspektiv som uppmärksammar hur kön samverkar med "
          "andra faktorer, till exempel ålder, klass och var man bor, och hur det tillsammans "
          "formar människors livsvillkor."),
    ("p", "**Sakkunnig i jämställdhet** är den funktion på Länsstyrelsen som har särskilt ansvar "
          "för att driva och utveckla arbetet med jämställdhet. Funktionen finns på alla "
          "länsstyrelser i landet."),
    ("p", "**Jämställdhetspolitiska mål** är de mål som riksdagen och regeringen har beslutat om "
          "för jämställdhetspolitiken: ett övergripande mål och sex delmål."),
]

HISTORIK = [
    ("h1", "Länets tidigare arbete med jämställdhet"),
    ("p", "Västra Bergslagen har arbetat med jämställdhet i regional regi i mer än tjugo år. "
          "Redan i början av 2000-talet fanns ett länsövergripande jämställdhetsprogram, som "
          "framför allt inriktades på information och opinionsbildning. När regeringen 2013 "
          "startade en utvecklingssatsning för länsstyrelsernas jämställdhetsarbete tog "
          "Länsstyrelsen fram sin första strategi för jämställdhetsintegrering, som gällde "
          "2014–2016."),
    ("p", "Den andra strategin beslutades 2017 och förlängdes flera gånger. Erfarenheterna från "
          "den perioden är viktiga för den här strategin. Ett tydligt lärdomsområde var att "
          "alltför många mål gjorde det svårt att se vad som var viktigast; ett annat att "
          "strategin blev mer levande där den kopplades till konkreta frågor som människor kände "
          "igen från sin vardag."),
    ("p", "Arbetet har också präglats av förändringar i omvärlden. Jämställdhetsmyndigheten "
          "inrättades 2018 och har sedan dess gett stöd och vägledning till länsstyrelserna. "
          "Pandemiåren innebar att många planerade aktiviteter fick ställas in eller genomföras "
          "digitalt, vilket å andra sidan gjorde det möjligt att nå fler deltagare än "
          "tidigare."),
]

AGENDA2030 = [
    ("h1", "Jämställdhet och Agenda 2030"),
    ("p", "FN:s medlemsländer antog 2015 Agenda 2030 med sjutton globala mål för hållbar "
          "utveckling. Mål 5 handlar om att uppnå jämställdhet och alla kvinnors och flickors "
          "egenmakt, och jämställdhet beskrivs samtidigt som en förutsättning för att nå flera av "
          "de andra målen. Mål 10 om minskad ojämlikhet och mål 16 om fredliga och inkluderande "
          "samhällen har nära koppling till det som den här strategin handlar om."),
    ("p", "Agendan betonar att ingen ska lämnas utanför. För jämställdhetsarbetet innebär det "
          "att det inte räcker att se till genomsnitt; det gäller också att uppmärksamma de "
          "grupper av kvinnor och män vars situation skiljer sig mest från genomsnittet."),
]

OM_KON = [
    ("h1", "Om kön och andra livsvillkor"),
    ("p", "När dokumentet talar om kvinnor och män handlar det om grupper, inte om individer. "
          "Skillnaderna inom grupperna är ofta större än skillnaderna mellan dem, och inte alla "
          "identifierar sig som kvinna eller man. Den officiella statistiken bygger på juridiskt "
          "kön, vilket gör att personer som inte passar in i den uppdelningen sällan syns i "
          "underlagen."),
    ("p", "Kön är inte heller det enda som avgör människors livsvillkor. Ålder, utbildningsnivå, "
          "funktionsförmåga, sexuell läggning och ekonomiska förutsättningar samverkar med kön. "
          "En ung man i Granåsen och en äldre kvinna i centrala Kolbäcksdal kan ha mycket olika "
          "förutsättningar, och arbetet behöver ta hänsyn till sådana skillnader för att bli "
          "träffsäkert."),
    ("p", "Samtidigt är det viktigt att inte låta komplexiteten skymma de mönster som faktiskt "
          "finns. De strukturella skillnaderna mellan kvinnor och män som grupper är väl belagda "
          "och har varit stabila över lång tid. Det är dem som jämställdhetspolitiken i första "
          "hand syftar till att förändra."),
]

FAQ_TEXT = """Vanliga frågor om jämställdhet

Vad är skillnaden mellan jämställdhet och jämlikhet?
Jämställdhet gäller förhållandet mellan kvinnor och män. Jämlikhet är ett bredare begrepp som handlar om att alla människor har lika värde och ska ha samma möjligheter, oavsett till exempel bakgrund eller ålder.

Varför arbetar Länsstyrelsen med jämställdhet?
Länsstyrelsen är regeringens företrädare i länet. Regeringen har beslutat att jämställdhetspolitiken ska genomföras på alla nivåer i samhället, och länsstyrelserna har ett särskilt ansvar för att politiken får genomslag regionalt.

Är jämställdhet bara en fråga för kvinnor?
Nej. Jämställdhet handlar om både kvinnors och mäns möjligheter. Förväntningar på hur män ska vara begränsar också män, till exempel när det gäller vilka yrken som uppfattas som möjliga eller hur man förväntas hantera svåra känslor.

Hur vet man om något är jämställt?
Ett första steg är att ta reda på hur det ser ut. Vilka berörs av en fråga, och finns det skillnader mellan kvinnor och män? Därefter kan man fråga sig vad skillnaderna beror på och om de är rimliga.

Kan jag som privatperson bidra?
Ja. Jämställdhet skapas i vardagen, i hur vi fördelar ansvar, vilka vi lyssnar på och vilka förväntningar vi har på varandra. Men det är framför allt organisationer och beslutsfattare som har möjlighet att förändra strukturerna.

Var kan jag läsa mer?
På Jämställdhetsmyndighetens webbplats finns fördjupningar om jämställdhetspolitiken och om de jämställdhetspolitiska målen.
"""


def add(doc, *blocks):
    for block in blocks:
        for kind, text in block:
            if kind == "ul":
                doc.ul(text)
            else:
                getattr(doc, kind)(text)
    return doc


def as_text(*blocks, md=False):
    out = []
    for block in blocks:
        for kind, text in block:
            t = text.replace("**", "") if not md else text
            if kind == "h1":
                out.append(("## " if md else "") + t)
            elif kind == "h2":
                out.append(("### " if md else "") + t)
            else:
                out.append(t)
            out.append("")
    return "\n".join(out)


# Blocks below describe the drafting process and sources; use them only in drafts where
# req.collaboration (PROCESS, REMISS) or req.statistics (KALLOR) is already addressed.
PROCESS = [
    ("h1", "Så har dokumentet tagits fram"),
    ("p", "Arbetet inleddes med en genomgång av erfarenheterna från den förra perioden och av de "
          "synpunkter som kommit in till Länsstyrelsen under åren. Därefter sammanställdes ett "
          "kunskapsunderlag som beskriver läget i länet. Underlaget presenterades vid en "
          "länskonferens i Kolbäcksdal med omkring 120 deltagare från kommuner, region, statliga "
          "myndigheter, näringsliv och civilsamhälle."),
    ("p", "Under våren hölls dialogmöten i alla tre kommunerna. Mötena var öppna för alla som "
          "arbetar med frågorna, och deltagarna fick i mindre grupper diskutera vilka utmaningar "
          "de såg som viktigast och vad de själva kunde bidra med. Länsstyrelsen genomförde "
          "också samtal med ett tjugotal nyckelpersoner, bland annat kommundirektörer, "
          "förvaltningschefer och företrädare för ideella organisationer."),
    ("p", "Ett förslag skickades på remiss i juni. Totalt kom det in 31 svar. De flesta "
          "remissinstanserna ställde sig bakom inriktningen men efterfrågade färre och tydligare "
          "mål och en tydligare beskrivning av vem som ansvarar för vad. Flera instanser "
          "påpekade också att språket behövde bli enklare. Synpunkterna har i så stor "
          "utsträckning som möjligt arbetats in i den slutliga versionen."),
]

REMISS = [
    ("h2", "Remissinstanser"),
    ("ul", ["Kolbäcksdals kommun", "Järnvika kommun", "Granåsens kommun",
            "Region Västra Bergslagen", "Arbetsförmedlingen", "Försäkringskassan",
            "Polismyndigheten, polisområde Västra Bergslagen", "Skolverket",
            "Lärosätet i Kolbäcksdal", "Kvinnojouren Bergslagsrosen", "Tjejjouren Järnvika",
            "Bergslagens idrottsförbund", "Företagarna Västra Bergslagen",
            "Fackliga organisationer i länet", "Studieförbunden i samverkan",
            "Pensionärsorganisationernas länsråd"]),
]

KALLOR = [
    ("h1", "Källor"),
    ("ul", ["SCB, Statistikdatabasen: befolkning, sysselsättning och inkomster efter kön och "
            "kommun (uttag i september 2024)",
            "SCB, På tal om kvinnor och män – lathund om jämställdhet, 2024",
            "Försäkringskassan, statistikdatabas över ersättningar efter kön och län",
            "Region Västra Bergslagen, Liv och hälsa – folkhälsoenkät 2022",
            "Brottsförebyggande rådet, statistik över anmälda brott 2023",
            "Skolverket, statistik om betyg och behörighet 2023/24",
            "Jämställdhetsmyndigheten, Ett uppdrag – 21 strategier, rapport 2018:1",
            "Jämställdhetsmyndigheten, uppföljning av länsstrategierna 2017–2021, rapport 2022:22",
            "Regeringens skrivelse 2016/17:10, Makt, mål och myndighet – feministisk politik för "
            "en jämställd framtid"]),
]

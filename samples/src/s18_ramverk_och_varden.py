"""Sample 18: a strategy whose first half is frameworks and values -- human
rights, CEDAW, the Istanbul Convention, the Convention on the Rights of the
Child as law, Agenda 2030, the Discrimination Act and DO, the board's unit
for human rights -- followed by definitions of concepts and of the goals.
None of that is work on the targets it names. The second half works on
economy, unpaid care, spatial planning and the board's own operations.
Violence is framed and then deferred to a separate action plan."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, B
from targets import A, M, X

NAME = "ramverk_och_varden"
NOTE = ("Ramverk, värdegrund och begrepp (mänskliga rättigheter, CEDAW, Istanbulkonventionen, "
        "barnkonventionen, DO, en MR-enhet, definitioner av metod och delmål) är inte arbete; "
        "bara ekonomi, obetalt arbete, planering och egen verksamhet behandlas.")

EXPECTED = {
    "goal.power": M,            # "Jämställdhet handlar om makt" + method definition (beslutsfattandet) + goal definition
    "goal.economy": A,          # 5: lönegap analysis, fördjupad analys 2025, heltid goal 71 -> 78
    "goal.education": M,        # 4: goal definition only ("omfattar hela utbildningssystemet")
    "goal.unpaid_care": A,      # 6: föräldrapenning 29 %, insats with Försäkringskassan, follow-up
    "goal.health": M,           # 4: goal definition; purpose of föräldraskapsstöd (barns hälsa)
    "goal.violence": M,         # framing (liv fritt från våld), Istanbulkonventionen, definition, deferral
    "area.planning": A,         # 7: yttranden över översiktsplaner, checklista, planenheten
    "area.child_rights": M,     # "barnkonventionen gäller som svensk lag" (framing fact)
    "area.parenting_support": M,  # only its purpose/definition in 4; no work on it
    "area.human_rights": M,     # value statement, CEDAW, diskrimineringsgrunderna, DO, unit name
    "req.conditions": M,        # duty recited; substance covers women and men only
    "req.statistics": A,        # 8: all avdelningar redovisar individbaserad statistik efter kön
    "req.collaboration": A,     # 9: nätverk för jämställdhetsstrateger, three times a year
    "req.internal": A,          # 8: statistik i beslutsunderlag, stöd, utbildning för chefer
    "req.followup": A,          # 10: årsredovisning, named indicators, utvärdering 2028
    "area.regional_growth": M,  # framing: "en förutsättning för regional tillväxt"
    "area.rural": X,
    "area.integration": X,
    "area.preparedness": X,
    "area.andts": X,
}

BLOCKS = [
    Title("Länsstrategi för jämställdhetsintegrering 2025–2028"),
    Subtitle("Länsstyrelsen i Norrvik · Del 1 Utgångspunkter · Del 2 Åtaganden"),

    H1("Del 1. Utgångspunkter"),
    H2("1 Värdegrund"),
    P("Jämställdhet är en mänsklig rättighet och en förutsättning för ett demokratiskt "
      "samhälle. Jämställdhet handlar om makt: om vem som har inflytande över politiken, över "
      "ekonomin och över det egna livet."),
    P("Alla människor har rätt till ett liv fritt från våld. Den rätten gäller oavsett kön, "
      "ålder, bakgrund eller var i länet man bor."),
    P("Jämställdhet är också en förutsättning för regional tillväxt. Ett län där både kvinnor "
      "och män kan använda hela sin kompetens blir mer attraktivt att bo och arbeta i."),
    P("Länsstyrelsen ska enligt sin instruktion belysa, analysera och beakta kvinnors och mäns "
      "samt flickors och pojkars villkor i hela sin verksamhet. Strategin är ett av verktygen "
      "för det."),

    H2("2 Internationella och nationella åtaganden"),
    P("Sverige har anslutit sig till FN:s konvention om avskaffande av all slags diskriminering "
      "av kvinnor, kvinnokonventionen (CEDAW), och till Europarådets konvention om förebyggande "
      "och bekämpning av våld mot kvinnor och av våld i hemmet, Istanbulkonventionen."),
    P("Sedan den 1 januari 2020 gäller barnkonventionen som svensk lag."),
    P("Genom Agenda 2030 har Sverige åtagit sig att verka för de globala målen för hållbar "
      "utveckling. Mål 5 handlar om jämställdhet och om att stärka kvinnors och flickors "
      "egenmakt."),
    P("Diskrimineringslagen förbjuder diskriminering som har samband med någon av de sju "
      "diskrimineringsgrunderna. Diskrimineringsombudsmannen (DO) har tillsyn över att lagen "
      "följs."),
    P("Inom Länsstyrelsen i Norrvik samordnas frågorna av enheten för mänskliga rättigheter och "
      "social hållbarhet, som också har tagit fram den här strategin."),

    H2("3 Begrepp"),
    P(B("Jämställdhet"), " – ett tillstånd där kön inte avgör vilka rättigheter, skyldigheter "
      "och möjligheter en person har."),
    P(B("Jämställdhetsintegrering"), " – den strategi som riksdag och regering har valt för att "
      "nå målen. Den innebär att ett jämställdhetsperspektiv ska genomsyra beslutsfattandet i "
      "det ordinarie arbetet, från planering till genomförande, i stället för att hanteras som "
      "en sidofråga."),
    P(B("Könsuppdelad statistik"), " – uppgifter om individer som samlas in, analyseras och "
      "redovisas uppdelade på kön."),
    P(B("Intersektionalitet"), " – ett sätt att analysera hur kön samspelar med andra "
      "maktordningar, till exempel klass, etnicitet och funktionsförmåga."),

    H2("4 De jämställdhetspolitiska målen"),
    P("Det övergripande målet är att kvinnor och män ska ha samma makt att forma samhället och "
      "sina egna liv. Delmålen kan beskrivas så här:"),
    P("Målet om makt och inflytande gäller både den formella politiska makten och möjligheten "
      "att påverka i andra sammanhang, till exempel i föreningslivet och i medierna."),
    P("Målet om jämställd utbildning omfattar hela utbildningssystemet, från förskolan till "
      "vuxenutbildningen och högskolan, och gäller både studieval och personlig utveckling."),
    P("Målet om jämställd hälsa gäller såväl folkhälsan som tillgången till vård och omsorg på "
      "lika villkor."),
    P("Målet om att mäns våld mot kvinnor ska upphöra omfattar allt från våld i nära relationer "
      "till hedersrelaterat våld och förtryck, prostitution och människohandel."),
    P("Syftet med föräldraskapsstöd är att främja barns hälsa och utveckling, och ett jämställt "
      "föräldraskap är en viktig utgångspunkt för stödet."),
    P("Länsstyrelsens arbete mot mäns våld mot kvinnor beskrivs i en regional handlingsplan som "
      "tas fram separat under 2026. Det ingår därför inte i den här strategin."),

    H1("Del 2. Länsstyrelsens åtaganden 2025–2028"),
    H2("5 Ekonomisk jämställdhet"),
    P("Kvinnor i Norrviks län har i genomsnitt 19 procent lägre förvärvsinkomst än män. "
      "Skillnaden beror framför allt på att kvinnor oftare arbetar deltid och på att yrken där "
      "de flesta anställda är kvinnor har lägre löner. Under 2025 tar Länsstyrelsen "
      "tillsammans med Region Norrvik fram en fördjupad analys av lönegapet i länets fem "
      "största yrkesgrupper. Analysen presenteras för länets arbetsgivare i början av 2026."),
    P("Målet är att andelen anställda kvinnor som arbetar heltid ska öka från 71 till 78 "
      "procent till 2028."),

    H2("6 Obetalt hem- och omsorgsarbete"),
    P("Papporna i länet tar ut 29 procent av föräldrapenningdagarna, vilket är lägre än i "
      "riket. Kvinnor står också för största delen av den tillfälliga föräldrapenningen och för "
      "det mesta av omsorgen om äldre anhöriga. Länsstyrelsen ska under 2025–2026 tillsammans "
      "med Försäkringskassan genomföra en informationsinsats på länets tjugo största "
      "arbetsplatser om delad föräldraledighet. Effekten följs med Försäkringskassans statistik "
      "över uttaget av föräldrapenning per kommun."),

    H2("7 Samhällsplanering"),
    P("Länsstyrelsen granskar varje år ett stort antal översiktsplaner och detaljplaner. Från "
      "2025 ska Länsstyrelsens yttranden över översiktsplaner innehålla en bedömning av om "
      "kommunen har analyserat hur kvinnor och män använder kollektivtrafiken och de offentliga "
      "miljöerna, och om planen bidrar till trygga gång- och cykelstråk. Planenheten ansvarar "
      "för att en checklista för bedömningen tas fram under våren 2025."),

    H2("8 Den egna verksamheten"),
    P("Alla avdelningar ska från 2026 redovisa individbaserad statistik uppdelad på kön i sina "
      "rapporter och beslutsunderlag. Jämställdhetsstrategen ger stöd till enheterna i arbetet, "
      "och alla chefer får utbildning i jämställdhetsanalys under hösten 2025."),

    H2("9 Samverkan"),
    P("Länsstyrelsen leder länets nätverk för jämställdhetsstrateger i kommunerna och Region "
      "Norrvik. Nätverket träffas tre gånger per år och används för att sprida metoder och "
      "samordna gemensamma insatser, till exempel informationsinsatsen om föräldraledighet."),

    H2("10 Uppföljning"),
    P("Länsstyrelsen följer upp strategin årligen i årsredovisningen. Uppföljningen omfattar "
      "indikatorerna för heltid, föräldrapenninguttag och antalet yttranden med "
      "jämställdhetsbedömning. Strategin utvärderas i sin helhet under 2028."),
]

DOC = Doc(BLOCKS,
          title="Länsstrategi för jämställdhetsintegrering 2025–2028",
          subject="Utgångspunkter och åtaganden",
          creator="Sara Lind", last_modified_by="Johan Nyström",
          revision=11)

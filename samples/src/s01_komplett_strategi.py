"""Sample 1: a complete county strategy addressing every target except
krisberedskap (area.preparedness)."""

from docxlib import (Doc, Title, Subtitle, H1, H2, P, B, I, FN, Bullets, Numbered,
                     Table, Split)
from targets import A, X

NAME = "komplett_strategi"
NOTE = ("Komplett länsstrategi: nulägesanalys med könsuppdelad tabell, alla sex delmål, "
        "de fyra uppdragsområdena, intern styrning, samverkan och uppföljning; "
        "bara krisberedskap saknas.")

EXPECTED = {
    "goal.power": A,            # 3.1: könsfördelning bland förtroendevalda, hot och hat
    "goal.economy": A,          # tabell + 3.2 lönegap, deltid, företagande
    "goal.education": A,        # 3.3 studieval, meritvärden, studie- och yrkesvägledning
    "goal.unpaid_care": A,      # 3.4 föräldrapenning, anhörigomsorg
    "goal.health": A,           # 3.5 sjukpenningtal, psykisk ohälsa
    "goal.violence": A,         # 3.6 regional samordning mot mäns våld mot kvinnor
    "area.planning": A,         # 4.1 översiktsplaner, trygghet, kollektivtrafik
    "area.child_rights": A,     # 4.2 barnkonventionen, barnrättsperspektiv
    "area.parenting_support": A,  # 4.3 regional samordning av föräldraskapsstöd
    "area.human_rights": A,     # 4.4 MR, diskriminering
    "req.conditions": A,        # 2: analyses women/men AND girls/boys
    "req.statistics": A,        # 2 + 5: könsuppdelad statistik used and required
    "req.collaboration": A,     # 6: samverkan, nätverk, stödja/samordna/utveckla
    "req.internal": A,          # 5: verksamhetsplanering, kompetensutveckling
    "req.followup": A,          # 7: indikatorer, årlig uppföljning, utvärdering 2027
    "area.regional_growth": A,  # 3.2: regionalt tillväxtarbete, företagsstöd
    "area.rural": A,            # 2 + 3.2: landsbygd, inlandskommunerna
    "area.integration": A,      # 3.2: utrikes födda kvinnors etablering
    "area.preparedness": X,     # never referred to
    "area.andts": A,            # 3.5: ANDTS-förebyggande arbete
}

BLOCKS = [
    Title("Länsstrategi för jämställdhetsintegrering i Norrviks län 2025–2028"),
    Subtitle("Länsstyrelsen i Norrvik – förslag inför beslut"),
    P(I("Dnr 801-2211-2024. Beslutad av landshövdingen [datum]. Strategin ersätter "
        "Länsstyrelsens strategi för jämställdhetsintegrering 2021–2024.")),

    H1("1 Inledning"),
    P("Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för sitt "
      "arbete med jämställdhetsintegrering. Den här strategin beskriver hur Länsstyrelsen i "
      "Norrvik under perioden 2025–2028 ska bidra till att de jämställdhetspolitiska målen får "
      "genomslag i länet, dels i den egna verksamheten, dels i arbetet tillsammans med länets "
      "sju kommuner, Region Norrvik, statliga myndigheter och det civila samhället."),
    P("Utgångspunkten är jämställdhetspolitikens övergripande mål: kvinnor och män ska ha samma "
      "makt att forma samhället och sina egna liv. Strategin bygger på en nulägesanalys av "
      "länet, på erfarenheterna från förra strategiperioden och på de dialoger som länsstyrelsen "
      "har fört med kommunernas jämställdhetssamordnare under hösten 2024."),

    H1("2 Nulägesanalys"),
    P("Norrviks län har drygt 183 000 invånare, varav hälften bor i Älvby kommun. Länet präglas "
      "av en stark industri längs kusten, en växande besöksnäring i fjällen och stora avstånd i "
      "inlandet. Analysen bygger på könsuppdelad statistik från SCB, Försäkringskassan och "
      "Region Norrvik.", FN("SCB:s statistikdatabas (2023), Försäkringskassans statistik om "
                            "föräldrapenning och sjukpenning (2023) samt Region Norrviks "
                            "folkhälsoenkät Hälsa på lika villkor (2024).")),
    Table(
        ["Indikator (Norrviks län, 2023)", "Kvinnor", "Män"],
        [
            ["Medianinkomst, 20–64 år (tkr per år)", "318", "392"],
            ["Andel sysselsatta som arbetar deltid (%)", "26", "9"],
            ["Andel av uttagna föräldrapenningdagar (%)", "67", "33"],
            ["Sjukpenningtal (dagar per försäkrad)", "12,6", "6,9"],
            ["Andel av ledamöterna i länets kommunfullmäktige (%)", "42", "58"],
        ],
        widths=[5472, 1800, 1800],
        caption="Tabell 1. Urval av indikatorer för jämställdhet i Norrviks län",
    ),
    P("Kvinnor i länet har i genomsnitt drygt en femtedel lägre inkomst än män. Skillnaden "
      "förklaras till stor del av att kvinnor oftare arbetar deltid och tar ut merparten av "
      "föräldraledigheten, men också av att arbetsmarknaden är starkt könssegregerad: männen "
      "arbetar i den högre avlönade basindustrin, kvinnorna i vård, skola och omsorg. Kvinnors "
      "sjukfrånvaro är nästan dubbelt så hög som mäns, och den psykiska ohälsan ökar mest bland "
      "unga kvinnor."),
    P("Bland flickor och pojkar syns delvis andra mönster. Flickorna i årskurs 9 har i snitt 27 "
      "poäng högre meritvärde än pojkarna, och fler pojkar än flickor saknar behörighet till "
      "gymnasiets nationella program. Samtidigt uppger dubbelt så många flickor som pojkar i "
      "länets skolenkät att de ofta känner sig nedstämda. Valen till gymnasiet är fortfarande "
      "mycket traditionella: el- och energiprogrammet har 8 procent flickor och vård- och "
      "omsorgsprogrammet 19 procent pojkar."),
    P("I landsbygdskommunerna Stenträsk och Fjällsjö flyttar fler unga kvinnor än unga män ut, "
      "vilket på sikt påverkar både kompetensförsörjningen och servicen på landsbygden."),

    H1("3 Länsstyrelsens prioriteringar utifrån delmålen"),
    H2("3.1 Makt och inflytande"),
    P("Kvinnor utgör 42 procent av ledamöterna i länets kommunfullmäktige men bara två av sju "
      "kommunstyrelseordförande. Länsstyrelsen ska följa upp könsfördelningen i de råd, "
      "styrelser och nämnder där myndigheten utser ledamöter och verka för en jämn fördelning. "
      "Tillsammans med kommunerna ska länsstyrelsen också uppmärksamma hot och hat mot "
      "förtroendevalda, eftersom kvinnliga politiker oftare utsätts för sexualiserade hot."),
    H2("3.2 Ekonomisk jämställdhet"),
    P("Målet är att ", Split("löne", "gapet"), " mellan kvinnor och män i länet ska minska och "
      "att fler kvinnor ska kunna försörja sig på heltid. Länsstyrelsen ska:"),
    Bullets([
        "föra dialog med länets största offentliga arbetsgivare om heltid som norm,",
        "i det regionala tillväxtarbetet verka för att företagsstöd och insatser för "
        "kompetensförsörjning når kvinnor och män på lika villkor, särskilt på landsbygden,",
        "inom integrationsuppdraget stödja kommunernas arbete med utrikes födda kvinnors "
        "etablering på arbetsmarknaden, där sysselsättningsgraden i dag är 54 procent jämfört "
        "med 71 procent för utrikes födda män.",
    ]),
    H2("3.3 Jämställd utbildning"),
    P("Länsstyrelsen ska i samverkan med kommunerna och Skolverkets regionala företrädare "
      "uppmärksamma de könsbundna studievalen och skillnaderna i skolresultat mellan flickor "
      "och pojkar. Under 2026 genomförs en länsgemensam kunskapsdag om jämställd studie- och "
      "yrkesvägledning för skolledare och vägledare."),
    H2("3.4 Jämn fördelning av det obetalda hem- och omsorgsarbetet"),
    P("Kvinnor i länet tar ut två tredjedelar av föräldrapenningdagarna och ansvarar i högre "
      "grad för omsorgen om äldre anhöriga. Länsstyrelsen ska lyfta frågan om ett jämnare uttag "
      "av föräldraledighet i dialogen med arbetsgivare och sprida kunskap om hur "
      "anhörigomsorgen påverkar kvinnors arbetstid och pension."),
    H2("3.5 Jämställd hälsa"),
    P("Sjukskrivningarna bland kvinnor i kontaktyrken och den psykiska ohälsan bland unga "
      "kvinnor är länets största utmaningar på hälsoområdet, medan män oftare dör i förtid av "
      "yttre orsaker. I det ANDTS-förebyggande arbetet ska länsstyrelsen analysera "
      "länets drogvaneundersökning utifrån kön och utforma insatserna så att de når både "
      "kvinnor och män, till exempel i arbetet mot riskbruk av alkohol och spel om pengar."),
    H2("3.6 Mäns våld mot kvinnor ska upphöra"),
    P("Länsstyrelsen har ett regionalt samordningsansvar för arbetet mot mäns våld mot kvinnor, "
      "våld i nära relationer och hedersrelaterat våld och förtryck. Under strategiperioden ska "
      "länsstyrelsen stödja kommunerna i att ta fram handlingsplaner, samordna det regionala "
      "kvinnofridsnätverket och öka kunskapen om prostitution och människohandel i länet."),

    H1("4 Prioriterade verksamhetsområden"),
    H2("4.1 Samhällsplanering"),
    P("I länsstyrelsens samrådsyttranden över kommunernas översiktsplaner och detaljplaner ska "
      "det framgå hur planen påverkar kvinnors och mäns tillgång till kollektivtrafik, service "
      "och trygga offentliga miljöer. En checklista för jämställd samhällsplanering tas fram "
      "2025 tillsammans med länets planarkitekter."),
    H2("4.2 Barnets rättigheter"),
    P("Sedan barnkonventionen blev svensk lag 2020 ska barnets bästa beaktas i alla beslut som "
      "rör barn. Länsstyrelsen ska i sitt stöd till kommunerna koppla samman barnrättsperspektivet "
      "med jämställdhetsperspektivet, så att barnkonsekvensanalyser belyser flickors och pojkars "
      "olika villkor."),
    H2("4.3 Föräldraskapsstöd"),
    P("Länsstyrelsen samordnar det regionala arbetet med föräldraskapsstöd. Erfarenheten visar "
      "att föräldragrupperna i huvudsak når mammor. Under perioden ska länsstyrelsen därför "
      "tillsammans med familjecentralerna utveckla former för föräldraskapsstöd som också når "
      "pappor och som främjar ett jämställt föräldraskap."),
    H2("4.4 Mänskliga rättigheter"),
    P("Jämställdhet är en del av de mänskliga rättigheterna. Länsstyrelsen ska stödja kommunernas "
      "arbete med ett rättighetsbaserat arbetssätt och uppmärksamma hur kön samverkar med andra "
      "diskrimineringsgrunder, till exempel funktionsnedsättning och etnisk tillhörighet."),

    H1("5 Jämställdhetsintegrering i länsstyrelsens egen verksamhet"),
    P("Jämställdhetsperspektivet ska vara en självklar del av länsstyrelsens styrning. Det innebär "
      "att:"),
    Numbered([
        "varje avdelning i sin verksamhetsplanering analyserar hur verksamheten påverkar kvinnor "
        "och män, flickor och pojkar och formulerar minst ett jämställdhetsmål per år,",
        "all individbaserad statistik i länsstyrelsens beslutsunderlag och rapporter redovisas "
        "och analyseras efter kön,",
        "nyanställda och chefer genomgår kompetensutveckling i jämställdhetsintegrering,",
        "ledningsgruppen två gånger per år följer upp arbetet i den egna organisationen.",
    ]),

    H1("6 Samverkan i länet"),
    P("Länsstyrelsens roll är att stödja, samordna och utveckla jämställdhetsarbetet i länet. "
      "Länsstyrelsen leder ett nätverk för kommunernas och regionens jämställdhetsstrateger som "
      "träffas fyra gånger per år, och samverkar med Region Norrvik kring det regionala "
      "utvecklingsarbetet. Civilsamhällets organisationer, bland annat kvinno- och tjejjourerna, "
      "bjuds in till en årlig länsdialog."),

    H1("7 Uppföljning och utvärdering"),
    P("Strategin följs upp årligen. Uppföljningen bygger på indikatorerna i tabell 1 och på en "
      "redovisning av genomförda aktiviteter, och resultatet redovisas i länsstyrelsens "
      "årsredovisning. En extern utvärdering av strategins genomförande görs under 2027 som "
      "underlag för nästa strategiperiod."),
]

DOC = Doc(BLOCKS,
          title="Länsstrategi för jämställdhetsintegrering 2025–2028",
          subject="Jämställdhetsintegrering",
          creator="Anna Berg", last_modified_by="Johan Nyström",
          keywords="jämställdhet; länsstrategi",
          revision=14, header_right="FÖRSLAG")

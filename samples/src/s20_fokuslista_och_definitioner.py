"""Sample 20: a strategy built on its own thematic areas, as several real
county strategies are ("Arbete, försörjning och utbildning" merges two
goals and works on both). It has a focus list ("fokuserar på tre av de sex
delmålen"), a definitions chapter that defines goals and areas it never
works on, a list of perspectives (folkhälsa, trygghet i offentlig miljö,
barnrättsperspektiv) and priorities as bare labels. Health is one of the
three focus goals but gets only labels and a deferral. No part is about the
board's own operations."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, B, Bullets, Table
from targets import A, M, X

NAME = "fokuslista_och_definitioner"
NOTE = ("Tematiska områden i stället för delmål: fokuslista, definitioner av mål och områden, "
        "perspektivlistor och prioriteringar som rena etiketter; hälsa är fokusmål men får "
        "bara etiketter och en uppskjutning.")

EXPECTED = {
    "goal.power": M,            # named as a goal without own targets (1) and as a bare label (7)
    "goal.economy": A,          # 4: medianinkomst, mål 1.2, lönekartläggningsseminarier
    "goal.education": A,        # 4 (merged heading): studieval, meritvärde, mål 1.1, SYV-nätverk
    "goal.unpaid_care": M,      # named as a goal without own targets (1) and as a bare label (7)
    "goal.health": M,           # focus list, definition, perspective list, bare labels, deferral
    "goal.violence": A,         # 6: analysis, mål 3.1-3.2, insatser with owner and year
    "area.planning": M,         # definition (2) + "trygghet i offentlig miljö" in a perspective list
    "area.child_rights": M,     # definition of barnrättsperspektiv + perspective list
    "area.parenting_support": M,  # definition only
    "area.human_rights": X,
    "req.conditions": A,        # women/men (income, företagare) and girls/boys (studieval, våld)
    "req.statistics": A,        # tables and indicators by sex
    "req.collaboration": A,     # 8: länsnätverk, anslutna aktörer, Länsstyrelsen samordnar
    "req.internal": X,          # nothing about the board's own operations
    "req.followup": A,          # 9: indicators every second year, who, slututvärdering 2028
    "area.regional_growth": X,
    "area.rural": A,            # 4: jordbruksföretag 14 %, mål 1.3, mentorsprogram på landsbygden
    "area.integration": X,
    "area.preparedness": M,     # only the bare label "– Civil beredskap" in 7
    "area.andts": X,
}

BLOCKS = [
    Title("Jämställt Norrvik 2025–2028"),
    Subtitle("Länsstrategi för jämställdhetsintegrering – tematiska områden och mål"),

    H1("1 Om strategin"),
    P("Strategin utgår från de jämställdhetspolitiska målen men är uppbyggd kring tre tematiska "
      "områden som har vuxit fram ur dialogerna med länets aktörer och ur den regionala "
      "statistiken. De tematiska områdena är:"),
    Bullets([
        "Arbete, försörjning och utbildning",
        "Hälsa och livsvillkor",
        "Våld och destruktiva normer",
    ]),
    P("Strategin fokuserar därmed på tre av de sex delmålen: ekonomisk jämställdhet, jämställd "
      "hälsa och mäns våld mot kvinnor. Jämställd utbildning ingår i det första temat, "
      "eftersom valen i skolan och arbetsmarknadens uppdelning hänger tätt ihop."),
    P("De övriga delmålen, en jämn fördelning av makt och inflytande och en jämn fördelning av "
      "det obetalda hem- och omsorgsarbetet, är vägledande för alla aktörer men har inga egna "
      "mål i strategin."),
    P("Strategin riktar sig till kommuner, Region Norrvik, statliga myndigheter, lärosäten och "
      "civilsamhällets organisationer i länet. Den som ansluter sig till strategin väljer själv "
      "vilka mål den egna organisationen ska arbeta med."),

    H1("2 Begrepp och definitioner"),
    P("I strategin används följande definitioner:"),
    P(B("Ekonomisk jämställdhet: "), "kvinnor och män ska ha samma möjligheter och villkor i "
      "arbetslivet och en ekonomi som räcker hela livet."),
    P(B("Jämställd hälsa: "), "kvinnor och män, flickor och pojkar ska ha samma förutsättningar "
      "för en god hälsa och få vård på lika villkor."),
    P(B("Mäns våld mot kvinnor: "), "fysiskt, psykiskt, sexuellt och ekonomiskt våld som män "
      "utövar mot kvinnor, i och utanför nära relationer, inklusive våld i hederns namn."),
    P(B("Samhällsplanering: "), "i strategin avses översiktsplanering, bostadsförsörjning och "
      "kollektivtrafik, det vill säga den planering som formar var och hur vi bor och reser."),
    P(B("Föräldraskapsstöd: "), "insatser som ger föräldrar kunskap om barns utveckling och "
      "stärker dem i rollen som förälder."),
    P(B("Barnrättsperspektiv: "), "att barnets bästa och barnets egna åsikter beaktas i frågor "
      "som rör barn."),
    P(B("Könsotraditionellt val: "), "ett utbildningsval där minst 60 procent av de sökande till "
      "programmet har det andra könet."),

    H1("3 Perspektiv i alla insatser"),
    P("Insatserna inom strategin ska planeras med perspektiv som folkhälsa, tillgänglighet, "
      "trygghet i offentlig miljö, barnrättsperspektiv och klimat. Aktörerna väljer själva hur "
      "perspektiven ska tillämpas i den egna verksamheten."),

    H1("4 Arbete, försörjning och utbildning"),
    H2("Läget"),
    P("Kvinnor i Norrviks län har en medianinkomst på 312 000 kronor, medan männens "
      "medianinkomst är 389 000 kronor. Skillnaden är störst i åldern 35–50 år. Bland länets "
      "företagare är 31 procent kvinnor, och i jordbruksföretagen är bara 14 procent av "
      "företagsledarna kvinnor."),
    P("Valen till gymnasiet är fortfarande mycket könsbundna. Av de elever som började "
      "gymnasiet 2024 valde 9 procent av flickorna och 13 procent av pojkarna ett "
      "könsotraditionellt program. Flickorna har i genomsnitt 28 poäng högre meritvärde än "
      "pojkarna i årskurs 9, och fler pojkar än flickor saknar behörighet till ett "
      "yrkesprogram."),
    Table(
        ["Norrviks län", "Kvinnor/flickor", "Män/pojkar"],
        [
            ["Medianinkomst 20–64 år (tkr), 2023", "312", "389"],
            ["Andel av företagarna (%), 2023", "31", "69"],
            ["Könsotraditionellt gymnasieval (%), 2024", "9", "13"],
            ["Meritvärde årskurs 9, genomsnitt, 2024", "236", "208"],
        ],
        widths=[5072, 2000, 2000],
        caption="Tabell 1. Indikatorer för temat Arbete, försörjning och utbildning.",
    ),
    H2("Mål"),
    P(B("Mål 1.1 "), "Andelen elever som gör ett könsotraditionellt gymnasieval ska öka till "
      "15 procent för både flickor och pojkar till 2028."),
    P(B("Mål 1.2 "), "Skillnaden i medianinkomst mellan kvinnor och män ska minska med minst "
      "fem procentenheter under perioden."),
    P(B("Mål 1.3 "), "Andelen kvinnor bland företagsledarna i jordbruket och de övriga gröna "
      "näringarna ska öka."),
    H2("Insatser"),
    Bullets([
        "Länsstyrelsen och Region Norrvik startar 2025 ett nätverk för studie- och "
        "yrkesvägledare i grundskolan, med fokus på hur vägledningen kan motverka könsbundna "
        "val.",
        "Länsstyrelsen anordnar två seminarier per år om lönekartläggning för länets offentliga "
        "och privata arbetsgivare.",
        "Länsstyrelsen startar 2026 tillsammans med Hushållningssällskapet och LRF ett "
        "mentorsprogram för kvinnor som driver eller vill starta företag i jordbruket och de "
        "gröna näringarna på landsbygden. Minst 20 kvinnor ska ha deltagit 2028.",
    ]),

    H1("5 Hälsa och livsvillkor"),
    P("Prioriterade frågor inom temat:"),
    Bullets([
        "Psykisk hälsa",
        "Fysisk aktivitet",
        "Vård på lika villkor",
    ]),
    P("Mål och insatser för temat tas fram av arbetsgruppen för hälsa under 2025 och läggs "
      "till strategin som en bilaga."),

    H1("6 Våld och destruktiva normer"),
    H2("Läget"),
    P("Under 2023 polisanmäldes 412 fall av misshandel av kvinnor i nära relation i länet. I "
      "ungdomsenkäten 2024 uppgav 19 procent av flickorna och 5 procent av pojkarna i årskurs "
      "9 att de hade utsatts för sexuella trakasserier under det senaste året. Pojkarna "
      "instämmer i högre grad än flickorna i påståenden om att det ibland är okej att ta till "
      "våld i en relation."),
    H2("Mål"),
    P(B("Mål 3.1 "), "Fler våldsutsatta kvinnor ska upptäckas och få stöd tidigt."),
    P(B("Mål 3.2 "), "Färre unga ska ha attityder som accepterar våld. Andelen pojkar som "
      "instämmer i påståendena ska halveras till 2028."),
    H2("Insatser"),
    Bullets([
        "Länsstyrelsen erbjuder alla högstadieskolor i länet utbildning i ett våldsförebyggande "
        "program för elever under 2025–2027, med målet att minst tio skolor arbetar med "
        "programmet 2027.",
        "Länsstyrelsen samordnar en årlig utbildningsdag för socialtjänsten om att upptäcka "
        "våld i nära relationer.",
        "Polisen och kommunerna tar med stöd av Länsstyrelsen fram en gemensam rutin för "
        "riskbedömning, klar hösten 2025.",
    ]),

    H1("7 Insatsområden inför 2027–2028"),
    P("Inför strategins andra hälft kan följande områden bli aktuella:"),
    P("– Makt och inflytande"),
    P("– Obetalt hem- och omsorgsarbete"),
    P("– Civil beredskap"),

    H1("8 Samverkan och genomförande"),
    P("Länsstyrelsen samordnar genomförandet genom ett länsnätverk där alla anslutna aktörer "
      "ingår. Nätverket träffas två gånger per termin och används för erfarenhetsutbyte, "
      "gemensamma utbildningar och planering av insatser som kräver flera aktörer."),

    H1("9 Uppföljning"),
    P("Indikatorerna i tabell 1 och indikatorerna för mål 3.1 och 3.2 följs upp vartannat år i "
      "rapporten Kvinnor och män i Norrviks län, där alla uppgifter redovisas uppdelade på kön. "
      "Länsstyrelsens jämställdhetsstrateg ansvarar för uppföljningen och redovisar den till "
      "länsnätverket. En slututvärdering av strategin görs under 2028."),
]

DOC = Doc(BLOCKS,
          title="Jämställt Norrvik 2025–2028",
          creator="Emil Forsberg", revision=9)

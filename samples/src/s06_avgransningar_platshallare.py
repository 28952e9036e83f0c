"""Sample 6: explicit exclusions, empty headings and placeholders."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, I, B, Bullets
from targets import A, M, X

NAME = "avgransningar_platshallare"
NOTE = ("Uttryckliga avgränsningar (våld, krisberedskap, ANDTS 'omfattas inte'/'ingår inte'), "
        "tomma rubriker och platshållare ('Text kommer', 'TODO', 'Avsnittet skrivs senare').")

EXPECTED = {
    "goal.power": A,            # 3.1 substantive
    "goal.economy": A,          # 3.2 substantive
    "goal.education": M,        # heading + "Text kommer."
    "goal.unpaid_care": M,      # empty heading
    "goal.health": M,           # heading + "TODO: ..."
    "goal.violence": M,         # explicit exclusion ("omfattas inte")
    "area.planning": A,         # 4.1 substantive
    "area.child_rights": M,     # heading + "Avsnittet skrivs senare."
    "area.parenting_support": M,  # heading + "TODO"
    "area.human_rights": A,     # 4.4 substantive
    "req.conditions": M,        # duty recited only; no analysis of both pairs
    "req.statistics": M,        # heading "Könsuppdelad statistik" + "Text kommer."
    "req.collaboration": A,     # 1: länsnätverk, stödja och samordna
    "req.internal": A,          # 5 substantive
    "req.followup": M,          # heading + "Avsnittet skrivs senare."
    "area.regional_growth": X,
    "area.rural": X,
    "area.integration": X,
    "area.preparedness": M,     # explicit exclusion ("ingår inte")
    "area.andts": M,            # explicit exclusion ("ingår inte")
}

BLOCKS = [
    Title("Länsstrategi för jämställdhetsintegrering 2025–2028"),
    Subtitle("Arbetsmaterial – version 0.4"),

    H1("1 Inledning"),
    P("Strategin beskriver hur Länsstyrelsen i Norrvik ska arbeta med jämställdhetsintegrering "
      "under de kommande fyra åren. Länsstyrelsens roll är att stödja och samordna kommunernas "
      "arbete, bland annat genom det länsnätverk för jämställdhetsstrateger som länsstyrelsen "
      "leder och som under perioden ska utökas med representanter för Region Norrvik och "
      "Arbetsförmedlingen."),
    P("Enligt sin instruktion ska länsstyrelsen belysa, analysera och beakta kvinnors och mäns "
      "samt flickors och pojkars villkor i verksamheten."),

    H1("2 Avgränsningar"),
    P("Våld i nära relationer omfattas inte av denna strategi eftersom länsstyrelsen har ett "
      "separat regeringsuppdrag och en egen handlingsplan för området."),
    P("Krisberedskap och civilt försvar ingår inte heller i strategin. ANDTS-frågorna ingår "
      "inte, eftersom de hanteras i den regionala ANDTS-strategin som tas fram under 2025."),

    H1("3 Prioriterade delmål"),
    H2("3.1 Makt och inflytande"),
    P("Länsstyrelsen ska under 2025 bjuda in partiernas länsföreträdare till ett samtal om "
      "hur fler kvinnor kan ta på sig ordförandeuppdrag i länets kommunala nämnder och "
      "styrelser, och under 2026 följa upp vad partierna har gjort."),
    H2("3.2 Ekonomisk jämställdhet"),
    P("Länsstyrelsen ska verka för att fler kvinnor i länet arbetar heltid och för att "
      "skillnaderna i inkomst mellan kvinnor och män minskar, bland annat genom dialog med de "
      "största offentliga arbetsgivarna om heltid som norm i kvinnodominerade yrken."),
    H2("3.3 Jämställd utbildning"),
    P(I("Text kommer.")),
    H2("3.4 Obetalt hem- och omsorgsarbete"),
    H2("3.5 Jämställd hälsa"),
    P(B("TODO:"), " Anna skriver utifrån folkhälsoenkäten när siffrorna för 2024 kommit."),

    H1("4 Sakområden"),
    H2("4.1 Samhällsplanering"),
    P("I samråd om översiktsplaner ska länsstyrelsen efterfråga en analys av hur planen "
      "påverkar kvinnors och mäns möjligheter att resa, arbeta och röra sig tryggt i det "
      "offentliga rummet. Länsstyrelsens planhandläggare får under 2025 ett stöd för hur det "
      "kan göras."),
    H2("4.2 Barnets rättigheter"),
    P(I("Avsnittet skrivs senare.")),
    H2("4.3 Föräldraskapsstöd"),
    P("TODO"),
    H2("4.4 Mänskliga rättigheter"),
    P("Länsstyrelsen ska integrera jämställdhet i det regionala arbetet för de mänskliga "
      "rättigheterna och erbjuda kommunerna stöd i att analysera hur diskriminering på grund "
      "av kön samverkar med andra diskrimineringsgrunder."),

    H1("5 Jämställdhetsintegrering i den egna verksamheten"),
    P("Jämställdhetsperspektivet ska finnas med i länsstyrelsens verksamhetsplanering, i "
      "beslutsunderlag och i kommunikation. Alla chefer ska under 2025 genomgå "
      "kompetensutveckling i jämställdhetsintegrering och ansvarar för att arbetet bedrivs i "
      "den egna enheten."),
    H2("5.1 Könsuppdelad statistik"),
    P(I("Text kommer.")),

    H1("6 Uppföljning"),
    P(I("Avsnittet skrivs senare.")),
]

DOC = Doc(BLOCKS,
          title="Länsstrategi – arbetsmaterial",
          creator="Anna Berg", revision=4, header_right="ARBETSMATERIAL")

"""Sample 14: goals and areas are named only in headings; the text under each
heading is substantive (activity, responsibility, timeline) but does not
repeat the topic's vocabulary. Heading + substance = addressed; heading +
placeholder = mentioned."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, I
from targets import A, M, X

NAME = "rubriker_med_innehall"
NOTE = ("Målen namnges bara i rubriker ('Delmål 2: Ekonomisk jämställdhet'); texten under "
        "rubriken är konkret men upprepar inte ämnesorden. Rubrik + innehåll = behandlad, "
        "rubrik + platshållare = nämnd.")

EXPECTED = {
    "goal.power": A,            # heading + lägesbild/dialog before valet 2026
    "goal.economy": A,          # heading + dialog with arbetsgivare
    "goal.education": A,        # heading + kartläggning with skolhuvudmännen
    "goal.unpaid_care": M,      # heading + "Text kommer."
    "goal.health": A,           # heading + underlag to Region Norrvik, yearly follow-up
    "goal.violence": A,         # heading + regional network, handlingsplaner
    "area.planning": A,         # heading + vägledning used in yttranden
    "area.child_rights": A,     # heading + stöd till kommunerna
    "area.parenting_support": M,  # heading + TODO
    "area.human_rights": X,
    "req.conditions": M,        # duty recited; only girls/boys discussed, never women/men
    "req.statistics": A,        # uppföljningen bygger på könsuppdelad statistik
    "req.collaboration": A,     # stödja kommunerna, regionalt nätverk
    "req.internal": X,
    "req.followup": A,
    "area.regional_growth": X,
    "area.rural": X,
    "area.integration": X,
    "area.preparedness": X,
    "area.andts": X,
}

BLOCKS = [
    Title("Länsstrategi för jämställdhetsintegrering 2025–2028"),
    Subtitle("Kortversion – Länsstyrelsen i Norrvik"),
    P("Strategin är indelad efter de jämställdhetspolitiska delmålen och de sakområden som "
      "regeringsuppdraget pekar ut. Under varje rubrik anges vad länsstyrelsen ska göra under "
      "perioden. Enligt instruktionen ska länsstyrelsen belysa, analysera och beakta kvinnors "
      "och mäns samt flickors och pojkars villkor."),

    H1("Delmålen"),
    H2("Delmål 1: En jämn fördelning av makt och inflytande"),
    P("Länsstyrelsen ska under 2025 ta fram en lägesbild för länet och presentera den för "
      "partiernas länsorganisationer. Vi följer upp läget igen efter valet 2026."),
    H2("Delmål 2: Ekonomisk jämställdhet"),
    P("Skillnaderna i länet är fortfarande stora och har minskat långsamt sedan 2015. "
      "Länsstyrelsen ska bjuda in länets tio största arbetsgivare till ett samtal om vad de kan "
      "göra och följa upp deras åtaganden efter ett år."),
    H2("Delmål 3: Jämställd utbildning"),
    P("Länsstyrelsen ska tillsammans med skolhuvudmännen genomföra en kartläggning under 2026 "
      "och sprida resultatet till länets rektorer."),
    H2("Delmål 4: En jämn fördelning av det obetalda hem- och omsorgsarbetet"),
    P(I("Text kommer.")),
    H2("Delmål 5: Jämställd hälsa"),
    P("Länsstyrelsen ska ta fram underlag som Region Norrvik och kommunerna kan använda för att "
      "rikta sina insatser, och följa utvecklingen varje år."),
    H2("Delmål 6: Mäns våld mot kvinnor ska upphöra"),
    P("Länsstyrelsen leder det regionala nätverket för området och ska under perioden erbjuda "
      "alla kommuner stöd i att ta fram och följa upp en egen handlingsplan."),

    H1("Sakområden"),
    H2("Samhällsplanering"),
    P("Länsstyrelsen ska ta fram en vägledning för hur jämställdhetsperspektivet kan beaktas i "
      "kommunernas planer och själv använda den i sina yttranden från och med 2026."),
    H2("Barnets rättigheter"),
    P("Länsstyrelsen ska stödja kommunerna i att omsätta lagen i praktiken och särskilt "
      "uppmärksamma skillnader mellan flickors och pojkars situation."),
    H2("Föräldraskapsstöd"),
    P(I("TODO – inväntar underlag från familjecentralerna.")),

    H1("Uppföljning"),
    P("Strategin följs upp årligen. Uppföljningen bygger på könsuppdelad statistik och på en "
      "redovisning av genomförda aktiviteter."),
]

DOC = Doc(BLOCKS,
          title="Länsstrategi – kortversion",
          creator="Sara Lind", revision=4)

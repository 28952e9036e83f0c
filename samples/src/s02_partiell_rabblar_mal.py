"""Sample 2: the background recites all six sub-goals and the four areas of
the assignment, but the strategy only works on three goals."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, Bullets, Table, FN
from targets import A, M, X

NAME = "partiell_rabblar_mal"
NOTE = ("Bakgrunden räknar upp alla sex delmål och uppdragets fyra områden, men strategin "
        "arbetar bara med ekonomi, hälsa och våld; övriga delmål och områden är bara nämnda.")

EXPECTED = {
    "goal.power": M,            # only in the recitation of the six sub-goals
    "goal.economy": A,          # section 3
    "goal.education": M,        # only recited
    "goal.unpaid_care": M,      # only recited
    "goal.health": A,           # section 4
    "goal.violence": A,         # section 5
    "area.planning": M,         # only in the assignment's list of areas
    "area.child_rights": M,     # only in that list
    "area.parenting_support": M,  # only in that list
    "area.human_rights": M,     # only in that list
    "req.conditions": A,        # health section analyses girls/boys, economy women/men
    "req.statistics": A,        # könsuppdelad statistik used (table) and required
    "req.collaboration": A,     # kvinnofridsnätverk, samverkan med kommunerna
    "req.internal": A,          # section 6: verksamhetsplan, beslutsunderlag
    "req.followup": A,          # section 6: årlig uppföljning, indikatorer
    "area.regional_growth": X,
    "area.rural": X,
    "area.integration": A,      # section 3: utrikes födda kvinnors etablering
    "area.preparedness": X,
    "area.andts": X,
}

BLOCKS = [
    Title("Strategi för jämställdhetsintegrering 2025–2027"),
    Subtitle("Länsstyrelsen i Norrvik · Utkast 2, februari 2025"),

    H1("1 Bakgrund"),
    P("Regeringen gav i december 2024 samtliga länsstyrelser i uppdrag att ta fram nya "
      "länsstrategier för arbetet med jämställdhetsintegrering. Syftet är att "
      "jämställdhetspolitiken ska få ännu större genomslag på regional nivå."),
    P("Jämställdhetspolitikens övergripande mål är att kvinnor och män ska ha samma makt att "
      "forma samhället och sitt eget liv. Till det övergripande målet hör sex delmål:"),
    Bullets([
        "En jämn fördelning av makt och inflytande",
        "Ekonomisk jämställdhet",
        "Jämställd utbildning",
        "En jämn fördelning av det obetalda hem- och omsorgsarbetet",
        "Jämställd hälsa",
        "Mäns våld mot kvinnor ska upphöra",
    ]),
    P("Enligt uppdraget ska områden där länsstyrelsen har uppgifter med bäring på målen i "
      "möjligaste mån ingå i strategin. Det kan till exempel handla om samhällsplanering, "
      "barnets rättigheter, föräldraskapsstöd och mänskliga rättigheter. Länsstyrelsen ska "
      "enligt sin instruktion också integrera ett jämställdhetsperspektiv i verksamheten genom "
      "att belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor."),

    H1("2 Strategins inriktning"),
    P("Länsstyrelsen har valt att koncentrera arbetet under strategiperioden. Valet bygger på "
      "var skillnaderna mellan könen är störst i länet och var länsstyrelsen har mandat och "
      "verktyg att påverka. De tre prioriterade delmålen är ekonomisk jämställdhet, jämställd "
      "hälsa och att mäns våld mot kvinnor ska upphöra."),

    H1("3 Ekonomisk jämställdhet"),
    P("Kvinnors förvärvsinkomster i Norrviks län motsvarar 81 procent av mäns. Var fjärde "
      "sysselsatt kvinna arbetar deltid, jämfört med knappt var tionde man, och skillnaden "
      "följer med hela livet i form av lägre pension.", FN("SCB, Inkomster och skatter samt "
                                                           "Arbetskraftsundersökningarna, 2023.")),
    Table(
        ["Norrviks län 2023", "Kvinnor", "Män"],
        [
            ["Förvärvsinkomst, median (kr/mån)", "27 900", "34 400"],
            ["Andel deltidsarbetande (%)", "25", "9"],
            ["Sysselsättningsgrad, utrikes födda 20–64 år (%)", "55", "72"],
        ],
        widths=[5272, 1900, 1900],
        caption="Tabell 1. Inkomst, deltid och sysselsättning efter kön",
    ),
    P("Skillnaden i sysselsättning är störst bland utrikes födda. Länsstyrelsen ska därför "
      "prioritera utrikes födda kvinnors etablering i sitt integrationsarbete och under 2025 "
      "fördela utvecklingsmedel till kommunala projekt som kombinerar språkstudier med "
      "arbetsplatsförlagd praktik. Länsstyrelsen ska också bjuda in länets största "
      "arbetsgivare till samtal om heltid som norm i kvinnodominerade yrken."),

    H1("4 Jämställd hälsa"),
    P("I länets skolenkät 2024 uppgav 38 procent av flickorna i gymnasiet att de ofta har "
      "sömnsvårigheter eller känner sig stressade, jämfört med 17 procent av pojkarna. Pojkarna "
      "skattar sin hälsa som bättre men söker sällan hjälp, och bland unga män är suicid en av de "
      "vanligaste dödsorsakerna. Bland vuxna har kvinnor betydligt fler sjukskrivningsdagar än "
      "män, framför allt på grund av stressrelaterad psykisk ohälsa."),
    P("Länsstyrelsen ska i sitt folkhälsoarbete tillsammans med Region Norrvik ta fram en "
      "könsuppdelad lägesbild av den psykiska hälsan bland unga och vuxna i länet och använda den "
      "för att rikta det suicidförebyggande arbetet både till unga kvinnor och unga män."),

    H1("5 Mäns våld mot kvinnor ska upphöra"),
    P("Under 2023 polisanmäldes 640 fall av misshandel av kvinnor i Norrviks län, varav "
      "majoriteten i en nära relation. Länsstyrelsen samordnar länets kvinnofridsnätverk, där "
      "kommunernas socialtjänst, polisen, Region Norrvik och kvinnojourerna ingår. Under "
      "strategiperioden ska länsstyrelsen:"),
    Bullets([
        "stödja kommunerna i att ta fram och följa upp handlingsplaner mot våld i nära relationer,",
        "genomföra en länsgemensam kartläggning av hedersrelaterat våld och förtryck,",
        "arrangera en årlig regional konferens om våldsförebyggande arbete riktat till män och unga.",
    ]),

    H1("6 Genomförande och uppföljning"),
    P("Varje avdelning ansvarar för att strategins prioriteringar omsätts i avdelningens "
      "verksamhetsplan. I länsstyrelsens beslutsunderlag ska individbaserad statistik "
      "redovisas uppdelad på kön. Strategin följs upp årligen med hjälp av indikatorerna i "
      "tabell 1 och kvinnofridsnätverkets verksamhetsberättelse, och resultatet redovisas till "
      "länsledningen i december varje år."),
]

DOC = Doc(BLOCKS,
          title="Strategi för jämställdhetsintegrering 2025–2027",
          creator="Maria Holm", keywords="", revision=5)

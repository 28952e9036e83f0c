"""Sample 8: an internal action plan full of false friends.

verksamhetsplanering/planeringsdagar (not samhällsplanering), personalens
utbildning (not jämställd utbildning), ekonomiavdelningen/budget (not
ekonomisk jämställdhet), vårdnadshavare (not vård/hälsa), barnomsorg under
konferensen (not barnets rättigheter)."""

from docxlib import Doc, Title, Subtitle, H1, P, Bullets, Table
from targets import A, M, X

NAME = "falska_vanner"
NOTE = ("Intern handlingsplan full av falska vänner: verksamhetsplanering, personalens "
        "utbildning, ekonomiavdelningen/budget, vårdnadshavare, barnomsorg under konferensen; "
        "inga delmål eller sakområden behandlas.")

EXPECTED = {
    "goal.power": X,
    "goal.economy": X,          # only ekonomiavdelningen, budget, kostnader
    "goal.education": X,        # only personalens utbildning, webbutbildning, utbildningsplan
    "goal.unpaid_care": X,
    "goal.health": X,           # only vårdnadshavare
    "goal.violence": X,
    "area.planning": X,         # only verksamhetsplanering, planeringsdagar
    "area.child_rights": X,     # only barnomsorg under konferensen
    "area.parenting_support": X,
    "area.human_rights": X,
    "req.conditions": M,        # duty recited only
    "req.statistics": A,        # individbaserad statistik ska redovisas uppdelad på kön
    "req.collaboration": A,     # konferens för kommunernas och regionens strateger, samordna
    "req.internal": A,          # the whole plan
    "req.followup": A,          # tertialuppföljning, årsredovisning, mått
    "area.regional_growth": X,
    "area.rural": X,
    "area.integration": X,
    "area.preparedness": X,
    "area.andts": X,
}

BLOCKS = [
    Title("Intern handlingsplan för jämställdhetsintegrering 2025"),
    Subtitle("Länsstyrelsen i Norrvik – gäller den egna organisationen"),

    H1("1 Syfte"),
    P("Handlingsplanen beskriver hur länsstyrelsen ska integrera ett jämställdhetsperspektiv i "
      "den egna organisationen under 2025. Den kompletterar länsstrategin för "
      "jämställdhetsintegrering, som beskriver arbetet i länet och beslutas separat."),
    P("Enligt instruktionen ska länsstyrelsen belysa, analysera och beakta kvinnors och mäns samt "
      "flickors och pojkars villkor i sin verksamhet. Planen är ett av verktygen för att leva upp "
      "till det."),

    H1("2 Verksamhetsplanering"),
    P("Jämställdhetsintegreringen ska vara en del av den ordinarie verksamhetsplaneringen. I "
      "planeringsunderlaget för 2026 ska varje enhet beskriva vilka av enhetens processer som har "
      "störst betydelse för enskilda och hur jämställdhetsperspektivet ska beaktas i dem. "
      "Planeringsdagarna i september inleds med ett pass om jämställdhetsanalys av "
      "verksamheten."),

    H1("3 Personalens utbildning"),
    P("Utbildningen av personalen i jämställdhetsintegrering fortsätter enligt HR-enhetens "
      "utbildningsplan:"),
    Bullets([
        "alla nyanställda genomgår länsstyrelsernas gemensamma webbutbildning inom sex månader,",
        "samtliga chefer deltar i en halvdagsutbildning i april,",
        "handläggare i tillståndsärenden erbjuds en fördjupningskurs i jämställd "
        "myndighetsutövning under hösten.",
    ]),

    H1("4 Statistik och beslutsunderlag"),
    P("All individbaserad statistik i verksamhetsberättelsen, i rapporter och i beslutsunderlag "
      "ska redovisas uppdelad på kön. Under 2025 analyseras handläggningstider och beslut i "
      "tillståndsärenden efter sökandens kön för att se om kvinnor och män behandlas lika."),

    H1("5 Budget och resurser"),
    P("Ekonomiavdelningen ansvarar för att budgetunderlaget för 2026 innehåller en särskild post "
      "för jämställdhetsintegrering. Kostnaderna för aktiviteterna i planen, uppskattningsvis "
      "180 000 kronor, ryms inom enheternas ordinarie budget. Ekonomichefen rapporterar utfallet "
      "till ledningsgruppen i samband med tertialbokslutet."),

    H1("6 Länsgemensam konferens"),
    P("Den 14 oktober arrangerar länsstyrelsen konferensen Jämställt Norrvik för kommunernas och "
      "regionens jämställdhetsstrateger. Syftet är att samordna och utveckla det gemensamma "
      "arbetet med jämställdhetsintegrering i länet och att ge kommunerna möjlighet att utbyta "
      "erfarenheter."),
    P("Konferensen hålls i Älvby stadshus. Barnomsorg erbjuds under konferensen för deltagare "
      "med barn mellan ett och tio år och anmäls senast två veckor i förväg. Ungdomar under 18 år "
      "som medverkar i konferensens ungdomspanel behöver skriftligt medgivande från "
      "vårdnadshavare."),

    H1("7 Ansvar och uppföljning"),
    Table(
        ["Aktivitet", "Ansvarig", "Mått vid uppföljning"],
        [
            ["Jämställdhetsanalys i verksamhetsplaneringen", "Avdelningscheferna",
             "Andel enheter med analys i planeringsunderlaget"],
            ["Personalens utbildning", "HR-enheten", "Antal medarbetare som genomgått utbildningen"],
            ["Könsuppdelad statistik i beslutsunderlag", "Enhetscheferna",
             "Andel granskade beslutsunderlag med statistik efter kön"],
            ["Konferensen Jämställt Norrvik", "Jämställdhetsstrategen", "Antal deltagande kommuner"],
        ],
        widths=[3472, 2200, 3400],
    ),
    P("Länsrådet har det övergripande ansvaret för planen. Planen följs upp i samband med "
      "tertialuppföljningen i augusti och redovisas i årsredovisningen."),
]

DOC = Doc(BLOCKS,
          title="Intern handlingsplan jämställdhetsintegrering 2025",
          creator="Helena Vik", revision=11, header_right="")

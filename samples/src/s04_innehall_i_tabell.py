"""Sample 4: the running text is generic; all substance sits in one table."""

from docxlib import Doc, Title, Subtitle, H1, P, I, Table
from targets import A, X

NAME = "innehall_i_tabell"
NOTE = ("Allt sakinnehåll finns i en insatstabell (flera stycken per cell i några celler); "
        "den löpande texten är allmän och nämner inga mål eller områden.")

EXPECTED = {
    "goal.power": A,            # row: könsfördelning i råd och styrelser
    "goal.economy": A,          # row: landsbygdsstöd till kvinnor och män, företagande
    "goal.education": X,
    "goal.unpaid_care": X,
    "goal.health": A,           # row: Jämställd hälsa / ANDT
    "goal.violence": A,         # row: våld i nära relationer, hedersrelaterat våld
    "area.planning": A,         # row: granskning av översiktsplaner och detaljplaner
    "area.child_rights": A,     # row: lägesbild över flickors och pojkars livsvillkor
    "area.parenting_support": X,
    "area.human_rights": A,     # row: rättighetsbaserat arbetssätt, diskrimineringsgrunder
    "req.conditions": A,        # rows analyse women/men (stöd) and girls/boys (lägesbild)
    "req.statistics": A,        # rows: könsuppdelade resultat, könsuppdelad statistik
    "req.collaboration": A,     # rows: samordna, stödja kommunerna, nätverksträffar
    "req.internal": A,          # row: verksamhetsplanering och budgetprocess
    "req.followup": A,          # row: årlig uppföljning i årsredovisningen
    "area.regional_growth": X,
    "area.rural": A,            # row: stöd inom landsbygdsprogrammet
    "area.integration": X,
    "area.preparedness": X,
    "area.andts": A,            # row: ANDT-förebyggande arbete
}

BLOCKS = [
    Title("Länsstrategi för jämställdhetsintegrering 2025–2028"),
    Subtitle("Sammanfattning av insatser – remissversion"),
    P("Den här sammanfattningen redovisar de insatser som Länsstyrelsen i Norrvik planerar "
      "under strategiperioden. Bakgrund och analys redovisas i ett separat underlag "
      "(dnr 801-1187-2024). Synpunkter lämnas till registrator senast den 30 april 2025."),
    H1("Insatser 2025–2028"),
    Table(
        ["Insatsområde", "Insats", "Ansvarig", "Klart"],
        [
            ["Makt och inflytande",
             "Kartlägga könsfördelningen i de råd, styrelser och delegationer där länsstyrelsen "
             "utser ledamöter och föreslå åtgärder för en jämnare representation.",
             "Kansliavdelningen", "2025"],
            ["Ekonomisk jämställdhet",
             [P("Analysera kvinnors och mäns villkor som företagare, bland annat hur stöden inom "
                "landsbygdsprogrammet fördelas mellan företag som drivs av kvinnor respektive "
                "män."),
              P("Ta fram åtgärder så att fler kvinnor söker stöd för att starta och utveckla "
                "företag på landsbygden.")],
             "Landsbygdsavdelningen", "2026"],
            ["Jämställd hälsa",
             "Stödja kommunernas ANDT-förebyggande arbete med ett tydligt könsperspektiv, bland "
             "annat genom att redovisa könsuppdelade resultat från länets drogvaneundersökning "
             "bland unga.",
             "Enheten för social hållbarhet", "2025–2026"],
            ["Mäns våld mot kvinnor",
             [P("Samordna länets arbete mot våld i nära relationer och hedersrelaterat våld och "
                "förtryck."),
              P("Stödja kommunerna genom regionala nätverksträffar för socialtjänstens "
                "våldssamordnare två gånger per år.")],
             "Enheten för social hållbarhet", "Löpande"],
            ["Barnets rättigheter",
             "Ta fram en lägesbild med könsuppdelad statistik över flickors och pojkars "
             "livsvillkor i länet som underlag för kommunernas arbete med barnkonventionen.",
             "Enheten för social hållbarhet", "2026"],
            ["Samhällsplanering",
             "Ta fram en checklista för jämställdhet och trygghet som används i länsstyrelsens "
             "granskning av översiktsplaner och detaljplaner.",
             "Samhällsbyggnadsavdelningen", "2026"],
            ["Mänskliga rättigheter",
             "Erbjuda kommunerna stöd i att införa ett rättighetsbaserat arbetssätt där kön "
             "analyseras tillsammans med övriga diskrimineringsgrunder.",
             "MR-samordnaren", "2027"],
            ["Intern styrning",
             "Införa krav på jämställdhetsanalys i länsstyrelsens verksamhetsplanering och "
             "budgetprocess.",
             "Ledningsgruppen", "2025"],
            ["Uppföljning",
             "Följa upp insatserna årligen och redovisa resultatet i länsstyrelsens "
             "årsredovisning; utvärdera strategin 2028.",
             "Strategisk samordnare", "Årligen"],
        ],
        widths=[1900, 4372, 1900, 900],
        font_size=20,
    ),
    P(I("Tabellen kompletteras efter remissen med resurser per insats.")),
]

DOC = Doc(BLOCKS,
          title="Länsstrategi – sammanfattning av insatser",
          creator="Lars Öberg", revision=3, header_right="REMISS")

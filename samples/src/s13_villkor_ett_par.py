"""Sample 13: the strategy sets objectives for women and men only -- no girls
and boys anywhere -- so req.conditions is only mentioned (the duty is
recited). The statistics duty is also only recited; no sex-disaggregated
figures are used and none are committed to."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, Bullets
from targets import A, M, X

NAME = "villkor_ett_par"
NOTE = ("Villkor bara för kvinnor och män (aldrig flickor och pojkar) -> req.conditions "
        "nämnd; kravet på könsuppdelad statistik återges bara som en skyldighet, inga siffror.")

EXPECTED = {
    "goal.power": A,
    "goal.economy": A,
    "goal.education": A,        # vuxenutbildning, yrkeshögskola (adults)
    "goal.unpaid_care": A,
    "goal.health": A,
    "goal.violence": A,
    "area.planning": A,         # kollektivtrafik, trygghet, översiktsplaner
    "area.child_rights": M,     # only in the assignment's list of areas
    "area.parenting_support": M,  # only in the assignment's list of areas
    "area.human_rights": M,     # only in the assignment's list of areas
    "req.conditions": M,        # duty recited; objectives cover only women and men
    "req.statistics": M,        # statistics duty recited; no statistics used or committed to
    "req.collaboration": A,
    "req.internal": A,
    "req.followup": A,
    "area.regional_growth": A,  # regionala tillväxtarbetet, företagsstöd
    "area.rural": X,
    "area.integration": X,
    "area.preparedness": X,
    "area.andts": X,
}

BLOCKS = [
    Title("Länsstrategi för jämställdhetsintegrering 2025–2028"),
    Subtitle("Länsstyrelsen i Norrvik – remissutkast"),

    H1("1 Uppdrag och utgångspunkter"),
    P("Länsstyrelsen ska enligt förordningen med länsstyrelseinstruktion verka för att de "
      "jämställdhetspolitiska målen får genomslag i länet och integrera ett "
      "jämställdhetsperspektiv i sin verksamhet genom att belysa, analysera och beakta kvinnors "
      "och mäns samt flickors och pojkars villkor."),
    P("Enligt förordningen om den officiella statistiken ska individbaserad statistik vara "
      "uppdelad efter kön om det inte finns särskilda skäl mot det."),
    P("Regeringens uppdrag anger att strategin i möjligaste mån ska omfatta områden som "
      "samhällsplanering, barnets rättigheter, föräldraskapsstöd och mänskliga rättigheter."),

    H1("2 Mål för strategiperioden"),
    P("Länsstyrelsen har formulerat följande mål för kvinnor och män i Norrviks län."),
    H2("2.1 Inflytande"),
    P("Kvinnor och män ska vara jämnt representerade i de råd, styrelser och delegationer där "
      "länsstyrelsen utser eller nominerar ledamöter. Länsstyrelsen ska därför vid varje "
      "nominering föreslå både kvinnor och män."),
    H2("2.2 Arbete och försörjning"),
    P("Kvinnor och män ska ha samma möjligheter till heltidsarbete och en lön som går att leva "
      "på. Länsstyrelsen ska i det regionala tillväxtarbetet verka för att företagsstöd och "
      "insatser för kompetensförsörjning når kvinnor och män på lika villkor."),
    H2("2.3 Vuxnas lärande"),
    P("Kvinnor och män väljer fortfarande mycket traditionellt inom vuxenutbildningen och "
      "yrkeshögskolan. Länsstyrelsen ska tillsammans med kommunernas vuxenutbildning och "
      "yrkeshögskolorna i länet verka för att fler kvinnor söker tekniska utbildningar och fler "
      "män utbildningar inom vård och omsorg."),
    H2("2.4 Omsorg och hemarbete"),
    P("Kvinnor tar fortfarande ett större ansvar än män för hem, barn och anhöriga. "
      "Länsstyrelsen ska uppmuntra länets arbetsgivare att underlätta för män att ta ut "
      "föräldraledighet och att ta hänsyn till anställdas anhörigansvar."),
    H2("2.5 Hälsa"),
    P("Kvinnor och män ska ha samma förutsättningar för en god hälsa. Länsstyrelsen ska i "
      "dialog med Region Norrvik uppmärksamma kvinnors stressrelaterade sjukskrivningar och "
      "mäns lägre benägenhet att söka vård för psykisk ohälsa."),
    H2("2.6 Våld"),
    P("Mäns våld mot kvinnor ska upphöra. Länsstyrelsen ska samordna länets arbete mot våld i "
      "nära relationer och stödja kommunernas arbete med våldsutövande män."),
    H2("2.7 Trygga resor och miljöer"),
    P("Kvinnor reser oftare med kollektivtrafik och känner sig oftare otrygga i det offentliga "
      "rummet än män. Länsstyrelsen ska i sina yttranden över översiktsplaner bevaka att "
      "planeringen tar hänsyn till detta."),

    H1("3 Genomförande"),
    Bullets([
        "Avdelningarna ska omsätta målen i sina verksamhetsplaner, och alla chefer ska genomgå "
        "en utbildning i jämställdhetsintegrering under 2025.",
        "Länsstyrelsen ska stödja och samordna kommunernas jämställdhetsarbete genom ett "
        "länsnätverk och samverka med Region Norrvik.",
        "Strategin följs upp årligen i en uppföljningsrapport till länsledningen och utvärderas "
        "inför nästa strategiperiod.",
    ]),
]

DOC = Doc(BLOCKS,
          title="Länsstrategi för jämställdhetsintegrering – remissutkast",
          creator="Anna Berg", revision=6)

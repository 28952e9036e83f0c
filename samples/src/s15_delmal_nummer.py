"""Sample 15: goals referred to only by number. "delmål 1–6" in the
background is a recitation of all six goals; "delmål 2, 4 och 6" names three;
the priority sections then work on delmål 2, 4 and 6 with substance."""

from docxlib import Doc, Title, Subtitle, H1, P, Bullets
from targets import A, M, X

NAME = "delmal_nummer"
NOTE = ("Delmålen nämns bara med nummer: 'delmål 1–6' (uppräkning = nämnd) och 'delmål 2, 4 "
        "och 6' som prioriteras och får innehåll; 1, 3 och 5 förblir nämnda.")

EXPECTED = {
    "goal.power": M,            # only via "delmål 1–6"
    "goal.economy": A,          # "Prioritering 1 – delmål 2" section
    "goal.education": M,        # only via "delmål 1–6"
    "goal.unpaid_care": A,      # "Prioritering 2 – delmål 4": kunskapsdag, statistik
    "goal.health": M,           # only via "delmål 1–6"
    "goal.violence": A,         # "Prioritering 3 – delmål 6"
    "area.planning": A,         # trygghetsanalyser i detaljplaner
    "area.child_rights": X,
    "area.parenting_support": X,
    "area.human_rights": X,
    "req.conditions": M,        # duty recited; content covers only women and men
    "req.statistics": A,        # Försäkringskassans statistik uppdelad på kön used in follow-up
    "req.collaboration": A,
    "req.internal": A,
    "req.followup": A,
    "area.regional_growth": X,
    "area.rural": X,
    "area.integration": X,
    "area.preparedness": X,
    "area.andts": X,
}

BLOCKS = [
    Title("Jämställdhetsintegrering i Norrviks län"),
    Subtitle("Länsstyrelsens strategi 2025–2028 · utkast 0.3"),

    H1("Bakgrund"),
    P("Strategin utgår från jämställdhetspolitikens övergripande mål och de sex delmålen "
      "(delmål 1–6) i regeringens skrivelse Makt, mål och myndighet (skr. 2016/17:10). "
      "Länsstyrelsen ska enligt sin instruktion belysa, analysera och beakta kvinnors och mäns "
      "samt flickors och pojkars villkor."),
    P("Länsstyrelsen har analyserat var länet har störst behov och var myndigheten har bäst "
      "förutsättningar att påverka. Under strategiperioden prioriteras delmål 2, 4 och 6."),

    H1("Prioritering 1 – delmål 2"),
    P("Kvinnor i länet arbetar deltid i betydligt högre grad än män, och inkomstskillnaden "
      "mellan könen har legat still sedan 2019. Länsstyrelsen ska tillsammans med "
      "Arbetsförmedlingen och kommunerna genomföra insatser för att fler kvinnor i kvinnodominerade "
      "yrken ska gå från deltid till heltid."),

    H1("Prioritering 2 – delmål 4"),
    P("Länsstyrelsen ska under 2026 genomföra en regional kunskapsdag om delmål 4 för länets "
      "arbetsgivare och fackliga organisationer. Utvecklingen följs med hjälp av "
      "Försäkringskassans statistik över föräldrapenning och tillfällig föräldrapenning "
      "uppdelad på kön."),

    H1("Prioritering 3 – delmål 6"),
    P("Länsstyrelsen samordnar länets arbete inom delmål 6 och ska under perioden:"),
    Bullets([
        "stödja kommunerna i att ta fram handlingsplaner mot våld i nära relationer,",
        "beakta delmål 6 i samhällsplaneringen, bland annat genom att efterfråga "
        "trygghetsanalyser i kommunernas detaljplaner,",
        "utveckla samverkan mellan socialtjänst, polis och kvinnojourer i länets tre "
        "domsagor.",
    ]),

    H1("Genomförande och uppföljning"),
    P("Prioriteringarna ska föras in i avdelningarnas verksamhetsplaner från och med 2026. "
      "Länsstyrelsen följer upp strategin varje år och redovisar resultatet i "
      "årsredovisningen."),
]

DOC = Doc(BLOCKS,
          title="Jämställdhetsintegrering i Norrviks län – utkast",
          creator="Johan Nyström", revision=3)

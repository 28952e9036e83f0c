"""Sample 10: an activity plan that is almost entirely one table with columns
Aktivitet, Delmål, Ansvarig, Tidplan, Indikator. Goals are referred to by number
(1 makt, 2 ekonomi, 3 utbildning, 4 obetalt arbete, 5 hälsa, 6 våld); for
delmål 3 the number is the only clue."""

from docxlib import Doc, Title, Subtitle, H1, P, I, Table
from targets import A, X

NAME = "aktivitetsplan"
NOTE = ("Aktivitetsplan som nästan bara är en tabell (Aktivitet, Delmål, Ansvarig, Tidplan, "
        "Indikator); delmål anges med nummer, och för delmål 3 är numret enda ledtråden.")

EXPECTED = {
    "goal.power": A,            # row 1 (Delmål 1)
    "goal.economy": A,          # rows 2, 9 (Delmål 2)
    "goal.education": A,        # row 4: "goda exempel inom delmål 3" -- number only
    "goal.unpaid_care": A,      # rows 3, 5 (Delmål 4: föräldraledighet, anhörigomsorg)
    "goal.health": A,           # row 6 (Delmål 5)
    "goal.violence": A,         # row 7 (Delmål 6)
    "area.planning": A,         # row 8: samrådsyttranden om översiktsplaner
    "area.child_rights": X,
    "area.parenting_support": X,
    "area.human_rights": X,
    "req.conditions": A,        # row 11: lägesbild for kvinnor och män, flickor och pojkar
    "req.statistics": A,        # rows 6, 11: könsuppdelade uppgifter / statistik
    "req.collaboration": A,     # rows 2, 7: dialog, regional samordning av kommunerna
    "req.internal": A,          # row 12: kompetensutveckling för chefer, verksamhetsplaner
    "req.followup": A,          # row 13: årlig uppföljning
    "area.regional_growth": X,
    "area.rural": X,
    "area.integration": A,      # row 9: utrikes födda kvinnors etablering
    "area.preparedness": A,     # row 10: risk- och sårbarhetsanalys
    "area.andts": X,
}

ROWS = [
    ["Kartlägga könsfördelningen bland ordförande i länets kommunala nämnder och styrelser och "
     "presentera resultatet för partiernas länsorganisationer",
     "1", "Enheten för social hållbarhet", "Kv 2 2025", "Rapport publicerad"],
    ["Dialogmöten med länets fem största arbetsgivare om heltid som norm i vård och omsorg",
     "2", "Landshövdingens stab", "2025–2026", "Antal genomförda möten"],
    ["Informationsinsats tillsammans med Försäkringskassan riktad till arbetsgivare om ett "
     "jämnare uttag av föräldraledighet",
     "4", "Enheten för social hållbarhet", "Hösten 2025", "Pappornas andel av "
     "föräldrapenningdagarna i länet"],
    ["Samla och sprida goda exempel inom delmål 3 från länets kommuner i "
     "jämställdhetsnätverket",
     "3", "Jämställdhetsstrategen", "2026", "Antal kommuner som bidragit med exempel"],
    ["Lyfta anhörigomsorgens fördelning mellan kvinnor och män i dialog med kommunernas "
     "anhörigkonsulenter",
     "4", "Enheten för social hållbarhet", "2026", "Genomförd dialog"],
    ["Sammanställa könsuppdelade uppgifter om sjukskrivningar och psykisk ohälsa i länet "
     "tillsammans med Region Norrvik",
     "5", "Analysfunktionen", "Kv 4 2025", "Lägesbild klar"],
    ["Regional samordning av kommunernas arbete mot våld i nära relationer och hedersrelaterat "
     "våld och förtryck",
     "6", "Regional samordnare", "Löpande", "Antal kommuner med aktuell handlingsplan"],
    ["Jämställdhets- och trygghetsanalys i länsstyrelsens samrådsyttranden om översiktsplaner",
     "1, 6", "Samhällsbyggnadsavdelningen", "Från 2026",
     "Andel yttranden med analys"],
    ["Utvecklingsmedel till kommunala projekt för utrikes födda kvinnors etablering på "
     "arbetsmarknaden",
     "2", "Integrationsenheten", "2025–2026", "Antal deltagare, andel i arbete efter ett år"],
    ["Redovisa hur kvinnor och män påverkas olika i länets regionala risk- och "
     "sårbarhetsanalys",
     "1, 5", "Beredskapsenheten", "2026", "Analysen innehåller ett avsnitt om kön"],
    ["Ta fram en lägesbild med könsuppdelad statistik över inkomster, hälsa och skolresultat "
     "för kvinnor och män, flickor och pojkar i länet",
     "Samtliga", "Analysfunktionen", "Kv 2 2025", "Lägesbild publicerad"],
    ["Kompetensutveckling i jämställdhetsintegrering för länsstyrelsens chefer; krav på "
     "jämställdhetsmål i avdelningarnas verksamhetsplaner",
     "–", "HR-enheten, länsrådet", "2025", "Andel chefer som deltagit"],
    ["Årlig uppföljning av aktivitetsplanen med redovisning till ledningsgruppen",
     "–", "Jämställdhetsstrategen", "December varje år", "Uppföljningsrapport"],
]

BLOCKS = [
    Title("Aktivitetsplan 2025–2026"),
    Subtitle("Till Länsstrategi för jämställdhetsintegrering i Norrviks län 2025–2028"),
    P("Aktivitetsplanen konkretiserar länsstrategin. Kolumnen Delmål anger vilket av de "
      "jämställdhetspolitiska delmålen aktiviteten i första hand bidrar till, med numrering "
      "enligt skr. 2016/17:10."),
    H1("Aktiviteter"),
    Table(["Aktivitet", "Delmål", "Ansvarig", "Tidplan", "Indikator"], ROWS,
          widths=[3472, 900, 1700, 1300, 1700], font_size=18),
    P(I("Planen revideras inför 2027.")),
]

DOC = Doc(BLOCKS,
          title="Aktivitetsplan 2025–2026 jämställdhetsintegrering",
          creator="Jonas Ek", revision=8, header_right="")

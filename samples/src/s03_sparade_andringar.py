"""Sample 3: tracked changes and reviewer comments.

* The only section on violence (heading + paragraph) is a tracked deletion
  (w:del / w:delText) -> goal.violence missing.
* A phrase about landsbygden is deleted inside a sentence -> area.rural missing.
* An inserted section (w:ins) is the only text on föräldraskapsstöd -> addressed.
* An inserted sentence is the only text on ANDT -> addressed.
* A reviewer comment asks about jämställd utbildning, which the text never
  covers -> goal.education stays missing. Another comment discusses the
  violence deletion.
* The document properties (keywords, description) name violence and
  education; they never count.
* A sentence on samverkan is moved (w:moveFrom / w:moveTo); it counts once.
"""

from docxlib import (Doc, Title, Subtitle, H1, H2, P, B, Ins, Del, DelP, InsP,
                     Comment, MoveFrom, MoveTo)
from targets import A, X

NAME = "sparade_andringar"
NOTE = ("Spårade ändringar: våldsavsnittet är struket (w:del) och landsbygd struken mitt i en "
        "mening, föräldraskapsstöd och ANDT finns bara i infogad text (w:ins), utbildning bara "
        "i en kommentar och i dokumentegenskaperna.")

EXPECTED = {
    "goal.power": A,
    "goal.economy": A,
    "goal.education": X,        # only in a reviewer comment and in docProps
    "goal.unpaid_care": A,
    "goal.health": A,
    "goal.violence": X,         # heading + paragraph are tracked deletions; comment; docProps
    "area.planning": A,
    "area.child_rights": A,
    "area.parenting_support": A,  # only in a tracked insertion (counts)
    "area.human_rights": X,
    "req.conditions": A,        # lägesbild: kvinnor/män and flickor/pojkar
    "req.statistics": A,        # könsuppdelad statistik used; ANDT insert commits to it too
    "req.collaboration": A,     # moved sentence (counts once) + länsnätverk
    "req.internal": A,
    "req.followup": A,
    "area.regional_growth": X,
    "area.rural": X,            # "som på landsbygden" is a tracked deletion
    "area.integration": X,
    "area.preparedness": X,
    "area.andts": A,            # only in a tracked insertion (counts)
}

BLOCKS = [
    Title("Länsstrategi för jämställdhetsintegrering 2025–2028"),
    Subtitle("Arbetsversion med ändringar efter intern remiss"),

    H1("1 Inledning"),
    P("Strategin anger inriktningen för Länsstyrelsen i Norrviks arbete med "
      "jämställdhetsintegrering under perioden ", Del("2024–2027"), Ins("2025–2028"),
      ". Den har tagits fram av enheten för social hållbarhet i dialog med länsstyrelsens "
      "avdelningar och länets kommuner. ",
      MoveFrom("Länsstyrelsen ska stödja och samordna kommunernas jämställdhetsarbete "
               "genom ett länsnätverk för jämställdhetsstrateger.", "_R9F3C21A")),

    H1("2 Lägesbild"),
    P("Den könsuppdelade statistiken visar att kvinnor och män i Norrviks län har olika villkor. "
      "Kvinnor har i genomsnitt 19 procent lägre inkomst än män och arbetar betydligt oftare "
      "deltid. Skillnaderna finns i hela länet",
      Del(", i såväl tätorterna som på landsbygden"), "."),
    P("Också flickor och pojkar har olika villkor. Pojkar tar i större utsträckning del av de "
      "kommunala fritidsgårdarna och av bidragen till idrottsföreningar, medan flickor oftare "
      "uppger att de saknar meningsfulla fritidsaktiviteter. Flickor rapporterar också mer "
      "stress och oro än pojkar i länets ungdomsenkät."),

    H1("3 Prioriterade områden"),
    H2("3.1 Makt och inflytande"),
    P(Comment(["Länsstyrelsen ska verka för en jämn könsfördelning i de råd och styrelser där "
               "myndigheten utser ledamöter"],
              "Saknas inte jämställd utbildning helt? Studievalen i länet är fortfarande mycket "
              "könsbundna – ska vi lägga till ett eget avsnitt om skolan och studie- och "
              "yrkesvägledningen?"),
      ", och under 2025 kartlägga hur kvinnor och män är representerade i kommunernas "
      "styrelser och nämnder."),
    H2("3.2 Ekonomisk jämställdhet"),
    P("Länsstyrelsen ska i dialog med länets arbetsgivare verka för heltid som norm i "
      "kvinnodominerade yrken och sprida kunskap om hur deltid påverkar kvinnors livsinkomst "
      "och pension."),
    H2("3.3 Obetalt hem- och omsorgsarbete"),
    P("Kvinnor i länet tar ut närmare 70 procent av föräldrapenningdagarna och står för "
      "huvuddelen av omsorgen om äldre anhöriga. Länsstyrelsen ska ",
      B("lyfta frågan om ett jämnare uttag av föräldraledighet", fmt_change=True),
      " i samverkan med Försäkringskassan och länets arbetsgivare."),
    H2("3.4 Jämställd hälsa"),
    P("Sjukfrånvaron bland kvinnor i vård och omsorg är hög, samtidigt som män i länet i lägre "
      "grad söker vård för psykisk ohälsa. Länsstyrelsen ska tillsammans med Region Norrvik "
      "följa utvecklingen och bidra med könsuppdelade analyser till det regionala "
      "folkhälsoarbetet. ",
      Ins("Det gäller även det ANDT-förebyggande arbetet, där länsstyrelsen ska se till att "
          "länets drogvaneundersökning redovisas och analyseras efter kön.")),
    DelP("3.5 Mäns våld mot kvinnor ska upphöra", style="Rubrik2"),
    DelP("Länsstyrelsen ska fortsätta att samordna länets arbete mot mäns våld mot kvinnor, "
         "våld i nära relationer och hedersrelaterat våld och förtryck, bland annat genom det "
         "regionala kvinnofridsnätverket och stöd till kommunernas handlingsplaner."),
    P(Comment(["4 Samhällsplanering"],
              ["Jag har strukit våldsavsnittet eftersom det ska hanteras i den regionala "
               "strategin mot mäns våld mot kvinnor. OK?", "/Karin"],
              author="Karin Lindqvist", initials="KL", date="2025-03-12T10:33:00Z"),
      style="Rubrik1"),
    P("Länsstyrelsen ska i samrådsyttranden över översiktsplaner och detaljplaner bevaka att "
      "planeringen tar hänsyn till trygghet i offentliga miljöer och till att kvinnor och män "
      "reser på olika sätt, till exempel genom att kvinnor oftare är beroende av "
      "kollektivtrafik."),
    H1("5 Barnets rättigheter"),
    P("Barnkonventionen är svensk lag. Länsstyrelsen ska i sitt stöd till kommunerna visa hur "
      "barnrättsperspektivet och jämställdhetsperspektivet kan kombineras, så att barnets bästa "
      "bedöms utifrån både flickors och pojkars situation."),
    InsP("6 Föräldraskapsstöd", style="Rubrik1"),
    InsP("Länsstyrelsen ska tillsammans med familjecentralerna i länet utveckla "
         "föräldraskapsstödet så att det i högre grad når pappor och främjar ett jämställt "
         "föräldraskap. En första träff för kommunernas samordnare hålls hösten 2025."),

    P(Del("6"), Ins("7"), " Intern styrning och samverkan", style="Rubrik1"),
    P("Jämställdhetsintegreringen ska vara en del av länsstyrelsens ordinarie "
      "verksamhetsplanering. Varje avdelning ska i sin verksamhetsplan ange minst ett "
      "jämställdhetsmål, och chefer och handläggare erbjuds kompetensutveckling i "
      "jämställdhetsanalys."),
    P(MoveTo("Länsstyrelsen ska stödja och samordna kommunernas jämställdhetsarbete "
             "genom ett länsnätverk för jämställdhetsstrateger.", "_R9F3C21A"),
      " Nätverket träffas fyra gånger per år och samverkar med Region Norrvik."),

    P(Del("7"), Ins("8"), " Uppföljning", style="Rubrik1"),
    P("Strategin följs upp årligen och resultatet redovisas i länsstyrelsens årsredovisning. "
      "Inför nästa strategiperiod görs en utvärdering av vad insatserna har lett till."),
]

DOC = Doc(BLOCKS,
          title="Länsstrategi jämställdhetsintegrering – arbetsversion",
          subject="Mäns våld mot kvinnor och jämställd utbildning",
          creator="Karin Lindqvist", last_modified_by="Per Sandberg",
          keywords="jämställdhet; mäns våld mot kvinnor; studieval; jämställd utbildning",
          description="Arbetsversion. Innehåller avsnitt om mäns våld mot kvinnor och om "
                      "jämställd utbildning och studieval.",
          revision=23, header_right="ARBETSVERSION", track_revisions=True)

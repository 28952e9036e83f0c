"""Sample 11: a municipal action plan (Sjömarks kommun), not a county strategy.
It is about the goals in services to residents; it says nothing about how an
organisation integrates gender equality in its own governance, so
req.internal is missing."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, B, Bullets, Table, FN
from targets import A, X

NAME = "kommunal_plan"
NOTE = ("Kommunal handlingsplan (Sjömarks kommun) i stället för länsstrategi: sex delmål i "
        "kommunens service, ingen intern styrning (req.internal saknas).")

EXPECTED = {
    "goal.power": A,            # 3.1 nämnder, medborgardialoger
    "goal.economy": A,          # 3.2 heltid, sysselsättning
    "goal.education": A,        # 3.3 förskola, studie- och yrkesvägledning
    "goal.unpaid_care": A,      # 3.4 anhörigstöd, föräldraledighet
    "goal.health": A,           # 3.5 psykisk ohälsa, elevhälsa
    "goal.violence": A,         # 3.6 våld i nära relationer
    "area.planning": A,         # 4 översiktsplan, trygghetsvandringar
    "area.child_rights": A,     # 5 barnkonventionen, fritidsverksamhet
    "area.parenting_support": A,  # 5 familjecentralen, föräldragrupper
    "area.human_rights": X,
    "req.conditions": A,        # lägesbild: kvinnor/män and flickor/pojkar
    "req.statistics": A,        # table Kvinnor/Män, könsuppdelad statistik
    "req.collaboration": A,     # 6: länsstyrelsens nätverk, region, kvinnojouren
    "req.internal": X,          # no internal governance/staff content at all
    "req.followup": A,          # 7: årlig uppföljning, indikatorer
    "area.regional_growth": X,
    "area.rural": X,
    "area.integration": A,      # 3.2 sfi + praktik för nyanlända kvinnor
    "area.preparedness": X,
    "area.andts": X,
}

BLOCKS = [
    Title("Handlingsplan för jämställdhet 2025–2027"),
    Subtitle("Sjömarks kommun – förslag till kommunfullmäktige"),

    H1("1 Inledning"),
    P("Sjömarks kommun har undertecknat den europeiska deklarationen för jämställdhet på lokal "
      "och regional nivå (CEMR-deklarationen). Den här handlingsplanen anger vad kommunen ska "
      "göra under 2025–2027 för att kvinnor och män, flickor och pojkar i Sjömark ska ha samma "
      "möjligheter. Planen utgår från de nationella jämställdhetspolitiska målen och från "
      "länsstrategin för jämställdhetsintegrering i Norrviks län."),

    H1("2 Lägesbild"),
    P("Lägesbilden bygger på könsuppdelad statistik från SCB och kommunens egna "
      "undersökningar.", FN("SCB, Kolada och Sjömarks kommuns LUPP-undersökning 2024.")),
    Table(
        ["Sjömarks kommun", "Kvinnor/flickor", "Män/pojkar"],
        [
            ["Sammanräknad förvärvsinkomst, median (tkr)", "301", "377"],
            ["Andel som arbetar deltid (%)", "29", "8"],
            ["Ohälsotal (dagar)", "31,2", "19,8"],
            ["Andel ledamöter i kommunfullmäktige (%)", "39", "61"],
            ["Behörighet till gymnasiets yrkesprogram, åk 9 (%)", "88", "79"],
        ],
        widths=[5072, 2000, 2000],
    ),
    P("Kvinnor i Sjömark har lägre inkomster än män och arbetar oftare deltid, framför allt inom "
      "äldreomsorgen. Flickorna lyckas bättre i skolan än pojkarna men mår sämre: i "
      "LUPP-undersökningen uppger 41 procent av flickorna i gymnasiet att de ofta känner sig "
      "stressade, mot 18 procent av pojkarna."),

    H1("3 Mål och insatser"),
    H2("3.1 Makt och inflytande"),
    P("Mål: jämn könsfördelning bland ordförandena i kommunens nämnder efter valet 2026. "
      "Valberedningen får könsfördelningen redovisad inför varje nominering, och kommunens "
      "medborgardialoger ska nå kvinnor och män i lika hög grad."),
    H2("3.2 Ekonomisk jämställdhet"),
    P("Heltid ska vara norm i äldreomsorgen senast 2027. Arbetsmarknadsenheten ska erbjuda sfi "
      "kombinerat med praktik för nyanlända kvinnor, som i dag har betydligt lägre "
      "sysselsättning än nyanlända män."),
    H2("3.3 Utbildning"),
    P("Förskolorna ska arbeta med en normmedveten pedagogik, och studie- och yrkesvägledningen "
      "i grundskolan ska uppmuntra elever att välja utbildning utan att begränsas av kön. "
      "Skolorna ska analysera skillnaderna i meritvärde mellan flickor och pojkar och ta fram "
      "åtgärder för pojkar som riskerar att inte bli behöriga."),
    H2("3.4 Obetalt hem- och omsorgsarbete"),
    P("Kommunens anhörigstöd ska nå både kvinnor och män som vårdar en närstående, och "
      "avlösning i hemmet ska göra det möjligt för anhöriga att fortsätta förvärvsarbeta. "
      "Föräldrar som besöker familjecentralen informeras om fördelarna med att dela lika på "
      "föräldraledigheten."),
    H2("3.5 Hälsa"),
    P("Elevhälsan ska tillsammans med ungdomsmottagningen utveckla stödet till flickor med "
      "psykisk ohälsa och hitta nya sätt att nå pojkar som inte söker hjälp."),
    H2("3.6 Våld"),
    P("Socialtjänsten ska fråga om våld i alla utredningar som rör vuxna och barn, och kommunen "
      "ska ha en aktuell handlingsplan mot våld i nära relationer och hedersrelaterat våld och "
      "förtryck. Våldsutsatta kvinnor ska erbjudas skyddat boende inom en vecka."),

    H1("4 Trygga offentliga miljöer"),
    P("I arbetet med den nya översiktsplanen ska kommunen genomföra trygghetsvandringar med "
      "kvinnor och män i olika åldrar och prioritera belysning och gång- och cykelvägar till "
      "busshållplatser."),

    H1("5 Barn och föräldrar"),
    P("Enligt barnkonventionen har alla barn rätt till fritid och lek. Fritidsgårdarna och "
      "föreningsbidragen ska därför fördelas så att flickor och pojkar får samma möjligheter "
      "till en aktiv fritid."),
    P("Familjecentralen erbjuder föräldragrupper för alla föräldrar med barn under två år. "
      "Från 2025 startar också särskilda pappagrupper på kvällstid."),

    H1("6 Samverkan"),
    P("Kommunen deltar i Länsstyrelsen i Norrviks regionala nätverk för jämställdhetsstrateger "
      "och samverkar med Region Norrvik, polisen och Kvinnojouren Tara i Sjömark i arbetet mot "
      "våld."),

    H1("7 Uppföljning"),
    P("Planen följs upp årligen med indikatorerna i lägesbilden. Resultatet redovisas för "
      "kommunfullmäktige i samband med årsredovisningen, och planen revideras 2027."),
]

DOC = Doc(BLOCKS,
          title="Handlingsplan för jämställdhet 2025–2027",
          creator="Linnea Sjöberg", company="Sjömarks kommun", revision=12,
          header="Sjömarks kommun", header_right="FÖRSLAG")

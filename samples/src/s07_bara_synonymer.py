"""Sample 7: every goal and area is addressed, but only with synonyms and
related vocabulary; no goal or area is ever named by its official title."""

from docxlib import Doc, Title, Subtitle, H1, P, Bullets, Split
from targets import A, X

NAME = "bara_synonymer"
NOTE = ("Alla delmål och områden behandlas men bara med synonymer (lönegap, deltid, VAB, "
        "sjukskrivning, partnervåld, kvinnofrid, översiktsplan, barnkonventionen, "
        "föräldragrupper, CEDAW); inga officiella målnamn. Några nyckelord delade i två körningar.")

EXPECTED = {
    "goal.power": A,            # "Vem bestämmer?": representation, kommunstyrelser
    "goal.economy": A,          # lönegap, deltid, pension
    "goal.education": A,        # meritvärden, gymnasieval, studie- och yrkesvägledning
    "goal.unpaid_care": A,      # föräldrapenning, VAB, omsorg om äldre förälder
    "goal.health": A,           # sjukskrivning, suicid, psykisk ohälsa
    "goal.violence": A,         # partnervåld, kvinnofrid, hedersförtryck, sexköp
    "area.planning": A,         # översiktsplaner, detaljplaner, trygghetsvandringar
    "area.child_rights": A,     # barnkonventionen, barnkonsekvensanalyser
    "area.parenting_support": A,  # föräldrautbildningar, föräldragrupper, pappagrupper
    "area.human_rights": A,     # CEDAW, diskriminering
    "req.conditions": A,        # analysis of women/men and girls/boys
    "req.statistics": A,        # "statistik uppdelad på kön" used; nyckeltal efter kön
    "req.collaboration": A,     # "Så arbetar vi": samordnar nätverk med kommuner, region
    "req.internal": A,          # enheternas årliga planering, grundkurs för medarbetare
    "req.followup": A,          # nyckeltal varje år, utvärderas 2028
    "area.regional_growth": X,
    "area.rural": A,            # glesbygden: service, pendling
    "area.integration": A,      # nyanlända kvinnor, sfi med praktik
    "area.preparedness": X,
    "area.andts": X,
}

BLOCKS = [
    Title("Ett jämställt Norrvik"),
    Subtitle("Länsstyrelsens strategi 2025–2028"),

    H1("Varför en strategi?"),
    P("Länsstyrelsen i Norrvik vill att länet ska vara en plats där alla, oavsett kön, har samma "
      "möjligheter att påverka samhället och sin egen vardag. Strategin svarar mot regeringens "
      "uppdrag till länsstyrelserna och bygger på statistik uppdelad på kön från SCB, "
      "Försäkringskassan och länets egna enkäter."),

    H1("Vem bestämmer?"),
    P("Bara två av länets sju kommunstyrelser leds av en kvinna, och i de kommunala bolagens "
      "styrelser är sju av tio ledamöter män. Länsstyrelsen ska följa representationen i "
      "beslutande församlingar och ta upp frågan med partiernas länsorganisationer inför valet "
      "2026."),

    H1("Arbete och försörjning"),
    P(Split("Löne", "gapet"), " mellan kvinnor och män i länet är 17 procent. Fyra av tio "
      "kvinnor i vård och omsorg arbetar deltid, vilket ger lägre inkomst under hela "
      "yrkeslivet och en lägre pension. Länsstyrelsen ska driva på för att heltid blir norm hos "
      "länets offentliga arbetsgivare."),
    P("Bland nyanlända kvinnor har bara var tredje ett arbete fyra år efter ankomsten, jämfört med "
      "drygt hälften av de nyanlända männen. Länsstyrelsen ska rikta utvecklingsmedel till "
      "kommunala insatser som kombinerar sfi med praktik och arbetsmarknadsutbildning."),
    P("I glesbygden är avstånden till arbete och service långa. Länsstyrelsen ska i arbetet med "
      "lokal service i inlandskommunerna analysera hur nedläggningar av butiker och "
      "vårdcentraler påverkar kvinnors och mäns möjligheter att bo kvar och arbeta."),

    H1("Skolan och framtidsvalen"),
    P("Flickorna i länet har högre meritvärden i årskurs 9 än pojkarna, men pojkarna väljer i "
      "högre grad gymnasieprogram som leder direkt till välbetalda jobb i industrin. Var femte "
      "pojke lämnar grundskolan utan behörighet till ett nationellt program. Länsstyrelsen ska "
      "tillsammans med kommunernas studie- och yrkesvägledare ta fram material som utmanar "
      "könsbundna val."),

    H1("Tid för familj och omsorg"),
    P("Papporna i länet tar ut en tredjedel av föräldrapenningen och mammorna står för sex av tio "
      "VAB-dagar. Många kvinnor går dessutom ner i arbetstid för att ta hand om en äldre förälder. "
      "Länsstyrelsen ska tillsammans med Försäkringskassan informera arbetsgivare om hur de kan "
      "underlätta för pappor att vara hemma med sina barn."),

    H1("Må bra"),
    P("Kvinnor i länet är sjukskrivna dubbelt så ofta som män, oftast på grund av stress och "
      "utmattning. Unga män dör tre gånger så ofta som unga kvinnor i suicid. Länsstyrelsen ska "
      "lyfta båda frågorna i det regionala rådet för psykisk hälsa."),

    H1("Ett liv fritt från våld"),
    P(Split("Partner", "våld"), " drabbar främst kvinnor. Länsstyrelsen leder länets ",
      Split("kvinno", "fridsråd"), " och ska under perioden:"),
    Bullets([
        "stödja socialtjänsten i att fråga om våld i alla relevanta ärenden,",
        "sprida kunskap om hedersförtryck och tvångsäktenskap till skolor och ungdomsmottagningar,",
        "genomföra en regional kampanj mot sexköp tillsammans med polisen.",
    ]),

    H1("Trygga miljöer"),
    P("I yttranden över översiktsplaner och detaljplaner ska länsstyrelsen efterfråga hur "
      "kommunen har tagit hänsyn till trygghet, belysning och tillgång till kollektivtrafik. "
      "Trygghetsvandringar med kvinnor och män i olika åldrar är ett bra underlag."),

    H1("Barn och unga"),
    P("Barnkonventionen gäller som lag sedan 2020. Länsstyrelsen ska hjälpa kommunerna att "
      "göra barnkonsekvensanalyser som visar hur ett beslut påverkar flickor och pojkar på "
      "olika sätt."),

    H1("Stöd i föräldrarollen"),
    P("Kommunernas föräldrautbildningar och föräldragrupper når i dag nästan bara mammor. "
      "Länsstyrelsen ska tillsammans med familjecentralerna pröva pappagrupper och "
      "kvällsträffar som passar föräldrar med skiftarbete."),

    H1("Lika rätt"),
    P("Kvinnors och mäns lika rätt är en del av FN:s kvinnokonvention, CEDAW. Länsstyrelsen ska "
      "stödja kommunerna i att upptäcka och motverka diskriminering, till exempel i "
      "myndighetsutövning och bemötande."),

    H1("Så arbetar vi"),
    P("Länsstyrelsen samordnar ett nätverk där länets kommuner, Region Norrvik och ideella "
      "organisationer träffas fyra gånger per år för att utbyta erfarenheter och planera "
      "gemensamma insatser. Inom myndigheten ska varje enhet i sin årliga planering ange hur "
      "enhetens ärenden berör kvinnor och män, och alla medarbetare erbjuds en grundkurs i "
      "jämställdhetsanalys."),

    H1("Hur vet vi att det fungerar?"),
    P("Varje år tar länsstyrelsen fram nyckeltal efter kön, bland annat lönegapet, pappornas "
      "andel av föräldrapenningen och antalet polisanmälda fall av partnervåld, och redovisar "
      "hur de har utvecklats. Strategin utvärderas i sin helhet 2028."),
]

DOC = Doc(BLOCKS, title="Ett jämställt Norrvik", creator="Emil Forsberg", revision=6)

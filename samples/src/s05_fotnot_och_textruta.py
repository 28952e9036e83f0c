"""Sample 5: one goal only in a footnote, another only in a text box."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, B, FN, TextBox, Bullets
from targets import A, M, X

NAME = "fotnot_och_textruta"
NOTE = ("Obetalt hem- och omsorgsarbete finns bara i en fotnot och mäns våld mot kvinnor bara "
        "i en textruta (wps:txbx + v:textbox med samma text); uppdragets områden räknas upp.")

EXPECTED = {
    "goal.power": A,
    "goal.economy": A,
    "goal.education": X,
    "goal.unpaid_care": A,      # only in footnote 2 (analysis + planned activity)
    "goal.health": A,
    "goal.violence": A,         # only in the text box (Choice + identical Fallback)
    "area.planning": A,         # section 4
    "area.child_rights": M,     # only in the assignment's list of areas
    "area.parenting_support": M,  # only in the assignment's list of areas
    "area.human_rights": M,     # only in the assignment's list of areas
    "req.conditions": M,        # duty recited; analysis covers only women and men
    "req.statistics": A,        # könsuppdelad statistik used in the analysis
    "req.collaboration": A,     # stödjer kommunerna, samordnar nätverk (also in text box)
    "req.internal": X,
    "req.followup": A,          # section 5
    "area.regional_growth": X,
    "area.rural": X,
    "area.integration": X,
    "area.preparedness": A,     # section 4: risk- och sårbarhetsanalyser, krisberedskap
    "area.andts": X,
}

FAKTARUTA = TextBox([
    P(B("Faktaruta: Kvinnofrid i Norrviks län")),
    P("Under 2023 anmäldes 512 fall av misshandel mot kvinnor i nära relation i länet. Mörkertalet "
      "bedöms vara stort."),
    P("Länsstyrelsen samordnar sedan 2018 länets kvinnofridsnätverk och stödjer kommunerna i "
      "arbetet mot mäns våld mot kvinnor, bland annat med metodstöd för att upptäcka våld och "
      "med regionala nätverksträffar för socialtjänsten."),
], name="Textruta 2", width_cm=7.2, height_cm=6.4)

BLOCKS = [
    Title("Länsstrategi för jämställdhetsintegrering 2025–2028"),
    Subtitle("Länsstyrelsen i Norrvik"),
    H1("1 Uppdraget"),
    P("Regeringen har gett länsstyrelserna i uppdrag att ta fram strategier för arbetet med "
      "jämställdhetsintegrering. Områden där länsstyrelsen har uppgifter som har bäring på de "
      "jämställdhetspolitiska målen ska i möjligaste mån ingå, till exempel samhällsplanering, "
      "barnets rättigheter, föräldraskapsstöd och mänskliga rättigheter.", FN(
          "Regeringsbeslut 2024-12-12, dnr A2024/01873. Uppdraget ska redovisas till "
          "Jämställdhetsmyndigheten.")),
    P("Enligt länsstyrelseinstruktionen ska länsstyrelsen belysa, analysera och beakta kvinnors "
      "och mäns samt flickors och pojkars villkor i sin verksamhet."),

    H1("2 Kvinnors och mäns villkor i länet"),
    P(FAKTARUTA,
      "Den könsuppdelade statistiken för Norrviks län visar att kvinnor och män fortfarande har "
      "olika förutsättningar. Kvinnor arbetar deltid i betydligt högre grad än män", FN(
          "En viktig förklaring är att kvinnor tar ut merparten av föräldraledigheten och den "
          "tillfälliga föräldrapenningen för vård av barn. Kvinnor i länet står för 66 procent av "
          "föräldrapenningdagarna och 61 procent av VAB-dagarna. Länsstyrelsen avser att under "
          "2026 genomföra en informationsinsats tillsammans med Försäkringskassan och länets "
          "arbetsgivare för ett jämnare uttag av föräldraledighet."),
      ", och deras medianinkomst är 17 procent lägre än männens."),
    P("Kvinnor är också underrepresenterade på ledande positioner. I länets sju kommuner är fem "
      "av sju kommunstyrelseordförande män, och bara var fjärde ledamot i de kommunala bolagens "
      "styrelser är kvinna."),
    P("Sjukfrånvaron är dubbelt så hög bland kvinnor som bland män, medan män oftare dör i förtid "
      "i hjärt-kärlsjukdom och olyckor."),

    H1("3 Länsstyrelsens inriktning"),
    H2("Makt, ekonomi och hälsa"),
    Bullets([
        "Länsstyrelsen ska verka för en jämn könsfördelning i de styrelser och råd där "
        "myndigheten nominerar eller utser ledamöter.",
        "Länsstyrelsen ska i dialog med arbetsgivare i länet verka för heltid som norm och "
        "för att minska löneskillnaderna mellan kvinnor och män.",
        "Länsstyrelsen ska tillsammans med Region Norrvik följa sjukfrånvaron och ohälsotalen "
        "efter kön och lyfta resultaten i det regionala folkhälsorådet.",
    ]),

    H1("4 Samhällsplanering och krisberedskap"),
    P("I granskningen av kommunernas översiktsplaner ska länsstyrelsen bevaka att planeringen "
      "främjar trygga och tillgängliga offentliga miljöer för både kvinnor och män. I "
      "krisberedskapsarbetet ska länets risk- och sårbarhetsanalyser beskriva hur kvinnor och "
      "män påverkas av och deltar i hanteringen av kriser, och könsfördelningen i den regionala "
      "krisledningen ska redovisas."),

    H1("5 Uppföljning"),
    P("Strategin följs upp årligen av enheten för social hållbarhet. Uppföljningen redovisas för "
      "länsledningen och publiceras på länsstyrelsens webbplats."),
]

DOC = Doc(BLOCKS,
          title="Länsstrategi för jämställdhetsintegrering 2025–2028",
          creator="Sara Lind", revision=9)

"""Sample 12: every target addressed, written with inflected forms and
compounds (kvinnornas, våldsutsatta, föräldraskapsstödet, översiktsplaneringen,
hem- och omsorgsarbetet, barnrättsperspektivet, ...), a soft hyphen
(w:softHyphen) and a non-breaking hyphen (w:noBreakHyphen) inside words."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, Bullets, Numbered
from targets import A

NAME = "inflektion_och_sammansattningar"
NOTE = ("Alla 20 mål behandlas, men med böjda former och sammansättningar (kvinnornas, "
        "våldsutsatta, föräldraskapsstödet, översiktsplaneringen, hem- och omsorgsarbetet, "
        "barnrättsperspektivet); mjukt och hårt bindestreck inne i ord.")

EXPECTED = {k: A for k in [
    "goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
    "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
    "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
    "req.internal", "req.followup", "area.regional_growth", "area.rural",
    "area.integration", "area.preparedness", "area.andts"]}

SHY = "\u00ad"   # rendered as <w:softHyphen/>
NBH = "\u2011"   # rendered as <w:noBreakHyphen/>

BLOCKS = [
    Title("Länsstrategi för jämställdhets" + SHY + "integrering 2025–2028"),
    Subtitle("Länsstyrelsen i Norrvik"),

    H1("Utgångspunkter"),
    P("Strategin bygger på länsstyrelsens analys av kvinnornas och männens, flickornas och "
      "pojkarnas livsvillkor i Norrviks län. Analysen visar att männen fortfarande dominerar "
      "i de beslutande församlingarna, att kvinnornas inkomster släpar efter, att pojkarnas "
      "skolresultat är svagare än flickornas och att flickornas psykiska mående har försämrats. "
      "Underlagen består av könsuppdelade uppgifter ur SCB:s och Försäkringskassans databaser "
      "och av länets egna enkätundersökningar."),

    H1("Länsstyrelsens inriktning"),
    H2("Beslutsfattandet"),
    P("Kvinnorna är underrepresenterade bland kommunstyrelsernas ordförande och i de "
      "regionala bolagsstyrelserna. Länsstyrelsen ska redovisa könsfördelningarna i de organ "
      "där myndigheten utser ledamöter och uppmärksamma de förtroendevaldas utsatthet för hot "
      "och hat, som ser olika ut för kvinnor och män."),
    H2("Försörjningen"),
    P("Löneskillnaderna mellan könen och deltidsarbetets utbredning i de kvinnodominerade "
      "yrkena påverkar kvinnornas livsinkomster och pensioner. I det regionala "
      "tillväxtarbetets stödformer ska länsstyrelsen granska hur kvinnors och mäns "
      "företagande gynnas, och i landsbygdsutvecklingens projektstöd ska fördelningen mellan "
      "kvinnor och män redovisas. De utrikesfödda kvinnornas etablering på arbetsmarknaden "
      "prioriteras i integrationsarbetets utvecklingsmedel."),
    H2("Skolgången och studievalen"),
    P("Gymnasieskolornas könsuppdelade programval och pojkarnas lägre meritvärden är "
      "återkommande frågor i länets dialog med skolhuvudmännen. Länsstyrelsen ska stödja "
      "studie- och yrkesvägledningens arbete med att bryta de traditionella valen."),
    H2("Hem" + NBH + " och omsorgsarbetet"),
    P("Det obetalda hem" + NBH + " och omsorgsarbetet är ojämnt fördelat: mammorna tar ut "
      "två tredjedelar av föräldraledigheten och de vuxna döttrarna bär huvuddelen av "
      "anhörigomsorgen. Länsstyrelsen ska uppmärksamma arbetsgivarnas roll för pappornas "
      "föräldraledighetsuttag."),
    H2("Hälsan"),
    P("Sjukskrivningstalen är högst bland kvinnorna i kontaktyrkena, medan männens "
      "överdödlighet i suicid och olyckor består. I det ANDTS-förebyggande arbetet ska "
      "länsstyrelsen analysera drogvaneundersökningarnas resultat efter kön, eftersom "
      "alkoholvanorna och spelproblemen skiljer sig åt mellan könen."),
    H2("Våldet"),
    P("Länsstyrelsen samordnar arbetet för att de våldsutsatta kvinnorna ska få stöd och för att "
      "de våldsutövande männen ska nås av förebyggande insatser. Hedersförtrycket, "
      "tvångsäktenskapen och sexköpen ska uppmärksammas i kommunernas handlingsplaner, och "
      "länsstyrelsens regionala kvinnofridssamordning förstärks under perioden."),

    H1("Sakområden"),
    Bullets([
        "Översiktsplaneringen och detaljplanearbetet: länsstyrelsens samrådsyttranden ska "
        "belysa tryggheten i de offentliga miljöerna och kollektivtrafikens betydelse för "
        "kvinnornas och männens vardag.",
        "Barnrättsperspektivet: barnkonsekvensanalyserna i länsstyrelsens ärenden ska redovisa "
        "flickornas och pojkarnas olika situation.",
        "Föräldraskapsstödet: de regionala föräldrastödsinsatserna ska utformas så att de "
        "når papporna lika väl som mammorna.",
        "De mänskliga rättigheterna: kommunernas MR-arbete ska integrera "
        "diskrimineringsgrundernas samspel med kön.",
        "Krisberedskapsarbetet och den civila beredskapen: risk- och sårbarhetsanalyserna ska "
        "beskriva hur kriser drabbar kvinnor och män olika.",
    ]),

    H1("Genomförandet"),
    P("Jämställdhetsintegreringens genomslag kräver att följande görs:"),
    Numbered([
        "Avdelningarnas verksamhetsplaneringar innehåller jämställdhetsmål, och "
        "kompetensutvecklingsinsatserna för cheferna fortsätter.",
        "Länsstyrelsen samordnar kommunernas jämställdhetsstrateger i ett länsnätverk och "
        "utvecklar samverkansformerna med regionen och civilsamhällets organisationer.",
        "Uppföljningarna görs årligen med de könsuppdelade indikatorerna, och strategins "
        "utvärdering genomförs 2027.",
    ]),
]

DOC = Doc(BLOCKS,
          title="Länsstrategi för jämställdhetsintegrering 2025–2028",
          creator="Erik Dahl", revision=10)

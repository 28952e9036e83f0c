"""Sample 17: a working document from a second fictional county (Länsstyrelsen
i Sundmark) made of text pasted from the board's web pages and from the PDF
of the previous strategy. List bullets survived the paste only as characters
at the start of ordinary paragraphs (•, ◦, ▪, –, o, *). The six sub-goals and
their definitions, the board's duties and old regional goals that only
restate the national sub-goals are recited; intersectional text names the
grounds of discrimination; a method definition speaks of decision-making.
Real content: pasted statistics, pasted violence activities with owners and
a pasted parenting-support section with a regional network."""

from docxlib import Doc, Title, Subtitle, H1, P, I, Table
from targets import A, M, X

NAME = "inklistrad_webbsida"
NOTE = ("Arbetsdokument med text inklistrad från webben och en PDF (Länsstyrelsen i Sundmark): "
        "punkttecken som vanliga stycken, upprabblade delmål och regionala mål, uppdragslista, "
        "diskrimineringsgrunder; verkligt innehåll bara i statistik, våldsinsatser och "
        "föräldraskapsstöd.")

EXPECTED = {
    "goal.power": M,            # web framing ("samma makt"), method definition (beslut), ▪ recitation
    "goal.economy": A,          # pasted statistics: medianinkomst, deltid, pension + comment
    "goal.education": M,        # ▪/◦ recitation and regional goal 1 that only restates the sub-goal
    "goal.unpaid_care": M,      # recitation and regional goal 2 with nothing under it
    "goal.health": M,           # recitation, regional goal 3, ungdomsmottagningar as actor, purpose
    "goal.violence": A,         # statistics + "o" activities with owner and year
    "area.planning": M,         # only in a TODO line
    "area.child_rights": M,     # only in a TODO line
    "area.parenting_support": A,  # • länsnätverk, material for parents of teenagers, utbildningsdag
    "area.human_rights": M,     # intersectional paragraph: diskrimineringsgrunder only
    "req.conditions": A,        # women/men (income, deltid, pension) and girls/boys (trakasserier)
    "req.statistics": A,        # pasted sex-disaggregated figures are used
    "req.collaboration": A,     # länsnätverk för föräldraskapsstöd; yearly dialog with jourerna
    "req.internal": M,          # only the pasted duty "integrera ... i länsstyrelsens egen verksamhet"
    "req.followup": M,          # duty "följa upp" recited; "Uppföljningsrapport" as a table cell
    "area.regional_growth": X,
    "area.rural": X,
    "area.integration": X,
    "area.preparedness": X,
    "area.andts": X,
}

BLOCKS = [
    Title("Underlag till ny länsstrategi – inklistrat material"),
    Subtitle("Länsstyrelsen i Sundmark · arbetsdokument, ej bearbetat"),
    P(I("Läsanvisning: Här har vi samlat texter från vår webbplats, från förra strategin (PDF) "
        "och från samordnarnas sidor, så att arbetsgruppen har allt på ett ställe. "
        "Punktlistorna följde inte med när texten klistrades in utan ligger kvar som vanliga "
        "stycken. Allt ska skrivas om innan strategin går på remiss.")),

    H1("1 Från webbplatsen: Jämställdhet"),
    P("Länsstyrelsen stöttar aktörer i länet i deras arbete för jämställdhet. Målet är att hela "
      "Sundmarks län ska bli jämställt."),
    P("Jämställdhet betyder att kvinnor och män, flickor och pojkar har samma makt och samma "
      "möjligheter att forma samhället och sina egna liv. Jämställdhet uppstår där besluten "
      "fattas, där resurserna fördelas och där normerna formas. Därför behöver perspektivet "
      "finnas med i det vardagliga arbetet i alla organisationer."),
    P("Länsstyrelserna har bland annat till uppgift att:"),
    P("• samordna, stödja och följa upp arbetet i länet med att nå de jämställdhetspolitiska "
      "målen"),
    P("• verka för att målen får genomslag i länet"),
    P("• integrera ett jämställdhetsperspektiv i länsstyrelsens egen verksamhet"),
    P("• ge stöd till de statliga myndigheterna i länet i deras arbete med "
      "jämställdhetsintegrering"),
    P("Vi arbetar med ett intersektionellt perspektiv. Det betyder att vi försöker synliggöra "
      "hur kön samspelar med andra diskrimineringsgrunder, som etnisk tillhörighet, "
      "funktionsnedsättning, sexuell läggning och ålder, och hur de kan förstärka varandra."),
    P("Med jämställdhetsintegrering menas att frågan om jämställdhet vävs in i varje beslut som "
      "fattas, i alla led och av dem som ändå fattar besluten – inte av särskilda experter vid "
      "sidan av den ordinarie verksamheten."),
    P("Så här arbetar vi:"),
    P("– tar fram kunskapsunderlag om kvinnors och mäns villkor i länet"),
    P("– ordnar träffar och utbildningar för dem som arbetar med jämställdhet"),
    P("– svarar på frågor från kommuner, föreningar och företag"),

    H1("2 De jämställdhetspolitiska målen (från webben)"),
    P("Det övergripande målet är att kvinnor och män ska ha samma makt att forma samhället och "
      "sina egna liv. Under det finns sex delmål:"),
    P("▪ En jämn fördelning av makt och inflytande"),
    P("◦ Kvinnor och män ska ha samma rätt och möjlighet att vara aktiva medborgare och att "
      "påverka villkoren för de beslut som fattas."),
    P("▪ Ekonomisk jämställdhet"),
    P("◦ Kvinnor och män ska ha samma möjligheter och villkor när det gäller betalt arbete som "
      "ger egen försörjning genom hela livet."),
    P("▪ Jämställd utbildning"),
    P("◦ Kvinnor och män, flickor och pojkar ska ha samma möjligheter och villkor i fråga om "
      "utbildning, studieval och personlig utveckling."),
    P("▪ Jämn fördelning av det obetalda hem- och omsorgsarbetet"),
    P("◦ Kvinnor och män ska ta samma ansvar för hemmet och kunna ge och ta emot omsorg på "
      "lika villkor."),
    P("▪ Jämställd hälsa"),
    P("◦ Kvinnor och män, flickor och pojkar ska ha samma förutsättningar för en god hälsa och "
      "erbjudas vård och omsorg på lika villkor."),
    P("▪ Mäns våld mot kvinnor ska upphöra"),
    P("◦ Kvinnor och män, flickor och pojkar ska ha samma rätt och möjlighet till kroppslig "
      "integritet."),

    H1("3 Regionala mål (ur strategin 2021–2024, PDF)"),
    P("De regionala målen i förra strategin löd:"),
    P("* Regionalt mål 1 – I Sundmarks län har kvinnor och män samma möjligheter och villkor "
      "när det gäller utbildning och personlig utveckling."),
    P("* Regionalt mål 2 – I Sundmarks län tar kvinnor och män lika stort ansvar för hem och "
      "omsorg."),
    P("* Regionalt mål 3 – I Sundmarks län har kvinnor och män samma förutsättningar för en god "
      "hälsa."),
    P("* Regionalt mål 4 – I Sundmarks län har mäns våld mot kvinnor upphört."),
    P(I("(Under målen fanns inga insatser i PDF:en. De låg i en bilaga som vi inte har hittat.)")),

    H1("4 Kvinnor och män i Sundmarks län (från statistiksidan)"),
    P("Uppgifterna nedan gäller 2023 om inget annat anges."),
    P("* Medianinkomsten för kvinnor i länet var 298 000 kronor och för män 371 000 kronor."),
    P("* 31 procent av de anställda kvinnorna och 10 procent av de anställda männen i åldern "
      "20–64 år arbetade deltid."),
    P("* Kvinnornas allmänna pension var i genomsnitt 68 procent av männens."),
    P("* I ungdomsenkäten 2024 uppgav 27 procent av flickorna och 8 procent av pojkarna i "
      "gymnasiets årskurs 2 att de någon gång hade utsatts för sexuella trakasserier på nätet."),
    P("* Polisen registrerade 286 anmälningar om misshandel av kvinnor i nära relation. I 81 "
      "procent av fallen var den misstänkte en man som kvinnan hade eller hade haft en relation "
      "med."),
    P("Kommentar på statistiksidan: Kvinnors lägre inkomster under arbetslivet följer med in i "
      "pensionen, och skillnaden växer för varje år som en kvinna arbetar deltid. Skillnaden "
      "mellan flickors och pojkars utsatthet för trakasserier på nätet har ökat sedan förra "
      "mätningen."),

    H1("5 Ur handlingsplanen mot mäns våld mot kvinnor 2022–2024 (PDF)"),
    P("Ur avsnittet ”Insatser 2025”:"),
    P("o Länsstyrelsen erbjuder under 2025 en grundutbildning om våld i nära relationer för "
      "socialtjänsten i länets sex kommuner. Ansvarig: samordnaren mot mäns våld mot kvinnor."),
    P("o Region Sundmark inför senast 2026 rutinfrågor om våldsutsatthet på samtliga "
      "ungdomsmottagningar och vårdcentraler."),
    P("o Kommunerna och Polisen tar fram en gemensam rutin för hur de samverkar kring barn som "
      "lever med våld i familjen. Ansvarig: kommunernas socialchefer."),
    P("o Länsstyrelsen samlar varje år länets kvinno- och tjejjourer till en dialog om stödet "
      "till våldsutsatta kvinnor."),
    P(I("(Sidbrytningen i PDF:en gjorde att resten av listan inte följde med.)")),

    H1("6 Från samordnarens sida: Föräldraskapsstöd"),
    P("• Länsstyrelsen samordnar ett länsnätverk för föräldraskapsstöd med deltagare från "
      "kommunerna, Region Sundmark och civilsamhället. Nätverket träffas fyra gånger per år."),
    P("• Under 2025 tar nätverket fram ett gemensamt material för föräldrar med barn i "
      "tonåren, som ska användas av kommunerna Sundmark, Kvarnbo och Lövhälla."),
    P("• Syftet med föräldraskapsstödet är att främja barns hälsa och utveckling."),
    P("• I oktober 2025 ordnar Länsstyrelsen en utbildningsdag för gruppledare i länets "
      "föräldraskapsstödjande program."),

    H1("7 Dokument från förra perioden"),
    Table(
        ["Dokument", "Typ", "År"],
        [
            ["Länsstrategi för jämställdhet 2021–2024", "Strategi", "2021"],
            ["Handlingsplan mot mäns våld mot kvinnor", "Handlingsplan", "2022"],
            ["Uppföljningsrapport", "Rapport", "2023"],
            ["Kvinnor och män i Sundmarks län", "Faktablad", "2024"],
        ],
        widths=[5072, 2000, 2000],
    ),

    H1("8 Att göra"),
    P("TODO: skriva avsnitt om samhällsplanering och barnets rättigheter (fråga planenheten)."),
    P("TODO: bestämma om strategin ska ha regionala mål igen."),
    P("TODO: ta bort punkttecknen när texten är omskriven."),
]

DOC = Doc(BLOCKS,
          title="Underlag till ny länsstrategi",
          creator="Eva Strand", last_modified_by="Eva Strand",
          revision=3, header="Länsstyrelsen i Sundmark", header_right="ARBETSMATERIAL",
          company="Länsstyrelsen i Sundmark")

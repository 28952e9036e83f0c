"""Sample 23: a realistic county strategy (fictional Östervalls län) full of
labels. It has a list of perspectives to be considered ("folkhälsa,
tillgänglighet, trygghet och barnperspektivet"), a bullet list of priorities
that only names them, headings with nothing or one content-free line under
them, and a priority table where several rows have empty cells (makt och
inflytande, samhällsplanering, landsbygdsutveckling, and a row whose only
text is "Uppföljning"). Discrimination vocabulary is used a lot --
diskriminering, diskrimineringsgrunderna, diskrimineringslagen,
Diskrimineringsombudsmannen, the unit "enheten för social hållbarhet och
mänskliga rättigheter", an excluded internal plan -- but there is no
human-rights work. Economy and violence are worked on in full; parenting
support only through one short but real commitment in a table row
(goal, activity, owner, years)."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, B, I, Bullets, Table
from targets import A, M, X

NAME = "perspektiv_och_diskriminering"
NOTE = ("Strategi med perspektivlista (folkhälsa, tillgänglighet, trygghet, barnperspektiv), "
        "prioriteringar som bara är etiketter, rubriker utan innehåll och en prioriteringstabell "
        "med tomma celler. Diskrimineringsord, DO och enhetsnamnet med mänskliga rättigheter "
        "används ofta men utan MR-arbete. Föräldraskapsstöd behandlas bara genom en kort men "
        "verklig tabellrad; uppföljning är bara ett ensamt tabellord och en innehållslös rad.")

EXPECTED = {
    "goal.power": M,            # bullet label + table row with empty cells + empty heading 4.3;
                                # method definition in 1.3; "ingen egen analys" in 3.3
    "goal.economy": A,          # 3.1 medianinkomst/deltid/pension by sex, 4.1 regional goal,
                                # heltidsprojekt 2025-2027, pensionsdag, owner
    "goal.education": M,        # negation in 3.3 ("ingen egen analys" of utbildning); skolor
                                # only as arena for a violence activity in 4.2
    "goal.health": M,           # "folkhälsa" in the list of perspectives (1.2) + negation in 3.3
    "goal.unpaid_care": X,      # not referred to
    "goal.violence": A,         # 3.2 anmälningar, ungdomsenkät, heder; 4.2 goal, rutinfrågor
                                # 2025-2026, länsgemensamt stöd 2025, program 2026-2028
    "area.planning": M,         # bullet label, table row with empty cells, heading 4.5 with one
                                # content-free line; "trygghet" in the perspective list
    "area.child_rights": M,     # "barnperspektivet" in the perspective list; barnkonventionen
                                # in a list of starting points
    "area.parenting_support": A,  # tabell 1 row: all five kommuner by 2027, länsnätverk +
                                # gruppledarutbildning, owner, 2025-2027 (short but real)
    "area.human_rights": M,     # discrimination vocabulary only: diskrimineringsgrunderna,
                                # definition, DO, unit name, framing in förord, excluded plan
    "req.conditions": A,        # women/men (inkomst, deltid, pension) and girls/boys
                                # (ungdomsenkäten, mål om flickor)
    "req.statistics": A,        # könsuppdelad statistik as basis, tabell 2 Kvinnor/Män,
                                # bidrag redovisas uppdelat på kön (5)
    "req.collaboration": A,     # 6: jämställdhetsnätverket samordnas, members, every other month,
                                # processtöd och statistikstöd till kommunerna
    "req.internal": A,          # 5: ledningsgruppen, verksamhetsplan 2026 per enhet, bidrag by
                                # sex, webbutbildning för nyanställda
    "req.followup": M,          # lone "Uppföljning" row in tabell 1 + one content-free line in 7
    "area.regional_growth": X,  # not referred to
    "area.rural": M,            # table row "Landsbygdsutveckling" with empty cells only
    "area.integration": X,      # not referred to
    "area.preparedness": X,     # not referred to
    "area.andts": X,            # not referred to
}

BLOCKS = [
    Title("Jämställdhet i Östervalls län 2025–2028"),
    Subtitle("Länsstrategi för jämställdhetsintegrering – Länsstyrelsen i Östervalls län"),
    P(I("Arbetsversion 3, februari 2025. Synpunkter lämnas senast den 31 mars.")),

    H1("Förord"),
    P("Östervalls län ska vara ett län där kvinnor och män, flickor och pojkar kan forma sina "
      "liv utan att begränsas av sitt kön. Jämställdhet är en del av de mänskliga rättigheterna "
      "och en förutsättning för ett samhälle där ingen utsätts för diskriminering."),
    P("Vi vet att skillnaderna i inkomst mellan kvinnor och män fortfarande är stora i länet och "
      "att alltför många kvinnor lever med våld. Därför lägger strategin tyngdpunkten där. Jag "
      "hoppas att strategin blir ett stöd för alla som arbetar för ett mer jämställt län."),
    P(I("Helena Strandberg, landshövding")),

    H1("1 Inledning"),
    H2("1.1 Uppdraget"),
    P("Länsstyrelserna har fått regeringens uppdrag att ta fram strategier för "
      "jämställdhetsintegrering i länen för 2025–2028. Strategin ska bidra till de "
      "jämställdhetspolitiska målen och stärka samverkan mellan länets aktörer. Den ersätter "
      "Länsstyrelsens tidigare strategi från 2021 och gäller för hela länet."),
    P("Strategin har tagits fram av enheten för social hållbarhet och mänskliga rättigheter i "
      "dialog med länets fem kommuner, Region Östervall, de statliga myndigheterna och "
      "civilsamhällets organisationer."),
    H2("1.2 Utgångspunkter"),
    P("Strategin utgår från de jämställdhetspolitiska målen, diskrimineringslagen och "
      "barnkonventionen."),
    P("Kvinnor och män är inte två enhetliga grupper. Villkoren påverkas också av ålder, "
      "funktionsnedsättning, etnisk tillhörighet, sexuell läggning och de övriga "
      "diskrimineringsgrunderna, och det ska synas i hur insatserna utformas."),
    P("Genomgående ska insatserna ta hänsyn till perspektiv som folkhälsa, tillgänglighet, "
      "trygghet och barnperspektivet."),
    H2("1.3 Begrepp"),
    P(B("Diskriminering: "), "att någon missgynnas eller kränks och att det har samband med "
      "någon av de sju diskrimineringsgrunderna, det vill säga kön, könsöverskridande identitet "
      "eller uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, "
      "funktionsnedsättning, sexuell läggning och ålder."),
    P(B("Diskrimineringsombudsmannen (DO): "), "den myndighet som har tillsyn över att "
      "diskrimineringslagen följs. Den som anser sig ha blivit diskriminerad kan anmäla det till "
      "DO. Länsstyrelsen handlägger inte sådana ärenden."),
    P(B("Jämställdhetsintegrering: "), "att ett jämställdhetsperspektiv finns med i alla beslut, "
      "på alla nivåer och i alla steg av de processer där beslut bereds."),

    H1("2 Prioriteringar"),
    P("Efter dialogerna med länets aktörer har Länsstyrelsen valt följande områden för "
      "strategiperioden:"),
    Bullets([
        "Ekonomisk jämställdhet",
        "Mäns våld mot kvinnor",
        "Makt och inflytande",
        "Föräldraskapsstöd",
        "Samhällsplanering",
    ]),
    P("Frågor om diskriminering och om de mänskliga rättigheterna togs upp i flera av "
      "dialogerna, men de ingår inte bland strategins prioriteringar."),
    P("Områdena sammanfattas i tabell 1. Tabellen kompletteras efter remissrundan."),
    Table(
        ["Område", "Regionalt mål", "Insats", "Ansvarig", "År"],
        [
            ["Ekonomisk jämställdhet", "Minskad inkomstskillnad mellan kvinnor och män",
             "Se avsnitt 4.1", "Enheten för social hållbarhet och mänskliga rättigheter",
             "2025–2028"],
            ["Mäns våld mot kvinnor", "Fler våldsutsatta upptäcks och får stöd",
             "Se avsnitt 4.2", "Samordnaren mot våld", "2025–2028"],
            ["Makt och inflytande", "", "", "", ""],
            ["Föräldraskapsstöd",
             "Alla fem kommuner erbjuder föräldraskapsstöd som når både mammor och pappor senast "
             "2027",
             "Länsstyrelsen samordnar ett länsnätverk för föräldraskapsstöd och utbildar "
             "gruppledare i jämställt föräldraskap två gånger per år",
             "Enheten för social hållbarhet och mänskliga rättigheter", "2025–2027"],
            ["Samhällsplanering", "", "", "", ""],
            ["Landsbygdsutveckling", "", "", "", ""],
            ["Uppföljning", "", "", "", ""],
        ],
        widths=[1900, 2200, 2372, 1700, 900],
        caption="Tabell 1. Prioriterade områden (utkast).",
    ),

    H1("3 Läget i länet"),
    P("Avsnittet bygger på könsuppdelad statistik från SCB, Pensionsmyndigheten, "
      "Polismyndigheten och Östervalls ungdomsenkät 2024."),
    Table(
        ["Östervalls län", "Kvinnor", "Män"],
        [
            ["Sammanräknad förvärvsinkomst, median 2023 (tkr)", "318", "392"],
            ["Andel av de anställda som arbetar deltid 2023 (%)", "29", "10"],
            ["Genomsnittlig allmän pension 2023 (kr per månad)", "13 900", "19 600"],
            ["Brottsoffer för anmäld misshandel i nära relation 2023, antal", "287", "64"],
        ],
        widths=[5072, 2000, 2000],
        caption="Tabell 2. Urval av uppgifter om kvinnor och män i Östervalls län.",
    ),
    H2("3.1 Ekonomisk jämställdhet"),
    P("Kvinnornas medianinkomst i Östervalls län motsvarar drygt 81 procent av männens. "
      "Skillnaden är störst i åldern 35–54 år och i de två minsta kommunerna, Vassmo och "
      "Grytsjö, där den inte har minskat alls sedan 2017. Nästan tre av tio anställda kvinnor "
      "arbetar deltid, jämfört med en av tio män, och deltiden är vanligast inom handeln och i "
      "kommunernas verksamheter."),
    P("Skillnaderna mellan kommunerna är stora. I Hällby motsvarar kvinnornas medianinkomst 86 "
      "procent av männens, i Vassmo 76 procent. En förklaring är att arbetsmarknaden i de mindre "
      "kommunerna domineras av ett fåtal stora arbetsgivare, där kvinnor och män i hög grad "
      "arbetar i olika yrken och där heltid inte är norm i de kvinnodominerade yrkena."),
    P("Inkomstskillnaderna följer med hela livet. Kvinnornas allmänna pension i länet är i "
      "genomsnitt knappt 30 procent lägre än männens, och bland dem som har garantipension är "
      "en klar majoritet kvinnor."),
    H2("3.2 Mäns våld mot kvinnor"),
    P("År 2023 anmäldes misshandel i nära relation mot 287 kvinnor och 64 män i länet. "
      "Kvinnojourerna i Östervall och Sandhamra hade tillsammans drygt 250 stödkontakter, och "
      "socialtjänsten i fyra av fem kommuner uppger att de under 2024 har haft ärenden som rör "
      "hedersrelaterat våld och förtryck. Kunskapen om hur sådana ärenden ska hanteras varierar "
      "mellan kommunerna."),
    P("Av de 287 kvinnorna var drygt hälften mellan 25 och 44 år. Antalet anmälningar har varit "
      "ungefär detsamma sedan 2019, vilket tyder på att mörkertalet fortfarande är stort och att "
      "många våldsutsatta inte söker hjälp."),
    P("I ungdomsenkäten 2024 svarade 17 procent av flickorna i gymnasiets årskurs 2 att de under "
      "det senaste året hade utsatts för sexuella trakasserier på nätet. Bland pojkarna var "
      "andelen 6 procent. Pojkarna uppgav oftare än flickorna att de hade blivit hotade av någon "
      "i samma ålder."),
    H2("3.3 Övriga delmål"),
    P("För delmålen om makt och inflytande, jämställd utbildning och jämställd hälsa har "
      "Länsstyrelsen inte gjort någon egen analys inom ramen för denna strategi."),

    H1("4 Mål och insatser"),
    H2("4.1 Ekonomisk jämställdhet"),
    P(B("Regionalt mål: "), "Kvinnornas medianinkomst ska motsvara minst 85 procent av männens "
      "år 2028."),
    Bullets([
        "Länsstyrelsen driver 2025–2027 tillsammans med de fem kommunerna ett projekt för att "
        "fler deltidsanställda kvinnor ska erbjudas heltid. Målet är att andelen "
        "heltidsanställda kvinnor i kommunerna ska öka från 68 till 78 procent.",
        "Varje höst från 2025 arrangerar Länsstyrelsen en pensionsdag för kvinnor i åldern "
        "45–60 år, tillsammans med Pensionsmyndigheten och de fackliga organisationerna.",
        "Enheten för social hållbarhet och mänskliga rättigheter ansvarar för insatserna.",
    ]),
    H2("4.2 Mäns våld mot kvinnor"),
    P(B("Regionalt mål: "), "Våldsutsatta kvinnor och barn ska få ett likvärdigt stöd i hela "
      "länet, och andelen flickor i gymnasiet som utsätts för sexuella trakasserier på nätet ska "
      "ha minskat till högst 12 procent år 2028."),
    Bullets([
        "Samordnaren mot våld utbildar 2025–2026 socialtjänsten i alla kommuner i att ställa "
        "rutinfrågor om våld.",
        "Under 2025 tar Länsstyrelsen tillsammans med Polismyndigheten och Region Östervall fram "
        "ett länsgemensamt stöd för hur ärenden om hedersrelaterat våld och förtryck ska "
        "hanteras.",
        "Ett program om sexuella trakasserier på nätet erbjuds alla gymnasieskolor i länet från "
        "hösten 2026. Minst 60 procent av eleverna i årskurs 1 ska ha deltagit 2028.",
    ]),
    P("Kvinnojourerna beskriver att våldsutsatta kvinnor med funktionsnedsättning har svårare "
      "att få stöd. Samordnaren mot våld tar därför 2026 fram ett material om hur "
      "socialtjänstens stöd kan anpassas för dem."),
    H2("4.3 Makt och inflytande"),
    H2("4.4 Föräldraskapsstöd"),
    P("Se tabell 1."),
    H2("4.5 Samhällsplanering"),
    P("Länsstyrelsen kommer att arbeta med detta under strategiperioden."),

    H1("5 Länsstyrelsens eget arbete"),
    P("Arbetet med jämställdhetsintegrering i den egna verksamheten leds av ledningsgruppen. I "
      "verksamhetsplanen för 2026 ska varje enhet beskriva hur den analyserar kvinnors och mäns "
      "villkor i sina största ärendeslag. Från 2025 redovisas alla bidrag som Länsstyrelsen "
      "beslutar om uppdelat på kön hos mottagarna, och nyanställda går länsstyrelsernas "
      "webbutbildning i jämställdhetsintegrering inom sex månader."),
    P("Länsstyrelsens interna plan för lika rättigheter och möjligheter, som gäller skyddet mot "
      "diskriminering i den egna organisationen, är ett separat dokument och omfattas inte av "
      "strategin."),

    H1("6 Samverkan"),
    P("Länsstyrelsen samordnar Östervalls jämställdhetsnätverk, där kommunernas "
      "jämställdhetsstrateger, Region Östervall, Polismyndigheten, Försäkringskassan och fyra "
      "organisationer från civilsamhället ingår. Nätverket träffas varannan månad och ansvarar "
      "för att insatserna i strategin genomförs i de egna organisationerna. Länsstyrelsen "
      "erbjuder dessutom kommunerna processtöd och hjälp att ta fram könsuppdelad statistik för "
      "sina egna analyser."),
    P("Diskrimineringsombudsmannen och länets antidiskrimineringsbyrå bjuds in till nätverkets "
      "årliga konferens."),

    H1("7 Uppföljning"),
    P("Länsstyrelsen kommer att arbeta med uppföljningen av strategin under perioden."),
]

DOC = Doc(BLOCKS,
          title="Jämställdhet i Östervalls län 2025–2028",
          subject="Länsstrategi för jämställdhetsintegrering",
          creator="Sara Lindén", last_modified_by="Oskar Nyberg",
          keywords="jämställdhet; länsstrategi; arbetsversion",
          revision=5, header="Länsstyrelsen i Östervall", header_right="ARBETSVERSION",
          company="Länsstyrelsen i Östervall")

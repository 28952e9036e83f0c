"""Sample 16: a strategy written the way real 2024-era county strategies are:
it names all six sub-goals, then prioritises three areas (economy incl.
foreign-born women, men's violence against women, civil preparedness) and
works only on those. The other goals turn up as framing ("jämställdhet
handlar om makt"), in a prose recitation of the six sub-goals and as causes
and consequences inside the economy and violence passages; four assignment
areas are explicitly not prioritised or deferred."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, B, I, Bullets, Table
from targets import A, M, X

NAME = "verklig_strategi_prioriterar"
NOTE = ("Verklighetstrogen strategi som prioriterar ekonomi, våld och civil beredskap; övriga "
        "delmål nämns bara som inramning, uppräkning eller orsak/följd, och fyra områden "
        "prioriteras inte eller skjuts upp.")

EXPECTED = {
    "goal.power": M,            # förord framing ("handlar i grunden om makt") + prose list of sub-goals
    "goal.economy": A,          # 3.1 analysis with figures, 4.1 regional goal and activities
    "goal.education": M,        # cause in 3.1 (gymnasievalen); skola only as audience in 4.2
    "goal.unpaid_care": M,      # cause in 3.1 (föräldraledigheten); prose list of sub-goals
    "goal.health": M,           # cause in 3.1 (sjukskrivningarna), consequence in 3.2, audience in 4.2
    "goal.violence": A,         # 3.2 analysis, 4.2 goal, resurscentrum, owner, timeframe
    "area.planning": M,         # "Samhällsplanering prioriteras inte" (negation)
    "area.child_rights": M,     # "beskrivs i en separat plan som tas fram under 2026" (deferral)
    "area.parenting_support": M,  # "Föräldraskapsstöd ... prioriteras inte" (negation)
    "area.human_rights": M,     # "kommer att tas upp i nästa länsstrategi" (deferral)
    "req.conditions": A,        # women/men (income, deltid) and girls/boys (ungdomsenkät)
    "req.statistics": A,        # Kvinnor/Män table, könsuppdelad statistik in RSA, indicators by sex
    "req.collaboration": A,     # 6: Jämställdhetsrådet, processtöd till kommunerna
    "req.internal": A,          # 5: verksamhetsplan per avdelning, webbutbildning for new staff
    "req.followup": A,          # 7: yearly indicators, jämställdhetsstrategen, utvärdering 2028
    "area.regional_growth": A,  # 4.1: jämställdhet as criterion for regional tillväxt funds
    "area.rural": X,            # never referred to
    "area.integration": A,      # 3.1 + 4.1: utrikes födda kvinnor, sfi + praktik, goal in pp
    "area.preparedness": A,     # 3.3 + 4.3: RSA, beredskapssamordnare, frivilliga resursgrupper
    "area.andts": M,            # alcohol named in passing inside the violence analysis
}

BLOCKS = [
    Title("Ett jämställt Norrvik 2025–2028"),
    Subtitle("Länsstrategi för jämställdhet – Länsstyrelsen i Norrvik"),
    P(I("Remissversion, mars 2025. Dnr 801-1450-2024.")),

    H1("Förord"),
    P("Norrviks län ska vara ett län där alla kan växa, oavsett kön. Jämställdhet handlar i "
      "grunden om makt – om vem som får bestämma över sitt eget liv och vem som får vara med "
      "och forma samhället. Därför är jämställdhet också en fråga om demokrati."),
    P("Mycket har blivit bättre de senaste decennierna, men utvecklingen sker inte av sig själv. "
      "I den här strategin har vi valt att samla kraften kring ett fåtal frågor där skillnaderna "
      "mellan kvinnor och män i vårt län är stora och där Länsstyrelsen har goda möjligheter att "
      "göra skillnad tillsammans med andra. Jag hoppas att många vill vara med på resan."),
    P(I("Karin Ålund, landshövding")),

    H1("1 Uppdraget"),
    P("Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för jämställdhet "
      "för perioden 2025–2028. Strategierna ska utgå från de jämställdhetspolitiska målen och "
      "från förutsättningarna i det egna länet. Enligt uppdraget bör strategierna särskilt "
      "beröra ekonomisk jämställdhet, utrikes födda kvinnors etablering på arbetsmarknaden och "
      "jämställdhetsintegrering inom civil beredskap."),
    P("Det övergripande målet för jämställdhetspolitiken är att kvinnor och män ska ha samma "
      "makt att forma samhället och sina egna liv. Målet är uppdelat i sex delmål som gäller "
      "makt och inflytande, ekonomi, utbildning, det obetalda hem- och omsorgsarbetet, hälsa "
      "och mäns våld mot kvinnor."),
    P("Strategin vänder sig till länets kommuner, Region Norrvik, de statliga myndigheterna, "
      "civilsamhällets organisationer och arbetsgivarna i länet. Den är också styrande för "
      "Länsstyrelsens eget arbete, som beskrivs i avsnitt 5."),

    H1("2 Strategins inriktning"),
    P("Efter dialoger med länets aktörer under hösten 2024 har Länsstyrelsen valt att strategin "
      "fokuserar på tre områden:"),
    Bullets([
        "Ekonomisk jämställdhet, med särskild vikt vid utrikes födda kvinnors etablering",
        "Mäns våld mot kvinnor, inklusive hedersrelaterat våld och förtryck",
        "Jämställdhet i den civila beredskapen",
    ]),
    P("De tre områdena har valts för att skillnaderna där är stora, för att de hänger ihop med "
      "varandra och för att Länsstyrelsen har ett tydligt mandat att agera. Egen försörjning är "
      "till exempel en förutsättning för att kunna lämna en våldsam relation, och en kris slår "
      "hårdast mot dem som redan har små marginaler."),
    P("Ett tydligt fokus innebär också att vissa frågor inte prioriteras. Föräldraskapsstöd och "
      "samhällsplanering prioriteras inte under strategiperioden. Länsstyrelsens arbete med "
      "barnets rättigheter beskrivs i en separat plan som tas fram under 2026. Arbetet med "
      "mänskliga rättigheter kommer att tas upp i nästa länsstrategi."),

    H1("3 Läget i länet"),
    P("Lägesbilden bygger på könsuppdelad statistik från SCB, Arbetsförmedlingen, Polisen och "
      "länets ungdomsenkät. En fullständig statistikbilaga finns på Länsstyrelsens webbplats."),
    Table(
        ["Norrviks län 2023", "Kvinnor", "Män"],
        [
            ["Sammanräknad förvärvsinkomst, median (tkr)", "312", "389"],
            ["Andel av de anställda som arbetar deltid (%)", "27", "9"],
            ["Sysselsättningsgrad, utrikes födda 20–64 år (%)", "58", "71"],
            ["Anmäld misshandel i nära relation, antal brottsoffer", "412", "96"],
        ],
        widths=[5072, 2000, 2000],
        caption="Tabell 1. Urval av indikatorer, Norrviks län 2023.",
    ),
    H2("3.1 Inkomster och arbete"),
    P("Kvinnor i Norrviks län har en medianinkomst som är omkring 20 procent lägre än mäns. "
      "Skillnaden har minskat något sedan 2015 men är fortfarande större än i riket. Mer än var "
      "fjärde anställd kvinna arbetar deltid, jämfört med knappt var tionde man, och deltiden "
      "är vanligast inom handeln och i kommunernas verksamheter."),
    P("Kvinnornas lägre sysselsättning i de mindre kommunerna förklaras delvis av att "
      "sjukskrivningarna bland kvinnor är höga där. Kvinnors lägre livsinkomster hänger också "
      "ihop med att kvinnor fortfarande tar ut större delen av föräldraledigheten och oftare går "
      "ner i arbetstid när barnen är små. Den könsuppdelade arbetsmarknaden har sina rötter "
      "redan i gymnasievalen, där få flickor söker sig till industri- och teknikprogrammen."),
    P("Skillnaderna är störst bland utrikes födda. Av de utrikes födda kvinnorna i åldern 20–64 "
      "år har 58 procent ett arbete, jämfört med 71 procent av de utrikes födda männen. Kvinnor "
      "som har kommit till Sverige genom familjeåterförening har ofta kortare tid i landet när "
      "etableringsinsatserna tar slut och har i lägre grad deltagit i arbetsmarknadsinsatser."),
    H2("3.2 Mäns våld mot kvinnor"),
    P("Under 2023 anmäldes misshandel i nära relation mot 412 kvinnor och 96 män i länet. "
      "Mörkertalet bedöms vara stort. Kvinnojourerna i Älvby, Stenträsk och Norrvik tog emot "
      "drygt 300 stödsamtal, och antalet placeringar i skyddat boende ökade jämfört med året "
      "innan."),
    P("I länets ungdomsenkät 2024 uppger 19 procent av flickorna i årskurs 9 att de under det "
      "senaste året har utsatts för sexuella trakasserier, jämfört med 5 procent av pojkarna. "
      "Pojkarna uppger i högre grad än flickorna att de har blivit slagna av någon i samma "
      "ålder."),
    P("Våldet får allvarliga följder för den som utsätts, både för den psykiska hälsan och för "
      "möjligheten att arbeta. Alkohol finns ofta med i bilden vid våld i nära relationer, men "
      "är aldrig en förklaring som tar bort ansvaret från den som utövar våldet."),
    H2("3.3 Civil beredskap"),
    P("Länets regionala risk- och sårbarhetsanalys har hittills inte redovisat hur kvinnor och "
      "män påverkas olika av kriser, och uppgifterna i analysen är sällan uppdelade på kön. "
      "Erfarenheterna från pandemin visar att kvinnor i välfärdens yrken bar en stor del av "
      "bördan, samtidigt som våldet i hemmen ökade. I de frivilliga försvarsorganisationerna i "
      "länet är två av tre medlemmar män."),

    H1("4 Mål och insatser"),
    H2("4.1 Ekonomisk jämställdhet"),
    P(B("Regionalt mål: "), "Skillnaden i sysselsättningsgrad mellan utrikes födda kvinnor och "
      "män i länet ska ha minskat från 13 till högst 8 procentenheter år 2028."),
    P("För att nå målet ska Länsstyrelsen:"),
    Bullets([
        "tillsammans med Arbetsförmedlingen och länets kommuner ta fram en gemensam modell för "
        "att kombinera sfi med praktik hos arbetsgivare för utrikes födda kvinnor, med start "
        "hösten 2025,",
        "i dialog med Region Norrvik verka för att jämställdhet blir ett bedömningskriterium när "
        "medel för regional tillväxt och företagsutveckling fördelas,",
        "varje år redovisa hur Länsstyrelsens egna företagsstöd fördelas mellan kvinnor och män.",
    ]),
    P("Ansvarig: enheten för social hållbarhet tillsammans med enheten för näringsliv."),
    H2("4.2 Mäns våld mot kvinnor"),
    P(B("Regionalt mål: "), "Fler våldsutsatta kvinnor och barn ska upptäckas tidigt och få "
      "stöd, och fler män som utövar våld ska erbjudas behandling."),
    Bullets([
        "Länsstyrelsens samordningsfunktion mot våld erbjuder under 2025–2026 grundutbildning om "
        "våld i nära relationer för socialtjänst, skola och hälso- och sjukvård i alla "
        "kommuner.",
        "Ett regionalt resurscentrum mot hedersrelaterat våld och förtryck byggs upp tillsammans "
        "med Polisen och Region Norrvik och ska vara i drift senast 2026.",
        "Länsstyrelsen stödjer kommunerna i att ta fram lokala handlingsplaner mot våld. Målet "
        "är att alla kommuner ska ha en aktuell plan 2027.",
        "Behandling för män som utövar våld ska finnas att tillgå i hela länet senast 2028.",
    ]),
    H2("4.3 Jämställdhet i civil beredskap"),
    P(B("Regionalt mål: "), "Länets risk- och sårbarhetsanalyser och beredskapsplanering ska "
      "utgå från kvinnors och mäns olika behov och förutsättningar."),
    Bullets([
        "Från 2026 redovisar den regionala risk- och sårbarhetsanalysen könsuppdelade uppgifter "
        "och en analys av hur kvinnor och män påverkas.",
        "Beredskapsenheten genomför 2025 en utbildning för kommunernas beredskapssamordnare om "
        "jämställdhet i krisberedskapen.",
        "Länsstyrelsen verkar tillsammans med de frivilliga försvarsorganisationerna för att fler "
        "kvinnor rekryteras till länets frivilliga resursgrupper.",
    ]),

    H1("5 Länsstyrelsens eget arbete"),
    P("Länsstyrelsen ska vara en förebild i arbetet med jämställdhetsintegrering. Varje "
      "avdelning ska i sin verksamhetsplan för 2026 och framåt ange hur den bidrar till "
      "strategins tre områden, och ledningsgruppen följer upp detta vid tertialuppföljningen. "
      "Alla nya medarbetare går länsstyrelsernas webbutbildning i jämställdhetsintegrering under "
      "sitt första halvår."),

    H1("6 Samverkan"),
    P("Länsstyrelsen samordnar Jämställdhetsrådet i Norrviks län, där kommunerna, Region "
      "Norrvik, Polisen, Arbetsförmedlingen, Försäkringskassan och civilsamhällets organisationer "
      "ingår. Rådet träffas fyra gånger per år och ansvarar för att förankra strategin i de egna "
      "organisationerna. Länsstyrelsen erbjuder dessutom processtöd till de kommuner som vill "
      "ta fram egna planer för jämställdhet."),

    H1("7 Uppföljning"),
    P("Strategin följs upp varje år med de indikatorer som finns i bilaga 1, och alla "
      "indikatorer redovisas uppdelade på kön. Uppföljningen sammanställs av "
      "jämställdhetsstrategen och redovisas för Jämställdhetsrådet i mars varje år. En "
      "utvärdering av hela strategiperioden görs under 2028."),
]

DOC = Doc(BLOCKS,
          title="Ett jämställt Norrvik 2025–2028",
          subject="Länsstrategi för jämställdhet",
          creator="Anna Berg", last_modified_by="Karin Lindqvist",
          keywords="jämställdhet; länsstrategi; remiss",
          revision=18, header_right="REMISS")

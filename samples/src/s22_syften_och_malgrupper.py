"""Sample 22: a realistic county strategy (fictional Ljungmarks län) that
works on three areas -- unpaid housework and care, men's violence against
women and parenting support -- with figures by sex, regional goals,
activities with owners and years, indicators and follow-up. The other goals
and areas keep turning up as PURPOSES of something else ("föräldraskapsstödet
syftar till att främja barns hälsa", "i syfte att stärka kvinnors ekonomiska
självständighet" and "i syfte att bidra till länets kompetensförsörjning"
inside the unpaid-care passage, "i syfte att barnets bästa ska finnas med")
and as AUDIENCES and ACTORS (beslutsfattare as the target group of a training
day, action plans adopted by kommunfullmäktige, the board's own
ledningsgrupp and decision checklist, a styrgrupp with an ordförande,
"till exempel skolor och vårdcentraler", barnrättsstrateger invited to a
network). The instruction duty towards girls and boys is only recited."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, B, I, Bullets, Table
from targets import A, M, X

NAME = "syften_och_malgrupper"
NOTE = ("Strategi där flera mål och områden bara förekommer som syfte med något annat (barns "
        "hälsa, kvinnors ekonomiska självständighet, kompetensförsörjning, barnets bästa) eller "
        "som målgrupp och aktör (beslutsfattare, kommunfullmäktige, ledningsgruppen och "
        "beslutschecklistan, skolor och vårdcentraler som exempel, barnrättsstrateger). Obetalt "
        "hem- och omsorgsarbete, våld och föräldraskapsstöd bearbetas på riktigt; flickors och "
        "pojkars villkor nämns bara i återgivningen av instruktionen.")

EXPECTED = {
    "goal.power": M,            # audience/actor only: beslutsfattare as target group of the
                                # training day (4.2), plans adopted by kommunfullmäktige, the
                                # board's ledningsgrupp and checklista för beslut (5), the
                                # Jämställdhetsråd's styrgrupp/ordförande (6); overall goal framing
    "goal.economy": M,          # purpose only: "i syfte att stärka kvinnors ekonomiska
                                # självständighet" inside the unpaid-care activity in 4.1
    "goal.education": M,        # actor example only: "till exempel skolor och vårdcentraler";
                                # the trainings are violence work / staff training (false friend)
    "goal.health": M,           # purpose of parenting support ("syftar till att främja barns
                                # hälsa", 3.3) + vårdcentraler as example actors (4.2)
    "goal.unpaid_care": A,      # 3.1 föräldrapenning/VAB/anhörigstöd by sex, regional goal 31->38 %,
                                # activities 2025-2027 with owner, indicator in tabell 2
    "goal.violence": A,         # 3.2 figures, regional goal, samordnare, utbildningsdag 2025,
                                # behandling för män 2026-2028, indicators
    "area.planning": X,         # not referred to (verksamhetsplan/handlingsplan are false friends)
    "area.child_rights": M,     # barnrättsstrateger invited to the network "i syfte att barnets
                                # bästa ska finnas med" (actor + purpose), nothing else
    "area.parenting_support": A,  # 3.3 4 of 6 kommuner, 612 women / 238 men; 4.3 goal 2027,
                                # regional network, material 2026, gruppledarutbildning
    "area.human_rights": X,     # not referred to
    "req.conditions": M,        # women/men analysed throughout, but girls/boys only in the
                                # recited instruction duty ("belysa, analysera och beakta ...")
    "req.statistics": A,        # könsuppdelad statistik as basis, tabell 1 Kvinnor/Män, checklist
                                # asks for könsuppdelad statistik, indicators by sex
    "req.collaboration": A,     # 6: Jämställdhetsrådet samordnas, members, 4 meetings/yr,
                                # processtöd till kommunerna, nyhetsbrev; network in 4.3
    "req.internal": A,          # 5: ledningsgruppen, mål i varje avdelnings verksamhetsplan,
                                # checklista i alla ärenden, webbutbildning för handläggare 2025
    "req.followup": A,          # 7: yearly indicators (tabell 2), jämställdhetsstrategen,
                                # årsredovisning, halvtidsavstämning 2026, extern utvärdering 2028
    "area.regional_growth": M,  # purpose only: the employer network is set up "i syfte att bidra
                                # till länets kompetensförsörjning" (4.1)
    "area.rural": X,            # not referred to ("utanför centralorterna" is not rural development)
    "area.integration": X,      # not referred to
    "area.preparedness": X,     # not referred to
    "area.andts": X,            # not referred to
}

BLOCKS = [
    Title("Jämställt Ljungmark 2025–2028"),
    Subtitle("Länsstrategi för jämställdhetsintegrering i Ljungmarks län"),
    P(I("Förslag, april 2025. Dnr 801-2210-2024.")),

    H1("Förord"),
    P("Jämställdhet avgörs ofta i vardagen: vem som stannar hemma när barnet har feber, vem "
      "som hjälper en gammal förälder med inköpen och vem som vågar söka hjälp när hemmet inte "
      "längre är en trygg plats. Det är i de frågorna som vi i Ljungmarks län ser de tydligaste "
      "skillnaderna mellan kvinnor och män, och det är där den här strategin sätter in kraften."),
    P("Strategin är ett gemensamt åtagande. Länsstyrelsen kan samordna, stödja och följa upp, "
      "men förändringen sker i kommunerna, hos arbetsgivarna och i föreningslivet. Jag vill "
      "tacka alla som har bidragit under dialogerna och hoppas att många vill vara med i "
      "genomförandet."),
    P(I("Göran Fjällström, landshövding")),

    H1("1 Uppdrag och utgångspunkter"),
    P("Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för "
      "jämställdhetsintegrering för perioden 2025–2028. Strategierna ska bidra till att de "
      "jämställdhetspolitiska målen nås och utgå från de förhållanden som råder i det egna "
      "länet."),
    P("Det övergripande målet för jämställdhetspolitiken är att kvinnor och män ska ha samma "
      "makt att forma samhället och sina egna liv. Enligt sin instruktion ska Länsstyrelsen "
      "dessutom belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor "
      "inom sina verksamhetsområden."),
    P("Strategin riktar sig i första hand till beslutsfattare och tjänstepersoner i länets sex "
      "kommuner, i Region Ljungmark och i de statliga myndigheterna i länet. Den vänder sig också "
      "till civilsamhällets organisationer och till arbetsgivare som vill bidra."),

    H1("2 Strategins prioriteringar"),
    P("Under hösten 2024 höll Länsstyrelsen dialogmöten i samtliga kommuner och två workshoppar "
      "med Jämställdhetsrådet. Utifrån dialogerna och den statistik som redovisas i avsnitt 3 har "
      "tre områden valts ut för strategiperioden:"),
    Bullets([
        "En jämn fördelning av det obetalda hem- och omsorgsarbetet",
        "Mäns våld mot kvinnor",
        "Ett jämställt föräldraskapsstöd",
    ]),
    P("Områdena hänger ihop. Ett föräldraskapsstöd som når både mammor och pappor kan bidra till "
      "att ansvaret för barnen delas mer lika, och arbetet mot våld behöver nå familjer tidigt. "
      "Genom att samla insatserna kring tre områden vill Länsstyrelsen kunna visa resultat under "
      "perioden."),

    H1("3 Läget i länet"),
    P("Lägesbilden bygger på könsuppdelad statistik från Försäkringskassan, SCB och "
      "Polismyndigheten och på en enkät som Länsstyrelsen skickade till kommunernas "
      "anhörigkonsulenter och samordnare för föräldraskapsstöd under 2024. Alla uppgifter om "
      "personer redovisas uppdelade på kön."),
    Table(
        ["Ljungmarks län 2023", "Kvinnor", "Män"],
        [
            ["Andel av uttagna dagar med föräldrapenning (%)", "69", "31"],
            ["Andel av uttagna dagar med tillfällig föräldrapenning (%)", "61", "39"],
            ["Personer registrerade i kommunernas anhörigstöd, antal", "1 140", "520"],
            ["Brottsoffer för anmäld misshandel i nära relation, antal", "356", "81"],
            ["Deltagare i kommunernas föräldraskapsstöd, antal", "612", "238"],
        ],
        widths=[5072, 2000, 2000],
        caption="Tabell 1. Utvalda uppgifter för Ljungmarks län 2023. Källor: Försäkringskassan, "
                "Polismyndigheten och Länsstyrelsens enkät till kommunerna.",
    ),
    H2("3.1 Obetalt hem- och omsorgsarbete"),
    P("I Ljungmarks län tar kvinnor ut 69 procent av dagarna med föräldrapenning, vilket är "
      "något mer än i riket som helhet. Pappornas andel har ökat med tre procentenheter sedan "
      "2018, men i Bredmo och Lillådal ligger den fortfarande under 25 procent. När barnen är "
      "sjuka är det också oftast mammorna som stannar hemma: kvinnorna står för 61 procent av "
      "dagarna med tillfällig föräldrapenning."),
    P("Skillnaderna fortsätter senare i livet. Mer än två tredjedelar av dem som är registrerade "
      "i kommunernas anhörigstöd är kvinnor, och många av dem hjälper en förälder eller en "
      "partner flera timmar i veckan. Anhörigkonsulenterna beskriver att kvinnor i åldern 50–65 "
      "år oftare än män i samma ålder tar på sig det praktiska ansvaret när en närstående "
      "behöver hjälp, och att männen som söker stöd oftast gör det först när partnern har "
      "blivit svårt sjuk."),
    H2("3.2 Mäns våld mot kvinnor"),
    P("Under 2023 anmäldes misshandel i nära relation där 356 kvinnor och 81 män var brottsoffer. "
      "I nästan alla fall där brottsoffret var en kvinna var den misstänkte en man. De tre "
      "kvinnojourerna i länet hade sammanlagt omkring 420 stödkontakter under året, och "
      "socialtjänsten i fyra av sex kommuner uppger att placeringarna i skyddat boende har ökat."),
    P("Kommunernas arbete mot våld ser olika ut. Två kommuner har en aktuell handlingsplan mot "
      "våld i nära relationer, och bara Tallnäs erbjuder behandling för män som utövar våld. "
      "Flera kommuner saknar rutiner för att fråga om våld när en familj söker stöd."),
    H2("3.3 Föräldraskapsstöd"),
    P("Föräldraskapsstödet syftar till att främja barns hälsa och utveckling genom att stärka "
      "föräldrarna i deras roll."),
    P("Fyra av länets sex kommuner erbjuder i dag gruppbaserade program för föräldraskapsstöd. "
      "Av deltagarna 2023 var 612 kvinnor och 238 män, och i två kommuner deltog inga pappor alls "
      "i programmen för föräldrar till tonåringar. Föräldrar som bor utanför centralorterna har "
      "långt till träffarna, och få program erbjuds på kvällstid eller digitalt."),

    H1("4 Regionala mål och insatser"),
    H2("4.1 En jämn fördelning av det obetalda hem- och omsorgsarbetet"),
    P(B("Regionalt mål: "), "Pappornas andel av de uttagna dagarna med föräldrapenning i länet "
      "ska öka från 31 till minst 38 procent till år 2028."),
    Bullets([
        "Länsstyrelsen och Försäkringskassan erbjuder från hösten 2025 informationsträffar om "
        "föräldraförsäkringen för blivande föräldrar i alla kommuner. Träffarna genomförs i syfte "
        "att stärka kvinnors ekonomiska självständighet och att fler pappor ska ta ut en större "
        "del av ledigheten. Ansvarig: enheten för social hållbarhet.",
        "Under 2026 startar Länsstyrelsen ett nätverk för arbetsgivare som vill göra det lättare "
        "för sina anställda att dela lika på föräldraledigheten och den tillfälliga "
        "föräldrapenningen. Nätverket inrättas också i syfte att bidra till länets "
        "kompetensförsörjning. Minst tolv arbetsgivare ska vara med 2027.",
        "Länsstyrelsen kartlägger 2026 tillsammans med anhörigkonsulenterna hur kommunernas stöd "
        "till anhöriga som ger omsorg till en närstående fördelas mellan kvinnor och män, och tar "
        "fram förslag på hur fler män kan nås. Förslagen presenteras för Jämställdhetsrådet "
        "våren 2027.",
    ]),
    H2("4.2 Mäns våld mot kvinnor"),
    P(B("Regionalt mål: "), "Senast 2027 ska alla sex kommuner ha en aktuell handlingsplan mot "
      "mäns våld mot kvinnor och våld i nära relationer, och senast 2028 ska behandling för män "
      "som utövar våld finnas att tillgå i hela länet."),
    Bullets([
        "Länsstyrelsens samordnare mot våld stödjer kommunerna när de tar fram sina "
        "handlingsplaner under 2025–2026. Handlingsplanerna antas sedan av respektive "
        "kommunfullmäktige.",
        "Våren 2025 anordnar Länsstyrelsen en utbildningsdag om kommunernas ansvar för "
        "våldsutsatta. Målgruppen är beslutsfattare, det vill säga ordförandena i "
        "kommunstyrelserna och socialnämnderna samt kommundirektörerna.",
        "Grundutbildningen om våld i nära relationer erbjuds 2025–2027 till verksamheter som "
        "möter våldsutsatta, till exempel skolor och vårdcentraler. Minst 600 medarbetare i "
        "länet ska ha gått utbildningen 2027.",
        "Tillsammans med Region Ljungmark och Kriminalvården utreder Länsstyrelsen under 2026 hur "
        "ett gemensamt behandlingsprogram för män som utövar våld kan erbjudas i de kommuner som "
        "saknar ett eget.",
    ]),
    H2("4.3 Ett jämställt föräldraskapsstöd"),
    P(B("Regionalt mål: "), "Senast 2027 ska alla kommuner i länet erbjuda föräldraskapsstöd till "
      "föräldrar med barn i alla åldrar, och andelen män bland deltagarna ska öka från 28 till "
      "40 procent."),
    P("Länsstyrelsen samordnar sedan 2024 ett regionalt nätverk för föräldraskapsstöd. Under "
      "strategiperioden tar nätverket fram ett gemensamt material om jämställt föräldraskap som "
      "ska användas i alla program från 2026. Länsstyrelsen erbjuder också utbildning för "
      "gruppledare två gånger per år. Från 2025 ska minst ett program per kommun erbjudas "
      "digitalt eller på kvällstid, så att fler pappor och fler föräldrar som bor långt från "
      "centralorten kan delta."),
    P("Till nätverkets träffar bjuds även kommunernas barnrättsstrateger in, i syfte att barnets "
      "bästa ska finnas med när programmen utvecklas."),

    H1("5 Länsstyrelsens egen verksamhet"),
    P("Jämställdhetsintegreringen i Länsstyrelsens egen verksamhet leds av ledningsgruppen. Från "
      "och med 2025 ska varje avdelning i sin verksamhetsplan ange minst ett mål för hur den "
      "bidrar till strategins områden, och ledningsgruppen följer upp målen vid "
      "tertialuppföljningarna."),
    P("Länsstyrelsen har tagit fram en checklista för beslut som ska användas i alla ärenden som "
      "går till ledningsgruppen. Checklistan innehåller frågor om hur beslutet påverkar kvinnor "
      "och män och om underlaget bygger på könsuppdelad statistik."),
    P("Under 2025 går alla handläggare som arbetar med bidrag länsstyrelsernas webbutbildning i "
      "jämställdhetsintegrering. Enheten för social hållbarhet erbjuder dessutom stöd till de "
      "enheter som vill granska sin handläggning ur ett jämställdhetsperspektiv."),

    H1("6 Samverkan i länet"),
    P("Länsstyrelsen samordnar Jämställdhetsrådet i Ljungmarks län. I rådet ingår de sex "
      "kommunerna, Region Ljungmark, Polismyndigheten, Försäkringskassan, Arbetsförmedlingen och "
      "två organisationer från civilsamhället. Rådet träffas fyra gånger per år och ska förankra "
      "strategin i de egna organisationerna och komma överens om gemensamma insatser."),
    P("Beslut om gemensamma satsningar fattas av rådets styrgrupp, där Länsstyrelsens länsråd "
      "är ordförande."),
    P("Länsstyrelsen erbjuder också processtöd till kommuner som vill ta fram egna planer för "
      "jämställdhet och sprider goda exempel genom ett nyhetsbrev fyra gånger per år."),

    H1("7 Uppföljning och utvärdering"),
    P("Strategin följs upp varje år med indikatorerna i tabell 2. Jämställdhetsstrategen på "
      "enheten för social hållbarhet sammanställer uppföljningen, som redovisas för "
      "Jämställdhetsrådet i februari och i Länsstyrelsens årsredovisning. En halvtidsavstämning "
      "görs hösten 2026, och en extern utvärdering av hela strategiperioden genomförs under "
      "2028."),
    Table(
        ["Indikator", "Utgångsvärde", "Mål 2028", "Källa"],
        [
            ["Pappornas andel av uttagna dagar med föräldrapenning (%)", "31 (2023)", "38",
             "Försäkringskassan"],
            ["Antal kommuner med aktuell handlingsplan mot våld", "2 (2024)", "6",
             "Länsstyrelsen"],
            ["Antal kommuner som erbjuder behandling för män som utövar våld", "1 (2024)", "6",
             "Länsstyrelsen"],
            ["Andel män bland deltagarna i föräldraskapsstöd (%)", "28 (2023)", "40",
             "Kommunerna"],
            ["Antal medarbetare i länet som gått grundutbildningen om våld", "0 (2024)", "600",
             "Länsstyrelsen"],
        ],
        widths=[4472, 1600, 1200, 1800],
        caption="Tabell 2. Indikatorer för uppföljning av strategin.",
    ),
    P("Strategin har beslutats av landshövdingen efter föredragning i ledningsgruppen."),
]

DOC = Doc(BLOCKS,
          title="Jämställt Ljungmark 2025–2028",
          subject="Länsstrategi för jämställdhetsintegrering",
          creator="Maria Holmgren", last_modified_by="Johan Ekberg",
          keywords="jämställdhet; länsstrategi; förslag",
          revision=11, header="Länsstyrelsen i Ljungmark", header_right="FÖRSLAG",
          company="Länsstyrelsen i Ljungmark")

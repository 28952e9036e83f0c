"""Sample 21: the analysis part of a strategy, written the way real
situation analyses are: the economy and violence passages explain their
subject with causes and consequences that belong to other targets (sick
leave, responsibility for home and children, gendered study choices,
foreign-born women as an example, regional growth, alcohol, unsafe public
spaces, threats against elected women). Parenting support is worked on, and
its stated purpose names children's health and children's rights. The
board's duty to mainstream its own operations is recited and deferred."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, B, Bullets, Table
from targets import A, M, X

NAME = "orsaker_och_foljder"
NOTE = ("Nulägesanalys där andra mål bara förekommer som orsak, följd eller exempel i texten om "
        "ekonomi och våld; föräldraskapsstödets syfte nämner barns hälsa och barnets "
        "rättigheter.")

EXPECTED = {
    "goal.power": M,            # consequence in 3.1: förtroendevalda kvinnor som utsätts för hot
    "goal.economy": A,          # 2: medianinkomst, pension; mål; heltidsnätverk, pensionsträffar
    "goal.education": M,        # cause in 2.1: könsbundna studieval; skolor only as arena in 3.2
    "goal.unpaid_care": M,      # cause in 2.1: kvinnor tar det största ansvaret för barn och hem
    "goal.health": M,           # cause in 2.1 (sjukskrivna), consequence in 3.1, purpose in 4
    "goal.violence": A,         # 3: anmälningar, ungdomsenkät, mål, insatser with owner and year
    "area.planning": M,         # example in 3.1: otryggheten i den offentliga miljön
    "area.child_rights": M,     # purpose in 4: "att stärka barnets rättigheter"
    "area.parenting_support": A,  # 4: 5 of 7 kommuner, regional network 2025, all 7 by 2027
    "area.human_rights": X,
    "req.conditions": A,        # women/men (inkomst, pension) and girls/boys (ungdomsenkäten)
    "req.statistics": A,        # könsuppdelad statistik used; indicator table by sex
    "req.collaboration": A,     # 5: Jämställdhetsrådet; regional network for föräldraskapsstöd
    "req.internal": M,          # 1: duty recited, "beskrivs inte i denna del"
    "req.followup": A,          # 5: yearly indicators (tabell 2), årsredovisning, who
    "area.regional_growth": M,  # consequence in 2.1: kompetensförsörjning och tillväxt
    "area.rural": X,
    "area.integration": M,      # example in 2.1: "till exempel bland ... utrikes födda kvinnor"
    "area.preparedness": X,
    "area.andts": M,            # in passing in 3.1: alkohol och andra droger
}

BLOCKS = [
    Title("Ojämställdhetens orsaker och följder i Norrviks län"),
    Subtitle("Analysdel med mål och insatser – länsstrategi för jämställdhet 2025–2028"),

    H1("1 Inledning"),
    P("Den här delen av länsstrategin beskriver de två områden där analysen visar störst behov "
      "av förändring i Norrviks län: kvinnors ekonomiska villkor och mäns våld mot kvinnor. "
      "Här beskrivs också Länsstyrelsens regionala arbete med föräldraskapsstöd, som under "
      "perioden samordnas med jämställdhetsarbetet."),
    P("Analysen bygger på könsuppdelad statistik från SCB, Försäkringskassan, Polisen och "
      "länets ungdomsenkät, och på de dialoger med kommuner, region och civilsamhälle som "
      "Länsstyrelsen har genomfört under 2024."),
    P("Länsstyrelsen ska enligt sin instruktion integrera ett jämställdhetsperspektiv i sin "
      "egen verksamhet. Hur det görs beskrivs inte i denna del av strategin."),

    H1("2 Kvinnors ekonomiska villkor"),
    H2("2.1 Läget i länet"),
    P("Kvinnor i Norrviks län har en medianinkomst som motsvarar 81 procent av männens. "
      "Skillnaden har minskat långsamt under de senaste tio åren, men i flera av länets "
      "kommuner har den stått still. Kvinnornas genomsnittliga pension är 70 procent av "
      "männens, vilket innebär att många kvinnor har svårt att klara sig på sin pension."),
    P("Skillnaderna har flera förklaringar. En del av förklaringen är att kvinnor oftare är "
      "sjukskrivna, framför allt i de kontaktintensiva yrkena inom kommunerna. En annan är att "
      "kvinnor fortfarande tar det största ansvaret för barn och hem och därför oftare går ner "
      "i arbetstid. Arbetsmarknaden är dessutom starkt uppdelad efter kön, vilket delvis går "
      "tillbaka på könsbundna studieval."),
    P("Skillnaderna är som störst i vissa grupper, till exempel bland ensamstående mödrar, "
      "äldre kvinnor och utrikes födda kvinnor."),
    P("Kvinnors lägre inkomster får följder långt utanför den egna plånboken. Den som saknar "
      "egen ekonomi har svårare att lämna en destruktiv relation, och länets "
      "kompetensförsörjning och tillväxt påverkas när kvinnors kompetens inte tas tillvara."),
    H2("2.2 Mål och insatser"),
    P(B("Mål: "), "Kvinnors medianinkomst ska motsvara minst 86 procent av männens år 2028, "
      "och andelen heltidsanställda kvinnor i kommunerna ska öka från 71 till 80 procent."),
    Bullets([
        "Länsstyrelsen bjuder under 2025 in länets tio största offentliga arbetsgivare till ett "
        "nätverk om heltid som norm. Nätverket träffas två gånger per år fram till 2028.",
        "Tillsammans med Pensionsmyndigheten genomför Länsstyrelsen informationsträffar om "
        "pension för kvinnor i åldern 45–60 år i alla sju kommuner under 2026.",
        "Länsstyrelsen sammanställer varje år andelen heltidsanställda kvinnor och män per "
        "kommun och återkopplar resultatet till arbetsgivarna i nätverket.",
    ]),

    H1("3 Mäns våld mot kvinnor"),
    H2("3.1 Läget i länet"),
    P("Under 2023 anmäldes misshandel i nära relation mot 412 kvinnor i länet, och två kvinnor "
      "dödades av en man som de hade haft en relation med. Kvinnojourerna rapporterar att de "
      "som söker stöd har varit utsatta under längre tid än tidigare."),
    P("I ungdomsenkäten 2024 uppgav 22 procent av flickorna och 6 procent av pojkarna i "
      "gymnasiet att de någon gång hade utsatts för sexuellt våld eller sexuella trakasserier. "
      "Bland pojkarna var det vanligare att ha utsatts för misshandel på allmän plats."),
    P("Våldet har stora konsekvenser för de utsatta. Det leder till fysisk och psykisk ohälsa "
      "och till sjukskrivningar, och det försämrar kvinnors möjligheter att arbeta och försörja "
      "sig. Alkohol och andra droger förekommer ofta i samband med våldet."),
    P("Rädslan för våld begränsar också kvinnors vardag. Otryggheten i den offentliga miljön, "
      "till exempel vid mörka busshållplatser och parkeringar, gör att många kvinnor undviker "
      "att gå ut ensamma på kvällen."),
    P("I förlängningen påverkar våldet och hoten även demokratin: förtroendevalda kvinnor som "
      "utsätts för hot avstår ibland från att ta nya uppdrag."),
    H2("3.2 Mål och insatser"),
    P(B("Mål: "), "Våldsutsatta kvinnor ska upptäckas tidigare och få ett likvärdigt stöd i "
      "hela länet, och andelen flickor som utsätts för sexuella trakasserier ska minska."),
    Bullets([
        "Länsstyrelsens samordningsfunktion erbjuder 2025–2026 en grundutbildning om våld i "
        "nära relationer för socialtjänsten i alla kommuner.",
        "Ett våldsförebyggande program för elever erbjuds alla högstadieskolor i länet, med "
        "målet att minst tio skolor använder programmet 2027.",
        "Länsstyrelsen stödjer kommunerna i att införa rutinfrågor om våld i alla utredningar "
        "inom socialtjänsten senast 2026.",
    ]),

    H1("4 Föräldraskapsstöd"),
    P("Syftet med föräldraskapsstödet är att främja barns hälsa och utveckling och att stärka "
      "barnets rättigheter."),
    P("I dag erbjuder fem av länets sju kommuner program för föräldraskapsstöd till föräldrar "
      "med barn i tonåren, men bara två kommuner når föräldrar som bor utanför centralorterna. "
      "Länsstyrelsen samordnar från 2025 ett regionalt nätverk för föräldraskapsstöd och ska "
      "tillsammans med kommunerna se till att alla sju kommuner erbjuder program för "
      "tonårsföräldrar senast 2027. Länsstyrelsen erbjuder också utbildning för gruppledare två "
      "gånger per år."),

    H1("5 Samverkan och uppföljning"),
    P("Insatserna genomförs i samverkan med länets kommuner, Region Norrvik, Polisen och "
      "civilsamhällets organisationer inom ramen för Jämställdhetsrådet i Norrviks län, som "
      "Länsstyrelsen samordnar."),
    P("Målen följs upp årligen med indikatorerna i tabell 2. Uppföljningen redovisas i "
      "Länsstyrelsens årsredovisning, och jämställdhetsstrategen ansvarar för "
      "sammanställningen."),
    Table(
        ["Indikator", "Utgångsvärde 2023", "Mål 2028", "Källa"],
        [
            ["Kvinnors medianinkomst i procent av mäns", "81", "86", "SCB"],
            ["Andel heltidsanställda kvinnor i kommunerna (%)", "71", "80", "Kommunerna"],
            ["Andel flickor i gymnasiet som utsatts för sexuella trakasserier (%)", "22", "15",
             "Ungdomsenkäten"],
            ["Antal kommuner med program för tonårsföräldrar", "5", "7", "Länsstyrelsen"],
        ],
        widths=[4272, 1600, 1400, 1800],
        caption="Tabell 2. Indikatorer för uppföljning.",
    ),
]

DOC = Doc(BLOCKS,
          title="Ojämställdhetens orsaker och följder i Norrviks län",
          creator="Erik Dahl", last_modified_by="Anna Berg", revision=8)

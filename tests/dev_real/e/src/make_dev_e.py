#!/usr/bin/env python3
"""Writes the dev_real/e development set: eight fictional drafts for "Länsstyrelsen i Södra
Ljusnedal" (Södra Ljusnedals län) and its region and municipalities, plus one expected.json each.

Focus: the six sub-goals named without being worked on (forewords, visions, focus sentences,
recited lists, purposes, audiences, other actors, past periods, questions, empty headings,
table cells that point elsewhere), next to plain-style real work.

Usage:  python3 make_dev_e.py            (write drafts/)
        python3 make_dev_e.py --check    (regenerate into a temp dir, compare bytes with drafts/,
                                          parse every XML part, validate every expected.json)
Python 3 standard library only; output is byte-for-byte deterministic.
"""
import json
import os
import re
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

# The DOCX writer is dev_real/c's (tests/dev_real/c/src/docxlib.py), shared rather than copied.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "c", "src"))
from docxlib import Doc  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "drafts"))
CREATOR = "Länsstyrelsen i Södra Ljusnedal"

IDS = ["goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
       "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
       "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
       "req.internal", "req.followup", "area.regional_growth", "area.rural",
       "area.integration", "area.preparedness", "area.andts"]

A, M, X = "addressed", "mentioned", "missing"

KEYS = {"power": "goal.power", "economy": "goal.economy", "education": "goal.education",
        "care": "goal.unpaid_care", "health": "goal.health", "violence": "goal.violence",
        "planning": "area.planning", "child": "area.child_rights",
        "parenting": "area.parenting_support", "hr": "area.human_rights",
        "conditions": "req.conditions", "statistics": "req.statistics",
        "collab": "req.collaboration", "internal": "req.internal", "followup": "req.followup",
        "growth": "area.regional_growth", "rural": "area.rural",
        "integration": "area.integration", "prep": "area.preparedness", "andts": "area.andts"}


def labels(**kw):
    d = {KEYS[k]: v for k, v in kw.items()}
    assert set(d) == set(IDS), sorted(set(IDS) - set(d))
    return {i: d[i] for i in IDS}


def doc(name, title, creator=CREATOR):
    return Doc(name, title_prop=title, creator=creator, header=creator, footer_page=True)


# ---------------------------------------------------------------------------------------------
def draft1():
    """A web page pasted as Markdown: the three government focus areas worked on; the rest of
    the sub-goals only in the vision, a pasted bullet list and as causes."""
    t = """Hoppa till huvudinnehåll
Länsstyrelsen i Södra Ljusnedal > Samhälle > Social hållbarhet > Jämställdhet

# Jämställt Södra Ljusnedal 2024–2027

Senast uppdaterad: 12 mars 2025 | Dela sidan | Skriv ut

Kvinnor och män, flickor och pojkar i Södra Ljusnedals län ska ha samma makt att forma samhället och sina egna liv. Det är visionen för länsstrategin, som Länsstyrelsen har tagit fram på regeringens uppdrag. Strategin ska ge länets kommuner, myndigheter, företag och föreningar en gemensam riktning.

Jämställdhet är en fråga om mänskliga rättigheter, demokrati och rättvisa. Den är också en förutsättning för att länet ska kunna klara kompetensförsörjningen de kommande åren.

## Utgångspunkter

Länsstyrelsen ska enligt sitt uppdrag belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor i sin verksamhet. Jämställdhetsintegrering innebär att jämställdhetsperspektivet ska finnas med i alla beslut, på alla nivåer och i alla steg av processen, av de aktörer som normalt deltar i beslutsfattandet.

Strategin utgår från de nationella jämställdhetspolitiska delmålen:

• En jämn fördelning av makt och inflytande
• Ekonomisk jämställdhet
• Jämställd utbildning
• Jämn fördelning av det obetalda hem- och omsorgsarbetet
• Jämställd hälsa
• Mäns våld mot kvinnor ska upphöra

Under perioden 2024–2027 lägger vi tyngden på tre områden som regeringen pekat ut: ekonomisk jämställdhet, utrikes födda kvinnors etablering på arbetsmarknaden och jämställdhet i den civila beredskapen.

## Ekonomisk jämställdhet i länet

Kvinnor i Södra Ljusnedals län hade 2023 en medianinkomst som motsvarade 81 procent av männens. Skillnaden är störst i de tre bruksorterna i norra länsdelen, där kvinnornas inkomst ligger på 74 procent av männens. I Hallbo kommun arbetar 38 procent av de anställda kvinnorna deltid, jämfört med 11 procent av männen. Inom kommunernas vård och omsorg är deltid fortfarande norm för nyanställda.

En del av skillnaden förklaras av att kvinnor fortfarande tar ut den största delen av föräldrapenningen och är hemma med sjuka barn oftare än männen. Kvinnor har också längre sjukskrivningar, vilket sänker både lön och framtida pension. Arbetsmarknaden är dessutom starkt uppdelad: männen dominerar i skogsindustrin och verkstadsföretagen, kvinnorna i vård, skola och omsorg.

Vårt mål är att skillnaden i sysselsättningsgrad mellan kvinnor och män i åldern 20–64 ska ha halverats till 2027, från 5,8 till högst 2,9 procentenheter.

Det här gör vi:

• Länsstyrelsen driver tillsammans med Arbetsförmedlingen och kommunernas arbetsmarknadsenheter nätverket Heltid i länet, som träffas fyra gånger per år. Nätverket tar fram en gemensam modell för att erbjuda heltid som utgångspunkt vid nyanställning inom vård och omsorg.
• Vi sammanställer varje år inkomst, deltid och sysselsättning efter kön för länets åtta kommuner och publicerar siffrorna här på webbplatsen.
• Hösten 2025 bjuder vi in kommunernas personalchefer till en heldag om ofrivillig deltid.

## Utrikes födda kvinnors etablering

Sysselsättningsgraden bland utrikes födda kvinnor i länet är 52 procent. Bland utrikes födda män är den 68 procent. Skillnaden har varit i stort sett oförändrad sedan 2019. Många av kvinnorna som kommit de senaste åren saknar gymnasieutbildning från hemlandet, och en stor andel har små barn.

Mål: Sysselsättningsgraden för utrikes födda kvinnor ska öka till minst 58 procent till 2027.

Det här gör vi:

• Länsstyrelsen fördelar medel till projektet Språkvägen, där studieförbunden i Norrvik och Ekeby kombinerar svenska med praktik hos lokala arbetsgivare. Minst 60 procent av platserna ska gå till kvinnor.
• Vi följer upp deltagandet i samhällsorienteringen efter kön och kommun två gånger per år.
• Tillsammans med kommunernas integrationssamordnare tar vi fram ett stöd för hur barnomsorg kan ordnas under kurstid.

## Jämställd civil beredskap

Krisberedskap och civilt försvar har länge planerats utifrån mäns erfarenheter. Av medlemmarna i de frivilliga försvarsorganisationerna i länet är 27 procent kvinnor. I den regionala övningen 2024 var 19 av 72 deltagare i ledningsstaberna kvinnor. Under pandemin ökade anmälningarna om våld i nära relationer, och behoven hos kvinnor och män som vårdade anhöriga syntes dåligt i lägesbilderna.

Mål: Länets krisberedskap ska bygga på kunskap om hur kvinnor och män påverkas av en kris.

Det här gör vi:

• Beredskapsenheten redovisar från 2025 alla deltagare i övningar och utbildningar efter kön.
• Inför totalförsvarsövningen 2026 testar vi om krisinformationen når kvinnor och män i samma utsträckning, genom en enkät till 1 500 slumpvis utvalda länsbor.
• Vi ger de frivilliga försvarsorganisationerna stöd i att rekrytera fler kvinnor, bland annat genom gemensamma informationskvällar.

## Så togs strategin fram

Strategin har arbetats fram under 2023 i dialog med länets åtta kommuner, Region Södra Ljusnedal, Arbetsförmedlingen, Försäkringskassan, studieförbunden och flera föreningar. Vi höll sex dialogmöten, ett i varje länsdel och två digitala, och samlade in skriftliga synpunkter från 31 organisationer. Synpunkterna har sammanställts i en bilaga som går att beställa från Länsstyrelsen.

Det som återkom i nästan alla möten var att arbetsmarknaden i länet är uppdelad efter kön och att det är svårt för kommunerna att erbjuda heltid i verksamheter som bemannas dygnet runt. Många lyfte också att siffror per kommun behövs för att arbetet ska komma i gång lokalt. Därför lägger vi stor vikt vid att ta fram och sprida underlag om länets åtta kommuner.

## Läs mer

• Länsstrategin Jämställt Södra Ljusnedal 2024–2027 (pdf, 1,4 MB)
• Sammanställning: Inkomster, deltid och sysselsättning per kommun 2024 (xlsx)
• Handlingsplan mot mäns våld mot kvinnor och våld i nära relationer 2024–2027 (pdf)
• Frivilliga försvarsorganisationer i länet

## Vi arbetar också med

Arbetet mot mäns våld mot kvinnor, våld i nära relationer och hedersrelaterat våld beskrivs inte i den här strategin. Det finns i den regionala handlingsplanen. Läs mer på sidan Mäns våld mot kvinnor.

Region Södra Ljusnedal ansvarar för det regionala tillväxtarbetet och har en egen handlingsplan för jämställd tillväxt.

## Så följer vi upp

Vi kommer att följa upp strategin under perioden.

## Kontakt

Jämställdhetsstrategen, enheten för social hållbarhet
Telefon 010-22 33 000 (växel)

Dela sidan: Facebook | LinkedIn | E-post
Om webbplatsen | Tillgänglighetsredogörelse | Kakor
"""
    note = ("Inklistrad webbsida. Behandlas: ekonomi (inkomst 81 %, deltid 38/11 % i Hallbo, mål om "
            "halverad skillnad i sysselsättningsgrad, nätverket Heltid i länet), integration "
            "(sysselsättningsgrad 52/68 %, mål 58 %, Språkvägen), krisberedskap (27 % kvinnor i "
            "frivilligorganisationerna, könsuppdelad övningsstatistik, enkät 2026), statistik "
            "(siffror efter kön, årlig sammanställning) och samverkan (nätverket med "
            "Arbetsförmedlingen och kommunernas arbetsmarknadsenheter fyra gånger per år, "
            "integrationssamordnarna). Nämns: makt – bara i visionen ('samma makt att forma "
            "samhället') och i den inklistrade delmålslistan med '•' (recitation). Utbildning – "
            "delmålslistan och som förklaring i integrationsavsnittet ('saknar gymnasieutbildning'), "
            "ingen insats eller siffra om utbildning ('övningar och utbildningar' i beredskapsavsnittet "
            "är beredskapsutbildningar, inte utbildningsmålet). Obetalt hem- och omsorgsarbete – delmålslistan och "
            "som orsak till inkomstskillnaden (föräldrapenning, vab) samt 'små barn' som hinder; "
            "barnomsorg under kurstid är integrationsinsats. Hälsa – delmålslistan och 'längre "
            "sjukskrivningar' som orsak till lägre inkomst (i förbigående). Våld – delmålslistan, som "
            "följd i beredskapsavsnittet (ökade anmälningar under pandemin) och i 'Vi arbetar också "
            "med', där det uttryckligen sägs att våldsarbetet inte beskrivs här utan i en annan "
            "handlingsplan (undantag/hänvisning). Mänskliga rättigheter – bara värdegrund "
            "('fråga om mänskliga rättigheter, demokrati och rättvisa'). Villkor – uppdraget "
            "reciteras; analysen gäller bara kvinnor och män, flickor och pojkar analyseras inte "
            "(visionen nämner dem). Intern – bara metoddefinitionen av jämställdhetsintegrering. "
            "Uppföljning – bara 'Vi kommer att följa upp strategin' (innehållslös); den årliga "
            "sammanställningen av inkomstsiffror är statistik om ekonomi, inte uppföljning av "
            "strategin. Nära gränsen för intern: att beredskapsenheten redovisar övningsdeltagare efter "
            "kön är en beredskapsinsats mot länets aktörer (ämne: krisberedskap), inte "
            "jämställdhetsintegrering av Länsstyrelsens egna processer, beslut eller personal. "
            "Regional tillväxt – bara Regionen som annan aktör med egen plan. "
            "Samhällsplanering, barnets rättigheter, föräldraskapsstöd, landsbygd och ANDTS saknas.")
    lab = labels(power=M, economy=A, education=M, care=M, health=M, violence=M, planning=X,
                 child=X, parenting=X, hr=M, conditions=M, statistics=A, collab=A, internal=M,
                 followup=M, growth=M, rural=X, integration=A, prep=A, andts=X)
    return "e1_webbsida_fokusomraden", ("md", t), note, lab


# ---------------------------------------------------------------------------------------------
def draft2():
    """An action plan made of tables; some rows are real work with owner and time, other rows
    only point elsewhere, exclude or defer."""
    d = doc("e2", "Handlingsplan 2025–2026 för jämställdhet i Södra Ljusnedals län")
    d.title("Handlingsplan 2025–2026")
    d.sub("Till länsstrategin Jämställt Södra Ljusnedal 2024–2027 · Dnr 801-4417-2024")
    d.h1("Om handlingsplanen")
    d.p("Handlingsplanen anger vad Länsstyrelsen i Södra Ljusnedal gör under 2025 och 2026 för att "
        "genomföra länsstrategin. Den är uppställd som tabeller: varje rad är en aktivitet med "
        "ansvarig enhet, tidpunkt och hur vi ser att aktiviteten gett resultat. Rader som bara "
        "hänvisar till andra dokument finns med för att läsaren ska se helheten.")
    d.p("Varje aktivitet ska i sin slutredovisning beskriva hur den har påverkat kvinnor och män "
        "respektive flickor och pojkar. Där aktiviteten riktar sig till unga redovisas resultat för "
        "flickor och pojkar var för sig, och där den riktar sig till vuxna för kvinnor och män var "
        "för sig. Deltagarstatistik förs alltid uppdelad på kön.")
    d.p("Barnrättsperspektivet och ett intersektionellt perspektiv ska vägas in i alla aktiviteter.")
    d.h1("Budget")
    d.p("Länsstyrelsen avsätter 2 300 000 kronor per år till handlingsplanen, fördelat enligt "
        "tabellen nedan. Medlen kommer från anslaget för jämställdhetsuppdraget och från "
        "samordningsuppdraget mot våld.")
    d.table([
        ["Avsnitt", "2025 (tkr)", "2026 (tkr)"],
        ["1. Förtroendeuppdrag och beslutande församlingar", "450", "500"],
        ["2. Mäns våld mot kvinnor och våld i nära relationer", "1 200", "1 150"],
        ["3. Planering av den fysiska miljön", "300", "300"],
        ["4. Landsbygd", "150", "100"],
        ["6. Den egna verksamheten", "200", "250"],
    ], [5300, 2000, 2000])
    d.h1("1. Förtroendeuppdrag och beslutande församlingar")
    d.p("I länets åtta kommunfullmäktige är 41 procent av ledamöterna kvinnor, men bara två av åtta "
        "kommunstyrelseordförande. Av de förtroendevalda som lämnade sitt uppdrag i förtid under "
        "mandatperioden 2018–2022 var 61 procent kvinnor.")
    d.table([
        ["Aktivitet", "Ansvarig", "När", "Resultatmått"],
        ["Mentorsprogram för nyvalda kvinnliga förtroendevalda i Norrvik, Ekeby, Hallbo, Gransjö "
         "och Tallmo, tio par per omgång", "Enheten för social hållbarhet", "Start mars 2025, "
         "andra omgången 2026", "Andel kvinnor och män som lämnar uppdrag i förtid"],
        ["Enkät till samtliga förtroendevalda om hot, hat och arbetsvillkor, redovisad efter kön",
         "Enheten för social hållbarhet och analysfunktionen", "Hösten 2025",
         "Svarsfrekvens över 60 %; rapport till kommunerna"],
        ["Stöd till partiernas valberedningar inför valet 2026: träff om sammansättningen av listor",
         "Länsstyrelsen", "Våren 2026", "Andel kvinnor på valbar plats"],
    ], [3400, 2100, 1600, 2200])
    d.h1("2. Mäns våld mot kvinnor och våld i nära relationer")
    d.p("Polisen registrerade 2024 1 060 anmälningar om misshandel av kvinnor i nära relation i "
        "länet. Endast tre av åtta kommuner har en aktuell handlingsplan mot våld.")
    d.table([
        ["Aktivitet", "Ansvarig", "När", "Resultatmått"],
        ["Stöd till kommunerna i Gransjö, Tallmo, Ekeby, Brattfors och Lilla Sund att ta fram lokala "
         "handlingsplaner mot våld", "Samordnaren mot våld", "2025–2026",
         "Antal kommuner med antagen plan (mål: samtliga åtta)"],
        ["Grundutbildning om våldsutsatthet för socialtjänstens handläggare, fyra tillfällen",
         "Samordnaren mot våld tillsammans med Region Södra Ljusnedal", "Kvartal 2 och 4, 2025",
         "Antal deltagare efter kön och kommun"],
        ["Länsgemensam kampanj riktad till män om att söka hjälp för att sluta utöva våld",
         "Länsstyrelsen och kommunernas socialtjänst", "November 2025",
         "Antal samtal till mottagningen för män i Norrvik"],
        ["Gemensam rutin för polis och socialtjänst om hur skyddsbedömningar delas när en kvinna "
         "flyttar mellan kommuner i länet", "Samordnaren mot våld, polisområde Södra Ljusnedal",
         "Klar december 2026", "Antal kommuner som antagit rutinen"],
    ], [3400, 2100, 1600, 2200])
    d.p("Aktiviteterna i avsnitt 2 bygger på den regionala handlingsplanen mot våld och ersätter "
        "inte den. De valdes ut för att kommunerna i de båda enkäterna 2024 angav brist på rutiner "
        "och på utbildad personal som de största hindren.")
    d.h1("3. Planering av den fysiska miljön")
    d.p("Av kommunernas översiktsplaner som antagits 2018–2023 innehåller två av åtta en analys av "
        "hur kvinnor och män använder gator, parker och kollektivtrafik. Länsstyrelsens yttranden "
        "över detaljplaner har hittills inte tagit upp frågan alls.")
    d.table([
        ["Aktivitet", "Ansvarig", "När", "Resultatmått"],
        ["Checklista för jämställdhetsanalys i översikts- och detaljplaner, tas fram med "
         "kommunernas planarkitekter", "Enheten för samhällsplanering", "Klar juni 2026",
         "Antal kommuner som använder checklistan"],
        ["Trygghetsvandringar i Ekeby centrum och vid resecentrum i Norrvik med elever i årskurs 8; "
         "flickors och pojkars synpunkter redovisas var för sig", "Enheten för samhällsplanering "
         "och Ekeby kommun", "September 2025", "Åtgärdslista till kommunen"],
    ], [3400, 2100, 1600, 2200])
    d.h1("4. Landsbygd")
    d.p("Av ansökningarna om landsbygdsstöd från länet 2021–2023 kom 22 procent från kvinnor, trots "
        "att kvinnor driver omkring en tredjedel av de små företagen i inlandskommunerna.")
    d.table([
        ["Aktivitet", "Ansvarig", "När", "Resultatmått"],
        ["Informationsträffar om landsbygdsstöden för företag och föreningar i de fyra "
         "inlandskommunerna, med särskild inbjudan till kvinnor som driver företag i jord- och "
         "skogsbruk", "Landsbygdsenheten", "Februari–april 2025",
         "Andel ansökningar från kvinnor respektive män"],
    ], [3400, 2100, 1600, 2200])
    d.h1("5. Områden som inte har egna aktiviteter i denna plan")
    d.table([
        ["Område", "Status 2025–2026"],
        ["Ekonomisk jämställdhet", "Se länsstrategin, avsnitt 4."],
        ["Jämställd utbildning", "Inga egna aktiviteter. Skolhuvudmännen och Skolverket ansvarar."],
        ["Jämställd hälsa", "Region Södra Ljusnedal genomför hälsosamtal för 40- och 50-åringar "
         "inom primärvården. Länsstyrelsen deltar inte."],
        ["Föräldraskapsstöd", "Prioriteras inte under 2025–2026."],
        ["Mänskliga rättigheter", "Hanteras inom Länsstyrelsens MR-uppdrag, se särskild plan."],
        ["Utrikes födda kvinnors etablering", "Se länsstrategin, avsnitt 5."],
        ["Krisberedskap och civilt försvar", "Text kommer."],
        ["ANDTS", "Se den regionala ANDTS-strategin."],
    ], [3000, 6300])
    d.h1("6. Den egna verksamheten")
    d.table([
        ["Aktivitet", "Ansvarig", "När", "Resultatmått"],
        ["Ny beslutsmall för bidragsbeslut med obligatoriskt avsnitt om konsekvenser för kvinnor "
         "och män", "Länsledningen", "Införs 1 april 2025", "Andel beslut med ifyllt avsnitt "
         "(stickprov 40 beslut per halvår)"],
        ["Halvdagsutbildning i jämställdhetsanalys för alla nya handläggare",
         "HR-enheten", "Löpande, två gånger per år", "Antal utbildade"],
        ["Könsuppdelad statistik i alla verksamhetsrapporter där uppgifterna avser personer",
         "Controllerfunktionen", "Från årsredovisningen 2025", "Andel rapporter"],
    ], [3400, 2100, 1600, 2200])
    d.h1("7. Samverkan")
    d.p("Jämställdhetsrådet i Södra Ljusnedal, där Region Södra Ljusnedal, de åtta kommunerna, "
        "polisen, Arbetsförmedlingen, Försäkringskassan och Kvinnojouren Ljusnedal ingår, möts fyra "
        "gånger per år. Rådet följer aktiviteterna i planen, och varje medlem redovisar en gång om "
        "året vad den egna organisationen gjort. Kommunernas jämställdhetssamordnare har därutöver "
        "ett nätverk som Länsstyrelsen sammankallar varannan månad.")
    d.h1("8. Uppföljning")
    d.p("Handlingsplanen följs upp varje halvår i länsledningens verksamhetsuppföljning. "
        "Jämställdhetsstrategen sammanställer resultatmåtten ovan i en rapport som lämnas till "
        "jämställdhetsrådet i december 2025 och i december 2026. Rapporten 2026 utgör också "
        "underlag för revideringen av länsstrategin inför 2027.")
    note = ("Handlingsplan i tabeller; en tabellrad med aktivitet, ansvarig och tid är ett påstående "
            "om målet raden gäller. Behandlas: makt (41 % kvinnor i fullmäktige, mentorsprogram med "
            "ansvarig och tid), våld (1 060 anmälningar, stöd till lokala handlingsplaner, utbildning, "
            "kampanj), samhällsplanering (checklista för översikts- och detaljplaner, "
            "trygghetsvandringar), landsbygd (informationsträffar om landsbygdsstöden med mått efter "
            "kön), villkor (åtagande i inledningen att redovisa effekter för både kvinnor/män och "
            "flickor/pojkar, trygghetsvandringarnas flickor/pojkar), statistik (deltagarstatistik "
            "efter kön, controllerraden), samverkan (jämställdhetsrådet med namngivna aktörer, fyra "
            "gånger per år, samordnarnätverket), intern (beslutsmall, utbildning av handläggare – "
            "personalutbildning är egen verksamhet, inte utbildningsmålet) och uppföljning "
            "(halvårsvis, rapport december 2025/2026). Nämns (alla i tabell 5 'Områden som inte har "
            "egna aktiviteter'): ekonomi – cellen hänvisar bara till länsstrategin; utbildning – "
            "'Inga egna aktiviteter', andra aktörer ansvarar; hälsa – beskriver bara Regionens "
            "hälsosamtal och säger att Länsstyrelsen inte deltar (annan aktör); föräldraskapsstöd – "
            "'Prioriteras inte' (negation); mänskliga rättigheter – hänvisning till särskild plan; "
            "integration – hänvisning; krisberedskap – 'Text kommer' (platshållare); ANDTS – "
            "hänvisning till annan strategi. Barnets rättigheter nämns bara i perspektivraden "
            "('Barnrättsperspektivet … ska vägas in'). Obetalt hem- och omsorgsarbete och regional "
            "tillväxt saknas; 'kvinnor som driver företag i jord- och skogsbruk' är landsbygdsradens "
            "målgrupp, inget ekonomiarbete.")
    lab = labels(power=A, economy=M, education=M, care=X, health=M, violence=A, planning=A,
                 child=M, parenting=M, hr=M, conditions=A, statistics=A, collab=A, internal=A,
                 followup=A, growth=X, rural=A, integration=M, prep=M, andts=M)
    return "e2_handlingsplan_tabeller", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft3():
    """A chapter of a regional development strategy (Region Södra Ljusnedal): growth, rural and
    transport planning worked on; several sub-goals appear only as causes and in the vision."""
    d = doc("e3", "RUS 2026–2035 kapitel 6 remissversion", creator="Region Södra Ljusnedal")
    d.title("Regional utvecklingsstrategi för Södra Ljusnedal 2026–2035")
    d.sub("Remissversion · Kapitel 6: Ett län där både kvinnor och män vill bo och verka")
    d.h1("Läsanvisning")
    d.p("Kapitel 6 är ett av sju kapitel i remissversionen. Kapitlen 1–5 beskriver länets "
        "befolkning, näringsliv, kompetensförsörjning, klimatomställning och infrastruktur, och "
        "kapitel 7 beskriver genomförande och finansiering. Remisstiden pågår till den 15 mars "
        "2026. Synpunkter lämnas till regionens registratur, och alla remissvar publiceras på "
        "regionens webbplats.")
    d.h1("6.1 Vision och utgångspunkter")
    d.p("Vår vision är ett Södra Ljusnedal där kvinnor och män har samma makt och inflytande över "
        "länets utveckling, där alla kan leva ett gott och hälsosamt liv och där ingen behöver "
        "flytta för att hitta ett arbete som motsvarar utbildningen. Kapitlet har tagits fram av "
        "Region Södra Ljusnedal tillsammans med länets åtta kommuner i Kommunchefsforum och med "
        "Länsstyrelsen i en gemensam beredningsgrupp som mötts varje månad sedan januari 2025. "
        "Regionfullmäktige fattar beslut om strategin i juni 2026.")
    d.p("Strategin ska beakta kvinnors och mäns villkor. Perspektiv som folkhälsa, tillgänglighet och "
        "social hållbarhet ska genomsyra genomförandet.")
    d.h1("6.2 Tillväxtmedlen når inte kvinnor och män lika")
    d.p("Under perioden 2019–2024 beviljade Region Södra Ljusnedal 212 företagsstöd. Av stöden gick "
        "23 procent till företag som leds av kvinnor, och dessa företag fick 14 procent av det "
        "beviljade beloppet. Samtidigt leds 31 procent av länets aktiva företag av kvinnor. "
        "Företagen i besöksnäring, hälsa och tjänster, där kvinnorna oftare driver företag, har "
        "svårare att uppfylla kraven på investeringar i maskiner och byggnader.")
    d.p("Mönstret syns också i innovationsstödet. Av de 61 idéer som antogs till regionens "
        "inkubator i Norrvik 2020–2024 kom 11 från team som leddes av kvinnor, och av "
        "riskkapitalet från det regionala investeringsbolaget gick 6 procent till sådana team. "
        "Företagare som vi intervjuat beskriver att kvinnor oftare söker mindre belopp och oftare "
        "blir avrådda redan vid första kontakten.")
    d.p("Mål 6.2: Andelen av det regionala företagsstödet som går till företag som leds av kvinnor "
        "ska motsvara deras andel av länets företag senast 2030.")
    d.p("Regionen ändrar villkoren för företagsstödet under 2026 så att investeringar i "
        "digitalisering, kompetens och marknadsföring jämställs med investeringar i maskiner. "
        "Handläggarna på tillväxtavdelningen genomgår en utbildning i jämställdhetsanalys av "
        "ansökningar, och varje beslut ska innehålla en bedömning av hur projektet påverkar kvinnor "
        "och män. Tillväxtavdelningen ansvarar.")
    d.h1("6.3 Unga kvinnor lämnar inlandet")
    d.p("I de fyra inlandskommunerna Gransjö, Tallmo, Brattfors och Ödmark har antalet kvinnor i "
        "åldern 20–34 minskat med 22 procent sedan 2010, medan antalet män i samma ålder minskat med "
        "9 procent. I Ödmark går det i dag 131 män på 100 kvinnor i den åldersgruppen. Utflyttningen "
        "förklaras delvis av att unga kvinnor oftare flyttar för att läsa på högskola och sedan inte "
        "återvänder, och delvis av en lokal arbetsmarknad med få arbetsplatser inom de yrken där "
        "kvinnor arbetar och lägre inkomster än i kustkommunerna. Pendlingsavstånden påverkar också "
        "möjligheten att kombinera arbete med hämtning på förskolan, ett ansvar som oftare bärs av "
        "kvinnor. Medianavståndet till arbetet är 46 kilometer för män och 19 kilometer för kvinnor "
        "som bor i Ödmark, och kvinnorna är i högre grad hänvisade till arbetsplatser inom orten. "
        "Befolkningsökningen i inlandet de senaste tio åren består nästan helt av inflyttade "
        "utrikes födda.")
    d.p("Mål 6.3: Utflyttningen av kvinnor i åldern 20–34 från inlandskommunerna ska inte vara större "
        "än männens 2035.")
    d.p("Insatser: Regionen och de fyra inlandskommunerna inrättar 2026 tre lokala servicepunkter med "
        "distansarbetsplatser, bibliotek och paketutlämning i Tallmo, Ödmark och Brattfors. "
        "Landsbygdsprogrammets lokala utvecklingsgrupper får från 2027 medel till projekt om "
        "hyresbostäder för unga vuxna. Regionen följer flyttmönstren efter kön och ålder varje år.")
    d.h1("6.4 Kollektivtrafik och planering")
    d.p("Enligt resvaneundersökningen 2023 står kvinnor för 62 procent av resorna med regionbuss, "
        "medan män står för 64 procent av bilresorna till arbetet. Kvinnors resor är oftare "
        "kedjeresor med flera stopp, och de görs oftare mitt på dagen, när turtätheten är som lägst. "
        "I samma undersökning uppgav 41 procent av kvinnorna och 17 procent av männen att de undviker "
        "busshållplatser efter mörkrets inbrott.")
    d.p("Mål 6.4: Kollektivtrafiken ska vara lika användbar för kvinnors och mäns resmönster.")
    d.p("Insatser: I revideringen av det regionala trafikförsörjningsprogrammet 2026 analyseras alla "
        "förslag till linjeändringar efter hur de påverkar kvinnors och mäns resor. Regionen och "
        "kommunerna går igenom belysningen vid de 40 mest använda hållplatserna under 2026, och "
        "kommunernas översiktsplaner ska redovisa hur gång- och cykelvägar knyter samman bostäder, "
        "förskolor och hållplatser.")
    d.p("Anropsstyrd trafik prövas under 2027 i två inlandskommuner på de tider då linjetrafiken "
        "är gles. Försöket utvärderas efter ett år med resande räknade efter kön och ålder, och "
        "beslut om fortsättning fattas av kollektivtrafiknämnden.")
    d.h1("6.5 Andra planer som berör kapitlet")
    d.p("Region Södra Ljusnedal har en särskild handlingsplan mot våld i nära relationer inom hälso- "
        "och sjukvården, och Länsstyrelsen har en länsstrategi för jämställdhet. Dessa behandlas inte "
        "i RUS. Kopplingen mellan RUS och länsstrategin för jämställdhet hanteras i den gemensamma "
        "beredningsgruppen, där Regionen och Länsstyrelsen varje höst går igenom om insatserna "
        "behöver samordnas.")
    d.h1("6.6 Regionens egen organisation")
    d.p("Från 2026 ska alla ansökningar om regionala projektmedel innehålla en jämställdhetsanalys, "
        "och regionens egna utvecklingsprojekt granskas av en intern referensgrupp innan de startar. "
        "Regionens chefer inom regional utveckling får en dags utbildning i jämställdhetsintegrering "
        "hösten 2026. Regionens egna upphandlingar av konsulttjänster inom regional utveckling ska "
        "från 2027 innehålla krav på att underlag och statistik redovisas efter kön, och "
        "regiondirektören ansvarar för att kraven följs.")
    d.h1("6.7 Uppföljning")
    d.p("All individbaserad statistik i uppföljningen av RUS redovisas efter kön. Regionens "
        "analysenhet följer kapitlet med fyra indikatorer: andel av företagsstödet till företag som "
        "leds av kvinnor; nettoflyttning för kvinnor och män 20–34 år per kommun; kvinnors och mäns "
        "resor med kollektivtrafik; antal servicepunkter i drift i inlandet. En "
        "uppföljningsrapport läggs fram för regionala utvecklingsnämnden vartannat år, första gången "
        "2028.")
    note = ("Kapitel i en regional utvecklingsstrategi skrivet av Region Södra Ljusnedal; 'egen "
            "verksamhet' är här Regionens. Behandlas: regional tillväxt (företagsstöd 23 %/14 %, mål "
            "6.2, ändrade villkor, tillväxtavdelningen ansvarar), landsbygd (kvinnor 20–34 −22 % mot "
            "män −9 % i inlandet, mål 6.3, servicepunkter, lokala utvecklingsgrupper), "
            "samhällsplanering (resvaneundersökningen, trafikförsörjningsprogrammet, belysning vid "
            "hållplatser, översiktsplanerna), statistik, samverkan (beredningsgruppen med kommunerna "
            "och Länsstyrelsen varje månad, höstgenomgången i 6.5), intern (krav på jämställdhetsanalys i projektmedel, "
            "referensgrupp, chefsutbildning) och uppföljning (fyra indikatorer, rapport vartannat år "
            "från 2028). Nämns: makt – visionen ('samma makt och inflytande') och "
            "Regionfullmäktige som beslutande organ (aktör); inga siffror eller insatser om "
            "fördelningen av makt. Ekonomi – 'lägre inkomster' som en orsak till utflyttning "
            "(i förbigående); företagsstödet är regional tillväxt. Utbildning – visionen "
            "('motsvarar utbildningen') och 'flyttar för att läsa på högskola' som orsak. Obetalt "
            "hem- och omsorgsarbete – 'hämtning på förskolan, ett ansvar som oftare bärs av kvinnor' "
            "som orsak i landsbygdsanalysen. Hälsa – visionen ('hälsosamt liv') och perspektivlistan "
            "('folkhälsa'). Våld – bara hänvisningen i 6.5 till Regionens handlingsplan, som "
            "uttryckligen inte behandlas i RUS; otryggheten vid hållplatser är planeringsanalys. "
            "Villkor – bara 'kvinnors och mäns villkor' som plikt; flickor och pojkar förekommer "
            "inte. Integration – 'inflyttade utrikes födda' som bakgrundsfakta i förbigående. "
            "Barnets rättigheter, föräldraskapsstöd, mänskliga rättigheter, krisberedskap och ANDTS "
            "saknas.")
    lab = labels(power=M, economy=M, education=M, care=M, health=M, violence=M, planning=A,
                 child=X, parenting=X, hr=X, conditions=M, statistics=A, collab=A, internal=A,
                 followup=A, growth=A, rural=A, integration=M, prep=X, andts=X)
    return "e3_rus_kapitel", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft4():
    """Long foreword and vision naming every sub-goal as values, a 'strategin fokuserar på'
    sentence; real work on two goals written plainly, without the usual cue words."""
    d = doc("e4", "Länsstrategi för jämställdhet Södra Ljusnedal 2024–2027")
    d.title("Jämställt Södra Ljusnedal")
    d.sub("Länsstrategi 2024–2027 · Fastställd av landshövdingen den 14 februari 2024")
    d.h1("Förord")
    d.p("Ett län där makt, pengar, kunskap och hälsa fördelas lika mellan kvinnor och män är ett "
        "starkare län. Det är också ett län där ingen kvinna behöver vara rädd i sitt eget hem, och "
        "där kvinnor och män delar på ansvaret för hem, barn och äldre anhöriga. Så ser jag på "
        "uppdraget när jag nu fastställer vår nya länsstrategi.")
    d.p("Jag önskar mig ett län där flickor och pojkar väljer utbildning efter intresse och inte "
        "efter vad som förväntas av dem, och där det är lika självklart för en pappa som för en "
        "mamma att vara hemma när barnet är litet. Södra Ljusnedal har kommit en bit på vägen, men "
        "vi är inte framme. Jämställdhet handlar ytterst om demokrati och om allas lika "
        "mänskliga rättigheter, och det är ett arbete som aldrig blir färdigt.")
    d.p("Jag vill tacka alla som bidragit: kommunerna, Region Södra Ljusnedal, polisen, "
        "kvinnojourerna och de många föreningar som lämnat synpunkter. Länsstyrelsen ska själv gå "
        "före och fortsätta jämställdhetsintegrera den egna verksamheten.")
    d.p("Marianne Vestling, landshövding")
    d.h1("Om länet")
    d.p("Södra Ljusnedals län har 248 000 invånare i åtta kommuner. Nästan hälften bor i Norrvik och "
        "Ekeby vid kusten, medan de fyra inlandskommunerna tillsammans har färre än 40 000 "
        "invånare. Skogsindustrin, verkstadsföretagen och offentlig sektor är de största "
        "arbetsgivarna. Befolkningen är äldre än i riket, och andelen över 80 år väntas öka med en "
        "tredjedel till 2035. Avstånden är långa: från Ödmark till residensstaden Norrvik är det "
        "nästan 20 mil.")
    d.p("Strategin har tagits fram av enheten för social hållbarhet. Ett utkast skickades på "
        "remiss till kommunerna, regionen och civilsamhället i december 2023, och 24 remissvar kom "
        "in. De flesta svaren bad om färre och tydligare prioriteringar, vilket är skälet till att "
        "strategin är kortare än den förra.")
    d.h1("1. Vad strategin fokuserar på")
    d.p("Strategin fokuserar på tre av de nationella delmålen: ekonomisk jämställdhet, jämställd "
        "hälsa samt att mäns våld mot kvinnor ska upphöra. Dessa valdes efter dialogmöten i alla "
        "åtta kommuner hösten 2023. Utrikes födda kvinnors etablering är ett av regeringens "
        "fokusområden, men ryms i Länsstyrelsens integrationsuppdrag och behandlas inte här. "
        "Föräldraskapsstöd tas upp i nästa strategi.")
    d.p("Målgrupp för strategin är beslutsfattare och tjänstepersoner i kommuner, region och statliga "
        "myndigheter i länet.")
    d.h1("2. Arbete, lön och försörjning")
    d.p("I Hallbo och Norrvik har var tredje anställd kvinna i åldern 25–54 år en deltidsanställning. "
        "Bland männen i samma ålder är det var tolfte. Det är främst undersköterskor, barnskötare och "
        "personliga assistenter som går ned i tid, ofta för att schemat inte går ihop med livet "
        "utanför arbetet eller för att orken inte räcker. Den genomsnittliga disponibla inkomsten för "
        "ensamstående mammor i länet var 2023 drygt 60 procent av den för sammanboende föräldrar.")
    d.p("Vi vill att fler ska kunna leva på sin lön. Till 2027 ska andelen kvinnor som arbetar deltid "
        "i länets kommunala vård och omsorg ha minskat från 44 till 35 procent.")
    d.p("Under 2024 och 2025 besöker Länsstyrelsen tillsammans med Kommunal och Vårdförbundet "
        "samtliga kommuners socialförvaltningar för att gå igenom schemaläggning och "
        "grundbemanning. Varje besök följs av en skriftlig återkoppling. Vi ger också ut en "
        "sammanställning av inkomster, deltid och ekonomiskt bistånd per kommun uppdelad på kvinnor "
        "och män, första gången i maj 2024.")
    d.p("Kommunerna i Gransjö och Tallmo har redan prövat att låta nyanställda undersköterskor börja "
        "på heltid med en del av tiden i en bemanningspool. Länsstyrelsen bekostar en utvärdering av "
        "försöket under 2025 och sprider resultatet till övriga kommuner vid en konferens i början "
        "av 2026.")
    d.h1("3. Tryggt hemma")
    d.p("Kvinnojourerna i länet tog 2023 emot 412 kvinnor och 390 barn. Polisen registrerade samma år "
        "1 010 anmälningar om misshandel av kvinna där gärningspersonen var närstående, och i "
        "ungefär en tredjedel av ärendena fanns uppgift om att gärningspersonen var påverkad av "
        "alkohol. I länets skolenkät uppgav 14 procent av flickorna och 5 procent av pojkarna i "
        "årskurs 9 att någon de varit tillsammans med hade slagit, hotat eller kontrollerat dem. "
        "Bland vuxna som sökte hjälp hos socialtjänsten för att de utsatts av en partner var 87 "
        "procent kvinnor och 13 procent män.")
    d.p("Ingen ska behöva leva med en partner som slår, hotar eller kontrollerar. Till 2027 ska alla "
        "åtta kommuner ha rutiner för att fråga om våld i socialtjänstens utredningar.")
    d.p("Länsstyrelsen håller under 2024–2026 fyra utbildningsdagar per år för socialtjänstens "
        "handläggare om att fråga, bedöma risk och planera skydd. Arbetet görs i det länsgemensamma "
        "nätverket med kommunernas socialtjänst, polisen och kvinno- och tjejjourerna, som träffas "
        "varannan månad och turas om att vara värd.")
    d.p("Barn som har sett eller hört våld hemma har enligt barnkonventionen rätt till eget stöd och "
        "att få komma till tals. Länsstyrelsen tar 2025 fram ett stöd för kommunernas rutiner för "
        "samtal med barn i våldsärenden och följer upp i hur många kommuner barnen erbjuds eget "
        "samtal, med målet att det ska gälla alla åtta kommuner 2026.")
    d.p("Kvinnojourerna i länet drivs i dag med ettåriga föreningsbidrag från kommunerna, och två "
        "av jourerna tvingades 2023 stänga sina skyddade boenden under sommaren. Länsstyrelsen "
        "kartlägger under 2024 hur jourernas finansiering ser ut i varje kommun och redovisar "
        "resultatet för kommunstyrelserna, tillsammans med förslag på fleråriga "
        "överenskommelser.")
    d.h1("4. Hälsa")
    d.p("Folkhälsoarbetet i länet leds av Region Södra Ljusnedals folkhälsoråd, där Länsstyrelsen är "
        "adjungerad. Regionen ansvarar för hälso- och sjukvård och för de flesta hälsofrämjande "
        "insatserna.")
    d.h1("5. Alla ska med")
    d.p("I arbetet ska skillnader mellan kvinnor och män och mellan flickor och pojkar alltid redovisas "
        "och tas hänsyn till, liksom skillnader efter ålder, bakgrund och funktionsförmåga. Det gäller "
        "både Länsstyrelsens egna insatser och de underlag vi tar fram för andra.")
    d.h1("6. Uppföljning")
    d.p("Strategin kommer att följas upp.")
    note = ("Strategi med långt förord och fokusmening; det verkliga arbetet är skrivet utan "
            "typiska markörord (rubrikerna heter 'Arbete, lön och försörjning' och 'Tryggt hemma'). "
            "Behandlas: ekonomi (deltid var tredje/var tolfte, mål 44→35 %, besök med Kommunal och "
            "Vårdförbundet, inkomstsammanställning), våld (kvinnojourerna 412/390, 1 010 "
            "anmälningar, mål om rutiner i alla kommuner, utbildningsdagar), barnets rättigheter "
            "('rätt till eget stöd och att komma till tals' enligt barnkonventionen + stöd för "
            "kommunernas rutiner för barnsamtal 2025, mål 2026 – aktivitet vars ämne är barnets "
            "rätt), villkor (flickor/pojkar 14/5 % i skolenkäten och kvinnor/män 87/13 % bland "
            "hjälpsökande, plus åtagande i avsnitt 5), statistik och samverkan (länsgemensamma "
            "nätverket med socialtjänst, polis, jourer varannan månad). Nämns: makt – bara förordet "
            "('makt … fördelas lika', värdegrund). Utbildning – bara förordet ('kunskap', önskan om "
            "att flickor och pojkar 'väljer utbildning efter intresse' – vision, ingen analys av "
            "länet). Obetalt hem- och omsorgsarbete – förordet ('delar på ansvaret för hem, barn och "
            "äldre', önskan om att pappor är hemma när barnet är litet); "
            "'livet utanför arbetet' i ekonomiavsnittet är förbigående. Hälsa – förordet och "
            "fokusmeningen ('Strategin fokuserar på … jämställd hälsa') men avsnitt 4 beskriver bara "
            "Regionens folkhälsoråd och ansvar (annan aktör); 'orken inte räcker' är en orsak till "
            "deltid. Mänskliga rättigheter – värdegrund i förordet. Föräldraskapsstöd – 'tas upp i "
            "nästa strategi' (uppskjutet). Intern – 'fortsätta jämställdhetsintegrera den egna "
            "verksamheten' i förordet, innehållslöst; 'Länsstyrelsens egna insatser' i avsnitt 5 "
            "gäller redovisning av skillnader (villkor), inte den egna organisationen. Uppföljning – "
            "bara 'Strategin kommer att följas upp'; målen om barnsamtal och deltid har egna "
            "mått men strategins uppföljning beskrivs inte. Integration – undantag ('behandlas inte "
            "här'). ANDTS – alkohol som faktor i våldsanalysen (i förbigående). "
            "Samhällsplanering, regional tillväxt, landsbygd och krisberedskap saknas ('de fyra "
            "inlandskommunerna' i 'Om länet' är en befolkningsuppgift, inte landsbygdsutveckling).")
    lab = labels(power=M, economy=A, education=M, care=M, health=M, violence=A, planning=X,
                 child=A, parenting=M, hr=M, conditions=A, statistics=A, collab=A, internal=M,
                 followup=M, growth=X, rural=X, integration=M, prep=X, andts=M)
    return "e4_forord_och_fokus", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft5():
    """Mid-term report: reviews the previous period, reports a workshop and asks questions;
    education is worked on in plain school language."""
    d = doc("e5", "Halvtidsrapport länsstrategin för jämställdhet 2024–2027")
    d.title("Halvtidsrapport och inriktning 2026–2027")
    d.sub("Länsstrategin Jämställt Södra Ljusnedal · Enheten för social hållbarhet · Januari 2026")
    d.h1("1. Sammanfattning")
    d.p("Den här rapporten beskriver hur arbetet med länsstrategin har gått under 2024 och 2025 och "
        "vilken inriktning Länsstyrelsen väljer för de två återstående åren. Rapporten bygger på 14 "
        "indikatorer, en enkät till kommunerna och en workshop i Norrvik i november 2025.")
    d.p("Sammantaget har arbetet kommit i gång i alla kommuner, men i olika takt. Sju av åtta "
        "kommuner besvarade enkäten. Fem av dem har en antagen plan eller strategi för "
        "jämställdhet, och tre har en utsedd samordnare på minst halvtid. Två kommuner uppger att "
        "de saknar både plan och samordnare och efterfrågar stöd från Länsstyrelsen.")
    d.h1("Läsanvisning")
    d.p("Avsnitt 2–4 sammanfattar bakgrunden och vad som kom fram i dialogen. Avsnitt 5–8 beskriver "
        "vad Länsstyrelsen gör under 2026 och 2027. Indikatorerna redovisas i sin helhet i bilaga 1, "
        "som skickas till jämställdhetsrådet tillsammans med rapporten.")
    d.h1("2. Tillbakablick på den förra strategiperioden")
    d.p("Under perioden 2020–2023 hade länet mäns våld mot kvinnor som sitt största fokusområde. Ett "
        "regionalt kompetenscentrum inrättades 2022 och alla kommuner utbildade sin socialtjänst. "
        "Den förra strategin drev också en kampanj om mäns psykiska hälsa och ett samarbete med "
        "kommunernas planerare om trygghetsvandringar. De erfarenheterna finns dokumenterade i "
        "slutrapporten från 2023.")
    d.h1("3. Workshop om fortsättningen")
    d.p("Vid workshopen deltog 46 personer från kommunerna, Region Södra Ljusnedal, "
        "Arbetsförmedlingen och civilsamhället. Deltagarna diskuterade bland annat hur "
        "föräldraledigheten fördelas mellan mammor och pappor, hur kvinnor och män drabbas olika i en "
        "kris och hur barnkonventionen, som blev lag 2020, påverkar kommunernas arbete. Frågor som "
        "gruppen formulerade inför den fortsatta perioden var:")
    d.ul(["Hur kan vi få fler kvinnor att ta plats som ordförande i nämnder och styrelser?",
          "Hur kan vi minska löneskillnaden mellan kvinnor och män?",
          "Hur når vi män som utövar våld innan det är för sent?",
          "Hur påverkas kvinnor och män olika vid en längre elavbrottskris?"])
    d.p("Flera deltagare berättade om sina egna erfarenheter av att vara nyvald i en nämnd, och en "
        "grupp lyfte att mötestider sent på kvällen gör det svårt att kombinera uppdraget med "
        "familjen. Andra menade att frågan om löner i första hand är en fråga för parterna på "
        "arbetsmarknaden. Synpunkterna har dokumenterats i en minnesanteckning som skickats till "
        "alla deltagare.")
    d.p("Frågorna tas med i länsstyrelsens fortsatta dialog med länets aktörer.")
    d.h1("4. Nationella jämförelser")
    d.p("I Sverige som helhet tjänar kvinnor i genomsnitt omkring 90 procent av männens lön när "
        "hänsyn tas till yrke, ålder och utbildningsnivå. Alla diskrimineringsgrunder ska beaktas i "
        "den fortsatta analysen.")
    d.h1("5. Inriktning 2026–2027: skolresultat och studieval")
    d.p("Kommunernas enkätsvar och siffrorna för länet pekar åt samma håll. Våren 2025 var 79 procent "
        "av pojkarna och 88 procent av flickorna i årskurs 9 behöriga till ett yrkesprogram på "
        "gymnasiet. I Gransjö och Ödmark var skillnaden över 15 procentenheter. Bland dem som började "
        "på gymnasiet hösten 2025 valde 9 procent av pojkarna och 31 procent av flickorna "
        "samhällsvetenskapsprogrammet, medan el- och energiprogrammet hade 94 procent pojkar. Av "
        "dem som läste på kommunal vuxenutbildning i länet 2025 var 68 procent kvinnor och 32 "
        "procent män, och männen avbröt sina kurser oftare.")
    d.p("Skolorna själva beskriver i enkäten att pojkarnas sämre resultat syns redan i årskurs 6, "
        "särskilt i svenska och engelska, och att pojkar oftare har hög frånvaro i årskurs 8 och 9. "
        "I de mindre kommunerna är valet av gymnasieprogram dessutom begränsat av vilka program som "
        "går att nå med skolskjuts eller buss, vilket förstärker de traditionella valen.")
    d.table([
        ["Indikator", "2023", "2025"],
        ["Pojkar i årskurs 9 behöriga till yrkesprogram", "77 %", "79 %"],
        ["Flickor i årskurs 9 behöriga till yrkesprogram", "88 %", "88 %"],
        ["Kommuner med skillnad över 10 procentenheter", "5 av 8", "4 av 8"],
        ["Bidragsbeslut med konsekvensbeskrivning för kvinnor och män", "3 av 41", "9 av 38"],
    ], [5300, 2000, 2000])
    d.p("Mål till 2027: Andelen pojkar som är behöriga till gymnasiet ska öka till minst 85 procent, "
        "och skillnaden mot flickorna ska minska i alla kommuner.")
    d.p("Det här gör Länsstyrelsen:")
    d.ul(["Under våren 2026 ordnar Länsstyrelsen tillsammans med kommunernas studie- och "
          "yrkesvägledare en fortbildning i två delar om könsmönster i gymnasievalet. Ansvarig: "
          "enheten för social hållbarhet.",
          "Hösten 2026 bjuder vi in rektorer för högstadieskolorna i Gransjö, Ödmark och Tallmo till "
          "ett lärande nätverk om pojkars skolresultat, med tre träffar fram till juni 2027.",
          "Vi sammanställer varje år behörighet och programval efter kön för samtliga kommuner."])
    d.h1("6. Samverkan under resten av perioden")
    d.p("Från 2026 leder Länsstyrelsen ett nätverk för kommunernas jämställdhetssamordnare och "
        "skolchefer som träffas fyra gånger per år. Region Södra Ljusnedal deltar med "
        "utvecklingsavdelningen, och studieförbunden bjuds in till två av träffarna. Inför varje "
        "träff skickar Länsstyrelsen ut de senaste siffrorna för respektive kommun, och varje "
        "kommun redovisar vid årets sista träff vad den själv har gjort. De två kommuner som "
        "saknar både plan och samordnare erbjuds dessutom ett eget stödbesök under våren 2026.")
    d.h1("7. Den egna organisationen")
    d.p("Av Länsstyrelsens 38 bidragsbeslut 2025 innehöll 9 en beskrivning av konsekvenser för "
        "kvinnor och män. Från april 2026 blir en sådan beskrivning obligatorisk i alla "
        "bidragsbeslut, och nya chefer får en halvdags introduktion i jämställdhetsintegrering. "
        "Länsrådet ansvarar. Ett stickprov på tio beslut per kvartal granskas av enheten för social "
        "hållbarhet, och resultatet redovisas i ledningsgruppen.")
    d.h1("8. Fortsatt uppföljning")
    d.p("Halvtidsrapporten följs av en slutrapport hösten 2027. Jämställdhetsstrategen ansvarar för "
        "att de 14 indikatorerna, bland dem behörighet till gymnasiet efter kön, andel bidragsbeslut "
        "med konsekvensbeskrivning och deltagare i nätverken efter kön, redovisas och jämförs med "
        "utgångsläget 2023. Slutrapporten presenteras för jämställdhetsrådet och ligger till grund "
        "för nästa strategi.")
    d.h1("Bilagor")
    d.ul(["Bilaga 1. Indikatorer 2023–2025",
          "Bilaga 2. Enkätfrågor till kommunerna",
          "Bilaga 3. Deltagare vid workshopen i Norrvik den 19 november 2025"])
    note = ("Halvtidsrapport med tillbakablick, workshopreferat och frågor. Behandlas: utbildning "
            "(behörighet 79/88 %, programval 9/31 %, Komvux 68/32 %, mål 85 %, fortbildning för "
            "studie- och yrkesvägledare, rektorsnätverk – skolspråk utan ordet 'jämställd "
            "utbildning'), villkor (flickor/pojkar i årskurs 9 och kvinnor/män i vuxenutbildningen "
            "analyseras), statistik, samverkan (nätverket fyra gånger per år, Regionen, "
            "studieförbunden), intern (9 av 38 bidragsbeslut, obligatorisk konsekvensbeskrivning, "
            "chefsintroduktion – egen verksamhet, inte utbildningsmålet) och uppföljning "
            "(slutrapport hösten 2027, 14 indikatorer, strategen ansvarar). Nämns: makt – bara "
            "som fråga i workshoplistan ('Hur kan vi få fler kvinnor att ta plats som ordförande') "
            "och i referatet (erfarenheter av att vara nyvald i en nämnd). "
            "Ekonomi – fråga ('Hur kan vi minska löneskillnaden') och den nationella bilden "
            "('I Sverige som helhet tjänar kvinnor … 90 procent'), ingen länssiffra, samt referatet "
            "('frågan om löner … en fråga för parterna'). Obetalt hem- och "
            "omsorgsarbete – bara referat av vad workshopen diskuterade (föräldraledighetens "
            "fördelning; mötestider som gör det svårt att kombinera uppdraget med familjen). Hälsa – bara den förra strategins kampanj om mäns psykiska hälsa "
            "(det förflutna). Våld – den förra periodens fokusområde och kompetenscentrum 2022 "
            "(det förflutna) samt frågan 'Hur når vi män som utövar våld'. Samhällsplanering – den "
            "förra strategins samarbete med planerarna (det förflutna). Barnets rättigheter – "
            "workshopreferat ('hur barnkonventionen … påverkar'). Mänskliga rättigheter – bara "
            "'diskrimineringsgrunder'. Krisberedskap – workshopreferat och frågan om elavbrottskris. "
            "'Frågorna tas med i … dialog' är innehållslöst. Föräldraskapsstöd, regional tillväxt, "
            "landsbygd, integration och ANDTS saknas.")
    lab = labels(power=M, economy=M, education=A, care=M, health=M, violence=M, planning=M,
                 child=M, parenting=X, hr=M, conditions=A, statistics=A, collab=A, internal=A,
                 followup=A, growth=X, rural=X, integration=X, prep=M, andts=X)
    return "e5_halvtid_och_fragor", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft6():
    """A municipal gender-equality plan (Hallbo kommun): unpaid care, parenting support, child
    rights and planning worked on; health, economy, power, education, violence only in passing."""
    d = doc("e6", "Jämställdhetsplan för Hallbo kommun 2025–2028", creator="Hallbo kommun")
    d.title("Jämställdhetsplan för Hallbo kommun 2025–2028")
    d.sub("Antagen av kommunfullmäktige den 24 mars 2025, § 41")
    d.h1("1. Inledning")
    d.p("Hallbo kommun har 21 400 invånare och är med sina 1 900 anställda den största arbetsgivaren "
        "på orten. Den här planen beskriver vad kommunen ska göra för att kvinnor och män, flickor och "
        "pojkar i Hallbo ska få samma möjligheter. Planen utgår från Länsstyrelsen i Södra "
        "Ljusnedals länsstrategi och från kommunens vision Hallbo 2035. Jämställdhet är en del av "
        "de mänskliga rättigheterna och en självklar del av kommunens värdegrund.")
    d.p("Kommunfullmäktige antar planen och kommunstyrelsen ansvarar för att den genomförs. Varje "
        "nämnd ska i sin verksamhetsplan ange vilka delar av planen den ansvarar för. Kommunens "
        "handlingsplan mot våld i nära relationer, antagen 2023, gäller parallellt med denna plan. "
        "Skolans arbete med jämställdhet styrs av skollagen och läroplanerna och ingår inte i "
        "planen.")
    d.h1("2. Föräldraledighet och vardagens ansvar")
    d.p("Pappor i Hallbo tog 2024 ut 31 procent av föräldrapenningdagarna, vilket är lägre än "
        "länets 34 procent. Mammorna tog ut 63 procent av dagarna för vård av sjukt barn. Bland "
        "kommunens egna anställda var det 3 av 10 pappor som tog ut mer än 100 dagar under barnets "
        "första två år. I kommunens medborgarenkät 2024 svarade 58 procent av kvinnorna och 29 "
        "procent av männen med barn under tolv år att de har huvudansvaret för att planera hem och "
        "barn. Den ojämna fördelningen bidrar till att kvinnor oftare går ned i arbetstid, vilket "
        "påverkar både inkomst och pension, och till kvinnors högre sjukskrivning.")
    d.p("Mål 2: Pappors andel av föräldrapenningdagarna i Hallbo ska vara minst 38 procent 2028.")
    d.p("Insatser:")
    d.ul(["Barnavårdscentralen och familjecentralen Solrosen informerar alla blivande föräldrar om "
          "hur föräldrapenningen kan delas, med ett särskilt samtal med den andra föräldern vid "
          "hembesöket i vecka 8. Ansvar: socialnämnden tillsammans med Region Södra Ljusnedals "
          "barnhälsovård, från hösten 2025.",
          "Kommunen som arbetsgivare inför 2026 en löneutfyllnad under föräldraledighet för alla "
          "anställda, oavsett kön, och följer upp uttaget per förvaltning. Ansvar: HR-avdelningen.",
          "Fritidsgårdarna och biblioteket erbjuder aktiviteter för barn på sportlovet även under "
          "eftermiddagarna, så att föräldrar kan arbeta heltid även under loven."])
    d.p("Kommunen följer också upp hur ledigheten fördelas hos de egna anställda: varje förvaltning "
        "redovisar i sin personalredovisning uttaget av föräldrapenning och tillfällig "
        "föräldrapenning för kvinnor och män. I hemtjänsten, där nio av tio anställda är kvinnor, "
        "ska schemaläggningen ta hänsyn till att även pappor i personalgruppen ska kunna vara "
        "lediga med sjuka barn utan att kollegor får arbeta extra.")
    d.h1("3. Stöd i föräldraskapet")
    d.p("Familjecentralen Solrosen har sedan 2022 erbjudit föräldragrupper enligt programmet Trygga "
        "föräldrar. Under 2024 deltog 112 mammor och 38 pappor. Pappor som deltog uppgav i "
        "utvärderingen att grupperna hölls på tider då de arbetade, och att inbjudan riktades till "
        "mamman.")
    d.p("Mål 3: Minst 40 procent av deltagarna i föräldragrupperna ska vara pappor 2027.")
    d.p("Insatser: Socialförvaltningen startar 2025 två pappagrupper per år med träffar på kvällstid "
        "och lördagar, och inbjudningarna skickas till båda föräldrarna. Föräldragrupper för "
        "tonårsföräldrar startas i samarbete med högstadieskolan Tallbacken 2026. "
        "Socialförvaltningens enhetschef för förebyggande arbete ansvarar. Inför starten intervjuas "
        "tio pappor som tackat nej till grupperna om vilka tider och former som skulle passa dem, "
        "och materialet i grupperna ses över så att exemplen inte förutsätter att det är mamman som "
        "är hemma.")
    d.h1("4. Barnets rätt i kommunens beslut")
    d.p("Sedan barnkonventionen blev lag ska barnets bästa utredas i alla beslut som rör barn. En "
        "genomgång av kommunstyrelsens och nämndernas ärenden 2024 visade att en "
        "barnkonsekvensanalys gjordes i 12 av 40 ärenden där barn berördes. I de 12 analyserna "
        "beskrevs flickors och pojkars situation var för sig i två.")
    d.p("Mål 4: Alla ärenden som berör barn ska ha en barnkonsekvensanalys 2026, och analysen ska "
        "redovisa skillnader mellan flickor och pojkar där det är relevant.")
    d.p("Insatser: Kommunledningskontoret tar fram en mall för barnkonsekvensanalys med en fråga om "
        "flickor och pojkar, och alla handläggare som bereder ärenden utbildas under 2025. Barn och "
        "unga i kommunens ungdomsråd tillfrågas inför de tre största besluten varje år.")
    d.h1("5. Stadsmiljö och nya bostadsområden")
    d.p("Resvaneundersökningen 2023 visade att 58 procent av kvinnorna och 34 procent av männen i "
        "Hallbo tätort går eller cyklar till arbetet eller förskolan. Kvinnor uppgav oftare att "
        "dålig belysning och otydliga gångvägar gör att de väljer bort vissa sträckor.")
    d.p("Insatser: I detaljplanen för det nya bostadsområdet Strandängen, som samråds 2025, ska "
        "gång- och cykelvägar till förskolan och busshållplatsen byggas innan husen, och belysningen "
        "planeras utifrån en trygghetsvandring med boende. Samhällsbyggnadsförvaltningen "
        "ansvarar. Kommande översiktsplan, som ska antas 2027, ska innehålla ett avsnitt om hur "
        "kvinnor och män rör sig i kommunen.")
    d.h1("6. Kommunen som organisation")
    d.p("Varje förvaltning ska under planperioden göra en jämställdhetsanalys av minst en tjänst per "
        "år, till exempel hemtjänstens biståndsbeslut eller fördelningen av föreningsbidrag till "
        "flickors och pojkars idrott. Resultaten redovisas i nämndernas årsberättelser. Kommunens "
        "chefer genomgår en utbildning i jämställdhetsanalys under 2025, och kommunens "
        "jämställdhetsstrateg stödjer förvaltningarna. Inför budgeten 2027 prövar kommunstyrelsen "
        "dessutom att redovisa hur de största satsningarna fördelas på verksamheter där "
        "kvinnor respektive män är flest bland användarna.")
    d.h1("7. Samarbete")
    d.p("Planen genomförs i samarbete med Region Södra Ljusnedal, som ansvarar för barnhälsovården "
        "och mödrahälsovården, och med Länsstyrelsen. En gemensam arbetsgrupp med BVC, "
        "familjecentralen och socialförvaltningen träffas en gång per månad. Länsstyrelsens nätverk "
        "för kommunernas jämställdhetssamordnare används för att jämföra resultat med andra "
        "kommuner, och Hallbo deltar i samtliga träffar.")
    d.h1("8. Uppföljning")
    d.p("Planen följs upp i kommunens årsredovisning varje år. Indikatorerna är pappors andel av "
        "föräldrapenningdagarna, andel pappor i föräldragrupperna, andel ärenden med "
        "barnkonsekvensanalys och antal genomförda jämställdhetsanalyser per förvaltning. All "
        "statistik om personer redovisas efter kön. Kommunstyrelsen gör en fördjupad utvärdering "
        "2027 inför nästa plan.")
    note = ("Kommunal jämställdhetsplan (Hallbo kommun); 'egen verksamhet' är kommunens. Behandlas: "
            "obetalt hem- och omsorgsarbete (pappors 31 % av föräldrapenningdagarna, 63 % vab, "
            "medborgarenkäten 58/29 %, mål 2, information vid hembesöket – ämnet är fördelningen av "
            "föräldraledighet och ansvar för hem och barn), föräldraskapsstöd (Trygga föräldrar, 112 "
            "mammor/38 pappor, mål 3, pappagrupper, enhetschef ansvarar), barnets rättigheter "
            "(barnkonsekvensanalys i 12 av 40 ärenden, mål 4, mall, ungdomsrådet), "
            "samhällsplanering (resvaneundersökningen, detaljplanen Strandängen, översiktsplanen), "
            "villkor (kvinnor/män och flickor/pojkar analyseras och åtagande om flickor/pojkar i "
            "analysen), statistik, samverkan (arbetsgrupp med Regionens BVC varje månad, "
            "Länsstyrelsens nätverk), intern (tjänsteanalys per förvaltning, chefsutbildning; "
            "löneutfyllnaden är också arbetsgivarinsats men dess ämne är föräldraledigheten) och "
            "uppföljning (årsredovisningen, fyra indikatorer, utvärdering 2027). Nämns: hälsa – "
            "'kvinnors högre sjukskrivning' som följd av den ojämna fördelningen (i förbigående). "
            "Ekonomi – 'påverkar både inkomst och pension' (följd) och 'arbeta heltid även under "
            "loven' som syfte med lovaktiviteterna. Makt – kommunfullmäktige som den som antar planen "
            "och nämnderna som ansvariga (aktörer). Utbildning – uttryckligen undantagen ('ingår inte "
            "i planen'); chefs- och handläggarutbildning är egen verksamhet, ungdomsrådet och "
            "högstadieskolan är aktörer. Våld – bara hänvisning till handlingsplanen mot våld som "
            "gäller parallellt; trygghetsvandringen är planering. Mänskliga rättigheter – värdegrund "
            "('en del av de mänskliga rättigheterna'). Regional tillväxt, landsbygd, integration, "
            "krisberedskap och ANDTS saknas.")
    lab = labels(power=M, economy=M, education=M, care=A, health=M, violence=M, planning=A,
                 child=A, parenting=A, hr=M, conditions=A, statistics=A, collab=A, internal=A,
                 followup=A, growth=X, rural=X, integration=X, prep=X, andts=X)
    return "e6_kommunal_plan_hallbo", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft7():
    """Much of the text describes what other actors do (police, Försäkringskassan, the Region,
    the municipalities, civil society); the board itself works on health and ANDTS."""
    d = doc("e7", "Länsstrategi jämställdhet Södra Ljusnedal – aktörer och insatser")
    d.title("Tillsammans för ett jämställt Södra Ljusnedal")
    d.sub("Länsstrategi 2024–2027 · Del 2: Aktörerna i länet och Länsstyrelsens insatser")
    d.h1("1. Om den här delen")
    d.p("Del 1 av strategin innehåller vision och utgångspunkter. Den här delen beskriver vad länets "
        "aktörer redan gör och vad Länsstyrelsen själv ska göra under perioden. Länsstyrelsen har "
        "i uppdrag att belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars "
        "villkor. Jämställdhetsintegrering är den strategi som riksdag och regering valt för att nå "
        "de jämställdhetspolitiska målen, och den innebär att jämställdhet ska vara en del av det "
        "ordinarie arbetet.")
    d.p("Beskrivningarna i avsnitt 2 har aktörerna själva lämnat till Länsstyrelsen under våren "
        "2024. De är med för att visa bredden i länets arbete och för att aktörerna ska kunna hitta "
        "varandra. Länsstyrelsen har inte granskat eller värderat insatserna. Avsnitt 3 beskriver "
        "de två områden där Länsstyrelsen själv tar ett särskilt ansvar under perioden, och "
        "avsnitt 4 och 5 beskriver hur arbetet hålls ihop och följs upp.")
    d.h1("2. Vad andra aktörer gör")
    d.h2("Polisen")
    d.p("Polisområde Södra Ljusnedal har sedan 2021 en särskild grupp för brott i nära relationer "
        "med sex utredare. Gruppen arbetar med riskbedömningar och med att ta hand om bevis redan "
        "vid första kontakten. Polisen deltar också i skolornas arbete mot sexuella trakasserier.")
    d.h2("Försäkringskassan")
    d.p("Försäkringskassan informerar blivande föräldrar om hur föräldrapenningen kan delas mellan "
        "dem och arbetar i samverkan med Region Södra Ljusnedal för att sjukskrivna ska få rätt "
        "stöd tillbaka till arbete.")
    d.h2("Arbetsförmedlingen")
    d.p("Arbetsförmedlingen ansvarar för etableringsprogrammet för nyanlända och har ett uppdrag att "
        "bryta den könsuppdelade arbetsmarknaden genom sina matchningstjänster.")
    d.h2("Region Södra Ljusnedal")
    d.p("Regionen ansvarar för hälso- och sjukvården och för det regionala tillväxtarbetet. "
        "Barnhälsovården erbjuder alla föräldrar föräldrastöd i grupp under barnets första år.")
    d.h2("Kommunerna")
    d.p("Kommunerna ansvarar för skolan, socialtjänsten och räddningstjänsten. Kommunernas "
        "krisledningsorganisationer övar varje år, och flera kommuner har skolkuratorer som "
        "arbetar med flickors och pojkars psykiska mående.")
    d.h2("Civilsamhället")
    d.p("Föreningen Kvinnor i Ljusnedal driver sedan 2019 ett nätverk som stöttar kvinnor som vill "
        "ta politiska uppdrag. Kvinnojouren Ljusnedal och Tjejjouren Norrvik har tillsammans 60 "
        "ideella jourkvinnor.")
    d.h1("3. Länsstyrelsens insatser")
    d.h2("3.1 Män som dör för tidigt och kvinnor som blir sjukskrivna")
    d.p("Medellivslängden för män i de fyra inlandskommunerna är 77,9 år, vilket är 2,6 år kortare "
        "än för män i Norrvik och 5,1 år kortare än för kvinnor i samma kommuner. Män i åldern 45–64 "
        "i inlandet dör i hjärt- och kärlsjukdom dubbelt så ofta som kvinnor i samma ålder, och "
        "två av tre självmord i länet begås av män. Samtidigt står kvinnor för 71 procent av de "
        "pågående sjukfallen med psykisk diagnos i länet, och sjukpenningtalet för kvinnor i "
        "åldern 25–44 har ökat från 9,4 till 11,2 dagar sedan 2019. Kvinnor i vård, skola och omsorg "
        "har den högsta sjukfrånvaron. I länets folkhälsoenkät 2024 svarade 26 procent av kvinnorna "
        "och 15 procent av männen att de har besvär av sömnsvårigheter och stress, medan männen "
        "oftare uppgav att de inte träffat en läkare på mer än tre år.")
    d.p("Mål 3.1: Skillnaden i medellivslängd mellan män i inlandet och män i Norrvik ska minska, "
        "och sjukpenningtalet för kvinnor 25–44 år ska inte öka under perioden.")
    d.p("Under 2025 och 2026 gör Länsstyrelsen följande:")
    d.ul(["bjuder in Försäkringskassan, Region Södra Ljusnedal och de tio största offentliga "
          "arbetsgivarna till tre rundabordssamtal om sjukfrånvaron bland kvinnor i vård, skola och "
          "omsorg, med en gemensam åtgärdslista som mål;",
          "ger bidrag till två föreningar i Gransjö och Ödmark som når medelålders män genom "
          "jaktlag, motorklubbar och idrott, för hälsokontroller i samarbete med vårdcentralerna;",
          "tar fram en årlig sammanställning av medellivslängd, sjukpenningtal och självmord efter kön "
          "och kommun, som skickas till alla kommunstyrelser i mars."])
    d.p("Enheten för social hållbarhet ansvarar för insatserna. Rundabordssamtalen dokumenteras, "
        "och åtgärdslistan följs upp ett år efter det sista samtalet. Föreningsbidragen beviljas "
        "för ett år i taget, och föreningarna redovisar hur många män som genomgått en "
        "hälsokontroll och hur många som remitterats vidare.")
    d.h2("3.2 Alkohol, tobak och spel")
    d.p("Länsstyrelsen följer kommunernas tillsyn av serveringstillstånd och tobaksförsäljning. Av "
        "dem som gick utbildningen Ansvarsfull alkoholservering i länet 2023 var 62 procent män, "
        "medan 58 procent av personalen i restaurangerna är kvinnor. I länets drogvaneundersökning "
        "i årskurs 9 och gymnasiets år 2 uppgav 21 procent av pojkarna och 9 procent av flickorna "
        "att de spelat om pengar på nätet den senaste månaden.")
    d.p("Från 2025 redovisar Länsstyrelsen deltagarna i utbildningen efter kön, och vi erbjuder "
        "utbildningen på tider som passar restaurangpersonal i kök och servering. Tillsammans med "
        "kommunernas ANDTS-samordnare tar vi under 2026 fram material om spel om pengar till "
        "föräldramöten i årskurs 8, och vi följer upp andelen pojkar och flickor som spelar vid "
        "nästa drogvaneundersökning 2027. Vid tillsynsbesöken hos kommunerna frågar Länsstyrelsen "
        "dessutom om kommunens egen tillsyn har fångat upp att personalen i serveringen oftare är "
        "kvinnor medan de som har serveringsansvar oftare är män.")
    d.h1("4. Hur vi samarbetar")
    d.p("Länsstyrelsen sammankallar Jämställdhetsforum Södra Ljusnedal två gånger per år. I forumet "
        "ingår de aktörer som beskrivs i avsnitt 2: polisen, Försäkringskassan, Arbetsförmedlingen, "
        "Region Södra Ljusnedal, de åtta kommunerna och civilsamhällets organisationer. Varje "
        "aktör redovisar vid vårens möte vad den gjort under året, och höstens möte används för att "
        "planera gemensamma insatser. Mellan mötena har Länsstyrelsen regelbunden kontakt med "
        "kommunernas ANDTS-samordnare och folkhälsostrateger.")
    d.h1("5. Uppföljning")
    d.p("Länsstyrelsen redovisar uppföljningen av strategin i en rapport våren 2027. Rapporten "
        "bygger på indikatorerna medellivslängd och sjukpenningtal efter kön och kommun, andel män "
        "och kvinnor bland deltagarna i Ansvarsfull alkoholservering och andel pojkar och flickor "
        "som spelar om pengar, samt på aktörernas redovisningar i Jämställdhetsforum. "
        "Jämställdhetsstrategen ansvarar för rapporten, som lämnas till länsledningen och forumet.")
    note = ("Strategi där avsnitt 2 bara beskriver vad andra aktörer gör. Behandlas: hälsa "
            "(medellivslängd 77,9 år, dödlighet, 71 % av sjukfallen, sjukpenningtal 9,4→11,2, mål 3.1, "
            "rundabordssamtal, föreningsbidrag, årlig sammanställning – rubriken säger inte "
            "'jämställd hälsa'), ANDTS (62 % män i Ansvarsfull alkoholservering, spel om pengar "
            "21/9 %, könsuppdelad deltagarstatistik, material 2026), statistik, samverkan "
            "(Jämställdhetsforum två gånger per år med namngivna aktörer och hur) och uppföljning "
            "(rapport våren 2027, indikatorer, ansvarig). Nämns – alla i avsnitt 2 'Vad andra "
            "aktörer gör', andras arbete och inte Länsstyrelsens: våld (polisens grupp för brott i "
            "nära relationer, jourerna), obetalt hem- och omsorgsarbete (Försäkringskassan informerar "
            "om delad föräldrapenning), ekonomi (Arbetsförmedlingens uppdrag om den könsuppdelade "
            "arbetsmarknaden), integration (Arbetsförmedlingens etableringsprogram), regional "
            "tillväxt (Regionen ansvarar för tillväxtarbetet), föräldraskapsstöd (barnhälsovårdens "
            "föräldrastöd; materialet till föräldramöten i 3.2 är ANDTS-insats), utbildning "
            "(kommunerna ansvarar för skolan), krisberedskap (kommunernas krisledningsorganisationer "
            "övar), makt (föreningens nätverk för kvinnor som vill ta politiska uppdrag). Villkor – "
            "uppdraget reciteras i avsnitt 1; analysen har kvinnor/män (hälsa) och flickor/pojkar "
            "(spel) och behandlas därför: reciteringen i avsnitt 1 är ingen analys, men 3.1 har "
            "siffror om kvinnor och män och 3.2 siffror om flickor och pojkar. "
            "Intern – bara metoddefinitionen av jämställdhetsintegrering i avsnitt 1; nära gränsen: "
            "att Länsstyrelsen redovisar deltagarna i Ansvarsfull alkoholservering efter kön och "
            "anpassar tiderna är en ANDTS-insats (ämne: alkoholservering i länet), inte arbete med "
            "den egna organisationens processer, beslut eller personal. Barnets rättigheter, "
            "mänskliga rättigheter, samhällsplanering och landsbygd saknas ('inlandskommunerna' är "
            "geografi i hälsoanalysen, inte landsbygdsutveckling).")
    lab = labels(power=M, economy=M, education=M, care=M, health=A, violence=M, planning=X,
                 child=X, parenting=M, hr=X, conditions=A, statistics=A, collab=A, internal=M,
                 followup=A, growth=M, rural=X, integration=M, prep=M, andts=A)
    return "e7_andra_aktorer", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft8():
    """A working draft: table of contents, empty headings, placeholders, TODOs, the same filler
    line under two headings, a status table whose cells point elsewhere, a tracked deletion and
    a reviewer comment. Four sections are written out in full."""
    d = Doc("e8", title_prop="UTKAST länsstrategi jämställdhet v0.7", creator=CREATOR,
            header="UTKAST – ej för spridning", footer_page=True, track_revisions=True,
            rev_author="Handläggare jämställdhet", rev_date="2025-10-02T09:30:00Z")
    d.comment(1, "Siffrorna för 2024 ska stämmas av mot polisens nya sammanställning innan "
                 "remissen.", author="Granskare", initials="GR")
    d.title("Jämställt Södra Ljusnedal 2026–2029")
    d.sub("Arbetsutkast version 0.7 · 2 oktober 2025 · Enheten för social hållbarhet")
    d.table([
        ["Version", "Datum", "Ändring"],
        ["0.5", "2025-08-20", "Disposition fastställd i ledningsgruppen"],
        ["0.6", "2025-09-12", "Avsnitt 3.1 och 3.8 tillagda"],
        ["0.7", "2025-10-02", "Avsnitt 3.6, 4 och 5 tillagda; avsnitt 3.2 omarbetas"],
    ], [1500, 1800, 6000])
    d.toc([(1, "1. Inledning", 2), (1, "2. Läget i länet", 2), (1, "3. Målområden", 3),
           (2, "3.1 Makt och inflytande", 3), (2, "3.2 Ekonomisk jämställdhet", 3),
           (2, "3.3 Jämställd utbildning", 4), (2, "3.4 Obetalt hem- och omsorgsarbete", 4),
           (2, "3.5 Jämställd hälsa", 4), (2, "3.6 Mäns våld mot kvinnor", 4),
           (2, "3.7 Samhällsplanering", 5), (2, "3.8 Krisberedskap", 5),
           (2, "3.9 Utrikes födda kvinnors etablering", 5), (1, "4. Mänskliga rättigheter", 6),
           (1, "5. Länsstyrelsens egen verksamhet", 6), (1, "6. Samverkan", 6),
           (1, "7. Uppföljning", 6), (1, "8. Övriga områden", 7)])
    d.h1("1. Inledning")
    d.p("TODO: inledningen skrivs när resten är klart. Ska ta upp uppdraget att belysa, analysera och "
        "beakta kvinnors och mäns samt flickors och pojkars villkor.")
    d.h1("2. Läget i länet")
    d.p("Text kommer. Analysfunktionen tar fram ett statistikunderlag i november.")
    d.h1("3. Målområden")
    d.p("Strategin ska ha ett avsnitt per målområde. Avsnitten 3.1, 3.6 och 3.8 är klara för "
        "intern läsning, övriga skrivs under hösten.")
    d.h2("3.1 Makt och inflytande")
    d.p("Efter valet 2022 är två av länets åtta kommunstyrelseordförande kvinnor, och i de fyra "
        "största nämnderna i varje kommun är 29 procent av ordförandena kvinnor. Av de "
        "förtroendevalda som lämnade sina uppdrag i förtid under 2019–2022 var 6 av 10 kvinnor, och "
        "kvinnorna var i genomsnitt 11 år yngre än männen som lämnade. Länsstyrelsens "
        "förtroendemannaenkät 2024 visar att 34 procent av de kvinnliga och 21 procent av de "
        "manliga förtroendevalda utsatts för hot eller trakasserier under det senaste året. I "
        "regionfullmäktige är 44 procent av ledamöterna kvinnor, men i regionstyrelsens presidium "
        "är en av tre kvinna, och bland de förtroendevalda under 35 år är kvinnorna i minoritet i "
        "sju av åtta kommuner.")
    d.p("Länsstyrelsen ska 2026 genomföra en intervjustudie med 30 förtroendevalda som lämnat sina "
        "uppdrag i förtid, och resultatet ska presenteras för kommunernas valberedningar och "
        "partiernas länsorganisationer inför valet. Målet är att lika stor andel kvinnor som män "
        "fullgör hela mandatperioden 2026–2030. Studien görs av Länsstyrelsens analysfunktion, och "
        "de intervjuade väljs så att alla åtta kommuner och både kvinnor och män i olika åldrar "
        "finns med. Frågor om mötestider, arvoden och hur partierna tar emot nyvalda ingår.")
    d.h2("3.2 Ekonomisk jämställdhet")
    d.p("Text kommer.")
    d.del_p("Kvinnornas medianinkomst i länet var 2023 79 procent av männens, och skillnaden har "
            "inte minskat sedan 2018. Länsstyrelsen ska driva ett nätverk om heltid med "
            "kommunernas personalchefer 2026–2027.")
    d.h2("3.3 Jämställd utbildning")
    d.p("TODO: be analysfunktionen om behörighetssiffror per kommun.")
    d.h2("3.4 Obetalt hem- och omsorgsarbete")
    d.h2("3.5 Jämställd hälsa")
    d.p("Länsstyrelsen ska arbeta med detta under perioden.")
    d.h2("3.6 Mäns våld mot kvinnor")
    d.p("[c1>Polisen registrerade 2024 1 140 anmälningar om misshandel av kvinnor i nära relation i "
        "länet, en ökning med 8 procent sedan 2021.<c1] Hälften av anmälningarna kom från Norrvik och "
        "Ekeby. Kvinnojourerna tog emot 447 kvinnor, varav 160 i skyddat boende. Antalet kvinnor "
        "som sökte hjälp hos kommunernas socialtjänst varierade mellan 4 och 19 per 1 000 invånare, "
        "vilket tyder på att det är tillgången till stöd snarare än våldet som skiljer kommunerna "
        "åt.")
    d.p("Mål: Alla åtta kommuner ska 2028 erbjuda samma grundläggande stöd till våldsutsatta "
        "kvinnor, oavsett var i länet de bor. Länsstyrelsen tar 2026 fram en länsgemensam miniminivå "
        "för stödet och följer varje år upp hur kommunerna uppfyller den. Samordnaren mot våld "
        "ansvarar. Uppföljningen görs genom en årlig enkät om vilka delar av miniminivån som "
        "erbjuds, hur många kvinnor som fått stöd och hur lång väntetiden till första samtal var.")
    d.h2("3.7 Samhällsplanering")
    d.p("Länsstyrelsen ska arbeta med detta under perioden.")
    d.h2("3.8 Krisberedskap")
    d.p("I länets krisledningsstaber under elavbrottet i januari 2024 var 23 av 81 personer kvinnor. "
        "Den efterföljande enkäten visade att kvinnor över 70 år i högre grad än män i samma ålder "
        "saknade information om var de kunde få värme och vatten, och att de oftare var ensamboende. "
        "Män i samma ålder uppgav i högre grad att de inte ville be om hjälp.")
    d.p("Länsstyrelsen ska vid den regionala övningen 2026 samla in deltagarstatistik efter kön och "
        "pröva ett nytt sätt att sprida krisinformation via hemtjänsten och föreningslivet. "
        "Beredskapsenheten ansvarar och redovisar resultatet för länets krisberedskapsråd i "
        "december 2026. Inför övningen går enheten också igenom länets plan för krisinformation för "
        "att se vilka grupper som nås genom webb och sociala medier och vilka som behöver nås på "
        "andra sätt.")
    d.h2("3.9 Utrikes födda kvinnors etablering")
    d.p("TODO – invänta Arbetsförmedlingens siffror.")
    d.h1("4. Mänskliga rättigheter")
    d.p("Under 2026 erbjuder Länsstyrelsen handläggare i länets kommuner en tvådagarsutbildning om "
        "hur de mänskliga rättigheterna tillämpas i myndighetsutövning, med fokus på rätten till "
        "likabehandling och rätten till bostad. Tre utbildningstillfällen planeras, i Norrvik, "
        "Hallbo och Gransjö, och varje kommun får dessutom en genomgång av sina egna riktlinjer för "
        "ekonomiskt bistånd utifrån rättighetsperspektivet. Enheten för social hållbarhet ansvarar. "
        "Utbildningen utvärderas med en enkät till deltagarna direkt efteråt och efter sex "
        "månader.")
    d.h1("5. Länsstyrelsens egen verksamhet")
    d.p("Av Länsstyrelsens 37 beslut om bidrag till kommuner och föreningar 2025 innehöll 4 en "
        "analys av hur bidraget påverkar kvinnor och män. Målet är att samtliga bidragsbeslut ska "
        "innehålla en sådan analys 2027. Länsrådet ansvarar för att beslutsmallen ändras under "
        "2026, och alla enhetschefer får en introduktion i hur analysen görs. Från 2027 ska också "
        "Länsstyrelsens egna remissyttranden över kommunala planer och regionala program innehålla "
        "ett stycke om hur förslaget påverkar kvinnor och män. Ett stickprov om 20 beslut och "
        "yttranden granskas varje halvår av enheten för social hållbarhet, och resultatet tas upp "
        "i ledningsgruppen.")
    d.h1("6. Samverkan")
    d.p("Text kommer.")
    d.h1("7. Uppföljning")
    d.p("Se avsnitt 6.")
    d.h1("8. Övriga områden")
    d.table([
        ["Område", "Var det beskrivs"],
        ["Föräldraskapsstöd", "Se bilaga 3 (ej klar)."],
        ["Barnets rättigheter", "Se bilaga 3 (ej klar)."],
        ["Landsbygdsutveckling", "Se Region Södra Ljusnedals utvecklingsstrategi."],
        ["ANDTS", "Se den regionala ANDTS-strategin."],
    ], [3200, 6100])
    d.p("Bilaga 3 skrivs av enheten för social hållbarhet under november.")
    d.h1("Arbetsgång")
    d.p("Utkastet bereds i ledningsgruppen den 16 oktober 2025. Därefter skrivs de tomma avsnitten, "
        "och en remissversion ska vara klar i början av december. Remisstiden är åtta veckor. Strategin beslutas av "
        "landshövdingen i mars 2026 och publiceras i tillgänglig pdf och på webbplatsen. Alla "
        "siffror i utkastet ska kontrolleras mot källan innan remissversionen skickas, och "
        "diagrammen ritas om av kommunikationsenheten.")
    d.h1("Frågor till ledningsgruppen inför version 0.8")
    d.ul(["Ska avsnitt 3.2 om ekonomisk jämställdhet skrivas om eller strykas helt?",
          "Behövs ett eget avsnitt om utbildning, eller räcker det att hänvisa till skolhuvudmännen?",
          "Vem skriver avsnitt 6 och 7?"])
    note = ("Arbetsutkast med innehållsförteckning, tomma rubriker, TODO, 'Text kommer', spårad "
            "borttagning och granskarkommentar. Behandlas (de fyra färdiga avsnitten + intern): makt "
            "(ordförandeandelar, förtida avgångar 6 av 10, hot 34/21 %, intervjustudie 2026, mål), "
            "våld (1 140 anmälningar – kommentaren gäller bara en källkontroll, texten är kvar –, "
            "jourerna 447/160, mål 2028, länsgemensam miniminivå, samordnaren ansvarar), "
            "krisberedskap (23 av 81 i staberna, enkäten efter elavbrottet, deltagarstatistik och "
            "informationsförsök 2026), mänskliga rättigheter (utbildning för kommunernas "
            "handläggare om rättigheterna i myndighetsutövning, tre tillfällen 2026, genomgång av "
            "riktlinjer), intern (4 av 37 beslut, beslutsmall 2026, länsrådet ansvarar) och "
            "statistik (siffror efter kön, deltagarstatistik efter kön). Nämns: ekonomi – rubrik + "
            "'Text kommer'; den enda sakliga texten är en spårad borttagning (w:del) och räknas inte. "
            "Utbildning – rubrik + TODO (platshållare). Obetalt hem- och omsorgsarbete – bara rubrik "
            "(och innehållsförteckningen). Hälsa och samhällsplanering – rubrik + samma innehållslösa "
            "rad 'Länsstyrelsen ska arbeta med detta under perioden' under båda. Integration – "
            "rubrik + TODO. Villkor – bara i TODO-raden i inledningen (uppdraget reciteras); "
            "analyserna har kvinnor/män men inga flickor och pojkar. Samverkan – rubrik + 'Text "
            "kommer'. Nära gränsen: andra aktörer förekommer bara som målgrupp eller mottagare för "
            "insatser om andra mål (valberedningarna och partierna får resultatet av "
            "intervjustudien i 3.1, krisberedskapsrådet får en redovisning i 3.8, kommunernas "
            "handläggare är deltagare i MR-utbildningen i avsnitt 4, hemtjänsten och föreningslivet "
            "är kanaler för krisinformationen i 3.8) – ingen mening har "
            "samarbetet med regionala och lokala aktörer som ämne (klass 4, aktörer och "
            "målgrupper). "
            "Uppföljning – 'Se avsnitt 6', som är tomt; årliga uppföljningen av miniminivån gäller "
            "våldsinsatsen, inte strategin. Föräldraskapsstöd, barnets rättigheter, landsbygd och "
            "ANDTS – bara tabellceller som hänvisar till en ej skriven bilaga eller andra "
            "dokument. Regional tillväxt saknas.")
    lab = labels(power=A, economy=M, education=M, care=M, health=M, violence=A, planning=M,
                 child=M, parenting=M, hr=A, conditions=M, statistics=A, collab=M, internal=A,
                 followup=M, growth=X, rural=M, integration=M, prep=A, andts=M)
    return "e8_arbetsutkast_tomma_rubriker", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
DRAFTS = [draft1, draft2, draft3, draft4, draft5, draft6, draft7, draft8]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def build(outdir):
    """Writes every draft and expected.json into outdir; returns [(name, file, labels)]."""
    os.makedirs(outdir, exist_ok=True)
    made = []
    for fn in DRAFTS:
        name, (kind, body), note, lab = fn()
        if kind == "docx":
            fname = name + ".docx"
            body.write(os.path.join(outdir, fname))
        else:
            fname = name + "." + kind
            with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
                f.write(body)
        with open(os.path.join(outdir, name + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as f:
            json.dump({"note": note, "targets": lab}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        made.append((name, fname, lab))
    return made


def live_text(path):
    """Text of a draft: for DOCX every XML part must parse; tracked deletions are left out."""
    if not path.endswith(".docx"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None, path
        for part in z.namelist():
            if part.endswith(".xml") or part.endswith(".rels"):
                ET.fromstring(z.read(part))
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def main():
    check = "--check" in sys.argv[1:]
    if not check:
        made = build(OUT)
        print(f"wrote {len(made)} drafts to {OUT}")
        return
    problems = []
    totals = {A: 0, M: 0, X: 0}
    with tempfile.TemporaryDirectory() as tmp:
        made = build(tmp)
        expected_files = set()
        for name, fname, lab in made:
            for f in (fname, name + ".expected.json"):
                expected_files.add(f)
                a, b = os.path.join(tmp, f), os.path.join(OUT, f)
                if not os.path.exists(b):
                    problems.append(f"{f}: missing in drafts/ (run without --check)")
                    continue
                with open(a, "rb") as fa, open(b, "rb") as fb:
                    if fa.read() != fb.read():
                        problems.append(f"{f}: differs from regenerated bytes")
            text = live_text(os.path.join(OUT, fname))
            words = len(re.findall(r"\w+", text))
            with open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8") as f:
                exp = json.load(f)
            if set(exp) != {"note", "targets"}:
                problems.append(f"{name}: keys {sorted(exp)}")
            if list(exp["targets"]) != IDS:
                problems.append(f"{name}: target ids/order wrong")
            if not set(exp["targets"].values()) <= {A, M, X}:
                problems.append(f"{name}: bad label value")
            if not isinstance(exp["note"], str) or len(exp["note"]) < 200:
                problems.append(f"{name}: note too short")
            if not 900 <= words <= 2500:
                problems.append(f"{name}: {words} words (want 900–2500)")
            c = {k: sum(1 for v in exp["targets"].values() if v == k) for k in (A, M, X)}
            for k in c:
                totals[k] += c[k]
            print(f"{fname}: {words} words, A/M/missing = {c[A]}/{c[M]}/{c[X]}")
        extra = set(os.listdir(OUT)) - expected_files
        if extra:
            problems.append(f"unexpected files in drafts/: {sorted(extra)}")
    print("totals:", totals, "=", sum(totals.values()))
    if problems:
        print("PROBLEMS:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print("check OK")


if __name__ == "__main__":
    main()

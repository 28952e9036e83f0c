#!/usr/bin/env python3
"""Generate the third held-out evaluation set for jamkoll (tests/holdout3/drafts/).

Python 3 standard library only; deterministic output.

    python3 tests/holdout3/src/make_holdout3.py           # write drafts/
    python3 tests/holdout3/src/make_holdout3.py --check   # write, then re-read every zip,
                                                          # parse every XML part, check labels

The county is fictional: Länsstyrelsen i Östra Mälardal (Östra Mälardals län), with the
municipalities Ekeby, Ravnsjö and Tallnäs and the region "Region Östra Mälardal". Every
sentence is written for this set; the shapes (not the words) follow published county
strategies, web pages, action plans and municipal plans.

RULE AUTHORS: do not open this file, the drafts or the expected files. Look only at the
aggregate score.
"""
import json
import os
import sys
import zipfile
import xml.dom.minidom

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import Doc  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "drafts"))

TARGETS = [
    "goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
    "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
    "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
    "req.internal", "req.followup", "area.regional_growth", "area.rural",
    "area.integration", "area.preparedness", "area.andts",
]
SHORT = {
    "P": "goal.power", "E": "goal.economy", "U": "goal.education", "C": "goal.unpaid_care",
    "H": "goal.health", "V": "goal.violence", "PL": "area.planning",
    "CR": "area.child_rights", "PS": "area.parenting_support", "HR": "area.human_rights",
    "CO": "req.conditions", "ST": "req.statistics", "SV": "req.collaboration",
    "IN": "req.internal", "FU": "req.followup", "RG": "area.regional_growth",
    "RU": "area.rural", "IG": "area.integration", "PR": "area.preparedness",
    "AN": "area.andts",
}
LAN = "Länsstyrelsen i Östra Mälardal"


def labels(addressed, mentioned):
    a = [SHORT[k] for k in addressed.split()]
    m = [SHORT[k] for k in mentioned.split()]
    assert not set(a) & set(m), (a, m)
    out = {}
    for t in TARGETS:
        out[t] = "addressed" if t in a else "mentioned" if t in m else "missing"
    return out


DRAFTS = []


def draft(fn):
    DRAFTS.append(fn)
    return fn


def add(doc, items):
    """items: list of (kind, payload...) tuples -> Doc calls."""
    for it in items:
        kind = it[0]
        if kind == "table":
            doc.table(it[1], it[2], header=it[3] if len(it) > 3 else True)
        elif kind == "toc":
            doc.toc(it[1])
        else:
            getattr(doc, kind)(it[1])
    return doc


# =====================================================================================
# 01 complete formal strategy
# =====================================================================================
@draft
def d01():
    name = "01_lansstrategi_komplett"
    doc = Doc(name, "sv", title_prop="Ett jämställt Östra Mälardal 2025–2028",
              subject="Länsstrategi för jämställdhetsintegrering", keywords="jämställdhet; länsstrategi",
              header="Länsstyrelsen i Östra Mälardal   Dnr 801-4471-2024", footer_page=True)
    add(doc, [
        ("title", "Ett jämställt Östra Mälardal 2025–2028"),
        ("sub", "Länsstrategi för jämställdhetsintegrering"),
        ("p", "Rapport 2024:19. Beslutad av landshövdingen den 12 december 2024."),
        ("toc", [(1, "Förord", 2), (1, "1 Inledning", 3), (2, "1.1 Bakgrund", 3),
                 (2, "1.2 Uppdraget", 3), (2, "1.3 De jämställdhetspolitiska målen", 4),
                 (1, "2 Nulägesanalys", 5), (2, "2.1 Arbete och försörjning", 5),
                 (2, "2.2 Utbildning och studieval", 6), (2, "2.3 Mäns våld mot kvinnor", 7),
                 (2, "2.4 Statistik och kunskapsunderlag", 8), (1, "3 Prioriterade mål", 9),
                 (1, "4 Insatser", 11), (1, "5 Organisation och ansvar", 13),
                 (1, "6 Samverkan", 14), (1, "7 Uppföljning och utvärdering", 15)]),
        ("h1", "Förord"),
        ("p", "Jämställdhet är en fråga om demokrati och om mänskliga rättigheter. Den handlar ytterst om makt: "
              "vem som får bestämma över samhällets utveckling och över sitt eget liv. Östra Mälardal har på "
              "många sätt kommit långt, men skillnaderna mellan kvinnors och mäns livsvillkor är fortfarande "
              "tydliga, inte minst i hur arbete och inkomster fördelas, i vilka utbildningar unga väljer och i "
              "det våld som alltför många kvinnor utsätts för."),
        ("p", "Med den här strategin vill Länsstyrelsen samla länets aktörer kring några gemensamma mål för de "
              "kommande fyra åren. Jag hoppas att kommuner, myndigheter och organisationer i länet vill ta "
              "strategin till sig och göra den till sin."),
        ("p", "__Landshövding, Östra Mälardals län__"),
        ("h1", "1 Inledning"),
        ("h2", "1.1 Bakgrund"),
        ("p", "Länsstyrelserna har sedan mitten av 1990-talet haft i uppdrag att arbeta för jämställdhet i länen. "
              "Den tidigare strategin för Östra Mälardal gällde 2018–2023 och följdes upp i en slutrapport våren "
              "2024. Uppföljningen visade att strategin hade bidragit till fler nätverk och mer kunskap, men att "
              "målen var för många och för allmänt formulerade för att kunna följas upp. Den nya strategin har "
              "därför färre prioriteringar och tydligare mål."),
        ("p", "Strategin har tagits fram under 2024 i dialog med länets tre kommuner Ekeby, Ravnsjö och Tallnäs, "
              "Region Östra Mälardal, de statliga myndigheterna i länet och ett antal organisationer i "
              "civilsamhället. Totalt deltog omkring 120 personer i de fyra dialogmöten som genomfördes under "
              "våren."),
        ("h2", "1.2 Uppdraget"),
        ("p", "Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för jämställdhet för "
              "perioden 2025–2028. Enligt länsstyrelseinstruktionen ska Länsstyrelsen verka för att de "
              "jämställdhetspolitiska målen får genomslag i länet. Länsstyrelsen ska också integrera ett "
              "jämställdhetsperspektiv i sin verksamhet genom att belysa, analysera och beakta kvinnors och mäns "
              "samt flickors och pojkars villkor, och redovisa individbaserad statistik uppdelad efter kön."),
        ("p", "Länsstyrelsens roll i länet är att stödja, samordna och utveckla arbetet. Länsstyrelsen kan inte "
              "ensam förändra villkoren i länet, men kan skapa förutsättningar för att andra aktörer gör det."),
        ("h2", "1.3 De jämställdhetspolitiska målen"),
        ("p", "Det övergripande målet för jämställdhetspolitiken är att kvinnor och män ska ha samma makt att "
              "forma samhället och sina egna liv. Till det övergripande målet hör sex delmål:"),
        ("ol", ["En jämn fördelning av makt och inflytande. Kvinnor och män ska ha samma rätt och möjlighet att "
                "vara aktiva samhällsmedborgare och att forma villkoren för beslutsfattandet.",
                "Ekonomisk jämställdhet. Kvinnor och män ska ha samma möjligheter och villkor i fråga om betalt "
                "arbete som ger ekonomisk självständighet livet ut.",
                "Jämställd utbildning. Kvinnor och män, flickor och pojkar ska ha samma möjligheter och villkor "
                "när det gäller utbildning, studieval och personlig utveckling.",
                "En jämn fördelning av det obetalda hem- och omsorgsarbetet. Kvinnor och män ska ta samma ansvar "
                "för hemarbetet och ha möjligheter att ge och få omsorg på lika villkor.",
                "Jämställd hälsa. Kvinnor och män, flickor och pojkar ska ha samma förutsättningar för en god "
                "hälsa samt erbjudas vård och omsorg på lika villkor.",
                "Mäns våld mot kvinnor ska upphöra. Kvinnor och män, flickor och pojkar ska ha samma rätt och "
                "möjlighet till kroppslig integritet."]),
        ("h1", "2 Nulägesanalys"),
        ("p", "Nulägesanalysen bygger på statistik från SCB, Region Östra Mälardal, Polismyndigheten och "
              "kommunerna. Alla uppgifter avser 2023 om inget annat anges."),
        ("h2", "2.1 Arbete och försörjning"),
        ("p", "Sysselsättningsgraden i åldern 20–64 år är 78,4 procent för kvinnor och 82,9 procent för män i "
              "länet. Skillnaden är större än i riket och har inte minskat sedan 2018. Av de sysselsatta "
              "kvinnorna arbetar 27 procent deltid, jämfört med 9 procent av männen. Kvinnors sammanräknade "
              "förvärvsinkomst motsvarar i genomsnitt 81 procent av männens."),
        ("p", "En del av skillnaden förklaras av att kvinnor tar ut en större del av föräldrapenningen och den "
              "tillfälliga föräldrapenningen, och av att sjukskrivningarna är fler bland kvinnor. Den största "
              "förklaringen är ändå att arbetsmarknaden i länet är starkt könsuppdelad: kvinnor arbetar i hög "
              "grad i offentlig sektor med lägre löner, män inom tillverkning och transport."),
        ("p", "Skillnaderna är störst för utrikes födda kvinnor. Av de utrikes födda kvinnorna i åldern 20–64 år "
              "är 56 procent sysselsatta, jämfört med 69 procent av de utrikes födda männen och 84 procent av de "
              "inrikes födda kvinnorna. Många utrikes födda kvinnor i Ravnsjö och Tallnäs har kort utbildning och "
              "lång tid utan förvärvsarbete, vilket gör etableringen på arbetsmarknaden särskilt svår."),
        ("h2", "2.2 Utbildning och studieval"),
        ("p", "Flickor har bättre skolresultat än pojkar i alla tre kommunerna. Det genomsnittliga meritvärdet i "
              "årskurs 9 var 246 för flickor och 219 för pojkar, och 88 procent av flickorna men bara 79 procent "
              "av pojkarna blev behöriga till ett yrkesprogram. Skillnaden är störst i Tallnäs."),
        ("p", "Studievalen är fortfarande mycket könsbundna. På el- och energiprogrammet är 8 procent av eleverna "
              "flickor, medan pojkarna är 15 procent av eleverna på barn- och fritidsprogrammet. Bland dem som "
              "påbörjar en högskoleutbildning inom tre år efter gymnasiet är 61 procent kvinnor."),
        ("h2", "2.3 Mäns våld mot kvinnor"),
        ("p", "Under 2023 anmäldes 612 fall av misshandel mot kvinnor över 18 år i länet, varav drygt hälften "
              "begicks av en person som kvinnan hade eller hade haft en nära relation med. Mörkertalet är stort. "
              "I länets trygghetsenkät uppger 21 procent av kvinnorna och 6 procent av männen att de någon gång "
              "utsatts för våld eller hot av en partner."),
        ("p", "Kommunernas socialtjänst uppger i Länsstyrelsens kartläggning 2024 att ärendena som rör "
              "hedersrelaterat våld och förtryck har ökat, och att kunskapen om hur sådana ärenden ska utredas "
              "varierar mellan kommunerna. Endast en av tre kommuner har en aktuell handlingsplan för arbetet mot "
              "våld i nära relationer."),
        ("h2", "2.4 Statistik och kunskapsunderlag"),
        ("p", "Länsstyrelsen ger sedan 2016 ut faktaboken __Kvinnor och män i Östra Mälardal__ med könsuppdelad "
              "statistik för länet och de tre kommunerna. Underlaget har varit viktigt för analysen i den här "
              "strategin, men visar också att det saknas könsuppdelad statistik på kommunnivå inom flera "
              "områden, till exempel för stöd från socialtjänsten. Länsstyrelsen kommer därför att utveckla "
              "faktaboken under perioden och ge ut den varje år i mars."),
        ("h1", "3 Prioriterade mål"),
        ("p", "Utifrån nulägesanalysen och dialogen i länet prioriterar strategin tre delmål under perioden "
              "2025–2028. Till varje prioritering hör ett regionalt mål som ska vara uppnått 2028."),
        ("h2", "3.1 Ekonomisk jämställdhet"),
        ("p", "**Regionalt mål:** Skillnaden i sysselsättningsgrad mellan kvinnor och män i länet har halverats "
              "till 2028, och andelen sysselsatta bland utrikes födda kvinnor har ökat med minst fem "
              "procentenheter jämfört med 2023."),
        ("p", "Ekonomisk självständighet förutsätter ett betalt arbete med en lön som går att leva på. Arbetet "
              "inriktas därför på heltid som norm, på att bryta den könsuppdelade arbetsmarknaden och på att fler "
              "utrikes födda kvinnor får ett arbete eller börjar en utbildning som leder till arbete."),
        ("h2", "3.2 Jämställd utbildning"),
        ("p", "**Regionalt mål:** Skillnaden i gymnasiebehörighet mellan flickor och pojkar har minskat till "
              "högst fyra procentenheter 2028, och andelen elever som går ett gymnasieprogram där det ena könet "
              "är fler än 75 procent har minskat."),
        ("p", "Studie- och yrkesvägledningen har en nyckelroll för att unga ska kunna göra val som inte styrs av "
              "föreställningar om kön. Skolan behöver också arbeta med pojkars skolresultat, särskilt läsningen "
              "i de lägre årskurserna."),
        ("h2", "3.3 Mäns våld mot kvinnor ska upphöra"),
        ("p", "**Regionalt mål:** Alla tre kommuner har 2026 en aktuell handlingsplan mot våld i nära relationer "
              "och hedersrelaterat våld och förtryck, och andelen kvinnor som uppger att de utsatts för våld av en "
              "partner har minskat 2028."),
        ("h2", "3.4 Övriga delmål"),
        ("p", "Delmålen om makt och inflytande, om det obetalda hem- och omsorgsarbetet och om jämställd hälsa "
              "prioriteras inte särskilt under perioden. De är lika viktiga, men andra aktörer i länet har i dag "
              "ett mer utvecklat arbete inom dessa områden."),
        ("h1", "4 Insatser"),
        ("p", "Insatserna nedan genomförs av Länsstyrelsen eller i samverkan med andra aktörer. En mer detaljerad "
              "handlingsplan beslutas varje år."),
        ("h2", "4.1 Ekonomisk jämställdhet"),
        ("ul", ["Länsstyrelsen erbjuder 2025 och 2026 kommunerna och regionen stöd i arbetet med heltid som norm, "
                "bland annat genom ett nätverk för HR-chefer.",
                "Länsstyrelsen genomför tillsammans med Arbetsförmedlingen ett projekt för utrikes födda kvinnor "
                "som står långt från arbetsmarknaden i Ravnsjö och Tallnäs, med språkstöd, praktik och "
                "samhällsorientering. Målet är att 80 kvinnor ska delta och att hälften ska ha ett arbete eller "
                "studera ett år efter avslutad insats.",
                "Länsstyrelsen sprider kunskap om lönekartläggning till arbetsgivare i länet."]),
        ("h2", "4.2 Jämställd utbildning"),
        ("ul", ["Länsstyrelsen och Region Östra Mälardal anordnar varje år en konferens för studie- och "
                "yrkesvägledare om normmedveten vägledning.",
                "Länsstyrelsen stödjer kommunerna i att analysera skolresultaten för flickor och pojkar per skola "
                "och ta fram åtgärder för de skolor där skillnaderna är störst."]),
        ("h2", "4.3 Mäns våld mot kvinnor"),
        ("ul", ["Länsstyrelsen samordnar ett regionalt kvinnofridsnätverk med kommunernas socialtjänst, "
                "Polisen, Region Östra Mälardal och kvinnojourerna.",
                "Länsstyrelsen erbjuder 2025 en utbildningsserie om hedersrelaterat våld och förtryck för "
                "socialsekreterare och stöder kommunerna i att ta fram handlingsplaner.",
                "Länsstyrelsen stödjer våldsförebyggande arbete som riktar sig till pojkar och unga män."]),
        ("h2", "4.4 Samhällsplanering"),
        ("p", "Länsstyrelsen granskar kommunernas översiktsplaner och detaljplaner. Från 2025 ska Länsstyrelsens "
              "yttranden över översiktsplaner belysa hur planen påverkar trygghet och tillgänglighet för kvinnor "
              "och män, till exempel vid hållplatser för kollektivtrafik och i gång- och cykelstråk."),
        ("h2", "4.5 Andra perspektiv"),
        ("p", "I genomförandet ska perspektiv som barnrätt, tillgänglighet och intersektionalitet beaktas. Även "
              "andra områden där Länsstyrelsen har uppdrag, till exempel krisberedskap och det förebyggande "
              "ANDTS-arbetet, ska beaktas när insatser planeras. Strategin ska också bidra till genomförandet av "
              "den regionala utvecklingsstrategin för Östra Mälardal."),
        ("h1", "5 Organisation och ansvar"),
        ("p", "Landshövdingen har det övergripande ansvaret för strategin. Ledningsgruppen följer arbetet två "
              "gånger per år. Länsstyrelsens jämställdhetssamordnare samordnar genomförandet, och varje "
              "avdelningschef ansvarar för att insatserna inom den egna avdelningen genomförs."),
        ("p", "Länsstyrelsen ska också integrera jämställdhet i den egna verksamheten. Under perioden gäller "
              "följande:"),
        ("ul", ["Varje avdelning anger i verksamhetsplaneringen för 2025 minst ett område där handläggningen ska "
                "jämställdhetsanalyseras, till exempel fördelningen av bidrag eller tillsynens inriktning.",
                "En checklista för jämställdhetsanalys används i alla beslutsunderlag till ledningsgruppen från "
                "hösten 2025.",
                "Alla nyanställda går Länsstyrelsens grundkurs i jämställdhetsintegrering inom sex månader, och "
                "cheferna går en fördjupningskurs 2025."]),
        ("h1", "6 Samverkan"),
        ("p", "Jämställdhetsrådet i Östra Mälardal är strategins viktigaste samverkansforum. Rådet leds av "
              "landshövdingen och har representanter för kommunerna Ekeby, Ravnsjö och Tallnäs, Region Östra "
              "Mälardal, Polismyndigheten, Arbetsförmedlingen, Försäkringskassan och civilsamhället. Rådet träffas "
              "fyra gånger per år och beslutar varje år om en gemensam aktivitet."),
        ("p", "Organisationer i länet kan ansluta sig till strategin. Den som ansluter sig tar ett ledningsbeslut, "
              "utser en kontaktperson och beskriver hur organisationen bidrar. Länsstyrelsen erbjuder i gengäld "
              "nätverk, metodstöd och erfarenhetsutbyte. Målet är att minst 40 organisationer har anslutit sig "
              "2026."),
        ("h1", "7 Uppföljning och utvärdering"),
        ("p", "Strategin följs upp varje år i en uppföljningsrapport som jämställdhetssamordnaren tar fram i mars "
              "och som redovisas för ledningsgruppen och Jämställdhetsrådet. Rapporten redovisar både "
              "genomförda insatser och utvecklingen för indikatorerna nedan. En halvtidsutvärdering görs hösten "
              "2026 och en extern slututvärdering 2028."),
        ("table", [["Mål", "Indikator", "Utgångsvärde 2023", "Källa"],
                   ["3.1", "Sysselsättningsgrad 20–64 år, kvinnor och män", "78,4 / 82,9 %", "SCB"],
                   ["3.1", "Sysselsättningsgrad, utrikes födda kvinnor", "56 %", "SCB"],
                   ["3.2", "Behörighet till yrkesprogram, flickor och pojkar", "88 / 79 %", "Skolverket"],
                   ["3.3", "Kommuner med aktuell handlingsplan mot våld", "1 av 3", "Länsstyrelsen"],
                   ["6", "Antal anslutna organisationer", "0", "Länsstyrelsen"]],
         [900, 4400, 2000, 1700]),
    ])
    note = ("Komplett formell länsstrategi som prioriterar tre delmål; makt, obetalt arbete och hälsa nämns bara "
            "i uppräkning, som orsak eller som icke-prioriterade, krisberedskap och ANDTS bara i en "
            "perspektivmening och regional tillväxt bara som syfte.")
    lab = labels("E U V PL CO ST SV IN FU IG", "P C H CR HR RG PR AN")
    return name, doc, lab, note


# =====================================================================================
# 02 early draft with placeholders and comments
# =====================================================================================
@draft
def d02():
    name = "02_tidigt_utkast_platshallare"
    doc = Doc(name, "en", title_prop="Utkast länsstrategi v0.3", creator="Handläggare, enheten för social hållbarhet",
              rev_author="Handläggare", rev_date="2024-09-18T10:15:00Z")
    doc.comment(1, "Ska vi ha en egen rubrik för detta eller baka in det i inledningen?", "Enhetschef", "EC")
    doc.comment(2, "Formuleringen behöver stämmas av med ledningen innan remiss.", "Enhetschef", "EC")
    doc.comment(3, "Vänta på beslutet i mars.", "Handläggare", "HL")
    add(doc, [
        ("title", "Länsstrategi för jämställdhet i Östra Mälardal 2025–2028"),
        ("sub", "UTKAST version 0.3 – arbetsmaterial, ej för spridning"),
        ("p", "Senast ändrad 18 september 2024. Ansvarig: enheten för social hållbarhet."),
        ("h1", "Inledning"),
        ("p", "Länsstyrelsen har fått regeringens uppdrag att ta fram en ny länsstrategi för jämställdhet för "
              "perioden 2025–2028. Strategin ska ersätta den strategi som gällde fram till och med 2023 och "
              "ska vara beslutad senast i december 2024."),
        ("p", "Enligt länsstyrelseinstruktionen ska Länsstyrelsen verka för att de jämställdhetspolitiska målen får "
              "genomslag i länet och belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars "
              "villkor."),
        ("p", "[c1>Tidplan för framtagandet<c1]: Utkastet ska vara klart i oktober, gå på remiss i november och "
              "beslutas av landshövdingen i december. Efter beslut tas en kortversion fram för webben."),
        ("p", "Läsanvisning: text i hakparentes är interna anteckningar som tas bort före remiss. Avsnitt som "
              "bara har en rubrik är ännu inte skrivna. Siffror och formuleringar kan komma att ändras när "
              "underlagen från kommunerna har kommit in."),
        ("h2", "Erfarenheter från den förra strategin"),
        ("p", "Den förra strategin hade tolv regionala mål och ett fyrtiotal insatser. Många av insatserna "
              "genomfördes, men det var svårt att se vilken skillnad de gjorde. Under dialogmötena i våras var "
              "budskapet tydligt: färre prioriteringar och tydligare ansvar. Det här utkastet försöker ta fasta "
              "på det."),
        ("ul", ["Färre prioriteringar – högst fyra områden.",
                "Fler exempel från länets egna kommuner.",
                "Varje insats ska ha en ansvarig aktör och en tidplan.",
                "Texten ska vara kortare och skrivas för läsare utanför Länsstyrelsen."]),
        ("h2", "Disposition"),
        ("p", "Strategin föreslås få följande delar: inledning, nuläge per delmål, prioriteringar, insatser, "
              "samverkan och uppföljning. Vi har ännu inte bestämt om alla sex delmål ska ha egna avsnitt eller "
              "om vissa ska slås ihop. I det här utkastet finns text för de avsnitt där underlaget är klart."),
        ("h1", "Nuläge och prioriteringar"),
        ("h2", "Makt och inflytande"),
        ("p", "Kvinnor är fortfarande i minoritet bland ordförandena i länets kommunala nämnder och styrelser. I "
              "Ravnsjö har kommunstyrelsen aldrig haft en kvinna som ordförande, och i Tallnäs är det bara "
              "socialnämnden och kultur- och fritidsnämnden som leds av kvinnor. Fler kvinnor än män lämnar sina "
              "politiska uppdrag under mandatperioden."),
        ("p", "Många förtroendevalda, och särskilt unga kvinnor, berättar att de har utsatts för hot och hat i "
              "sociala medier och att det påverkar hur de uttalar sig i offentliga sammanhang. [c2>Målet är att "
              "könsfördelningen bland ordförandena i kommunernas nämnder ska vara jämnare efter valet 2026, och "
              "att färre förtroendevalda kvinnor lämnar sina uppdrag i förtid.<c2]"),
        ("h2", "Ekonomisk jämställdhet"),
        ("p", "Text kommer."),
        ("h2", "Jämställd utbildning"),
        ("p", "TODO: beskriva läget för studieval och skolresultat – underlaget är beställt från Region Östra "
              "Mälardal."),
        ("h2", "Jämställd hälsa"),
        ("p", "Den psykiska ohälsan har ökat bland unga kvinnor i länet under de senaste tio åren, och kvinnor är "
              "betydligt oftare än män sjukskrivna för stressrelaterade diagnoser. Samtidigt är män kraftigt "
              "överrepresenterade bland dem som tar sitt liv, och män söker vård senare än kvinnor."),
        ("p", "Länsstyrelsen vill att det suicidpreventiva arbetet i länet i högre grad ska nå män i medelåldern. "
              "Under 2025 ska Länsstyrelsen ta fram ett kunskapsunderlag om vad som hindrar män från att söka "
              "hjälp vid psykisk ohälsa, och målet är att alla tre kommunerna ska ha en suicidpreventiv handlingsplan med insatser riktade till "
              "män senast 2027."),
        ("h2", "Mäns våld mot kvinnor ska upphöra"),
        ("p", "Våld i nära relationer är det vanligaste våldet som kvinnor i länet utsätts för. Kommunernas "
              "socialtjänst beskriver att hedersrelaterat våld och förtryck har blivit mer synligt, men att "
              "kunskapen om hur ärendena ska hanteras skiljer sig åt mellan kommunerna."),
        ("p", "Under 2025 genomför Länsstyrelsen utbildningsdagar om hedersrelaterat våld och förtryck för "
              "yrkesverksamma inom socialtjänst, polis och ideella kvinnojourer. Länsstyrelsen kommer också att "
              "ta fram ett metodstöd för våldsförebyggande arbete riktat till unga män, som ska vara klart i "
              "december 2025."),
        ("h2", "Föräldraskapsstöd"),
        ("p", "Avsnittet skrivs när kommunerna har lämnat sitt underlag."),
        ("h2", "Civil beredskap"),
        ("p", "Uppdraget nämner civil beredskap. [c3>Beslut om hur området ska hanteras i strategin tas av "
              "ledningsgruppen i mars.<c3]"),
        ("h1", "Samverkan"),
        ("p", "Text kommer. (Beskriv hur vi samverkar med kommunerna och regionen.)"),
        ("h1", "Uppföljning"),
        ("p", "Text kommer."),
        ("h1", "Bilagor"),
        ("p", "Bilaga 1. Könsuppdelad statistik – TODO."),
        ("p", "Bilaga 2. Sammanställning av dialogmötena – TODO."),
        ("h1", "Frågor till ledningsgruppen"),
        ("ol", ["Ska strategin ha tre eller fyra prioriterade områden?",
                "Ska makt och inflytande vara en egen prioritering, trots att området inte lyftes av så många i "
                "dialogmötena?",
                "Hur ska strategin förhålla sig till den regionala handlingsplanen mot mäns våld mot kvinnor som "
                "gäller till 2026?",
                "Vilket budskap vill landshövdingen lyfta i förordet?"]),
        ("h1", "Att göra före nästa version"),
        ("ol", ["Skriva klart de avsnitt som saknar text.",
                "Stämma av prioriteringarna med ledningsgruppen.",
                "Korrekturläsa och se över språket.",
                "Ta fram omslag och layout tillsammans med kommunikationsenheten."]),
        ("p", "Synpunkter på utkastet lämnas till enheten för social hållbarhet senast den 4 oktober 2024. "
              "Skriv gärna direkt i dokumentet med spårade ändringar eller lägg synpunkterna som kommentarer, så "
              "att vi kan se vem som har föreslagit vad. Utkastet får inte spridas utanför Länsstyrelsen."),
    ])
    note = ("Tidigt utkast med platshållare: makt, hälsa och våld har verkligt innehåll, medan ekonomi, utbildning, "
            "föräldraskapsstöd, civil beredskap, samverkan, uppföljning och statistik bara har rubrik med "
            "'Text kommer', TODO eller uppskjutet beslut, och villkoren bara återges som instruktion.")
    lab = labels("P H V", "E U PS CO ST SV FU PR")
    return name, doc, lab, note


# =====================================================================================
# 03 regional action plan in tables
# =====================================================================================
@draft
def d03():
    name = "03_handlingsplan_tabeller"
    doc = Doc(name, "sv", title_prop="Regional handlingsplan för jämställdhet 2025–2026",
              subject="Bilaga till länsstrategin", header="Bilaga 2 till Ett jämställt Östra Mälardal 2025–2028")
    W = [700, 3600, 1700, 1100, 1900]
    H = ["Nr", "Insats", "Ansvar", "Tid", "Indikator"]
    add(doc, [
        ("title", "Regional handlingsplan för jämställdhet 2025–2026"),
        ("sub", "Bilaga till länsstrategin Ett jämställt Östra Mälardal 2025–2028"),
        ("h1", "Om handlingsplanen"),
        ("p", "Handlingsplanen konkretiserar länsstrategin för de två första åren. Den anger vilka insatser som ska "
              "genomföras, vem som ansvarar, när insatsen ska vara klar och hur resultatet ska mätas. Planen har "
              "tagits fram av Länsstyrelsen tillsammans med Jämställdhetsrådet och fastställdes av landshövdingen "
              "i februari 2025."),
        ("p", "Länsstyrelsen ska enligt sin instruktion belysa, analysera och beakta kvinnors och mäns samt "
              "flickors och pojkars villkor. Handlingsplanen är ett av verktygen för detta."),
        ("p", "Insatser med ansvarig \"Länsstyrelsen\" genomförs inom ordinarie budget. Insatser där andra aktörer "
              "står som ansvariga bygger på överenskommelser i Jämställdhetsrådet."),
        ("h1", "1 Makt och inflytande"),
        ("table", [H,
                   ["1.1", "Kartlägga könsfördelningen bland ordförande och vice ordförande i kommunala nämnder och "
                           "bolagsstyrelser efter valet 2026 och redovisa resultatet för kommunstyrelserna.",
                    "Länsstyrelsen", "Mars 2027", "Andel kvinnor och män per kommun och post"],
                   ["1.2", "Metodstöd till kommunerna för medborgardialoger där kvinnor och män deltar i samma "
                           "utsträckning, med start i översiktsplanearbetet i Ravnsjö.",
                    "Länsstyrelsen, Ravnsjö kommun", "2025–2026", "Andel kvinnor och män bland deltagarna"]], W),
        ("h1", "2 Ekonomisk jämställdhet och arbetsliv"),
        ("table", [H,
                   ["2.1", "Heltid som norm: varje kommun tar fram en plan för att öka andelen heltidsanställda "
                           "bland kommunens medarbetare.",
                    "Ekeby, Ravnsjö, Tallnäs", "Dec 2025", "Andel heltidsanställda kvinnor och män"],
                   ["2.2", "Två seminarier om lönekartläggning och osakliga löneskillnader för arbetsgivare i "
                           "länet.", "Länsstyrelsen", "Vår 2025", "Antal deltagande arbetsgivare"],
                   ["2.3", "Jämställd kompetensförsörjning: gemensam analys av könsfördelningen bland de sysselsatta "
                           "inom regionens bristyrken, som underlag för regionens kompetensplattform.",
                    "Region Östra Mälardal, Länsstyrelsen", "Okt 2025", "Analys redovisad i kompetensrådet"],
                   ["2.4", "Insatser för utrikes födda kvinnors etablering.", "Se Länsstyrelsens integrationsplan",
                    "–", "–"],
                   ["2.5", "Studie- och yrkesvägledning.", "Ingår inte i denna plan; hanteras av Region Östra "
                           "Mälardal inom utbildningsområdet", "–", "–"]], W),
        ("h1", "3 Landsbygd och areella näringar"),
        ("table", [H,
                   ["3.1", "Jämställdhetsanalys av urvalskriterierna för företagsstöd inom landsbygdsprogrammet, "
                           "med förslag till ändrade kriterier.", "Länsstyrelsen, landsbygdsavdelningen",
                    "Juni 2025", "Andel beviljade stöd och belopp till kvinnor och män"],
                   ["3.2", "Nätverk för kvinnor som driver företag inom jordbruk, skogsbruk och trädgård, fyra "
                           "träffar per år.", "Länsstyrelsen, LRF Östra Mälardal", "2025–2026",
                    "Antal deltagare; antal nya företag"]], W),
        ("h1", "4 Samhällsplanering"),
        ("table", [H,
                   ["4.1", "Trygghetsvandringar i Ravnsjö centrum och vid Tallnäs station med kvinnor och män i "
                           "olika åldrar; resultaten förs in i kommunernas åtgärdsplaner.",
                    "Ravnsjö och Tallnäs kommun, Länsstyrelsen", "Hösten 2025", "Antal genomförda åtgärder"],
                   ["4.2", "Checklista för jämställdhet i Länsstyrelsens granskning av översiktsplaner och "
                           "detaljplaner, bland annat belysning, kollektivtrafik och gångstråk.",
                    "Länsstyrelsen, samhällsbyggnadsavdelningen", "Maj 2025",
                    "Andel yttranden där checklistan använts"]], W),
        ("h1", "5 Föräldraskapsstöd"),
        ("table", [H,
                   ["5.1", "Stödja familjecentralerna i länet att utveckla föräldragrupper som når båda "
                           "föräldrarna, bland annat med kvällstider och särskilda pappagrupper. Syftet är ett "
                           "jämställt föräldraskap där ansvaret för hem och barn delas lika.",
                    "Länsstyrelsen, familjecentralerna", "2025–2026",
                    "Andel pappor bland deltagarna (mål: 40 % 2026)"],
                   ["5.2", "Barnrättsperspektiv i föräldraskapsstödet.", "Ej fastställt", "–", "–"]], W),
        ("h1", "6 Mäns våld mot kvinnor"),
        ("table", [H,
                   ["6.1", "Regional samordning av kvinnofridsarbetet: nätverksträffar för kommunernas "
                           "samordnare mot våld i nära relationer.", "Länsstyrelsen", "Fyra gånger per år",
                    "Antal träffar och deltagare"],
                   ["6.2", "Kompetensstöd till socialtjänsten om hedersrelaterat våld och förtryck, inklusive "
                           "stöd vid riskbedömningar.", "Länsstyrelsen", "2025–2026",
                    "Antal utbildade socialsekreterare"],
                   ["6.3", "Våldsförebyggande program med åskådarperspektiv i idrottsföreningar för pojkar och "
                           "unga män.", "RF-SISU Östra Mälardal, Länsstyrelsen", "2026",
                    "Antal föreningar som infört programmet"],
                   ["6.4", "Kartläggning av tillgången till skyddat boende för kvinnor med medföljande söner över "
                           "12 år.", "Länsstyrelsen", "Dec 2025", "Rapport publicerad"]], W),
        ("h1", "7 Civil beredskap"),
        ("table", [H,
                   ["7.1", "Jämställdhetsperspektiv i den regionala risk- och sårbarhetsanalysen 2026: analysera "
                           "hur kvinnor och män påverkas olika av ett längre elavbrott.",
                    "Länsstyrelsen, beredskapsenheten", "Okt 2026", "Avsnitt i analysen"],
                   ["7.2", "Redovisa könsfördelningen i de frivilliga försvarsorganisationerna i länet och "
                           "genomföra en rekryteringskampanj riktad till kvinnor.",
                    "Länsstyrelsen, frivilliga försvarsorganisationer", "2025–2026",
                    "Andel kvinnor bland medlemmarna"]], W),
        ("h1", "8 Länsstyrelsens egen verksamhet"),
        ("table", [H,
                   ["8.1", "Jämställdhetsanalys av handläggningen av bidrag till civilsamhällets organisationer: "
                           "hur fördelas bidragen på verksamheter för kvinnor och män?",
                    "Länsstyrelsen, enheten för social hållbarhet", "Juni 2025", "Analys och beslut om åtgärder"],
                   ["8.2", "Grundkurs i jämställdhetsintegrering för alla nyanställda.",
                    "Länsstyrelsen, HR-enheten", "Löpande", "Andel nyanställda som gått kursen"],
                   ["8.3", "Jämställdhetsmål i varje avdelnings verksamhetsplan.", "Avdelningscheferna",
                    "Från 2026", "Antal avdelningar med mål"]], W),
        ("h1", "9 Kunskap och statistik"),
        ("table", [H,
                   ["9.1", "Faktaboken Kvinnor och män i Östra Mälardal med könsuppdelad statistik per kommun "
                           "ges ut varje år.", "Länsstyrelsen, analysenheten", "Mars varje år",
                    "Publicerad faktabok"],
                   ["9.2", "Individbaserad statistik i Länsstyrelsens rapporter redovisas uppdelad efter kön, om "
                           "det inte finns särskilda skäl.", "Alla avdelningar", "Löpande",
                    "Andel rapporter med könsuppdelad statistik"]], W),
        ("h1", "10 Samverkan"),
        ("table", [H,
                   ["10.1", "Jämställdhetsrådet träffas fyra gånger per år och beslutar om en gemensam aktivitet "
                            "per år.", "Länsstyrelsen (sammankallande)", "Löpande", "Genomförd aktivitet"],
                   ["10.2", "Nätverk för kommunernas och regionens jämställdhetsstrateger.",
                    "Länsstyrelsen", "Sex träffar per år", "Antal träffar"]], W),
        ("h1", "Uppföljning av handlingsplanen"),
        ("p", "Handlingsplanen följs upp halvårsvis i Länsstyrelsens styrgrupp för jämställdhet. Varje ansvarig "
              "rapporterar status för sina insatser i juni och december. Indikatorerna sammanställs i den årliga "
              "uppföljningsrapporten till Jämställdhetsrådet och redovisas i Länsstyrelsens årsredovisning. "
              "Planen revideras i december 2026 inför nästa tvåårsperiod."),
    ])
    note = ("Regional handlingsplan i tabellform; utbildning nämns bara i en rad som uttryckligen ligger utanför "
            "planen, integration bara som hänvisning till annan plan, barnrätt som tom rad, obetalt arbete bara "
            "som syftet med föräldraskapsstödet och villkoren bara som återgiven instruktion.")
    lab = labels("P E V PL PS ST SV IN FU RG RU PR", "U C CR CO IG")
    return name, doc, lab, note


# =====================================================================================
# 04 web page pasted as plain text
# =====================================================================================
D04_TEXT = """Hoppa till huvudinnehåll
Meny
Sök
Lyssna
Länsstyrelsen i Östra Mälardal
Startsida > Samhälle > Social hållbarhet > Jämställdhet

Jämställdhet

Länsstyrelsen stödjer kommuner, myndigheter och organisationer i arbetet för ett jämställt Östra Mälardal.

Jämställdhet betyder att kvinnor och män, flickor och pojkar ska ha samma möjligheter, rättigheter och skyldigheter inom alla områden i livet. Jämställdhet skapas där beslut fattas, resurser fördelas och normer formas – därför behöver perspektivet finnas med i det vardagliga arbetet i alla verksamheter.

Publiceringsdatum: 2024-11-12
Senast uppdaterad: 2025-01-20

Vårt uppdrag

Länsstyrelsen har bland annat i uppdrag att:

  • verka för att de jämställdhetspolitiska målen får genomslag i länet
  • samordna och stödja det regionala arbetet för jämställdhet
  • belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor
  • integrera ett jämställdhetsperspektiv i den egna verksamheten.

Vi arbetar också med jämställdhetsintegrering i vår egen verksamhet.

De jämställdhetspolitiska målen

Det övergripande målet är att kvinnor och män ska ha samma makt att forma samhället och sina egna liv. Regeringen har sex delmål:

  • En jämn fördelning av makt och inflytande
    – Kvinnor och män ska ha samma rätt och möjlighet att vara aktiva samhällsmedborgare och att forma villkoren för beslutsfattandet.
  • Ekonomisk jämställdhet
    – Kvinnor och män ska ha samma möjligheter och villkor i fråga om betalt arbete som ger ekonomisk självständighet livet ut.
  • Jämställd utbildning
    – Kvinnor och män, flickor och pojkar ska ha samma möjligheter och villkor när det gäller utbildning, studieval och personlig utveckling.
  • Jämn fördelning av det obetalda hem- och omsorgsarbetet
    – Kvinnor och män ska ta samma ansvar för hemarbetet och ha möjligheter att ge och få omsorg på lika villkor.
  • Jämställd hälsa
    – Kvinnor och män, flickor och pojkar ska ha samma förutsättningar för en god hälsa samt erbjudas vård och omsorg på lika villkor.
  • Mäns våld mot kvinnor ska upphöra
    – Kvinnor och män, flickor och pojkar ska ha samma rätt och möjlighet till kroppslig integritet.

Ett jämställt Östra Mälardal 2025–2028

Länsstrategin Ett jämställt Östra Mälardal gäller 2025–2028. Fyra områden är prioriterade:

  o Ekonomisk jämställdhet
  o Utrikes födda kvinnors etablering på arbetsmarknaden
  o Jämställd civil beredskap
  o Mäns våld mot kvinnor

Läs strategin (pdf, 2 MB)

Ekonomisk jämställdhet

I Östra Mälardal har kvinnor i genomsnitt 19 procent lägre förvärvsinkomst än män, och nästan var tredje kvinna som arbetar i kommunerna har en deltidsanställning. Lägre inkomster under arbetslivet ger lägre pension. Under 2025 erbjuder Länsstyrelsen en utbildningsserie för arbetsgivare i länet om lönekartläggning och om hur fler kan erbjudas heltid. Serien består av tre träffar och är kostnadsfri.

  • Träff 1: Lönekartläggning steg för steg (mars)
  • Träff 2: Heltid som norm – erfarenheter från Ekeby kommun (maj)
  • Träff 3: Analys och åtgärder (september)

Anmäl dig här

Utrikes födda kvinnors etablering

Utrikes födda kvinnor i länet är i lägre grad sysselsatta än både utrikes födda män och inrikes födda kvinnor. Tillsammans med Arbetsförmedlingen och kommunerna Ravnsjö och Tallnäs driver Länsstyrelsen 2025–2026 projektet Första steget. Projektet ska ge 60 kvinnor som varit utan arbete i mer än två år språkstöd, praktik och kontakt med arbetsgivare. Målet är att minst hälften av deltagarna ska ha ett arbete eller studera ett år efter projektet.

Jämställd civil beredskap

Information om hur vi arbetar med jämställdhet i den civila beredskapen publiceras under hösten.

Mäns våld mot kvinnor

Länsstyrelsen har en regional samordnare för arbetet mot mäns våld mot kvinnor, våld i nära relationer och hedersrelaterat våld och förtryck. Samordnaren stödjer kommunernas socialtjänst, leder länets kvinnofridsnätverk och anordnar utbildningar. Under 2025 erbjuder vi:

  • grundutbildning om våld i nära relationer för yrkesverksamma (februari och oktober)
  • fördjupning om hedersrelaterat våld och förtryck (april)
  • metodstöd för våldsförebyggande arbete med unga män (löpande).

Är du utsatt för våld? Vid akut fara, ring 112. Du kan också kontakta socialtjänsten i din kommun eller en kvinnojour.

Statistik

Varje år i mars ger vi ut faktaboken Kvinnor och män i Östra Mälardal. Den innehåller könsuppdelad statistik för länet och för kommunerna Ekeby, Ravnsjö och Tallnäs om bland annat inkomster, sysselsättning, utbildning och våld. Vi tar också fram fördjupade analyser på beställning från kommunerna.

Ladda ner Kvinnor och män i Östra Mälardal 2024 (pdf)

Anslut din organisation

Alla organisationer som är verksamma i länet kan ansluta sig till strategin Ett jämställt Östra Mälardal – kommuner, myndigheter, föreningar och företag.

Länsstyrelsen erbjuder organisationer som ansluter sig:

  • plats i Länsstyrelsens jämställdhetsnätverk, som träffas fyra gånger per år
  • erfarenhetsutbyte med andra verksamheter
  • kontakter med aktörer som arbetar med liknande frågor
  • metodstöd i arbetet med jämställdhetsintegrering.

Vi förväntar oss att organisationer som ansluter sig:

  – fattar ett ledningsbeslut om att ansluta sig
  – beskriver kort hur verksamheten bidrar till strategins mål
  – utser en kontaktperson
  – delar med sig av sina erfarenheter i nätverket.

Hittills har 27 organisationer anslutit sig.

Anslut din organisation (formulär)

Diskriminering

Om du har blivit diskriminerad kan du anmäla det till Diskrimineringsombudsmannen, DO. Länsstyrelsen handlägger inte anmälningar om diskriminering.

Kontakt

Jämställdhetsexpert
Enheten för social hållbarhet
010-000 00 00

Dela sidan:
Facebook  LinkedIn  E-post

Kakor på webbplatsen
Tillgänglighetsredogörelse
Om webbplatsen
© Länsstyrelsen i Östra Mälardal
"""


@draft
def d04():
    name = "04_webbsida_inklistrad"
    note = ("Webbsida inklistrad som text med punkttecken; de sex delmålen finns bara som inklistrad lista, "
            "civil beredskap är en prioritering utan innehåll, den egna verksamheten nämns bara i uppdragslistan "
            "och i en innehållslös rad, och diskriminering nämns bara som hänvisning till DO.")
    lab = labels("E V ST SV IG", "P U C H HR CO IN PR")
    return name, ("txt", D04_TEXT), lab, note


# =====================================================================================
# 05 municipal plan (Ekeby kommun)
# =====================================================================================
@draft
def d05():
    name = "05_ekeby_kommun_plan"
    doc = Doc(name, "sv", title_prop="Plan för jämställdhet Ekeby kommun 2025–2027",
              creator="Ekeby kommun, kommunledningsförvaltningen", company="Ekeby kommun",
              header="Ekeby kommun – Plan för jämställdhet 2025–2027", footer_page=True)
    W = [3200, 1900, 1900, 2000]
    add(doc, [
        ("title", "Plan för jämställdhet 2025–2027"),
        ("sub", "Ekeby kommun"),
        ("p", "Antagen av kommunfullmäktige 2024-12-16, § 142. Dokumentansvarig: kommundirektören. Gäller för "
              "samtliga nämnder och förvaltningar."),
        ("h1", "1 Inledning"),
        ("p", "Ekeby kommun undertecknade den europeiska deklarationen för jämställdhet på lokal och regional nivå "
              "(CEMR-deklarationen) 2019. Den här planen är kommunens handlingsplan för deklarationen och ersätter "
              "jämställdhetsplanen för 2021–2024. Planen beskriver hur kommunen ska arbeta för att kvinnor och "
              "män, flickor och pojkar i Ekeby ska få en likvärdig service och samma möjligheter att forma sina "
              "liv."),
        ("p", "Planen gäller kommunen som samhällsaktör och som serviceproducent. Kommunens arbete med aktiva "
              "åtgärder som arbetsgivare enligt diskrimineringslagen beskrivs i personalpolicyn."),
        ("h1", "2 Utgångspunkter"),
        ("p", "Ekeby kommun arbetar utifrån de mänskliga rättigheterna och diskrimineringslagens sju "
              "diskrimineringsgrunder. Jämställdhetsintegrering är kommunens strategi för att nå de "
              "jämställdhetspolitiska målen, vilket innebär att jämställdhet ska vara en del av det ordinarie "
              "arbetet och inte ett sidospår."),
        ("p", "Landsbygdsutveckling ingår inte i planen utan hanteras i kommunens landsbygdsprogram. Det "
              "förebyggande arbetet mot alkohol, narkotika, dopning och tobak beskrivs i kommunens ANDT-program och "
              "omfattas inte heller av den här planen."),
        ("h1", "3 Ansvar"),
        ("p", "Kommunfullmäktige antar planen och kommunstyrelsen leder och samordnar arbetet. Varje nämnd ansvarar "
              "för att planens mål och aktiviteter förs in i nämndens verksamhetsplan och budget. Kommunens "
              "jämställdhetsstrateg på kommunledningsförvaltningen stödjer förvaltningarna, sammanställer "
              "uppföljningen och håller samman kommunens kontakter med Länsstyrelsen i jämställdhetsfrågor."),
        ("h1", "4 Nuläge i Ekeby"),
        ("p", "Ekeby har 9 800 invånare och är den minsta av länets tre kommuner. Kommunen är också den största "
              "arbetsgivaren med omkring 1 100 anställda, varav 79 procent är kvinnor."),
        ("ul", ["**Politiskt inflytande:** 38 procent av ledamöterna i kommunfullmäktige är kvinnor. Av de sex "
                "nämndordförandena är två kvinnor. Vid kommunens medborgardialoger 2023 var 64 procent av "
                "deltagarna män över 50 år.",
                "**Arbete:** 71 procent av de kvinnor som är anställda i kommunen arbetar heltid, jämfört med 88 "
                "procent av männen. Deltidsarbetet förklaras ofta med ansvar för barn eller anhöriga, men en stor "
                "del av deltiden i vård- och omsorgsyrkena beror på hur schemana är lagda.",
                "**Skola:** Det genomsnittliga meritvärdet i årskurs 9 var 238 för flickor och 211 för pojkar "
                "2024. Andelen pojkar som inte når kunskapskraven i svenska har ökat tre år i rad.",
                "**Hälsa:** I elevhälsoenkäten 2024 uppgav 38 procent av flickorna och 17 procent av pojkarna i "
                "årskurs 9 att de ofta känner sig stressade. Pojkarna uppgav i högre grad att de inte har någon "
                "vuxen att prata med.",
                "**Våld:** Socialtjänsten hade 2023 kontakt med 74 kvinnor och 9 män som utsatts för våld i nära "
                "relation. Kommunens trygghetsmätning visar att 41 procent av kvinnorna och 14 procent av männen "
                "undviker att gå ut ensamma på kvällen.",
                "**Föräldraskapsstöd:** Av deltagarna i kommunens föräldragrupper 2023 var 86 procent mammor."]),
        ("h1", "5 Mål och aktiviteter"),
        ("h2", "5.1 Makt och inflytande"),
        ("p", "**Mål 2027:** Kvinnor och män deltar i samma utsträckning i kommunens medborgardialoger, och "
              "könsfördelningen i nämndernas presidier är jämn."),
        ("ul", ["Kommunstyrelsen tar fram riktlinjer för medborgardialog som säkerställer att kvinnor och män i "
                "olika åldrar nås, bland annat genom digitala dialoger och dialoger på kvällstid (2025).",
                "Valberedningen får inför valet 2026 en sammanställning av könsfördelningen i alla nämnder och "
                "bolagsstyrelser."]),
        ("h2", "5.2 Arbete och ekonomisk självständighet"),
        ("p", "**Mål 2027:** Minst 85 procent av kvinnorna och 90 procent av männen som är anställda i kommunen "
              "arbetar heltid, och lönekartläggningen visar inga osakliga löneskillnader."),
        ("ul", ["Socialnämnden inför heltid som norm i hemtjänsten och på kommunens särskilda boenden 2025–2026.",
                "Personalutskottet genomför årlig lönekartläggning och redovisar resultatet öppet."]),
        ("h2", "5.3 Förskola och skola"),
        ("p", "**Mål 2027:** Skillnaden i meritvärde mellan flickor och pojkar har minskat till högst 15 poäng, och "
              "fler elever gör studieval som bryter mot traditionella mönster."),
        ("ul", ["Barn- och utbildningsnämnden inför en normmedveten pedagogik i alla förskolor med stöd av "
                "förskolans utvecklingsledare (2025).",
                "Grundskolan genomför en särskild satsning på läsning för pojkar i årskurs 1–3.",
                "Studie- och yrkesvägledarna får kompetensstöd om normmedveten vägledning och följer upp elevernas "
                "gymnasieval per kön."]),
        ("h2", "5.4 Hälsa"),
        ("p", "**Mål 2027:** Skillnaden mellan flickor och pojkar i upplevd stress har minskat och fler pojkar "
              "uppger att de har en vuxen att prata med."),
        ("ul", ["Elevhälsan genomför hälsosamtal med samtliga elever i årskurs 7 och analyserar resultaten per kön.",
                "Fritidsgårdarna utvecklar samtalsgrupper för pojkar i samarbete med elevhälsan."]),
        ("h2", "5.5 Våld i nära relationer"),
        ("p", "**Mål 2027:** Alla som utsätts för våld i nära relation får stöd, och kunskapen om hedersrelaterat "
              "våld och förtryck finns i alla berörda verksamheter."),
        ("ul", ["Socialnämnden reviderar handlingsplanen mot våld i nära relationer 2025.",
                "All personal inom socialtjänsten, elevhälsan och hemtjänsten genomgår en grundutbildning om våld "
                "senast 2026.",
                "Kommunen fortsätter att ge verksamhetsbidrag till kvinnojouren i Ekeby."]),
        ("h2", "5.6 Samhällsplanering"),
        ("p", "**Mål 2027:** Kvinnor och män upplever samma trygghet i kommunens offentliga miljöer."),
        ("ul", ["Samhällsbyggnadsnämnden gör en jämställdhetsanalys av förslaget till översiktsplan ÖP 2040.",
                "Kommunen genomför två trygghetsvandringar per år och åtgärdar belysning och siktlinjer längs gång- "
                "och cykelvägar till stationen.",
                "Kommunen för dialog med Region Östra Mälardal om kvällsturer i kollektivtrafiken till Ravnsjö."]),
        ("h2", "5.7 Barnets rättigheter och föräldraskapsstöd"),
        ("p", "Sedan barnkonventionen blev svensk lag 2020 ska barnets bästa utredas i alla beslut som rör barn. "
              "**Mål 2026:** Alla ärenden till kommunstyrelsen som berör barn innehåller en barnkonsekvensanalys där "
              "flickors och pojkars situation beskrivs var för sig."),
        ("p", "**Mål 2027:** Minst 35 procent av deltagarna i kommunens föräldraskapsstöd är pappor."),
        ("ul", ["Kommunledningsförvaltningen tar fram en mall för barnkonsekvensanalys och utbildar handläggarna "
                "(2025).",
                "Familjecentralen erbjuder föräldragrupper på kvällstid och en särskild pappagrupp från hösten "
                "2025, och inbjudan till föräldraskapsstöd skickas till båda vårdnadshavarna."]),
        ("h1", "6 Samverkan"),
        ("p", "Ekeby kommun deltar i Länsstyrelsens nätverk för kommunernas jämställdhetsstrateger och i "
              "Jämställdhetsrådet i Östra Mälardal. Arbetet mot våld bedrivs i samverkan med Polisen, Region Östra "
              "Mälardal och kvinnojouren inom ramen för kommunens brottsförebyggande råd. Kommunen ska under "
              "planperioden ta initiativ till ett gemensamt utbildningstillfälle om jämställd medborgardialog "
              "tillsammans med Ravnsjö och Tallnäs."),
        ("h1", "7 Den egna organisationen"),
        ("ul", ["Varje nämnd formulerar minst ett jämställdhetsmål i sin verksamhetsplan för 2026.",
                "Alla chefer går kommunens utbildning i jämställdhetsintegrering under 2025.",
                "Individbaserad statistik i nämndernas uppföljningar och i årsredovisningen redovisas uppdelad "
                "efter kön, och skillnader mellan kvinnor och män ska kommenteras."]),
        ("h1", "8 Uppföljning"),
        ("p", "Kommunstyrelsen följer upp planen varje år i samband med årsredovisningen. Jämställdhetsstrategen "
              "sammanställer nämndernas rapporter och indikatorerna nedan. En slututvärdering görs 2027 och ligger "
              "till grund för nästa plan."),
        ("table", [["Indikator", "Utgångsvärde", "Mål 2027", "Ansvar"],
                   ["Andel heltidsanställda kvinnor / män", "71 / 88 %", "85 / 90 %", "Personalutskottet"],
                   ["Meritvärde åk 9, flickor / pojkar", "238 / 211", "Skillnad ≤ 15", "Barn- och utbildningsnämnden"],
                   ["Andel pappor i föräldraskapsstöd", "14 %", "35 %", "Socialnämnden"],
                   ["Andel KS-ärenden med barnkonsekvensanalys", "–", "100 % (2026)", "Kommunstyrelsen"],
                   ["Andel kvinnor som undviker att gå ut ensamma", "41 %", "30 %", "Samhällsbyggnadsnämnden"]], W),
    ])
    note = ("Kommunal jämställdhetsplan för Ekeby kommun med mål och aktiviteter per område; obetalt arbete nämns "
            "bara som förklaring till deltid, mänskliga rättigheter bara som utgångspunkt med "
            "diskrimineringsgrunderna, och landsbygd och ANDT bara som uttryckliga undantag.")
    lab = labels("P E U H V PL CR PS CO ST SV IN FU", "C HR RU AN")
    return name, doc, lab, note


# =====================================================================================
# 06 organised by the four mandated areas
# =====================================================================================
@draft
def d06():
    name = "06_fyra_uppdragsomraden"
    doc = Doc(name, "sv", title_prop="Jämställdhet i Länsstyrelsens uppdragsområden",
              subject="Länsstrategi del 2", footer_page=True)
    add(doc, [
        ("title", "Jämställdhet i fyra uppdragsområden"),
        ("sub", "Samhällsplanering, barnets rättigheter, föräldraskapsstöd och mänskliga rättigheter – del 2 av "
                "länsstrategin för Östra Mälardal 2025–2028"),
        ("h1", "Inledning"),
        ("p", "Regeringens uppdrag till länsstyrelserna pekar ut fyra områden där länsstyrelserna har uppgifter "
              "med särskild betydelse för jämställdheten: samhällsplanering, barnets rättigheter, "
              "föräldraskapsstöd och mänskliga rättigheter. Den här delen av strategin beskriver hur Länsstyrelsen "
              "i Östra Mälardal ska arbeta med jämställdhet inom vart och ett av dem. De sex delmålen och länets "
              "övergripande prioriteringar beskrivs i del 1."),
        ("p", "Jämställdhet handlar ytterst om makt och demokrati. Inom de fyra områdena fattar Länsstyrelsen och "
              "kommunerna varje år beslut som påverkar kvinnors och mäns, flickors och pojkars vardag – var "
              "bostäder byggs, hur barns röster tas tillvara, vilket stöd föräldrar får och hur människors "
              "rättigheter skyddas."),
        ("h1", "1 Samhällsplanering"),
        ("h2", "Nuläge"),
        ("p", "Länets trygghetsundersökning 2023 visar att 34 procent av kvinnorna men 12 procent av männen avstår "
              "från att gå ut ensamma på kvällen av oro för att utsättas för brott. Otryggheten är störst i "
              "stationsområdena i Ravnsjö och Tallnäs. Kvinnor gör 58 procent av alla resor med regional "
              "kollektivtrafik, medan män oftare reser med bil. När busslinjer dras in eller turtätheten minskar på "
              "kvällarna begränsas därför kvinnors möjligheter att ta ett arbete på annan ort."),
        ("p", "Arbetet mot mäns våld mot kvinnor beskrivs i den regionala handlingsplanen för kvinnofrid och "
              "behandlas inte här."),
        ("h2", "Mål"),
        ("p", "Till 2028 ska skillnaden mellan kvinnors och mäns upplevda trygghet i länets stationsområden ha "
              "minskat med minst en tredjedel, och alla tre kommunernas översiktsplaner ska innehålla en "
              "jämställdhetsanalys."),
        ("h2", "Insatser"),
        ("ul", ["Länsstyrelsen ska i sina granskningsyttranden över översiktsplaner och detaljplaner redovisa hur "
                "planen påverkar trygghet, tillgänglighet och kollektivtrafik för kvinnor och män.",
                "Länsstyrelsen bjuder 2025 in kommunernas planerare och Region Östra Mälardals "
                "kollektivtrafikförvaltning till en gemensam workshop om jämställd planering av "
                "stationsområden.",
                "Länsstyrelsen stödjer kommunerna i att genomföra trygghetsvandringar där både kvinnor och män i "
                "olika åldrar deltar."]),
        ("h1", "2 Barnets rättigheter"),
        ("h2", "Nuläge"),
        ("p", "Barnkonventionen blev svensk lag 2020. Länsstyrelsens genomgång 2024 visar att två av länets tre "
              "kommuner gör barnkonsekvensanalyser inför större beslut, men att analyserna sällan skiljer på "
              "flickors och pojkars situation. En observationsstudie av kommunala lekplatser och "
              "spontanidrottsplatser i Tallnäs visade att pojkar använde omkring 70 procent av ytorna, och att "
              "flickor över tio år i stort sett saknades på platserna efter klockan 18."),
        ("h2", "Mål"),
        ("p", "Till 2027 ska alla tre kommunerna göra barnkonsekvensanalyser som redovisar flickors och pojkars "
              "situation var för sig, och barn ska ha fått komma till tals i planeringen av nya lekplatser och "
              "spontanidrottsplatser."),
        ("h2", "Insatser"),
        ("ul", ["Länsstyrelsen leder ett nätverk för kommunernas barnrättsstrateger som träffas fyra gånger per år.",
                "Länsstyrelsen tar fram ett metodstöd för barnkonsekvensanalys med ett jämställdhetsperspektiv "
                "(klart hösten 2025).",
                "Länsstyrelsen prövar barnets bästa i sina egna beslut om exempelvis bidrag till civilsamhället "
                "och dokumenterar prövningen i beslutet."]),
        ("h1", "3 Föräldraskapsstöd"),
        ("h2", "Nuläge"),
        ("p", "Länsstyrelsen har i uppdrag att samordna och utveckla föräldraskapsstödet i länet. Syftet med "
              "föräldraskapsstödet är att främja barns hälsa och utveckling. I Östra Mälardal tar pappor ut 31 "
              "procent av föräldrapenningdagarna, vilket är lägre än i riket, och av deltagarna i kommunernas "
              "föräldragrupper är bara 22 procent pappor. Mammor tar också ut två tredjedelar av den tillfälliga "
              "föräldrapenningen."),
        ("h2", "Mål"),
        ("p", "Till 2028 ska minst 35 procent av deltagarna i länets föräldraskapsstöd vara pappor, och pappornas "
              "andel av föräldrapenningdagarna i länet ska ha ökat till 38 procent."),
        ("h2", "Insatser"),
        ("ul", ["Länsstyrelsen ger kommunerna stöd i att anpassa föräldragrupperna så att de når pappor, till "
                "exempel genom kvällstider, digitala träffar och pappagrupper.",
                "Länsstyrelsen och Försäkringskassan genomför 2026 en informationsinsats om delad "
                "föräldraledighet riktad till blivande föräldrar och arbetsgivare i länet.",
                "Länsstyrelsen samlar kommunernas samordnare för föräldraskapsstöd i ett regionalt nätverk."]),
        ("h1", "4 Mänskliga rättigheter"),
        ("h2", "Nuläge"),
        ("p", "Sverige har åtagit sig att följa FN:s kvinnokonvention, CEDAW. I sina senaste rekommendationer "
              "uppmanade CEDAW-kommittén Sverige att stärka skyddet mot diskriminering på regional och lokal nivå. "
              "Länsstyrelsens enkät 2024 till länets kommuner visar att ingen av dem har en samlad plan för sitt "
              "arbete med mänskliga rättigheter, och att kunskapen om diskrimineringsgrunderna varierar mellan "
              "förvaltningarna. Grupper som riskerar att inte känna till sina rättigheter är till exempel utrikes "
              "födda kvinnor och äldre personer med funktionsnedsättning."),
        ("h2", "Mål"),
        ("p", "Till 2027 ska alla tre kommunerna ha beslutat om hur de ska arbeta rättighetsbaserat, och "
              "Länsstyrelsen ska ha genomfört kompetensinsatser om mänskliga rättigheter för samtliga kommuners "
              "ledningsgrupper."),
        ("h2", "Insatser"),
        ("ul", ["Länsstyrelsen erbjuder 2025–2026 kommunerna kompetensinsatser om ett rättighetsbaserat "
                "arbetssätt, med utgångspunkt i principerna om icke-diskriminering, delaktighet och "
                "ansvarsutkrävande.",
                "Länsstyrelsen tar fram en regional lägesbild över mänskliga rättigheter i länet 2026."]),
        ("h1", "5 Länsstyrelsens egen verksamhet"),
        ("p", "Länsstyrelsen ska integrera jämställdhet i sin egen handläggning inom alla fyra områden. Under 2025 "
              "införs en checklista för jämställdhetsanalys i granskningen av planärenden, och samtliga "
              "planhandläggare går en utbildning i jämställd samhällsplanering. Avdelningscheferna ansvarar för "
              "att jämställdhetsmål förs in i verksamhetsplanen för 2026."),
        ("h1", "6 Statistik"),
        ("p", "Länsstyrelsen ska i de underlag som lämnas till kommunerna inom planeringen redovisa könsuppdelad "
              "statistik om resvanor, trygghet och tillgång till service. Från 2025 redovisas all individbaserad "
              "statistik i Länsstyrelsens planeringsunderlag uppdelad efter kön."),
        ("h1", "7 Samverkan"),
        ("p", "Länsstyrelsen samordnar tre regionala nätverk som berör områdena i den här delen: nätverket för "
              "barnrättsstrateger, nätverket för föräldraskapsstöd och länets MR-nätverk. Nätverken samlar "
              "kommunerna Ekeby, Ravnsjö och Tallnäs, Region Östra Mälardal och civilsamhällets organisationer och "
              "har en gemensam årsplanering som Länsstyrelsen ansvarar för."),
        ("h1", "8 Uppföljning"),
        ("p", "Strategin kommer att följas upp på lämpligt sätt under perioden."),
    ])
    note = ("Strategidel organiserad efter uppdragets fyra områden; delmålen om makt, ekonomi och hälsa nämns bara "
            "som inramning, konsekvens respektive syfte, våldet hänvisas till annan plan, integration finns bara "
            "som exempel och uppföljningen är en innehållslös mening, medan det obetalda omsorgsarbetet behandlas "
            "genom föräldrapenningen.")
    lab = labels("C PL CR PS HR CO ST SV IN", "P E H V FU IG")
    return name, doc, lab, note


# =====================================================================================
# 07 framing and value statements
# =====================================================================================
@draft
def d07():
    name = "07_vardegrund_och_utgangspunkter"
    doc = Doc(name, "sv", title_prop="Värdegrund och utgångspunkter för jämställdhetsarbetet",
              subject="Del av länsstrategin 2025–2028")
    add(doc, [
        ("title", "Värdegrund och utgångspunkter"),
        ("sub", "För jämställdhetsarbetet i Östra Mälardal 2025–2028"),
        ("h1", "Förord"),
        ("p", "Ett jämställt samhälle är ett samhälle där ingen behöver begränsas av föreställningar om vad en "
              "kvinna eller en man kan, får eller bör göra. Det är ett samhälle där alla människor kan leva, "
              "arbeta och utvecklas utifrån sina egna förutsättningar och drömmar. Dit har vi inte nått, varken i "
              "Sverige eller i Östra Mälardal."),
        ("p", "Det här dokumentet beskriver de värderingar och utgångspunkter som bär vårt gemensamma arbete. Det "
              "ska läsas tillsammans med länsstrategins mål och handlingsplan, och det ska kunna användas av alla "
              "som vill förstå varför jämställdhet är angeläget och hur vi ser på frågan."),
        ("h1", "Varför jämställdhet?"),
        ("p", "Jämställdhet är en fråga om rättvisa. Det är inte rimligt att kön ska avgöra vilka möjligheter en "
              "människa har att påverka sitt liv och samhället. Jämställdhet handlar ytterst om makt – om vem som "
              "har inflytande över de beslut som formar vår gemensamma framtid och vems erfarenheter som räknas "
              "när prioriteringar görs. Ett samhälle där både kvinnors och mäns kunskaper och erfarenheter tas "
              "tillvara fattar bättre beslut."),
        ("p", "Jämställdhet är också en förutsättning för en hållbar tillväxt. Ett län som vill vara attraktivt "
              "att bo, arbeta och verka i behöver ta vara på allas kompetens och ge alla samma möjligheter."),
        ("p", "Jämställdhet är slutligen en mänsklig rättighet. Rätten att inte diskrimineras på grund av kön är "
              "inskriven i grundlagen och i de internationella konventioner som Sverige har anslutit sig till."),
        ("h1", "Vår syn på jämställdhet"),
        ("p", "Med jämställdhet menar vi att kvinnor och män, flickor och pojkar har samma rättigheter, "
              "skyldigheter och möjligheter inom alla väsentliga områden i livet. Jämställdhet är inte detsamma som "
              "att alla ska vara likadana, utan att ingen ska behöva anpassa sig till snäva förväntningar kopplade "
              "till kön."),
        ("p", "Vi utgår från ett intersektionellt perspektiv. Kön samverkar med andra maktordningar, som ålder, "
              "etnisk tillhörighet, funktionsnedsättning, sexuell läggning och socioekonomisk bakgrund. Många av "
              "dessa sammanfaller med diskrimineringsgrunderna. Den som vill förstå en människas villkor behöver "
              "därför se mer än kön."),
        ("p", "Vi vet att normer om kön påverkar oss alla, också dem som varken identifierar sig som kvinna eller "
              "man. Att vi i strategin oftast talar om kvinnor och män beror på att det är så statistiken och "
              "lagstiftningen är uppbyggd, inte på att vi bortser från andra."),
        ("h1", "Jämställdhetsintegrering som strategi"),
        ("p", "Jämställdhetsintegrering är den strategi som riksdag och regering har valt för att nå de "
              "jämställdhetspolitiska målen. Strategin innebär att ett jämställdhetsperspektiv ska finnas med i "
              "allt beslutsfattande, på alla nivåer och i alla steg av processerna, av de aktörer som normalt "
              "deltar i beslutsfattandet. Jämställdhet ska alltså inte vara en sidoverksamhet utan en del av den "
              "ordinarie verksamheten."),
        ("p", "Jämställdhetsintegrering bygger på kunskap. Könsuppdelad statistik, jämställdhetsanalyser och "
              "forskning är förutsättningar för att kunna se var ojämställdheten finns och vad som behöver "
              "förändras."),
        ("p", "Länsstyrelsen har enligt sin instruktion ett särskilt ansvar att belysa, analysera och beakta "
              "kvinnors och mäns samt flickors och pojkars villkor. Det ansvaret tar vi på allvar."),
        ("h1", "De jämställdhetspolitiska målen – så ser vi på dem"),
        ("p", "Målen är nationella, men de får sin betydelse i människors vardag. Här beskriver vi kort hur vi "
              "förstår vart och ett av dem."),
        ("p", "**Makt och inflytande.** Demokratin blir starkare när kvinnor och män deltar på lika villkor. Målet "
              "gäller inte bara politiken utan också andra arenor där makt utövas."),
        ("p", "**Ekonomisk jämställdhet.** Ekonomisk självständighet är en förutsättning för ett fritt liv. Den som "
              "har egna pengar kan göra egna val."),
        ("p", "**Jämställd utbildning.** Målet om jämställd utbildning omfattar hela utbildningssystemet, från "
              "förskola till högskola och vuxenutbildning. Utbildning ska öppna dörrar, inte stänga dem."),
        ("p", "**Det obetalda hem- och omsorgsarbetet.** Omsorgen om barn, hem och anhöriga är ett gemensamt ansvar. "
              "När det ansvaret delas lika får både kvinnor och män större frihet."),
        ("p", "**Jämställd hälsa.** En god hälsa är en grundläggande rättighet och en förutsättning för att kunna "
              "delta i samhället."),
        ("p", "**Mäns våld mot kvinnor.** Ett liv fritt från våld är en mänsklig rättighet. Våldet är det yttersta "
              "uttrycket för bristande jämställdhet."),
        ("h1", "Barnets rättigheter"),
        ("p", "Barnkonventionen är svensk lag, och barnets bästa ska vara vägledande i allt som rör barn. Flickor och "
              "pojkar har rätt att växa upp utan att begränsas av förväntningar kopplade till kön."),
        ("h1", "Så organiserar vi arbetet"),
        ("h2", "Jämställdhetsrådet"),
        ("p", "Länsstyrelsen sammankallar Jämställdhetsrådet i Östra Mälardal fyra gånger per år. I rådet ingår "
              "kommundirektörerna i Ekeby, Ravnsjö och Tallnäs, regiondirektören i Region Östra Mälardal, "
              "lokalpolisområdets chef, Arbetsförmedlingen, Försäkringskassan och två organisationer från "
              "civilsamhället. Rådet beslutar varje år om ett gemensamt utvecklingsområde och om vilka "
              "aktiviteter som ska genomföras, och Länsstyrelsen ansvarar för att sammanställa underlag och "
              "samordna genomförandet mellan mötena."),
        ("h2", "Länsstyrelsens egen verksamhet"),
        ("p", "Länsstyrelsens ledningsgrupp har beslutat att varje avdelning under 2025 ska genomföra en "
              "jämställdhetsanalys av minst en av sina kärnprocesser, till exempel tillståndsprövning, tillsyn "
              "eller fördelning av bidrag. Resultaten och de åtgärder som beslutas redovisas för ledningsgruppen "
              "i december. Alla nyanställda går en grundkurs i jämställdhetsintegrering under sitt första år, och "
              "jämställdhetssamordnaren ger stöd till avdelningarna i analysarbetet."),
        ("h2", "Uppföljning"),
        ("p", "Arbetet följs upp i en årlig uppföljningsrapport som jämställdhetssamordnaren tar fram i maj och som "
              "redovisas för ledningsgruppen och Jämställdhetsrådet. Rapporten bygger på de indikatorer som anges "
              "i bilaga 1 och på avdelningarnas egna redovisningar. En halvtidsutvärdering av hela strategin "
              "genomförs 2026 och en slututvärdering 2028."),
        ("h1", "Avslutning"),
        ("p", "Jämställdhet är inget som uppnås en gång för alla. Varje generation behöver erövra den på nytt, och "
              "varje beslut är ett tillfälle att föra utvecklingen i rätt riktning. Vi hoppas att dessa "
              "utgångspunkter kan vara ett stöd för alla som vill bidra till ett jämställt Östra Mälardal."),
    ])
    note = ("Dokument fyllt av värdegrund och inramning där alla sex delmål, barnets rättigheter, mänskliga "
            "rättigheter, statistik och tillväxt bara nämns som värderingar, definitioner eller metodbeskrivning; "
            "endast samverkansrådet, den egna verksamheten och uppföljningen har konkret innehåll.")
    lab = labels("SV IN FU", "P E U C H V CR HR CO ST RG")
    return name, doc, lab, note


# =====================================================================================
# 08 goal chapters: real for some goals, one filler line for others
# =====================================================================================
@draft
def d08():
    name = "08_ojamna_malkapitel"
    doc = Doc(name, "sv", title_prop="Länsstrategi för jämställdhet – remissutkast 2",
              header="REMISSUTKAST 2 – 2024-10-30")
    add(doc, [
        ("title", "Länsstrategi för jämställdhet i Östra Mälardal 2025–2028"),
        ("sub", "Remissutkast 2"),
        ("h1", "1 Inledning"),
        ("p", "Det här är det andra remissutkastet till ny länsstrategi för jämställdhet i Östra Mälardal. "
              "Utkastet bygger på synpunkter från det första remissvarvet och på de dialoger som Länsstyrelsen har "
              "fört med länets aktörer under 2024. Strategin utgår från de sex jämställdhetspolitiska delmålen och "
              "har ett kapitel för vart och ett av dem."),
        ("p", "Strategin riktar sig till kommuner, region, statliga myndigheter, civilsamhälle och andra aktörer "
              "som verkar i länet. Den är tänkt att ge en gemensam riktning och att underlätta prioriteringar i "
              "det egna arbetet."),
        ("h1", "2 Om statistiken i strategin"),
        ("p", "Alla uppgifter om befolkningen i strategin redovisas uppdelade efter kön, och där det är möjligt "
              "även per kommun. Statistiken kommer från SCB, Region Östra Mälardal och kommunerna och avser 2023 om "
              "inget annat anges. Länsstyrelsen uppdaterar den könsuppdelade statistiken vartannat år och "
              "publicerar den på webbplatsen, så att länets aktörer kan följa utvecklingen i sin egen kommun."),
        ("p", "För några områden saknas i dag statistik på kommunnivå. Länsstyrelsen kommer under 2025 att ta fram "
              "en förteckning över vilka uppgifter som saknas och föra en dialog med SCB om hur bristerna kan "
              "åtgärdas."),
        ("h1", "3 Delmålen i Östra Mälardal"),
        ("h2", "3.1 En jämn fördelning av makt och inflytande"),
        ("p", "Efter valet 2022 är 43 procent av ledamöterna i länets tre kommunfullmäktige kvinnor, men kvinnorna "
              "är bara 29 procent av ordförandena i nämnder och styrelser. I de kommunala bolagens styrelser är "
              "andelen kvinnor 33 procent. Av kommunstyrelsernas ordförande i länet har sedan 1990 endast två "
              "varit kvinnor."),
        ("p", "Ojämnheten är ännu större på landsbygden. I de lokala utvecklingsgrupper som fått stöd genom "
              "landsbygdsprogrammet är 22 procent av styrelseledamöterna kvinnor, och i de byalag och "
              "samfällighetsföreningar som Länsstyrelsen har kontakt med är andelen ungefär densamma. Det gör att "
              "kvinnors behov riskerar att få mindre genomslag i landsbygdsutvecklingen."),
        ("p", "**Mål 2028:** Minst 40 procent av ordförandeposterna i kommunernas nämnder och styrelser innehas av "
              "kvinnor, och andelen kvinnor i styrelserna för de lokala utvecklingsgrupperna har ökat till minst "
              "35 procent."),
        ("p", "**Insatser:** Länsstyrelsen erbjuder inför valet 2026 partiernas länsförbund ett seminarium om "
              "rekrytering och nominering. De lokala utvecklingsgrupperna på landsbygden erbjuds 2025 ett "
              "stödmaterial och två regionala träffar om hur fler kvinnor kan engageras i styrelsearbetet och i "
              "valet av vilka utvecklingsprojekt som ska drivas i bygden."),
        ("h2", "3.2 Ekonomisk jämställdhet"),
        ("p", "Länsstyrelsen kommer att arbeta med detta delmål under strategiperioden."),
        ("h2", "3.3 Jämställd utbildning"),
        ("p", "Flickorna i länet har i genomsnitt ett meritvärde i årskurs 9 som är 27 poäng högre än pojkarnas. "
              "Pojkar hoppar oftare av gymnasiet: 14 procent av pojkarna men 9 procent av flickorna har inte "
              "fullföljt en gymnasieutbildning inom fyra år. Gymnasievalen är starkt könsbundna, och på fem av "
              "länets tolv nationella program är det ena könet fler än 80 procent av eleverna."),
        ("p", "**Mål 2028:** Andelen pojkar som fullföljer gymnasiet inom fyra år har ökat till minst 88 procent, "
              "och antalet program med fler än 80 procent av det ena könet har minskat till högst tre."),
        ("p", "**Insatser:** Länsstyrelsen och Region Östra Mälardal tar fram ett gemensamt stödmaterial för "
              "normmedveten studie- och yrkesvägledning som erbjuds alla grund- och gymnasieskolor i länet 2025. "
              "Länsstyrelsen stödjer kommunernas arbete mot avhopp genom att sprida kunskap om framgångsrika "
              "metoder för att nå pojkar som riskerar att inte fullfölja sin utbildning."),
        ("h2", "3.4 En jämn fördelning av det obetalda hem- och omsorgsarbetet"),
        ("p", "Text under arbete."),
        ("h2", "3.5 Jämställd hälsa"),
        ("p", "Kvinnor i länet bedömer sin hälsa som sämre än män: 68 procent av kvinnorna och 76 procent av männen "
              "uppger att de har en god eller mycket god hälsa. Bland flickorna i årskurs 9 uppger 43 procent att de "
              "har psykosomatiska besvär flera gånger i veckan, jämfört med 19 procent av pojkarna. Samtidigt är "
              "männens medellivslängd 3,6 år kortare än kvinnornas, och tre av fyra som tar sitt liv i länet är "
              "män. Mäns högre överdödlighet förklaras delvis av riskbruk av alkohol och av olyckor."),
        ("p", "**Mål 2028:** Skillnaden i psykosomatiska besvär mellan flickor och pojkar har minskat, och alla tre "
              "kommunerna har ett suicidpreventivt program med insatser riktade till män."),
        ("p", "**Insatser:** Region Östra Mälardal och Länsstyrelsen genomför 2025–2026 en gemensam satsning på "
              "suicidprevention med fokus på män i medelåldern, bland annat genom utbildning av nyckelpersoner på "
              "arbetsplatser och i idrottsföreningar. Länsstyrelsen stödjer kommunernas elevhälsa med kunskap om "
              "flickors psykiska ohälsa."),
        ("h2", "3.6 Mäns våld mot kvinnor ska upphöra"),
        ("p", "Arbetet beskrivs i en separat handlingsplan som tas fram under 2026."),
        ("h1", "4 Genomförande"),
        ("p", "Strategin genomförs av länets aktörer inom ramen för deras ordinarie uppdrag. Områden som "
              "samhällsplanering, barnets rättigheter och föräldraskapsstöd ska beaktas i genomförandet."),
        ("h1", "5 Samverkan"),
        ("p", "Länsstyrelsen samordnar genomförandet genom Jämställdhetsrådet, där kommunerna, regionen, "
              "Polismyndigheten, Arbetsförmedlingen och civilsamhället ingår. Rådet träffas fyra gånger per år. "
              "Därutöver leder Länsstyrelsen ett nätverk för kommunernas och regionens jämställdhetsstrateger som "
              "träffas varannan månad och som under 2025 ska ta fram gemensamma indikatorer för länet. Aktörer som "
              "vill bidra kan ansluta sig till strategin och får då stöd och inbjudningar till nätverket."),
        ("h1", "6 Uppföljning"),
        ("p", "Strategin följs upp varje år genom att indikatorerna i tabellen nedan sammanställs och redovisas för "
              "Jämställdhetsrådet i april. År 2026 görs en halvtidsavstämning av alla mål, och 2028 en "
              "slututvärdering som ligger till grund för nästa strategi. Jämställdhetssamordnaren ansvarar för "
              "uppföljningen."),
        ("table", [["Delmål", "Indikator", "Utgångsvärde", "Mål 2028"],
                   ["3.1", "Andel kvinnor bland ordförande i nämnder och styrelser", "29 %", "≥ 40 %"],
                   ["3.1", "Andel kvinnor i styrelser för lokala utvecklingsgrupper", "22 %", "≥ 35 %"],
                   ["3.3", "Andel pojkar som fullföljt gymnasiet inom fyra år", "86 %", "≥ 88 %"],
                   ["3.3", "Program med > 80 % av ett kön", "5", "≤ 3"],
                   ["3.5", "Psykosomatiska besvär åk 9, flickor / pojkar", "43 / 19 %", "Minskad skillnad"]],
         [900, 4600, 1700, 1800]),
    ])
    note = ("Remissutkast med ett kapitel per delmål där makt, utbildning och hälsa har verkligt innehåll medan "
            "ekonomi och obetalt arbete bara har en innehållslös rad och våldet skjuts till en senare plan; "
            "samhällsplanering, barnrätt och föräldraskapsstöd finns bara i en uppräkning, och alkohol bara som "
            "förklaring inom hälsa.")
    lab = labels("P U H CO ST SV FU RU", "E C V PL CR PS AN")
    return name, doc, lab, note


# =====================================================================================
# 09 merged own headings, goals referred to by number
# =====================================================================================
@draft
def d09():
    name = "09_sammanslagna_fokusomraden"
    doc = Doc(name, "sv", title_prop="Jämställt Östra Mälardal 2025–2028", split_runs=True, footer_page=True)
    W = [2600, 3000, 1700, 1700]
    add(doc, [
        ("title", "Jämställt Östra Mälardal 2025–2028"),
        ("sub", "Länsstrategi för jämställdhetsintegrering"),
        ("h1", "Sammanfattning"),
        ("p", "Strategin pekar ut tre fokusområden för arbetet med jämställdhet i Östra Mälardals län under "
              "2025–2028: Jämställd arbetsmarknad och utbildning, Hälsa och ett liv fritt från våld samt "
              "Beredskap för alla. För varje fokusområde finns en lägesbild, regionala mål, insatser och "
              "indikatorer."),
        ("h1", "1 Utgångspunkter"),
        ("p", "Strategin utgår från det jämställdhetspolitiska målet om att kvinnor och män ska ha samma makt att "
              "forma samhället och sina egna liv och från de sex delmålen. Strategin fokuserar på delmål 2, 3, 5 "
              "och 6. Delmål 1 om makt och inflytande och delmål 4 om det obetalda hem- och omsorgsarbetet "
              "prioriteras inte under perioden, eftersom de i hög grad hanteras inom andra aktörers ordinarie "
              "arbete."),
        ("p", "Arbetet utgår från diskrimineringsgrunderna och ett intersektionellt perspektiv."),
        ("p", "Den interna jämställdhetsintegreringen regleras i Länsstyrelsens verksamhetsplan för 2025 och "
              "beskrivs inte i strategin."),
        ("h1", "2 Jämställd arbetsmarknad och utbildning (delmål 2 och 3)"),
        ("h2", "Lägesbild"),
        ("p", "Arbetsmarknaden i Östra Mälardal är en av de mest könsuppdelade i landet. Bara 14 procent av de "
              "sysselsatta arbetar i ett yrke med jämn könsfördelning. Kvinnor har i genomsnitt 82 procent av "
              "männens disponibla inkomst, och skillnaden växer efter 30 års ålder. Sysselsättningsgraden bland "
              "utrikes födda kvinnor är 58 procent, jämfört med 71 procent bland utrikes födda män och 84 procent "
              "bland inrikes födda kvinnor."),
        ("p", "Könsuppdelningen börjar tidigt. I gymnasieskolan väljer 9 av 10 flickor och 4 av 10 pojkar ett "
              "högskoleförberedande program. På industritekniska programmet är 6 procent av eleverna flickor, och "
              "på vård- och omsorgsprogrammet är 13 procent pojkar. Flickor har högre betyg än pojkar i alla ämnen "
              "utom idrott."),
        ("p", "Region Östra Mälardal bedömer att länet fram till 2030 kommer att sakna omkring 4 000 personer med "
              "rätt kompetens inom industri, energi, vård och omsorg. Kompetensförsörjningen försvåras av att "
              "rekryteringen i praktiken bara sker från det ena könet."),
        ("h2", "Regionala mål till 2028"),
        ("ul", ["Skillnaden mellan kvinnors och mäns disponibla inkomst har minskat.",
                "Sysselsättningsgraden bland utrikes födda kvinnor har ökat till minst 64 procent.",
                "Andelen flickor på industritekniska och el- och energiprogrammet har ökat till minst 15 procent, "
                "och andelen pojkar på vård- och omsorgsprogrammet till minst 20 procent.",
                "Region Östra Mälardals kompetensförsörjningsarbete är jämställdhetsanalyserat."]),
        ("h2", "Insatser"),
        ("table", [["Insats", "Beskrivning", "Ansvar", "Tid"],
                   ["Normmedveten vägledning", "Kompetensutveckling för studie- och yrkesvägledare i länets "
                    "kommuner och prao-samordnare.", "Länsstyrelsen, Region Östra Mälardal", "2025–2026"],
                   ["Jämställd kompetensförsörjning", "Analys av könsfördelningen i yrkeshögskolans och "
                    "vuxenutbildningens utbildningar inom bristyrken, med förslag till rekryteringsinsatser.",
                    "Region Östra Mälardal, Länsstyrelsen", "2026"],
                   ["Vägar till arbete", "Samlad insats för utrikes födda kvinnor med kort utbildning: "
                    "språkstöd, validering och praktik hos arbetsgivare i länet.",
                    "Arbetsförmedlingen, kommunerna, Länsstyrelsen", "2025–2027"],
                   ["Heltid och lönekartläggning", "Stöd till offentliga arbetsgivare i arbetet med heltid som "
                    "norm och lönekartläggning.", "Länsstyrelsen", "2025–2028"]], W),
        ("h1", "3 Hälsa och ett liv fritt från våld (delmål 5 och 6)"),
        ("h2", "Lägesbild"),
        ("p", "Den psykiska ohälsan bland unga är stor och könsskillnaderna tydliga. I länets ungdomsenkät 2024 "
              "uppgav 46 procent av flickorna och 21 procent av pojkarna i gymnasiets år 2 att de ofta känner sig "
              "nedstämda. Pojkar och unga män söker sällan hjälp och är överrepresenterade i suicidstatistiken. "
              "Spel om pengar har ökat bland unga män: 7 procent av männen 18–29 år har ett riskabelt "
              "spelbeteende, jämfört med 1 procent av kvinnorna i samma ålder."),
        ("p", "I samma enkät uppgav 12 procent av flickorna och 5 procent av pojkarna att deras familj bestämmer "
              "vem de får vara tillsammans med, vilket är ett tecken på hedersrelaterade begränsningar. Polisen "
              "registrerade 2023 över 600 anmälningar om misshandel av kvinnor i nära relation i länet."),
        ("h2", "Regionala mål till 2028"),
        ("ul", ["Skillnaden mellan flickor och pojkar i självrapporterad nedstämdhet har minskat.",
                "Andelen unga män med riskabelt spelbeteende har minskat.",
                "Alla kommuner har rutiner för att upptäcka och hantera hedersrelaterat våld och förtryck."]),
        ("h2", "Insatser"),
        ("ul", ["Det regionala ANDTS-nätverket, där kommunernas ANDTS-samordnare och Region Östra Mälardal ingår, "
                "tar 2026 fram en förebyggande insats om spel om pengar riktad till unga män, med stöd av "
                "könsuppdelade data om spelvanor.",
                "Länsstyrelsen och Region Östra Mälardal genomför en länsgemensam utbildning om psykisk ohälsa "
                "bland unga för personal i ungdomsverksamheter.",
                "Länsstyrelsen erbjuder kompetensstöd till kommunernas socialtjänst om hedersrelaterat våld och "
                "förtryck och samordnar länets nätverk mot våld i nära relationer."]),
        ("h1", "4 Beredskap för alla"),
        ("h2", "Lägesbild"),
        ("p", "Kvinnor och män påverkas olika av kriser och har olika förutsättningar att hantera dem. Erfarenheter "
              "från tidigare händelser visar att information inte alltid når alla grupper, och att "
              "våldsutsattheten kan öka i hemmen när samhället är ansträngt. I de frivilliga "
              "försvarsorganisationerna i länet är 31 procent av medlemmarna kvinnor. Kommunernas risk- och "
              "sårbarhetsanalyser innehåller i dag sällan någon analys av hur kvinnor och män berörs."),
        ("h2", "Regionala mål till 2028"),
        ("ul", ["Alla kommuners risk- och sårbarhetsanalyser innehåller en jämställdhetsanalys.",
                "Andelen kvinnor i de frivilliga försvarsorganisationerna har ökat till minst 40 procent."]),
        ("h2", "Insatser"),
        ("ul", ["Krissamverkan Östra Mälardal tar 2025 fram en vägledning för jämställdhetsanalys i kommunernas "
                "risk- och sårbarhetsanalyser, och Länsstyrelsen erbjuder kommunerna stöd i att använda den.",
                "Länsstyrelsen och de frivilliga försvarsorganisationerna genomför en rekryteringskampanj riktad "
                "till kvinnor 2026.",
                "Krisinformationen i länet ses över så att den når kvinnor och män i alla åldrar."]),
        ("h1", "5 Kunskap och statistik"),
        ("p", "All individbaserad statistik i strategin är uppdelad efter kön. Länsstyrelsen publicerar varje år "
              "en statistikbilaga med könsuppdelade uppgifter för strategins indikatorer, per kommun där det går."),
        ("h1", "6 Samverkan och genomförande"),
        ("p", "Länsstyrelsen samordnar genomförandet tillsammans med kommunerna, Region Östra Mälardal och de "
              "statliga myndigheterna i Jämställdhetsrådet, som träffas fyra gånger per år. För varje "
              "fokusområde finns en arbetsgrupp där berörda aktörer ingår och där Länsstyrelsen är "
              "sammankallande."),
        ("h1", "7 Uppföljning"),
        ("p", "Indikatorerna följs upp årligen och redovisas i en uppföljningsrapport till Jämställdhetsrådet i "
              "maj. Arbetsgrupperna rapporterar genomförda insatser två gånger per år. En extern utvärdering av "
              "strategins genomförande görs under 2028."),
        ("table", [["Fokusområde", "Indikator", "Utgångsvärde", "Källa"],
                   ["2", "Disponibel inkomst, kvinnor i procent av män", "82 %", "SCB"],
                   ["2", "Sysselsättningsgrad, utrikes födda kvinnor", "58 %", "SCB"],
                   ["2", "Andel flickor på industritekniska programmet", "6 %", "Skolverket"],
                   ["3", "Nedstämdhet, flickor / pojkar", "46 / 21 %", "Ungdomsenkäten"],
                   ["3", "Riskabelt spelbeteende, män 18–29 år", "7 %", "Region Östra Mälardal"],
                   ["4", "Kommuner med jämställdhetsanalys i RSA", "0 av 3", "Länsstyrelsen"]], W),
    ])
    note = ("Strategi med egna sammanslagna fokusområden där delmålen anges med nummer; makt och obetalt arbete "
            "finns bara i en fokuslista som icke-prioriterade, mänskliga rättigheter bara som "
            "diskrimineringsgrunder och den egna verksamheten bara som hänvisning till verksamhetsplanen.")
    lab = labels("E U H V CO ST SV FU RG IG PR AN", "P C HR IN")
    return name, doc, lab, note


# =====================================================================================
# 10 bullet-point working draft in Markdown
# =====================================================================================
D10_TEXT = """# Länsstrategi för jämställdhet 2025–2028 – arbetsmaterial

*Sammanställning efter workshop med länets aktörer 2024-10-08. Version 0.2, enheten för social hållbarhet.*

## Uppdraget

- Regeringsuppdrag: ny länsstrategi för jämställdhet 2025–2028, ska vara beslutad i december 2024
- Instruktionen: Länsstyrelsen ska belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor
- Strategin ska vara kort (max 20 sidor) och gå att följa upp
- Max tre prioriteringar enligt ledningsgruppens inriktningsbeslut i augusti

## Prioriteringar (förslag från workshopen)

### 1. Makt och inflytande

- **Läget:** 31 % av ordförandeposterna i länets kommunala nämnder och styrelser innehas av kvinnor (2024); i Ravnsjö 25 %
- **Läget:** kvinnor lämnar sina politiska uppdrag i förtid oftare än män – i Tallnäs lämnade 11 av de 17 ledamöter som avgick under förra mandatperioden, och 8 av dem var kvinnor
- **Läget:** hot och hat mot förtroendevalda – flera kvinnliga politiker i gruppen vittnade om detta
- **Mål:** minst 45 % kvinnor bland ordförandena efter valet 2026
- **Insats:** mentorprogram för nyvalda förtroendevalda kvinnor, tillsammans med partiernas länsförbund (2025–2026)
- **Insats:** seminarium för valberedningarna i januari 2026

### 2. Ekonomisk jämställdhet

- **Läget:** kvinnors medianinkomst = 79 % av männens i länet; störst skillnad i Tallnäs (74 %)
- **Läget:** 29 % av de anställda kvinnorna i kommunerna jobbar deltid, 8 % av männen
- **Läget:** pensionsgapet – kvinnor över 65 har i snitt 68 % av männens pension
- **Mål:** inkomstskillnaden minskar med minst 3 procentenheter till 2028
- **Insatser:**
  - heltidsnätverk för HR-chefer i kommunerna och regionen (start mars 2025)
  - informationsträffar om ekonomisk självständighet för kvinnor 55+ tillsammans med Pensionsmyndigheten
  - lönekartläggning: stöd till små arbetsgivare

### 3. Obetalt hem- och omsorgsarbete

- **Läget:** kvinnor tar 62 % av VAB-dagarna och 68 % av föräldrapenningdagarna i länet
- **Läget:** kvinnor 45–64 år ger oftare än män regelbunden hjälp till en närstående, ofta samtidigt som de arbetar
- **Mål:** männens andel av VAB-dagarna ökar till 45 % till 2028
- **Insatser:**
  - kampanj med länets arbetsgivare om delad VAB och föräldraledighet (2026)
  - kunskapsunderlag om anhörigomsorg och deltid, tas fram med kommunernas anhörigkonsulenter (2025)

## Bakgrund – vad vi hörde i dialogen

- 46 deltagare från kommunerna, regionen, myndigheterna och ett tiotal föreningar
- många tyckte att den förra strategin var för bred och för abstrakt
- stor enighet om att ekonomisk självständighet ska vara med
- delade meningar om hur mycket strategin ska styra kommunernas egna prioriteringar
- önskemål om en kortversion som går att använda i politiska sammanhang, till exempel i nämnderna
- flera ville att landshövdingen tydligare ska driva frågorna offentligt

## Anteckningar från gruppdiskussionerna

**Grupp 1 – makt och inflytande**

- valberedningarna i partierna avgör mycket – de behöver få siffrorna i god tid före valet
- unga kvinnor som blir invalda hoppar av under första året; en mentor kan göra skillnad
- förslag: följa upp hur många av de nyvalda kvinnorna som sitter kvar efter två år
- flera menade att hot och hat borde vara en egen rubrik

**Grupp 2 – ekonomisk jämställdhet**

- heltidsfrågan är svårast i de verksamheter där bemanningen är tunnast på helger
- arbetsgivarna efterfrågar exempel från kommuner som faktiskt lyckats med heltid som norm
- pensionsfrågan når inte fram till yngre kvinnor – informationen måste komma tidigare i livet
- diskussion om egenföretagare: det saknas siffror på kommunnivå

**Grupp 3 – hem och omsorg**

- VAB-fördelningen ses som ett "arbetsgivarproblem" av många, inte som en jämställdhetsfråga
- anhörigomsorgen är osynlig i statistiken – kommunernas anhörigkonsulenter har mest kunskap
- förslag: lyfta goda exempel från arbetsplatser där män tar ut lika mycket VAB som kvinnor

## Frågor att ta ställning till

1. Räcker tre prioriteringar, eller ska en fjärde läggas till?
2. Ska anhörigomsorgen lyftas som ett eget mål under prioritering 3?
3. Vem äger strategin – Länsstyrelsen ensam eller Jämställdhetsrådet gemensamt?

## Perspektiv att väva in

- folkhälsa
- barnrättsperspektiv
- koppling till den regionala utvecklingsstrategin (RUS)

## Övrigt som kom upp

- Mäns våld mot kvinnor → hanteras i kvinnofridsplanen, inte här
- Civil beredskap? Uppdraget nämner det – ta med i nästa version
- Önskemål om fler konkreta exempel från andra län

## Statistik

- Länsstyrelsen tar fram könsuppdelad statistik per kommun för de tre prioriteringarna – klart oktober 2025 (ansvar: analysenheten)
- Statistiken läggs i en bilaga och uppdateras varje år
- Saknas i dag: uppgifter om anhörigomsorg på kommunnivå

## Samverkan

- Jämställdhetsrådet: 4 möten/år – kommunerna, Region Östra Mälardal, Polisen, Arbetsförmedlingen, Försäkringskassan
- Nytt: nätverk för kommunernas jämställdhetsstrateger, första träffen februari 2025
- Anslutning till strategin: organisationer fattar ledningsbeslut och utser kontaktperson; Länsstyrelsen erbjuder nätverk och metodstöd
- Mål: 30 anslutna organisationer till 2026

## Internt (Länsstyrelsens egen verksamhet)

- checklista för jämställdhetsanalys i alla beslutsunderlag till ledningsgruppen från 2026
- alla enheter sätter minst ett jämställdhetsmål i verksamhetsplanen för 2026
- grundkurs i jämställdhetsintegrering för alla nyanställda
- jämställdhetssamordnaren ger stöd till enheterna, 20 % av tjänsten

## Uppföljning

- diskuteras på nästa workshop (november)

## Att göra

- [ ] skicka utkastet till kommunerna för synpunkter (v. 44)
- [ ] boka ledningsgruppen för beslut om prioriteringar
- [ ] stämma av statistikbehovet med analysenheten
- [x] boka lokal för workshop 2
- [ ] skicka minnesanteckningarna till alla deltagare
- [ ] fråga Försäkringskassan om VAB-siffror per kommun
- [ ] ta fram förslag på namn och grafisk profil för strategin

| Vem | Vad | När |
|---|---|---|
| Samordnaren | Skriva ihop version 0.3 | 31 okt |
| Analysenheten | Ta fram statistikbilagan | okt 2025 |
| Enhetschefen | Förankra i ledningsgruppen | 5 nov |
"""


@draft
def d10():
    name = "10_punktlistor_workshop"
    note = ("Arbetsmaterial i punktform i Markdown där makt, ekonomi och obetalt arbete har läge, mål och insatser, "
            "medan hälsa, barnrätt och regional utveckling bara finns i en perspektivlista, våldet och civil "
            "beredskap hänvisas bort eller skjuts upp och uppföljningen bara ska diskuteras senare.")
    lab = labels("P E C ST SV IN", "H V CR CO FU RG PR")
    return name, ("md", D10_TEXT), lab, note


# =====================================================================================
# 11 consultation version: stale table of contents, footnotes
# =====================================================================================
@draft
def d11():
    name = "11_remissversion_fotnoter"
    doc = Doc(name, "sv", title_prop="Ett jämställt Östra Mälardal – remissversion",
              subject="Länsstrategi för jämställdhetsintegrering 2025–2028",
              header="Remissversion 2024-11-04 – synpunkter senast 2024-11-29", footer_page=True)
    doc.footnote(1, "Källa: SCB, Allmänna val 2022, bearbetning Länsstyrelsen i Östra Mälardal.")
    doc.footnote(2, "Länsstyrelsens enkät till förtroendevalda i Ekeby, Ravnsjö och Tallnäs, våren 2024. "
                    "Svarsfrekvens 61 procent (kvinnor 64, män 58).")
    doc.footnote(3, "Källa: Region Östra Mälardal, Liv och hälsa i Östra Mälardal 2023 (vuxna) och "
                    "Ungdomsenkäten 2024 (årskurs 9).")
    doc.footnote(4, "Källa: Region Östra Mälardal, dödsorsaksstatistik 2014–2023, medelvärde per år.")
    doc.footnote(5, "Källa: Polismyndigheten, anmälda brott 2023, region Mitt, uttag för Östra Mälardals län.")
    doc.footnote(6, "Kartläggningen genomfördes av Länsstyrelsen hösten 2024 och omfattade socialtjänsten i "
                    "alla tre kommunerna.")
    add(doc, [
        ("title", "Ett jämställt Östra Mälardal"),
        ("sub", "Länsstrategi för jämställdhetsintegrering 2025–2028 – remissversion"),
        ("p", "Remissinstanserna ombeds särskilt att lämna synpunkter på prioriteringarna och på de föreslagna "
              "indikatorerna. Synpunkter lämnas till Länsstyrelsen senast den 29 november 2024 med angivande av "
              "diarienummer 801-5120-2024."),
        ("toc", [(1, "1 Inledning", 3), (1, "2 Utgångspunkter", 4), (1, "3 Makt och inflytande", 6),
                 (1, "4 Jämställd hälsa", 8), (1, "5 Mäns våld mot kvinnor", 10),
                 (2, "5.4 Landsbygdens särskilda förutsättningar", 14),
                 (1, "6 Länsstyrelsens egen verksamhet", 15), (1, "7 Samverkan", 16),
                 (1, "8 Uppföljning och utvärdering", 17)]),
        ("h1", "1 Inledning"),
        ("p", "Länsstyrelsen har regeringens uppdrag att ta fram en länsstrategi för jämställdhet för perioden "
              "2025–2028. Den här remissversionen har tagits fram efter dialog med kommuner, region, myndigheter "
              "och civilsamhälle under våren och sommaren 2024."),
        ("p", "De sex jämställdhetspolitiska delmålen handlar om makt och inflytande, ekonomisk jämställdhet, "
              "jämställd utbildning, det obetalda hem- och omsorgsarbetet, jämställd hälsa samt mäns våld mot "
              "kvinnor. Strategin prioriterar tre av dem: makt och inflytande, jämställd hälsa och mäns våld mot "
              "kvinnor."),
        ("h1", "2 Utgångspunkter"),
        ("p", "Strategin bygger på en analys av könsuppdelad statistik som Länsstyrelsen har sammanställt från SCB, "
              "Region Östra Mälardal, Polismyndigheten och kommunerna. Där det finns uppgifter för både kvinnor och "
              "män, flickor och pojkar redovisas de var för sig. Länsstyrelsen kommer att uppdatera "
              "sammanställningen vartannat år under strategiperioden och publicera den som en bilaga till "
              "uppföljningsrapporten."),
        ("h1", "3 Makt och inflytande"),
        ("p", "Kvinnorna är 42 procent av ledamöterna i länets kommunfullmäktige men bara 27 procent av "
              "ordförandena i nämnder och styrelser.[^1] I Länsstyrelsens enkät till förtroendevalda uppgav 34 "
              "procent av kvinnorna och 19 procent av männen att de under mandatperioden utsatts för hot, hat "
              "eller trakasserier kopplade till sitt uppdrag, och nästan hälften av de utsatta kvinnorna hade "
              "övervägt att lämna politiken.[^2]"),
        ("p", "**Mål 2028:** Andelen kvinnor bland ordförandena har ökat till minst 40 procent, och andelen "
              "förtroendevalda som utsatts för hot och hat har minskat."),
        ("ul", ["Länsstyrelsen genomför 2025 en seminarieserie om hot och hat mot förtroendevalda tillsammans "
                "med Polisen och partiernas länsförbund.",
                "Länsstyrelsen upprepar enkäten till förtroendevalda 2027 för att kunna följa utvecklingen."]),
        ("h1", "4 Jämställd hälsa"),
        ("p", "Kvinnor i länet uppger oftare än män att de har nedsatt psykiskt välbefinnande (21 respektive 13 "
              "procent). Bland eleverna i årskurs 9 uppger 52 procent av flickorna och 27 procent av pojkarna att "
              "de har psykosomatiska besvär flera gånger i veckan.[^3] Samtidigt tar i genomsnitt 14 män och 5 "
              "kvinnor sitt liv i länet varje år.[^4]"),
        ("p", "Riskbruket av alkohol är högre bland unga män än bland unga kvinnor, och unga män är "
              "överrepresenterade bland dem som vårdas för narkotikarelaterade tillstånd. Det förebyggande "
              "arbetet har hittills sällan utformats med hänsyn till skillnaderna mellan kvinnor och män."),
        ("p", "**Mål 2028:** Skillnaden i psykosomatiska besvär mellan flickor och pojkar har minskat, och alla "
              "kommuner har suicidpreventiva insatser riktade till män."),
        ("ul", ["Länsstyrelsen och Region Östra Mälardal genomför 2025–2027 en suicidpreventiv satsning riktad till "
                "män i arbetsför ålder.",
                "Länsstyrelsen tar 2026, i samverkan med kommunernas fältverksamhet, fram en regional insats i "
                "det förebyggande ANDTS-arbetet för unga män med riskbruk av alkohol och narkotika.",
                "Länsstyrelsen sprider kunskap till elevhälsan om flickors psykosomatiska besvär."]),
        ("h1", "5 Mäns våld mot kvinnor"),
        ("p", "Under 2023 anmäldes 588 fall av misshandel mot kvinnor i länet, och i drygt hälften av fallen var "
              "gärningspersonen en nuvarande eller tidigare partner.[^5] Kvinnors lägre inkomster gör det ofta "
              "svårare för dem att lämna en våldsam relation."),
        ("p", "I Länsstyrelsens kartläggning uppgav socialtjänsten att barn som upplevt våld mellan "
              "vårdnadshavarna inte alltid får en egen bedömning av sina behov, och att det saknas gemensamma "
              "rutiner mellan kommunerna.[^6]"),
        ("p", "**Mål 2028:** Alla tre kommuner har en aktuell handlingsplan mot våld i nära relationer, och alla "
              "barn som upplevt våld får en egen bedömning där barnets bästa utreds."),
        ("ul", ["Länsstyrelsen samordnar ett regionalt kvinnofridsnätverk och erbjuder kompetensstöd om "
                "riskbedömning och om hedersrelaterat våld och förtryck.",
                "Länsstyrelsen stödjer 2026 kommunerna i att ta fram gemensamma rutiner för att barnets bästa "
                "utreds när barn har upplevt våld, med utgångspunkt i barnkonventionen.",
                "Länsstyrelsen stödjer våldsförebyggande arbete riktat till pojkar och unga män."]),
        ("h1", "6 Länsstyrelsens egen verksamhet"),
        ("p", "Länsstyrelsen kommer att arbeta med detta under perioden."),
        ("h1", "7 Samverkan"),
        ("p", "Strategin genomförs i samverkan mellan länets aktörer. Länsstyrelsen är sammankallande i "
              "Jämställdhetsrådet, där kommunerna, Region Östra Mälardal, Polismyndigheten och civilsamhället "
              "ingår, och i länets kvinnofridsnätverk. Rådet träffas fyra gånger per år och fastställer varje år "
              "vilka gemensamma insatser som ska genomföras. Organisationer som vill bidra till strategin kan "
              "ansluta sig och får då del av Länsstyrelsens metodstöd."),
        ("h1", "8 Uppföljning och utvärdering"),
        ("p", "Strategin följs upp årligen i en rapport som presenteras för Jämställdhetsrådet i april. Rapporten "
              "redovisar utvecklingen för målens indikatorer och vilka insatser som har genomförts. "
              "Jämställdhetssamordnaren ansvarar för uppföljningen. En utvärdering av strategin som helhet görs "
              "under 2028 och ligger till grund för nästa strategi."),
    ])
    note = ("Remissversion med innehållsförteckning och fotnoter; ekonomi, utbildning och obetalt arbete nämns "
            "bara i en uppräkning eller som orsak, landsbygden bara i en inaktuell innehållsförteckning och den "
            "egna verksamheten bara med en innehållslös rad, medan barnets bästa och ANDTS behandlas inom våld "
            "respektive hälsa.")
    lab = labels("P H V CR CO ST SV FU AN", "E U C IN RU")
    return name, doc, lab, note


# =====================================================================================
# 12 regional growth and rural development
# =====================================================================================
@draft
def d12():
    name = "12_tillvaxt_och_landsbygd"
    doc = Doc(name, "en", title_prop="Jämställd regional utveckling och landsbygd",
              subject="Fördjupning i länsstrategin 2025–2028", footer_page=True)
    add(doc, [
        ("title", "Jämställd regional utveckling och landsbygd"),
        ("sub", "Fördjupning i länsstrategin Ett jämställt Östra Mälardal 2025–2028"),
        ("h1", "1 Inledning"),
        ("p", "Den här fördjupningen beskriver hur Länsstyrelsen och länets aktörer ska arbeta för jämställdhet i "
              "det regionala utvecklingsarbetet, på arbetsmarknaden och i landsbygdsutvecklingen. Den har tagits "
              "fram av Länsstyrelsens avdelning för landsbygd och näringsliv tillsammans med enheten för social "
              "hållbarhet och Region Östra Mälardal."),
        ("p", "Frågor om mäns våld mot kvinnor behandlas i Länsstyrelsens separata strategi för kvinnofrid och ingår "
              "inte i fördjupningen. Arbetet ska präglas av respekt för de mänskliga rättigheterna."),
        ("h1", "2 Uppdraget"),
        ("p", "Länsstyrelsen ska enligt sin instruktion belysa, analysera och beakta kvinnors och mäns samt flickors "
              "och pojkars villkor. Inom det regionala tillväxtarbetet har Region Östra Mälardal det samlade "
              "ansvaret, medan Länsstyrelsen ansvarar för stöden inom landsbygdsprogrammet, för delar av "
              "företagsstöden och för samordningen av statliga insatser i länet."),
        ("h1", "3 Nuläge"),
        ("h2", "3.1 En könsuppdelad arbetsmarknad"),
        ("p", "Sju av tio sysselsatta kvinnor i länet arbetar i offentlig sektor, jämfört med tre av tio män. "
              "Kvinnors genomsnittliga månadslön är 88 procent av männens, och kvinnor har i genomsnitt 21 procent "
              "lägre förvärvsinkomst. Den könsuppdelade arbetsmarknaden har sin grund delvis i könsbundna "
              "utbildningsval, men också i arbetsgivarnas rekryteringsmönster och i hur arbetstiderna är "
              "organiserade."),
        ("p", "Utrikes födda kvinnor är den grupp som har lägst sysselsättningsgrad i länet, 57 procent. Bland de "
              "utrikes födda kvinnor som har bott i Sverige kortare tid än fem år är andelen 34 procent."),
        ("h2", "3.2 Regional tillväxt och kompetensförsörjning"),
        ("p", "Den regionala utvecklingsstrategin för Östra Mälardal pekar ut kompetensförsörjningen som länets "
              "största utmaning. Region Östra Mälardals analys visar att 76 procent av de regionala "
              "företagsstöden 2020–2023 gick till företag som drivs av män, och att kvinnor bara är 26 procent av "
              "deltagarna i regionens satsningar på innovation och industriell omställning."),
        ("h2", "3.3 Landsbygden"),
        ("p", "I Ravnsjö och i de norra delarna av Tallnäs kommun bor 86 kvinnor per 100 män i åldern 20–34 år. "
              "Unga kvinnor flyttar i större utsträckning än unga män från landsbygden till städerna. Kvinnor "
              "driver 29 procent av företagen inom jordbruk, skogsbruk och trädgård, men tar emot 18 procent av "
              "det investeringsstöd som Länsstyrelsen beviljat inom landsbygdsprogrammet 2020–2023."),
        ("p", "I styrelserna för länets två LEADER-områden är 31 procent av ledamöterna kvinnor."),
        ("h2", "3.4 Bostäder och kollektivtrafik"),
        ("p", "Kvinnor på landsbygden är mer beroende av kollektivtrafiken än män: 61 procent av dem som reser med "
              "länets landsbygdslinjer är kvinnor. Indragna kvällsturer försvårar för kvinnor att arbeta skift "
              "eller pendla till arbeten på annan ort. Bristen på mindre hyreslägenheter i tätorterna gör det "
              "också svårare för unga kvinnor att stanna kvar eller flytta tillbaka."),
        ("h1", "4 Mål till 2028"),
        ("ul", ["Andelen av de regionala företagsstöden som går till företag som drivs av kvinnor har ökat till minst "
                "35 procent.",
                "Kvinnor tar emot en andel av investeringsstödet inom landsbygdsprogrammet som motsvarar minst deras "
                "andel av företagarna.",
                "Andelen kvinnor i LEADER-områdenas styrelser är minst 40 procent.",
                "Sysselsättningsgraden bland utrikes födda kvinnor har ökat till minst 62 procent.",
                "Kollektivtrafikens landsbygdslinjer och bostadsförsörjningsprogrammen har jämställdhetsanalyserats."]),
        ("h1", "5 Insatser"),
        ("h2", "5.1 Regional tillväxt"),
        ("ul", ["Länsstyrelsen och Region Östra Mälardal genomför 2025 en jämställdhetsanalys av regionens "
                "kompetensförsörjningsplan och företagsstöd, och Region Östra Mälardal beslutar om åtgärder.",
                "Regionens rådgivning till nya företagare riktas särskilt till kvinnor inom tjänstesektorn."]),
        ("h2", "5.2 Landsbygdsutveckling"),
        ("ul", ["Länsstyrelsen ser över urvalskriterierna för investeringsstöd inom landsbygdsprogrammet 2025 och "
                "inför en jämställdhetsanalys i handläggningen av stödärenden.",
                "Nätverket Kvinnor i gröna näringar får stöd till sex träffar per år 2025–2028.",
                "LEADER-områdena erbjuds stöd i valberedningsarbetet inför årsmötena."]),
        ("h2", "5.3 Utrikes födda kvinnors etablering"),
        ("ul", ["Länsstyrelsen, Arbetsförmedlingen och kommunerna driver ett gemensamt projekt med språkstöd och "
                "praktik för utrikes födda kvinnor som saknar arbete, med särskilt fokus på landsbygden.",
                "Länsstyrelsen fördelar medel för samhällsorientering så att kvinnor och män deltar i samma "
                "utsträckning."]),
        ("h2", "5.4 Bostäder och kollektivtrafik"),
        ("ul", ["Länsstyrelsen ska i dialogen om den regionala transportplanen och i sitt underlag om "
                "bostadsförsörjning redovisa hur kvinnor och män på landsbygden påverkas av förändringar i "
                "kollektivtrafik och bostadsutbud.",
                "Länsstyrelsen stödjer kommunerna i att jämställdhetsanalysera sina riktlinjer för "
                "bostadsförsörjning."]),
        ("h1", "6 Länsstyrelsens egen verksamhet"),
        ("p", "Landsbygdsavdelningen redovisar från 2025 alla beviljade stöd fördelade efter kön på sökande och "
              "analyserar skillnaderna i beviljandegrad varje år. Alla handläggare av företags- och "
              "landsbygdsstöd går en utbildning i jämställdhetsanalys under 2025, och avdelningens "
              "verksamhetsplan ska innehålla mål för jämställd handläggning."),
        ("h1", "7 Statistik"),
        ("p", "Länsstyrelsen och Region Östra Mälardal tar gemensamt fram könsuppdelad statistik om företagande, "
              "stöd, pendling och flyttmönster för länets kommuner och delområden. Statistiken publiceras varje år "
              "i juni och används som underlag i Tillväxtrådet."),
        ("h1", "8 Samverkan"),
        ("p", "Arbetet samordnas i Tillväxtrådet för Östra Mälardal, där Länsstyrelsen, Region Östra Mälardal, "
              "kommunerna Ekeby, Ravnsjö och Tallnäs, Arbetsförmedlingen och näringslivets organisationer ingår. "
              "Länsstyrelsen ansvarar för att jämställdhet finns som en stående punkt på rådets dagordning och "
              "bjuder en gång per år in LEADER-områdena och landsbygdens föreningar till en gemensam träff."),
        ("h1", "9 Uppföljning"),
        ("p", "Målen följs upp årligen i Tillväxtrådet med hjälp av indikatorer för företagsstöd, "
              "landsbygdsstöd, sysselsättning och representation. Landsbygdsavdelningen ansvarar för "
              "sammanställningen och redovisar den i Länsstyrelsens årsredovisning. En samlad utvärdering görs "
              "2028."),
    ])
    note = ("Fördjupning om regional tillväxt och landsbygd där arbetsmarknad, integration och landsbygd behandlas "
            "utförligt; utbildning nämns bara som orsak till den könsuppdelade arbetsmarknaden, våldet hänvisas "
            "till annan strategi, mänskliga rättigheter är en värdemening och villkoren gäller bara kvinnor och män.")
    lab = labels("P E PL ST SV IN FU RG RU IG", "U V HR CO")
    return name, doc, lab, note


# =====================================================================================
# 13 violence and civil preparedness, English style ids, footnotes
# =====================================================================================
@draft
def d13():
    name = "13_vald_och_civil_beredskap"
    doc = Doc(name, "en", title_prop="Ett liv fritt från våld och en beredskap för alla",
              subject="Länsstrategi för jämställdhetsintegrering 2025–2028", footer_page=True)
    doc.footnote(1, "Källa: Polismyndigheten, anmälda brott 2023, uttag för Östra Mälardals län.")
    doc.footnote(2, "Källa: Region Östra Mälardal, Ungdomsenkäten 2024, unga 15–17 år.")
    doc.footnote(3, "CEDAW-kommitténs avslutande synpunkter på Sveriges tionde periodiska rapport.")
    doc.footnote(4, "Källa: Länsstyrelsens sammanställning av medlemsregister från de frivilliga "
                    "försvarsorganisationerna i länet, januari 2024.")
    add(doc, [
        ("title", "Ett liv fritt från våld och en beredskap för alla"),
        ("sub", "Länsstrategi för jämställdhetsintegrering i Östra Mälardal 2025–2028"),
        ("h1", "1 Inledning"),
        ("p", "Länsstyrelsen i Östra Mälardal har valt att låta länsstrategin för 2025–2028 samla arbetet kring två "
              "områden där Länsstyrelsen har ett tydligt regionalt ansvar: arbetet mot mäns våld mot kvinnor och "
              "hedersrelaterat våld och förtryck, och jämställdhet i den civila beredskapen. Strategin riktar sig "
              "till beslutsfattare och verksamhetsansvariga i kommuner, region och statliga myndigheter i länet."),
        ("p", "Föräldraskapsstöd prioriteras inte i denna strategi."),
        ("h1", "2 Mäns våld mot kvinnor och hedersrelaterat våld och förtryck"),
        ("h2", "2.1 Nuläge"),
        ("p", "Under 2023 anmäldes 604 fall av misshandel mot kvinnor i länet, varav 57 procent i en nära "
              "relation. Samma år anmäldes 141 fall av misshandel mot män i nära relation.[^1] Våldet får stora "
              "konsekvenser för kvinnors hälsa, och ett ekonomiskt beroende av partnern gör det svårare att lämna "
              "en våldsam relation. Alkohol är ofta en riskfaktor, men aldrig en förklaring som fråntar "
              "gärningspersonen ansvar."),
        ("p", "I länets ungdomsenkät uppgav 14 procent av flickorna och 6 procent av pojkarna att deras familj "
              "bestämmer vem de får vara tillsammans med, och 9 procent av flickorna och 4 procent av pojkarna att "
              "de inte får delta i fritidsaktiviteter på grund av familjens värderingar.[^2] Kvinnor som nyligen "
              "har kommit till Sverige kan sakna kunskap om var de kan få stöd."),
        ("p", "Hedersrelaterat våld och förtryck är ett allvarligt brott mot de mänskliga rättigheterna. I sina "
              "senaste rekommendationer till Sverige betonade CEDAW-kommittén att stödet till våldsutsatta "
              "kvinnor och flickor ska vara likvärdigt i hela landet.[^3] Ett rättighetsbaserat arbetssätt "
              "innebär att den enskildes rättigheter – och inte verksamhetens rutiner – är utgångspunkten, och att "
              "den som utsätts för våld görs delaktig i de beslut som rör henne eller honom."),
        ("h2", "2.2 Barn som upplever våld"),
        ("p", "Barn som har upplevt våld i sin familj är brottsoffer. Socialtjänsten i länet gjorde 2023 "
              "barnavårdsutredningar som rörde 212 barn där våld mellan vuxna i familjen var en orsak. Enligt "
              "barnkonventionen ska barnets bästa komma i främsta rummet, men Länsstyrelsens granskning visar att "
              "barnets egen berättelse saknas i en tredjedel av utredningarna."),
        ("h2", "2.3 Mål till 2028"),
        ("ul", ["Alla tre kommunerna har en aktuell handlingsplan mot våld i nära relationer och hedersrelaterat "
                "våld och förtryck.",
                "Andelen flickor som uppger att familjen begränsar deras val av partner har minskat.",
                "Barnets egen berättelse finns dokumenterad i alla utredningar som rör barn som har upplevt våld.",
                "Socialtjänsten i samtliga kommuner arbetar rättighetsbaserat i våldsärenden."]),
        ("h2", "2.4 Insatser"),
        ("ul", ["Länsstyrelsen samordnar länets kvinnofridsnätverk och ger kompetensstöd om riskbedömning och "
                "säkerhetsplanering.",
                "Länsstyrelsen erbjuder 2026 kommunernas socialtjänst en kompetensinsats om rättighetsbaserat "
                "arbetssätt med utgångspunkt i CEDAW och i FN:s konvention om barnets rättigheter.",
                "Länsstyrelsen stödjer kommunerna i att ta fram barnkonsekvensanalyser inför beslut om placering "
                "i skyddat boende, så att barnets bästa utreds och dokumenteras.",
                "Länsstyrelsen fördelar utvecklingsmedel till kvinnojourer och andra organisationer som arbetar "
                "med våldsutsatta kvinnor och män, och prioriterar insatser mot hedersrelaterat våld."]),
        ("h1", "3 Jämställdhet i den civila beredskapen"),
        ("h2", "3.1 Nuläge"),
        ("p", "Länsstyrelsen ansvarar för den regionala risk- och sårbarhetsanalysen och samordnar krisberedskapen "
              "och det civila försvaret i länet. Erfarenheter från tidigare samhällsstörningar visar att kvinnor "
              "och män drabbas olika och har olika behov, till exempel vid evakuering och vid längre avbrott i "
              "el och vatten. Våldsutsatta kvinnor som bor på skyddat boende behöver särskild hänsyn vid "
              "beslut om evakuering. Kvinnor är 28 procent av medlemmarna i länets frivilliga "
              "försvarsorganisationer.[^4]"),
        ("h2", "3.2 Mål till 2028"),
        ("ul", ["Den regionala risk- och sårbarhetsanalysen och kommunernas analyser innehåller en analys av hur "
                "kvinnor och män berörs.",
                "Andelen kvinnor i de frivilliga försvarsorganisationerna har ökat till minst 40 procent."]),
        ("h2", "3.3 Insatser"),
        ("ul", ["Länsstyrelsen tar 2025 fram ett metodstöd för jämställdhetsanalys i risk- och "
                "sårbarhetsanalyser och erbjuder kommunerna stöd i att använda det.",
                "Länsstyrelsen och de frivilliga försvarsorganisationerna genomför en rekryteringskampanj riktad "
                "till kvinnor 2026.",
                "Länsstyrelsen övar 2027 en regional samhällsstörning där skyddat boende och stöd till "
                "våldsutsatta ingår i scenariot."]),
        ("h1", "4 Länsstyrelsens egen verksamhet"),
        ("p", "Länsstyrelsen integrerar jämställdhet i sin egen krisorganisation. Könsfördelningen i "
              "Länsstyrelsens krisledningsstab redovisas varje år, och målet är att ingen funktion ska ha mindre "
              "än 40 procent av vardera kön 2027. Alla medarbetare i krisorganisationen går en utbildning i "
              "jämställdhetsanalys under 2025, och Länsstyrelsens handläggning av bidrag till kvinnojourerna "
              "jämställdhetsanalyseras 2026."),
        ("h1", "5 Statistik"),
        ("p", "Länsstyrelsen sammanställer varje år könsuppdelad statistik om våldsutsatthet, ärenden i "
              "socialtjänsten och medlemmar i de frivilliga försvarsorganisationerna. Uppgifterna redovisas per "
              "kommun och, där det är möjligt, för flickor och pojkar i olika åldrar."),
        ("h1", "6 Samverkan"),
        ("p", "Arbetet mot våld samordnas i länets kvinnofridsnätverk, där kommunernas socialtjänst, Polisen, "
              "Region Östra Mälardal, Åklagarmyndigheten och kvinnojourerna ingår. Arbetet med civil beredskap "
              "samordnas i Krissamverkan Östra Mälardal. Länsstyrelsen är sammankallande i båda forumen och "
              "ansvarar för att jämställdhet finns med i deras årsplaner."),
        ("h1", "7 Uppföljning"),
        ("p", "Strategin följs upp årligen i en rapport till Länsstyrelsens ledningsgrupp och till de två "
              "samverkansforumen. Rapporten redovisar indikatorerna för målen i avsnitt 2.3 och 3.2 och vilka "
              "insatser som genomförts. En halvtidsavstämning görs 2026 och en utvärdering 2028."),
    ])
    note = ("Strategi inriktad på våld och civil beredskap med barnets bästa och mänskliga rättigheter som "
            "verkligt innehåll; makt nämns bara som målgrupp, ekonomi, hälsa, alkohol och integration bara i "
            "förbigående inom våldsavsnittet och föräldraskapsstöd bara som uttryckligen icke prioriterat.")
    lab = labels("V CR HR CO ST SV IN FU PR", "P E H PS IG AN")
    return name, doc, lab, note


# =====================================================================================
# 14 revised draft with tracked changes and comments
# =====================================================================================
@draft
def d14():
    name = "14_reviderat_utkast_sparade_andringar"
    doc = Doc(name, "sv", title_prop="Ett jämställt Östra Mälardal 2025–2028 – reviderat utkast",
              keywords="jämställdhet; ekonomisk jämställdhet; obetalt arbete; hälsa", track_revisions=True,
              rev_author="Jämställdhetssamordnare", rev_date="2024-11-27T13:40:00Z")
    doc.comment(1, "Ravnsjö kommun föreslår i sitt remissvar att målet skärps. Ändrat enligt förslaget.",
                "Jämställdhetssamordnare", "JS")
    doc.comment(2, "Förtydliga vem som ansvarar – Försäkringskassan har bekräftat att de vill delta.",
                "Enhetschef", "EC")
    doc.comment(3, "Region Östra Mälardal har lämnat nya siffror från 2024, uppdaterat.",
                "Jämställdhetssamordnare", "JS")
    add(doc, [
        ("title", "Ett jämställt Östra Mälardal 2025–2028"),
        ("sub", "Länsstrategi för jämställdhetsintegrering – reviderat utkast efter remiss"),
        ("p", "Utkastet har reviderats efter remissomgången i oktober–november 2024. Ändringar mot remissversionen "
              "visas med spårade ändringar."),
        ("h1", "1 Inledning"),
        ("p", "Jämställdhet handlar om makt och om vem som får forma samhället. Länsstrategin utgår från det "
              "övergripande jämställdhetspolitiska målet och de sex delmålen:"),
        ("ul", ["En jämn fördelning av makt och inflytande",
                "Ekonomisk jämställdhet",
                "Jämställd utbildning",
                "En jämn fördelning av det obetalda hem- och omsorgsarbetet",
                "Jämställd hälsa",
                "Mäns våld mot kvinnor ska upphöra"]),
        ("p", "Strategin prioriterar tre delmål som hänger nära samman: ekonomisk jämställdhet, det obetalda hem- "
              "och omsorgsarbetet och jämställd hälsa. Kvinnors större ansvar för hem och omsorg påverkar både "
              "deras inkomster och deras hälsa, och därför behöver de tre områdena hanteras tillsammans."),
        ("p", "Civil beredskap prioriteras inte i denna strategi. Länsstyrelsen återkommer till området i nästa "
              "revidering."),
        ("h2", "Remissvaren i korthet"),
        ("p", "Remissversionen skickades till 46 instanser, och 31 av dem lämnade svar. De flesta ställde sig "
              "bakom valet av prioriteringar. Flera kommuner och fackliga organisationer ville att målet för "
              "heltid skulle skärpas och att arbetsgivarnas ansvar skulle lyftas tydligare. Försäkringskassan "
              "erbjöd sig att delta i arbetet med föräldraledigheten, och Region Östra Mälardal lämnade "
              "uppdaterade uppgifter om sjukfrånvaro och sömnbesvär. Några instanser ville att strategin skulle "
              "omfatta fler delmål, men Länsstyrelsen har valt att behålla de tre prioriteringarna för att "
              "arbetet ska få tillräckligt genomslag."),
        ("h1", "2 Ekonomisk jämställdhet"),
        ("h2", "Nuläge"),
        ("p", "Kvinnors förvärvsinkomster i länet motsvarar i genomsnitt 80 procent av männens. Var fjärde kvinna "
              "arbetar deltid, jämfört med var tionde man. Könsstereotypa studieval bidrar till den könsuppdelade "
              "arbetsmarknaden, men skillnaderna i inkomst växer framför allt när kvinnor och män får barn. Fem år "
              "efter det första barnets födelse har mammornas inkomster sjunkit med i genomsnitt 27 procent i "
              "förhållande till pappornas."),
        ("h2", "Mål"),
        ("p", "[c1>Till {-2028-}{+2027+} ska andelen kvinnor som arbetar heltid i länets kommuner och region ha ökat "
              "till minst {-80-}{+85+} procent, och skillnaden i förvärvsinkomst mellan kvinnor och män ska ha "
              "minskat med minst fem procentenheter till 2028.<c1]"),
        ("h2", "Insatser"),
        ("ul", ["Länsstyrelsen leder ett nätverk för offentliga arbetsgivare om heltid som norm och om hur scheman "
                "kan utformas så att fler kan arbeta heltid.",
                "Länsstyrelsen erbjuder 2025 seminarier om lönekartläggning för privata och offentliga "
                "arbetsgivare.",
                "{+Länsstyrelsen tar fram informationsmaterial om hur deltid och föräldraledighet påverkar den "
                "framtida pensionen, riktat till kvinnor och män i åldern 25–40 år.+}"]),
        ("h1", "3 Det obetalda hem- och omsorgsarbetet"),
        ("h2", "Nuläge"),
        ("p", "Pappor i Östra Mälardal tar ut 30 procent av föräldrapenningdagarna och 37 procent av dagarna med "
              "tillfällig föräldrapenning. Kvinnor i åldern 45–64 år ger oftare än män omsorg till en närstående, "
              "och var femte kvinna som ger sådan omsorg har gått ned i arbetstid. Kvinnor lägger enligt SCB:s "
              "tidsanvändningsundersökning i genomsnitt närmare en timme mer per dag än män på obetalt hemarbete."),
        ("h2", "Mål"),
        ("p", "Till 2028 har pappornas andel av föräldrapenningdagarna i länet ökat till minst 36 procent och deras "
              "andel av dagarna med tillfällig föräldrapenning till minst 45 procent."),
        ("h2", "Insatser"),
        ("ul", ["[c2>Länsstyrelsen och Försäkringskassan genomför 2026 en informationsinsats till blivande föräldrar "
                "och arbetsgivare om delad föräldraledighet.<c2]",
                "Länsstyrelsen samordnar föräldraskapsstödet i länet och stödjer kommunernas familjecentraler i att "
                "utveckla föräldragrupper som når pappor, bland annat med kvällstider och digitala träffar. Målet "
                "är att minst 35 procent av deltagarna i föräldraskapsstödet ska vara pappor 2027.",
                "Länsstyrelsen sprider kunskap till kommunernas anhörigstöd om hur kvinnor och män som ger omsorg "
                "till närstående kan få stöd att behålla sin arbetstid."]),
        ("h1", "4 Jämställd hälsa"),
        ("h2", "Nuläge"),
        ("p", "[c3>Kvinnor står för 64 procent av de pågående sjukfallen i länet, och den vanligaste orsaken är "
              "psykiatriska diagnoser. Bland unga uppger {-44-}{+47+} procent av flickorna och {-20-}{+22+} procent "
              "av pojkarna i årskurs 9 att de ofta har svårt att sova.<c3] Pojkar och unga män söker mer sällan "
              "hjälp för psykisk ohälsa, och män är överrepresenterade bland dem som tar sitt liv."),
        ("del_p", "Hälsoskillnaderna mellan kvinnor och män har varit i stort sett oförändrade under tio år."),
        ("h2", "Mål"),
        ("p", "Till 2028 har skillnaden i sjukfrånvaro mellan kvinnor och män minskat, och skillnaden mellan "
              "flickor och pojkar i sömnbesvär har minskat."),
        ("h2", "Insatser"),
        ("ul", ["Region Östra Mälardal och Länsstyrelsen genomför en gemensam satsning för att minska den "
                "stressrelaterade sjukfrånvaron bland kvinnor i vård, skola och omsorg.",
                "Länsstyrelsen stödjer kommunernas elevhälsa med kunskap om flickors och pojkars psykiska hälsa.",
                "Länsstyrelsen verkar för att suicidpreventionen i länet når pojkar och unga män."]),
        ("h1", "5 Statistik"),
        ("p", "Länsstyrelsen ger varje år ut en statistikbilaga med könsuppdelad statistik för strategins tre "
              "prioriteringar, per kommun där uppgifterna finns. {+Från 2026 ska bilagan även redovisa statistik "
              "om omsorg om närstående.+}"),
        ("h1", "6 Organisation och samverkan"),
        ("p", "Länsstyrelsen samordnar strategin genom Jämställdhetsrådet, där kommunerna, Region Östra Mälardal, "
              "Försäkringskassan och civilsamhället ingår. Rådet träffas fyra gånger per år och har för varje "
              "prioriterat delmål en arbetsgrupp som leds av Länsstyrelsen. Länsstyrelsen håller också ett "
              "nätverk för kommunernas jämställdhetsstrateger som träffas sex gånger per år."),
        ("p", "Inom Länsstyrelsen ansvarar varje avdelning för att jämställdhetsperspektivet finns med i "
              "verksamhetsplaneringen. Från 2025 ska alla beslutsunderlag till ledningsgruppen innehålla en kort "
              "jämställdhetsanalys, och alla chefer går en fördjupningskurs i jämställdhetsintegrering under året."),
        ("h1", "7 Uppföljning"),
        ("p", "Uppföljningen beskrivs i en separat uppföljningsplan som tas fram under 2025."),
    ])
    note = ("Reviderat utkast med spårade ändringar och kommentarer som prioriterar ekonomi, obetalt arbete och "
            "hälsa; makt, utbildning och våld finns bara i den inledande punktlistan eller som orsak, civil "
            "beredskap är uttryckligen bortprioriterad och uppföljningen skjuts till en separat plan.")
    lab = labels("E C H PS CO ST SV IN", "P U V FU PR")
    return name, doc, lab, note


# =====================================================================================
# writer and checker
# =====================================================================================
def expected_json(note, lab):
    assert list(lab) == TARGETS
    assert all(v in ("addressed", "mentioned", "missing") for v in lab.values())
    return json.dumps({"note": note, "targets": lab}, ensure_ascii=False, indent=2) + "\n"


def write_all():
    os.makedirs(OUT, exist_ok=True)
    written = []
    for fn in DRAFTS:
        name, body, lab, note = fn()
        if isinstance(body, Doc):
            path = os.path.join(OUT, name + ".docx")
            body.write(path)
        else:
            ext, text = body
            path = os.path.join(OUT, f"{name}.{ext}")
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(expected_json(note, lab))
        written.append((name, path, lab))
    return written


def check(written):
    ok = True
    totals = {"addressed": 0, "mentioned": 0, "missing": 0}
    for name, path, lab in written:
        if path.endswith(".docx"):
            with zipfile.ZipFile(path) as z:
                assert z.testzip() is None, path
                names = z.namelist()
                for member in names:
                    if member.endswith(".xml") or member.endswith(".rels"):
                        xml.dom.minidom.parseString(z.read(member))
                assert "word/document.xml" in names, path
        else:
            with open(path, encoding="utf-8") as f:
                assert f.read().strip(), path
        with open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8") as f:
            exp = json.load(f)
        if set(exp) != {"note", "targets"} or list(exp["targets"]) != TARGETS:
            print("bad expected file:", name)
            ok = False
        counts = {v: list(exp["targets"].values()).count(v) for v in totals}
        if not all(counts.values()):
            print("draft lacks one verdict kind:", name, counts)
            ok = False
        for v in totals:
            totals[v] += counts[v]
        print(f"{name:45s} A={counts['addressed']:2d} M={counts['mentioned']:2d} X={counts['missing']:2d}")
    n = sum(totals.values())
    print(f"{len(written)} drafts, {n} verdicts: {totals['addressed']} addressed, "
          f"{totals['mentioned']} mentioned, {totals['missing']} missing")
    return ok


def main(argv):
    written = write_all()
    if "--check" in argv:
        if not check(written):
            sys.exit(1)
    else:
        print(f"wrote {len(written)} drafts to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Writes the dev_real/c development set: five fictional county-strategy drafts for
"Länsstyrelsen i Västra Fjällmon" plus one expected.json per draft.

Focus: the goals jämställd utbildning, obetalt hem- och omsorgsarbete and jämställd hälsa,
which real strategies often name in passing inside the analysis of other goals.

Usage:  python3 make_dev_c.py            (write drafts/)
        python3 make_dev_c.py --check    (write, then re-read every zip, parse all XML parts,
                                          check labels and word counts)
Python 3 standard library only; output is byte-for-byte deterministic.
"""
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import Doc  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "drafts"))
CREATOR = "Länsstyrelsen i Västra Fjällmon"

IDS = ["goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
       "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
       "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
       "req.internal", "req.followup", "area.regional_growth", "area.rural",
       "area.integration", "area.preparedness", "area.andts"]

A, M, X = "addressed", "mentioned", "missing"

SIX_GOALS = [
    "En jämn fördelning av makt och inflytande",
    "Ekonomisk jämställdhet",
    "Jämställd utbildning",
    "En jämn fördelning av det obetalda hem- och omsorgsarbetet",
    "Jämställd hälsa",
    "Mäns våld mot kvinnor ska upphöra",
]


def labels(**kw):
    m = {"power": "goal.power", "economy": "goal.economy", "education": "goal.education",
         "care": "goal.unpaid_care", "health": "goal.health", "violence": "goal.violence",
         "planning": "area.planning", "child": "area.child_rights",
         "parenting": "area.parenting_support", "hr": "area.human_rights",
         "conditions": "req.conditions", "statistics": "req.statistics",
         "collab": "req.collaboration", "internal": "req.internal", "followup": "req.followup",
         "growth": "area.regional_growth", "rural": "area.rural",
         "integration": "area.integration", "prep": "area.preparedness", "andts": "area.andts"}
    d = {}
    for k, v in kw.items():
        d[m[k]] = v
    assert set(d) == set(IDS), sorted(set(IDS) - set(d))
    return {i: d[i] for i in IDS}


# =====================================================================================
# Draft 1 — economy and violence prioritised; education, care, health only in passing
# =====================================================================================
def draft1():
    d = Doc("d1", creator=CREATOR, title_prop="Jämställt Västra Fjällmon 2025–2028",
            header="Remissversion – Länsstyrelsen i Västra Fjällmon", footer_page=True)
    d.title("Jämställt Västra Fjällmon 2025–2028")
    d.sub("Länsstrategi för jämställdhetsintegrering – ekonomisk självständighet och ett liv fritt från våld")
    d.h1("1. Inledning")
    d.p("Länsstyrelsen i Västra Fjällmon har i uppdrag att samordna, stödja och utveckla arbetet "
        "med jämställdhetsintegrering i länet. Den här strategin är länsstyrelsens plan för hur det "
        "ska ske under perioden 2025–2028. Den bygger på det jämställdhetspolitiska målet att kvinnor "
        "och män ska ha samma makt att forma samhället och sina egna liv, och på de sex delmålen:")
    d.ul(SIX_GOALS)
    d.p("I uppdraget ingår att belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars "
        "villkor. Arbetet ska också ta hänsyn till diskrimineringsgrunderna. I alla insatser ska "
        "perspektiv som barnrätt, tillgänglighet och folkhälsa vägas in.")
    d.p("Efter dialog med länets nio kommuner, Region Västra Fjällmon och ett tjugotal "
        "organisationer har länsstyrelsen valt att prioritera två delmål under perioden: ekonomisk "
        "jämställdhet och mäns våld mot kvinnor. Övriga delmål berörs där de påverkar de två "
        "prioriterade områdena.")
    d.h1("2. Läget i länet")
    d.h2("2.1 Arbete och försörjning")
    d.p("Västra Fjällmon har cirka 148 000 invånare. Länets största kommun är Fjällmo med 41 000 "
        "invånare, följd av Renåker, Kallsjövik och Höglunda. Sysselsättningsgraden i åldern 20–64 år "
        "var 2023 78,1 procent för kvinnor och 83,6 procent för män. Skillnaden är större än i riket "
        "och har inte minskat sedan 2018. I de inre kommunerna Myrheden och Tjärnvik är gapet över "
        "åtta procentenheter.")
    d.p("Kvinnor i länet arbetar betydligt oftare deltid än män: 31 procent av de anställda kvinnorna "
        "och 11 procent av männen. Den vanligaste förklaringen som kvinnor själva anger är att det "
        "saknas heltidstjänster inom vård, omsorg och handel, men en betydande del uppger också att de "
        "går ner i tid för att ta hand om barn eller en närstående. Att mammor tar ut merparten av "
        "föräldraledigheten och oftare stannar hemma vid barns sjukdom är alltså en bakomliggande "
        "orsak till att kvinnors inkomster halkar efter, särskilt under åren mellan 30 och 45.")
    d.p("Kvinnors förvärvsinkomst i länet motsvarade 2023 i genomsnitt 76 procent av männens, och "
        "kvinnors genomsnittliga allmänna pension var 71 procent av männens. En del av "
        "inkomstskillnaden förklaras av att fler kvinnor än män är sjukskrivna under längre perioder, "
        "framför allt i kvinnodominerade yrken med hög arbetsbelastning. Den ohälsan behandlas inom "
        "regionens folkhälsoarbete; här konstaterar vi att den får tydliga konsekvenser för kvinnors "
        "livsinkomst.")
    d.p("Arbetsmarknaden i Västra Fjällmon är starkt könsuppdelad. Av länets 20 största yrken har bara "
        "tre en jämn könsfördelning. Könsmönstren i gymnasievalen, där flickor och pojkar fortfarande "
        "väljer olika program, följer med in i arbetslivet och bidrar till skillnaderna i lön och "
        "anställningsformer. Också detta påverkar länets möjligheter att klara "
        "kompetensförsörjningen, en fråga som Region Västra Fjällmon driver i sitt regionala "
        "tillväxtarbete.")
    d.h2("2.2 Utrikes födda kvinnors etablering")
    d.p("Sysselsättningsgraden bland utrikes födda kvinnor i länet var 54 procent 2023, jämfört med "
        "68 procent bland utrikes födda män och 81 procent bland inrikes födda kvinnor. Skillnaden är "
        "störst under de första fem åren i Sverige. Kvinnor påbörjar etableringsinsatser senare än män, "
        "bland annat eftersom de oftare har huvudansvaret för små barn, och en del har kort "
        "utbildning från hemlandet. I Renåker och Stenvattnet, där andelen nyanlända är högst, har "
        "kommunerna startat språkpraktik på arbetsplatser, men deltagarna är till två tredjedelar män.")
    d.h2("2.3 Trygghet och våld")
    d.p("Mäns våld mot kvinnor är det yttersta uttrycket för bristande jämställdhet. Under 2023 "
        "anmäldes 612 misshandelsbrott mot kvinnor i länet, varav drygt 70 procent av en närstående. "
        "Motsvarande antal anmälda brott mot män av en närstående var 141. Enligt länets "
        "trygghetsundersökning har 9 procent av kvinnorna och 4 procent av männen utsatts för hot "
        "eller våld av en nuvarande eller tidigare partner sedan 16 års ålder.")
    d.p("Bland elever i årskurs 9 uppger 14 procent av flickorna och 5 procent av pojkarna att de "
        "under det senaste året utsatts för sexuella kränkningar, oftast via mobilen. Pojkar utsätts "
        "oftare för fysiskt våld mellan jämnåriga utomhus, flickor oftare för kränkningar från "
        "någon de känner. Kommunernas socialtjänst rapporterar att ärenden om hedersrelaterat våld och "
        "förtryck har ökat i Fjällmo och Renåker.")
    d.p("Våldets följder är långvariga. Våldsutsatta kvinnor har betydligt sämre psykisk och fysisk "
        "hälsa än andra kvinnor, och många blir sjukskrivna. Flickor som utsätts i skolan får svårare "
        "att klara sina studier. Kvinnor som lever med en våldsutövare är ofta ekonomiskt beroende "
        "av honom, vilket gör det svårare att lämna. Alkohol är en återkommande riskfaktor i de "
        "ärenden som polisen beskriver.")
    d.h1("3. Mål för perioden")
    d.p("**Regionalt mål 1.** Skillnaden i sysselsättningsgrad mellan kvinnor och män i åldern 20–64 "
        "år ska ha minskat till högst tre procentenheter 2028, och andelen kvinnor som arbetar "
        "ofrivilligt deltid ska ha halverats.")
    d.p("**Regionalt mål 2.** Sysselsättningsgraden bland utrikes födda kvinnor ska ha ökat till minst "
        "62 procent 2028.")
    d.p("**Regionalt mål 3.** Fler våldsutsatta kvinnor och barn ska få stöd i tid, och länets "
        "våldsförebyggande arbete riktat till pojkar och män ska finnas i alla nio kommuner 2027.")
    d.h1("4. Insatser")
    d.table([
        ["Insats", "Ansvar", "Tid"],
        ["Heltidsnätverk för kommunerna som arbetsgivare, med lönekartläggning och plan för heltid som norm",
         "Länsstyrelsen (samordnare), kommunerna", "2025–2027"],
        ["Kartläggning av ofrivillig deltid i handel och omsorg, redovisad per kön och kommun",
         "Länsstyrelsen, Arbetsförmedlingen", "2025"],
        ["Språkpraktik med riktade platser för utrikes födda kvinnor, minst hälften av platserna",
         "Kommunerna Renåker och Stenvattnet, Arbetsförmedlingen", "2025–2028"],
        ["Stöd till kvinnors företagande genom rådgivning i de inre kommunerna",
         "Länsstyrelsen, Almi Västra Fjällmon", "2026–2028"],
        ["Regional samordning av våldsförebyggande program för pojkar och unga män",
         "Länsstyrelsen, kommunerna, polisen", "2025–2027"],
        ["Kompetensstöd till socialtjänsten om hedersrelaterat våld och förtryck",
         "Länsstyrelsen, kompetensteamet", "2025–2028"],
        ["Gemensamt arbetssätt för att fånga upp våldsutsatthet hos kvinnor i försörjningsstöd",
         "Kommunerna, länsstyrelsen", "2026"],
    ], [4200, 3000, 1800])
    d.h1("5. Den egna verksamheten")
    d.p("Länsstyrelsen ska själv vara ett föredöme. Under perioden införs krav på könsuppdelad "
        "analys i varje avdelnings verksamhetsplan, och beslut om bidrag till länets aktörer följs upp "
        "efter kön hos mottagare och målgrupp. All personal genomgår under 2025 en grundutbildning i "
        "jämställdhetsintegrering, och chefer får en fördjupning om styrning. Ledningsgruppen "
        "följer upp arbetet två gånger per år.")
    d.p("All individbaserad statistik som länsstyrelsen tar fram eller publicerar ska redovisas och "
        "analyseras uppdelad på kön. Det gäller även underlag i tillsyn och handläggning.")
    d.h1("6. Samverkan")
    d.p("Strategin genomförs i samverkan med kommunerna, Region Västra Fjällmon, Arbetsförmedlingen, "
        "Försäkringskassan, polisen och civilsamhället. Länsstyrelsen leder ett regionalt "
        "jämställdhetsråd som träffas fyra gånger per år och ett nätverk för kommunernas "
        "jämställdhetssamordnare. Kvinnojourerna i Fjällmo och Kallsjövik ingår i arbetsgruppen för "
        "våldsförebyggande arbete.")
    d.h1("7. Uppföljning och utvärdering")
    d.p("Strategin följs upp årligen genom en lägesrapport till landshövdingen i mars. Rapporten "
        "redovisar indikatorerna nedan per kön och kommun samt hur insatserna har genomförts. "
        "Jämställdhetssamordnaren ansvarar för rapporten. En extern utvärdering görs 2028.")
    d.ul([
        "Sysselsättningsgrad 20–64 år, kvinnor och män",
        "Andel anställda som arbetar deltid, kvinnor och män",
        "Sysselsättningsgrad bland utrikes födda kvinnor och män",
        "Antal anmälda misshandelsbrott i nära relation, efter kön på den utsatta",
        "Antal kommuner med våldsförebyggande program för pojkar och män",
    ])
    note = ("Prioriterar ekonomisk jämställdhet och mäns våld (båda behandlas: siffror, mål, insatser). "
            "Makt nämns: bara i övergripande målet och i listan över de sex delmålen (recitation). "
            "Utbildning nämns: i delmålslistan och i avsnitt 2.1 som orsak ('könsmönstren i gymnasievalen' "
            "förklarar den könsuppdelade arbetsmarknaden), i 2.2 ('kort utbildning' som hinder för etablering) "
            "och i 2.3 ('flickor som utsätts får svårare att klara sina studier', konsekvens av våld); inga "
            "siffror, mål eller insatser om utbildning. Obetalt hem- och omsorgsarbete nämns: delmålslistan, "
            "2.1 (mammor tar ut merparten av föräldraledigheten och VAB – orsak till deltid/lägre inkomst) och "
            "2.2 (huvudansvar för små barn fördröjer etablering); inga siffror eller insatser om det. Hälsa "
            "nämns: delmålslistan, perspektivlistan ('folkhälsa'), 2.1 (sjukskrivning förklarar "
            "inkomstskillnaden, 'behandlas inom regionens folkhälsoarbete') och 2.3 (våldets följder för "
            "hälsan). Barnets rättigheter nämns bara i perspektivlistan ('barnrätt'). Mänskliga rättigheter "
            "nämns bara som 'diskrimineringsgrunderna'. Regional tillväxt nämns i 2.1 som regionens eget "
            "arbete (annan aktör, i förbigående). ANDTS nämns: alkohol som riskfaktor i våldsärenden. "
            "Villkor behandlas (kvinnor/män i sysselsättning, flickor/pojkar i utsatthet för kränkningar). "
            "Integration behandlas (2.2, mål 2, språkpraktik). Intern: personalens grundutbildning är "
            "den egna verksamheten, inte utbildningsmålet. 'Trygghet' i rubrik 2.3 och "
            "'trygghetsundersökning' gäller våld i nära relation, inte offentlig miljö. Samhällsplanering, "
            "föräldraskapsstöd, landsbygd och krisberedskap saknas.")
    lab = labels(power=M, economy=A, education=M, care=M, health=M, violence=A, planning=X,
                 child=M, parenting=X, hr=M, conditions=A, statistics=A, collab=A, internal=A,
                 followup=A, growth=M, rural=X, integration=A, prep=X, andts=M)
    return "d1_ekonomi_och_vald", d, note, lab


# =====================================================================================
# Draft 2 — education and violence prioritised; care and health in passing
# =====================================================================================
def draft2():
    d = Doc("d2", creator=CREATOR, title_prop="Strategi för jämställdhetsintegrering 2025–2028")
    d.title("Strategi för jämställdhetsintegrering i Västra Fjällmons län 2025–2028")
    d.sub("Utkast till samråd, oktober 2024")
    d.toc([(1, "Bakgrund", 2), (1, "Nulägesanalys", 3), (2, "Utbildning och studieval", 3),
           (2, "Våld och kränkningar", 4), (1, "Prioriteringar och insatser", 5),
           (1, "Den egna verksamheten", 6), (1, "Samverkan", 6), (1, "Uppföljning", 7)])
    d.h1("Bakgrund")
    d.p("Jämställdhet handlar i grunden om makt – om vem som får forma samhället och sitt eget liv. "
        "Länsstyrelsen ska enligt sin instruktion verka för att de jämställdhetspolitiska målen får "
        "genomslag i länet. Strategin fokuserar på två av delmålen: jämställd utbildning och mäns våld "
        "mot kvinnor ska upphöra. Valet bygger på att skillnaderna mellan flickor och pojkar i skolan "
        "har ökat i Västra Fjällmon under senare år och att länets kommuner efterfrågar stöd i det "
        "våldsförebyggande arbetet.")
    d.p("De andra delmålen hänger ihop med de två prioriterade. Den ojämna fördelningen av det "
        "obetalda hem- och omsorgsarbetet, skillnader i hälsa och kvinnors lägre inkomster påverkar "
        "både vilka val unga gör och vilka möjligheter våldsutsatta har att ta sig ur en relation. "
        "Strategin ska också bidra till länets arbete med integration och med kompetensförsörjning.")
    d.p("Föräldraskapsstöd prioriteras inte under denna period. Det arbetet beskrivs i en separat "
        "handlingsplan som tas fram 2026.")
    d.h1("Nulägesanalys")
    d.p("Västra Fjällmon har knappt 150 000 invånare i nio kommuner. Fjällmo och Renåker har "
        "gymnasieskolor med ett brett programutbud, medan eleverna i Myrheden, Tjärnvik och Gråberga "
        "ofta pendlar långt eller flyttar hemifrån vid 16 års ålder. Analysen nedan bygger på "
        "Skolverkets statistik, länets skolenkät 2024, polisens anmälningsstatistik och uppgifter från "
        "kommunernas socialtjänst och länets kvinnojourer.")
    d.h2("Utbildning och studieval")
    d.p("Flickor i länet har högre betyg än pojkar i alla ämnen utom idrott och hälsa. Det "
        "genomsnittliga meritvärdet i årskurs 9 var 2024 241 för flickor och 212 för pojkar. "
        "Andelen som var behöriga till ett yrkesprogram på gymnasiet var 88 procent bland flickorna och "
        "81 procent bland pojkarna. I Myrheden och Tjärnvik var skillnaden över tolv procentenheter, "
        "och där saknade nästan var fjärde pojke behörighet.")
    d.p("Gymnasievalen är mycket könsbundna. På vård- och omsorgsprogrammet är 82 procent av eleverna "
        "flickor, på el- och energiprogrammet och fordonsprogrammet över 90 procent pojkar. Av dem som "
        "läser naturvetenskapsprogrammet är 57 procent flickor. Bland elever som avbryter "
        "gymnasiestudierna är pojkar överrepresenterade; efter tre år hade 73 procent av pojkarna "
        "och 81 procent av flickorna tagit examen.")
    d.p("Efter gymnasiet går kvinnor oftare vidare till högskolan: 49 procent av kvinnorna och 31 "
        "procent av männen i åldern 25–34 år har minst tre års eftergymnasial utbildning. I den "
        "kommunala vuxenutbildningen är 67 procent av deltagarna kvinnor. Många av dem kombinerar "
        "studierna med ansvaret för barn och hushåll, vilket gör att studierna tar längre tid. "
        "Skolpersonal i länet beskriver att flickor i högre grad än pojkar uppger stress över "
        "skolarbetet, och att den psykiska ohälsan bland dem påverkar närvaron. Pojkar som lämnar "
        "skolan utan examen löper större risk för ohälsa och arbetslöshet senare i livet.")
    d.p("Studie- och yrkesvägledningen i länets kommuner arbetar i liten utsträckning med att "
        "utmana könsmönster. En enkät till de nio kommunerna visade att bara två har en plan för "
        "normmedveten vägledning. De könsuppdelade valen får följder längre fram: de bidrar till "
        "en segregerad arbetsmarknad och till löneskillnader mellan kvinnor och män.")
    d.h2("Våld och kränkningar")
    d.p("Enligt länets skolenkät 2024 har 19 procent av flickorna och 6 procent av pojkarna i "
        "gymnasiets årskurs 2 blivit utsatta för sexuella trakasserier i skolan eller på nätet under "
        "det senaste året. Pojkar uppger oftare att de blivit slagna eller hotade. Under 2023 anmäldes "
        "512 fall av misshandel mot kvinnor i nära relation i länet. Länets kvinnojourer tog emot 1 "
        "900 stödsamtal, varav en fjärdedel från kvinnor under 25 år.")
    d.p("Av de kvinnor som fick skyddat boende genom kommunerna 2023 hade 58 procent levt med våldet i "
        "mer än två år. Många hade under den tiden sökt vård för skador, sömnbesvär eller ångest utan "
        "att någon frågat om våld. Flera berättar att våldet började eller förvärrades när de var "
        "föräldralediga och mer isolerade i hemmet. Polisen i Kallsjövik och Höglunda beskriver att "
        "kontrollen ofta tar sig ekonomiska uttryck: kvinnan får inte tillgång till egna pengar eller "
        "till familjens konton.")
    d.p("Socialtjänsten i Fjällmo och Renåker rapporterar att unga som lever med hedersrelaterade "
        "begränsningar ofta inte får delta i idrott, skolresor eller sex- och samlevnadsundervisning. "
        "Utsattheten ger ofta långvarig ohälsa och isolering. Kvinnor som har små barn och har "
        "huvudansvaret för hemmet har enligt jourerna svårare att lämna en våldsam partner.")
    d.p("Barnkonventionen är svensk lag sedan 2020. Barn som lever med våld i familjen har rätt till "
        "skydd och stöd utifrån sina egna behov, och barnets bästa ska komma i främsta rummet i alla "
        "beslut som rör barnet. Länsstyrelsens granskning 2023 visade att endast tre av nio kommuner "
        "gör barnkonsekvensanalyser i ärenden om våld i nära relation.")
    d.h1("Prioriteringar och insatser")
    d.h2("Jämställd utbildning")
    d.p("**Mål:** Skillnaden i gymnasiebehörighet mellan flickor och pojkar ska vara högst tre "
        "procentenheter 2028, och alla kommuner ska ha en plan för normmedveten studie- och "
        "yrkesvägledning 2026.")
    d.ul([
        "Länsstyrelsen samlar kommunernas studie- och yrkesvägledare i ett nätverk med fyra träffar om "
        "året från 2025, tillsammans med Region Västra Fjällmon.",
        "Kommunerna Myrheden och Tjärnvik genomför 2025–2026 ett utvecklingsarbete om pojkars "
        "skolresultat, med stöd av länsstyrelsen och Skolverket.",
        "Prao i yrken där det ena könet är kraftigt underrepresenterat erbjuds alla elever i årskurs 8 "
        "från hösten 2026. Ansvar: kommunerna, i samarbete med näringslivet.",
    ])
    d.h2("Mäns våld mot kvinnor ska upphöra")
    d.p("**Mål:** Alla nio kommuner ska 2027 ha ett våldsförebyggande arbete i skolan, och "
        "barnkonsekvensanalys ska göras i alla ärenden om våld i nära relation.")
    d.ul([
        "Länsstyrelsen erbjuder 2025–2027 kommunerna metodstöd för våldsförebyggande arbete med "
        "pojkar och unga män.",
        "Länsstyrelsen tar 2026 fram ett stöd för barnkonsekvensanalyser i socialtjänstens "
        "våldsärenden, och följer upp hur det används 2027.",
        "Kompetensteamet mot hedersrelaterat våld och förtryck utbildar elevhälsan i alla kommuner "
        "under 2025.",
    ])
    d.h2("Mänskliga rättigheter")
    d.p("Arbetet ska vila på ett rättighetsbaserat arbetssätt. Länsstyrelsen genomför 2026 två "
        "utbildningsdagar för kommunernas chefer om CEDAW och barnkonventionen, med konkreta "
        "exempel på hur rättigheterna kan omsättas i skola och socialtjänst. Under 2027 görs en "
        "uppföljning av hur många kommuner som infört rättighetsbaserade rutiner.")
    d.h1("Den egna verksamheten")
    d.p("Länsstyrelsen kommer att arbeta med detta under perioden.")
    d.h1("Samverkan")
    d.p("Länsstyrelsen samordnar arbetet genom ett länsnätverk med kommunerna, Region Västra "
        "Fjällmon, polisen, Skolverket och kvinno- och tjejjourerna. Nätverket möts två gånger per "
        "termin. Länsstyrelsen stödjer kommunerna med metoder, statistik och kompetensutveckling.")
    d.h1("Uppföljning")
    d.p("Länsstyrelsen redovisar varje år i februari hur insatserna genomförts och hur "
        "indikatorerna har utvecklats. All statistik redovisas uppdelad på kön. Indikatorer: "
        "meritvärde och gymnasiebehörighet för flickor och pojkar; andel med gymnasieexamen inom tre "
        "år efter kön; andel elever utsatta för sexuella trakasserier efter kön; antal kommuner med "
        "våldsförebyggande arbete i skolan; andel våldsärenden med barnkonsekvensanalys. En "
        "halvtidsutvärdering görs 2026.")
    note = ("Prioriterar jämställd utbildning och mäns våld (båda behandlas). Makt nämns: "
            "värdeformulering 'jämställdhet handlar i grunden om makt' (inramning). Ekonomi nämns: i "
            "Bakgrund ('kvinnors lägre inkomster' som faktor) och i utbildningsanalysen som följd av "
            "studievalen (segregerad arbetsmarknad, löneskillnader) – inga siffror eller insatser. "
            "Obetalt hem- och omsorgsarbete nämns: Bakgrund (påverkar val och möjlighet att lämna), "
            "utbildningsanalysen (vuxenstuderande kvinnor kombinerar studier med ansvar för barn och "
            "hushåll – orsak) och våldsanalysen (huvudansvar för hemmet gör det svårare att lämna; våldet "
            "började under föräldraledighet). Hälsa "
            "nämns: Bakgrund, utbildningsanalysen (stress/psykisk ohälsa påverkar närvaron; pojkar utan "
            "examen riskerar ohälsa – orsak/följd) och våldsanalysen (utsatthet ger ohälsa; kvinnor sökte vård utan att "
            "få frågan om våld). Ekonomi nämns också i våldsanalysen (ekonomisk kontroll). "
            "Föräldraskapsstöd nämns: uttryckligen bortprioriterat och hänskjutet till separat plan "
            "2026. Intern nämns: bara en innehållslös rad under rubriken 'Den egna verksamheten'. "
            "Regional tillväxt och integration nämns bara i Bakgrund ('bidra till länets arbete med "
            "integration och med kompetensförsörjning'). Barnets rättigheter behandlas (analys av "
            "barnkonsekvensanalyser, mål och insats). Mänskliga rättigheter behandlas (insats om CEDAW "
            "och rättighetsbaserat arbetssätt 2026, uppföljning 2027). Villkor behandlas (flickor/pojkar "
            "i skolan, kvinnor/män i högskola och våld). Samhällsplanering, landsbygd, krisberedskap och "
            "ANDTS saknas.")
    lab = labels(power=M, economy=M, education=A, care=M, health=M, violence=A, planning=X,
                 child=A, parenting=M, hr=A, conditions=A, statistics=A, collab=A, internal=M,
                 followup=A, growth=M, rural=X, integration=M, prep=X, andts=X)
    return "d2_utbildning_och_vald", d, note, lab


# =====================================================================================
# Draft 3 — health and unpaid care prioritised; education in passing
# =====================================================================================
def draft3():
    d = Doc("d3", creator=CREATOR, title_prop="Jämställd hälsa och omsorg i Västra Fjällmon")
    d.title("Jämställd hälsa och omsorg i Västra Fjällmon")
    d.sub("Länsstrategi för jämställdhetsintegrering 2025–2028. Arbetsversion 2")
    d.h1("Utgångspunkter")
    d.p("Strategin utgår från det nationella målet för jämställdhetspolitiken och dess delmål:")
    d.ul(["• " + g for g in SIX_GOALS])
    d.p("Länsstyrelsen ska enligt sin instruktion belysa, analysera och beakta kvinnors och mäns samt "
        "flickors och pojkars villkor. Strategin ska tillämpas med perspektiv som tillgänglighet, "
        "trygghet och hållbar samhällsplanering. I länets regionala dialog 2024 lyftes två områden "
        "fram som särskilt angelägna: skillnaderna i hälsa och den ojämna fördelningen av omsorgen om "
        "barn och närstående. Dessa två är strategins regionala prioriteringar.")
    d.p("Västra Fjällmon är ett glest befolkat län med knappt 150 000 invånare. Befolkningen är äldre "
        "än i riket, och i de inre kommunerna Myrheden, Tjärnvik och Gråberga är var tredje invånare "
        "över 65 år. Det gör frågor om hälsa, vård och omsorg om närstående särskilt viktiga här. "
        "Analysen bygger på regionens folkhälsoenkät 2024, Försäkringskassans statistik, länets "
        "elevenkät och en kartläggning av kommunernas anhörigstöd som länsstyrelsen gjorde 2024.")
    d.h1("Nulägesanalys")
    d.h2("Hälsa")
    d.p("Kvinnor i Västra Fjällmon lever i genomsnitt 83,9 år och män 80,2 år. Trots att kvinnor lever "
        "längre skattar de sin hälsa som sämre: 66 procent av kvinnorna och 73 procent av männen "
        "uppger att de har bra eller mycket bra hälsa. Sjukpenningtalet var 2023 13,9 dagar för "
        "kvinnor och 7,2 för män, och psykiatriska diagnoser står för mer än hälften av kvinnornas "
        "långa sjukfall. Männen står för tre av fyra suicid i länet, och i Myrheden och Tjärnvik är "
        "suiciden bland män i arbetsför ålder dubbelt så vanlig som i riket.")
    d.p("Bland unga är skillnaderna stora. I länets enkät till elever i årskurs 9 uppger 52 procent av "
        "flickorna och 74 procent av pojkarna att de mår bra. Flickor anger oftare sömnproblem, oro "
        "och nedstämdhet. Många beskriver en hård press kring betyg och prestationer i skolan, och "
        "skolstress är den vanligaste förklaringen flickorna själva ger. Pojkar söker mer sällan hjälp "
        "och kommer senare till ungdomsmottagningen. Män med enbart förgymnasial utbildning har "
        "kortare medellivslängd än män med eftergymnasial utbildning, vilket visar hur "
        "utbildningsnivå samvarierar med hälsa.")
    d.p("Flickor i årskurs 9 uppger dubbelt så ofta som pojkar att de haft huvudvärk eller ont i magen "
        "varje vecka det senaste halvåret, 46 mot 23 procent. Bland de unga som sökte "
        "ungdomsmottagningen för psykiska besvär 2023 var 78 procent flickor eller unga kvinnor. "
        "Elevhälsan i Renåker beskriver att det ofta är inför nationella prov och betygssättning som "
        "besöken ökar, och att pojkar som halkar efter i skolan i stället visar sin oro genom "
        "frånvaro.")
    d.p("Alkohol- och spelvanor skiljer sig åt. 21 procent av männen och 9 procent av kvinnorna har "
        "riskabla alkoholvanor, och bland unga män 18–24 år spelar var femte om pengar varje månad. "
        "Pojkar i gymnasiet snusar tre gånger oftare än flickor. Våldsutsatthet är en känd orsak till "
        "psykisk ohälsa hos kvinnor och behöver finnas med i vårdens bedömning. Pandemin visade att "
        "stödet till äldre och närstående snabbt kan brista.")
    d.p("Avstånden till vård är långa i länets glesa delar och landsbygdskommuner. Utrikes födda "
        "kvinnor skattar sin hälsa lägst av alla grupper i folkhälsoenkäten.")
    d.h2("Obetalt hem- och omsorgsarbete")
    d.p("Mammor i länet tog 2023 ut 69 procent av föräldrapenningdagarna och pappor 31 procent. "
        "Av dagarna med tillfällig föräldrapenning för vård av sjukt barn togs 61 procent av kvinnor. "
        "Pappornas andel av föräldrapenningen är lägst i Höglunda (24 procent) och högst i Fjällmo (36 "
        "procent). Kvinnor i länet lägger enligt tidsanvändningsdata i genomsnitt 50 minuter mer per "
        "dag än män på hushållsarbete och omsorg.")
    d.p("Omkring 14 000 personer i länet ger regelbundet hjälp till en närstående. Sex av tio är kvinnor, "
        "och kvinnorna ger oftare omfattande hjälp, mer än tio timmar i veckan. Anhöriga som vårdar "
        "mycket går oftare ner i arbetstid, vilket i sin tur sänker deras inkomst och framtida pension. "
        "Kommunernas anhörigstöd når i dag mest äldre kvinnor som vårdar sin make; yngre anhöriga och "
        "män som vårdar nås sällan.")
    d.h1("Regionala mål")
    d.ol([
        "Skillnaden mellan flickor och pojkar i självskattad psykisk hälsa ska minska, och färre män "
        "ska dö i suicid 2028 än 2023.",
        "Pappornas andel av föräldrapenningdagarna i länet ska öka till minst 38 procent 2028.",
        "Alla kommuner ska 2027 erbjuda anhörigstöd som når både kvinnor och män och yngre anhöriga.",
        "Andelen unga män med riskabla spelvanor ska minska.",
    ])
    d.h1("Insatser 2025–2028")
    d.table([
        ["Insats", "Ansvarig", "När"],
        ["Regionalt suicidpreventivt nätverk med särskilt fokus på män i arbetsför ålder i de inre kommunerna",
         "Länsstyrelsen, Region Västra Fjällmon", "2025–2028"],
        ["Kunskapsstöd till elevhälsan om flickors och pojkars psykiska hälsa",
         "Region Västra Fjällmon, kommunerna", "2026"],
        ["Dialoger med unga om psykisk hälsa, enligt barnkonventionens rätt att komma till tals",
         "Länsstyrelsens barnrättssamordnare", "2025 och 2027"],
        ["Informationsinsats om föräldraförsäkringen riktad till blivande pappor via mödravården",
         "Försäkringskassan, Region Västra Fjällmon", "2025–2026"],
        ["Länsnätverk för föräldraskapsstöd med jämställt föräldraskap som uttalat mål; gemensamt "
         "material för föräldragrupper som når både mammor och pappor", "Länsstyrelsen, kommunerna", "2025–2027"],
        ["Utvecklat anhörigstöd för yngre anhöriga och män som vårdar", "Kommunerna, länsstyrelsen", "2026–2027"],
        ["Förebyggande insatser om spel och alkohol riktade till unga män, med könsuppdelad uppföljning",
         "Länsstyrelsen (ANDTS-samordnare), kommunerna", "2025–2028"],
    ], [4400, 2900, 1700])
    d.p("Vid alla insatser som rör barn gör länsstyrelsen en barnkonsekvensanalys innan beslut.")
    d.h1("Samverkan och ansvar")
    d.p("Strategin genomförs tillsammans med länets kommuner, Region Västra Fjällmon, "
        "Försäkringskassan och civilsamhällets organisationer för anhöriga och unga. Länsstyrelsen "
        "samordnar och stödjer arbetet och sammankallar en regional styrgrupp två gånger per år.")
    d.p("Styrgruppen består av företrädare för socialcheferna i kommunerna, regionens folkhälsoenhet, "
        "Försäkringskassans lokala kontor och två organisationer för anhöriga. Varje kommun utser en "
        "kontaktperson för strategin. Länsstyrelsen bjuder in till en länskonferens om hälsa och omsorg "
        "varje höst, där kommunerna redovisar vad de gjort och vad de vill göra nästa år, och där "
        "unga från länets ungdomsråd medverkar i planeringen.")
    d.h1("Länsstyrelsens egen verksamhet")
    d.p("Länsstyrelsens avdelningar ska i verksamhetsplaneringen för 2026 redovisa hur "
        "jämställdhetsperspektivet påverkar deras prioriteringar. Handläggare inom social hållbarhet "
        "och ANDTS får handledning i jämställdhetsanalys under 2025. Ledningen följer upp arbetet i "
        "tertialrapporterna.")
    d.h1("Uppföljning")
    d.p("All statistik i strategin redovisas uppdelad på kön och, där det går, på kommun. Uppföljning "
        "sker årligen i en rapport till regionala styrgruppen med indikatorerna: självskattad hälsa "
        "efter kön och ålder, sjukpenningtal, antal suicid efter kön, pappors andel av "
        "föräldrapenning och tillfällig föräldrapenning, andel anhöriga som nås av anhörigstöd efter "
        "kön och andel med riskabla spel- och alkoholvanor. Länsstyrelsens utvecklingsenhet "
        "ansvarar.")
    note = ("Prioriterar jämställd hälsa och obetalt hem- och omsorgsarbete (båda behandlas med "
            "könsuppdelade siffror, mål och insatser). Makt och våld nämns: i den inklistrade "
            "punktlistan över delmålen (makt även: ungdomsråd som medverkar i konferensplaneringen, aktör); våld även i hälsoanalysen ('våldsutsatthet är en känd orsak till "
            "psykisk ohälsa', i förbigående). Utbildning nämns: delmålslistan, hälsoanalysen där "
            "skolstress, nationella prov och betygspress anges som orsak till flickors ohälsa och där utbildningsnivå "
            "samvarierar med mäns medellivslängd – bakgrund till hälsoanalysen, inga mål eller insatser "
            "om utbildning. Ekonomi nämns: omsorgsavsnittet (anhöriga går ner i tid, lägre inkomst och "
            "pension – följd). Samhällsplanering nämns bara i perspektivlistan. Landsbygd nämns: långa "
            "avstånd i 'landsbygdskommuner' (bakgrund). Integration nämns: utrikes födda kvinnors "
            "självskattade hälsa (handlar om hälsa, inte etablering). Krisberedskap nämns: 'pandemin "
            "visade…' i förbigående. Barnets rättigheter behandlas (dialoger med unga enligt "
            "barnkonventionen, barnkonsekvensanalys före beslut). Föräldraskapsstöd behandlas "
            "(länsnätverk med jämställt föräldraskap som mål, ansvar och tid). ANDTS behandlas (siffror, "
            "mål 4, insats). Villkor behandlas (kvinnor/män och flickor/pojkar). Mänskliga rättigheter "
            "och regional tillväxt saknas.")
    lab = labels(power=M, economy=M, education=M, care=A, health=A, violence=M, planning=M,
                 child=A, parenting=A, hr=X, conditions=A, statistics=A, collab=A, internal=A,
                 followup=A, growth=X, rural=M, integration=M, prep=M, andts=A)
    return "d3_halsa_och_omsorg", d, note, lab


# =====================================================================================
# Draft 4 — education, care, economy, rural, regional growth; health in passing
# =====================================================================================
def draft4():
    d = Doc("d4", creator=CREATOR, title_prop="Länsstrategi för jämställdhetsintegrering 2025–2028",
            header="Västra Fjällmon – utkast för intern beredning")
    d.title("Länsstrategi för jämställdhetsintegrering 2025–2028")
    d.sub("Utbildning, arbete och omsorg i hela Västra Fjällmon")
    d.h1("Syfte och inriktning")
    d.p("Strategin beskriver hur Länsstyrelsen i Västra Fjällmon tillsammans med länets aktörer "
        "ska bidra till att de jämställdhetspolitiska målen nås. De sex delmålen är en jämn fördelning "
        "av makt och inflytande, ekonomisk jämställdhet, jämställd utbildning, en jämn fördelning av "
        "det obetalda hem- och omsorgsarbetet, jämställd hälsa samt att mäns våld mot kvinnor ska "
        "upphöra. I arbetet ska barnrättsperspektivet och diskrimineringsgrunderna beaktas.")
    d.p("Under perioden har länsstyrelsen tre regionala prioriteringar: (1) jämställd utbildning och "
        "kompetensförsörjning, (2) en jämnare fördelning av omsorgsarbetet och (3) en jämställd "
        "landsbygd. Föräldraskapsstöd behandlas i den regionala planen för föräldraskapsstöd, som "
        "tas fram under 2026.")
    d.p("Länet har 148 000 invånare och en arbetsmarknad som präglas av offentlig sektor, "
        "tillverkningsindustri och areella näringar. Befolkningen i de inre kommunerna minskar, och "
        "det är särskilt unga kvinnor som flyttar. Prioriteringarna har tagits fram i dialog med "
        "kommunerna, regionen, näringslivets organisationer och ett ungdomsråd under våren 2024.")
    d.h1("Prioritering 1: Jämställd utbildning och kompetensförsörjning")
    d.h2("Nulägesanalys")
    d.p("I länets gymnasieskolor avbryter 22 procent av pojkarna och 14 procent av flickorna sina "
        "studier eller går ut utan examen. Meritvärdet i årskurs 9 är i genomsnitt 27 poäng högre för "
        "flickor. På yrkesprogrammen är könsfördelningen mycket skev: bygg- och "
        "anläggningsprogrammet har 6 procent flickor och barn- och fritidsprogrammet 14 procent "
        "pojkar. Bland dem som 2023 började på en högskoleutbildning i regionen var 63 procent "
        "kvinnor.")
    d.p("Länets arbetsgivare inom vård, omsorg och industri har svårt att rekrytera. Region Västra "
        "Fjällmon beräknar att omkring 9 000 personer behöver anställas inom välfärden till 2030. "
        "Kompetensbristen förvärras av att sjukfrånvaron i vård och omsorg är hög och att många "
        "undersköterskor lämnar yrket i förtid. Om pojkar inte fullföljer gymnasiet ökar risken för "
        "både arbetslöshet och ohälsa längre fram. Kvinnor är i länet 47 procent av de sysselsatta men "
        "bara 19 procent av de anställda inom tillverkningsindustrin, och de tjänar i genomsnitt "
        "13 procent mindre än män med samma utbildningsnivå.")
    d.p("Valet av gymnasieprogram avgör i hög grad vilka yrken som blir möjliga. Av länets elever som "
        "sökte ett yrkesprogram 2024 hade 71 procent av flickorna och 12 procent av pojkarna vård- och "
        "omsorgsprogrammet eller barn- och fritidsprogrammet som förstaval. Vuxenutbildningen, där "
        "kvinnorna är 68 procent av eleverna, används ofta för att byta bana senare i livet. I "
        "Höglunda uppger arbetsgivare i omsorgen att personalomsättningen är hög, delvis på grund av "
        "tunga arbetsuppgifter och belastningsskador bland personalen.")
    d.h2("Mål")
    d.p("Andelen pojkar som fullföljer gymnasiet inom fyra år ska öka från 78 till 85 procent till 2028. "
        "På de tio mest könsbundna programmen ska det underrepresenterade könet utgöra minst 15 procent "
        "av de antagna 2028. Löneskillnaden mellan kvinnor och män i länet ska minska.")
    d.h2("Insatser")
    d.ul([
        "Länsstyrelsen och Region Västra Fjällmon driver 2025–2027 projektet 'Välj fritt' med "
        "studie- och yrkesvägledare i alla nio kommuner: normmedveten vägledning, "
        "förebildsbesök och uppföljning av antagningen per kön.",
        "Kommunerna Kallsjövik och Gråberga prövar 2025–2026 en modell med mentorer för pojkar som "
        "riskerar att inte nå examen. Resultaten sprids i länet 2027.",
        "Regionen tar in ett jämställdhetsperspektiv i den regionala kompetensförsörjningsanalysen "
        "2025, med könsuppdelade prognoser per bransch.",
        "Länsstyrelsen och arbetsgivarna i industrin genomför 2026 en kartläggning av lönegapet i "
        "länets industriföretag och erbjuder stöd i lönekartläggning.",
    ])
    d.h1("Prioritering 2: En jämnare fördelning av omsorgsarbetet")
    d.h2("Nulägesanalys")
    d.p("Pappor i Västra Fjällmon tar ut 29 procent av föräldrapenningdagarna, lägre än rikets 30 procent. "
        "I Gråberga och Höglunda är andelen 23–24 procent. Mammor tar 62 procent av dagarna med "
        "tillfällig föräldrapenning. Omsorgen om äldre anhöriga bärs också i huvudsak av kvinnor i "
        "åldern 45–64 år; i de inre kommunerna, där hemtjänsten har långa restider, ger var femte "
        "kvinna i den åldern regelbunden hjälp till en förälder.")
    d.p("Den ojämna fördelningen leder till att kvinnor oftare arbetar deltid och får lägre pension. "
        "Många kvinnor beskriver också att det dubbla ansvaret för arbete och hem sliter på hälsan.")
    d.p("I länets enkät till föräldrar med barn under tolv år svarade 58 procent av mammorna och 27 "
        "procent av papporna att de har huvudansvaret för att planera hemmets vardag, som läkarbesök, "
        "kontakter med förskolan och inköp. Bland pappor som tagit ut mindre än tre månaders "
        "föräldraledighet angav hälften att de bedömt att arbetsgivaren inte skulle uppskatta en "
        "längre ledighet.")
    d.h2("Mål och insatser")
    d.p("Pappornas andel av föräldrapenningen ska vara minst 36 procent i alla kommuner 2028. Alla "
        "kommuner ska ha anhörigstöd som når kvinnor och män i yrkesaktiv ålder.")
    d.ul([
        "Försäkringskassan och länsstyrelsen genomför 2025–2026 informationsträffar för arbetsgivare "
        "om hur de kan underlätta för män att vara föräldralediga.",
        "Länsstyrelsen samordnar 2026 ett erfarenhetsutbyte mellan kommunernas anhörigkonsulenter om "
        "hur anhörigstödet kan nå förvärvsarbetande kvinnor och män.",
        "Kommunerna redovisar årligen uttaget av föräldraledighet bland sina egna anställda per kön.",
    ])
    d.h1("Prioritering 3: En jämställd landsbygd")
    d.p("Jord- och skogsbruket i länet domineras av män. Kvinnor äger 14 procent av "
        "lantbruksföretagen och 21 procent av den privatägda skogsmarken, och de får en mindre andel "
        "av landsbygdsprogrammets investeringsstöd än sin andel av företagen. Unga kvinnor flyttar "
        "oftare än unga män från landsbygden, bland annat på grund av ett smalt utbud av jobb och "
        "långa resor.")
    d.p("Länsstyrelsen ska under 2025 analysera beviljade stöd inom landsbygdsprogrammet efter kön och "
        "från 2026 rikta rådgivning till kvinnor som driver eller tar över lantbruksföretag. "
        "Tillsammans med regionens kollektivtrafikmyndighet ska länsstyrelsen 2026 ta fram ett "
        "underlag om hur turtäthet och hållplatslägen i Myrheden och Tjärnvik påverkar kvinnors och "
        "mäns resor till arbete och gymnasium, och underlaget ska användas i kommunernas "
        "översiktsplaner.")
    d.p("**Mål:** Kvinnors andel av beviljat investeringsstöd inom landsbygdsprogrammet ska 2028 minst "
        "motsvara deras andel av lantbruksföretagen. Länsstyrelsens landsbygdsavdelning ansvarar och "
        "redovisar utfallet per kön i årsredovisningen. Under 2027 arrangeras ett nätverk för kvinnor "
        "som driver företag inom skog, jord och besöksnäring i de inre kommunerna, i samarbete med LRF "
        "och Hushållningssällskapet.")
    d.h1("Länsstyrelsens egen verksamhet")
    d.p("Länsstyrelsens ledning ansvarar för att jämställdhetsperspektivet finns i styrning och "
        "verksamhetsplanering. Från 2025 ska handläggning av stöd och bidrag redovisas per kön i "
        "årsredovisningen. Avdelningarna för landsbygd och för samhällsutveckling får under 2025 "
        "särskild kompetensutveckling i jämställdhetsanalys. Kvinnor och män ska ges samma "
        "möjligheter till intern kompetensutveckling.")
    d.h1("Samverkan")
    d.p("Länsstyrelsen leder ett regionalt partnerskap för jämställdhet där kommunerna, Region Västra "
        "Fjällmon, Försäkringskassan, Arbetsförmedlingen, LRF och Företagarna deltar. Partnerskapet "
        "möts tre gånger om året. Länsstyrelsen bidrar med könsuppdelad statistik och analys till "
        "partnerskapet; all statistik redovisas efter kön och kommun.")
    d.h1("Uppföljning")
    d.p("En plan för uppföljning och utvärdering av strategin tas fram under 2026.")
    note = ("Prioriterar utbildning, omsorgsarbete och landsbygd; ekonomi och regional tillväxt behandlas "
            "inom prioritering 1 (löneskillnad i industrin, mål, kartläggning; "
            "kompetensförsörjningsanalys). Makt och våld nämns bara i prosalistan över delmålen. Hälsa "
            "nämns: delmålslistan, i kompetensanalysen ('sjukfrånvaron i vård och omsorg är hög' som "
            "orsak till kompetensbrist; belastningsskador bakom personalomsättningen; pojkar utan examen riskerar ohälsa – följd) och i omsorgsanalysen "
            "(dubbla ansvaret sliter på hälsan) – inga hälsosiffror, mål eller insatser. Barnets "
            "rättigheter nämns ('barnrättsperspektivet ska beaktas', inget mer). Mänskliga rättigheter "
            "nämns bara som 'diskrimineringsgrunderna'. Föräldraskapsstöd nämns: hänskjutet till en plan "
            "som tas fram 2026. Uppföljning nämns: bara uppskjuten ('tas fram under 2026'). "
            "Samhällsplanering behandlas (underlag om kollektivtrafik till översiktsplaner, 2026). "
            "Villkor behandlas (flickor/pojkar i gymnasiet, kvinnor/män i arbete och omsorg). "
            "Integration, krisberedskap och ANDTS saknas.")
    lab = labels(power=M, economy=A, education=A, care=A, health=M, violence=M, planning=A,
                 child=M, parenting=M, hr=M, conditions=A, statistics=A, collab=A, internal=A,
                 followup=M, growth=A, rural=A, integration=X, prep=X, andts=X)
    return "d4_utbildning_omsorg_landsbygd", d, note, lab


# =====================================================================================
# Draft 5 — power, health, preparedness, integration; education and care in passing
# =====================================================================================
def draft5():
    d = Doc("d5", creator=CREATOR, title_prop="Jämställdhetsstrategi Västra Fjällmon 2025–2028")
    d.title("Jämställdhetsstrategi Västra Fjällmon 2025–2028")
    d.sub("Inflytande, hälsa och en jämställd beredskap")
    d.h1("Inledning")
    d.p("Länsstyrelsen har i uppdrag att belysa, analysera och beakta kvinnors och mäns samt flickors "
        "och pojkars villkor i sitt arbete. Den här strategin anger vad länsstyrelsen ska göra i "
        "länet under fyra år. Jämställdhetsintegrering innebär att ett jämställdhetsperspektiv "
        "införlivas i allt beslutsfattande, på alla nivåer och i alla steg av processen. Strategin ska "
        "läsas tillsammans med perspektiv som tillgänglighet, samhällsplanering och "
        "Diskrimineringsombudsmannens vägledningar.")
    d.h1("Läget i länet")
    d.h2("Makt och inflytande")
    d.p("Efter valet 2022 var 41 procent av ledamöterna i länets kommunfullmäktige kvinnor. Bara två av "
        "nio kommunstyrelseordförande är kvinnor, och i Myrheden och Höglunda är andelen kvinnor i "
        "fullmäktige under 35 procent. Av cheferna i länets privata företag är 27 procent kvinnor, "
        "trots att kvinnor i länet oftare än män har högskoleutbildning. Under mandatperioden har 17 "
        "procent av de förtroendevalda kvinnorna och 9 procent av männen lämnat sina uppdrag i "
        "förtid.")
    d.p("Ungdomsfullmäktige finns i fyra av nio kommuner. Medborgardialogerna om den nya "
        "översiktsplanen i Fjällmo 2023 lockade 62 procent män. Bland ordförandena i länets "
        "föreningar inom idrott och friluftsliv är 31 procent kvinnor.")
    d.p("I en enkät till dem som lämnat angav kvinnorna framför allt två skäl: svårigheter att förena "
        "uppdraget med omsorgen om barn och äldre föräldrar, och hot och hat. 34 procent av de "
        "förtroendevalda kvinnorna har utsatts för hot eller trakasserier under det senaste året, "
        "jämfört med 26 procent av männen. Kvinnor uttrycker oftare att hoten riktar sig mot deras "
        "kropp och familj.")
    d.p("Kvinnor som är förtroendevalda i länet är i genomsnitt yngre än männen och har oftare barn "
        "under tio år hemma. Många av dem beskriver att sammanträden förläggs till tider då de hämtar "
        "på förskolan eller har ansvar för en sjuk förälder. Männen beskriver sällan sådana hinder. "
        "Att kvinnor i högre grad än män har akademisk examen har alltså inte gett dem motsvarande "
        "inflytande i kommunpolitiken.")
    d.h2("Hälsa och vård på lika villkor")
    d.p("Kvinnor i länet har högre sjukfrånvaro än män, men män dör oftare i förtid. Andelen med "
        "nedsatt psykiskt välbefinnande är 24 procent bland kvinnor och 15 procent bland män. Samtidigt "
        "står män för 76 procent av suiciden. Regionens egen granskning visar att kvinnor med "
        "hjärtinfarkt i genomsnitt får vård senare än män, och att män med depression mer sällan "
        "får diagnos och behandling. I skogs- och jordbrukskommunerna Tjärnvik och Gråberga är "
        "suicidtalen bland män högst.")
    d.p("Regionens patientenkät 2024 visar att 71 procent av kvinnorna och 79 procent av männen anser "
        "att de blivit tagna på allvar vid sitt senaste vårdbesök. Kvinnor väntar i genomsnitt längre "
        "på en första bedömning vid långvarig smärta. Män besöker primärvården mer sällan och söker "
        "oftare akut när besvären redan blivit allvarliga.")
    d.h2("Utrikes födda kvinnors etablering")
    d.p("Sysselsättningsgraden bland utrikes födda kvinnor som bott i Sverige i högst tio år var "
        "2023 49 procent, jämfört med 66 procent för utrikes födda män. Kvinnorna börjar oftare "
        "etableringsprogrammet senare, eftersom de tar hand om små barn, och många har en kortare "
        "skolgång bakom sig. Andelen kvinnor bland deltagarna i länsstyrelsens "
        "samhällsorienteringsprojekt var 38 procent.")
    d.p("Efter fem år i länet har 29 procent av de utrikes födda kvinnorna en inkomst som räcker till "
        "egen försörjning, jämfört med 47 procent av männen. Kvinnor som saknar grundskola från "
        "hemlandet behöver ofta längre tid, och de som har små barn hemma hinner sällan kombinera "
        "språkstudier med praktik. Kommunerna Renåker och Stenvattnet har sett att "
        "språkpraktik på arbetsplatser i vård och omsorg ger snabbast väg till jobb för kvinnorna.")
    d.h2("Krisberedskap och civilt försvar")
    d.p("Kvinnor är 23 procent av medlemmarna i länets frivilliga försvarsorganisationer och 18 procent "
        "av dem som ingår i kommunernas krisledningsstaber. Länets risk- och sårbarhetsanalys har hittills "
        "inte redovisat hur kvinnor och män påverkas olika av en kris. Erfarenheterna från pandemin och "
        "från skogsbranden vid Stenvattnet 2022 visar att omsorgsbördan i hemmen ökade och främst "
        "bars av kvinnor, och att anmälningarna om våld i nära relation steg under de veckor då många "
        "var hemma. Män i utsatta yrken, som räddningstjänst och skogsbruk, tog större fysiska risker.")
    d.p("Under evakueringen vid Stenvattnet var det främst kvinnor som samordnade kontakterna med "
        "skolor, hemtjänst och äldre släktingar, medan männen oftare deltog i släckningsarbetet. "
        "Informationen från kommunen nådde i första hand dem som följde kommunens kanaler på svenska; "
        "utrikes födda kvinnor fick information sent eller via sina barn.")
    d.h1("Mål")
    d.ul([
        "Andelen kvinnor i kommunfullmäktige ska vara minst 45 procent efter valet 2026 i samtliga "
        "kommuner, och andelen förtroendevalda som lämnar uppdraget i förtid ska minska.",
        "Skillnaderna mellan kvinnor och män i psykiskt välbefinnande och suicid ska minska till 2028.",
        "Sysselsättningsgraden bland utrikes födda kvinnor ska öka till 56 procent 2028.",
        "Länets risk- och sårbarhetsanalys ska från 2026 innehålla en analys av kvinnors och mäns "
        "sårbarhet och resurser.",
    ])
    d.h1("Insatser")
    d.table([
        ["Område", "Insats", "Ansvar och tid"],
        ["Makt", "Stöd till partierna i nomineringsarbetet inför valet 2026 och ett länsnätverk mot "
         "hot och hat mot förtroendevalda", "Länsstyrelsen, kommunerna, 2025–2026"],
        ["Makt", "Rekommendation till kommunerna om barnvänliga mötestider för fullmäktige och nämnder",
         "Länsstyrelsen, 2025"],
        ["Hälsa", "Regionalt suicidpreventivt program med insatser riktade till män i skogs- och "
         "jordbruk", "Länsstyrelsen och Region Västra Fjällmon, 2025–2028"],
        ["Hälsa", "Uppföljning av regionens åtgärder för vård på lika villkor vid hjärtinfarkt och "
         "depression", "Region Västra Fjällmon, årligen"],
        ["Integration", "Samhällsorientering med barnpassning och kvinnogrupper; mål 50 procent "
         "kvinnliga deltagare", "Länsstyrelsen, 2025–2027"],
        ["Integration", "Arbetsplatsnära introduktion för utrikes födda kvinnor i vård och omsorg",
         "Arbetsförmedlingen, kommunerna, 2026–2028"],
        ["Beredskap", "Metodstöd för jämställdhetsanalys i kommunernas risk- och sårbarhetsanalyser",
         "Länsstyrelsens beredskapsenhet, 2025–2026"],
        ["Beredskap", "Rekryteringsinsats till frivilliga försvarsorganisationer riktad till kvinnor",
         "Länsstyrelsen, Frivilliga resursgruppen, 2026"],
    ], [1500, 4700, 2800])
    d.h1("Den egna verksamheten")
    d.p("Länsstyrelsen ska integrera jämställdhet i sin styrning. Från 2025 ska varje avdelning ha "
        "minst ett jämställdhetsmål i verksamhetsplanen, och beredskapsenheten ska könsuppdela sin "
        "statistik över övningsdeltagare. Besluts- och remissunderlag ska innehålla en "
        "konsekvensbeskrivning för kvinnor och män. Personalen erbjuds en webbutbildning om "
        "jämställdhetsintegrering under 2025.")
    d.h1("Samverkan")
    d.p("Länsstyrelsen samverkar med kommunerna, Region Västra Fjällmon, Arbetsförmedlingen, polisen, "
        "räddningstjänsterna och civilsamhället. Ett samverkansråd för jämställdhet leds av "
        "länsstyrelsen och möts tre gånger per år. Regionens tillväxtavdelning deltar som adjungerad.")
    d.h1("Uppföljning och utvärdering")
    d.p("Strategin följs upp varje år i länsstyrelsens årsredovisning. All individbaserad statistik "
        "redovisas och analyseras efter kön. Indikatorer: andel kvinnor i kommunfullmäktige och bland "
        "ordförande; andel förtroendevalda som lämnat i förtid efter kön; psykiskt välbefinnande och "
        "suicid efter kön; sysselsättningsgrad för utrikes födda efter kön; andel kvinnor i "
        "frivilliga försvarsorganisationer. Enheten för social hållbarhet ansvarar för "
        "uppföljningen. En utvärdering genomförs under 2028 inför nästa strategi.")
    note = ("Prioriterar makt, hälsa, integration och krisberedskap (alla behandlas med siffror, mål och "
            "insatser). Ekonomi behandlas genom integrationsavsnittet (sysselsättningsgrad för utrikes "
            "födda kvinnor och män, mål om sysselsättning – betalt arbete som ämne). Utbildning nämns: "
            "i maktanalysen ('kvinnor oftare har högskoleutbildning' som kontrast till chefsandelen) och i "
            "integrationsanalysen ('kortare skolgång' som hinder) – bakgrund, inga mål eller insatser. "
            "Obetalt hem- och omsorgsarbete nämns: i maktanalysen (omsorg om barn och äldre som skäl att "
            "lämna uppdrag), i integrationsanalysen (tar hand om små barn – orsak) och i "
            "beredskapsanalysen (omsorgsbördan ökade under kris – följd); 'barnvänliga mötestider' och "
            "'barnpassning' är maktens respektive integrationens insatser. Våld nämns: i beredskapsanalysen "
            "(anmälningar om våld i nära relation steg – följd av krisen); hot och hat mot förtroendevalda "
            "hör till maktmålet. Villkor nämns: uppdraget reciteras och bara paret kvinnor/män analyseras, "
            "inga substantiella påståenden om flickor och pojkar. Samhällsplanering nämns: perspektivlistan och i "
            "maktanalysen (medborgardialogerna om översiktsplanen som exempel på deltagande, i förbigående). "
            "'Hämtar på förskolan' och 'akademisk examen' i maktanalysen är också bara förbigående "
            "omnämnanden. Mänskliga rättigheter nämns bara som 'Diskrimineringsombudsmannens "
            "vägledningar' (metoddefinitionen av jämställdhetsintegrering är inte maktmålet). Landsbygd "
            "nämns: skogs- och jordbrukskommuner/män i skogs- och jordbruk som målgrupp för "
            "hälsoinsatsen, inte landsbygdsutveckling. Regional tillväxt nämns: regionens "
            "tillväxtavdelning som adjungerad aktör. Barnets rättigheter, föräldraskapsstöd och ANDTS "
            "saknas.")
    lab = labels(power=A, economy=A, education=M, care=M, health=A, violence=M, planning=M,
                 child=X, parenting=X, hr=M, conditions=M, statistics=A, collab=A, internal=A,
                 followup=A, growth=M, rural=M, integration=A, prep=A, andts=X)
    return "d5_makt_halsa_beredskap", d, note, lab


DRAFTS = [draft1, draft2, draft3, draft4, draft5]


def docx_text(path):
    """All w:t / w:delText text from document.xml, paragraphs joined by newlines."""
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                ET.fromstring(z.read(name))          # every part must parse
        root = ET.fromstring(z.read("word/document.xml"))
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter() if t.tag in (W + "t", W + "delText")))
    return "\n".join(paras)


def main():
    check = "--check" in sys.argv[1:]
    os.makedirs(OUT, exist_ok=True)
    totals = {A: 0, M: 0, X: 0}
    focus = {k: {A: 0, M: 0, X: 0} for k in ("goal.education", "goal.unpaid_care", "goal.health")}
    problems = []
    for fn in DRAFTS:
        name, doc, note, lab = fn()
        path = os.path.join(OUT, name + ".docx")
        doc.write(path)
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump({"note": note, "targets": lab}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        for v in lab.values():
            totals[v] += 1
        for k in focus:
            focus[k][lab[k]] += 1
        if check:
            text = docx_text(path)
            words = len(re.findall(r"\w+", text))
            with open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8") as f:
                exp = json.load(f)
            if list(exp["targets"]) != IDS:
                problems.append(f"{name}: target ids/order wrong")
            if not set(exp["targets"].values()) <= {A, M, X}:
                problems.append(f"{name}: bad label value")
            if not 1000 <= words <= 2000:
                problems.append(f"{name}: {words} words")
            print(f"{name}: {words} words, "
                  + ", ".join(f"{k}={sum(1 for v in lab.values() if v == k)}" for k in (A, M, X)))
    if check:
        for k, c in focus.items():
            if c[A] != 2 or c[M] != 3:
                problems.append(f"focus {k}: {c}")
            print(f"{k}: {c}")
        print("totals:", totals)
        if problems:
            print("PROBLEMS:\n  " + "\n  ".join(problems))
            sys.exit(1)
        print("check OK")


if __name__ == "__main__":
    main()

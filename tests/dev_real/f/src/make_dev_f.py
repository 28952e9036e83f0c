#!/usr/bin/env python3
"""Writes the dev_real/f development set: eight fictional drafts for "Länsstyrelsen i Västra
Fjällmark" (Västra Fjällmarks län), Region Västra Fjällmark and the municipalities Kvarnby,
Storsele, Åsmark, Linberg, Hedvik, Rönnås and Tjärnvik, plus one expected.json each.

Focus: goals that appear as causes of each other in analysis chapters, action-plan tables,
a municipal plan, a county web page, a mid-term report that evaluates single activities,
one-line promises of follow-up and collaboration, a foreword-heavy document, and care work,
health-care staff, schools and municipalities as actors or workplaces rather than as the goal.

Usage:  python3 make_dev_f.py            (write drafts/)
        python3 make_dev_f.py --check    (regenerate into a temp dir, compare bytes with drafts/,
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
CREATOR = "Länsstyrelsen i Västra Fjällmark"

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
    """A long strategy with analysis chapters; economy and violence worked on, and the other
    sub-goals appear inside them as causes and consequences."""
    d = doc("f1", "Jämställt Västra Fjällmark 2026–2030")
    d.title("Jämställt Västra Fjällmark 2026–2030")
    d.sub("Länsstrategi för jämställdhetsintegrering · Dnr 801-2291-2025 · Fastställd av landshövdingen den 18 december 2025")
    d.toc([(1, "1 Inledning", 2), (1, "2 Läget i länet", 3), (2, "2.1 Arbete, inkomst och försörjning", 3),
           (2, "2.2 Våld i nära relationer", 4), (1, "3 Mål och insatser 2026–2030", 5),
           (1, "4 Genomförande", 6), (1, "5 Uppföljning", 7)])
    d.h1("1 Inledning")
    d.p("Den här strategin beskriver hur Länsstyrelsen i Västra Fjällmark ska arbeta för att de "
        "jämställdhetspolitiska målen får genomslag i länet under perioden 2026–2030. Den ersätter "
        "strategin för 2022–2025. Det övergripande målet, att kvinnor och män ska ha samma makt att "
        "forma samhället och sina egna liv, gäller hela länet, men strategin samlar insatserna kring "
        "två områden där skillnaderna mellan kvinnor och män i Västra Fjällmark är större än i "
        "riket: försörjningen och våldet.")
    d.p("Jämställdhet är en fråga om mänskliga rättigheter och demokrati. Den handlar också om "
        "länets framtid. Ett län där unga kvinnor inte ser sin plats har svårt att växa, och frågan "
        "har därför bäring även på den regionala tillväxten. Barnrättsperspektivet och ett "
        "intersektionellt perspektiv ska beaktas i allt arbete som strategin omfattar.")
    d.h1("2 Läget i länet")
    d.h2("2.1 Arbete, inkomst och försörjning")
    d.p("Kvinnor i Västra Fjällmarks län hade 2024 en genomsnittlig förvärvsinkomst som motsvarade "
        "78 procent av männens. I riket var motsvarande andel 83 procent. Skillnaden är störst i "
        "Storsele och Tjärnvik, där kvinnornas inkomster ligger på 71 respektive 73 procent av "
        "männens. Det är framför allt de lägre inkomsterna under åren mellan 30 och 45 som gör att "
        "skillnaden består och sedan följer med in i pensionen.")
    d.p("Tre förklaringar återkommer i länets underlag. Den första är att arbetsmarknaden är starkt "
        "uppdelad. Männen arbetar i gruvan, i skogsbruket och i verkstadsindustrin i Kvarnby, "
        "kvinnorna i kommunernas vård, skola och omsorg, där lönerna är lägre och deltid vanligare. "
        "Uppdelningen börjar tidigt: de könsbundna valen till gymnasiets yrkesprogram ger en "
        "arbetskraft som redan vid 19 års ålder är sorterad efter kön.")
    d.p("Den andra förklaringen är deltiden. Av de anställda kvinnorna i länet arbetar 31 procent "
        "deltid, jämfört med 9 procent av männen. Inom kommunernas äldreomsorg är andelen 54 "
        "procent. Många kvinnor anger att de går ner i tid för att få vardagen att gå ihop, "
        "eftersom kvinnor fortfarande tar ett större ansvar för barn och hem och oftare är "
        "föräldralediga längre.")
    d.p("Den tredje förklaringen är ohälsan. Kvinnor i länet är sjukskrivna i större utsträckning än "
        "män, och långa sjukskrivningar sänker både inkomsten och den framtida pensionen. Även den "
        "arbetskraft som står utanför, bland dem en del av de utrikes födda kvinnorna, behövs på en "
        "arbetsmarknad som redan i dag har svårt att rekrytera.")
    d.p("Bland länets 6 400 aktiva företagare är 29 procent kvinnor. Kvinnorna driver oftare "
        "enmansföretag inom tjänster och besöksnäring och har lägre omsättning än männens företag.")
    d.h2("2.2 Våld i nära relationer")
    d.p("Under 2024 anmäldes 612 fall av misshandel mot kvinnor i nära relation i länet, vilket är "
        "en ökning med 14 procent sedan 2020. I sju av tio fall var gärningspersonen en nuvarande "
        "eller tidigare partner. Kvinnojourerna i Kvarnby och Åsmark tog emot 211 kvinnor och 164 "
        "barn i skyddat boende under samma år. Länets enkät till elever i årskurs 9 visar att 38 "
        "procent av flickorna och 12 procent av pojkarna har blivit utsatta för sexuella "
        "trakasserier på nätet det senaste året.")
    d.p("Våldet får följder långt efter att det har upphört. Många av kvinnorna lever med "
        "långvarig psykisk ohälsa, och barn som bevittnat våld har sämre förutsättningar i skolan. "
        "Alkohol finns med i en stor del av de anmälda fallen. Våldet är också en av förklaringarna "
        "till att en del kvinnor i länet står utanför arbetsmarknaden under långa perioder.")
    d.p("Länets kommuner har olika förutsättningar. Tre av sju kommuner har en aktuell "
        "handlingsplan mot våld, och bara Kvarnby och Linberg erbjuder samtalsstöd till män som "
        "vill sluta utöva våld.")
    d.h1("3 Mål och insatser 2026–2030")
    d.h2("3.1 Ekonomisk jämställdhet")
    d.p("Mål: Skillnaden mellan kvinnors och mäns förvärvsinkomster i länet ska 2030 vara högst 15 "
        "procent. Andelen kvinnor som arbetar ofrivillig deltid ska halveras.")
    d.ul(["Länsstyrelsen driver 2026–2028 projektet Heltid Fjällmark tillsammans med Hedvik, "
          "Linberg och Rönnås. Kommunernas äldreomsorg prövar heltid som norm för nyanställda, och "
          "Länsstyrelsen bekostar en processledare.",
          "Näringslivsenheten ger från 2026 råd till kvinnor som vill starta eller "
          "utveckla företag, i samarbete med Almi och Nyföretagarcentrum i Kvarnby.",
          "Varje år redovisar Länsstyrelsen inkomster, deltid och sysselsättning för kvinnor och män "
          "i länets sju kommuner."])
    d.h2("3.2 Mäns våld mot kvinnor")
    d.p("Mål: Samtliga kommuner i länet har 2028 en antagen handlingsplan mot våld, och stöd till "
        "våldsutövare finns i alla kommuner 2030.")
    d.ul(["Samordnaren mot våld stöttar 2026–2027 Storsele, Åsmark, Hedvik och Tjärnvik i att ta "
          "fram lokala handlingsplaner.",
          "Länsstyrelsen och Region Västra Fjällmark genomför varje vår en grundutbildning om våld "
          "för socialtjänst och elevhälsa.",
          "Ett våldsförebyggande program för högstadiet, med fokus på pojkars och flickors "
          "föreställningar om sex och samtycke, prövas i fyra skolor läsåret 2026/27."])
    d.h1("4 Genomförande")
    d.p("Jämställdhetsrådet i Västra Fjällmark, med Region Västra Fjällmark, länets sju kommuner, "
        "polisen, Arbetsförmedlingen och kvinnojourerna, är strategins samverkansforum. Rådet möts "
        "tre gånger om året och har en arbetsgrupp för varje mål. Länsstyrelsen är sammankallande "
        "och svarar för att ta fram underlag inför varje möte.")
    d.p("Inom Länsstyrelsen ansvarar länsrådet för att strategin får genomslag i den egna "
        "verksamheten. Från 2026 ska alla beslut om bidrag och alla tillsynsplaner innehålla en "
        "analys av hur kvinnor och män berörs, och samtliga chefer går en utbildning i "
        "jämställdhetsintegrering under första halvåret 2026. All individbaserad statistik i "
        "Länsstyrelsens rapporter redovisas uppdelad på kön.")
    d.h1("5 Uppföljning")
    d.p("Strategin följs upp med sex indikatorer: förvärvsinkomst, andel deltid, andel företagare "
        "som är kvinnor, antal anmälda misshandelsfall, antal kommuner med handlingsplan mot våld och "
        "antal kommuner med stöd till våldsutövare. Jämställdhetsstrategen sammanställer "
        "indikatorerna i en årlig rapport till jämställdhetsrådet i november. En halvtidsutvärdering "
        "görs 2028, och hela strategin utvärderas av en extern utvärderare under 2030.")
    note = ("Lång strategi med analyskapitel där delmålen förekommer som orsaker till varandra. "
            "Behandlas: ekonomi (förvärvsinkomst 78 %, deltid 31/9 %, företagare 29 %, mål om högst "
            "15 % skillnad, Heltid Fjällmark), våld (612 anmälningar, skyddat boende, mål 2028, "
            "samordnarens stöd till fyra kommuner), villkor (kvinnor/män i inkomstanalysen och "
            "flickor/pojkar i elevenkäten om trakasserier), statistik (länsfigurer efter kön, årlig "
            "redovisning, åtagande om könsuppdelad statistik), samverkan (jämställdhetsrådet med "
            "namngivna aktörer, tre möten per år, arbetsgrupper), intern (länsrådet ansvarar, "
            "analys i bidragsbeslut och tillsynsplaner, chefsutbildning 2026) och uppföljning (sex "
            "indikatorer, årlig rapport i november, halvtid 2028, extern utvärdering 2030). Nämns: "
            "makt – bara det övergripande målet i inledningen ('samma makt att forma samhället'). "
            "Utbildning – som orsak i inkomstanalysen ('könsbundna valen till gymnasiets "
            "yrkesprogram') och som följd av våldet ('sämre förutsättningar i skolan'); skolorna i "
            "våldsprogrammet är arena, inte utbildningsmålet. Obetalt hem- och omsorgsarbete – bara "
            "som orsak till deltiden ('tar ett större ansvar för barn och hem', föräldralediga "
            "längre), utan egen siffra. Hälsa – som orsak till lägre inkomst (sjukskrivningar) och "
            "som följd av våldet (psykisk ohälsa): i förbigående. ANDTS – 'Alkohol finns med i en "
            "stor del av de anmälda fallen' är en förklaring inne i våldsavsnittet. Integration – "
            "'de utrikes födda kvinnorna' som exempel på arbetskraft som står utanför, ingen siffra "
            "eller insats. Mänskliga rättigheter – värdegrund ('en fråga om mänskliga rättigheter "
            "och demokrati'). Barnets rättigheter – perspektivrad ('Barnrättsperspektivet … ska "
            "beaktas'); barnen i skyddat boende är en del av våldsanalysen. Regional tillväxt – "
            "motiveringen 'har bäring även på den regionala tillväxten'. Nära gränsen: "
            "företagsrådgivningen från Näringslivsenheten i samarbete med Almi är en "
            "ekonomiinsats, inte regional tillväxtpolitik, och landsbygd saknas. Samhällsplanering, föräldraskapsstöd och krisberedskap saknas.")
    lab = labels(power=M, economy=A, education=M, care=M, health=M, violence=A, planning=X,
                 child=M, parenting=X, hr=M, conditions=A, statistics=A, collab=A, internal=A,
                 followup=A, growth=M, rural=X, integration=M, prep=X, andts=M)
    return "f1_strategi_analyskapitel", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft2():
    """An action plan of tables: rows with owner, time and indicator; other rows that defer,
    point elsewhere or only say 'Pågår'."""
    d = doc("f2", "Handlingsplan 2026–2027 Jämställt Västra Fjällmark")
    d.title("Handlingsplan 2026–2027")
    d.sub("Bilaga till länsstrategin Jämställt Västra Fjällmark 2026–2030")
    d.h1("Inledning")
    d.p("Handlingsplanen konkretiserar länsstrategin för de två första åren. Länsstyrelsen ska "
        "enligt sin instruktion belysa, analysera och beakta kvinnors och mäns samt flickors och "
        "pojkars villkor. I tabellerna anges för varje aktivitet vem som ansvarar, när den ska vara "
        "genomförd och hur vi mäter resultatet. Alla resultatmått som gäller personer redovisas "
        "uppdelat på kvinnor och män eller flickor och pojkar.")
    d.p("Barnrättsperspektivet beaktas i samtliga aktiviteter.")
    d.h1("Tabell 1. Makt och inflytande")
    d.table([
        ["Aktivitet", "Ansvarig", "Tid", "Indikator"],
        ["Nätverk för kvinnliga förtroendevalda i Storsele, Åsmark och Tjärnvik, fyra träffar per år",
         "Enheten för social hållbarhet", "2026–2027",
         "Andel kvinnor och män som avgår i förtid ur kommunfullmäktige"],
        ["Kartläggning av könsfördelningen bland ordförande i kommunala nämnder och bolagsstyrelser",
         "Analysenheten", "Klar juni 2026", "Rapport publicerad"],
    ], [3600, 2100, 1500, 2100])
    d.h1("Tabell 2. Utbildning och studieval")
    d.table([
        ["Aktivitet", "Ansvarig", "Tid", "Indikator"],
        ["Regionalt nätverk för studie- och yrkesvägledare med tema könsbundna studieval",
         "Länsstyrelsen tillsammans med Region Västra Fjällmark", "Två träffar per termin",
         "Andel flickor och pojkar som söker till el- och energiprogrammet respektive vård- och omsorgsprogrammet"],
        ["Sammanställning av meritvärden i årskurs 9 för flickor och pojkar per kommun",
         "Analysenheten", "Oktober 2026 och 2027", "Sammanställning skickad till skolhuvudmännen"],
    ], [3600, 2100, 1500, 2100])
    d.h1("Tabell 3. Ekonomisk jämställdhet och hemarbete")
    d.table([
        ["Aktivitet", "Ansvarig", "Tid", "Indikator"],
        ["Heltid Fjällmark", "Se länsstrategin, avsnitt 3.1", "Pågår", "–"],
        ["Obetalt hem- och omsorgsarbete", "Inga egna aktiviteter 2026–2027", "–", "–"],
    ], [3600, 2100, 1500, 2100])
    d.h1("Tabell 4. Våld i nära relationer och hedersrelaterat våld")
    d.table([
        ["Aktivitet", "Ansvarig", "Tid", "Indikator"],
        ["Stöd till Storsele, Åsmark, Hedvik och Tjärnvik i arbetet med lokala handlingsplaner mot våld",
         "Samordnaren mot våld", "2026–2027", "Antal kommuner med antagen handlingsplan"],
        ["Grundutbildning om våld för socialtjänst och elevhälsa",
         "Samordnaren mot våld och Region Västra Fjällmark", "Mars 2026, mars 2027",
         "Antal deltagare efter kön och yrkesgrupp"],
        ["Kompetensstöd om hedersrelaterat våld och förtryck till gymnasieskolornas elevhälsa",
         "Samordnaren mot våld", "Hösten 2026", "Antal skolor som deltagit"],
        ["Informationsinsats om samtalsstöd för män som utövar våld, i samarbete med Kvarnby och Linberg",
         "Länsstyrelsen", "November 2026", "Antal män som tar kontakt"],
    ], [3600, 2100, 1500, 2100])
    d.h1("Tabell 5. Samhällsplanering")
    d.table([
        ["Aktivitet", "Ansvarig", "Tid", "Indikator"],
        ["Jämställdhetsanalys ingår i Länsstyrelsens samrådsyttranden över översiktsplaner",
         "Enheten för samhällsplanering", "Från 1 mars 2026", "Andel yttranden med analys"],
        ["Trygghetsenkät vid busshållplatser och resecentrum i Kvarnby och Linberg, svar redovisas för kvinnor och män",
         "Enheten för samhällsplanering och Region Västra Fjällmark (kollektivtrafiken)",
         "Maj 2026", "Åtgärdsförslag till kommunerna"],
    ], [3600, 2100, 1500, 2100])
    d.h1("Tabell 6. Föräldraskapsstöd")
    d.table([
        ["Aktivitet", "Ansvarig", "Tid", "Indikator"],
        ["Länsnätverket för föräldraskapsstöd tar fram en gemensam plan för att nå fler pappor i de kommunala föräldragrupperna",
         "Länsstyrelsen, samordnare för föräldraskapsstöd", "Plan klar december 2026",
         "Andel pappor och mammor bland deltagarna"],
    ], [3600, 2100, 1500, 2100])
    d.h1("Tabell 7. Landsbygd och beredskap")
    d.table([
        ["Aktivitet", "Ansvarig", "Tid", "Indikator"],
        ["Genomgång av vilka som beviljas stöd ur landsbygdsprogrammet, efter kön och ålder",
         "Landsbygdsenheten", "Februari 2026, februari 2027",
         "Andel beviljade stöd till kvinnor respektive män"],
        ["Könsuppdelad redovisning av deltagarna i länets krisberedskapsövningar och i den regionala ledningsstaben",
         "Beredskapsenheten", "Från övningen i oktober 2026", "Andel kvinnor i staben"],
    ], [3600, 2100, 1500, 2100])
    d.h1("Tabell 8. Övriga områden")
    d.table([
        ["Område", "Kommentar"],
        ["Jämställd hälsa", "Region Västra Fjällmark ansvarar för hälso- och sjukvården. Ingen aktivitet i denna plan."],
        ["Mänskliga rättigheter", "MR-samordnaren ansvarar."],
        ["Utrikes födda kvinnors etablering", "Hanteras i Länsstyrelsens etableringsuppdrag."],
    ], [3000, 6300])
    d.h1("Tabell 9. Den egna verksamheten")
    d.table([
        ["Aktivitet", "Ansvarig", "Tid", "Indikator"],
        ["Ny mall för beslut om bidrag med obligatorisk konsekvensanalys för kvinnor och män",
         "Länsrådet", "Införd 1 april 2026", "Stickprov på 30 beslut per halvår"],
        ["Introduktion i jämställdhetsintegrering för alla nyanställda", "HR-enheten",
         "Löpande", "Andel nyanställda som genomgått introduktionen"],
    ], [3600, 2100, 1500, 2100])
    d.h1("Samverkan och uppföljning")
    d.p("Jämställdhetsrådet, där Region Västra Fjällmark, kommunerna, polisen, Arbetsförmedlingen "
        "och kvinnojourerna ingår, följer handlingsplanen vid varje möte. Kommunernas "
        "kontaktpersoner för jämställdhet träffas dessutom digitalt varannan månad under ledning av "
        "Länsstyrelsen. Jämställdhetsstrategen redovisar indikatorerna till länsledningen i juni "
        "och december varje år, och utfallet för 2026–2027 används när handlingsplanen för "
        "2028–2030 tas fram.")
    note = ("Handlingsplan i tabeller; varje rad med aktivitet, ansvarig och tid är ett påstående om "
            "målet raden gäller. Behandlas: makt (nätverk för förtroendevalda, kartläggning av "
            "ordförandeposter), utbildning (vägledarnätverk, meritvärden för flickor och pojkar), "
            "våld (fyra rader), samhällsplanering (yttranden över översiktsplaner, trygghetsenkät), "
            "föräldraskapsstöd (länsnätverkets plan för att nå pappor), landsbygd "
            "(landsbygdsprogrammets stöd efter kön), krisberedskap (övningsdeltagare och stab efter "
            "kön), villkor (åtagande att redovisa kvinnor/män och flickor/pojkar, meritvärden för "
            "flickor och pojkar), statistik, samverkan (jämställdhetsrådet med aktörerna, "
            "kontaktpersonernas nätverk varannan månad), intern (beslutsmall, introduktion) och "
            "uppföljning (indikatorerna till länsledningen i juni och december). Nämns: ekonomi – "
            "raden 'Heltid Fjällmark' hänvisar bara till strategin och säger 'Pågår'; obetalt hem- "
            "och omsorgsarbete – raden 'Inga egna aktiviteter' (negation), även om tabellrubriken "
            "säger 'hemarbete'; hälsa – Regionens ansvar, 'Ingen aktivitet' (annan aktör och "
            "negation); mänskliga rättigheter – bara en funktion som ansvarar, inget innehåll; "
            "integration – hänvisning till annat uppdrag; barnets rättigheter – perspektivraden. "
            "Nära gränsen: villkor räknas som behandlat trots att uppdraget reciteras, eftersom "
            "åtagandet om resultatmått för båda paren och meritvärdesraden är arbete. Regional "
            "tillväxt och ANDTS saknas.")
    lab = labels(power=A, economy=M, education=A, care=M, health=M, violence=A, planning=A,
                 child=M, parenting=A, hr=M, conditions=A, statistics=A, collab=A, internal=A,
                 followup=A, growth=X, rural=A, integration=M, prep=A, andts=X)
    return "f2_handlingsplan_tabeller", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft3():
    """A municipal gender-equality plan (Hedviks kommun): the municipality's own staff, its
    preschools and schools and its physical planning worked on."""
    d = doc("f3", "Jämställdhetsplan för Hedviks kommun 2026–2029", creator="Hedviks kommun")
    d.title("Jämställdhetsplan för Hedviks kommun 2026–2029")
    d.sub("Antagen av kommunfullmäktige 2025-11-24, § 118 · Gäller för alla förvaltningar och de kommunala bolagen")
    d.h1("Varför en jämställdhetsplan?")
    d.p("Hedviks kommun har undertecknat den europeiska deklarationen för jämställdhet på lokal nivå. "
        "Den här planen visar vad kommunen ska göra under mandatperioden. Planen gäller kommunen "
        "både som arbetsgivare och som utförare av service till invånarna. Kommunfullmäktige "
        "beslutar om planen, och kommunstyrelsen har det övergripande ansvaret för att den "
        "genomförs.")
    d.p("Arbetet för jämställdhet hänger ihop med arbetet mot diskriminering och för likabehandling. "
        "Kommunen ska motverka diskriminering på alla diskrimineringsgrunder.")
    d.h1("Kommunen som arbetsgivare")
    d.p("Hedviks kommun har 1 480 tillsvidareanställda, varav 79 procent är kvinnor. Bland de "
        "anställda kvinnorna har 63 procent en heltidsanställning, bland männen 91 procent. I "
        "hemtjänsten och på de särskilda boendena är andelen heltidsanställda kvinnor 44 procent. "
        "Medellönen för en undersköterska i kommunen är 29 800 kronor, för en drifttekniker 33 600 "
        "kronor. Sjukfrånvaron är högre bland kvinnorna än bland männen, och den höga "
        "frånvaron i vård och omsorg gör det svårare att planera bemanningen och leder i sin tur "
        "till fler delade turer.")
    d.p("Mål: Minst 80 procent av de kvinnor som är anställda i kommunen har en heltidsanställning "
        "2029.")
    d.ul(["Heltid som norm införs i vård och omsorg i tre steg: särskilt boende 2026, hemtjänsten "
          "2027 och personlig assistans 2028. Socialchefen ansvarar.",
          "Den årliga lönekartläggningen kompletteras 2026 med en analys av hur lönerna utvecklas "
          "för kvinnodominerade och mansdominerade yrken. HR-chefen ansvarar.",
          "Chefer med personalansvar går en halvdagsutbildning om heltid och schemaläggning under "
          "våren 2026."])
    d.h1("Förskola och skola")
    d.p("I Hedviks grundskolor hade flickorna i årskurs 9 ett genomsnittligt meritvärde på 231 "
        "och pojkarna 198 våren 2025. Skillnaden har ökat sedan 2021. Av pojkarna var 19 procent "
        "inte behöriga till gymnasiets yrkesprogram, av flickorna 8 procent. Elevhälsans enkät "
        "visar att flickorna oftare upplever stress, medan pojkarna oftare säger att lärarna inte "
        "tror på dem.")
    d.p("Mål: Skillnaden i meritvärde mellan flickor och pojkar ska minska till högst 15 poäng "
        "2029.")
    d.ul(["Alla förskolor genomför 2026 en kartläggning av hur personalen bemöter flickor och "
          "pojkar i lek och samling, med stöd av kommunens utvecklingsledare.",
          "Högstadieskolan Björkhagen inför läsåret 2026/27 ett mentorsprogram för pojkar med låga "
          "betyg i årskurs 7.",
          "Studie- och yrkesvägledarna erbjuder från hösten 2026 alla elever i årskurs 8 en dag "
          "på ett yrke som domineras av det andra könet. Barn- och utbildningschefen ansvarar."])
    d.h1("Planering av kommunens miljöer")
    d.p("Den nya översiktsplanen för Hedvik ska antas 2027. I medborgardialogen 2024 svarade 212 "
        "kvinnor och 143 män. Kvinnorna lyfte oftare belysning, gång- och cykelvägar och "
        "bussförbindelser, männen oftare vägstandard och parkering. Var tredje kvinna i dialogen "
        "sa att hon undviker promenadstråket längs älven efter mörkrets inbrott.")
    d.ul(["En jämställdhetsanalys görs av förslaget till översiktsplan innan samrådet 2026. "
          "Samhällsbyggnadschefen ansvarar.",
          "Belysningen längs älvstråket byggs ut under 2026, och en trygghetsvandring görs "
          "tillsammans med pensionärsföreningen och fritidsgården före och efter ombyggnaden.",
          "Barnkonsekvensanalyser görs för alla detaljplaner som berör skolor, förskolor och "
          "lekplatser, och barnens synpunkter redovisas för flickor och pojkar var för sig."])
    d.h1("Övriga frågor")
    d.p("Kvinnojouren Hedvik och socialtjänsten arbetar med stöd till kvinnor som utsatts för våld. "
        "Anhörigcentrum, som drivs av Region Västra Fjällmark, ger stöd till den som vårdar en "
        "närstående. Folkhälsorådet ansvarar för kommunens arbete med hälsa och har en egen plan.")
    d.h1("Så arbetar vi")
    d.p("All statistik som kommunen tar fram om invånare, brukare och anställda ska redovisas för "
        "kvinnor och män eller flickor och pojkar. Varje förvaltning beskriver i sin "
        "verksamhetsplan hur målen i den här planen ska nås, och varje ärende till nämnderna ska "
        "innehålla en bedömning av konsekvenserna för kvinnor och män. Kommunledningskontoret "
        "håller en utbildning i jämställdhetsanalys för alla handläggare som skriver ärenden, två "
        "gånger per år.")
    d.p("Kommunen samarbetar med föreningslivet genom föreningsrådet, där fördelningen av "
        "föreningsbidrag och tider i idrottshallen följs upp efter kön varje år. Kommunen deltar "
        "också i Länsstyrelsens nätverk för kommunernas jämställdhetssamordnare.")
    d.h1("Uppföljning")
    d.p("Kommunledningskontoret följer upp planen i årsredovisningen med de indikatorer som anges "
        "under varje mål: andel heltidsanställda kvinnor, skillnaden i meritvärde och andelen "
        "detaljplaner med barnkonsekvensanalys. En fördjupad utvärdering redovisas för "
        "kommunstyrelsen i december 2028.")
    note = ("Kommunal jämställdhetsplan (författare Hedviks kommun); märks enligt samma regler, och "
            "'den egna verksamheten' är här kommunens egen organisation. Behandlas: ekonomi (heltid "
            "63/91 %, löner, mål 80 % heltid 2029, heltid som norm i tre steg, "
            "lönekartläggning), utbildning (meritvärde 231/198, behörighet, mål om högst 15 poäng, "
            "förskolekartläggning, mentorsprogram), samhällsplanering (översiktsplanen, "
            "medborgardialogens svar efter kön, belysning, trygghetsvandring), barnets rättigheter "
            "(barnkonsekvensanalyser för detaljplaner, barnens synpunkter redovisas), villkor "
            "(anställda kvinnor/män och elever flickor/pojkar analyseras), statistik (allt "
            "redovisas efter kön), samverkan (föreningsrådet med uppföljning av bidrag och tider, "
            "Länsstyrelsens samordnarnätverk), intern (verksamhetsplaner, konsekvensbedömning i "
            "varje ärende, utbildning för handläggare) och uppföljning (indikatorer i "
            "årsredovisningen, fördjupad utvärdering december 2028). Nämns: makt – "
            "kommunfullmäktige som beslutande organ; 'medborgardialogen' är planeringsunderlag, "
            "inte inflytandemålet. Obetalt hem- och omsorgsarbete – Anhörigcentrum 'ger stöd till den som "
            "vårdar en närstående' i avsnittet Övriga frågor: en annan aktörs (Regionens) verksamhet. Hälsa – sjukfrånvaron som "
            "orsak till bemanningsproblemen (i förbigående), elevhälsans enkät om flickors stress "
            "som del av skolanalysen (i förbigående, nära gränsen: en jämförelse flickor/pojkar men "
            "utan siffra och med skolresultaten som ämne) och 'Folkhälsorådet ansvarar' (annan "
            "aktörs ansvar). Våld – bara vad kvinnojouren och socialtjänsten gör (andra aktörers "
            "ansvar). Mänskliga rättigheter – bara diskrimineringsvokabulär "
            "('diskrimineringsgrunder'). Nära gränsen: hemtjänsten och särskilt boende är här "
            "arbetsplatser för heltidsmålet (ekonomi), inte omsorgsmålet. Föräldraskapsstöd, "
            "regional tillväxt, landsbygd, integration, krisberedskap och ANDTS saknas.")
    lab = labels(power=M, economy=A, education=A, care=M, health=M, violence=M, planning=A,
                 child=A, parenting=X, hr=M, conditions=A, statistics=A, collab=A, internal=A,
                 followup=A, growth=X, rural=X, integration=X, prep=X, andts=X)
    return "f3_kommunal_plan_hedvik", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft4():
    """A county web page pasted as text: navigation, the overall goal, a pasted list of the
    sub-goals, the violence work with county figures, link lists."""
    t = """Till startsidan | Lyssna | Other languages | Sök
Länsstyrelsen Västra Fjällmark > Människor och samhälle > Jämställdhet

# Jämställdhet i Västra Fjällmark

Kvinnor och män ska ha samma makt att forma samhället och sina egna liv. Det är målet för den svenska jämställdhetspolitiken, och det är Länsstyrelsens uppgift att verka för att målet får genomslag i vårt län.

Jämställdhet handlar om makt, resurser och inflytande. Det är också en fråga om mänskliga rättigheter.

## Regeringens delmål

Under det övergripande målet finns sex delmål:

• En jämn fördelning av makt och inflytande
• Ekonomisk jämställdhet
• Jämställd utbildning
• Jämn fördelning av det obetalda hem- och omsorgsarbetet
• Jämställd hälsa
• Mäns våld mot kvinnor ska upphöra

## Så arbetar Länsstyrelsen

Länsstyrelsen har i uppdrag att belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor. Vi stöttar kommuner, myndigheter och organisationer i länet, tar fram kunskap och driver nätverk. Länsstyrelsen arbetar också med att jämställdhetsintegrera den egna verksamheten.

Vårt arbete utgår från länsstrategin Jämställt Västra Fjällmark 2026–2030. Strategin följs upp under perioden.

## Länet i siffror

Kvinnor i Västra Fjällmarks län tjänar i genomsnitt 78 kronor för varje 100 kronor som männen tjänar. Skillnaden har minskat med tre kronor sedan 2019 men är fortfarande större än i riket. Av dem som driver företag i länet är 29 procent kvinnor.

Vi sammanställer varje år statistik om inkomster, utbildning och hälsa för kvinnor och män i länets sju kommuner. Sammanställningen finns under Läs mer längre ned på sidan.

## Mäns våld mot kvinnor

År 2024 anmäldes 612 fall av misshandel av kvinnor i nära relationer i länet. Tre av sju kommuner har en aktuell handlingsplan mot våld.

Länsstyrelsen har en samordnare mot våld som under 2026 och 2027 hjälper Storsele, Åsmark, Hedvik och Tjärnvik att ta fram egna handlingsplaner. Samordnaren leder också länets nätverk för socialtjänstens våldsteam, där alla sju kommuner och Region Västra Fjällmark ingår. Nätverket träffas två gånger per termin och planerar bland annat den gemensamma utbildningsdagen om våld som hålls varje mars.

Varje år i november genomför vi en kampanj tillsammans med kvinnojourerna i Kvarnby och Åsmark, med information om var den som utsätts för våld kan få hjälp.

## Föräldraskapsstöd

Läs mer om föräldraskapsstöd på sidan Föräldraskap och familj.

## Läs mer

• Länsstrategin Jämställt Västra Fjällmark 2026–2030 (pdf)
• Jämställdhet i siffror – Västra Fjällmarks län 2025 (xlsx)
• Handlingsplan mot mäns våld mot kvinnor (pdf)
• Jämställd hälsa och folkhälsa – Region Västra Fjällmark

## Kontakt

Jämställdhetsstrateg, enheten för social hållbarhet
Samordnare mot våld i nära relationer
Telefon 010-225 40 00 (växel)

Sidan uppdaterades 2026-02-11
Hitta hit | Om webbplatsen | Personuppgifter | Tillgänglighetsredogörelse
"""
    note = ("Länsstyrelsens webbsida inklistrad som text, med navigation och sidfot. Behandlas: "
            "ekonomi ('78 kronor för varje 100 kronor', minskat med tre kronor sedan 2019, 29 % "
            "företagare – analys räcker), våld (612 anmälningar, tre av sju kommuner, samordnarens "
            "stöd 2026–2027, nätverket, kampanjen i november), statistik (länsfigurer efter kön och "
            "den årliga sammanställningen för kvinnor och män per kommun) och samverkan (nätverket "
            "för våldsteamen med alla kommuner och Regionen, två gånger per termin, kampanjen med "
            "kvinnojourerna). Nämns: makt, utbildning, obetalt hem- och omsorgsarbete och hälsa – "
            "bara det övergripande målet, 'Jämställdhet handlar om makt, resurser och inflytande' och "
            "den inklistrade delmålslistan med '•'; 'utbildning och hälsa' i meningen om den årliga "
            "sammanställningen är ämnen i en statistiksammanställning, inget arbete med målen; "
            "'Jämställd hälsa och folkhälsa – Region Västra Fjällmark' är en länk. "
            "'utbildningsdagen om våld' är en våldsinsats, inte utbildningsmålet. "
            "Mänskliga rättigheter – värdegrund. Föräldraskapsstöd – rubrik med bara en hänvisning "
            "till en annan sida. Villkor – uppdraget reciteras. Intern – 'arbetar också med att "
            "jämställdhetsintegrera den egna verksamheten' utan innehåll. Uppföljning – 'Strategin "
            "följs upp under perioden' (innehållslöst). Samhällsplanering, barnets rättigheter, "
            "regional tillväxt, landsbygd, integration, krisberedskap och ANDTS saknas.")
    lab = labels(power=M, economy=A, education=M, care=M, health=M, violence=A, planning=X,
                 child=X, parenting=M, hr=M, conditions=M, statistics=A, collab=A, internal=M,
                 followup=M, growth=X, rural=X, integration=X, prep=X, andts=X)
    return "f4_webbsida_lansstyrelsen", ("md", t), note, lab


# ---------------------------------------------------------------------------------------------
def draft5():
    """A mid-term report that evaluates single activities (the past) and says little about the
    county; a few sections still give county trends and plans for 2028–2030."""
    d = doc("f5", "Halvtidsrapport Jämställt Västra Fjällmark")
    d.title("Halvtidsrapport 2026–2027")
    d.sub("Jämställt Västra Fjällmark 2026–2030 · Rapport 2028:4")
    d.h1("Sammanfattning")
    d.p("Rapporten beskriver hur ett urval av aktiviteterna i handlingsplanen 2026–2027 har "
        "genomförts och vad deltagarna tyckte om dem. Den är inte en uppföljning av strategins mål. "
        "En samlad bedömning av strategin görs när perioden är slut.")
    d.p("Jämställdhet är en förutsättning för ett demokratiskt samhälle där de mänskliga "
        "rättigheterna respekteras. Flera av aktiviteterna har därför haft ett brett "
        "rättighetsperspektiv.")
    d.h1("Om underlaget")
    d.p("Underlaget består av deltagarenkäter, minnesanteckningar från träffar och intervjuer med "
        "sex projektledare under januari och februari 2028. Aktiviteterna har valts ut av "
        "länsstyrelsens ledningsgrupp för jämställdhet. Aktiviteter som inte hade påbörjats vid "
        "årsskiftet 2027/28 tas inte upp. Rapporten har skrivits av en praktikant på enheten för "
        "social hållbarhet och granskats av jämställdhetsstrategen.")
    d.h1("1 Nätverket för kvinnliga förtroendevalda")
    d.p("Nätverket startade i mars 2026 och har haft sju träffar, tre av dem digitala. Sammanlagt "
        "deltog 23 förtroendevalda från Storsele, Åsmark och Tjärnvik. I utvärderingsenkäten "
        "svarade 19 av 23 att de hade stor eller mycket stor nytta av träffarna, och flera skrev att "
        "det var första gången de talade med andra politiker om hot de fått. Träffen om "
        "mötesteknik fick lägst betyg. Nätverket avslutades i december 2027 enligt plan.")
    d.h1("2 Vägledarnätverket")
    d.p("Studie- och yrkesvägledarna i länet träffades fem gånger under 2026–2027. Vid den sista "
        "träffen diskuterades hur vägledningen kan bidra till att bryta könsbundna studieval. "
        "Deltagarna ansåg att träffarna var givande men att det var svårt att få tid att delta. "
        "Två kommuner deltog inte alls.")
    d.h1("3 Heltid Fjällmark")
    d.p("Projektet genomfördes i Hedvik, Linberg och Rönnås. I Hedviks hemtjänst har andelen "
        "kvinnor med heltidsanställning ökat från 41 procent i januari 2026 till 57 procent i "
        "december 2027. I Linberg och Rönnås var ökningen mindre, från 48 till 52 procent. Under "
        "2028 sprider Länsstyrelsen modellen till Storsele och Tjärnvik, och processledaren finns "
        "kvar till och med juni 2029.")
    d.h1("4 Trygghetsvandringen i Åsmark")
    d.p("Trygghetsvandringen genomfördes en kväll i september 2026 med 14 deltagare, nio kvinnor "
        "och fem män. Deltagarna pekade ut sex platser där de kände sig otrygga, bland annat "
        "gångtunneln vid stationen. Åsmarks kommun har tagit emot listan. Vandringen upplevdes "
        "som meningsfull, men deltagarna saknade representanter från kommunens tekniska "
        "förvaltning.")
    d.h1("5 Landsbygdsträffarna")
    d.p("De informationsträffar om landsbygdsstöden som planerades till våren 2026 ställdes in "
        "på grund av för få anmälningar.")
    d.h1("6 Föräldraskapsstöd")
    d.p("Länsnätverket för föräldraskapsstöd har mötts tre gånger. Planen för att nå fler pappor i "
        "föräldragrupperna är försenad och väntas bli klar under hösten 2028.")
    d.h1("7 Arbetet mot våld")
    d.p("Antalet kommuner i länet med en antagen handlingsplan mot våld har ökat från tre till "
        "sex av sju under perioden. Tjärnvik är den enda kommun som saknar plan, och samordnaren mot "
        "våld ger kommunen särskilt stöd under 2028 med målet att planen antas före årsskiftet. "
        "Grundutbildningen om våld har haft 146 deltagare, 121 kvinnor och 25 män, de flesta från "
        "socialtjänsten.")
    d.h1("8 Den egna verksamheten")
    d.p("Den nya beslutsmallen infördes i april 2026. Ett stickprov hösten 2027 visade att 22 av "
        "30 bidragsbeslut hade ett ifyllt avsnitt om konsekvenser för kvinnor och män, men att "
        "avsnittet ofta bara innehöll en mening. Under 2028 går alla handläggare på enheterna för "
        "näringsliv och social hållbarhet en fördjupningskurs, och länsrådet följer upp med ett nytt "
        "stickprov i december 2028.")
    d.h1("9 Samverkan")
    d.p("Jämställdhetsrådet har haft fem möten. Från 2028 bjuds även civilsamhällets "
        "organisationer in till rådet, och rådets arbetsgrupp för våld slås ihop med "
        "samordnarens nätverk för socialtjänstens våldsteam, som träffas två gånger per termin.")
    d.h1("10 Lärdomar")
    d.p("Flera aktiviteter har inte redovisat resultat för flickor och pojkar, trots att "
        "handlingsplanen krävde det. Barnrättsdagen i november 2026 hade jämställdhet som tema och "
        "samlade 80 deltagare.")
    note = ("Halvtidsrapport som utvärderar enstaka aktiviteter i det förflutna. Behandlas: ekonomi "
            "(andelen kvinnor med heltid i Hedviks hemtjänst 41→57 %, Linberg/Rönnås 48→52 %, "
            "modellen sprids 2028, processledare till juni 2029), våld (kommuner med handlingsplan "
            "tre→sex av sju, särskilt stöd till Tjärnvik 2028), statistik (deltagare och "
            "heltidsandelar efter kön), intern (stickprov 22 av 30 beslut, fördjupningskurs 2028, "
            "länsrådets nya stickprov december 2028) och samverkan (civilsamhället in i rådet från "
            "2028, arbetsgruppen slås ihop med nätverket som träffas två gånger per termin). "
            "Nämns: föräldraskapsstöd – nätverket 'har mötts tre gånger' (det förflutna) och planen "
            "är 'försenad och väntas bli klar' (uppskjutet), inget innehåll. Makt – avsnitt 1 utvärderar bara en avslutad aktivitet (nöjdhet, antal träffar; "
            "'hot de fått' är deltagarnas berättelse), ingen länsfigur eller fortsättning; "
            "utbildning – avsnitt 2 återger vad som diskuterades och vad deltagarna tyckte "
            "(refererat, det förflutna); samhällsplanering – avsnitt 4 beskriver en genomförd "
            "vandring och deltagarnas upplevelse, listan överlämnad, inget framåt; landsbygd – "
            "träffarna ställdes in; barnets rättigheter – en tidigare temadag; mänskliga "
            "rättigheter – värdegrund och 'rättighetsperspektiv' utan innehåll; villkor – "
            "konstaterandet att resultat för flickor och pojkar saknas är självkritik, ingen analys "
            "eller åtagande. Uppföljning – rapporten säger själv att den inte följer upp strategins "
            "mål och skjuter den samlade bedömningen till periodens slut (uppskjutet); nära gränsen, "
            "eftersom en halvtidsrapport i sig är en sorts uppföljning, men den anger varken "
            "indikatorer, vem eller när för strategin. 'Grundutbildningen om våld' och "
            "'fördjupningskurs' är inte utbildningsmålet; hemtjänsten är arbetsplats för "
            "heltidsmålet, inte omsorgsmålet; 'enheterna för näringsliv och social hållbarhet' är "
            "enhetsnamn. Obetalt hem- och omsorgsarbete, hälsa, regional tillväxt, integration, krisberedskap och ANDTS saknas.")
    lab = labels(power=M, economy=A, education=M, care=X, health=X, violence=A, planning=M,
                 child=M, parenting=M, hr=M, conditions=M, statistics=A, collab=A, internal=A,
                 followup=M, growth=X, rural=M, integration=X, prep=X, andts=X)
    return "f5_halvtidsrapport_aktiviteter", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft6():
    """A strategy whose goals are worked on but whose collaboration and follow-up are only
    promised in one line each."""
    d = doc("f6", "Länsstrategi för jämställdhet 2026–2030 remiss")
    d.title("Ett jämställt Västra Fjällmark")
    d.sub("Länsstrategi för jämställdhet 2026–2030 · Remissversion oktober 2025")
    d.h1("Om strategin")
    d.p("Strategin pekar ut de jämställdhetsfrågor som är viktigast i Västra Fjällmarks län de "
        "kommande fem åren. Den riktar sig till länets kommuner, Region Västra Fjällmark, de "
        "statliga myndigheterna, civilsamhället och näringslivet. Jämställdhetsintegrering "
        "innebär att ett jämställdhetsperspektiv ska finnas med i alla beslut, på alla nivåer och i "
        "alla steg.")
    d.p("Arbetet mot mäns våld mot kvinnor beskrivs i den regionala strategin mot våld i nära "
        "relationer och ingår inte här. Krisberedskapen tas upp i nästa revidering. Perspektiv som "
        "föräldraskapsstöd, tillgänglighet och mänskliga rättigheter ska vägas in i genomförandet.")
    d.h1("Bakgrund")
    d.p("Sverige brukar beskrivas som ett av världens mest jämställda länder. Ändå tjänar kvinnor i "
        "landet i genomsnitt omkring 90 procent av vad män tjänar, och kvinnor tar fortfarande ut "
        "merparten av föräldraledigheten. Skillnaderna i livsinkomst följer med hela vägen in i "
        "pensionen, där kvinnornas pensioner i riket är ungefär en tredjedel lägre än männens.")
    d.p("Strategin har tagits fram under våren och sommaren 2025. Remissen pågår till den 15 "
        "december 2025, och strategin fastställs av landshövdingen i februari 2026.")
    d.h1("Inflytande i länets beslutande församlingar")
    d.p("Efter valet 2022 är 38 procent av ledamöterna i länets sju kommunfullmäktige kvinnor. I "
        "Storsele och Tjärnvik är andelen under 30 procent. Av kommunstyrelsernas ordförande är en "
        "av sju kvinna, och av de förtroendevalda som lämnat sitt uppdrag i förtid sedan 2022 är "
        "58 procent kvinnor. I Länsstyrelsens enkät 2024 uppgav 31 procent av de kvinnliga och 22 "
        "procent av de manliga förtroendevalda att de utsatts för hot eller trakasserier.")
    d.p("Mål 1: Andelen kvinnor i kommunfullmäktige ska vara minst 45 procent i samtliga kommuner "
        "efter valet 2030.")
    d.p("Länsstyrelsen genomför före valet 2026 en kartläggning av varför förtroendevalda lämnar "
        "sina uppdrag i förtid, och resultatet redovisas per kommun och kön i mars 2027.")
    d.h1("Skolan och studievalen")
    d.p("Flickorna i länet har högre meritvärden än pojkarna i alla sju kommuner. Läsåret 2024/25 "
        "var skillnaden i genomsnitt 27 poäng. Bland eleverna på gymnasiets el- och "
        "energiprogram är 7 procent flickor och på vård- och omsorgsprogrammet 14 procent pojkar. "
        "Unga män i länet har oftare än unga kvinnor enbart en gymnasieutbildning, och det "
        "påverkar vilka arbeten de kan få.")
    d.p("Mål 2: Skillnaden i meritvärde mellan flickor och pojkar ska halveras till 2030, och "
        "andelen flickor på el- och energiprogrammet ska vara minst 15 procent.")
    d.p("Länsstyrelsen fördelar 2026–2028 utvecklingsmedel till skolhuvudmän som vill pröva "
        "arbetssätt för att höja pojkarnas resultat, och sammanställer varje höst meritvärden och "
        "programval för flickor och pojkar per kommun.")
    d.h1("Föräldraledighet och omsorg om närstående")
    d.p("Papporna i länet tog 2024 ut 29 procent av föräldrapenningdagarna, jämfört med 31 procent "
        "i riket. I Storsele var andelen 22 procent. Kvinnor står för 63 procent av dagarna med "
        "tillfällig föräldrapenning. Bland dem som går ner i arbetstid för att vårda en närstående "
        "är två av tre kvinnor, enligt länets folkhälsoenkät. Det ojämna uttaget är en av "
        "förklaringarna till att kvinnors inkomster i länet är lägre än mäns.")
    d.p("Mål 3: Pappornas andel av föräldrapenningdagarna ska vara minst 36 procent 2030.")
    d.p("Länsstyrelsen tar 2026 fram informationsmaterial om föräldraledighet riktat till "
        "arbetsplatser med många anställda män, och följer årligen uttaget per kommun.")
    d.h1("Hälsa")
    d.p("Andelen som bedömer sin hälsa som god är 68 procent bland kvinnorna och 74 procent bland "
        "männen i länet. Bland 16–29-åringar uppger 41 procent av de unga kvinnorna och 19 procent "
        "av de unga männen att de har besvär av ängslan eller oro. Medellivslängden för män i "
        "länet är 79,4 år, vilket är 1,6 år kortare än i riket, och männen i länet dör oftare i "
        "olyckor och suicid.")
    d.p("Mål 4: Skillnaden i psykisk ohälsa mellan unga kvinnor och unga män ska minska.")
    d.p("Länsstyrelsen granskar under 2027 hur kommunernas socialnämnder tillämpar barnkonventionen "
        "i ärenden som rör barn med psykisk ohälsa och redovisar resultatet för flickor och pojkar "
        "var för sig.")
    d.h1("Genomförande")
    d.p("Länsstyrelsen kommer att samverka med relevanta aktörer i länet för att strategin ska få "
        "genomslag.")
    d.h1("Uppföljning")
    d.p("Strategin kommer att följas upp.")
    note = ("Strategi där målen bearbetas men samverkan och uppföljning bara utlovas på en rad var. "
            "Behandlas: makt (38 % kvinnor i fullmäktige, hot mot förtroendevalda 31/22 %, mål 45 "
            "%, kartläggning med redovisning mars 2027), utbildning (meritvärden, programval, mål 2, "
            "utvecklingsmedel), obetalt hem- och omsorgsarbete (föräldrapenning 29 %, tillfällig "
            "föräldrapenning 63 %, anhörigvård, mål 36 %, informationsmaterial), hälsa "
            "(självskattad hälsa 68/74 %, unga 41/19 %, medellivslängd, mål 4), barnets "
            "rättigheter (granskning 2027 av hur socialnämnderna tillämpar barnkonventionen), "
            "villkor (kvinnor/män och flickor/pojkar analyseras och redovisas) och statistik. "
            "Nämns: ekonomi – i Bakgrund bara den nationella bilden (lön och pension 'i landet', 'i "
            "riket'), och i övrigt bara som följd av föräldrauttaget ('en av förklaringarna till att "
            "kvinnors inkomster … är lägre') och i 'påverkar vilka arbeten de kan få' (i "
            "förbigående). Våld – uttryckligen undantaget ('ingår inte här'). Krisberedskap – "
            "uppskjutet till nästa revidering. Föräldraskapsstöd och mänskliga rättigheter – "
            "perspektivlista. Samverkan – aktörerna är bara målgrupp ('riktar sig till') och "
            "raden 'kommer att samverka med relevanta aktörer' anger varken vilka eller hur. Nära "
            "gränsen: informationsmaterialet till arbetsplatser och utvecklingsmedlen till "
            "skolhuvudmännen är insatser för omsorgs- respektive utbildningsmålet där andra aktörer "
            "är mottagare, inte samverkan. Intern – bara metoddefinitionen. Uppföljning – 'Strategin "
            "kommer att följas upp' (ensam rad); den årliga sammanställningen av uttag och "
            "meritvärden är analys för respektive mål, inte uppföljning av strategin. Nära gränsen: "
            "'suicid' och 'olyckor' hör till hälsoanalysen. Regional tillväxt, landsbygd, "
            "samhällsplanering, integration och ANDTS saknas.")
    lab = labels(power=A, economy=M, education=A, care=A, health=A, violence=M, planning=X,
                 child=A, parenting=M, hr=M, conditions=A, statistics=A, collab=M, internal=M,
                 followup=M, growth=X, rural=X, integration=X, prep=M, andts=X)
    return "f6_en_rad_uppfoljning", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft7():
    """A foreword-heavy document: two forewords name every sub-goal as values; the content that
    follows works on young people's health, ANDTS and rural development."""
    d = doc("f7", "Jämställdhet och folkhälsa i Västra Fjällmark 2026–2030")
    d.title("Jämlik och jämställd – Västra Fjällmark 2026–2030")
    d.sub("Länsstyrelsens strategi för jämställdhet, folkhälsa och ANDTS")
    d.h1("Förord")
    d.p("Västra Fjällmark är ett län med stora avstånd, starka traditioner och en stolthet som "
        "många av oss bär med oss hela livet. Men länet är inte lika för alla. Flickor och pojkar "
        "som växer upp här möter olika förväntningar redan i förskolan, och kvinnor och män får "
        "olika förutsättningar när de väljer utbildning, yrke och bostadsort.")
    d.p("Jag vill att vårt län ska vara en plats där kvinnor och män har samma makt och inflytande, "
        "där lönen räcker till ett självständigt liv, där skolan ger flickor och pojkar samma "
        "möjligheter och där ansvaret för hem, barn och äldre anhöriga delas. Jag vill att alla "
        "ska ha samma förutsättningar för en god hälsa. Och jag vill att mäns våld mot kvinnor ska "
        "upphöra. Det är ingen privat fråga. Det är en fråga om mänskliga rättigheter och om "
        "barnets rätt att växa upp tryggt.")
    d.p("I en orolig omvärld, där vi på nytt bygger upp det civila försvaret, behöver vi hela "
        "befolkningens kraft. Jämställdhet är en förutsättning för tillväxt och för ett län som "
        "håller ihop. Ingen myndighet klarar det här ensam.")
    d.p("Jag vill tacka alla som har bidragit till den här strategin, från kommunernas "
        "folkhälsosamordnare till de ungdomar som delade med sig av sina erfarenheter under "
        "dialogerna förra hösten.")
    d.p("Kvarnby i december 2025\nMargareta Lindholm Ek, landshövding")
    d.h1("Ett ord från länets folkhälsoråd")
    d.p("Folkhälsorådet har under många år arbetat för att skillnaderna i hälsa mellan länets "
        "invånare ska minska. Vi välkomnar att Länsstyrelsen nu samlar jämställdhet, folkhälsa och "
        "ANDTS i en strategi. Den ger oss ett gemensamt språk. Vi ser fram emot att arbeta vidare "
        "med frågorna i rådet.")
    d.p("Per-Olof Strand, ordförande i folkhälsorådet")
    d.h1("1 Ungas hälsa")
    d.p("I länets enkät till elever i årskurs 9 och gymnasiets år 2 från 2025 svarade 54 procent "
        "av flickorna och 78 procent av pojkarna att de mår bra eller mycket bra. Andelen flickor "
        "som mår bra har minskat med nio procentenheter sedan 2019, medan andelen pojkar är "
        "oförändrad. Bland flickorna i gymnasiets år 2 uppger 37 procent att de har svårt att sova "
        "flera gånger i veckan, bland pojkarna 18 procent. Bland unga män 18–29 år i länet är "
        "självmord den vanligaste dödsorsaken.")
    d.p("Mål: Skillnaden mellan flickor och pojkar i andelen som mår bra ska minska till högst "
        "tio procentenheter 2030. Av vuxna kvinnor och män i länet ska en lika stor andel bedöma "
        "sin hälsa som god.")
    d.p("Länsstyrelsen upprepar enkäten 2027 och 2029 och redovisar den per kommun, kön och "
        "årskurs. Under 2026 bjuder vi in elevhälsan och ungdomsmottagningarna i alla sju kommuner "
        "till två regionala konferenser om flickors sömn och stress och om pojkars benägenhet att "
        "inte söka hjälp.")
    d.h1("2 Alkohol, narkotika, tobak och spel")
    d.p("Av pojkarna i gymnasiets år 2 uppger 21 procent att de har spelat om pengar den senaste "
        "månaden, av flickorna 4 procent. Andelen unga kvinnor som snusar har fördubblats sedan "
        "2019 och är nu 17 procent. Riskkonsumtionen av alkohol är högre bland män än kvinnor i "
        "alla åldersgrupper, men den ökar bland kvinnor över 55 år.")
    d.p("Länsstyrelsen samordnar länets ANDTS-arbete. Kommunernas ANDTS-samordnare träffas fyra "
        "gånger per år i ett nätverk som Länsstyrelsen leder, och från 2026 ska nätverket ta fram "
        "en gemensam plan för att nå unga män som spelar om pengar. Länsstyrelsen följer också upp "
        "kommunernas tillsyn av serveringstillstånd och tobaksförsäljning, och tillsynsrapporterna "
        "kompletteras 2027 med uppgifter om vilka åldersgrupper och kön som köpförsöken gäller.")
    d.h1("3 Att bo och leva på landsbygden")
    d.p("I länets landsbygdsområden är medelåldern 49 år bland kvinnorna och 46 år bland männen. "
        "Av dem som fick investeringsstöd till lantbruk under 2021–2024 var 17 procent kvinnor. "
        "Kvinnor i de glesa delarna av länet har i genomsnitt 38 kilometer till närmaste vårdcentral.")
    d.p("Landsbygdsenheten ska öka andelen kvinnor bland dem som beviljas stöd ur "
        "landsbygdsprogrammet till 30 procent 2029. Enheten ordnar därför rådgivningsdagar för "
        "kvinnor som driver lantbruk i Storsele och Tjärnvik varje vinter, och alla beslut om stöd "
        "redovisas efter kön i enhetens årsrapport.")
    d.h1("4 Uppföljning")
    d.p("Strategins mål följs upp med elevenkäten, länets folkhälsoenkät och landsbygdsenhetens "
        "årsrapport. Folkhälsosamordnaren på Länsstyrelsen sammanställer resultatet i en "
        "rapport till folkhälsorådet varje år i april. Strategin revideras 2028.")
    note = ("Förordstungt dokument: två förord namnger nästan alla mål som värden. Behandlas: hälsa "
            "(elevenkäten 54/78 %, sömn 37/18 %, självmord bland unga män, mål om högst tio "
            "procentenheter, konferenser 2026, enkät 2027/2029), ANDTS (spel 21/4 %, snus 17 %, "
            "riskkonsumtion, nätverket för ANDTS-samordnarna fyra gånger per år, tillsynen), "
            "landsbygd (medelålder, 17 % kvinnor bland stödmottagarna, mål 30 % 2029, "
            "rådgivningsdagar), villkor (flickor/pojkar i elevenkäten och kvinnor/män i "
            "vuxenmålet och ANDTS-analysen), statistik (allt efter kön, redovisning per kommun, "
            "kön och årskurs), samverkan (ANDTS-nätverket med kommunernas samordnare, "
            "konferenserna med elevhälsan och ungdomsmottagningarna) och uppföljning (tre källor, "
            "årlig rapport i april, revidering 2028). Nämns (bara i förorden): makt ('samma makt "
            "och inflytande'), ekonomi ('lönen räcker till ett självständigt liv'), utbildning "
            "('skolan ger flickor och pojkar samma möjligheter'; 'väljer utbildning'), obetalt hem- "
            "och omsorgsarbete ('ansvaret för hem, barn och äldre anhöriga delas'), våld ('mäns "
            "våld mot kvinnor ska upphöra'), mänskliga rättigheter och barnets rättigheter "
            "(värdegrund), krisberedskap ('bygger upp det civila försvaret' som motivering) och "
            "regional tillväxt ('en förutsättning för tillväxt'). Folkhälsorådets förord är "
            "reported speech/filler. Nära gränsen: 'elevhälsan' och 'ungdomsmottagningarna' är "
            "mottagare i hälsoinsatsen, inte utbildningsmålet; 'avstånd till närmaste vårdcentral' "
            "är landsbygdsanalys; intern – kommunernas tillsyn och landsbygdsenhetens "
            "årsrapport är sakverksamhet, inga åtgärder för Länsstyrelsens egna processer eller "
            "personal, så intern saknas. Samhällsplanering, föräldraskapsstöd och integration "
            "saknas.")
    lab = labels(power=M, economy=M, education=M, care=M, health=A, violence=M, planning=X,
                 child=M, parenting=X, hr=M, conditions=A, statistics=A, collab=A, internal=X,
                 followup=A, growth=M, rural=A, integration=X, prep=M, andts=A)
    return "f7_forord_folkhalsa", ("docx", d), note, lab


# ---------------------------------------------------------------------------------------------
def draft8():
    """Violence and civil preparedness worked on; care work, health-care staff, schools and the
    municipalities appear as actors and workplaces, not as the goal."""
    d = doc("f8", "Trygghet och beredskap – jämställdhetsstrategi del 2")
    d.title("Trygg i vardag och kris")
    d.sub("Del 2 av länsstrategin Jämställt Västra Fjällmark 2026–2030 · Arbetsversion 3, 2025-09-30")
    d.h1("Läsanvisning")
    d.p("Del 2 omfattar Länsstyrelsens arbete mot mäns våld mot kvinnor och arbetet med en "
        "jämställd krisberedskap och civil beredskap. Del 1 av strategin behandlar övriga "
        "områden. Texten har beretts i en arbetsgrupp med företrädare för socialtjänsten i Kvarnby "
        "och Linberg, Region Västra Fjällmarks hälso- och sjukvård, polisområde Västra Fjällmark och "
        "Länsstyrelsens beredskapsenhet. Kommunfullmäktige i respektive kommun beslutar om de "
        "lokala handlingsplaner som strategin hänvisar till.")
    d.h1("1 Våld i nära relationer")
    d.h2("1.1 Läget")
    d.p("Under 2024 anmäldes 612 fall av misshandel av kvinnor i nära relation i länet, och 71 "
        "anmälningar om våldtäkt där offret var en kvinna över 18 år. Kvinnojourernas skyddade "
        "boenden i Kvarnby och Åsmark var fullbelagda 214 av årets dagar. Kvinnor som utsätts för "
        "våld söker oftare vård för smärta, sömnproblem och ångest än andra kvinnor, och våldet "
        "leder till en ohälsa som ofta består i många år.")
    d.p("Personalen på vårdcentralerna och inom mödrahälsovården är ofta de första som möter en "
        "kvinna som utsätts för våld. I en enkät till länets vårdcentraler 2024 svarade bara fyra "
        "av 23 att de frågar rutinmässigt om våld. Skolkuratorerna och elevhälsan är på samma "
        "sätt viktiga för de barn som lever med våld hemma, men de saknar ofta rutiner för hur de "
        "ska gå vidare.")
    d.h2("1.2 Mål och insatser")
    d.p("Mål: År 2030 frågar samtliga vårdcentraler och all mödrahälsovård i länet rutinmässigt om "
        "våld, och varje kommun har en rutin för hur skolan anmäler oro för barn som lever med våld.")
    d.ul(["Länsstyrelsen och Region Västra Fjällmark håller tillsammans utbildningen Fråga om våld "
          "för vårdcentralernas personal, två tillfällen per termin 2026–2027. Regionens "
          "kvinnofridssamordnare och Länsstyrelsens samordnare mot våld ansvarar gemensamt.",
          "Samordnaren mot våld tar 2026 fram en mall för rutin vid oro för barn i våldsutsatta "
          "familjer och prövar den på skolorna i Hedvik och Rönnås innan den erbjuds alla "
          "kommuner 2027.",
          "Länsstyrelsen och polisområdet följer varje år antalet anmälningar om våld i nära "
          "relation, uppdelat på brottsoffrets kön, och redovisar utvecklingen i länets "
          "samverkansråd mot våld."])
    d.h1("2 Jämställd krisberedskap")
    d.h2("2.1 Läget")
    d.p("Länets krisberedskap bygger i stor utsträckning på att kommunernas vård och omsorg kan "
        "fortsätta att fungera när el, vatten eller transporter slås ut. I hemtjänsten och på de "
        "särskilda boendena är nio av tio anställda kvinnor, och många arbetar deltid. Den "
        "könsuppdelade arbetsmarknaden gör att de verksamheter som måste hållas i gång vid en kris "
        "bemannas av kvinnor, medan de som leder krisarbetet oftare är män. I den regionala "
        "ledningsstaben vid övningen i november 2024 var 14 av 52 deltagare kvinnor.")
    d.p("När stormen Hedda slog ut elen i Storsele och Tjärnvik i januari 2025 var det framför "
        "allt anhöriga, oftast kvinnor, som tog hand om äldre i hemmet under de fyra dygnen utan "
        "ström. Kommunernas lägesrapporter redovisade inte hur många som vårdades av anhöriga, och "
        "inte heller hur krisinformationen hade nått kvinnor och män.")
    d.h2("2.2 Mål och insatser")
    d.p("Mål: Kvinnor och män är lika representerade i länets krisledande funktioner 2030, och "
        "länets lägesbilder vid kriser beskriver hur kvinnor och män berörs.")
    d.ul(["Beredskapsenheten redovisar från 2026 deltagarna i alla övningar och utbildningar efter "
          "kön och funktion, och lämnar en sammanställning till krisberedskapsrådet varje år.",
          "Inför totalförsvarsövningen 2027 tar Länsstyrelsen fram en mall för lägesbild som "
          "kräver uppgifter om vilka grupper som drabbas, uppdelade på kön och ålder. Mallen prövas "
          "med kommunernas beredskapssamordnare under 2026.",
          "Länsstyrelsen bjuder in kommunernas krisledningsnämnder till en utbildningsdag om "
          "jämställd krisledning hösten 2026."])
    d.h1("3 Samverkan")
    d.p("Arbetet mot våld leds i länets samverkansråd mot våld, där Länsstyrelsen, Regionen, "
        "polisen, kommunernas socialtjänst och kvinnojourerna ingår och som möts fyra gånger per "
        "år. Krisberedskapsfrågorna hanteras i krisberedskapsrådet, där Länsstyrelsen är "
        "ordförande och kommunernas beredskapssamordnare deltar. Båda råden får varje år en "
        "redovisning av insatserna i del 2.")
    d.h1("4 Uppföljning")
    d.p("Del 2 följs upp med fyra indikatorer: andelen vårdcentraler som frågar rutinmässigt om "
        "våld, antalet kommuner med rutin vid oro för barn, andelen kvinnor i den regionala "
        "ledningsstaben och andelen lägesrapporter som beskriver hur kvinnor och män berörs. "
        "Samordnaren mot våld och beredskapsdirektören redovisar indikatorerna till länsledningen i "
        "januari varje år. Länsstyrelsen arbetar med jämställdhetsintegrering i hela sin "
        "verksamhet.")
    note = ("Våld och krisberedskap bearbetas; vård, omsorg, skola och kommuner förekommer som "
            "aktörer och arbetsplatser. Behandlas: våld (612 anmälningar, 71 våldtäkter, "
            "fullbelagda boenden, mål 2030, utbildningen Fråga om våld, rutinmallen, årlig "
            "redovisning), krisberedskap (14 av 52 i staben, stormen 2025, mål 2030, könsuppdelad "
            "övningsstatistik, lägesbildsmall 2026–2027, utbildningsdag), statistik (anmälningar "
            "efter brottsoffrets kön, deltagare efter kön, lägesbilder efter kön och ålder), "
            "samverkan (samverkansrådet mot våld med namngivna aktörer fyra gånger per år, "
            "krisberedskapsrådet, gemensam utbildning med Regionen, prövning med "
            "beredskapssamordnarna) och uppföljning (fyra indikatorer, redovisning i januari varje "
            "år, ansvariga). Nämns: hälsa – vårdcentralerna och mödrahälsovården som aktörer "
            "(klass 4) och 'en ohälsa som ofta består' som följd av våldet; utbildning – "
            "skolkuratorerna, elevhälsan och skolorna som aktörer och arenor för våldsrutinen, "
            "'utbildningen Fråga om våld' och 'utbildningsdag' är personalutbildning; ekonomi – "
            "'många arbetar deltid' och 'den könsuppdelade arbetsmarknaden' förklarar bemanningen i "
            "krisen (omsorgen som arbetsplats); obetalt hem- och omsorgsarbete – anhöriga som tog "
            "hand om äldre under elavbrottet ingår i beredskapsanalysen (i förbigående, ingen "
            "insats för omsorgsmålet); makt – kommunfullmäktige som beslutande organ och "
            "'krisledande funktioner' i beredskapsmålet (representationen i staben är "
            "beredskapsarbete); barnets rättigheter – barn som lever med våld är en del av "
            "våldsinsatsen; intern – "
            "'arbetar med jämställdhetsintegrering i hela sin verksamhet' är innehållslöst; villkor "
            "– analysen gäller kvinnor och män, flickor och pojkar analyseras inte. Mänskliga "
            "rättigheter, samhällsplanering, föräldraskapsstöd, regional tillväxt, landsbygd, "
            "integration och ANDTS saknas. Barnets rättigheter saknas också: 'barn som lever med "
            "våld' och 'oro för barn' är en del av våldsinsatsen och varken barnkonventionen, "
            "barnets bästa eller barnrättsperspektivet namnges (nära gränsen). Nära gränsen för "
            "makt: 14 av 52 kvinnor i ledningsstaben och målet om krisledande funktioner gäller "
            "beredskapens egen organisation (ämne krisberedskap), inte makt och inflytande i "
            "samhället.")
    lab = labels(power=M, economy=M, education=M, care=M, health=M, violence=A, planning=X,
                 child=X, parenting=X, hr=X, conditions=M, statistics=A, collab=A, internal=M,
                 followup=A, growth=X, rural=X, integration=X, prep=A, andts=X)
    return "f8_aktorer_och_arbetsplatser", ("docx", d), note, lab


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
            if not 350 <= words <= 2600:
                problems.append(f"{name}: {words} words (want 350–2600)")
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

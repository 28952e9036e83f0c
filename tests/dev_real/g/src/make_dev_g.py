#!/usr/bin/env python3
"""Writes the dev_real/g development set: eight fictional drafts for "Länsstyrelsen i Östra
Sjöbygden" (Östra Sjöbygdens län), Region Östra Sjöbygden and the municipalities Näsby, Vallerum,
Bergkvarn, Lindö and Sjötorp, plus one expected.json each.

Focus: real work written in less common ways: a report to the Government, goals as states with
indicator tables, a regional development strategy chapter, a web page, a regional strategy on men's
violence, a municipal plan with CEDAW, nominal-style activity lists and passive voice.

Usage:  python3 make_dev_g.py            (write drafts/)
        python3 make_dev_g.py --check    (regenerate into a temp dir, compare bytes with drafts/,
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
CREATOR = "Länsstyrelsen i Östra Sjöbygden"

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
    d = doc("g1", "Redovisning av uppdrag om jämställdhetsintegrering 2026")
    d.title("Redovisning av regeringsuppdrag: Länsstrategi för jämställdhetsintegrering")
    d.sub("Kapitel 7 i årsredovisningen 2026 · Dnr 100-0417-2027")
    d.h1("7.1 Uppdraget")
    d.p("Länsstyrelsen ska enligt regeringsbeslut verka för att de jämställdhetspolitiska målen får genomslag i länet och i arbetet "
        "beakta samhällsplanering, barnets rättigheter, föräldraskapsstöd och mänskliga rättigheter. Enligt instruktionen ska "
        "kvinnors och mäns villkor belysas i verksamheten. Nedan redovisas resultat för de två områden som länsstrategin prioriterar.")
    d.h1("7.2 Ekonomisk jämställdhet")
    d.p("Andelen kvinnor i Östra Sjöbygdens län som arbetar heltid ökade från 61 till 64 procent mellan 2023 och 2025, medan andelen "
        "bland män ligger kvar på 89 procent. Skillnaden förklaras delvis av könsbundna studieval, kvinnors längre sjukfrånvaro och "
        "att kvinnor tar ut större delen av föräldrapenningen.")
    d.p("Utrikes födda kvinnors sysselsättningsgrad i länet var 57 procent 2025, jämfört med 72 procent för utrikes födda män. "
        "Under året startades yrkesspåret Vård och kök i Näsby och Vallerum, där 46 kvinnor med kort utbildning deltagit. "
        "Spåret utvidgas till Bergkvarn under 2027.")
    d.p("Inom ramen för det regionala jämställdhetsrådet, där Region Östra Sjöbygden, länets sju kommuner och Arbetsförmedlingen "
        "ingår, har heltid som norm diskuterats med kommunerna i deras roll som arbetsgivare. Rådet sammanträdde fyra gånger och "
        "enades om att varje kommun redovisar sin heltidsandel per kön till rådet i oktober.")
    d.h1("7.3 Mäns våld mot kvinnor")
    d.p("Antalet anmälda fall av misshandel mot kvinnor i nära relation i länet var 612 under 2025, en ökning med 8 procent. "
        "Länsstyrelsen har samordnat nätverket för kvinnofridssamordnare, som samlar samtliga kommuner och de två kvinnojourerna, "
        "och genomfört två utbildningsdagar om hedersrelaterat våld och förtryck för socialtjänsten. Under 2027 ska en "
        "länsgemensam rutin för skyddat boende tas fram; ansvarig är samordnaren mot våld.")
    d.h1("7.4 Övriga områden")
    d.p("Föräldraskapsstöd har inte prioriterats under 2026. Vid granskningen av översiktsplaner har länsstyrelsen i fyra av sex "
        "yttranden lyft trygghet och tillgång till kollektivtrafik för kvinnor och män. Från 2027 används en checklista för "
        "jämställdhet i alla yttranden över översikts- och detaljplaner, och enheten för samhällsplanering ansvarar för den.")
    d.h1("7.5 Den egna verksamheten")
    d.p("Samtliga enheter har under året redovisat sina brukarundersökningar uppdelade på kön, och 38 av 41 chefer har genomgått "
        "ledningsgruppens utbildning i jämställdhetsintegrering. I verksamhetsplanen för 2027 ska varje enhet ange minst ett "
        "jämställdhetsmål; jämställdhetsexperten stöttar enheterna.")
    d.h1("7.6 Uppföljning")
    d.p("Strategins sex indikatorer redovisades i lägesbilden Jämställt Östra Sjöbygden som publicerades i mars 2026. En extern "
        "halvtidsutvärdering genomförs hösten 2028 och redovisas till ledningsgruppen och jämställdhetsrådet.")
    note = ("Årsredovisningskapitel (redovisning av uppdrag). Arbete: ekonomi (heltidsandel per kön, yrkesspåret, rådets beslut), "
            "integration (utrikes födda kvinnors sysselsättning, yrkesspåret), våld (anmälda fall, nätverk, rutin 2027), "
            "samhällsplanering (yttranden, checklista från 2027, ansvarig enhet), egna verksamheten (chefsutbildning, "
            "jämställdhetsmål i verksamhetsplanen), statistik (siffror per kön), samverkan (rådet med region, kommuner, "
            "Arbetsförmedlingen och hur det arbetar), uppföljning (indikatorer, lägesbild, halvtidsutvärdering 2028). "
            "Nämns: barnets rättigheter och mänskliga rättigheter endast i uppräkningen av uppdraget (klass 6). "
            "Föräldraskapsstöd: 'har inte prioriterats' (klass 9) utöver uppräkningen. Utbildning (studieval), hälsa "
            "(sjukfrånvaro) och obetalt omsorgsarbete (föräldrapenningen) nämns bara som orsaker till heltidsskillnaden "
            "(klass 1). Villkor: instruktionen återges med enbart kvinnor och män (klass 5/kravet återgivet). Nära gränsen: "
            "kommunerna 'i deras roll som arbetsgivare' gäller ekonomi, inte makt; makt saknas. Det som 'har diskuterats' i "
            "rådet är förflutet, men rådets beslut om årlig redovisning gör samverkan och ekonomi till arbete.")
    lab = labels(power=X, economy=A, education=M, care=M, health=M, violence=A, planning=A, child=M, parenting=M,
                 hr=M, conditions=M, statistics=A, collab=A, internal=A, followup=A, growth=X, rural=X,
                 integration=A, prep=X, andts=X)
    return "g1_redovisning_arsredovisning", ("docx", d), note, lab


def draft2():
    d = doc("g2", "Handlingsplan för jämställdhet 2027–2029")
    d.title("Handlingsplan för jämställdhet i Östra Sjöbygdens län 2027–2029")
    d.sub("Bilaga till länsstrategin · Mål, åtgärder och indikatorer")
    d.p("Handlingsplanen vilar på de mänskliga rättigheterna och omsätter länsstrategin i mål som beskriver ett önskat läge. "
        "Under varje mål anges åtgärder, ansvar och tid, och därefter indikatorer med utgångsvärde och målvärde. Alla "
        "indikatorer redovisas uppdelade på kvinnor och män eller flickor och pojkar, och varje åtgärd ska beakta både "
        "vuxnas och barns villkor. Den interna jämställdhetsintegreringen beskrivs i länsstyrelsens verksamhetsplan.")
    d.h1("Mål 1. Kvinnor och män i länet har samma möjlighet till arbete på heltid")
    d.table([["Åtgärd", "Ansvar", "Tid"],
             ["Dialogmöten med länets sju kommuner som arbetsgivare om heltid som norm i vård och omsorg",
              "Länsstyrelsen, enheten för social hållbarhet", "2027–2028"],
             ["Informationsinsats till arbetsgivare om fördelningen av föräldraledighet och VAB",
              "Länsstyrelsen och Försäkringskassan", "Hösten 2027"],
             ["Jämställt föräldraskap", "–", "Inga åtgärder under perioden; se Regionens folkhälsoplan"]],
            [4200, 2800, 2000])
    d.table([["Indikator", "Utgångsvärde 2025", "Målvärde 2029"],
             ["Andel som arbetar heltid, kvinnor / män", "64 % / 89 %", "75 % / 90 %"],
             ["Andel av föräldrapenningdagarna som tas ut av män", "31 %", "38 %"]],
            [4200, 2400, 2400])
    d.h1("Mål 2. Flickor och pojkar gör studieval oberoende av kön")
    d.table([["Åtgärd", "Ansvar", "Tid"],
             ["Nätverk för studie- och yrkesvägledare med tema könsbundna val, tre träffar per år",
              "Länsstyrelsen och kommunernas skolförvaltningar", "2027–2029"]],
            [4200, 2800, 2000])
    d.table([["Indikator", "Utgångsvärde 2025", "Målvärde 2029"],
             ["Andel flickor på gymnasiets tekniska och industriella program", "14 %", "22 %"],
             ["Andel pojkar på vård- och omsorgsprogrammet", "18 %", "25 %"]],
            [4200, 2400, 2400])
    d.h1("Mål 3. Våldsutsatta kvinnor får samma stöd i alla kommuner")
    d.table([["Åtgärd", "Ansvar", "Tid"],
             ["Gemensam rutin för riskbedömning i socialtjänsten", "Samordnaren mot våld", "Klar juni 2027"],
             ["Utbildning i barnkonsekvensanalys och barnets rätt att komma till tals för handläggare som utreder våld",
              "Länsstyrelsen, barnrättssamordnaren", "2028"]],
            [4200, 2800, 2000])
    d.table([["Indikator", "Utgångsvärde 2025", "Målvärde 2029"],
             ["Antal kommuner med aktuell rutin för riskbedömning", "3 av 7", "7 av 7"]],
            [4200, 2400, 2400])
    d.h1("Mål 4. Unga kvinnor och män i länet har en god psykisk hälsa")
    d.table([["Indikator", "Utgångsvärde 2025", "Målvärde 2029"],
             ["Andel i årskurs 9 som skattar sin hälsa som god, flickor / pojkar", "52 % / 71 %", "65 % / 75 %"]],
            [4200, 2400, 2400])
    d.p("Åtgärderna under mål 4 genomförs av Region Östra Sjöbygden inom folkhälsoavtalet; länsstyrelsen bidrar med "
        "länsgemensam statistik.")
    d.h1("Uppföljning")
    d.p("Indikatorerna sammanställs varje år i mars av analysenheten och redovisas för länets jämställdhetsråd. En samlad "
        "bedömning av måluppfyllelsen görs i december 2029.")
    note = ("Handlingsplan med mål formulerade som tillstånd ('Kvinnor och män i länet har …') och tabeller. Arbete: ekonomi "
            "(mål 1, dialogmöten, heltidsindikator), obetalt omsorgsarbete (informationsinsats om föräldraledighet och VAB, "
            "indikatorn om männens föräldrapenningdagar), utbildning (mål 2, nätverk, indikatorer), våld (mål 3), hälsa "
            "(mål 4 med indikator och målvärde; åtgärderna ligger hos regionen men målet och indikatorn är arbete), barnets "
            "rättigheter (tabellrad om utbildning i barnkonsekvensanalys, ansvar och tid; nära gränsen eftersom raden står "
            "under våldsmålet, men radens ämne är barnets rättigheter), villkor (åtagande om både vuxnas och barns villkor och "
            "indikatorer för båda paren), statistik, samverkan (kommuner, Försäkringskassan, skolförvaltningar: med vem och "
            "hur), uppföljning (mars, analysenheten, rådet, december 2029). 'Vård och omsorg' i dialogmötesraden är arbetsplatser (ekonomi), inte hälsa. Nämns: mänskliga rättigheter som grund (klass 2); "
            "föräldraskapsstöd ('Jämställt föräldraskap', inga åtgärder, hänvisning, klass 9); egna verksamheten (hänvisning "
            "till verksamhetsplanen, klass 9). Saknas: makt, samhällsplanering och alla frivilliga områden.")
    lab = labels(power=X, economy=A, education=A, care=A, health=A, violence=A, planning=X, child=A, parenting=M,
                 hr=M, conditions=A, statistics=A, collab=A, internal=M, followup=A, growth=X, rural=X,
                 integration=X, prep=X, andts=X)
    return "g2_handlingsplan_mal_indikatorer", ("docx", d), note, lab


def draft3():
    d = doc("g3", "Regional utvecklingsstrategi – kapitel 5", creator="Region Östra Sjöbygden")
    d.title("Sjöbygden 2040 – regional utvecklingsstrategi")
    d.sub("Kapitel 5: Ett jämställt Östra Sjöbygden · Remissversion")
    d.h1("5.1 Varför jämställdhet är en tillväxtfråga")
    d.p("Östra Sjöbygden behöver fler som vill bo och arbeta här. Mellan 2015 och 2025 flyttade 1 340 fler kvinnor än män i "
        "åldern 20–34 år från länet, främst från inlandskommunerna Lindö och Sjötorp. Många unga kvinnor flyttar för att "
        "studera och kommer inte tillbaka, och på sikt ger det ett lägre antal födda och ökad ohälsa bland äldre ensamma män.")
    d.p("Regionens styrelse har pekat ut jämställdhet som en av tre horisontella principer. I kapitlet beaktas kvinnors och "
        "mäns villkor, och perspektiv som barnperspektiv och tillgänglighet ska vägas in.")
    d.h1("5.2 Företagande och arbetsmarknad")
    d.p("Kvinnor driver 29 procent av länets företag, mot 34 procent i riket. Av regionens företagsstöd 2024 gick 22 procent "
        "till företag som leds av kvinnor. Målet är att andelen ska vara minst 40 procent år 2030. Regionen inför därför "
        "könsuppdelad redovisning av alla beviljade stöd och ett särskilt rådgivningsprogram för kvinnors företagande på "
        "landsbygden, som Hushållningssällskapet driver i Lindö och Sjötorp från 2027.")
    d.p("Sysselsättningsgraden bland utrikes födda kvinnor är 55 procent. Regionen och kommunerna tar fram ett gemensamt "
        "språkspår med praktik i länets besöksnäring.")
    d.h1("5.3 Resor och planering")
    d.p("Kvinnor reser oftare kollektivt än män, och i länets inland saknar 40 procent av kvinnorna utan bil en turtäthet som "
        "gör daglig pendling möjlig. I trafikförsörjningsprogrammet 2028 ska restid till arbetsplatser analyseras för kvinnor "
        "och män, och den regionala fysiska planeringen ska ta fram jämställdhetsanalyser av nya stråk.")
    d.h1("5.4 Genomförande")
    d.p("Regionen genomför kapitlet tillsammans med Länsstyrelsen och länets sju kommuner i Tillväxtforum, som möts två gånger "
        "per år och beslutar om gemensamma insatser. Från 2027 ska alla regionens beslutsunderlag i regional utvecklingsnämnd "
        "innehålla en jämställdhetsanalys, och regionens handläggare av företagsstöd utbildas i jämställd bedömning.")
    d.p("Strategin följs upp.")
    note = ("Kapitel i en regional utvecklingsstrategi (Region Östra Sjöbygden). Arbete: regional tillväxt (flyttnetto och "
            "jämställdhet som tillväxtfråga med siffror), ekonomi (kvinnors företagande, mål 40 procent 2030, stöd), "
            "landsbygd (rådgivningsprogrammet i Lindö och Sjötorp), integration (sysselsättning, språkspår), "
            "samhällsplanering (trafikförsörjningsprogram, fysisk planering, kollektivtrafik), statistik (könsuppdelad "
            "redovisning av stöd, siffror), samverkan (Tillväxtforum: vilka, hur ofta, beslutar), egna verksamheten "
            "(regionens beslutsunderlag och handläggarutbildning – här är regionen den som äger strategin). Nämns: "
            "utbildning ('flyttar för att studera') och hälsa ('ökad ohälsa bland äldre ensamma män') som orsak och följd "
            "(klass 1); makt: regionens styrelse som beslutande organ (klass 4); barnets rättigheter: 'barnperspektiv' i "
            "perspektivlista (klass 7); villkor: bara kvinnor och män och som en ramformulering (mentioned); uppföljning: "
            "'Strategin följs upp.' ensam rad. Saknas: obetalt arbete, våld, föräldraskapsstöd, mänskliga rättigheter, "
            "krisberedskap, ANDTS.")
    lab = labels(power=M, economy=A, education=M, care=X, health=M, violence=X, planning=A, child=M, parenting=X,
                 hr=X, conditions=M, statistics=A, collab=A, internal=A, followup=M, growth=A, rural=A,
                 integration=A, prep=X, andts=X)
    return "g3_rus_kapitel_jamstalldhet", ("docx", d), note, lab


G4 = """Hoppa till innehållet | Länsstyrelsen i Östra Sjöbygden | Meny | Sök

# Så arbetar vi med jämställdhet

Det övergripande målet för jämställdhetspolitiken är att kvinnor och män ska ha samma makt att forma samhället och sina egna liv. Målet är uppdelat i sex delmål:

• En jämn fördelning av makt och inflytande
• Ekonomisk jämställdhet
• Jämställd utbildning
• Jämn fördelning av det obetalda hem- och omsorgsarbetet
• Jämställd hälsa
• Mäns våld mot kvinnor ska upphöra

## Vårt uppdrag i länet

Länsstyrelsen ska stödja, samordna och utveckla jämställdhetsarbetet i Östra Sjöbygdens län. Jämställdhetsintegrering innebär att ett jämställdhetsperspektiv finns med i alla beslut, från planering till uppföljning.

## Stöd till kommunerna

Vi erbjuder länets kommuner processtöd i jämställdhetsintegrering. Under 2026 deltar Näsby, Bergkvarn, Lindö, Sjötorp och Vallerum. Varje kommun väljer en verksamhet, till exempel fritidsgårdar eller bygglov, och får sex handledningstillfällen av våra jämställdhetsutvecklare.

## Arbetet mot mäns våld mot kvinnor

Vi samordnar länets arbete mot mäns våld mot kvinnor. Vi leder nätverket för kommunernas kvinnofridssamordnare, som träffas varannan månad, och ger utbildningar om hedersrelaterat våld och förtryck till skola och socialtjänst. År 2027 genomför vi en kartläggning av stödet till kvinnor som lever i prostitution i länet.

## Statistik

Vi tar varje år fram könsuppdelad statistik om länet: inkomster, utbildning, hälsa och förtroendeuppdrag. Senaste utgåvan visar att kvinnors medianinkomst i länet är 81 procent av mäns.

## Så arbetar vi internt

Alla nyanställda går en grundutbildning i jämställdhetsintegrering. Ledningsgruppen följer varje tertial upp hur enheterna har genomfört sina jämställdhetsanalyser.

## Läs mer

- Barnets rättigheter
- Mänskliga rättigheter
- Jämställdhetsstrategin 2026–2029 (pdf)

Kontakta oss | Om webbplatsen | Tillgänglighetsredogörelse | © Länsstyrelsen i Östra Sjöbygden
"""


def draft4():
    note = ("Webbsida inklistrad som text (Markdown). Arbete: våld (nätverket varannan månad, utbildningar, kartläggning "
            "av stödet i prostitution 2027), samverkan (processtöd till fem namngivna kommuner, sex handledningstillfällen), "
            "statistik (åtagande om årlig könsuppdelad statistik och en länssiffra), ekonomi (kvinnors medianinkomst 81 "
            "procent av mäns i länet – analys med länssiffra; nära gränsen, står under rubriken Statistik men siffrans ämne "
            "är inkomst), egna verksamheten (grundutbildning för nyanställda, ledningsgruppens tertialuppföljning). Nämns: "
            "makt, utbildning, obetalt arbete och hälsa bara i den inklistrade listan över delmålen (klass 6) och i "
            "uppräkningen av vad statistiken omfattar ('utbildning, hälsa och förtroendeuppdrag', klass 6); barnets och "
            "mänskliga rättigheter som länkar (klass 10). 'Fritidsgårdar eller bygglov' är exempel på verksamheter i "
            "processtödet, inte samhällsplanering (klass 1) – nära gränsen, bygglov räknas här inte som planering, så "
            "samhällsplanering saknas. Skola och socialtjänst är målgrupper (klass 4), utbildning redan nämnd. Villkor, "
            "uppföljning av strategin och föräldraskapsstöd saknas; 'från planering till uppföljning' i metodbeskrivningen "
            "gäller besluten, inte strategins uppföljning, och räknas som metoddefinition (mentioned för uppföljning).")
    lab = labels(power=M, economy=A, education=M, care=M, health=M, violence=A, planning=X, child=M, parenting=X,
                 hr=M, conditions=X, statistics=A, collab=A, internal=A, followup=M, growth=X, rural=X,
                 integration=X, prep=X, andts=X)
    return "g4_webbsida_sa_arbetar_vi", ("md", G4), note, lab


def draft5():
    d = doc("g5", "Regional strategi mot mäns våld mot kvinnor 2027–2030")
    d.title("Ett län fritt från våld")
    d.sub("Regional strategi för att förebygga och bekämpa mäns våld mot kvinnor i Östra Sjöbygdens län 2027–2030")
    d.h1("1 Utgångspunkter")
    d.p("Ett liv fritt från våld är en mänsklig rättighet. Våldet orsakar stort lidande och ohälsa och kan göra kvinnor "
        "ekonomiskt beroende av den som utövar det. Strategin omfattar våld i nära relationer, hedersrelaterat våld och "
        "förtryck, sexuellt våld samt prostitution och människohandel.")
    d.h1("2 Läget i länet")
    d.p("Under 2025 anmäldes 598 fall av misshandel i nära relation i länet; i 79 procent av fallen var den utsatta en kvinna. "
        "I länets ungdomsenkät uppger 14 procent av flickorna och 5 procent av pojkarna i årskurs 9 att de utsatts för "
        "sexuella trakasserier på nätet. Bland vuxna som sökt stöd hos kvinnojourerna var 71 procent kvinnor med barn. "
        "Alkohol förekommer i många av ärendena, men strategin behandlar inte missbruksvården.")
    d.h1("3 Målsättningar och insatser")
    d.h2("3.1 Ökat och tidigt förebyggande arbete")
    d.ul(["Våldsförebyggande program för unga killar och tjejer i länets fritidsverksamhet, i fyra kommuner 2027 och i alla sju 2029.",
          "Införande av samtal om våldsfria relationer i det föräldraskapsstöd som kommunerna erbjuder, med länsstyrelsens "
          "stöd i metodval under 2028."])
    d.h2("3.2 Förbättrad upptäckt och starkare skydd")
    d.ul(["Gemensam länsrutin för riskbedömning, klar juni 2027 (ansvar: samordnaren mot våld).",
          "Utbildning av socialtjänstens barnutredare i barnkonventionen och barnets rätt att komma till tals i ärenden "
          "där det förekommer våld, 2027–2028."])
    d.h2("3.3 Effektivare brottsbekämpning")
    d.p("Länsstyrelsen och Polisregion Östra Sjöbygden håller två gemensamma utbildningsdagar om människohandel per år.")
    d.h1("4 Samverkan")
    d.p("Strategin genomförs i Kvinnofridsrådet, där kommunerna, regionen, polisen, Kriminalvården och de två kvinnojourerna "
        "ingår. Rådet möts fyra gånger per år och varje medlem redovisar sina insatser en gång om året.")
    d.h1("5 Uppföljning")
    d.p("Strategins målsättningar följs upp varje år med sex regionala indikatorer, bland annat andelen kommuner med rutin "
        "för riskbedömning och andelen anmälda brott med kvinnor som utsatta. Länsstyrelsen sammanställer en lägesrapport "
        "i april som rådet behandlar.")
    note = ("Regional strategi mot mäns våld mot kvinnor. Arbete: våld (läge, insatser, ansvar), föräldraskapsstöd "
            "(införande av samtal om våldsfria relationer i kommunernas föräldraskapsstöd, länsstyrelsens stöd 2028 – "
            "satsen arbetar på föräldraskapsstödet, nära gränsen), barnets rättigheter (utbildning i barnkonventionen "
            "och barnets rätt att komma till tals, tid), villkor (ungdomsenkätens siffror för flickor och pojkar samt "
            "anmälningar och stöd för kvinnor; båda paren analyseras), statistik, samverkan (Kvinnofridsrådet: vilka, "
            "hur ofta, årlig redovisning), uppföljning (indikatorer, lägesrapport i april). Nämns: mänskliga rättigheter "
            "som värdegrund (klass 2); hälsa ('ohälsa') och ekonomi ('ekonomiskt beroende') som följder av våldet (klass 1); "
            "ANDTS: alkohol i ärendena som omständighet och uttrycklig avgränsning ('behandlar inte missbruksvården', "
            "klass 1/13). 'Fritidsverksamhet' är arena, inte utbildning; utbildning av barnutredare och polis är "
            "personalutbildning, inte utbildningsmålet – utbildning saknas. Saknas också makt, obetalt arbete, planering, "
            "den egna verksamheten och de frivilliga områdena utom ANDTS.")
    lab = labels(power=X, economy=M, education=X, care=X, health=M, violence=A, planning=X, child=A, parenting=A,
                 hr=M, conditions=A, statistics=A, collab=A, internal=X, followup=A, growth=X, rural=X,
                 integration=X, prep=X, andts=M)
    return "g5_regional_strategi_vald", ("docx", d), note, lab


def draft6():
    d = doc("g6", "Jämställdhetsplan för Vallerums kommun 2027–2030", creator="Vallerums kommun")
    d.title("Jämställdhetsplan för Vallerums kommun 2027–2030")
    d.sub("Antagen av kommunfullmäktige 2026-11-23, § 141")
    d.h1("Inledning")
    d.p("Vallerums kommun har undertecknat den europeiska jämställdhetsdeklarationen och utgår i planen från FN:s "
        "kvinnokonvention CEDAW. Barnkonventionen är svensk lag sedan 2020. Planen gäller kommunen som arbetsgivare, som "
        "utförare av service och som politisk organisation.")
    d.h1("Kommunen som politisk organisation")
    d.p("Av ordförandena i kommunens nämnder och styrelser är 3 av 11 kvinnor. Målet är en jämn könsfördelning bland "
        "ordförandena efter valet 2030. Partierna erbjuds en gemensam introduktion för nya förtroendevalda kvinnor och män, och "
        "kommunen kartlägger förekomsten av hot och hat mot förtroendevalda vartannat år.")
    d.h1("Kommunen som arbetsgivare")
    d.p("Heltid är norm. Andelen tillsvidareanställda kvinnor med heltid var 69 procent 2025 och ska vara 85 procent 2030. "
        "Lönekartläggningen görs årligen av HR-avdelningen.")
    d.h1("Kommunen som utförare")
    d.p("Förskolorna i Vallerum arbetar med normkritisk pedagogik; varje förskola ska senast 2028 ha gjort en observation av "
        "hur personalen bemöter flickor och pojkar. Vid detaljplanering av nya bostadsområden genomförs trygghetsvandringar "
        "med kvinnor och män som bor i området, och resultatet ska redovisas i planbeskrivningen.")
    d.p("CEDAW:s krav på att kvinnor ska kunna ta del av sina rättigheter följs upp genom en granskning av hur "
        "biståndshandläggare informerar om rätten till stöd; socialnämndens handläggare utbildas i rättighetsbaserat "
        "arbetssätt under 2027.")
    d.p("Arbetet mot våld i nära relationer beskrivs i kommunens handlingsplan mot våld, som tas fram under 2027.")
    d.h1("Analys och statistik")
    d.p("All individbaserad statistik i kommunens verksamhetsberättelser ska redovisas efter kön. Från 2027 ska varje "
        "tjänsteskrivelse innehålla en rubrik där konsekvenserna för kvinnor och män, flickor och pojkar beskrivs, och "
        "kommunens utvecklingsenhet granskar ett urval av skrivelserna varje halvår.")
    d.h1("Samverkan och uppföljning")
    d.p("Kommunen deltar i Länsstyrelsen i Östra Sjöbygdens kommunnätverk för jämställdhetsintegrering och delar där sina "
        "nyckeltal med grannkommunerna Näsby och Bergkvarn. Planen följs upp årligen i årsredovisningen med nyckeltalen i "
        "bilaga 3, och kommunstyrelsen gör en samlad utvärdering 2030.")
    note = ("Kommunal jämställdhetsplan med CEDAW och CEMR-deklarationen. Arbete: makt (3 av 11 ordförande, mål 2030, "
            "introduktion, kartläggning av hot och hat), ekonomi (heltid som norm med siffra och mål, lönekartläggning), "
            "utbildning (normkritisk pedagogik i förskolan, observation senast 2028), samhällsplanering (trygghetsvandringar "
            "vid detaljplanering, redovisning i planbeskrivning), mänskliga rättigheter (granskning utifrån CEDAW och "
            "utbildning i rättighetsbaserat arbetssätt 2027 – mer än vokabulär), villkor (åtagande om konsekvenser för båda "
            "paren i varje tjänsteskrivelse med granskning), statistik (redovisning efter kön), egna verksamheten "
            "(kommunens egen organisation: tjänsteskrivelser, granskning), samverkan (kommunnätverket, nyckeltal med "
            "grannkommuner), uppföljning (årsredovisning, bilaga, utvärdering 2030). Nämns: barnets rättigheter "
            "('Barnkonventionen är svensk lag', klass 2); våld (hänvisning till handlingsplan som tas fram, klass 9). "
            "Kommunfullmäktige i undertiteln är beslutande organ (klass 4), men makt är arbete på annat ställe. Saknas: "
            "obetalt arbete, hälsa, föräldraskapsstöd och de frivilliga områdena.")
    lab = labels(power=A, economy=A, education=A, care=X, health=X, violence=M, planning=A, child=M, parenting=X,
                 hr=A, conditions=A, statistics=A, collab=A, internal=A, followup=A, growth=X, rural=X,
                 integration=X, prep=X, andts=X)
    return "g6_kommunal_plan_cedaw", ("docx", d), note, lab


def draft7():
    d = doc("g7", "Aktivitetsplan jämställdhetsintegrering 2027")
    d.title("Aktivitetsplan för jämställdhetsintegrering 2027")
    d.sub("Länsstyrelsen i Östra Sjöbygden · Fastställd av ledningsgruppen 2026-12-08")
    d.p("Planen bryter ned länsstrategin till aktiviteter för 2027. Målet är att kvinnors och mäns villkor beaktas i hela "
        "länsstyrelsens verksamhet. Ekonomisk jämställdhet prioriteras inte under 2027.")
    d.h1("1. Ökad kunskap om jämställd fördelning av landsbygdsstöd")
    d.p("Av investeringsstöden i landsbygdsprogrammet som länsstyrelsen beviljade 2025 gick 19 procent till företag som "
        "drivs av kvinnor.")
    d.ul(["Genomförande av en halvdagsutbildning för handläggarna på landsbygdsenheten (mars).",
          "Framtagande av en informationsfolder om stöden riktad till kvinnor som driver lantbruk (juni).",
          "Redovisning av beviljade stöd per kön i enhetens kvartalsrapport."])
    d.h1("2. Minskad psykisk ohälsa bland unga kvinnor i länet")
    d.p("Andelen flickor i gymnasiets år 2 som uppger stress flera gånger i veckan är 48 procent, bland pojkar 21 procent.")
    d.ul(["Sammanställning av ungdomsenkätens resultat per kommun och kön (april).",
          "Arrangemang av en länskonferens om unga kvinnors psykiska hälsa tillsammans med Region Östra Sjöbygden (oktober)."])
    d.h1("3. Stärkt förmåga att upptäcka hedersrelaterat våld och förtryck")
    d.ul(["Anordnande av tre utbildningstillfällen för elevhälsan i Lindö, Sjötorp och Näsby.",
          "Uppdatering av den regionala vägledningen vid misstanke om tvångsäktenskap (ansvar: samordnaren mot våld)."])
    d.h1("4. Jämställdhetsperspektiv i krisberedskapen")
    d.ul(["Översyn av länets plan för utrymning och inkvartering utifrån kvinnors och mäns olika behov, t.ex. för "
          "ensamstående med barn och för äldre män på landsbygden (klar november).",
          "Könsuppdelad redovisning av deltagare i länets krisövningar."])
    d.h1("5. Jämställdhetsintegrerad verksamhetsplanering")
    d.ul(["Införande av en obligatorisk fråga om jämställdhetsanalys i mallen för verksamhetsplanering (ansvar: planeringschefen).",
          "Genomgång av tre beslutsprocesser per avdelning med stöd av jämställdhetsexperten."])
    d.h1("6. Stärkt samverkan med civilsamhället")
    d.p("Ett årligt forum för jämställdhet hålls i september med kvinnojourerna, idrottsförbundet och studieförbunden i "
        "länet, där aktiviteterna i planen stäms av.")
    d.h1("Uppföljning")
    d.p("Jämställdhetsgruppen följer upp aktivitetsplanen halvårsvis och rapporterar till ledningsgruppen i juni och december.")
    note = ("Aktivitetsplan skriven i nominalstil ('Ökad kunskap om …', 'Genomförande av …', 'Framtagande av …') med punktlistor "
            "under målrubriker. Arbete: landsbygd (19 procent, utbildning, folder), hälsa (siffror per kön, sammanställning, "
            "konferens), våld (utbildningar, vägledning om tvångsäktenskap, ansvar), krisberedskap (översyn av "
            "utrymningsplan), statistik (redovisning per kön, siffror), egna verksamheten (mall för verksamhetsplanering, "
            "genomgång av beslutsprocesser – 'verksamhetsplanering' är här internt arbete, inte samhällsplanering), "
            "samverkan (forumet med namngivna organisationer och hur det används; Region Östra Sjöbygden som medarrangör), "
            "uppföljning (halvårsvis, till ledningsgruppen). Nämns: ekonomi ('prioriteras inte', klass 9; nära gränsen: 19 procent av landsbygdsstöden till 'företag som drivs av kvinnor' står under landsbygdsrubriken och arbetar på stödens fördelning, så landsbygd är ämnet och ekonomi nämns i förbigående, klass 1); villkor: bara "
            "kvinnor och män ('kvinnors och mäns villkor beaktas', 'olika behov') – ett av paren (mentioned; flickor/pojkar "
            "finns i hälsosiffrorna men inte som åtagande om villkor, nära gränsen). Handläggarutbildningen och "
            "'utbildningstillfällen för elevhälsan' är personalutbildning, inte utbildningsmålet – utbildning saknas; "
            "'ensamstående med barn' är inte barnets rättigheter. Saknas: makt, utbildning, obetalt arbete, planering, "
            "barnets rättigheter, föräldraskapsstöd, mänskliga rättigheter, tillväxt, integration, ANDTS.")
    lab = labels(power=X, economy=M, education=X, care=X, health=A, violence=A, planning=X, child=X, parenting=X,
                 hr=X, conditions=M, statistics=A, collab=A, internal=A, followup=A, growth=X, rural=A,
                 integration=X, prep=A, andts=X)
    return "g7_aktivitetsplan_nominalstil", ("docx", d), note, lab


def draft8():
    d = doc("g8", "Jämställdhetsstrategi Östra Sjöbygden – remissversion")
    d.title("Länsstrategi för jämställdhetsintegrering 2027–2030")
    d.sub("Remissversion · Synpunkter lämnas senast 2026-12-18")
    d.h1("Inledning")
    d.p("Ett liv fritt från våld är en mänsklig rättighet, och jämställdhet handlar ytterst om makt. I strategin beskrivs "
        "hur de jämställdhetspolitiska målen ska främjas i länet. Samhällsplanering tas upp i nästa strategi.")
    d.p("Strategin har tagits fram av enheten för social hållbarhet och gäller för perioden 2027–2030. Den ersätter "
        "strategin för 2022–2026. Remissinstanser ombeds särskilt lämna synpunkter på avsnitten om omsorg och "
        "föräldraskap samt på genomförandet.")
    d.h1("Makt och inflytande")
    d.p("Hot och hat mot förtroendevalda kartläggs vartannat år. I den senaste kartläggningen uppgav 41 procent av de kvinnliga "
        "och 27 procent av de manliga förtroendevalda i länet att de utsatts. Stöd ges till kommunerna i form av en "
        "gemensam rutin för anmälan, som tas fram av länsstyrelsen och länets sju kommuner under 2027.")
    d.h1("Ekonomisk jämställdhet")
    d.p("Löneskillnaderna i länet kartläggs och redovisas årligen. Kvinnors genomsnittliga månadslön motsvarar 88 procent av "
        "mäns. Arbetsgivare i offentlig sektor bjuds in till två dialogmöten per år om lönekartläggning.")
    d.h1("Omsorg och föräldraskap")
    d.p("Av den tillfälliga föräldrapenningen i länet tas 62 procent ut av kvinnor. Informationsinsatser riktade till "
        "arbetsgivare genomförs 2027. Föräldraskapsstöd som främjar ett jämställt föräldraskap erbjuds vid länets fem "
        "familjecentraler; nätverket för familjecentralerna samordnas av länsstyrelsen och möts tre gånger per år.")
    d.h1("Genomförande")
    d.p("Hänsyn ska tas till flickors och pojkars, kvinnors och mäns villkor i samtliga beslut som fattas av "
        "länsstyrelsen. Detta säkerställs genom att en jämställdhetsanalys görs i beslutsmallen, och chefer utbildas i "
        "analysen under våren 2027. Statistik som samlas in av länsstyrelsen redovisas efter kön.")
    d.h1("Resurser")
    d.p("Arbetet finansieras inom länsstyrelsens förvaltningsanslag. En heltidstjänst som jämställdhetsexpert och en "
        "halvtidstjänst som samordnare avsätts under hela perioden.")
    d.p("Strategin följs upp.")
    note = ("Strategi i passiv form ('kartläggs', 'redovisas', 'ges', 'genomförs', 'säkerställs'). Arbete: makt (hot och hat, "
            "siffror per kön, rutin 2027), ekonomi (lönekartläggning, 88 procent, dialogmöten), obetalt omsorgsarbete "
            "(tillfällig föräldrapenning 62 procent, informationsinsatser 2027), föräldraskapsstöd (familjecentralerna, "
            "nätverket, samordning), villkor (båda paren, beslutsmall), egna verksamheten (beslutsmall, chefsutbildning), "
            "statistik (siffror per kön, redovisning efter kön), samverkan (rutin med de sju kommunerna, "
            "familjecentralsnätverket). Nämns: våld och mänskliga rättigheter bara i värdegrundsmeningen (klass 2); "
            "samhällsplanering skjuts upp ('tas upp i nästa strategi', klass 9); uppföljning: 'Strategin följs upp.' "
            "ensam (mentioned); 'Resurser' (förvaltningsanslag) är inte ekonomisk jämställdhet. Nära gränsen: 'jämställdhet handlar ytterst om makt' är ramning, men makt arbetas med "
            "under egen rubrik. Saknas: utbildning, hälsa, barnets rättigheter (barn nämns inte utöver 'flickors och "
            "pojkars'), tillväxt, landsbygd, integration, krisberedskap, ANDTS.")
    lab = labels(power=A, economy=A, education=X, care=A, health=X, violence=M, planning=M, child=X, parenting=A,
                 hr=M, conditions=A, statistics=A, collab=A, internal=A, followup=M, growth=X, rural=X,
                 integration=X, prep=X, andts=X)
    return "g8_passiv_form_remiss", ("docx", d), note, lab


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
            if not 200 <= words <= 2600:
                problems.append(f"{name}: {words} words (want 200–2600)")
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

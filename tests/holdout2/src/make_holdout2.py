#!/usr/bin/env python3
"""Generate the second held-out evaluation set for jamkoll: tests/holdout2/drafts/.

Ten fictional drafts from "Länsstyrelsen i Södra Bergslagen" (and one from Ljungsjö kommun),
each NAME.docx with NAME.expected.json. Python 3 standard library only; the output is
byte-for-byte deterministic.

    python3 tests/holdout2/src/make_holdout2.py            # write the drafts
    python3 tests/holdout2/src/make_holdout2.py --check    # write, then re-read and verify
"""
import argparse
import collections
import json
import os
import sys
import zipfile
import xml.dom.minidom

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import Doc  # noqa: E402

IDS = ["goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
       "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
       "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
       "req.internal", "req.followup", "area.regional_growth", "area.rural",
       "area.integration", "area.preparedness", "area.andts"]
CODE = {"A": "addressed", "M": "mentioned", "-": "missing"}


def verdicts(spec):
    """'AAM--A AAAA ...' in IDS order -> {id: verdict}."""
    s = spec.replace(" ", "")
    assert len(s) == len(IDS), (spec, len(s))
    return {i: CODE[c] for i, c in zip(IDS, s)}


DRAFTS = []


def draft(name, spec, note):
    def deco(fn):
        DRAFTS.append((name, fn, verdicts(spec), note))
        return fn
    return deco


# order of a spec:  P E U C H V | planning child parenting hr | conditions statistics
#                   collaboration internal followup | growth rural integration preparedness andts

# ----------------------------------------------------------------------------------------
@draft("01_lansstrategi_formell", "AAAAAA AAAA AAAAA AAAMM",
       "Formell, komplett strategi (svenska formatmallar Rubrik1/Rubrik2, sidhuvud, en fotnot). "
       "Alla delmål, de fyra uppdragsområdena och alla krav har eget innehåll. Krisberedskap och "
       "ANDTS nämns enbart i en uppräkning av områden i inledningen (mentioned). Regional tillväxt "
       "(tillväxtmedel, företagsstöd), landsbygd (landsbygdsstöd, unga kvinnor som lämnar "
       "landsbygden) och integration (utrikes födda kvinnors etablering) har egna insatser.")
def d01():
    d = Doc("01", "sv", title_prop="Länsstrategi för jämställdhetsintegrering 2025–2028",
            header="Länsstyrelsen i Södra Bergslagen\tRemissversion\tDnr 800-1432-2024",
            footer_page=True, split_runs=True)
    d.footnote(1, "Skrivelsen Makt, mål och myndighet – feministisk politik för en jämställd "
               "framtid (skr. 2016/17:10) och förordningen (2007:825) med länsstyrelseinstruktion.")
    d.title("Länsstrategi för jämställdhetsintegrering i Södra Bergslagens län 2025–2028")
    d.sub("Länsstyrelsen i Södra Bergslagen – remissversion, januari 2025")
    d.h1("1 Inledning")
    d.p("Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för arbetet med "
        "jämställdhetsintegrering. Denna strategi beskriver hur Länsstyrelsen i Södra Bergslagen "
        "under perioden 2025–2028 ska verka för att de jämställdhetspolitiska målen får genomslag "
        "i länet.[^1]")
    d.p("Målen omfattar en jämn fördelning av makt och inflytande, ekonomisk jämställdhet, "
        "jämställd utbildning, en jämn fördelning av det obetalda hem- och omsorgsarbetet, "
        "jämställd hälsa samt att mäns våld mot kvinnor ska upphöra.")
    d.p("Områden där länsstyrelsen har uppgifter med bäring på målen är bland annat "
        "samhällsplanering, barnets rättigheter, föräldraskapsstöd, mänskliga rättigheter, "
        "krisberedskap och ANDTS.")
    d.h1("2 Nulägesanalys")
    d.p("Södra Bergslagens län har omkring 148 000 invånare fördelade på sju kommuner. Länet "
        "präglas av bruksorter med lång industritradition, och arbetsmarknaden är tydligt "
        "uppdelad efter kön: män arbetar i hög grad inom tillverkning, gruvnäring och transport, "
        "medan kvinnor är koncentrerade till vård, skola och omsorg.")
    d.p("Kvinnor i länet har i genomsnitt 23 procent lägre disponibel inkomst än män, och andelen "
        "kvinnor som arbetar deltid är nästan tre gånger så hög som bland män. Skillnaden följer "
        "med genom livet och syns tydligt i pensionerna.")
    d.p("Bland flickor och pojkar syns andra mönster. Flickor har högre meritvärden i årskurs 9 i "
        "samtliga kommuner, medan pojkar oftare saknar behörighet till gymnasieskolans nationella "
        "program. Samtidigt rapporterar flickor i betydligt högre grad än pojkar psykiska besvär "
        "som oro, nedstämdhet och sömnsvårigheter.")
    d.p("Analysen bygger på könsuppdelad statistik från SCB, Försäkringskassan, Skolverket och "
        "Region Södra Bergslagens folkhälsoenkät. Där statistik saknas har länsstyrelsen "
        "kompletterat med intervjuer och dialogmöten.")
    d.h1("3 Strategiska mål och insatser")
    d.h2("3.1 Makt och inflytande")
    d.p("Kvinnor utgör 41 procent av ledamöterna i länets kommunfullmäktige och är ordförande i "
        "kommunstyrelsen i två av sju kommuner. Unga kvinnor som är förtroendevalda lämnar sina "
        "uppdrag i förtid oftare än andra grupper. Länsstyrelsen ska under 2025 kartlägga "
        "orsakerna tillsammans med de politiska partiernas länsorganisationer och erbjuda "
        "kommunerna stöd i arbetet mot hot och hat mot förtroendevalda.")
    d.h2("3.2 Ekonomisk jämställdhet")
    d.p("Målet är att fler kvinnor i länet ska kunna försörja sig på sin lön genom hela livet. "
        "Länsstyrelsen ska driva ett nätverk för kommunernas arbetsgivare om heltid som norm och, "
        "när länsstyrelsen fördelar regionala tillväxtmedel, prioritera projekt som bryter den "
        "könsuppdelade arbetsmarknaden.")
    d.p("Utrikes födda kvinnor har den lägsta sysselsättningsgraden i länet. Inom uppdraget om "
        "samhällsorientering och etablering ska länsstyrelsen tillsammans med Arbetsförmedlingen "
        "och kommunerna utveckla insatser som kombinerar språkstudier med praktik i branscher där "
        "kvinnor tidigare varit underrepresenterade.")
    d.h2("3.3 Jämställd utbildning")
    d.p("Länets gymnasieprogram hör till de mest könsuppdelade i landet. Länsstyrelsen ska "
        "tillsammans med kommunernas studie- och yrkesvägledare anordna en årlig temadag om "
        "könsmönster i studieval och sprida metoder för normmedveten vägledning i grundskolan.")
    d.h2("3.4 Obetalt hem- och omsorgsarbete")
    d.p("Kvinnor i länet tar ut 68 procent av föräldrapenningdagarna och står för merparten av "
        "den tillfälliga föräldrapenningen vid vård av sjukt barn. De ger också i större "
        "utsträckning omsorg till äldre anhöriga. Länsstyrelsen ska lyfta dessa frågor i "
        "dialogen med länets arbetsgivare och i det regionala arbetet med anhörigstöd.")
    d.h2("3.5 Jämställd hälsa")
    d.p("Sjukskrivningar för psykisk ohälsa är mer än dubbelt så vanliga bland kvinnor som bland "
        "män i länet, medan män oftare dör i förtid till följd av olyckor och suicid. "
        "Länsstyrelsen ska i samarbete med Region Södra Bergslagen verka för att det regionala "
        "folkhälsoarbetet utgår från dessa skillnader.")
    d.h2("3.6 Mäns våld mot kvinnor")
    d.p("Under 2023 anmäldes 612 misshandelsbrott mot kvinnor i nära relation i länet. "
        "Länsstyrelsen samordnar det regionala arbetet mot mäns våld mot kvinnor, inklusive "
        "hedersrelaterat våld och förtryck, och ska under strategiperioden stödja samtliga "
        "kommuner i att ta fram lokala handlingsprogram för våldsförebyggande arbete.")
    d.h1("4 Länsstyrelsens uppgifter inom särskilda områden")
    d.h2("4.1 Samhällsplanering")
    d.p("Länsstyrelsen granskar kommunernas översiktsplaner och detaljplaner. I granskningen ska "
        "länsstyrelsen fråga efter hur planerna påverkar kvinnors och mäns tillgång till "
        "kollektivtrafik, service och trygga offentliga miljöer, och en vägledning för "
        "jämställdhetsanalys i planprocessen ska tas fram under 2026.")
    d.h2("4.2 Barnets rättigheter")
    d.p("Sedan barnkonventionen blev svensk lag 2020 ska barnets bästa beaktas i alla beslut som "
        "rör barn. Länsstyrelsen ska utveckla sina barnkonsekvensanalyser så att de belyser "
        "skillnader mellan flickors och pojkars situation, till exempel i ärenden om "
        "allmänna lekplatser och badplatser.")
    d.h2("4.3 Föräldraskapsstöd")
    d.p("Länsstyrelsen har i uppdrag att stödja kommunernas föräldraskapsstöd. Pappor deltar i "
        "mindre utsträckning än mammor i de föräldragrupper som erbjuds. Länsstyrelsen ska "
        "därför hjälpa kommunerna att anpassa tider, inbjudningar och innehåll så att båda "
        "föräldrarna nås och ett jämställt föräldraskap främjas.")
    d.h2("4.4 Mänskliga rättigheter")
    d.p("Jämställdhetsarbetet är en del av länsstyrelsens uppdrag att främja respekten för de "
        "mänskliga rättigheterna. Under 2026 ska länsstyrelsen erbjuda länets kommuner "
        "kompetensstöd i ett rättighetsbaserat arbetssätt med utgångspunkt i CEDAW och "
        "diskrimineringslagens skydd mot diskriminering.")
    d.h2("4.5 Regional tillväxt och landsbygd")
    d.p("Kvinnor står bakom en mindre andel av ansökningarna om de företagsstöd och "
        "landsbygdsstöd som länsstyrelsen beslutar om. Länsstyrelsen ska se över "
        "informationsinsatserna och handläggningen av stöden och redovisa beviljade medel "
        "uppdelat på kön. Särskild uppmärksamhet riktas mot att unga kvinnor i högre grad än "
        "unga män flyttar från landsbygden i länets norra delar.")
    d.h1("5 Samverkan")
    d.p("Länsstyrelsens roll är att stödja, samordna och utveckla arbetet i länet. Länsstyrelsen "
        "leder ett regionalt jämställdhetsnätverk med företrädare för kommunerna, Region Södra "
        "Bergslagen, Arbetsförmedlingen, Försäkringskassan och länets kvinno- och tjejjourer. "
        "Nätverket träffas fyra gånger per år.")
    d.h1("6 Länsstyrelsens egen verksamhet")
    d.p("Jämställdhetsintegreringen ska vara en del av den ordinarie styrningen. Varje avdelning "
        "ska i sin verksamhetsplan ange minst ett mål med koppling till strategin, och alla "
        "nyanställda går länsstyrelsens introduktion i jämställdhetsintegrering. En "
        "jämställdhetsstrateg på staben stöder avdelningarna.")
    d.h1("7 Uppföljning och utvärdering")
    d.p("Strategin följs upp årligen i länsstyrelsens årsredovisning utifrån de indikatorer som "
        "anges i bilaga 1. En extern utvärdering genomförs under 2028 som underlag för nästa "
        "strategi.")
    return d


# ----------------------------------------------------------------------------------------
@draft("02_reviderat_utkast_sparade_andringar", "AAAM-A -AM- AAAAM --A--",
       "Reviderat utkast med spårade ändringar och kommentarer (engelska formatmallar "
       "Heading1/Heading2). Hälsa finns bara i ett struket stycke (w:del), i en kommentar och i "
       "dokumentegenskaperna: missing. Samhällsplanering finns bara i ett struket stycke och i "
       "egenskaperna; det infogade stycket handlar om verksamhetsplanering (falsk vän, ger "
       "req.internal): missing. Mänskliga rättigheter bara i kommentar/egenskaper: missing. "
       "Våldsavsnittet är helt infogat (w:ins) och räknas: addressed. Integration (nyanlända "
       "kvinnor) är ett infogat stycke: addressed. Obetalt arbete: rubrik med struket innehåll "
       "och platshållare: mentioned. Föräldraskapsstöd: uttrycklig undantagsmening: mentioned. "
       "Uppföljning: gammal text struken, infogad platshållare: mentioned. 'vård- och "
       "omsorgsprogrammet' är ett gymnasieprogram, inte hälsa.")
def d02():
    d = Doc("02", "en", title_prop="Länsstrategi jämställdhetsintegrering, utkast 2",
            subject="Jämställd hälsa och folkhälsa",
            keywords="jämställd hälsa; psykisk ohälsa; mänskliga rättigheter; samhällsplanering",
            description="Utkast efter synpunkter från enheten för samhällsplanering och "
                        "folkhälsosamordnaren.",
            header="UTKAST – Länsstyrelsen i Södra Bergslagen", track_revisions=True,
            rev_author="Karin Holm")
    d.comment(1, "Hälsoavsnittet stryks tills vidare, regionen ansvarar. Ska vi ändå skriva något "
                 "om psykisk ohälsa och sjukskrivningar?", author="Per Ek", initials="PE")
    d.comment(2, "Samhällsplaneringen flyttas till planenhetens egen plan. Borde vi skriva något "
                 "om mänskliga rättigheter i det här kapitlet?", author="Per Ek", initials="PE")
    d.comment(3, "Vem äger uppföljningen – staben eller controllern?", author="Karin Holm",
              initials="KH")
    d.title("Länsstrategi för jämställdhetsintegrering – reviderat utkast 2")
    d.p("Länsstyrelsen i Södra Bergslagen. Version 0.7, {-15 oktober-}{+4 december+} 2024. "
        "Ändringar sedan förra versionen visas som spårade ändringar.")
    d.h1("1 Syfte")
    d.p("Strategin anger hur länsstyrelsen ska arbeta för att jämställdhetspolitiken får "
        "genomslag i länet under perioden {-2025–2027-}{+2025–2028+}, både i den egna "
        "verksamheten och i stödet till länets aktörer.")
    d.h1("[c1>2 Kvinnors och mäns, flickors och pojkars villkor i länet<c1]")
    d.p("I Södra Bergslagens län förvärvsarbetar kvinnor i nästan samma utsträckning som män, men "
        "kvinnor arbetar oftare deltid och har lägre inkomster genom hela livet. Kvinnornas "
        "medianinkomst motsvarar {-76-}{+78+} procent av männens.")
    d.p("Flickor lämnar grundskolan med högre betyg än pojkar men väljer i lägre grad tekniska och "
        "industritekniska gymnasieprogram. Pojkar är i sin tur kraftigt underrepresenterade på "
        "vård- och omsorgsprogrammet. De könsbundna valen lägger grunden för en könsuppdelad "
        "arbetsmarknad i vuxen ålder.")
    d.p("Uppgifterna kommer från länsstyrelsens årliga sammanställning av könsuppdelad "
        "statistik{+, som från 2025 även redovisas per kommun+}.")
    d.del_p("Ohälsan är ojämnt fördelad. Kvinnor i länet är sjukskrivna i högre grad än män, och "
            "den psykiska ohälsan bland unga kvinnor har ökat under hela 2010-talet. "
            "Länsstyrelsen ska lyfta folkhälsoperspektivet i samarbetet med regionen.")
    d.h1("3 Prioriterade mål")
    d.h2("3.1 Jämn fördelning av makt och inflytande")
    d.p("Länsstyrelsen ska verka för en jämn könsfördelning i de regionala råd och "
        "referensgrupper som myndigheten tillsätter, och följa upp andelen kvinnor och män bland "
        "ordförandena i länets kommunala nämnder.")
    d.h2("3.2 Ekonomisk jämställdhet")
    d.p("Länsstyrelsen ska stödja kommunerna i arbetet med heltid som norm inom välfärdssektorn"
        "{+ och ta fram ett kunskapsunderlag om ofrivilligt deltidsarbete i länet+}.")
    d.ins_p("Utrikes födda kvinnor som nyligen kommit till länet har ofta lång väg till egen "
            "försörjning. Inom uppdraget om etablering och samhällsorientering ska länsstyrelsen "
            "prioritera insatser som leder till arbete för nyanlända kvinnor.")
    d.h2("3.3 Jämställd utbildning")
    d.p("Tillsammans med kommunerna ska länsstyrelsen sprida arbetssätt för studie- och "
        "yrkesvägledning som utmanar könsmönster, med början i två pilotkommuner: Hyttby och "
        "Malmkärr.")
    d.h2("3.4 Obetalt hem- och omsorgsarbete")
    d.del_p("Kvinnor tar ut huvuddelen av föräldrapenningen och ansvarar oftare för omsorgen om "
            "äldre föräldrar. Länsstyrelsen ska belysa frågan i dialogen med arbetsgivarna.")
    d.p("[Text kommer efter workshopen i mars.]")
    d.ins_p("3.5 Mäns våld mot kvinnor ska upphöra", style="h2")
    d.ins_p("Länsstyrelsen samordnar länets arbete mot våld i nära relationer och mot "
            "hedersrelaterat våld och förtryck. Under 2025 ska länsstyrelsen erbjuda alla "
            "kommuner stöd i att kartlägga hur socialtjänsten når våldsutsatta äldre kvinnor.")
    d.h1("4 Barnets rättigheter")
    d.p("Barnkonventionen gäller som svensk lag. Länsstyrelsen ska i ärenden som rör barn göra "
        "barnkonsekvensanalyser där flickors och pojkars situation redovisas var för sig.")
    d.p("Föräldraskapsstöd ingår inte i denna strategi utan hanteras i länets särskilda strategi "
        "för föräldraskapsstöd.")
    d.h1("[c2>5 Planering och styrning<c2]")
    d.del_p("Länsstyrelsen ska i sin granskning av kommunernas översiktsplaner fråga efter hur "
            "planerna påverkar kvinnors och mäns vardag, till exempel tillgången till "
            "kollektivtrafik och trygga gång- och cykelvägar.")
    d.ins_p("Jämställdhetsperspektivet ska föras in i länsstyrelsens verksamhetsplanering. Varje "
            "avdelning ska från och med 2025 beskriva i sin verksamhetsplan hur "
            "jämställdhetsperspektivet tas till vara i avdelningens kärnprocesser.")
    d.p("Länsstyrelsens chefer ansvarar för att medarbetarna har den kompetens som behövs. En "
        "grundutbildning i jämställdhetsintegrering tas fram för alla handläggare under 2025.")
    d.h1("6 Samverkan")
    d.p("Länsstyrelsen leder det regionala nätverket för jämställdhet, där kommunerna, Region "
        "Södra Bergslagen och civilsamhällets organisationer deltar. Nätverket ska under "
        "strategiperioden ta fram en gemensam regional handlingsplan.")
    d.h1("[c3>7 Uppföljning<c3]")
    d.del_p("Strategin följs upp årligen i årsredovisningen och utvärderas externt 2027.")
    d.p("{+Avsnittet skrivs om till nästa version.+}")
    return d


# ----------------------------------------------------------------------------------------
@draft("03_internt_pm", "-----A ---- -A-AA -----",
       "Kort internt PM till ledningsgruppen (svenska formatmallar, numrerad lista, "
       "sidhuvudstabell). Nästan bara intern organisering: verksamhetsplanering (falsk vän för "
       "samhällsplanering), utbildning av egen personal (inte jämställd utbildning), "
       "ekonomiavdelningen och budget (inte ekonomisk jämställdhet), barnomsorg under en "
       "personaldag och vårdnadshavare (inte barnets rättigheter, inte hälsa), definitionen av "
       "jämställdhetsintegrering med ordet beslutsfattande (inte makt). Enda delmålet: våldsenhetens "
       "uppdrag kopplas till strategin (addressed). Könsuppdelad statistik i verksamhetsplanen: "
       "addressed. Ingen extern samverkan och ingen analys av kvinnors/mäns eller "
       "flickors/pojkars villkor: missing.")
def d03():
    d = Doc("03", "sv", title_prop="PM jämställdhetsstrategi", split_runs=False)
    d.title("PM – Arbetet med ny jämställdhetsstrategi, intern planering")
    d.table([["Till", "Ledningsgruppen"],
             ["Från", "Jämställdhetsstrategen, staben"],
             ["Datum", "2024-11-18"],
             ["Diarienummer", "800-1198-2024"]], [2400, 6662], header=False)
    d.h1("Bakgrund")
    d.p("Länsstyrelsen ska ta fram en ny strategi för jämställdhetsintegrering. Det här PM:et "
        "beskriver hur arbetet organiseras internt under våren 2025 och vilka beslut "
        "ledningsgruppen behöver fatta.")
    d.p("Med jämställdhetsintegrering menas att ett jämställdhetsperspektiv införlivas i allt "
        "beslutsfattande, på alla nivåer och i alla steg av processerna, av de aktörer som "
        "normalt deltar i beslutsfattandet. För länsstyrelsens del innebär det att perspektivet "
        "ska finnas i de ordinarie processerna och inte i ett sidospår.")
    d.h1("Förslag")
    d.ol([
        "Jämställdhetsintegreringen förs in i verksamhetsplaneringen för 2026. Varje "
        "avdelningschef ansvarar för att avdelningens verksamhetsplan innehåller minst en "
        "aktivitet och ett mått som rör jämställdhet.",
        "Från och med verksamhetsplaneringen för 2026 ska alla enheter redovisa individbaserad "
        "statistik uppdelad på kön när verksamheten rör enskilda personer, till exempel sökande "
        "av bidrag och tillstånd.",
        "Alla medarbetare går under 2025 en halvdagsutbildning i jämställdhetsintegrering. "
        "Handläggare som fattar beslut i enskilda ärenden erbjuds dessutom en fördjupningskurs.",
        "Arbetet mot mäns våld mot kvinnor, som enheten för social hållbarhet driver på "
        "regeringens uppdrag, kopplas till strategin så att enhetens insatser för våldsutsatta "
        "kvinnor redovisas tillsammans med strategins övriga aktiviteter.",
        "Strategin ska, när den är beslutad, följas upp årligen av ledningsgruppen och redovisas "
        "i länsstyrelsens årsredovisning.",
    ])
    d.h1("Resurser")
    d.p("Ekonomiavdelningen har bekräftat att kostnaderna för utbildningsinsatserna ryms inom "
        "stabens budget för 2025. Ingen ytterligare finansiering behövs.")
    d.h1("Uppstartsdag")
    d.p("En gemensam uppstartsdag för alla medarbetare hålls den 6 mars 2025 på kontoret i "
        "Hyttby. Barnomsorg ordnas under dagen för medarbetare som är vårdnadshavare till barn "
        "under tolv år, så att alla har möjlighet att delta.")
    d.h1("Förslag till beslut")
    d.p("Ledningsgruppen föreslås godkänna upplägget i punkt 1–5 och ge staben i uppdrag att "
        "leda det interna arbetet fram till att strategin fastställs.")
    return d


# ----------------------------------------------------------------------------------------
@draft("04_regional_handlingsplan_tabeller", "AAMAAA AAM- AAAAA A--AM",
       "Regional handlingsplan som nästan helt består av tabeller (engelska formatmallar). "
       "Jämställd utbildning: tabellrad med bara 'Text kommer' och streck: mentioned. "
       "Föräldraskapsstöd: raden säger 'Ingår inte': mentioned. ANDTS: den gamla insatsen är "
       "struken (w:del), den infogade texten säger 'Ingår inte' och en kommentar förklarar: "
       "mentioned. Krisberedskap och regional tillväxt har konkreta insatsrader: addressed. "
       "'Utbildningsdag för nyvalda förtroendevalda' och grundutbildning för nyanställda är "
       "inte jämställd utbildning. Mänskliga rättigheter, landsbygd och integration förekommer "
       "inte. Nulägestabellerna med kvinnor/män och flickor/pojkar och den tolkande texten ger "
       "req.conditions och req.statistics.")
def d04():
    d = Doc("04", "en", title_prop="Regional handlingsplan för jämställdhet 2025–2026",
            track_revisions=True, rev_author="Anna Lind")
    d.comment(1, "Stryks enligt beslut i styrgruppen den 3 december.", author="Anna Lind",
              initials="AL")
    d.title("Regional handlingsplan för jämställdhet 2025–2026")
    d.p("Länsstyrelsen i Södra Bergslagen i samverkan med Region Södra Bergslagen och länets sju "
        "kommuner. Handlingsplanen konkretiserar länsstrategin för jämställdhetsintegrering.")
    d.h1("1 Utgångsläge")
    d.p("Handlingsplanen bygger på länsstyrelsens nulägesanalys från 2024. Tabellerna visar ett "
        "urval av indikatorer; all statistik i planen redovisas uppdelad på kön.")
    d.table([["Indikator (vuxna)", "Kvinnor", "Män"],
             ["Andel ledamöter i kommunfullmäktige (%)", "41", "59"],
             ["Disponibel medianinkomst, 20–64 år (kr/år)", "268 000", "329 000"],
             ["Andel sysselsatta som arbetar deltid (%)", "31", "11"],
             ["Andel av uttagna dagar med föräldrapenning (%)", "69", "31"],
             ["Sjukpenningtal (dagar per försäkrad)", "12,4", "7,1"]],
            [5262, 1900, 1900])
    d.table([["Indikator (unga, årskurs 9)", "Flickor", "Pojkar"],
             ["Andel som skattar sin hälsa som god (%)", "58", "74"],
             ["Andel som deltar i föreningsledd fritidsverksamhet (%)", "38", "52"]],
            [5262, 1900, 1900])
    d.p("Tabellerna visar att kvinnor i länet har lägre inkomster och oftare arbetar deltid än "
        "män, samtidigt som de tar det största ansvaret för barnen under småbarnsåren. Bland "
        "flickor och pojkar är mönstret ett annat: flickor deltar mindre i föreningslivet och "
        "skattar sin hälsa som sämre än pojkar gör.")
    d.h1("2 Insatser per delmål")
    d.table([["Delmål", "Insats", "Ansvarig", "Tid", "Indikator"],
             ["Makt och inflytande", "Utbildningsdag för nyvalda kvinnliga förtroendevalda och "
              "mentorprogram i samarbete med partierna", "Länsstyrelsen, kommunerna",
              "Hösten 2025", "Andel kvinnor bland ledamöterna i kommunfullmäktige"],
             ["Ekonomisk jämställdhet", "Nätverk för heltid som norm i kommunernas vård och "
              "omsorg", "Region Södra Bergslagen, kommunerna", "2025–2026",
              "Andel kvinnor som arbetar deltid"],
             ["Jämställd utbildning", "Text kommer", "–", "–", "–"],
             ["Obetalt hem- och omsorgsarbete", "Informationskampanj riktad till pappor om "
              "föräldrapenning och vård av sjukt barn, tillsammans med Försäkringskassan",
              "Länsstyrelsen", "Våren 2026", "Fäders andel av uttagna dagar"],
             ["Jämställd hälsa", "Jämställdhetsanalys av regionens folkhälsoenkät och dialog med "
              "vårdcentralerna om bemötande", "Region Södra Bergslagen", "2025",
              "Självskattad hälsa, flickor och pojkar"],
             ["Mäns våld mot kvinnor ska upphöra", "Stöd till kommunerna i att ta fram "
              "handlingsprogram mot våld i nära relationer, inklusive hedersrelaterat våld",
              "Länsstyrelsen", "2025–2026", "Antal kommuner med antaget handlingsprogram"]],
            [1900, 3000, 1500, 1100, 1562])
    d.h1("3 Insatser inom länsstyrelsens ansvarsområden")
    d.table([["Område", "Insats", "Ansvarig", "Tid"],
             ["Samhällsplanering", "Checklista för jämställdhetsanalys vid granskning av "
              "översiktsplaner; trygghetsvandringar i Malmkärrs centrum",
              "Enheten för samhällsplanering", "2025"],
             ["Barnets rättigheter", "Barnkonsekvensanalyser med könsuppdelad redovisning i "
              "länsstyrelsens tillståndsärenden", "Rättsenheten", "2025–2026"],
             ["Föräldraskapsstöd", "Ingår inte i handlingsplanen för 2025–2026.", "–", "–"],
             ["Krisberedskap", "Jämställdhetsanalys av den regionala risk- och "
              "sårbarhetsanalysen, bland annat av hur kvinnor och män nås av information vid "
              "kris", "Beredskapsenheten", "2026"],
             ["Regional tillväxt", "Könsuppdelad uppföljning av beviljade regionala "
              "företagsstöd och riktad information till kvinnor som driver företag",
              "Näringslivsenheten", "2025–2026"],
             ["ANDTS", "[c1>{-Riktade insatser mot riskbruk av alkohol bland äldre kvinnor, i "
              "samarbete med kommunernas alkoholhandläggare-}<c1]{+Ingår inte i "
              "handlingsplanen; hanteras i länets ANDTS-strategi.+}", "–", "–"]],
            [2000, 4262, 1800, 1000])
    d.h1("4 Länsstyrelsens interna arbete")
    d.table([["Insats", "Ansvarig", "Tid"],
             ["Minst ett jämställdhetsmål i varje avdelnings verksamhetsplan",
              "Avdelningscheferna", "Från 2025"],
             ["Grundutbildning i jämställdhetsintegrering för nyanställda", "HR-enheten",
              "Löpande"],
             ["Jämställdhetsanalys i beslutsunderlag till länsledningen", "Staben", "Från 2026"]],
            [5062, 2400, 1600])
    d.h1("5 Samverkan")
    d.p("Insatserna genomförs i samverkan med länets kommuner, Region Södra Bergslagen och "
        "civilsamhällets organisationer, bland annat kvinno- och tjejjourerna. Länsstyrelsen "
        "samordnar arbetet och ger processtöd till kommunernas jämställdhetssamordnare.")
    d.h1("6 Uppföljning")
    d.table([["Vad", "Hur", "När"],
             ["Handlingsplanens insatser", "Avstämning i styrgruppen mot indikatorerna i "
              "avsnitt 2", "Halvårsvis"],
             ["Handlingsplanen som helhet", "Rapport till länsledningen och till regionens "
              "regionala utvecklingsnämnd", "December 2026"]],
            [3000, 4462, 1600])
    return d


# ----------------------------------------------------------------------------------------
@draft("05_ljungsjo_kommun_plan", "AAAAAA AAAM AAA-A -AA-A",
       "Kommunal jämställdhetsplan från Ljungsjö kommun (svenska formatmallar). Alla delmål har "
       "lokala åtgärder. Mänskliga rättigheter nämns bara i en uppräkning av program planen ska "
       "läsas tillsammans med (mentioned). Planen handlar om kommunens service till invånarna och "
       "har inget avsnitt om länsstyrelsens (eller kommunens) interna styrning, "
       "verksamhetsplanering, processer eller personalens kompetens: req.internal missing. Landsbygd "
       "(kollektivtrafik till byarna), integration (SFI, utrikes födda kvinnor) och ANDTS har "
       "egna åtgärder.")
def d05():
    d = Doc("05", "sv", title_prop="Jämställdhetsplan Ljungsjö kommun",
            creator="Ljungsjö kommun", footer_page=True, split_runs=True)
    d.title("Plan för jämställdhet i Ljungsjö kommun 2025–2027")
    d.sub("Antagen av kommunfullmäktige i Ljungsjö den 24 mars 2025, § 31")
    d.h1("Inledning")
    d.p("Ljungsjö är en landsbygdskommun med drygt 9 000 invånare i Södra Bergslagens län. "
        "Planen beskriver hur kommunen ska bidra till de nationella jämställdhetsmålen och ska "
        "läsas tillsammans med kommunens program för mänskliga rättigheter, barnets rättigheter "
        "och folkhälsa.")
    d.h1("Så ser det ut i Ljungsjö")
    d.p("Kvinnor i Ljungsjö har i genomsnitt 21 procent lägre inkomst än män. Var tredje "
        "förvärvsarbetande kvinna arbetar deltid, jämfört med var tionde man, och många kvinnor "
        "pendlar långt till arbeten i Hyttby och Malmkärr.")
    d.p("I skolan når flickor högre meritvärden än pojkar, och skillnaden har ökat de senaste fem "
        "åren. Samtidigt svarar nästan hälften av flickorna i årskurs 9 att de ofta känner sig "
        "stressade, jämfört med en femtedel av pojkarna.")
    d.p("Siffrorna kommer från kommunens sammanställning av könsuppdelad statistik, som bygger på "
        "uppgifter från SCB, Skolverket och elevhälsans enkäter.")
    d.h1("Mål och åtgärder")
    d.h2("Inflytande i den lokala demokratin")
    d.p("Kvinnor är 38 procent av ledamöterna i kommunfullmäktige och leder endast en av "
        "kommunens fem nämnder. Inför valet 2026 ska kommunen tillsammans med partierna anordna "
        "en introduktion för nya förtroendevalda och se över hur sammanträdestiderna påverkar "
        "möjligheten att kombinera uppdraget med familj.")
    d.h2("Arbete och försörjning")
    d.p("Kommunen ska verka för att fler kvinnor kan arbeta heltid och för att utrikes födda "
        "kvinnor snabbare kommer i arbete. Vuxenutbildningen och SFI ska erbjuda kombinerade "
        "utbildningar med praktik inom bristyrken.")
    d.h2("Skolan")
    d.p("Skolorna ska arbeta för att minska skillnaderna i meritvärde mellan flickor och pojkar, "
        "bland annat genom läsfrämjande insatser riktade till pojkar på mellanstadiet och en "
        "översyn av studie- och yrkesvägledningen.")
    d.h2("Omsorg om anhöriga")
    d.p("Kvinnor står för den största delen av omsorgen om äldre anhöriga i kommunen, ofta vid "
        "sidan av eget arbete. Kommunen ska utöka anhörigstödet med avlösning i hemmet och nå ut "
        "med information om stödet även till män som vårdar en närstående.")
    d.h2("Hälsa")
    d.p("Den psykiska ohälsan bland unga tjejer är kommunens största folkhälsoutmaning. "
        "Ungdomsmottagningen ska utöka sina öppettider och erbjuda samtalsstöd utan väntetid "
        "till unga med oro och nedstämdhet.")
    d.h2("Alkohol, narkotika, dopning och tobak")
    d.p("Unga män i Ljungsjö dricker alkohol i högre grad än jämnåriga i länet. Det förebyggande "
        "ANDTS-arbetet ska utgå från skillnaderna mellan unga kvinnors och unga mäns bruk och "
        "omfatta tillsyn av serveringstillstånd vid större evenemang.")
    d.h2("Våld i nära relationer")
    d.p("Kommunen ska erbjuda skyddat boende och stödsamtal till kvinnor som utsätts för våld av "
        "en närstående, och fortsätter att stödja kvinnojouren i Ljungsjö med lokaler och ett "
        "årligt föreningsbidrag.")
    d.h2("Trygga miljöer och planering")
    d.p("Den nya översiktsplanen ska innehålla en analys av hur kvinnor och män, flickor och "
        "pojkar rör sig i kommunen. Trygghetsvandringar genomförs i Ljungsjö centrum och vid "
        "busstationen, och kollektivtrafiken till byarna på landsbygden ska ses över tillsammans "
        "med Region Södra Bergslagen.")
    d.h2("Barn och föräldrar")
    d.p("Barnkonsekvensanalyser ska göras inför alla beslut som särskilt rör barn. Kommunens "
        "föräldraskapsstöd ska utformas så att både mammor och pappor deltar; i dag är nio av tio "
        "deltagare i föräldragrupperna mammor.")
    d.h1("Samverkan")
    d.p("Kommunen samverkar med Länsstyrelsen i Södra Bergslagen och Region Södra Bergslagen i "
        "det regionala jämställdhetsnätverket, och med civilsamhällets organisationer i det "
        "lokala brottsförebyggande rådet.")
    d.h1("Uppföljning")
    d.p("Planen följs upp varje år i en rapport till kommunfullmäktige, där indikatorerna "
        "redovisas uppdelade på kön. Planen revideras inför 2028.")
    return d


# ----------------------------------------------------------------------------------------
@draft("06_tidig_disposition", "MAMMAM MMMM MMAMM MM---",
       "Tidig disposition med platshållare (engelska formatmallar, kommentarer). De fyra "
       "uppdragsområdena finns bara i en uppräkning; samhällsplanering har dessutom en rubrik "
       "med bara 'TODO': mentioned. Instruktionens formulering om kvinnors och mäns samt "
       "flickors och pojkars villkor citeras utan analys: mentioned. Rubriker med 'Text kommer', "
       "'Avsnittet skrivs senare' eller 'TODO' (makt, utbildning, obetalt arbete, våld, "
       "könsuppdelad statistik, intern styrning, uppföljning): mentioned. Ekonomi (förslag i "
       "punktlista), hälsa (förslag) och samverkan (dialogmöten med kommunerna och nätverk) har "
       "innehåll: addressed. Landsbygd och regional tillväxt: uttryckligt undantag: mentioned.")
def d06():
    d = Doc("06", "en", title_prop="Disposition länsstrategi", rev_author="Arbetsgruppen")
    d.comment(1, "Hyttby och Ljungsjö deltog inte – boka separata möten?", author="Sara Berg",
              initials="SB")
    d.comment(2, "Fråga controllern om indikatorer och koppling till årsredovisningen.",
              author="Sara Berg", initials="SB")
    d.title("Disposition – länsstrategi för jämställdhetsintegrering (arbetsmaterial)")
    d.p("Arbetsmaterial för arbetsgruppen, version 0.2. Rubrikerna är preliminära och texten "
        "kommer att skrivas om.")
    d.h1("1 Bakgrund och uppdrag")
    d.p("Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för "
        "jämställdhetsintegrering. Strategin ska enligt uppdraget i möjligaste mån omfatta "
        "samhällsplanering, barnets rättigheter, föräldraskapsstöd och mänskliga rättigheter.")
    d.p("Enligt länsstyrelseinstruktionen ska länsstyrelsen belysa, analysera och beakta kvinnors "
        "och mäns samt flickors och pojkars villkor i sin verksamhet.")
    d.p("Landsbygd och regional tillväxt ingår inte i den första versionen av strategin.")
    d.h1("2 Nulägesanalys")
    d.h2("2.1 Könsuppdelad statistik")
    d.p("Text kommer.")
    d.h2("2.2 Dialog med länets aktörer")
    d.p("I oktober 2024 höll arbetsgruppen två dialogmöten med jämställdhetssamordnare från "
        "[c1>fem av länets sju kommuner<c1] och en företrädare för Region Södra Bergslagen. "
        "Kommunerna efterfrågade främst stöd i att ta fram lokala handlingsplaner och ett "
        "gemensamt nätverk. Arbetsgruppen föreslår att länsstyrelsen startar ett sådant nätverk "
        "under 2025.")
    d.h1("3 Mål")
    d.h2("3.1 Makt och inflytande")
    d.p("TODO")
    d.h2("3.2 Ekonomisk jämställdhet")
    d.ul(["Förslag: länsstyrelsen driver ett nätverk om heltid som norm tillsammans med "
          "kommunernas personalchefer.",
          "Förslag: kartlägga hur kvinnors ekonomiska självständighet påverkas av långa "
          "pendlingsavstånd till arbetsorterna."])
    d.h2("3.3 Jämställd utbildning")
    d.p("Avsnittet skrivs senare.")
    d.h2("3.4 Obetalt hem- och omsorgsarbete")
    d.p("Text kommer.")
    d.h2("3.5 Jämställd hälsa")
    d.p("Arbetsgruppen föreslår att länsstyrelsen tillsammans med regionen tar fram en gemensam "
        "bild av den psykiska ohälsan bland unga i länet och att det regionala "
        "folkhälsoprogrammet kompletteras med ett jämställdhetsavsnitt.")
    d.h2("3.6 Mäns våld mot kvinnor")
    d.p("Text kommer.")
    d.h1("4 Särskilda områden")
    d.h2("4.1 Samhällsplanering")
    d.p("TODO")
    d.h1("5 Genomförande")
    d.h2("5.1 Länsstyrelsens interna arbete")
    d.p("Avsnittet skrivs senare.")
    d.h2("[c2>5.2 Uppföljning och utvärdering<c2]")
    d.p("Text kommer.")
    return d


# ----------------------------------------------------------------------------------------
@draft("07_fyra_uppdragsomraden", "AMMAMA AAAA A-AAA -A---",
       "Utkast disponerat efter uppdragets fyra områden (svenska formatmallar); alla fyra har "
       "egna kapitel med innehåll. De sex delmålen räknas upp i inledningen; ekonomisk "
       "jämställdhet, jämställd utbildning och jämställd hälsa får inget mer innehåll "
       "(mentioned). Makt (kvinnors inflytande i samråd och medborgardialoger), obetalt arbete "
       "(delat ansvar för hem och barn, föräldraledighet, vård av sjukt barn i "
       "föräldraskapsstödet) och våld (hedersrelaterat våld och förtryck i MR-kapitlet) får "
       "innehåll. Utbildning i jämställdhetsanalys för egna enheter är inte jämställd "
       "utbildning. Ingen statistik används eller utlovas (req.statistics missing). Landsbygd: "
       "kollektivtrafik och service på landsbygden i planeringskapitlet.")
def d07():
    d = Doc("07", "sv", title_prop="Strategiutkast fyra områden", split_runs=True)
    d.title("Jämställdhet i länsstyrelsens uppdrag")
    d.sub("Strategiutkast med utgångspunkt i uppdragets fyra områden")
    d.h1("1 Inledning")
    d.p("Regeringens uppdrag pekar ut fyra områden där länsstyrelsen har uppgifter med bäring på "
        "jämställdhetsmålen. Utkastet är därför disponerat efter dessa områden: "
        "samhällsplanering, barnets rättigheter, föräldraskapsstöd och mänskliga rättigheter.")
    d.p("De sex delmålen – jämn fördelning av makt och inflytande, ekonomisk jämställdhet, "
        "jämställd utbildning, jämn fördelning av det obetalda hem- och omsorgsarbetet, "
        "jämställd hälsa och att mäns våld mot kvinnor ska upphöra – är utgångspunkten för hela "
        "strategin.")
    d.h1("2 Samhällsplanering")
    d.p("Länsstyrelsen medverkar i kommunernas planprocesser från tidigt samråd till granskning "
        "av översiktsplaner och detaljplaner. Erfarenheterna från planarbetet är att kvinnor och "
        "män använder tätorterna på olika sätt: kvinnor reser oftare kollektivt och kombinerar "
        "fler ärenden under dagen, medan män i högre grad tar bilen.")
    d.p("På landsbygden i länets norra delar har flera busslinjer lagts ned de senaste åren. "
        "Länsstyrelsen ska i sina yttranden över kommunernas översiktsplaner särskilt belysa hur "
        "kvinnor och män på landsbygden når service utan egen bil.")
    d.p("Kommunerna vittnar om att det framför allt är män som hörs i samråd och "
        "medborgardialoger om planförslag. Länsstyrelsen ska stödja kommunerna i att utforma "
        "dialogerna så att kvinnor och män får samma inflytande över de beslut som formar deras "
        "närmiljö.")
    d.h1("3 Barnets rättigheter")
    d.p("Barnkonventionen är svensk lag sedan 2020. Länsstyrelsen ska i alla ärenden som rör barn "
        "pröva vad som är barnets bästa och ta hänsyn till att flickor och pojkar kan påverkas "
        "olika av ett beslut. Flickor använder till exempel spontanidrottsplatser och "
        "skateparker i mindre utsträckning än pojkar, vilket bör vägas in när länsstyrelsen "
        "yttrar sig över kommunernas planer för offentliga platser.")
    d.p("Länsstyrelsen ska utveckla en mall för barnkonsekvensanalys där flickors och pojkars "
        "synpunkter redovisas var för sig.")
    d.h1("4 Föräldraskapsstöd")
    d.p("Länsstyrelsen har ett samordnande ansvar för föräldraskapsstödet i länet. Målet är ett "
        "föräldraskapsstöd som främjar ett jämställt föräldraskap och når både mammor och pappor.")
    d.p("I föräldragrupperna framkommer ofta att ansvaret för hem och barn fördelas ojämnt redan "
        "under det första året. Länsstyrelsen ska tillsammans med kommunerna och "
        "Försäkringskassan ta fram samtalsmaterial för föräldragrupper om delat ansvar för "
        "hemarbetet, föräldraledighet och vård av sjukt barn.")
    d.h1("5 Mänskliga rättigheter")
    d.p("Jämställdhet är en fråga om mänskliga rättigheter. Länsstyrelsen ska arbeta "
        "rättighetsbaserat och utgå från FN:s kvinnokonvention CEDAW och diskrimineringslagens "
        "skydd mot diskriminering på grund av kön.")
    d.p("Hedersrelaterat våld och förtryck begränsar många flickors och unga kvinnors liv. "
        "Länsstyrelsen har ett regionalt uppdrag på området och ska under strategiperioden "
        "erbjuda kommunernas socialtjänst kompetensstöd om hedersförtryck och tvångsäktenskap.")
    d.h1("6 Länsstyrelsens egen verksamhet")
    d.p("Strategins mål ska brytas ned i länsstyrelsens verksamhetsplan. De enheter som handlägger "
        "ärenden inom de fyra områdena ska under 2025 gå en gemensam utbildning i "
        "jämställdhetsanalys, och jämställdhetsstrategen stöder enheterna i att tillämpa den.")
    d.h1("7 Samverkan och uppföljning")
    d.p("Länsstyrelsen samordnar arbetet med länets kommuner, Region Södra Bergslagen och "
        "civilsamhället genom det regionala nätverket för jämställdhet.")
    d.p("Strategin följs upp årligen i en rapport till länsledningen, och en halvtidsutvärdering "
        "genomförs 2027.")
    return d


# ----------------------------------------------------------------------------------------
@draft("08_utkast_i_punktform", "MAAMAA AM-M MAAA- --AA-",
       "Utkast skrivet nästan helt i punktlistor (engelska formatmallar, numbering.xml med "
       "punkt- och nummerlistor i två nivåer). Delmålen och fyra områden räknas upp som korta "
       "listpunkter (recitation): makt, obetalt arbete, barnets rättigheter och mänskliga "
       "rättigheter får inget annat: mentioned. Ekonomi, utbildning, hälsa, våld, "
       "samhällsplanering, integration och krisberedskap har substantiella listpunkter. "
       "Villkorskravet: instruktionen citeras, och bara paret flickor/pojkar analyseras "
       "(studieval): mentioned. Äldreomsorg som arbetsplats är inte obetalt omsorgsarbete. "
       "Ingen uppföljning av strategin beskrivs: missing. Föräldraskapsstöd nämns inte.")
def d08():
    d = Doc("08", "en", title_prop="Länsstrategi punktform",
            header="Länsstyrelsen i Södra Bergslagen – utkast för intern remiss")
    d.title("Länsstrategi för jämställdhetsintegrering – utkast i punktform")
    d.p("Länsstyrelsen i Södra Bergslagen. Utkastet skickas på intern remiss till avdelningarna "
        "och ska kompletteras med löptext efter remissen.")
    d.h1("Utgångspunkter")
    d.ul([
        "Länsstyrelsen ska enligt instruktionen belysa, analysera och beakta kvinnors och mäns "
        "samt flickors och pojkars villkor.",
        "Strategin utgår från de jämställdhetspolitiska delmålen:",
        (1, "Makt och inflytande"),
        (1, "Ekonomisk jämställdhet"),
        (1, "Jämställd utbildning"),
        (1, "Obetalt hem- och omsorgsarbete"),
        (1, "Jämställd hälsa"),
        (1, "Mäns våld mot kvinnor ska upphöra"),
        "Strategin berör särskilt följande områden:",
        (1, "Samhällsplanering"),
        (1, "Barnets rättigheter"),
        (1, "Mänskliga rättigheter"),
        (1, "Krisberedskap"),
    ])
    d.h1("Prioriterade insatser 2025–2026")
    d.ol([
        "Ekonomisk jämställdhet: stödja kommunerna i att införa heltid som norm i äldreomsorgen, "
        "där de flesta anställda är kvinnor och många arbetar ofrivillig deltid.",
        "Etablering: inom uppdraget om samhällsorientering prioritera utrikes födda kvinnor som "
        "står långt från arbetsmarknaden, bland annat genom språkstöd kopplat till praktik.",
        "Studieval: flickor och pojkar väljer gymnasieprogram efter tydliga könsmönster. "
        "Länsstyrelsen ska erbjuda kommunernas studie- och yrkesvägledare fortbildning i "
        "normmedveten vägledning.",
        "Psykisk ohälsa: ta fram en regional lägesbild av den psykiska ohälsan bland unga kvinnor "
        "tillsammans med Region Södra Bergslagen.",
        "Våld i nära relationer: stödja kommunerna i att utveckla socialtjänstens arbete med "
        "våldsutsatta kvinnor och i att starta våldsförebyggande program på högstadiet.",
        "Samhällsplanering: vid granskning av översiktsplaner efterfråga en analys av hur "
        "planerna påverkar tillgången till kollektivtrafik och den upplevda otryggheten kring "
        "stationsområden.",
        "Krisberedskap: se till att krisinformation och information om höjd beredskap når alla "
        "invånare, också utrikes födda kvinnor som ännu inte talar svenska.",
    ])
    d.h1("Länsstyrelsens egen organisation")
    d.ul([
        "Jämställdhet förs in som ett perspektiv i verksamhetsplaneringen för 2026.",
        "Alla chefer går en halvdags introduktion i jämställdhetsintegrering under våren 2025.",
        "Individbaserad statistik i länsstyrelsens egna lägesbilder och rapporter redovisas "
        "alltid uppdelad på kön.",
    ])
    d.h1("Samverkan")
    d.ul([
        "Länsstyrelsen samordnar ett regionalt nätverk med kommunerna, Region Södra Bergslagen och "
        "civilsamhällets organisationer.",
        "Nätverket träffas två gånger per termin; länsstyrelsen håller i sekretariatet.",
    ])
    return d


# ----------------------------------------------------------------------------------------
@draft("09_delmal_som_nummer", "AAMMMA -A-A MAMAA A----",
       "Utkast där delmålen bara anges med nummer (svenska formatmallar). Delmål 1: årlig "
       "sammanställning av könsfördelningen i kommunala nämnder (addressed). Delmål 2: lägesbild "
       "och prioritering av tillväxtmedel, utan att delmålets namn eller synonymer förekommer "
       "(addressed; regional tillväxt addressed). Delmål 3 och 4: uttryckligen undantagna "
       "('ingår inte'): mentioned. Delmål 5: rubrik med 'Text kommer': mentioned. Delmål 6: "
       "lägesbild, handlingsplan och ny handläggare, bara med nummer (addressed). "
       "Villkorskravet citeras bara: mentioned. Samverkan: rubrik med 'Avsnittet skrivs "
       "senare': mentioned. Webbutbildning för handläggare är intern kompetens, inte utbildning.")
def d09():
    d = Doc("09", "sv", title_prop="Länsstrategi 2025–2027 utkast")
    d.title("Länsstrategi för jämställdhetsintegrering 2025–2027")
    d.sub("Utkast, Länsstyrelsen i Södra Bergslagen")
    d.h1("Inledning")
    d.p("Länsstyrelsen ska enligt förordningen med länsstyrelseinstruktion belysa, analysera och "
        "beakta kvinnors och mäns samt flickors och pojkars villkor i hela sin verksamhet. "
        "Strategin är disponerad efter de nationella delmålen, som här anges med nummer.")
    d.h1("Delmål 1")
    d.p("Länsstyrelsen ska varje år sammanställa könsfördelningen bland ledamöter och ordförande "
        "i länets kommunala nämnder och styrelser och publicera resultatet på länsstyrelsens "
        "webbplats.")
    d.h1("Delmål 2")
    d.p("Under 2026 tar länsstyrelsen fram en regional lägesbild för delmål 2. Lägesbilden ska "
        "ligga till grund för länsstyrelsens prioriteringar när regionala tillväxtmedel fördelas, "
        "och beviljade medel ska redovisas efter de sökandes kön.")
    d.h1("Delmål 3 och 4")
    d.p("Delmål 3 och delmål 4 ingår inte i strategin för 2025–2027, eftersom länsstyrelsen inte "
        "har några uppdrag som direkt berör dem.")
    d.h1("Delmål 5")
    d.p("Text kommer.")
    d.h1("Delmål 6")
    d.p("Länsstyrelsen har ett särskilt regeringsuppdrag inom delmål 6. Under 2025 ska "
        "länsstyrelsen ta fram en lägesbild och en handlingsplan för delmålet, och en handläggare "
        "med särskilt ansvar för delmål 6 ska anställas på enheten för social hållbarhet.")
    d.h1("Barnets rättigheter och mänskliga rättigheter")
    d.p("Barnkonventionen är svensk lag. Länsstyrelsen ska i beslut som rör barn dokumentera en "
        "prövning av barnets bästa.")
    d.p("Länsstyrelsen ska utveckla ett rättighetsbaserat arbetssätt där principerna om "
        "icke-diskriminering, transparens och ansvarsutkrävande tillämpas i handläggningen.")
    d.h1("Statistik")
    d.p("All individbaserad statistik i länsstyrelsens lägesbilder och beslutsunderlag ska "
        "analyseras och redovisas efter kön, och länsstyrelsen ska verka för att fler "
        "regionala datakällor blir tillgängliga uppdelade på kön.")
    d.h1("Intern styrning")
    d.p("Strategin genomförs genom länsstyrelsens ordinarie verksamhetsplanering. "
        "Avdelningscheferna ansvarar för att delmålen omsätts i aktiviteter i respektive "
        "verksamhetsplan, och alla handläggare erbjuds en webbutbildning i "
        "jämställdhetsintegrering.")
    d.h1("Samverkan")
    d.p("Avsnittet skrivs senare.")
    d.h1("Uppföljning")
    d.p("Strategin följs upp årligen. Uppföljningen redovisas i årsredovisningen och omfattar "
        "samtliga aktiviteter i strategin.")
    return d


# ----------------------------------------------------------------------------------------
@draft("10_fotnoter_och_innehall", "AAAAM- AAMA AAAAA -----",
       "Utkast med innehållsförteckningsfält (TOC i sdt) och långa fotnoter som bär innehåll "
       "(svenska formatmallar, Innehll1/Innehll2). Innehållsförteckningen är inaktuell: den "
       "listar 'Jämställd hälsa' och 'Föräldraskapsstöd', som inte längre finns i brödtexten; "
       "de nämns bara där (mentioned). Mänskliga rättigheter (CEDAW, rättighetsbaserat "
       "arbetssätt), könsuppdelad statistik, obetalt hem- och omsorgsarbete, studieval och "
       "samhällsplanering (översiktsplaner, trygghet, kollektivtrafik) står bara i fotnoter "
       "med substantiellt innehåll: addressed. Flickor/pojkar analyseras i en fotnot, "
       "kvinnor/män i brödtexten: req.conditions addressed. Hot och hat mot förtroendevalda "
       "hör till makt, inte till mäns våld mot kvinnor: goal.violence missing.")
def d10():
    d = Doc("10", "sv", title_prop="Strategi jämställdhetsintegrering remiss", footer_page=True)
    d.footnote(1, "Sverige har anslutit sig till FN:s konvention om avskaffande av all slags "
                  "diskriminering av kvinnor (CEDAW). Konventionen innebär att jämställdhet ska "
                  "behandlas som en fråga om mänskliga rättigheter. Länsstyrelsen ska därför "
                  "under strategiperioden införa ett rättighetsbaserat arbetssätt i "
                  "handläggningen, där handläggaren i varje ärende prövar om beslutet kan få "
                  "olika konsekvenser för kvinnor och män. Länsstyrelsens samordnare för "
                  "mänskliga rättigheter följer arbetet en gång per år.")
    d.footnote(2, "Uppgifterna bygger på könsuppdelad statistik ur SCB:s registerbaserade "
                  "arbetsmarknadsstatistik och inkomstregister för 2023. Länsstyrelsen åtar sig "
                  "att under strategiperioden redovisa all individbaserad statistik i sina "
                  "lägesbilder uppdelad på kön och, där underlaget tillåter, även efter ålder och "
                  "kommun.\n"
                  "Enligt SCB:s tidsanvändningsundersökning lägger kvinnor i genomsnitt drygt en "
                  "timme mer per dag än män på obetalt hemarbete, och i länet tar kvinnor ut 70 "
                  "procent av dagarna med tillfällig föräldrapenning. Länsstyrelsen ska därför i "
                  "dialogen med länets arbetsgivare ta upp hur arbetstider och möjligheter till "
                  "flexibilitet påverkar fördelningen av ansvaret för hem och barn.")
    d.footnote(3, "Flickor i länet har högre meritvärde än pojkar i årskurs 9, men sökmönstren "
                  "till gymnasiet är starkt könsbundna: nio av tio elever på el- och "
                  "energiprogrammet är pojkar, medan flickorna dominerar på barn- och "
                  "fritidsprogrammet. Länsstyrelsen ska tillsammans med kommunernas studie- och "
                  "yrkesvägledare ta fram ett gemensamt material om könsmönster i studieval.")
    d.footnote(4, "I granskningen av kommunernas översiktsplaner och detaljplaner ska "
                  "länsstyrelsen från och med 2025 fråga efter en analys av hur planerna "
                  "påverkar kvinnors och mäns resmönster, tillgång till kollektivtrafik och "
                  "upplevda trygghet i offentliga miljöer. En vägledning för sådana analyser tas "
                  "fram tillsammans med Hyttby kommun och Malmkärrs kommun.")
    d.footnote(5, "Det innebär att varje avdelning i sin verksamhetsplan anger minst ett mål med "
                  "koppling till strategin, att jämställdhetsanalyser ingår i beslutsunderlagen "
                  "till länsledningen och att nya medarbetare introduceras i "
                  "jämställdhetsintegrering under sina första sex månader.")
    d.title("Strategi för jämställdhetsintegrering – Södra Bergslagens län 2025–2028")
    d.sub("Remissversion, Länsstyrelsen i Södra Bergslagen")
    d.toc([(1, "1 Inledning", 2), (1, "2 Läget i länet", 2), (1, "3 Mål och insatser", 3),
           (2, "3.1 Makt och inflytande", 3), (2, "3.2 Ekonomisk jämställdhet", 3),
           (2, "3.3 Jämställd hälsa", 4), (2, "3.4 Barnets rättigheter", 4),
           (2, "3.5 Föräldraskapsstöd", 4), (1, "4 Genomförande", 5), (2, "4.1 Samverkan", 5),
           (2, "4.2 Länsstyrelsens egen verksamhet", 5), (2, "4.3 Uppföljning", 5)])
    d.h1("1 Inledning")
    d.p("Länsstyrelsen i Södra Bergslagen har på regeringens uppdrag tagit fram denna strategi "
        "för jämställdhetsintegrering. Strategin bygger på de jämställdhetspolitiska målen och på "
        "Sveriges internationella åtaganden.[^1]")
    d.p("Strategin gäller för perioden 2025–2028 och har tagits fram av en arbetsgrupp med "
        "deltagare från samtliga avdelningar.")
    d.h1("2 Läget i länet")
    d.p("Kvinnors och mäns villkor skiljer sig åt på flera områden i Södra Bergslagens län. "
        "Kvinnor har lägre inkomster än män och arbetar oftare deltid.[^2] Mönstren grundläggs "
        "tidigt.[^3]")
    d.h1("3 Mål och insatser")
    d.p("Strategin har tre prioriterade områden för perioden.")
    d.h2("3.1 Makt och inflytande")
    d.p("Kvinnor är underrepresenterade bland ordförandena i länets kommunala nämnder, och unga "
        "kvinnor lämnar oftare än andra sina politiska uppdrag i förtid. Länsstyrelsen ska under "
        "2025 genomföra en enkät till samtliga förtroendevalda i länet om utsatthet för hot och "
        "hat och om skälen till att lämna uppdraget.")
    d.h2("3.2 Ekonomisk jämställdhet")
    d.p("Länsstyrelsen ska verka för att fler kvinnor i länet ska kunna försörja sig på sin lön. "
        "Insatserna riktas främst mot heltid som norm i kommunernas välfärdsverksamheter.")
    d.h2("3.3 Barnets rättigheter")
    d.p("Barnets bästa ska komma i främsta rummet i länsstyrelsens beslut. Länsstyrelsen ska "
        "utveckla barnkonsekvensanalyser som redovisar hur besluten påverkar flickor och pojkar.")
    d.h1("4 Genomförande")
    d.h2("4.1 Samverkan")
    d.p("Länsstyrelsen stödjer och samordnar länets kommuner, Region Södra Bergslagen och "
        "civilsamhället i ett regionalt jämställdhetsnätverk. Länsstyrelsen ger också kommunerna "
        "råd i frågor om den fysiska miljön.[^4]")
    d.h2("4.2 Länsstyrelsens egen verksamhet")
    d.p("Jämställdhetsintegreringen ska ingå i länsstyrelsens ordinarie styrning.[^5]")
    d.h2("4.3 Uppföljning")
    d.p("Strategin följs upp årligen i en rapport till länsledningen och utvärderas inför nästa "
        "strategiperiod 2028.")
    return d


# ----------------------------------------------------------------------------------------
def check_docx(path):
    """Re-open the zip, test every member's CRC, parse every XML member."""
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            raise SystemExit(f"{path}: bad member {bad}")
        for n in z.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                xml.dom.minidom.parseString(z.read(n))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "..", "drafts"))
    ap.add_argument("--check", action="store_true", help="verify the written files")
    a = ap.parse_args()
    out = os.path.normpath(a.out)
    os.makedirs(out, exist_ok=True)
    totals = collections.Counter()
    per_target = {i: collections.Counter() for i in IDS}
    for name, fn, targets, note in DRAFTS:
        doc = fn()
        path = os.path.join(out, name + ".docx")
        doc.write(path)
        with open(os.path.join(out, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump({"targets": targets, "note": note}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        if a.check:
            check_docx(path)
        for k, v in targets.items():
            totals[v] += 1
            per_target[k][v] += 1
    print(f"{len(DRAFTS)} drafts written to {out}")
    print("verdicts: " + ", ".join(f"{k} {totals[k]}" for k in CODE.values()))
    if a.check:
        for k in IDS:
            c = per_target[k]
            print(f"  {k:24s} A {c['addressed']:2d}  M {c['mentioned']:2d}  - {c['missing']:2d}")


if __name__ == "__main__":
    main()

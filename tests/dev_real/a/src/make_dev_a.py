#!/usr/bin/env python3
"""Generate the jamkoll development set tests/dev_real/a (7 fictional county drafts + labels).

Python 3 standard library only; deterministic (fixed zip timestamps, fixed member order).

    python3 tests/dev_real/a/src/make_dev_a.py           # (re)write drafts/
    python3 tests/dev_real/a/src/make_dev_a.py --check   # regenerate in memory, compare with
                                                         # drafts/ byte for byte, re-read every zip,
                                                         # parse every XML part and every JSON file

Labels were written by hand from the labelling guide (definitions.md), not from the tool.
"""
import hashlib
import io
import json
import os
import re
import sys
import zipfile
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docxlib import Doc  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "drafts")


# ----------------------------------------------------------------------
def build_d1(Doc):
    d = Doc("d1", creator="Länsstyrelsen i Norra Älvdalen",
            title_prop="Ett jämställt Norra Älvdalen 2025–2028",
            subject="Länsstrategi för jämställdhetsintegrering", header="Länsstyrelsen i Norra Älvdalen – Remissversion",
            footer_page=True)
    d.title("Ett jämställt Norra Älvdalen 2025–2028")
    d.sub("Länsstrategi för jämställdhetsintegrering i Norra Älvdalens län")
    d.toc([(1, "Förord", 2), (1, "1 Inledning", 3), (1, "2 Utgångspunkter", 4),
           (1, "3 Länet i korthet", 5), (1, "4 Prioriterade områden", 6),
           (2, "4.1 Ekonomisk jämställdhet", 6), (2, "4.2 Jämställd hälsa", 9),
           (2, "4.3 Mäns våld mot kvinnor ska upphöra", 11),
           (1, "5 Länsstyrelsens egen verksamhet", 13), (1, "6 Samverkan och organisering", 14),
           (1, "7 Uppföljning och utvärdering", 15)])
    d.h1("Förord")
    d.p("Norra Älvdalens län har mycket att vara stolt över. Vi har ett starkt föreningsliv, en "
        "växande besöksnäring och kommuner som vågar pröva nya arbetssätt. Men när vi lägger "
        "siffrorna bredvid varandra ser vi att kvinnor och män i länet fortfarande lever under "
        "olika villkor. Den här strategin är vår gemensamma plan för att ändra på det under de "
        "kommande fyra åren.")
    d.p("Strategin har arbetats fram under våren och hösten 2024 i dialog med länets åtta kommuner, "
        "Region Norra Älvdalen, statliga myndigheter och ideella organisationer. Jag vill tacka alla "
        "som har bidragit med kunskap och synpunkter.")
    d.p("__Karin Westerlund, landshövding__")
    d.h1("1 Inledning")
    d.h2("1.1 Uppdraget")
    d.p("Länsstyrelserna har fått i uppdrag av regeringen att ta fram länsstrategier för arbetet med "
        "jämställdhetsintegrering. Enligt länsstyrelseinstruktionen ska Länsstyrelsen verka för att "
        "de jämställdhetspolitiska målen får genomslag i länet. Strategin gäller 2025–2028 och ersätter "
        "Ett jämställt Norra Älvdalen 2020–2023.")
    d.h2("1.2 Syfte och målgrupp")
    d.p("Syftet med strategin är att ge länets aktörer en gemensam riktning och att peka ut de "
        "områden där behovet av förändring är störst. Strategin riktar sig till beslutsfattare, chefer "
        "och tjänstepersoner i kommuner, region och statliga myndigheter, men kan också användas av "
        "civilsamhället och näringslivet.")
    d.h2("1.3 Läsanvisning")
    d.p("I kapitel 2 beskrivs de nationella målen och de perspektiv som strategin vilar på. Kapitel 3 "
        "ger en kort bild av länet. I kapitel 4 redovisas de tre prioriterade områdena med lägesbild, "
        "regionala mål och insatser. Kapitel 5 handlar om Länsstyrelsens egen verksamhet, kapitel 6 "
        "om hur arbetet organiseras och kapitel 7 om hur strategin följs upp.")
    d.h1("2 Utgångspunkter")
    d.h2("2.1 De jämställdhetspolitiska målen")
    d.p("Det övergripande målet för jämställdhetspolitiken är att kvinnor och män ska ha samma makt att "
        "forma samhället och sina egna liv. Målet är uppdelat i sex delmål:")
    d.ul(["En jämn fördelning av makt och inflytande",
          "Ekonomisk jämställdhet",
          "Jämställd utbildning",
          "En jämn fördelning av det obetalda hem- och omsorgsarbetet",
          "Jämställd hälsa",
          "Mäns våld mot kvinnor ska upphöra"])
    d.p("Alla sex delmål är viktiga och hänger ihop. Utifrån lägesbilden och dialogerna med länets "
        "aktörer har Länsstyrelsen valt att prioritera tre av dem under strategiperioden: ekonomisk "
        "jämställdhet, jämställd hälsa och mäns våld mot kvinnor.")
    d.h2("2.2 Jämställdhetsintegrering")
    d.p("Jämställdhetsintegrering är den strategi som riksdag och regering har valt för att nå målen. "
        "Det innebär att ett jämställdhetsperspektiv ska finnas med i alla beslut, på alla nivåer och i "
        "alla steg av processen, av de aktörer som normalt deltar i beslutsfattandet.")
    d.h2("2.3 Perspektiv som strategin vilar på")
    d.p("Jämställdhet är en mänsklig rättighet och en förutsättning för ett demokratiskt och hållbart "
        "samhälle. Strategin ska läsas tillsammans med andra perspektiv som länets aktörer redan "
        "arbetar med, såsom barnrättsperspektivet, tillgänglighet, folkhälsoperspektivet och hållbar "
        "samhällsplanering. Kön samverkar med andra faktorer, till exempel ålder, bakgrund och "
        "funktionsförmåga, och det behöver vi ta hänsyn till i analyserna.")
    d.h1("3 Länet i korthet")
    d.p("Norra Älvdalens län har drygt 184 000 invånare fördelade på åtta kommuner: Älvby, Forsmo, "
        "Granberga, Lillnäs, Hällsjö, Tjärnheden, Stormyra och Rödviken. Nästan hälften av invånarna "
        "bor i Älvby kommun. Avstånden är stora och befolkningen i de inre kommunerna minskar och blir "
        "äldre. Unga kvinnor flyttar från länet i högre grad än unga män.")
    d.p("Region Norra Älvdalen arbetar sedan 2016 med jämställd regional tillväxt inom ramen för den "
        "regionala utvecklingsstrategin, och flera kommuner har undertecknat CEMR-deklarationen. "
        "Strategin bygger vidare på det arbete som redan pågår.")
    d.h1("4 Prioriterade områden")
    d.h2("4.1 Ekonomisk jämställdhet")
    d.h3("Lägesbild")
    d.p("Kvinnor i Norra Älvdalens län har lägre inkomster än män genom hela livet. År 2023 var "
        "kvinnornas medianinkomst av förvärvsarbete 84 procent av männens. Skillnaden är störst i "
        "Stormyra och Tjärnheden, där kvinnornas medianinkomst var 78 procent av männens. "
        "Skillnaderna följer med in i pensionen: kvinnor i länet har i genomsnitt 31 procent lägre "
        "allmän pension än män.")
    d.p("En viktig förklaring är att arbetsmarknaden är starkt könsuppdelad. Av länets tio största yrken "
        "är bara ett jämnt fördelat. Kvinnor arbetar i hög grad i vård, omsorg och skola och män i "
        "industri, bygg och transport. Könsbundna studieval i gymnasieskolan bidrar till att mönstret "
        "består. Kvinnor arbetar också oftare deltid: 27 procent av de anställda kvinnorna och 9 procent "
        "av de anställda männen i länet arbetade deltid 2023. Det hänger delvis samman med att kvinnor "
        "fortfarande tar ett större ansvar för det obetalda hem- och omsorgsarbetet.")
    d.p("Utrikes födda kvinnor har en särskilt svag ställning på länets arbetsmarknad. "
        "Sysselsättningsgraden bland utrikes födda kvinnor i åldern 20–64 år var 51 procent 2023, "
        "jämfört med 67 procent bland utrikes födda män och 81 procent bland inrikes födda kvinnor. "
        "Tiden från folkbokföring till första anställning är i genomsnitt tre år längre för kvinnor "
        "än för män som kommit till länet som flyktingar eller anhöriga.")
    d.h3("Regionala mål till 2028")
    d.ol(["Skillnaden i medianinkomst mellan kvinnor och män i länet har minskat till högst 12 procent.",
          "Andelen kvinnor som arbetar deltid har minskat till högst 20 procent, och alla kommuner och "
          "regionen erbjuder heltid som norm.",
          "Sysselsättningsgraden bland utrikes födda kvinnor har ökat till minst 60 procent."])
    d.h3("Insatser")
    d.table([["Insats", "Ansvarig", "Samverkan", "Tid"],
             ["Nätverk för heltid som norm för HR-chefer i kommuner och region", "Länsstyrelsen",
              "Kommunerna, Region Norra Älvdalen, fackliga organisationer", "2025–2026"],
             ["Särskilt etableringsspår för utrikes födda kvinnor med kombinerad språkträning och "
              "praktik i offentlig sektor", "Arbetsförmedlingen", "Länsstyrelsen, Älvby och Forsmo kommun",
              "2025–2027"],
             ["Lönekartläggning och analys av löneskillnader i länets offentliga arbetsgivare – "
              "gemensam metod och erfarenhetsutbyte", "Länsstyrelsen", "Kommunerna, regionen", "2026"],
             ["Kunskapsseminarium om pensionsgapet för fackliga ombud och arbetsgivare", "Länsstyrelsen",
              "Pensionsmyndigheten", "Hösten 2025"]],
            [3200, 1800, 2600, 1400])
    d.h2("4.2 Jämställd hälsa")
    d.h3("Lägesbild")
    d.p("Kvinnor i länet har högre sjukfrånvaro än män. Sjukpenningtalet var 12,4 dagar för kvinnor och "
        "6,7 dagar för män 2023, och psykiatriska diagnoser är den vanligaste orsaken till kvinnors "
        "sjukskrivningar. Män i länet har samtidigt en kortare medellivslängd än kvinnor, 80,1 år "
        "jämfört med 83,9 år, och män står för nästan tre av fyra suicid i länet.")
    d.p("Bland unga syns tydliga skillnader. I Region Norra Älvdalens enkät Ung i Norra Älvdalen 2023 "
        "uppgav 43 procent av flickorna i årskurs 9 att de ofta har huvudvärk, magont eller sömnsvårigheter, "
        "jämfört med 19 procent av pojkarna. Pojkar söker i lägre grad stöd hos elevhälsan och "
        "ungdomsmottagningen, trots att behoven finns.")
    d.h3("Regionala mål till 2028")
    d.ol(["Skillnaden i sjukpenningtal mellan kvinnor och män har minskat med en tredjedel.",
          "Andelen flickor i årskurs 9 som uppger psykosomatiska besvär har minskat till högst 30 procent.",
          "Ungdomsmottagningarna i länet når pojkar i samma utsträckning som flickor."])
    d.h3("Insatser")
    d.table([["Insats", "Ansvarig", "Samverkan", "Tid"],
             ["Analys av sjukskrivningar i kvinnodominerade yrken i kommunal vård och omsorg",
              "Länsstyrelsen", "Försäkringskassan, Region Norra Älvdalen", "2025"],
             ["Metodstöd för ungdomsmottagningar om att nå pojkar och unga män", "Region Norra Älvdalen",
              "Kommunerna", "2025–2026"],
             ["Regional samling för suicidprevention med fokus på män i arbetsför ålder",
              "Region Norra Älvdalen", "Länsstyrelsen, Polisen, idrottsrörelsen", "2026–2028"]],
            [3200, 1800, 2600, 1400])
    d.h2("4.3 Mäns våld mot kvinnor ska upphöra")
    d.h3("Lägesbild")
    d.p("Under 2023 anmäldes 1 140 fall av misshandel mot kvinnor i länet, varav drygt sex av tio i en "
        "nära relation. Mörkertalet bedöms vara stort. I Länsstyrelsens kartläggning 2024 uppgav tre av "
        "åtta kommuner att de saknar en aktuell handlingsplan mot våld i nära relationer, och bara två "
        "kommuner arbetar med våldsförebyggande program i skolan. Antalet ärenden som rör "
        "hedersrelaterat våld och förtryck har ökat i socialtjänsten i Älvby och Hällsjö.")
    d.h3("Regionala mål till 2028")
    d.ol(["Alla kommuner i länet har en aktuell handlingsplan mot mäns våld mot kvinnor, våld i nära "
          "relationer och hedersrelaterat våld och förtryck.",
          "Minst sex kommuner bedriver ett långsiktigt våldsförebyggande arbete med unga.",
          "Våldsutsatta kvinnor har tillgång till skyddat boende med kvalitet i hela länet."])
    d.h3("Insatser")
    d.table([["Insats", "Ansvarig", "Samverkan", "Tid"],
             ["Utbildning i våldsförebyggande metodik för personal i skola och fritid", "Länsstyrelsen",
              "Kommunerna", "2025–2027"],
             ["Regionalt kompetensteam mot hedersrelaterat våld och förtryck", "Länsstyrelsen",
              "Polisen, Region Norra Älvdalen, kommunerna", "Från 2025"],
             ["Kartläggning av tillgången till skyddat boende", "Länsstyrelsen",
              "Kommunerna, kvinno- och tjejjourer", "2026"]],
            [3200, 1800, 2600, 1400])
    d.h1("5 Länsstyrelsens egen verksamhet")
    d.p("Länsstyrelsen ska själv vara ett föredöme. Under strategiperioden integreras "
        "jämställdhetsperspektivet i myndighetens styrning och verksamhetsplanering genom att varje "
        "avdelning i sin årliga verksamhetsplan anger minst ett mål med jämställdhetsanalys. "
        "I handläggningen av stöd och tillstånd införs en checklista för jämställdhetsanalys i "
        "beslutsunderlag från 2025, med start i enheten för näringsliv och enheten för social "
        "hållbarhet.")
    d.p("Samtliga chefer genomgår en grundutbildning i jämställdhetsintegrering under 2025, och "
        "nyanställda handläggare får en introduktion. Ansvaret ligger hos länsrådet, med stöd av "
        "Länsstyrelsens sakkunniga i jämställdhet.")
    d.h1("6 Samverkan och organisering")
    d.p("Länsstyrelsens roll är att stödja, samordna och utveckla jämställdhetsarbetet i länet. "
        "Länsstyrelsen leder Jämställdhetsrådet Norra Älvdalen, där länets kommuner, Region Norra "
        "Älvdalen, Arbetsförmedlingen, Försäkringskassan, Polisen och två ideella organisationer ingår. "
        "Rådet träffas fyra gånger per år och ansvarar för att insatserna i kapitel 4 genomförs.")
    d.p("Länsstyrelsen driver också ett nätverk för kommunernas jämställdhetsstrateger och "
        "våldssamordnare, med träffar varannan månad, och erbjuder processtöd till kommuner som vill "
        "ta fram egna handlingsplaner. Aktörer som vill ansluta sig till strategin gör det genom ett "
        "beslut i sin ledning och utser en kontaktperson.")
    d.h1("7 Uppföljning och utvärdering")
    d.p("Strategin följs upp årligen. Länsstyrelsen sammanställer i mars varje år en lägesrapport till "
        "Jämställdhetsrådet med utvecklingen för indikatorerna nedan och med en redovisning av hur "
        "insatserna har genomförts. All individbaserad statistik redovisas uppdelad på kön och, där det "
        "är möjligt, på kommun och ålder. Länsstyrelsen publicerar dessutom en gång per år faktabladet "
        "Kvinnor och män i Norra Älvdalen med könsuppdelad statistik för alla sex delmål.")
    d.table([["Indikator", "Utgångsläge 2023", "Mål 2028", "Källa"],
             ["Kvinnors medianinkomst i procent av mäns", "84 %", "88 %", "SCB"],
             ["Andel anställda kvinnor som arbetar deltid", "27 %", "20 %", "SCB"],
             ["Sysselsättningsgrad, utrikes födda kvinnor 20–64 år", "51 %", "60 %", "SCB"],
             ["Sjukpenningtal kvinnor / män", "12,4 / 6,7", "Minskad skillnad", "Försäkringskassan"],
             ["Kommuner med handlingsplan mot våld", "5 av 8", "8 av 8", "Länsstyrelsen"]],
            [3600, 1700, 1700, 2000])
    d.p("En halvtidsutvärdering genomförs hösten 2026 av en extern utvärderare, och en slututvärdering "
        "redovisas till Jämställdhetsmyndigheten våren 2029.")
    return d

# ----------------------------------------------------------------------
W4 = [2600, 2400, 2000, 2000]
def build_d2(Doc):
    d = Doc("d2", creator="Länsstyrelsen i Norra Älvdalen",
            title_prop="Handlingsplan jämställdhet 2025–2026", subject="Handlingsplan till länsstrategin",
            header="Handlingsplan 2025–2026 • Dnr 801-4471-2024")
    d.title("Handlingsplan 2025–2026")
    d.sub("Genomförande av länsstrategin för jämställdhetsintegrering i Norra Älvdalens län")
    d.h1("Om handlingsplanen")
    d.p("Handlingsplanen konkretiserar länsstrategin för de två första åren av strategiperioden. Den "
        "anger vilka insatser Länsstyrelsen genomför, vem som ansvarar och när insatserna ska vara "
        "klara. Planen revideras inför 2027. Insatserna ska genomföras i enlighet med "
        "diskrimineringslagen och med hänsyn till samtliga diskrimineringsgrunder.")
    d.p("Planen omfattar fyra insatsområden: makt och inflytande, jämställd utbildning, jämställdhet "
        "i de areella näringarna samt jämställdhet i krisberedskapen. Övriga delar av strategin "
        "framgår av översikten nedan.")
    d.table([["Område i länsstrategin", "Hantering 2025–2026"],
             ["Ekonomisk jämställdhet", "Hanteras i en separat handlingsplan som tas fram under 2026."],
             ["Jämställd hälsa", "Ingår inte i denna handlingsplan."],
             ["Mäns våld mot kvinnor", "Beskrivs i den regionala handlingsplanen mot våld, som "
              "beslutas under 2026."],
             ["Intern jämställdhetsintegrering", "Text kommer."]],
            [3600, 5400])
    d.h2("Så har insatsområdena valts")
    d.p("Insatsområdena har valts utifrån tre kriterier: att Länsstyrelsen har ett eget uppdrag eller "
        "egna verktyg inom området, att lägesbilden visar tydliga skillnader mellan kvinnor och män "
        "eller flickor och pojkar i länet, och att insatserna kan genomföras inom befintliga resurser "
        "under 2025–2026. Förslaget har stämts av med Jämställdhetsrådet Norra Älvdalen i september 2024 "
        "och med Länsstyrelsens ledningsgrupp i oktober 2024.")
    d.p("Varje insatsområde beskrivs med en kort lägesbild, en tabell över insatser och ett mål för "
        "2026. Insatserna numreras löpande så att de kan följas i statusrapporterna.")
    d.h1("Insatsområde 1: Makt och inflytande")
    d.h2("Lägesbild")
    d.table([["Kommun", "Andel kvinnor i kommunfullmäktige 2022", "Andel kvinnor bland "
              "kommunstyrelsens ordförande och vice ordförande"],
             ["Älvby", "47 %", "2 av 3"], ["Forsmo", "39 %", "0 av 2"], ["Granberga", "42 %", "1 av 3"],
             ["Lillnäs", "36 %", "0 av 2"], ["Hällsjö", "45 %", "1 av 2"], ["Tjärnheden", "33 %", "0 av 2"],
             ["Stormyra", "38 %", "1 av 3"], ["Rödviken", "44 %", "1 av 2"],
             ["Länet", "42 %", "6 av 19"]],
            [2200, 3400, 3400])
    d.p("Kvinnor är underrepresenterade i alla kommunfullmäktige i länet och i synnerhet bland de "
        "ledande posterna. I Länsstyrelsens enkät till förtroendevalda 2024 uppgav 31 procent av de "
        "kvinnliga och 19 procent av de manliga förtroendevalda att de utsatts för hot, hat eller "
        "trakasserier under mandatperioden. Bland de kvinnor som utsatts hade fyra av tio övervägt att "
        "lämna sitt uppdrag. Hoten riktas oftare mot kvinnor i ledande ställning och sker i hög grad "
        "i sociala medier. Flera kommuner saknar i dag en rutin för hur förtroendevalda som utsätts "
        "ska få stöd, och få av händelserna polisanmäls.")
    d.h2("Mål och insatser")
    d.table([["Insats", "Ansvarig", "Samverkanspart", "Klart"],
             ["1.1 Länsgemensamt nätverk för kvinnliga förtroendevalda med mentorsprogram",
              "Enheten för social hållbarhet", "Kommunernas kanslier, de politiska partierna", "Dec 2025"],
             ["1.2 Stöd till kommunerna i att ta fram rutiner mot hot och hat mot förtroendevalda",
              "Enheten för social hållbarhet", "Polisen, kommunerna", "Jun 2026"],
             ["1.3 Könsuppdelad genomgång av nomineringar till Länsstyrelsens insynsråd och viltförvaltningsdelegation",
              "Länsledningens stab", "–", "Mar 2025"]], W4)
    d.p("Mål till 2026: andelen kvinnor bland kommunstyrelsernas presidier ska ha ökat från 6 av 19 till "
        "minst 8 av 19, och alla kommuner ska ha en rutin för förtroendevalda som utsätts för hot.")
    d.h1("Insatsområde 2: Jämställd utbildning")
    d.h2("Lägesbild")
    d.table([["Indikator (läsåret 2023/24)", "Flickor", "Pojkar"],
             ["Genomsnittligt meritvärde, årskurs 9", "236", "211"],
             ["Behörighet till yrkesprogram på gymnasiet", "88 %", "81 %"],
             ["Andel elever på el- och energiprogrammet", "6 %", "94 %"],
             ["Andel elever på vård- och omsorgsprogrammet", "83 %", "17 %"],
             ["Andel som påbörjat högskolestudier inom tre år", "52 %", "33 %"]],
            [4600, 2200, 2200])
    d.p("Pojkar i länet har lägre skolresultat än flickor, och skillnaden i meritvärde har ökat sedan 2019. "
        "Gymnasievalen är starkt könsbundna. Flickor läser i betydligt högre grad vidare på högskola, "
        "vilket bidrar till att unga kvinnor flyttar från länet. Studie- och yrkesvägledningen i "
        "länets kommuner har enligt Skolinspektionens granskning 2023 i låg grad arbetat med att "
        "motverka könsbundna val. Vid dialogmötena 2024 beskrev lärare och vägledare att eleverna "
        "ofta väljer program efter var kompisarna går och att yrkesprogram med låg andel flickor "
        "uppfattas som otrygga av de flickor som ändå söker sig dit.")
    d.h2("Mål och insatser")
    d.table([["Insats", "Ansvarig", "Samverkanspart", "Klart"],
             ["2.1 Fortbildning för studie- och yrkesvägledare om normmedveten vägledning",
              "Enheten för social hållbarhet", "Kommunernas skolförvaltningar, Skolverket", "Nov 2025"],
             ["2.2 Informationskvällar om otraditionella gymnasieval för elever i årskurs 8 och deras vårdnadshavare",
              "Kommunernas skolförvaltningar", "Länsstyrelsen, lokala arbetsgivare", "Vt 2026"],
             ["2.3 Analys av pojkars skolresultat per kommun och program, med förslag till åtgärder",
              "Analysenheten", "Region Norra Älvdalen", "Okt 2025"]], W4)
    d.p("Mål till 2026: skillnaden i meritvärde mellan flickor och pojkar ska ha minskat till högst 20 "
        "poäng, och samtliga kommuner ska ha en plan för att motverka könsbundna studieval.")
    d.h1("Insatsområde 3: Jämställdhet i de areella näringarna")
    d.h2("Lägesbild")
    d.p("Av de stöd inom landsbygdsprogrammet som Länsstyrelsen beviljade 2023 gick 24 procent av "
        "beloppet till företag som ägs eller drivs av kvinnor. Kvinnor äger 38 procent av den "
        "enskilt ägda skogsmarken i länet men deltar i låg grad i rådgivning och utbildning om "
        "skogsbruk. Bland länets lantbruksföretagare är 19 procent kvinnor. Andelen ansökningar från "
        "kvinnor är lägst för investeringsstöd till större byggnader och maskiner, medan kvinnor är i "
        "majoritet bland dem som söker stöd för förädling och turism på gården.")
    d.h2("Mål och insatser")
    d.table([["Insats", "Ansvarig", "Samverkanspart", "Klart"],
             ["3.1 Jämställdhetsanalys av handläggningen av landsbygdsstöd, med könsuppdelad redovisning av "
              "ansökningar och beslut", "Landsbygdsenheten", "Jordbruksverket", "Jun 2025"],
             ["3.2 Riktad information om investeringsstöd till kvinnor som driver lantbruk eller "
              "skogsföretag", "Landsbygdsenheten", "LRF Norra Älvdalen, Skogsstyrelsen", "Löpande"],
             ["3.3 Nätverksträffar för kvinnliga skogsägare i Lillnäs och Stormyra",
              "Landsbygdsenheten", "Skogsstyrelsen, skogsägarföreningen", "Ht 2025"]], W4)
    d.p("Mål till 2026: andelen av beviljat stödbelopp som går till företag som drivs av kvinnor ska "
        "ha ökat till minst 30 procent.")
    d.h1("Insatsområde 4: Jämställdhet i krisberedskapen")
    d.h2("Lägesbild")
    d.p("Länsstyrelsens regionala risk- och sårbarhetsanalys 2023 innehöll ingen analys av hur kvinnor "
        "och män påverkas olika av samhällsstörningar. Erfarenheterna från översvämningarna i Forsmo 2022 "
        "visar att äldre ensamboende kvinnor och män utan körkort hade svårare att ta sig till "
        "trygghetspunkterna, och att krisstaben bestod av 14 män och 3 kvinnor.")
    d.h2("Mål och insatser")
    d.table([["Insats", "Ansvarig", "Samverkanspart", "Klart"],
             ["4.1 Jämställdhetsperspektiv i metodstödet för kommunernas risk- och sårbarhetsanalyser",
              "Enheten för samhällsskydd och beredskap", "Kommunernas beredskapssamordnare, MSB", "Dec 2025"],
             ["4.2 Könsuppdelad analys av vilka som nås av krisinformation vid övningen Älvflod 2026",
              "Enheten för samhällsskydd och beredskap", "Region Norra Älvdalen, Polisen", "Maj 2026"],
             ["4.3 Jämnare könsfördelning i Länsstyrelsens krisorganisation vid nyrekrytering till "
              "staben", "Enheten för samhällsskydd och beredskap", "–", "Löpande"]], W4)
    d.p("Mål till 2026: metodstödet för risk- och sårbarhetsanalyser innehåller ett avsnitt om "
        "jämställdhet, och minst fyra kommuner har använt det i sina analyser.")
    d.h1("Resurser")
    d.p("Insatserna finansieras inom Länsstyrelsens förvaltningsanslag. För insatsområde 1 och 2 "
        "avsätts motsvarande en halv årsarbetskraft vid enheten för social hållbarhet. Insatsområde 3 "
        "och 4 genomförs inom ordinarie verksamhet vid landsbygdsenheten respektive enheten för "
        "samhällsskydd och beredskap. Kostnader för konferenser och lokaler ryms inom enheternas budget.")
    d.h1("Samverkan")
    d.p("Insatserna genomförs i samverkan med de aktörer som anges i tabellerna. Länsstyrelsen "
        "samordnar genomförandet genom ett nätverk för kommunernas jämställdhetsstrateger som träffas "
        "fyra gånger per år, och stämmer av planen med Jämställdhetsrådet Norra Älvdalen i maj och "
        "november. Länsstyrelsen erbjuder kommunerna processtöd för att ta fram egna planer kopplade "
        "till insatsområde 1 och 2.")
    d.h1("Statistik")
    d.p("Länsstyrelsens analysenhet tar fram ett faktablad med könsuppdelad statistik per kommun för "
        "samtliga indikatorer i planen. Faktabladet publiceras första gången i april 2025 och "
        "uppdateras årligen. All individbaserad statistik i planen redovisas uppdelad på kvinnor och "
        "män eller flickor och pojkar.")
    d.h1("Uppföljning")
    d.table([["Vad", "Hur", "Vem", "När"],
             ["Insatsernas genomförande", "Statusrapport per insats (genomförd, pågår, ej påbörjad)",
              "Respektive ansvarig enhet", "Juni och december"],
             ["Målen till 2026", "Indikatorerna i lägesbilderna jämförs med utgångsläget",
              "Analysenheten", "Februari 2027"],
             ["Samlad redovisning", "Redovisas i Länsstyrelsens årsredovisning och till Jämställdhetsrådet",
              "Enheten för social hållbarhet", "Årligen"]], W4)
    d.p("Resultatet av uppföljningen 2026 ligger till grund för revideringen av handlingsplanen inför 2027.")
    return d

# ----------------------------------------------------------------------
def build_d4(Doc):
    d = Doc("d4", creator="Forsmo kommun", title_prop="Handlingsplan för jämställdhet 2025–2027",
            subject="Forsmo kommun", header="Forsmo kommun • Kommunstyrelseförvaltningen", footer_page=True)
    d.title("Handlingsplan för jämställdhet 2025–2027")
    d.sub("Forsmo kommun – ansluten till Ett jämställt Norra Älvdalen")
    d.p("__Dnr KS 2024/318. Fastställd av kommunfullmäktige 2024-11-25, § 142. Gäller 2025-01-01 – "
        "2027-12-31. Dokumentansvarig: kommundirektör.__")
    d.h1("1 Bakgrund")
    d.p("Forsmo kommun anslöt sig 2021 till länsstrategin Ett jämställt Norra Älvdalen och har sedan "
        "2018 undertecknat den europeiska deklarationen för jämställdhet på lokal och regional nivå "
        "(CEMR). Den här handlingsplanen beskriver hur kommunen under 2025–2027 bidrar till "
        "länsstrategin och till de nationella jämställdhetspolitiska målen.")
    d.p("Planen bygger på en jämställdhetsanalys som kommunstyrelseförvaltningen tog fram våren 2024, "
        "på dialoger med unga och föräldrar samt på könsuppdelad statistik från SCB, "
        "Försäkringskassan och kommunens egna system. Jämställdhet är en fråga om rättvisa och om "
        "mänskliga rättigheter, och kommunen ska i alla sina verksamheter motverka diskriminering "
        "oavsett diskrimineringsgrund. Ett liv fritt från våld är en självklar del av det. Kommunens "
        "arbete mot våld i nära relationer regleras i en egen handlingsplan och ingår inte här.")
    d.h2("1.1 Så togs planen fram")
    d.p("Arbetet leddes av en arbetsgrupp med representanter för kommunstyrelseförvaltningen, "
        "socialförvaltningen, samhällsbyggnadsförvaltningen och tekniska förvaltningen. Under hösten "
        "2023 och våren 2024 hölls sex dialogmöten: två med föräldrar på familjecentralen, två med "
        "unga på fritidsgårdarna i Forsmo centralort och Nybacken samt två öppna möten i "
        "kommunhuset. Sammanlagt deltog omkring 190 personer. Förslaget skickades på remiss till "
        "nämnderna, pensionärsrådet och rådet för funktionshinderfrågor.")
    d.h2("1.2 Prioriteringar")
    d.p("Kommunfullmäktige har valt fyra områden för perioden:")
    d.ol(["Ett jämställt föräldraskap och föräldraskapsstöd som når både mammor och pappor",
          "Barnets rättigheter i kommunens beslut och verksamheter",
          "Trygga och jämställda offentliga miljöer i samhällsplaneringen",
          "Jämställdhetsintegrering av kommunens egen styrning och verksamhet"])
    d.h1("2 Ett jämställt föräldraskap")
    d.h2("2.1 Nuläge")
    d.p("I Forsmo tog pappor ut 31 procent av föräldrapenningdagarna 2023, jämfört med 30 procent i "
        "länet och 31 procent i riket. Mammor tog ut 64 procent av dagarna med tillfällig "
        "föräldrapenning för vård av sjukt barn. Bland barn födda 2020 hade 22 procent av papporna "
        "tagit ut färre än 60 dagar när barnet fyllt fyra år. I kommunens medborgarenkät 2023 uppgav "
        "kvinnor med barn under tolv år att de i genomsnitt lade 9 timmar mer per vecka på hushållsarbete "
        "än män med barn i samma ålder.")
    d.p("Kommunens föräldraskapsstöd består i dag av öppen förskola, föräldragrupper via "
        "barnavårdscentralen och programmet Tryggare tonår för föräldrar till 12–15-åringar. "
        "Syftet med föräldraskapsstödet är att främja barns hälsa och utveckling. Under 2023 var "
        "87 procent av deltagarna i kommunens föräldragrupper mammor. I Tryggare tonår tas även "
        "samtal om alkohol och tobak med tonåringar upp som ett av åtta teman.")
    d.p("Vid dialogmötena berättade flera pappor att de inte känt sig välkomna i föräldragrupperna, "
        "som oftast hålls dagtid, och att inbjudningarna gått till mammans telefonnummer. Mammor "
        "beskrev att de förväntas ta huvudansvaret för kontakten med barnavårdscentralen och "
        "barnens aktiviteter även när båda föräldrarna är lediga.")
    d.h2("2.2 Mål")
    d.ul(["Andelen pappor som deltar i kommunens föräldragrupper ska öka från 13 till 35 procent till 2027.",
          "Pappors andel av föräldrapenningdagarna i Forsmo ska öka till minst 38 procent till 2027.",
          "Allt föräldraskapsstöd i kommunen ska ha ett uttalat jämställdhetsperspektiv."])
    d.h2("2.3 Aktiviteter")
    d.table([["Aktivitet", "Ansvar", "Tid"],
             ["Pappagrupper på kvällstid i samarbete med barnavårdscentralen", "Socialförvaltningen, "
              "familjecentralen", "Från ht 2025"],
             ["Revidering av materialet i föräldragrupperna utifrån ett jämställt föräldraskap",
              "Socialförvaltningen", "2025"],
             ["Information om delad föräldraledighet vid inskrivning på barnavårdscentralen",
              "Region Norra Älvdalen (BVC) och Försäkringskassan", "Löpande"],
             ["Personlig inbjudan till båda vårdnadshavarna till föräldraträffar", "Familjecentralen",
              "Från 2025"]], [4800, 2800, 1400])
    d.h1("3 Barnets rättigheter")
    d.h2("3.1 Nuläge")
    d.p("Sedan 2020 gäller barnkonventionen som svensk lag. Forsmo kommun gör i dag "
        "barnkonsekvensanalyser i färre än vart tionde ärende som rör barn, och analyserna skiljer "
        "sällan på flickor och pojkar. I kommunens ungdomsdialog 2024 med 140 unga i åldern 13–18 år "
        "svarade 58 procent av flickorna och 34 procent av pojkarna att de aldrig har fått information "
        "om sina rättigheter enligt barnkonventionen.")
    d.h2("3.2 Mål och aktiviteter")
    d.p("Till 2027 ska barnets bästa utredas och dokumenteras i alla ärenden till kommunstyrelsen som "
        "rör barn, med en analys av hur beslutet påverkar flickor respektive pojkar. "
        "Kommunstyrelseförvaltningen tar under 2025 fram en mall för barnkonsekvensanalys med "
        "jämställdhetsperspektiv, och samtliga handläggare som skriver tjänsteskrivelser utbildas i "
        "mallen under 2026. Socialförvaltningen tar under 2025 fram barnanpassad information om barnets "
        "rättigheter som sprids via fritidsgårdarna och familjecentralen.")
    d.h1("4 Trygga och jämställda offentliga miljöer")
    d.h2("4.1 Nuläge")
    d.p("I medborgarenkäten 2023 uppgav 38 procent av kvinnorna och 12 procent av männen i Forsmo att "
        "de avstår från att gå ut ensamma på kvällen. Otryggheten är störst kring resecentrum och i "
        "gångtunneln under riksväg 84. Kvinnor reser i större utsträckning än män med kollektivtrafik "
        "och till fots, medan män oftare kör bil. Vid trygghetsvandringar med unga 2024 pekade "
        "flickor oftare än pojkar ut busshållplatser och dåligt belysta gång- och cykelvägar som "
        "platser de undviker. Unga män pekade i stället ut centrumparken på helgkvällar som en plats "
        "där de känt sig hotade av andra grupper.")
    d.p("Kommunens nuvarande översiktsplan från 2014 saknar analyser av hur kvinnor och män, flickor "
        "och pojkar använder och upplever offentliga miljöer. Detaljplaner och gestaltningsprogram "
        "har hittills inte innehållit några krav på trygghet eller belysning utöver gällande normer.")
    d.h2("4.2 Mål och aktiviteter")
    d.ul(["Den nya översiktsplanen, som ska antas 2026, ska innehålla en jämställdhetsanalys av "
          "tillgänglighet och trygghet. Ansvar: samhällsbyggnadsförvaltningen.",
          "Gångtunneln vid riksväg 84 och resecentrum ska få ny belysning och översyn av siktlinjer "
          "under 2025. Ansvar: tekniska förvaltningen, i samverkan med Trafikverket.",
          "Trygghetsvandringar genomförs varje år med kvinnor, män och unga i tre kommundelar. "
          "Ansvar: samhällsbyggnadsförvaltningen tillsammans med Polisen och Forsmobostäder.",
          "Kommunen ska i dialog med Region Norra Älvdalen verka för att kvällsturerna på linje 12 och "
          "14 behålls och att hållplatserna görs tryggare."])
    d.h1("5 Kommunens egen styrning och verksamhet")
    d.p("Jämställdhetsintegreringen ska vara en del av kommunens ordinarie styrning. Från 2025 ska "
        "varje nämnd i sin verksamhetsplan ange minst ett jämställdhetsmål med tillhörande indikator. "
        "Alla tjänsteskrivelser till kommunstyrelsen ska innehålla en rubrik om konsekvenser för "
        "kvinnor och män, flickor och pojkar. Ekonomiavdelningen ansvarar för att individbaserad "
        "statistik i årsredovisningen och delårsrapporterna redovisas uppdelad på kön från och med "
        "bokslutet 2025.")
    d.p("Under 2025 genomgår kommunens samtliga chefer en halvdagsutbildning i jämställdhetsintegrering "
        "som Länsstyrelsen i Norra Älvdalen erbjuder kommunerna i länet. Kostnaden ryms inom "
        "kommunstyrelsens budget för kompetensutveckling. Kommunens jämställdhetsstrateg stödjer "
        "förvaltningarna och deltar i Länsstyrelsens nätverk för jämställdhetsstrateger.")
    d.p("Jämställdhetsstrategen sammanställer varje år en kort rapport om hur nämnderna har "
        "arbetat med sina jämställdhetsmål, som lämnas till kommunstyrelsen tillsammans med "
        "årsredovisningen.")
    d.h1("6 Samverkan")
    d.p("Planen genomförs i samverkan med Region Norra Älvdalen, Försäkringskassan, Polisen, "
        "Forsmobostäder och Länsstyrelsen. Länsstyrelsen bidrar med processtöd, länsgemensam statistik "
        "och utbildning. Kommunen rapporterar sitt arbete till Länsstyrelsen som en del av "
        "anslutningen till länsstrategin.")
    d.h1("7 Koppling till länsstrategin")
    d.p("Planen är kommunens bidrag till länsstrategin Ett jämställt Norra Älvdalen. Genom "
        "anslutningen har kommunen åtagit sig att utse en ansvarig chef och en kontaktperson, att ta "
        "fram en lokal plan och att varje år rapportera till Länsstyrelsen vad som har genomförts. "
        "Områdena jämställt föräldraskap och trygga offentliga miljöer motsvarar två av de åtaganden "
        "som Länsstyrelsen lyfter fram för kommunerna i länsstrategin, och kommunen deltar i de "
        "länsgemensamma nätverken för båda områdena. Arbetsgruppen som tog fram planen finns kvar "
        "under hela perioden och träffas en gång per kvartal.")
    d.h1("8 Uppföljning")
    d.p("Kommunstyrelsen följer upp planen en gång per år i samband med årsredovisningen. Uppföljningen "
        "redovisar indikatorerna i tabellen nedan och vilka aktiviteter som genomförts. En samlad "
        "utvärdering görs under hösten 2027 inför nästa plan. Ansvarig för uppföljningen är "
        "kommunens jämställdhetsstrateg.")
    d.table([["Indikator", "Utgångsläge", "Mål 2027"],
             ["Andel pappor i föräldragrupper", "13 % (2023)", "35 %"],
             ["Pappors andel av föräldrapenningdagarna", "31 % (2023)", "38 %"],
             ["Andel ärenden som rör barn med barnkonsekvensanalys", "under 10 % (2024)", "100 %"],
             ["Andel kvinnor / män som avstår från att gå ut ensamma på kvällen", "38 % / 12 % (2023)",
              "Minskad skillnad"],
             ["Nämnder med jämställdhetsmål i verksamhetsplanen", "2 av 6 (2024)", "6 av 6"]],
            [4600, 2200, 2200])
    return d

# ----------------------------------------------------------------------
def build_d5(Doc):
    d = Doc("d5", creator="Länsstyrelsen i Norra Älvdalen",
            title_prop="Ett jämställt Norra Älvdalen – vision och värden", subject="Länsstrategi för jämställdhetsintegrering 2025–2030")
    d.title("Ett jämställt Norra Älvdalen")
    d.sub("Vision, värden och vägval – länsstrategi för jämställdhetsintegrering 2025–2030")
    d.toc([(1, "Till dig som läser", 2), (1, "1 Vår vision", 3), (1, "2 Våra värden", 4),
           (1, "3 Strategins utgångspunkter", 5), (1, "4 Så arbetar vi tillsammans", 6),
           (1, "5 Vägval framåt", 7), (1, "6 Begrepp", 8)])
    d.h1("Till dig som läser")
    d.p("Jämställdhet skapas varje dag – i fullmäktigesalen och i fikarummet, i skolkorridoren och "
        "vid köksbordet. Den här strategin är en inbjudan till alla som bor och verkar i Norra Älvdalens "
        "län att ta ett steg till. Den vill väcka frågor, ge riktning och visa att vi kommer längre när "
        "vi gör det tillsammans.")
    d.p("Strategin vänder sig till förtroendevalda och tjänstepersoner i kommuner och region, till "
        "statliga myndigheter, till föreningar och trossamfund, till företag och till de organisationer "
        "som arbetar med nyanlända kvinnors etablering i länet. Den är skriven för att kunna användas "
        "både som underlag i en ledningsgrupp och som utgångspunkt för ett samtal på en arbetsplatsträff.")
    d.h2("Så har strategin vuxit fram")
    d.p("Under 2024 höll Länsstyrelsen dialogmöten i alla åtta kommuner. Omkring 340 personer deltog: "
        "politiker, tjänstepersoner, representanter för föreningar och enskilda invånare. Vi frågade "
        "vad ett jämställt län betyder för dem, vad som fungerar i dag och var de ser de största "
        "hindren. Svaren har format både visionen och de vägval som beskrivs i kapitel 5. Ett utkast "
        "till strategi har därefter varit på remiss hos länets aktörer under hösten.")
    d.h2("Läsanvisning")
    d.p("I kapitel 1 beskriver vi visionen för länet. Kapitel 2 handlar om de värden som bär "
        "arbetet och kapitel 3 om strategins utgångspunkter. I kapitel 4 berättar vi hur vi "
        "arbetar tillsammans och vilka åtaganden Länsstyrelsen gör. I kapitel 5 beskrivs de vägval "
        "som ligger framför oss, bland annat när det gäller jämställd hälsa, och kapitel 6 förklarar "
        "några centrala begrepp.")
    d.h1("1 Vår vision")
    d.p("__År 2030 är Norra Älvdalens län ett län där kvinnor och män, flickor och pojkar har samma "
        "makt att forma samhället och sina egna liv.__")
    d.p("År 2030 har kvinnor och män i länet samma möjligheter till ett arbete som ger ekonomisk "
        "självständighet genom hela livet. Hem- och omsorgsarbetet delas lika, och det är lika "
        "självklart för en pappa som för en mamma att vara hemma med ett sjukt barn. Våra offentliga "
        "miljöer är trygga och välkomnande dygnet runt, och kollektivtrafiken fungerar för alla som "
        "behöver den.")
    d.p("År 2030 är länet en plats där det går att leva och verka i hela länet. På en levande landsbygd "
        "driver kvinnor och män jord- och skogsbruksföretag på lika villkor. Jämställdheten är en "
        "drivkraft för regional tillväxt och gör länet attraktivt för dem som vill flytta hit – och "
        "för dem som vill stanna.")
    d.p("Visionen är medvetet högt ställd. Den beskriver inte var vi är, utan vart vi vill. Vägen dit "
        "går genom tusentals beslut, stora och små, som fattas varje dag av människor i länets "
        "organisationer.")
    d.h1("2 Våra värden")
    d.h2("Alla människors lika värde")
    d.p("Jämställdhet handlar i grunden om demokrati och om mänskliga rättigheter. Alla människor har "
        "samma värde, och kön ska aldrig avgöra vilka möjligheter en människa får. Ett liv fritt från "
        "våld är en mänsklig rättighet och en förutsättning för att kunna delta fullt ut i samhället.")
    d.h2("Mod och nyfikenhet")
    d.p("Att arbeta med jämställdhet kräver mod att ifrågasätta det som tas för givet. Normer om vad "
        "som är kvinnligt och manligt begränsar oss alla. Vi vill vara nyfikna på hur det ser ut i "
        "länet och våga pröva nytt, även när det är obekvämt. Det betyder att vi ibland måste "
        "släppa invanda arbetssätt, lyssna på dem som sällan hörs och vara beredda att ändra oss när "
        "kunskapen pekar åt ett annat håll än vi trodde. Förändring tar tid, men den börjar alltid "
        "med att någon ställer en fråga som ingen har ställt förut.")
    d.h2("Tillsammans och på riktigt")
    d.p("Ingen aktör kan ensam göra länet jämställt. Vi tror på samarbete över gränser och på att "
        "jämställdhet måste bli en del av det vanliga arbetet – inte ett projekt vid sidan av. Det som "
        "mäts och följs blir gjort, och det som ingen äger blir sällan av.")
    d.h2("Kön och andra villkor")
    d.p("Kvinnor och män är inga enhetliga grupper. Ålder, funktionsförmåga, sexuell läggning, "
        "könsidentitet, bakgrund och var i länet man bor påverkar också vilka villkor människor har. "
        "Vi vill se hela människan.")
    d.h1("3 Strategins utgångspunkter")
    d.p("Strategin tar sin utgångspunkt i:")
    d.ul(["de jämställdhetspolitiska målen och de sex delmålen",
          "länsstyrelseinstruktionens krav att belysa, analysera och beakta kvinnors och mäns samt "
          "flickors och pojkars villkor",
          "FN:s konvention om avskaffande av all slags diskriminering av kvinnor (CEDAW)",
          "barnkonventionen, som sedan 2020 gäller som svensk lag",
          "Agenda 2030 och särskilt mål 5 om jämställdhet",
          "den regionala utvecklingsstrategin för Norra Älvdalen"])
    d.p("Strategin ersätter inte andra styrdokument utan ska ge dem en gemensam riktning. Länsstyrelsens "
        "interna arbete med jämställdhetsintegrering beskrivs i myndighetens verksamhetsplan och "
        "behandlas därför inte här.")
    d.h1("4 Så arbetar vi tillsammans")
    d.h2("Jämställdhetsforum Norra Älvdalen")
    d.p("Länsstyrelsen samlar två gånger per år Jämställdhetsforum Norra Älvdalen, en mötesplats för "
        "länets åtta kommuner, Region Norra Älvdalen, statliga myndigheter med verksamhet i länet och "
        "civilsamhällets organisationer. Forumet planerar gemensamma insatser och delar erfarenheter. "
        "Mellan träffarna driver en arbetsgrupp med representanter för Länsstyrelsen, regionen och två "
        "kommuner arbetet vidare. Länsstyrelsen erbjuder dessutom processtöd till de kommuner som vill "
        "ta fram en lokal plan kopplad till strategin.")
    d.h2("Länsstyrelsens åtaganden 2025–2027")
    d.p("__Jämn fördelning av makt.__ Senast 2027 ska könsfördelningen vara jämn, minst 40 procent av "
        "vardera könet, i presidierna för länets kommunstyrelser och för regionstyrelsen. Länsstyrelsen bjuder varje höst in "
        "presidierna och partiernas valberedningar till ett samtal om nomineringar, med start hösten "
        "2025 inför valet 2026.")
    d.p("__Ett rättighetsbaserat arbetssätt.__ Under 2025–2026 erbjuder Länsstyrelsen länets kommuner "
        "en utbildningsserie i rättighetsbaserat arbetssätt. CEDAW-kommitténs senaste rekommendationer "
        "till Sverige används som underlag när deltagarna granskar sina egna verksamheter. Målet är att "
        "minst fem av länets åtta kommuner ska ha deltagit och tagit fram en åtgärdslista senast i "
        "december 2026. Ansvarig är enheten för social hållbarhet.")
    d.h1("5 Vägval framåt")
    d.p("Under arbetet med strategin har länets aktörer lyft många frågor. Vi har valt att inte ge "
        "färdiga svar på alla, utan att formulera dem som vägval som vi behöver samtala om:")
    d.ul(["Hur kan vi bryta könsbundna studieval, så att fler unga väljer utbildning efter intresse "
          "och inte efter kön?",
          "Vad betyder jämställd hälsa i ett län med långa avstånd?",
          "Hur får vi fler män att ta ansvar för det obetalda arbetet i hemmet?",
          "Hur ser en jämställd arbetsmarknad ut i ett län där många branscher är starkt könsuppdelade?"])
    d.p("Fokusområden som har nämnts i dialogerna är bland annat hälsa, våld, utbildning och ekonomi. "
        "Vilka av dessa som ska fördjupas avgörs i dialog med Jämställdhetsforum under 2025.")
    d.p("Strategin kommer att följas upp. Formerna för uppföljningen tas fram under 2025 tillsammans "
        "med Jämställdhetsforum.")
    d.h1("6 Begrepp")
    d.p("__Jämställdhet__ – att kvinnor och män har samma makt att forma samhället och sina egna liv. "
        "Begreppet gäller förhållandet mellan kvinnor och män.")
    d.p("__Jämlikhet__ – att alla människor har samma värde och samma rättigheter oavsett till exempel "
        "kön, ålder, bakgrund eller funktionsförmåga.")
    d.p("__Jämställdhetsintegrering__ – den strategi som används för att nå de jämställdhetspolitiska "
        "målen. Den innebär att jämställdhetsperspektivet finns med i all verksamhet, i alla beslut och "
        "i alla led, och att det är de som normalt arbetar med frågan som ansvarar för det.")
    d.p("__Könsuppdelad statistik__ – statistik som samlas in, analyseras och presenteras uppdelad på "
        "kön. Den är en förutsättning för att synliggöra skillnader mellan kvinnor och män, flickor "
        "och pojkar.")
    d.p("__Normer__ – oskrivna regler och förväntningar på hur vi ska vara och bete oss. Normer om kön "
        "påverkar till exempel vilka yrken som ses som naturliga för kvinnor respektive män.")
    d.p("__Intersektionalitet__ – ett perspektiv som synliggör hur kön samverkar med andra "
        "maktordningar, som klass, etnicitet och sexualitet.")
    d.p("__Genus__ – de föreställningar om kön som skapas socialt och kulturellt, till skillnad från "
        "biologiskt kön.")
    return d

# ----------------------------------------------------------------------
def build_d6(Doc):
    d = Doc("d6", creator="Länsstyrelsen i Norra Älvdalen", title_prop="Länsstrategi jämställdhet – utkast v3",
            subject="Arbetsmaterial", header="UTKAST v3 – arbetsmaterial, ej för spridning", track_revisions=True,
            rev_author="Jenny Strand", rev_date="2024-10-14T10:05:00Z", split_runs=True)
    d.comment(1, "Uppdatera med läsåret 2024/25 när Skolverket publicerat siffrorna i december.", "Jenny Strand", "JS")
    d.comment(2, "Försäkringskassan har bekräftat siffrorna för VAB 2023. OK att använda.", "Ola Berg", "OB")
    d.comment(3, "Räcker det här? Uppdraget pekar särskilt ut barnets rättigheter.", "Granskare", "GR")
    d.comment(4, "Folkhälsoenheten vill ha med ANDTS – tas upp på ledningsmötet 22/10.", "Ola Berg", "OB")
    d.comment(5, "Måste vara klart innan remissen går ut!", "Jenny Strand", "JS")
    d.title("Länsstrategi för jämställdhetsintegrering 2025–2028")
    d.sub("Utkast version 3, reviderat efter intern remiss – 2024-10-14")
    d.p("**Ändringar sedan version 2:** avsnittet om civil beredskap är nytt, målen under delmål 4 har "
        "omformulerats efter synpunkter från Försäkringskassan och avsnittet om utrikes födda kvinnor "
        "har flyttats från bilaga till huvudtext. Kommentarer i marginalen ska vara åtgärdade före "
        "den externa remissen.")
    d.h1("1 Inledning")
    d.p("Länsstyrelsen har i uppdrag att ta fram en länsstrategi för jämställdhetsintegrering. "
        "Strategin ska {-på ett övergripande sätt-}{+tydligt+} visa vilka jämställdhetsutmaningar "
        "som är störst i Norra Älvdalens län och vad länets aktörer {-kan göra-}{+ska göra+} åt dem.")
    d.p("Målgrupp: förtroendevalda och beslutsfattare i kommuner och region, chefer och strateger i "
        "statliga myndigheter samt civilsamhällets organisationer.")
    d.p("Strategin prioriterar fem områden: jämställd utbildning, en jämn fördelning av det obetalda "
        "hem- och omsorgsarbetet, utrikes födda kvinnors etablering, jämställdhet i den civila "
        "beredskapen samt mäns våld mot kvinnor.")
    d.h2("1.1 Så har områdena valts")
    d.p("Urvalet bygger på en nulägesanalys som Länsstyrelsen tog fram under våren 2024, på sex "
        "dialogmöten med länets kommuner och på synpunkter från den interna remissen i augusti. I "
        "analysen jämfördes länets utveckling med riket för ett fyrtiotal indikatorer. De områden där "
        "skillnaderna mellan kvinnor och män eller flickor och pojkar var störst, och där utvecklingen "
        "gått åt fel håll, har prioriterats. Hänsyn har också tagits till var Länsstyrelsen har egna "
        "uppdrag och verktyg.")
    d.p("I den interna remissen efterfrågade flera enheter att strategin ska bli mer konkret än den "
        "förra. Därför anges i version 3 ett regionalt mål och minst två insatser med ansvarig för varje "
        "prioriterat område. {-Målen kommer att preciseras senare.-}")
    d.h1("2 Prioriterade områden")
    d.h2("2.1 Jämställd utbildning")
    d.p("[c1>Läsåret 2023/24 gick 92 procent av eleverna på länets bygg- och anläggningsprogram och 88 "
        "procent på fordons- och transportprogrammet som pojkar, medan flickor utgjorde 81 procent på "
        "barn- och fritidsprogrammet.<c1] Pojkarnas genomsnittliga meritvärde i årskurs 9 var 209 poäng "
        "och flickornas 237. Andelen pojkar som lämnar gymnasiet utan examen är 19 procent, jämfört "
        "med 12 procent för flickor.")
    d.p("**Regionalt mål:** Till 2028 har skillnaden i gymnasieexamen mellan flickor och pojkar halverats, "
        "och minst tre yrkesprogram har en jämnare könsfördelning än i dag.")
    d.p("**Insatser:** Länsstyrelsen samordnar {-under perioden-}{+från 2025+} ett nätverk för studie- "
        "och yrkesvägledare i länets kommuner med fokus på normmedveten vägledning (ansvar: enheten för "
        "social hållbarhet). Region Norra Älvdalen och Länsstyrelsen genomför 2026 en gemensam analys av "
        "varför pojkar avbryter gymnasiestudier i högre grad än flickor. Resultatet ska användas av "
        "kommunerna i arbetet med att minska avhoppen.")
    d.h2("2.2 En jämn fördelning av det obetalda hem- och omsorgsarbetet")
    d.p("[c2>Kvinnor i länet tog ut 63 procent av dagarna med tillfällig föräldrapenning för vård av "
        "barn 2023 och 70 procent av föräldrapenningdagarna.<c2] Kvinnor i åldern 45–64 år ger i "
        "betydligt högre grad än män omsorg till en närstående: 21 procent av kvinnorna jämfört med 12 "
        "procent av männen i Region Norra Älvdalens befolkningsenkät 2022. Den ojämna fördelningen "
        "påverkar kvinnors inkomster och pension, och kvinnors högre sjukfrånvaro förklaras delvis av "
        "den dubbla belastningen av betalt och obetalt arbete.")
    d.p("Skillnaderna mellan kommunerna är stora. I Älvby tar papporna ut 39 procent av VAB-dagarna, "
        "medan andelen i Tjärnheden och Rödviken är under 30 procent. I dialogmötena beskrev flera "
        "arbetsgivare i industrin att det fortfarande är ovanligt att män är hemma med sjuka barn, och "
        "att det sällan planeras för det.")
    d.p("**Regionala mål:** Mäns andel av dagarna med tillfällig föräldrapenning ska ha ökat till minst "
        "45 procent till 2028. Stödet till anhöriga som vårdar närstående ska nå män och kvinnor i "
        "samma utsträckning.")
    d.p("**Insatser:** Länsstyrelsen och Försäkringskassan genomför 2025 en informationsinsats riktad "
        "till arbetsgivare i mansdominerade branscher om pappors rätt till föräldraledighet och VAB. "
        "Kommunernas anhörigkonsulenter erbjuds en utbildningsdag om hur de når manliga anhörigvårdare "
        "(ansvar: Länsstyrelsen, hösten 2025).")
    d.h2("2.3 Utrikes födda kvinnors etablering")
    d.p("Av de kvinnor som avslutade Arbetsförmedlingens etableringsprogram i länet 2023 var 28 procent "
        "i arbete eller studier 90 dagar efteråt, jämfört med 46 procent av männen. Kvinnorna deltar i "
        "lägre grad i språkträning kombinerad med praktik. Kvinnor som kommit till länet som anhöriga "
        "till arbetskraftsinvandrare omfattas inte av etableringsprogrammet och nås i dag nästan inte "
        "alls av insatserna. Många har små barn och saknar barnomsorg "
        "under SFI-undervisningens tider.")
    d.p("**Regionalt mål:** Skillnaden mellan kvinnor och män i andelen i arbete eller studier efter "
        "etableringsprogrammet ska ha halverats till 2028.")
    d.p("**Insatser:** Länsstyrelsen fördelar {+från 2025+} medel ur ersättningen för "
        "samhällsorientering till kommuner som erbjuder SFI med barnpassning. Tillsammans med "
        "Arbetsförmedlingen och Älvby och Hällsjö kommuner startas ett projekt med yrkessvenska och "
        "praktik inom vård och omsorg för utrikes födda kvinnor (2025–2027).")
    d.h2("2.4 Jämställdhet i den civila beredskapen")
    d.p("{+Avsnittet är nytt i version 3.+} Vid stormen i januari 2023 var det framför allt äldre "
        "ensamboende kvinnor i Lillnäs och Stormyra som blev utan el och värme i flera dygn, medan "
        "frivilliga insatser i stor utsträckning utfördes av män. Länets krisledningsorganisationer "
        "består till 78 procent av män. Kommunernas risk- och sårbarhetsanalyser innehåller i dag "
        "ingen analys av hur kvinnor och män påverkas olika. I den regionala krisövningen hösten "
        "2023 saknades underlag om vilka grupper som har svårast att ta emot information när el och "
        "mobilnät slås ut.")
    d.p("**Regionalt mål:** Alla kommuners risk- och sårbarhetsanalyser innehåller en "
        "jämställdhetsanalys senast 2027.")
    d.p("**Insatser:** Enheten för samhällsskydd och beredskap tar under 2025 fram en vägledning för "
        "jämställdhetsanalys i risk- och sårbarhetsanalyser och utbildar kommunernas "
        "beredskapssamordnare i den under våren 2026.")
    d.h2("2.5 Mäns våld mot kvinnor ska upphöra")
    d.p("Under 2023 anmäldes 689 misshandelsbrott mot kvinnor i nära relation i länet, och antalet "
        "ärenden om hedersrelaterat våld och förtryck i socialtjänsten har fördubblats sedan 2020. "
        "Bara två kommuner arbetar med våldsförebyggande program för unga, och i fyra kommuner finns "
        "ingen rutin för kvinnor med skyddade personuppgifter som flyttar till eller från kommunen. "
        "Mäns våld mot kvinnor behandlas {-kortfattat-}{+i huvudsak+} i den regionala strategin mot "
        "våld, och här anges bara de mål som är gemensamma.")
    d.table([["Regionalt mål till 2028", "Ansvar", "Insats"],
             ["Alla åtta kommuner har ett våldsförebyggande program för unga (i dag två).",
              "Länsstyrelsen, regional samordnare mot våld", "Metodstöd och utbildning 2025–2026"],
             ["Våldsutsatta kvinnor med skyddade personuppgifter får stöd i hela länet.",
              "Länsstyrelsen och kommunerna", "Gemensam rutin 2025"]], [3800, 2600, 2600])
    d.h1("3 Övriga områden i uppdraget")
    d.h2("3.1 Barnets rättigheter")
    d.p("[c3>Länsstyrelsen kommer att arbeta med detta under perioden.<c3]")
    d.h2("3.2 Föräldraskapsstöd")
    d.p("Föräldraskapsstöd prioriteras inte under denna strategiperiod.")
    d.h2("3.3 ANDTS")
    d.p("[c4>{+Frågan om ANDTS-arbetet ska ingå i strategin utreds till nästa version.+}<c4]")
    d.h1("4 Länsstyrelsens interna arbete")
    d.p("{-Text kommer.-}{+Länsstyrelsen kommer att arbeta med detta under perioden.+}")
    d.h1("5 Samverkan")
    d.p("Länsstyrelsens uppgift är att stödja, samordna och utveckla arbetet i länet. Strategin "
        "genomförs genom Jämställdhetsrådet Norra Älvdalen, där kommunerna, Region Norra Älvdalen, "
        "Arbetsförmedlingen, Försäkringskassan och Polisen ingår. Rådet möts fyra gånger per år och "
        "{-diskuterar-}{+fastställer+} varje år vilka gemensamma insatser som ska genomföras. "
        "Länsstyrelsen leder också ett nätverk för kommunernas jämställdhetsstrateger, som träffas "
        "sex gånger per år, och erbjuder kommunerna stöd i att ta fram lokala handlingsplaner.")
    d.h1("6 Fortsatt process")
    d.p("Efter ledningsmötet den 22 oktober skickas utkastet på extern remiss till länets kommuner, "
        "Region Norra Älvdalen, berörda myndigheter och civilsamhällets organisationer med svar senast "
        "den 6 december. Strategin beslutas av landshövdingen i januari 2025 och lanseras på den "
        "internationella kvinnodagen den 8 mars 2025.")
    d.h1("7 Uppföljning")
    d.p("[c5>TODO: beskriv indikatorer, ansvar och tidplan.<c5]")
    d.h1("Bilaga – Underlag")
    d.p("Statistiken i utkastet kommer från SCB, Skolverket, Försäkringskassan, Arbetsförmedlingen och "
        "Region Norra Älvdalen. Siffrorna redovisas uppdelat på kvinnor och män eller flickor och pojkar "
        "och avser länet om inget annat anges. Ett fördjupat statistikunderlag per kommun tas fram "
        "som bilaga till remissversionen.")
    return d

# ----------------------------------------------------------------------
TEXT_D3 = 'Hoppa till huvudinnehåll\nLänsstyrelsen i Norra Älvdalen\nSök\nMeny\nPrivatperson | Företag | Kommun | Om oss\nLyssna | Other languages | Lättläst | Teckenspråk\n\nVi använder kakor (cookies) för att webbplatsen ska fungera på ett bra sätt för dig. Genom att klicka på "Godkänn alla" godkänner du att vi använder kakor för statistik och analys. Du kan när som helst ändra dina val under Inställningar för kakor.\n[Godkänn alla] [Endast nödvändiga] [Inställningar]\n\nStartsida > Samhälle > Social hållbarhet > Jämställdhet\n\nJÄMSTÄLLDHET\n\nLänsstyrelsen stödjer aktörer i länet i deras arbete för jämställdhet. Vi vill att Norra Älvdalens län ska vara ett län där alla, oavsett kön, har samma möjligheter att forma samhället och sina egna liv.\n\nPubliceringsdatum: 14 mars 2022\nSenast uppdaterad: 9 september 2024\n\nJämställdhet handlar om att kvinnor och män ska ha samma rättigheter, skyldigheter och möjligheter inom alla områden i livet. Jämställdhet är också en fråga om demokrati och om mänskliga rättigheter. Ojämställdhet uppstår där beslut fattas, där resurser fördelas och där normer formas – och det är också där den kan brytas.\n\nVÅRT UPPDRAG\n\nLänsstyrelsen är regeringens företrädare i länet. Enligt vår instruktion ska vi verka för att de jämställdhetspolitiska målen får genomslag i länet. Vi ska också integrera ett jämställdhetsperspektiv i vår verksamhet genom att belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor.\n\nSå här arbetar vi med jämställdhet:\n • vi kartlägger utvecklingen av jämställdheten i länet\n • vi tar fram kunskapsunderlag, till exempel könsuppdelad statistik\n • vi stödjer kommuner, myndigheter, föreningar och andra organisationer i deras jämställdhetsarbete\n • vi sprider goda exempel och bjuder in till konferenser och nätverk.\n\nDE JÄMSTÄLLDHETSPOLITISKA MÅLEN\n\nDet övergripande målet för jämställdhetspolitiken är att kvinnor och män ska ha samma makt att forma samhället och sina egna liv. Målet har sex delmål:\n\n • En jämn fördelning av makt och inflytande – Kvinnor och män ska ha samma rätt och möjlighet att vara aktiva samhällsmedborgare och att forma villkoren för beslutsfattandet.\n • Ekonomisk jämställdhet – Kvinnor och män ska ha samma möjligheter och villkor i fråga om betalt arbete som ger ekonomisk självständighet livet ut.\n • Jämställd utbildning – Kvinnor och män, flickor och pojkar ska ha samma möjligheter och villkor när det gäller utbildning, studieval och personlig utveckling.\n • En jämn fördelning av det obetalda hem- och omsorgsarbetet – Kvinnor och män ska ta samma ansvar för hemarbetet och ha möjligheter att ge och få omsorg på lika villkor.\n • Jämställd hälsa – Kvinnor och män, flickor och pojkar ska ha samma förutsättningar för en god hälsa samt erbjudas vård och omsorg på lika villkor.\n • Mäns våld mot kvinnor ska upphöra – Kvinnor och män, flickor och pojkar ska ha samma rätt och möjlighet till kroppslig integritet.\n\nLäs mer om målen på Jämställdhetsmyndighetens webbplats (extern länk).\n\nVAD ÄR JÄMSTÄLLDHETSINTEGRERING?\n\nJämställdhetsintegrering är den strategi som Sverige använder för att nå de jämställdhetspolitiska målen. Strategin innebär att jämställdhetsperspektivet ska finnas med i det ordinarie arbetet – i alla beslut, på alla nivåer och i alla steg – och att det är de som normalt deltar i beslutsfattandet som ansvarar för det. Jämställdhet ska alltså inte vara en sidofråga som hanteras vid sidan av den vanliga verksamheten.\n\nArbetssättet har sina rötter i FN:s kvinnokonferens i Peking 1995 och används i dag i hela EU. I Sverige har jämställdhetsintegrering varit regeringens huvudsakliga strategi sedan mitten av 1990-talet.\n\nJämställdhetsintegrering är inte samma sak som att arbeta med jämställdhet som arbetsgivare. Frågor om lönekartläggning och aktiva åtgärder på arbetsplatsen hanteras av Diskrimineringsombudsmannen.\n\nMÄNS VÅLD MOT KVINNOR\n\nLänsstyrelsen har ett särskilt uppdrag att samordna arbetet mot mäns våld mot kvinnor, våld i nära relationer, hedersrelaterat våld och förtryck samt prostitution och människohandel i länet.\n\nSå ser det ut i länet\nUnder 2023 polisanmäldes 1 140 fall av misshandel mot kvinnor i Norra Älvdalens län. Drygt 60 procent av dem skedde i en nära relation, och i nästan alla fall var gärningspersonen en man som kvinnan kände. Antalet anmälda våldtäkter ökade med 14 procent jämfört med 2022. Kvinnojourerna i länet tog emot 412 stödsamtal under året, och i tre av länets åtta kommuner finns ingen lokal jour.\n\nDet här gör vi 2024–2025\n • Vi tar fram en regional lägesbild över tillgången till skyddat boende för våldsutsatta kvinnor i länets åtta kommuner. Rapporten publiceras i juni 2025.\n • Vi driver under 2025 en informationskampanj riktad till män i länet om var man kan få hjälp att sluta använda våld, i samband med att Välj att sluta-linjen lanseras regionalt.\n • Vi granskar länets kommunala handlingsplaner mot våld i nära relationer och lämnar skriftlig återkoppling till varje kommun senast i december 2024.\n\nBehöver du stöd? Om du är utsatt för våld kan du ringa Kvinnofridslinjen på 020-50 50 50. Samtalet är gratis och syns inte på telefonräkningen. Vid akut fara, ring 112.\n\nAKTUELLT\n\nJämställdhetsdagen 2024 – ta del av dokumentationen\nDen 8 mars samlades drygt 120 deltagare i Älvby för Jämställdhetsdagen. Temat var "Normer i förändring". Här hittar du presentationerna och en filmad version av paneldebatten.\n\nNu kan du söka bidrag för kvinnoorganisationer\nLänsstyrelsen fördelar statsbidrag till kvinnors organisering. Sista ansökningsdag är den 1 oktober. Läs mer under Bidrag och stöd.\n\nNy länsstrategi på gång\nLänsstyrelsen har börjat arbetet med en ny länsstrategi för jämställdhetsintegrering för perioden 2025–2028. Under hösten bjuder vi in till dialogmöten i länet. Mer information kommer.\n\nVälkommen till nätverksträff om hedersrelaterat våld och förtryck\nNästa träff i det regionala nätverket hålls digitalt den 21 november kl. 9–11. Anmälan sker via länken nedan.\n\nVANLIGA FRÅGOR\n\nVad är skillnaden mellan jämställdhet och jämlikhet?\nJämställdhet handlar om förhållandet mellan kvinnor och män. Jämlikhet är ett bredare begrepp som handlar om att alla människor har samma värde och lika rättigheter oavsett till exempel kön, etnisk tillhörighet, religion, funktionsnedsättning, sexuell läggning eller ålder.\n\nVad gäller för icke-binära personer?\nKön ska inte ha betydelse för en människas möjligheter. När vi redovisar statistik uppdelat på kvinnor och män beror det på att den officiella statistiken i dag i huvudsak bygger på juridiskt kön. Vi arbetar för att alla ska känna sig inkluderade i arbetet.\n\nKan Länsstyrelsen hjälpa min organisation?\nJa, i mån av tid erbjuder vi råd och vägledning. Hör av dig till våra sakkunniga i jämställdhet, så berättar vi mer om vad vi kan erbjuda.\n\nVar hittar jag statistik för länet?\nStatistik om kvinnor och män finns bland annat hos SCB, Försäkringskassan och Region Norra Älvdalen. Länsstyrelsen publicerar också underlag under rubriken Publikationer.\n\nHur anmäler jag diskriminering?\nOm du har blivit diskriminerad kan du anmäla det till Diskrimineringsombudsmannen (DO). Länsstyrelsen handlägger inte enskilda ärenden om diskriminering.\n\nRELATERADE SIDOR\n • Barnets rättigheter\n • Föräldraskapsstöd\n • Mänskliga rättigheter\n • Våld i nära relationer\n • Bidrag till kvinnoorganisationer\n • Publikationer om jämställdhet\n\nLADDA NER\n Ett jämställt Norra Älvdalen 2020–2023 (pdf, 2,1 MB)\n Jämställdhetsdagen 2024 – program (pdf, 180 kB)\n\nKONTAKT\nIngrid Sundqvist, sakkunnig i jämställdhet\nEnheten för social hållbarhet\n010-224 30 00\ningrid.sundqvist@lansstyrelsen-exempel.se\n\nMattias Ek, samordnare mot mäns våld mot kvinnor\nEnheten för social hållbarhet\n010-224 30 00\n\nVar sidan till hjälp? [Ja] [Nej]\nTack för ditt svar! Vill du berätta mer? Skriv gärna vad vi kan göra bättre. Vi svarar inte på frågor i detta formulär.\n\nDela sidan: Facebook | LinkedIn | E-post\n\nLänsstyrelsen i Norra Älvdalen\nBesöksadress: Storgatan 12, Älvby\nPostadress: 861 00 Älvby\nTelefon: 010-224 30 00\nOrganisationsnummer: 202100-0000\nLandshövding: Karin Westerlund\n\nOm webbplatsen | Tillgänglighetsredogörelse | Behandling av personuppgifter | Kakor\nFölj oss: Facebook | Instagram | LinkedIn | YouTube\n'

TEXT_D7 = '# Uppföljning av Ett jämställt Norra Älvdalen 2020–2023\n\n**Slutrapport** | Länsstyrelsen i Norra Älvdalen | Enheten för social hållbarhet | Rapport 2024:07 | Dnr 801-1186-2024\n\n## Sammanfattning\n\nLänsstrategin Ett jämställt Norra Älvdalen 2020–2023 prioriterade tre av de jämställdhetspolitiska delmålen: ekonomisk jämställdhet, jämställd hälsa och mäns våld mot kvinnor. Den här rapporten redovisar hur strategin har genomförts, hur indikatorerna har utvecklats och vilka lärdomar Länsstyrelsen tar med sig in i nästa strategiperiod.\n\nSammantaget visar uppföljningen att utvecklingen har gått åt rätt håll för flera indikatorer, men i långsam takt. Skillnaden i inkomst mellan kvinnor och män har minskat något, medan skillnaderna i ohälsa bland unga har ökat. Samverkan i länet har stärkts, men många insatser har varit kortsiktiga och beroende av enskilda personer.\n\n## 1 Om uppföljningen\n\nUppföljningen har genomförts av Länsstyrelsen under januari–april 2024. Den bygger på strategins indikatorer, på aktörernas årliga rapportering till Länsstyrelsen, på en enkät till de 27 anslutna organisationerna (svarsfrekvens 81 procent) och på fyra fokusgrupper med representanter för kommuner, region och civilsamhälle. All individbaserad statistik i rapporten redovisas uppdelad på kön.\n\nStrategin innehöll 19 regionala mål och 42 insatser. Ansvaret för genomförandet delades mellan Länsstyrelsen och de anslutna organisationerna. Uppföljningen har vissa begränsningar: för sex av målen saknades utgångsvärden, och flera av de anslutna organisationerna har inte rapporterat varje år. Bedömningarna i rapporten bör därför läsas med viss försiktighet.\n\nRapporten vänder sig till Jämställdhetsrådet Norra Älvdalen, till de anslutna organisationerna och till Jämställdhetsmyndigheten.\n\n## 2 Indikatorernas utveckling\n\n| Indikator | 2019 | 2023 | Bedömning |\n|---|---|---|---|\n| Kvinnors medianinkomst i procent av mäns | 81 % | 84 % | Positiv, men målet 88 % nåddes inte |\n| Andel anställda kvinnor som arbetar deltid | 31 % | 27 % | Positiv |\n| Andel anställda män som arbetar deltid | 9 % | 9 % | Oförändrad |\n| Sjukpenningtal, kvinnor | 13,0 | 12,4 | Svagt positiv |\n| Sjukpenningtal, män | 6,9 | 6,7 | Oförändrad |\n| Flickor i åk 9 med psykosomatiska besvär | 36 % | 43 % | Negativ |\n| Pojkar i åk 9 med psykosomatiska besvär | 17 % | 19 % | Svagt negativ |\n| Kommuner med handlingsplan mot våld i nära relationer | 3 av 8 | 5 av 8 | Positiv, målet 8 av 8 nåddes inte |\n| Anmälda misshandelsbrott mot kvinnor i nära relation | 702 | 689 | Oförändrad |\n\n### 2.1 Ekonomisk jämställdhet\n\nKvinnors inkomster har ökat något snabbare än mäns under perioden, främst genom att fler kvinnor i kommunal vård och omsorg har gått upp i arbetstid. Skillnaden i medianinkomst är dock fortfarande 16 procent, och i Stormyra och Tjärnheden är den över 20 procent. Deltidsarbetet bland kvinnor har minskat från 31 till 27 procent, men ligger fortfarande tre gånger högre än bland män. Länsstyrelsen bedömer att målet om heltid som norm i länets kommuner är delvis uppnått: sex av åtta kommuner har fattat beslut om heltid som norm, men bara tre har infört det fullt ut.\n\n### 2.2 Jämställd hälsa\n\nSjukpenningtalet har minskat något för kvinnor, men kvinnor har fortsatt nästan dubbelt så högt sjukpenningtal som män. Den mest oroande utvecklingen gäller unga. Andelen flickor i årskurs 9 som ofta har huvudvärk, magont eller sömnsvårigheter har ökat från 36 till 43 procent, och skillnaden mot pojkarna har vuxit. Enkätsvaren tyder på att stress kring skolarbete och utseende är viktiga förklaringar för flickorna, medan pojkar i lägre grad söker stöd.\n\n### 2.3 Mäns våld mot kvinnor\n\nAntalet kommuner med en aktuell handlingsplan har ökat från tre till fem. Antalet anmälda misshandelsbrott i nära relation är i stort sett oförändrat, vilket enligt Polisen inte behöver betyda att våldet är oförändrat. Det regionala kompetensteamet mot hedersrelaterat våld och förtryck, som startade 2021, gav under perioden konsultativt stöd i 64 ärenden. Två kommuner saknar fortfarande en utsedd våldssamordnare.\n\nI fokusgrupperna lyftes att våldsutsatta kvinnor i de inre delarna av länet har långt till stöd: från Tjärnheden är det 140 kilometer till närmaste skyddade boende. Samtidigt har antalet män som sökt stöd för att sluta använda våld ökat från 11 personer 2020 till 38 personer 2023, sedan Älvby kommun öppnade en mottagning för våldsutövare. Länsstyrelsen bedömer att arbetet med män som utövar våld behöver spridas till fler kommuner.\n\n## 3 Genomförda insatser utanför de prioriterade delmålen\n\nUnder strategiperioden genomfördes också ett antal insatser som inte var knutna till de prioriterade delmålen. De redovisas här för fullständighetens skull.\n\n- År 2021 arrangerade Länsstyrelsen en länskonferens om hot och hat mot förtroendevalda, med cirka 90 deltagare.\n- Under 2020 och 2021 genomfördes trygghetsvandringar i Älvby och Granberga tillsammans med kommunerna och Polisen.\n- Projektet Pappa på riktigt, om föräldraskapsstöd riktat till pappor, avslutades 2021 när projektmedlen tog slut.\n- Ett nätverk för kvinnliga skogsägare drevs i Lillnäs 2020–2021 inom ramen för landsbygdsprogrammet.\n- Två temadagar om könsbundna studieval hölls för studie- och yrkesvägledare 2022.\n\nRegion Norra Älvdalen ansvarar för det regionala tillväxtarbetet och har sedan 2016 en egen handlingsplan för jämställd regional tillväxt. Den har inte ingått i denna uppföljning.\n\n## 4 Samverkan och organisering\n\nJämställdhetsrådet Norra Älvdalen har träffats elva gånger under perioden. Antalet anslutna organisationer ökade från 14 till 27, men enkäten visar att bara hälften av dem har tagit fram en egen plan kopplad till strategin. I fokusgrupperna beskrev flera deltagare att rådet har fungerat som en bra mötesplats men haft otydligt mandat. Kommunernas deltagande har varierat: Älvby, Forsmo och Hällsjö har deltagit aktivt, medan Rödviken och Tjärnheden inte har deltagit i något nätverksmöte sedan 2021.\n\n– Vi vet ganska väl vad som behöver göras, men inte alltid vem som ska göra det, sa en deltagare från en av de mindre kommunerna. Flera deltagare lyfte samtidigt att nätverksträffarna har varit värdefulla för att dela erfarenheter, och att de digitala träffarna har gjort det lättare för kommuner med långa avstånd att delta.\n\nLänsstyrelsens bedömning är att samverkan behöver ett tydligare uppdrag. Länsstyrelsen föreslår att rådet i nästa period fastställer en årlig gemensam aktivitetsplan och att varje ansluten organisation utser en ansvarig chef, inte bara en kontaktperson.\n\n## 5 Länsstyrelsens egen verksamhet\n\nUnder perioden har jämställdhetsintegreringen i Länsstyrelsens egen verksamhet utvecklats. Andelen beslutsunderlag i ärenden om företagsstöd och landsbygdsstöd som innehåller en jämställdhetsanalys ökade från 12 procent 2020 till 34 procent 2023. Alla chefer har gått en grundutbildning i jämställdhetsintegrering, men bara 40 procent av handläggarna. Jämställdhetsmål finns i dag i verksamhetsplanerna för fyra av Länsstyrelsens sju avdelningar.\n\nLänsstyrelsen föreslår att kravet på jämställdhetsanalys i beslutsunderlag utvidgas till alla avdelningar senast 2026 och att utbildningen blir obligatorisk för nyanställda handläggare.\n\n## 6 Lärdomar och rekommendationer inför 2025–2028\n\n1. **Färre och mätbara mål.** Strategin hade 19 mål, varav flera saknade utgångsvärde. Nästa strategi bör ha färre mål, och varje mål bör ha en indikator med utgångsvärde, målvärde och källa.\n2. **Årlig uppföljning.** Indikatorerna bör redovisas i en årlig lägesrapport till Jämställdhetsrådet i mars varje år, och Länsstyrelsen bör genomföra en halvtidsutvärdering 2026 och en slututvärdering 2028. Ansvaret bör ligga hos enheten för social hållbarhet.\n3. **Fortsatt fokus på unga flickors ohälsa och på våld.** Utvecklingen för flickors psykiska ohälsa talar för att jämställd hälsa bör vara fortsatt prioriterat, med ett tydligare regionalt mål och Region Norra Älvdalen som huvudansvarig.\n4. **Civil beredskap.** Jämställdhet i den civila beredskapen ingick inte i den förra strategin. Länsstyrelsen rekommenderar att frågan tas upp i nästa strategi.\n\n## Bilaga: Metod och källor\n\nStatistiken kommer från SCB (inkomster och sysselsättning), Försäkringskassan (sjukpenningtal), Region Norra Älvdalens enkät Ung i Norra Älvdalen (årskurs 9) och Polisen (anmälda brott). Samtliga uppgifter avser länet om inget annat anges. Enkäten till de anslutna organisationerna genomfördes i februari 2024 och fokusgrupperna i mars 2024. Fokusgrupperna leddes av två av Länsstyrelsens handläggare och dokumenterades i anteckningar som godkänts av deltagarna. Eftersom flera av de anslutna organisationerna inte har rapporterat varje år bygger bedömningen av insatsernas genomförande delvis på uppgifter som lämnats i efterhand. Jämförelser mellan kommunerna bör göras med försiktighet, eftersom underlaget i de minsta kommunerna är litet.\n'

# ----------------------------------------------------------------------
IDS = ["goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
       "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
       "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
       "req.internal", "req.followup", "area.regional_growth", "area.rural", "area.integration",
       "area.preparedness", "area.andts"]
A, M, S = "addressed", "mentioned", "missing"

LABELS = {
 "01_fullstandig_strategi_tre_mal": (dict(zip(IDS, [M, A, M, M, A, A, M, M, S, M, A, A, A, A, A, M, S, A, S, S])),
  "Komplett strategi som prioriterar tre delmål (ekonomi, hälsa, våld) med lägesbild, mål, insatstabeller och indikatorer. "
  "goal.power: bara som målgrupp (beslutsfattare i 1.2), i delmålslistan 2.1, i metoddefinitionen 2.2 och som 'beslut i sin ledning' i kap. 6 – inget eget arbete. "
  "goal.education: bara som orsak i 4.1 ('könsbundna studieval bidrar till att mönstret består'), som yrkesexempel (skola) och som arena i våldsinsatserna 4.3, samt i delmålslistan; chefernas utbildning i kap. 5 är egen personal, inte utbildningsmålet. "
  "goal.unpaid_care: bara som orsak till kvinnors deltid i 4.1 och i delmålslistan 2.1. "
  "area.planning och area.child_rights: bara i perspektivlistan i 2.3 ('barnrättsperspektivet, tillgänglighet, folkhälsoperspektivet och hållbar samhällsplanering'). "
  "area.human_rights: bara värdegrund i 2.3 ('Jämställdhet är en mänsklig rättighet'); CEMR i kap. 3 är inte CEDAW. "
  "area.regional_growth: bara som annan aktörs befintliga arbete i kap. 3 (Regionen arbetar sedan 2016 med jämställd regional tillväxt). "
  "area.integration är addressed: egen lägesbild med siffror för utrikes födda kvinnor, mål 3 och insatsen med Arbetsförmedlingen i 4.1 (ordet 'anhöriga' där betyder anhöriginvandrare, inte anhörigomsorg). "
  "req.conditions: kvinnor/män i 4.1 och flickor/pojkar i 4.2 – båda paren. req.internal: kap. 5 (verksamhetsplan, checklista i handläggningen, chefsutbildning)."),
 "02_handlingsplan_tabeller": (dict(zip(IDS, [A, M, A, S, M, M, S, S, S, M, A, A, A, A, A, S, A, S, A, S])),
  "Handlingsplan som till största delen består av tabeller. "
  "goal.economy: bara i översiktstabellen som uppskjutet ('separat handlingsplan som tas fram under 2026') och i förbigående i landsbygdsavsnittet (företag som drivs av kvinnor; målet där gäller fördelningen av landsbygdsstöd och hör till area.rural – gränsfall). "
  "goal.health: bara undantaget i översiktstabellen ('Ingår inte i denna handlingsplan'). "
  "goal.violence: bara hänvisning till en regional handlingsplan som beslutas 2026 (uppskjutande); 'hot, hat eller trakasserier' mot förtroendevalda hör till makt. "
  "area.human_rights: bara diskrimineringsvokabulär i 'Om handlingsplanen' (diskrimineringslagen, diskrimineringsgrunderna). "
  "req.internal är addressed trots platshållaren 'Text kommer.' i översiktstabellen: insats 3.1 är en jämställdhetsanalys av Länsstyrelsens egen handläggning av landsbygdsstöd, och 1.3/4.3 gäller egna nomineringar och egen krisorganisation. "
  "Falska vänner som INTE ska ge träff: 'vård- och omsorgsprogrammet' (gymnasieprogram, inte obetald omsorg), 'vårdnadshavare' (inte omsorg eller föräldraskapsstöd), 'trygghetspunkterna' i krisavsnittet (inte samhällsplanering), 'ensamboende' (inte bostadsförsörjning). "
  "req.followup: egen uppföljningstabell med vad/hur/vem/när och årlig redovisning. req.conditions: kvinnor/män (förtroendevalda) och flickor/pojkar (meritvärde)."),
 "03_webbsida_jamstalldhet": (dict(zip(IDS, [M, M, M, M, M, A, S, M, M, M, M, M, M, M, S, S, S, S, S, S])),
  "Inklistrad webbsida med meny, kakor, delmålslista, nyheter, vanliga frågor och sidfot. Bara våldsavsnittet innehåller arbete. "
  "goal.power/economy/education/unpaid_care/health: bara i den reciterade delmålslistan (plus 'där beslut fattas' i ingressen och metoddefinitionen för makt; lönekartläggning som hänvisas till DO för ekonomi). "
  "goal.violence addressed: länssiffror (1 140 anmälningar, jourer saknas i tre kommuner) och tre daterade insatser. "
  "area.child_rights och area.parenting_support: bara länkrubriker under 'Relaterade sidor'. "
  "area.human_rights: bara värdeformulering i ingressen, DO/diskriminering i vanliga frågor och länkrubrik. "
  "req.conditions: uppdraget att 'belysa, analysera och beakta' reciteras; våldsavsnittet behandlar kvinnor (utsatta) och män (kampanj till män) men inget substantiellt om flickor och pojkar – ett par → mentioned. "
  "req.statistics: bara i listan över vad Länsstyrelsen gör ('till exempel könsuppdelad statistik') och en FAQ-förklaring om juridiskt kön; ingen statistik presenteras uppdelad på kön. "
  "req.collaboration: bara uppdraget 'stödjer kommuner, myndigheter...' i listan och nätverk/dialogmöten som notiser; granskningen av kommunernas våldsplaner står i våldsavsnittet. "
  "req.internal: bara instruktionens krav att integrera perspektivet 'i vår verksamhet' (recitation) och negationen om arbetsgivarfrågor. "
  "'Skyddat boende' är inte bostadsförsörjning; planning är missing."),
 "04_forsmo_kommunal_plan": (dict(zip(IDS, [M, S, S, A, M, M, A, A, A, M, A, A, A, A, A, S, S, S, S, M])),
  "Kommunal handlingsplan (Forsmo kommun) ansluten till länsstrategin. req.internal bedöms här för författarens egen organisation (kommunens styrning, tjänsteskrivelser, chefsutbildning i kap. 5) – motsvarigheten till länsstyrelsens egen verksamhet. "
  "goal.power: bara som aktör/beslut (fastställd av kommunfullmäktige, 'Kommunfullmäktige har valt'). "
  "goal.health: bara som syfte ('Syftet med föräldraskapsstödet är att främja barns hälsa och utveckling' i 2.1). "
  "goal.violence: bara värdegrund ('Ett liv fritt från våld') och uppskjutande/undantag ('regleras i en egen handlingsplan och ingår inte här') i kap. 1. "
  "area.human_rights: bara värdegrund och diskrimineringsvokabulär i kap. 1. "
  "area.andts: bara som exempel i föräldraskapsstödet ('samtal om alkohol och tobak ... ett av åtta teman'). "
  "goal.economy är missing med falska vänner: 'Ekonomiavdelningen', 'budget', 'Kostnaden', 'pensionärsrådet'. "
  "goal.education är missing med falska vänner: 'öppen förskola' (mötesplats i föräldraskapsstödet), chefernas 'halvdagsutbildning' och handläggarnas utbildning i mallen. "
  "goal.unpaid_care addressed: föräldrapenning, VAB och hushållsarbete i Forsmo, mål och aktivitet om delad föräldraledighet. 'vårdnadshavarna' är ingen omsorg. "
  "area.planning: översiktsplan, trygghet, belysning, kollektivtrafik med ansvar. req.conditions: kvinnor/män (otrygghet, föräldrapenning) och flickor/pojkar (barnkonventionen, trygghetsvandringar)."),
 "05_vision_och_varden": (dict(zip(IDS, [A, M, M, M, M, M, M, M, S, A, M, M, A, M, M, M, M, M, S, S])),
  "Strategi tung på vision, värden, frågor och begrepp; bara tre saker bearbetas på riktigt (makt, rättighetsbaserat arbetssätt, samverkan) i kap. 4. "
  "goal.power addressed: mål om jämn könsfördelning i presidierna senast 2027 och årligt samtal med valberedningar från hösten 2025. "
  "area.human_rights addressed: utbildningsserie i rättighetsbaserat arbetssätt med CEDAW-rekommendationerna, mål och ansvar i kap. 4 (värdegrunden i kap. 2 räknas inte). "
  "goal.economy: vision i kap. 1, fråga och fokuslista i kap. 5. goal.education: 'skolkorridoren' i inledningen, fråga och fokuslista i kap. 5. "
  "goal.unpaid_care: vision i kap. 1 och fråga i kap. 5. goal.health: läsanvisning ('I kapitel 5 beskrivs ... jämställd hälsa'), fråga och fokuslista – inget innehåll. "
  "goal.violence: värdeformulering i kap. 2 och fokuslistan. area.planning: vision (trygga offentliga miljöer, kollektivtrafik). "
  "area.child_rights: bara i listan 'Strategin tar sin utgångspunkt i' (barnkonventionen). req.conditions: uppdraget reciteras i utgångspunktslistan och värdetext. "
  "req.statistics: bara begreppsdefinition i kap. 6. req.internal: uppskjutet till verksamhetsplanen ('behandlas därför inte här'). req.followup: uppskjutet ('Formerna ... tas fram under 2025'). "
  "area.regional_growth: vision ('drivkraft för regional tillväxt') och utgångspunktslistan (regionala utvecklingsstrategin). area.rural: vision (levande landsbygd, jord- och skogsbruk). "
  "area.integration: bara målgrupp ('organisationer som arbetar med nyanlända kvinnors etablering'). "
  "'pappa ... hemma med ett sjukt barn' i visionen är obetalt omsorgsarbete, inte föräldraskapsstöd (parenting_support missing)."),
 "06_reviderat_utkast_kommentarer": (dict(zip(IDS, [M, M, A, A, M, A, S, M, M, S, A, A, A, M, M, S, S, A, A, M])),
  "Reviderat utkast med spårade ändringar och marginalkommentarer. Spårade ändringar och kommentarer ändrar inte någon bedömning: verdikten gäller oavsett om raderad text och kommentarer läses. "
  "goal.power: bara målgrupp ('förtroendevalda och beslutsfattare') i kap. 1 och i förbigående i beredskapsavsnittet 2.4 (krisledningen består till 78 % av män). "
  "goal.economy: bara som konsekvens i 2.2 ('påverkar kvinnors inkomster och pension'); 'i arbete eller studier' efter etableringsprogrammet i 2.3 hör till integrationsmålet. "
  "goal.health: bara som orsak/konsekvens i 2.2 ('kvinnors högre sjukfrånvaro förklaras delvis av den dubbla belastningen'); 'vård och omsorg' i 2.3 är yrkesområde. "
  "area.child_rights: bara en innehållslös rad under rubriken 3.1 ('Länsstyrelsen kommer att arbeta med detta under perioden') plus kommentar; 'barnomsorg'/'barnpassning' i 2.3 är inte barnets rättigheter. "
  "area.parenting_support: negation i 3.2 ('prioriteras inte'); pappors rätt till föräldraledighet i 2.2 är obetalt arbete. "
  "req.internal: platshållaren 'Text kommer.' ersatt med utfyllnadsraden i kap. 4; 'den interna remissen' i 1.1 är en remissprocess, inte jämställdhetsintegrering av verksamheten. req.followup: bara 'TODO' under kap. 7 ('ett fyrtiotal indikatorer' i 1.1 gäller nulägesanalysen, inte uppföljning av strategin). "
  "area.andts: bara uppskjutande (spårad insättning 'utreds till nästa version') och kommentar. "
  "req.statistics addressed: siffror genomgående uppdelade på flickor/pojkar och kvinnor/män samt bilagans redovisningsprincip. area.human_rights är missing ('pappors rätt', 'barnets rättigheter' är inte MR-arbete); area.planning är missing ('ensamboende' i 2.4 är inte bostadsförsörjning)."),
 "07_uppfoljning_2020_2023": (dict(zip(IDS, [M, A, M, S, A, A, M, S, M, S, A, A, A, A, A, M, M, S, M, S])),
  "Slutrapport som följer upp den förra strategin (markdown). Delmål med aktuell lägesanalys med länssiffror räknas som addressed; sådant som bara redovisas som avslutade aktiviteter under förra perioden räknas som mentioned. "
  "goal.power: bara tidigare aktivitet i kap. 3 (konferens om hot och hat 2021) och kommuners beslut om heltid i 2.1 (aktör). "
  "goal.education: bara tidigare aktivitet i kap. 3 (temadagar 2022) och som förklaring till flickors besvär i 2.2 ('stress kring skolarbete'). "
  "area.planning: bara tidigare aktivitet (trygghetsvandringar 2020–2021); 'skyddade boende' i 2.3 är inte bostadsförsörjning. "
  "area.parenting_support: bara avslutat projekt 2021 i kap. 3. "
  "area.regional_growth: bara annan aktörs arbete och uttryckligt undantag ('har inte ingått i denna uppföljning') i kap. 3. "
  "area.rural: bara tidigare aktivitet (nätverk för skogsägare 2020–2021) och som exempel (landsbygdsstöd) i kap. 5 om egen verksamhet. "
  "area.preparedness: bara hänskjutet till nästa strategi i rekommendation 4. "
  "req.followup addressed: rapporten är själva uppföljningen (indikatortabell, metod) och rekommendation 2 anger årlig lägesrapport, halvtids- och slututvärdering och ansvar. "
  "req.collaboration addressed: analys av rådet och kommunernas deltagande samt förslag i kap. 4. req.internal addressed: andel beslutsunderlag med jämställdhetsanalys 12→34 % och förslag i kap. 5. goal.unpaid_care är missing: 'kommunal vård och omsorg' i 2.1 är ett yrkesområde, inte obetalt omsorgsarbete."),
}

DRAFTS = [
    ("01_fullstandig_strategi_tre_mal", ".docx", "Komplett strategi som prioriterar tre delmål"),
    ("02_handlingsplan_tabeller", ".docx", "Handlingsplan i tabellform"),
    ("03_webbsida_jamstalldhet", ".txt", "Inklistrad webbsida"),
    ("04_forsmo_kommunal_plan", ".docx", "Kommunal handlingsplan (Forsmo kommun)"),
    ("05_vision_och_varden", ".docx", "Vision och värden, lite konkret innehåll"),
    ("06_reviderat_utkast_kommentarer", ".docx", "Reviderat utkast med spårade ändringar och kommentarer"),
    ("07_uppfoljning_2020_2023", ".md", "Uppföljningsrapport av föregående strategi"),
]
BUILDERS = {"01_fullstandig_strategi_tre_mal": build_d1, "02_handlingsplan_tabeller": build_d2,
            "04_forsmo_kommunal_plan": build_d4, "05_vision_och_varden": build_d5,
            "06_reviderat_utkast_kommentarer": build_d6}
TEXTS = {"03_webbsida_jamstalldhet": TEXT_D3, "07_uppfoljning_2020_2023": TEXT_D7}


def docx_bytes(doc):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in doc.parts():
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def render():
    """Return {filename: bytes} for every draft and label file."""
    out = {}
    for stem, ext, _ in DRAFTS:
        if ext == ".docx":
            out[stem + ext] = docx_bytes(BUILDERS[stem](Doc))
        else:
            out[stem + ext] = TEXTS[stem].encode("utf-8")
        labels, note = LABELS[stem]
        assert list(labels) == IDS, stem
        exp = {"note": note, "targets": labels}
        out[stem + ".expected.json"] = (json.dumps(exp, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return out


def body_text(name, data):
    """Visible body text: runs joined within a paragraph, deleted text (w:delText) excluded."""
    if name.endswith(".docx"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xmlt = z.read("word/document.xml").decode("utf-8")
        paras = re.findall(r"<w:p[ >].*?</w:p>", xmlt, flags=re.S)
        return "\n".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paras)
    return data.decode("utf-8")


def check(files):
    ok = True
    for name in sorted(files):
        data = files[name]
        if name.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                assert z.testzip() is None, name
                for member in z.namelist():
                    xml.dom.minidom.parseString(z.read(member))
        elif name.endswith(".json"):
            exp = json.loads(data.decode("utf-8"))
            assert list(exp["targets"]) == IDS, name
            assert all(v in ("addressed", "mentioned", "missing") for v in exp["targets"].values()), name
            assert exp["note"].strip(), name
        if not name.endswith(".json"):
            n = len(body_text(name, data).split())
            if not 1200 <= n <= 3000:
                print(f"WORDS OUT OF RANGE {name}: {n}")
                ok = False
            print(f"{hashlib.sha256(data).hexdigest()}  {name}  ({n} words)")
        else:
            print(f"{hashlib.sha256(data).hexdigest()}  {name}")
    return ok


def main():
    files = render()
    if "--check" in sys.argv[1:]:
        ok = check(files)
        for name, data in files.items():
            path = os.path.join(OUT, name)
            if not os.path.exists(path) or open(path, "rb").read() != data:
                print(f"DIFFERS FROM DISK: {name}")
                ok = False
        on_disk = set(os.listdir(OUT)) if os.path.isdir(OUT) else set()
        extra = on_disk - set(files)
        if extra:
            print("UNEXPECTED FILES:", sorted(extra))
            ok = False
        print("check:", "OK" if ok else "FAILED")
        sys.exit(0 if ok else 1)
    os.makedirs(OUT, exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
    print(f"wrote {len(files)} files to {OUT}")


if __name__ == "__main__":
    main()

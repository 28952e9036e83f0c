"""Draft 04: early working draft with placeholders, TODOs and editor's notes."""
from common import build_docx, expected_json

NAME = "04_tidigt_utkast_platshallare.docx"

MARKUP = r"""
= UTKAST v0.3 – Länsstrategi för jämställdhetsintegrering 2025–2028
=~ Arbetsmaterial, ej för spridning. Senast ändrad 12 juni av AL
[AL: Rubriken är preliminär. Förslag från ledningsgruppen: ”Jämställt Norra Vättersund”. Vi bestämmer i augusti.]
[MK: Jag har flyttat runt kapitlen enligt mötet 5/6. Gamla kap. 4 ligger nu sist som bilaga. Kommentarer i hakparentes tas bort innan remiss.]
# 1 Inledning
Länsstyrelsen har fått regeringens uppdrag att ta fram en länsstrategi för jämställdhetsintegrering för perioden 2025–2028. Enligt länsstyrelseinstruktionen ska Länsstyrelsen verka för att de jämställdhetspolitiska målen får genomslag i länet och därvid belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor.
Strategin ska vara kort och användbar. Den riktar sig i första hand till Länsstyrelsens egna enheter och till kommunerna Sjöbacka, Ekedal, Tallnäs och Hjortvik.
Norra Vättersunds län har 148 300 invånare. Sjöbacka är residensstad och den största kommunen med drygt 70 000 invånare, medan Tallnäs och Hjortvik tillsammans har färre än 30 000. Avstånden är långa i norra delen av länet, och befolkningen minskar där, medan Sjöbacka och Ekedal växer. Länets arbetsmarknad domineras av offentlig sektor, skogsnäringen, tillverkningsindustri och handel.
Strategin ersätter den tidigare strategin för 2021–2024. Den ska antas av landshövdingen i november och gälla från den 1 januari 2025.
[AL: Här behövs ett stycke om hur strategin har tagits fram. Vem vi har träffat, när. MK har listan?]
## 1.1 Tidplan för arbetet
Juni: utkast färdigt för intern läsning. Augusti: intern beredning med avdelningscheferna. September–oktober: remiss till kommunerna, regionen och berörda myndigheter. November: beslut av landshövdingen. December: tryck och lansering.
[AL: Tidplanen är snäv. Om remissen försenas flyttar vi beslutet till december.]
# 2 Länets utmaningar i korthet
Text kommer.
[MK: Sammanfattning skrivs sist, när kap. 3 är klart.]
# 3 Prioriterade områden
[AL: Förslaget från ledningsgruppen är fyra till fem områden. Vi har sju rubriker just nu – något måste bort eller slås ihop. MK föreslår att 3.6 blir en del av 3.2.]
## 3.1 Makt och inflytande
Text kommer.
## 3.2 Ekonomisk jämställdhet
Kvinnorna i Norra Vättersunds län hade 2023 en medianinkomst på 287 000 kronor, männen 356 000 kronor. Kvinnornas inkomster motsvarar alltså 81 procent av männens, vilket är en något större skillnad än i riket. Skillnaden är störst i Tallnäs och Hjortvik, där en stor del av männen arbetar i skogsindustrin och inom transport, medan kvinnorna i högre grad är anställda i kommunal vård och omsorg.
Andelen kvinnor som arbetar deltid är 29 procent, andelen män 10 procent. Bland kvinnorna i vård och omsorg i Tallnäs arbetar bara hälften heltid. I Länsstyrelsens intervjuer med kommunala chefer framkommer att många deltidstjänster finns kvar av schematekniska skäl och att heltid som norm har införts i två av fyra kommuner.
Mål: Inkomstskillnaden mellan kvinnor och män i länet ska minska under perioden, och alla fyra kommuner ska ha infört heltid som norm i vård och omsorg senast 2027.
Länsstyrelsen ska under 2025 sammanställa hur långt varje kommun har kommit med heltid som norm och publicera resultatet i december. Enheten för social hållbarhet ansvarar.
[AL: Lägg till något om pensioner? Vi har siffror från Pensionsmyndigheten men de är från 2021.]
## 3.3 Jämställd utbildning
[TODO: lägg in meritvärden för flickor och pojkar per kommun här. /AL – underlaget från skolverket är beställt.]
Text kommer.
## 3.4 Jämställd hälsa
Kvinnorna i länet hade 2023 ett sjukpenningtal på 13,9 dagar, männen 7,4 dagar. Skillnaden har ökat sedan 2019, framför allt genom att kvinnor i åldern 30–49 år oftare sjukskrivs för psykiatriska diagnoser. I Hjortvik är sjukpenningtalet för kvinnor högst i länet, [siffra saknas – kolla med Försäkringskassan].
Männen i länet har å andra sidan en kortare medellivslängd än kvinnorna, 80,6 mot 84,1 år, och är överrepresenterade i dödsfall till följd av olyckor.
Bland männen i åldern 45–64 år är dödligheten i hjärt- och kärlsjukdomar dubbelt så hög som bland kvinnorna i samma ålder. [AL: Källa? Regionens hälsoprofil 2023?]
Mål: Skillnaden i sjukpenningtal mellan kvinnor och män ska minska till 2028.
Länsstyrelsen ska under 2026 ta fram en fördjupad analys av sjukskrivningarna bland kvinnor i åldern 30–49 år, med uppdelning på bransch och kommun. Analysfunktionen ansvarar.
## 3.5 Mäns våld mot kvinnor
Avsnittet skrivs av våldssamordnaren och läggs in i nästa version.
[MK: Viktigt att det hänger ihop med den regionala handlingsplanen mot våld. Avstämning med Lena v. 34.]
## 3.6 Landsbygdens företagare
Andelen kvinnor bland dem som sökte företagsstöd inom landsbygdsprogrammet i länet var 24 procent under 2023 och 2024. Bland dem som beviljades stöd var andelen 21 procent, och kvinnorna fick i genomsnitt lägre belopp per beviljat stöd än männen. En förklaring är att stöden i länet har prioriterat investeringar i jord- och skogsbruk, medan kvinnor oftare söker stöd för turism, livsmedelsförädling och service.
Av länets drygt 1 400 jordbruksföretag har 17 procent en kvinna som registrerad brukare, men i många familjeföretag arbetar kvinnan i verksamheten utan att synas i registren. Landsbygdsenheten har i samtal med företagare i Hjortvik fått höra att informationen om stöden upplevs som svår att hitta för den som inte redan är lantbrukare.
Mål: Andelen kvinnor bland dem som beviljas företagsstöd på landsbygden ska öka till minst 35 procent till 2028.
Länsstyrelsens landsbygdsenhet ska från 2025 redovisa ansökningar och beviljade stöd uppdelat på kön varje halvår och se över urvalskriterierna inför nästa utlysning. Under hösten 2025 hålls informationsträffar i Tallnäs och Hjortvik för företagare inom besöksnäring och livsmedel.
[AL: Bra! Kan landsbygdsenheten ge oss en siffra för 2022 också?]
## 3.7 Övriga områden
Föräldraskapsstöd prioriteras inte under perioden, eftersom Länsstyrelsens uppdrag på området löper ut och kommunerna har egna planer.
[MK: Ska barnets rättigheter ha ett eget avsnitt? Kanske under 3.3 om det blir ett sådant. Fråga Anna på barnrättsfunktionen.]
# 4 Statistik och kunskapsunderlag
Länsstyrelsen ska under hela perioden redovisa all individbaserad statistik i strategins uppföljning uppdelad på kön. Siffrorna i kapitel 3 kommer från SCB, Försäkringskassan och Jordbruksverket och redovisas för kvinnor och män på länsnivå och, där det finns, per kommun.
[AL: Diagram ska in här. Grafikern behöver underlaget senast 15 augusti.]
# 5 Samverkan
Text kommer. [MK: Samverkan med kommunerna och regionen beskrivs här – se anteckningar från dialogmötena.]
# 6 Länsstyrelsens interna arbete
TODO: be HR och controllern om underlag.
# 7 Uppföljning
En plan för hur strategin ska följas upp tas fram under 2026.
[AL: Måste vi ha indikatorer redan i strategin? Jämställdhetsmyndigheten efterfrågade det i sin granskning av förra omgången. Diskutera med ledningen.]
# Bilaga: Gamla kapitel 4 (ska strykas eller arbetas in)
Under den förra strategiperioden låg tyngdpunkten på utbildningsinsatser för länets aktörer. Cirka 300 personer deltog i grundutbildningar i jämställdhetsintegrering mellan 2021 och 2023.
[MK: Oklart om detta ska vara med alls. Diskuteras 20/8. Om vi behåller det bör det kortas till ett par meningar och flyttas till inledningen.]
"""

NOTE = (
    "Tidigt arbetsutkast med platshållare ('Text kommer', 'TODO', '[siffra saknas]') och redaktörsanteckningar i hakparentes. "
    "goal.power: bara rubriken 3.1 med 'Text kommer' – mentioned. "
    "goal.education: rubriken 3.3, en TODO om meritvärden och 'Text kommer' – mentioned. "
    "goal.violence: rubriken 3.5 och uppskovet 'Avsnittet skrivs av våldssamordnaren och läggs in i nästa version' samt anteckning om den regionala handlingsplanen – mentioned. "
    "area.child_rights: bara redaktörens fråga 'Ska barnets rättigheter ha ett eget avsnitt?' – mentioned. "
    "area.parenting_support: negation 'Föräldraskapsstöd prioriteras inte under perioden' – mentioned. "
    "req.conditions: instruktionen återges i kap. 1; analysen jämför bara kvinnor och män (flickor/pojkar bara i en TODO) – mentioned. "
    "req.collaboration: kap. 5 är 'Text kommer' med en anteckning; samarbetet med Försäkringskassan och regionen i 3.4 gäller en enskild analys, inte hur Länsstyrelsen samverkar med länets aktörer – mentioned (nära gränsfall). "
    "req.internal: rubrik 6 med bara en TODO – mentioned. "
    "req.followup: uppskov ('En plan för hur strategin ska följas upp tas fram under 2026') och en fråga om indikatorer – mentioned; att statistiken i 'strategins uppföljning' ska vara könsuppdelad (kap. 4) och landsbygdsenhetens halvårsredovisning är statistik- respektive landsbygdsarbete, inte en beskrivning av hur strategin följs upp (gränsfall). "
    "goal.economy, goal.health och area.rural addressed med länssiffror, mål, ansvar och tid. Bilagan om utbildningsinsatser 2021–2023 gäller jämställdhetsintegrering, inte utbildningsmålet. "
    "req.statistics addressed genom kap. 4 (åtagande att redovisa individbaserad statistik per kön) och siffrorna i kap. 3. "
    "goal.unpaid_care, area.planning, area.human_rights, area.regional_growth, area.integration, area.preparedness och area.andts nämns inte."
)

TARGETS = {
    "goal.power": "mentioned", "goal.economy": "addressed", "goal.education": "mentioned",
    "goal.unpaid_care": "missing", "goal.health": "addressed", "goal.violence": "mentioned",
    "area.planning": "missing", "area.child_rights": "mentioned",
    "area.parenting_support": "mentioned", "area.human_rights": "missing",
    "req.conditions": "mentioned", "req.statistics": "addressed", "req.collaboration": "mentioned",
    "req.internal": "mentioned", "req.followup": "mentioned", "area.regional_growth": "missing",
    "area.rural": "addressed", "area.integration": "missing", "area.preparedness": "missing",
    "area.andts": "missing",
}


def build():
    return build_docx(MARKUP, title_prop="UTKAST v0.3", creator="Anna Lövgren",
                      header="UTKAST – ej för spridning")


EXPECTED = expected_json(NOTE, TARGETS)

"""Draft 02: action plan made mostly of tables (education, health, unpaid care, parenting support, ANDTS)."""
from common import build_docx, expected_json

NAME = "02_handlingsplan_tabeller.docx"

MARKUP = r"""
= Handlingsplan 2026–2027
=~ Jämställd hälsa, skola och familjeliv i Norra Vättersunds län – genomförande av länsstrategin
# Om handlingsplanen
Handlingsplanen konkretiserar de delar av länsstrategin som Länsstyrelsen i Norra Vättersund ansvarar för under 2026 och 2027. Den är uppställd i tabeller: för varje område anges en kort lägesbild, ett mål, aktiviteter med ansvar och tid samt en indikator. Planen revideras inför 2027. Den som vill veta mer om varför områdena har valts och hur de hänger ihop med länets övriga arbete hänvisas till länsstrategin. Här redovisas bara det som Länsstyrelsen och de aktörer som har åtagit sig en aktivitet faktiskt ska göra, så att planen kan användas som ett arbetsverktyg under året.
Planen har tagits fram av enheten för social hållbarhet tillsammans med Region Norra Vättersund, kommunerna Sjöbacka, Ekedal, Tallnäs och Hjortvik, Försäkringskassan och Studieförbundet Vuxenskolan. Barnrättsperspektivet ska beaktas i samtliga aktiviteter.
Varför just dessa områden? Länsstrategin pekar ut flera utmaningar, men Länsstyrelsen kan inte driva allt samtidigt. Vid de två dialogmötena med kommunerna under hösten 2025 framkom att skolan, ungas mående och fördelningen av ansvaret för barnen är de frågor där kommunerna själva efterfrågar mest stöd. Där har vi också uppdrag och upparbetade kontakter. Övriga delar av strategin hanteras i andra planer eller av andra aktörer, vilket framgår av tabellen nedan.
## Resurser och organisation
Arbetet leds av enheten för social hållbarhet. För 2026 avsätts motsvarande 1,5 årsarbetskrafter och 600 000 kronor i utvecklingsmedel som kommunerna och ideella organisationer kan söka. En styrgrupp med en kontaktperson från varje kommun, Region Norra Vättersund och Försäkringskassan träffas två gånger per år och stämmer av hur aktiviteterna fortskrider. Enheten rapporterar till styrgruppen och till Länsstyrelsens ledning.
## Vad som ingår och inte ingår
| Område i länsstrategin | Behandlas i denna plan? | Kommentar |
| Jämställd utbildning | Ja | Avsnitt 1 |
| Jämställd hälsa | Ja | Avsnitt 2 |
| Obetalt hem- och omsorgsarbete samt föräldraskapsstöd | Ja | Avsnitt 3 |
| Alkohol, narkotika, doping, tobak och spel | Ja | Avsnitt 4 |
| Ekonomisk jämställdhet och jämställd regional tillväxt | Nej | Ingår i Region Norra Vättersunds egen handlingsplan; inga aktiviteter här |
| Mäns våld mot kvinnor | Nej | Egen regional handlingsplan antas under 2026 |
| Civil beredskap | Nej | Ingår inte i denna plan |
# 1 Jämställd utbildning
## Lägesbild
Flickorna i länet har högre meritvärde än pojkarna i årskurs 9: 238 mot 209 poäng 2024. Andelen pojkar som blev behöriga till gymnasiets yrkesprogram var 81 procent, jämfört med 88 procent av flickorna. Skillnaden är störst i Tallnäs. På gymnasiet är valen starkt könsbundna: på vård- och omsorgsprogrammet i Ekedal går 86 procent flickor, på el- och energiprogrammet i Sjöbacka 94 procent pojkar.
Lärare och rektorer som Länsstyrelsen har intervjuat beskriver att pojkarnas lägre resultat syns redan i årskurs 6 och att skillnaden i läsförståelse växer under högstadiet. Flera vägledare berättar också att elever som vill välja program där de är i minoritet ofta avråds av kamrater och ibland av vuxna.
## Mål
Skillnaden i meritvärde mellan flickor och pojkar ska minska, och fler elever ska söka gymnasieprogram där deras kön är i minoritet.
## Aktiviteter
| Aktivitet | Ansvar | Tid | Indikator |
| Fortbildning för studie- och yrkesvägledare i normmedveten vägledning, fyra halvdagar | Länsstyrelsen, enheten för social hållbarhet | Hösten 2026 | Antal deltagande vägledare per kommun |
| Gemensam analys med skolcheferna av varför pojkar i Tallnäs halkar efter i läsförståelse | Länsstyrelsen och Tallnäs kommun | Våren 2026 | Rapport framlagd |
| Prao-veckor med yrkesbesök på arbetsplatser där eleverna är i könsminoritet | Kommunerna, med stöd av Länsstyrelsen | 2026–2027 | Andel elever som gjort otraditionell prao, flickor och pojkar |
| Årlig sammanställning av meritvärde och behörighet per kommun och kön | Länsstyrelsen, analysfunktionen | Varje oktober | Sammanställning publicerad |
# 2 Jämställd hälsa
## Lägesbild
I Region Norra Vättersunds enkät Liv och hälsa ung 2024 uppgav 41 procent av flickorna och 19 procent av pojkarna i gymnasiet att de ofta känt sig nedstämda det senaste halvåret. Bland vuxna har kvinnor i länet ett sjukpenningtal på 14,2 dagar, män 7,9 dagar. Männen i länet dör i genomsnitt 3,8 år tidigare än kvinnorna, och självmord är vanligare bland män i Hjortvik och Tallnäs än i övriga kommuner.
## Mål
Skillnaden i psykisk ohälsa mellan unga kvinnor och unga män ska minska, och fler män i länet ska söka stöd i tid.
## Aktiviteter
| Aktivitet | Ansvar | Tid | Indikator |
| Regionalt nätverk för elevhälsan om flickors psykiska ohälsa, fyra träffar per år | Länsstyrelsen och Region Norra Vättersund | 2026–2027 | Antal träffar och deltagande skolor |
| Kampanj om att söka hjälp riktad till män i åldern 30–60 år, i samarbete med idrottsföreningar | Region Norra Vättersund | Våren 2027 | Antal män som kontaktar vårdcentralernas samtalsstöd |
| Suicidpreventivt utbildningspaket för arbetsplatser inom skog och transport | Länsstyrelsen | 2026 | Antal utbildade, kvinnor och män |
# 3 Omsorgsarbete och föräldraskap
## Lägesbild
Papporna i länet tog 2024 ut 31 procent av föräldrapenningdagarna och 36 procent av dagarna med tillfällig föräldrapenning för vård av barn. I Hjortvik var andelen för föräldrapenningen bara 24 procent. Bland dem som vårdar en närstående utan ersättning är kvinnorna i majoritet, särskilt i åldern 55–64 år.
I kommunernas föräldraskapsstöd, som till stor del består av föräldragrupper på familjecentralerna, är mammorna i stor majoritet. Av deltagarna i programmet Föräldrar i Norra Vättersund 2024 var 79 procent mammor.
## Mål
Papporna ska ta ut en större andel av föräldrapenningen och av dagarna för vård av barn. Föräldraskapsstödet ska nå fler pappor.
## Aktiviteter
| Aktivitet | Ansvar | Tid | Indikator |
| Informationsträffar om föräldraförsäkringen på större arbetsplatser med mansdominerad personal | Försäkringskassan och Länsstyrelsen | 2026 | Mäns andel av föräldrapenningdagarna |
| Utvecklingsmedel till familjecentralerna för föräldragrupper på kvällstid och pappagrupper | Länsstyrelsen, samordnaren för föräldraskapsstöd | Ansökan mars 2026 | Andel pappor bland deltagarna i föräldraskapsstödet |
| Kunskapsdag om anhörigomsorg och arbetsliv för kommunernas anhörigkonsulenter | Länsstyrelsen och Studieförbundet Vuxenskolan | November 2026 | Antal deltagare |
| Länsgemensamt material om jämställt föräldraskap för barnmorskemottagningarna | Region Norra Vättersund | 2027 | Materialet används av samtliga mottagningar |
# 4 Alkohol, narkotika, doping, tobak och spel
## Lägesbild
Drogvaneundersökningen 2024 visar att flickorna i årskurs 9 nu snusar i nästan samma utsträckning som pojkarna, 11 respektive 13 procent, medan andelen flickor var 3 procent för fem år sedan. Bland vuxna är riskabla spelvanor tre gånger vanligare bland män än bland kvinnor.
## Mål
Ökningen av snusande bland flickor ska brytas. Det förebyggande arbetet mot spel om pengar ska nå fler män.
## Aktiviteter
| Aktivitet | Ansvar | Tid | Indikator |
| Tillsynsdag om tobaksförsäljning till unga tillsammans med kommunernas tillsynshandläggare | Länsstyrelsen, ANDTS-samordnaren | Maj 2026 | Andel butiker som säljer till minderåriga vid kontrollköp |
| Samtalsmaterial om snus och nikotinpåsar riktat till flickor på högstadiet | ANDTS-samordnaren och elevhälsan | 2026–2027 | Andel flickor i årskurs 9 som snusar |
| Utbildning om spelproblem för personal på arbetsplatser med många manliga anställda | ANDTS-samordnaren | 2027 | Antal utbildade arbetsplatser |
# 5 Uppföljning
| Vad | Hur | När | Ansvar |
| Indikatorerna i avsnitt 1–4 | Sammanställs i en lägesrapport där alla värden redovisas för kvinnor och män eller flickor och pojkar | Februari 2027 och februari 2028 | Analysfunktionen |
| Aktiviteternas genomförande | Avstämning i styrgruppen med Region och kommuner | Juni och december varje år | Enheten för social hållbarhet |
| Revidering av planen | Utifrån lägesrapporten | Våren 2027 | Enhetschefen |
"""

NOTE = (
    "Handlingsplan uppställd i tabeller. Översiktstabellen under 'Vad som ingår och inte ingår' är exkluderingar: "
    "goal.economy och area.regional_growth ('Ekonomisk jämställdhet och jämställd regional tillväxt | Nej | Ingår i Region Norra Vättersunds egen handlingsplan; inga aktiviteter här'), "
    "goal.violence ('Mäns våld mot kvinnor | Nej | Egen regional handlingsplan antas under 2026' – uppskov) och area.preparedness ('Civil beredskap | Nej | Ingår inte i denna plan') är därför mentioned. "
    "area.child_rights: bara raden 'Barnrättsperspektivet ska beaktas i samtliga aktiviteter' – perspektivrad utan innehåll, mentioned. "
    "Kommunernas 'tillsynshandläggare' och 'arbetsplatser' är inte makt; goal.power saknas helt. "
    "goal.unpaid_care addressed (föräldrapenning, VAB, anhörigomsorg med siffror och aktiviteter); area.parenting_support addressed separat (andel pappor i föräldraskapsstödet, utvecklingsmedel till familjecentralerna, ansvar: samordnaren för föräldraskapsstöd). "
    "area.andts addressed (avsnitt 4 med drogvaneundersökning, tillsyn, ANDTS-samordnaren). "
    "req.conditions addressed: flickor/pojkar (meritvärde, snus) och kvinnor/män (sjukpenningtal, föräldrapenning). "
    "req.collaboration addressed: Region, kommunerna, Försäkringskassan och studieförbundet med angivna roller och en styrgrupp. "
    "req.followup addressed: avsnitt 5 (lägesrapport februari, avstämning juni/december, ansvar). "
    "req.internal, goal.power, area.planning, area.human_rights, area.rural och area.integration nämns inte."
)

TARGETS = {
    "goal.power": "missing", "goal.economy": "mentioned", "goal.education": "addressed",
    "goal.unpaid_care": "addressed", "goal.health": "addressed", "goal.violence": "mentioned",
    "area.planning": "missing", "area.child_rights": "mentioned",
    "area.parenting_support": "addressed", "area.human_rights": "missing",
    "req.conditions": "addressed", "req.statistics": "addressed", "req.collaboration": "addressed",
    "req.internal": "missing", "req.followup": "addressed", "area.regional_growth": "mentioned",
    "area.rural": "missing", "area.integration": "missing", "area.preparedness": "mentioned",
    "area.andts": "addressed",
}


def build():
    w4 = [3600, 2200, 1400, 1800]
    return build_docx(MARKUP, widths=[[3200, 1800, 4000], w4, w4, w4, w4, [2200, 3400, 1800, 1600]],
                      title_prop="Handlingsplan 2026–2027", split_runs=True)


EXPECTED = expected_json(NOTE, TARGETS)

"""Draft 09: consultation version with tracked insertions/deletions, footnotes and margin comments."""
from common import build_docx, expected_json

NAME = "09_remissversion_sparade_andringar.docx"

MARKUP = r"""
= Remissversion – Ett jämställt Norra Vättersund 2025–2028
=~ Länsstrategi för jämställdhetsintegrering. Dnr 801-4471-2024. Version 0.9 med spårade ändringar efter intern beredning
# Till remissinstanserna
Länsstyrelsen i Norra Vättersund remitterar härmed förslaget till länsstrategi för jämställdhetsintegrering 2025–2028. Synpunkter lämnas senast den 14 mars 2025 till norravattersund@lansstyrelsen.se. Ange diarienummer 801-4471-2024 i ämnesraden. Remissvaren publiceras på Länsstyrelsens webbplats. Om ni inte har några synpunkter är vi tacksamma för ett kort besked om det. Frågor om remissen besvaras av Sara Lindqvist, särskilt sakkunnig i jämställdhet.
Remissinstanser: Region Norra Vättersund, Sjöbacka kommun, Ekedals kommun, Tallnäs kommun, Hjortviks kommun, Polisområde Norra Vättersund, Arbetsförmedlingen, Försäkringskassan, Kvinnojouren i Ekedal, Tjejjouren Sjöbacka, Företagarna Norra Vättersund.
Remissen skickas också för kännedom till länets riksdagsledamöter och till Jämställdhetsmyndigheten. Efter remisstiden sammanställer Länsstyrelsen inkomna synpunkter i en remissammanställning, där det framgår hur varje synpunkt har hanterats. Strategin beräknas kunna beslutas i april 2025.
I dokumentet syns de ändringar som gjorts efter den interna beredningen i januari. Ändringarna kommer att godkännas innan strategin beslutas.
## Frågor till remissinstanserna
Vi tar gärna emot synpunkter på hela förslaget, men är särskilt intresserade av svar på följande frågor:
1. Är de tre prioriterade delmålen rätt val för länet under perioden?
2. Vilka av insatserna kan er organisation bidra till, och hur?
3. Är indikatorerna i bilaga 1 tillräckliga för att följa utvecklingen, eller saknas något?
4. Hur vill ni att Länsstyrelsen kommunicerar strategin till era medarbetare och förtroendevalda?
# 1 Inledning
Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för jämställdhetsintegrering.[^1] Strategin ska stärka det regionala och lokala arbetet och förbättra förutsättningarna för samverkan mellan länets aktörer.
Strategin fokuserar på tre av de jämställdhetspolitiska delmålen: makt och inflytande, ekonomisk jämställdhet och mäns våld mot kvinnor. Övriga delmål – {-jämställd utbildning, -}[c1>en jämn fördelning av det obetalda hem- och omsorgsarbetet och jämställd hälsa<c1] – behandlas i andra styrdokument, bland annat Region Norra Vättersunds folkhälsoplan.
## 1.1 Vad som har ändrats sedan förra strategin
Den förra strategin för 2021–2024 hade sex prioriterade områden och drygt fyrtio aktiviteter. I Länsstyrelsens egen genomgång hösten 2024 konstaterades att ungefär hälften av aktiviteterna genomfördes och att flera saknade en tydlig ansvarig. Förslaget har därför färre områden, färre insatser och en ansvarig enhet för varje insats.
-- Förebyggande arbete mot alkohol och narkotika bland unga ska ingå som ett fjärde prioriterat område.
[c2>Förslaget har också kortats kraftigt efter den interna beredningen, och flera stycken har strukits för att strategin ska bli lättare att använda.<c2]
I alla insatser ska ett intersektionellt perspektiv, tillgänglighet och en hållbar samhällsplanering vägas in.
# 2 Makt och inflytande
++ I länets fyra kommunfullmäktige är 41 procent av ledamöterna kvinnor, men bland nämndordförandena är andelen 29 procent. I Tallnäs och Hjortvik har ingen kvinna varit kommunstyrelsens ordförande sedan 2006.
++ Länsstyrelsen erbjuder från 2026 ett mentorsprogram för nyvalda kvinnliga förtroendevalda och en kurs för valberedningarna i partierna om hur nomineringar kan ge en jämnare könsfördelning på ordförandeposterna. Enheten för social hållbarhet ansvarar.
-- Länsstyrelsen ska undersöka möjligheten att arbeta med frågan under perioden.
# 3 Ekonomisk jämställdhet
Kvinnornas förvärvsinkomster i länet motsvarade 2023 i genomsnitt 79 procent av männens.[^2] Andelen kvinnor som arbetar deltid är 27 procent, andelen män 9 procent. Skillnaderna är störst i Tallnäs och Hjortvik, där arbetsmarknaden är starkt uppdelad mellan kvinnodominerad offentlig sektor och mansdominerad skogs- och verkstadsindustri. {+Kvinnor som gick i pension 2023 hade i genomsnitt 31 procent lägre allmän pension än männen.+}
Målet är att inkomstskillnaden ska minska till högst 15 procent till 2028. Länsstyrelsen ska under 2025–2026 genomföra dialogmöten om heltid som norm med de fyra kommunerna som arbetsgivare och med Region Norra Vättersund. {+Resultatet av dialogerna redovisas för jämställdhetsrådet i december 2026.+}
-- Länsstyrelsens skolnätverk ska under perioden arbeta med studie- och yrkesvägledningen i Ekedal och Sjöbacka så att fler flickor väljer tekniska program och fler pojkar väljer vård och omsorg.
-- Landsbygdens företagare ska få bättre tillgång till rådgivning, och Länsstyrelsen ska se över urvalskriterierna för företagsstöd.
Dialogmötena ska ta upp schemaläggning, rätten till heltid och hur chefer kan stödja medarbetare som vill gå upp i tid. {+Inför mötena sammanställer Länsstyrelsen hur sysselsättningsgraden bland kvinnor och män i vård och omsorg har utvecklats i varje kommun sedan 2019.+}
# 4 Mäns våld mot kvinnor
Under 2023 anmäldes 612 fall av misshandel av kvinnor i nära relation i länet. I enkäten Liv och hälsa ung 2024 uppgav 14 procent av flickorna och 5 procent av pojkarna i 15-årsåldern att de utsatts för sexuella trakasserier.[^3]
Kvinnojourerna i länet hade 2 140 stödsamtal 2023, och de skyddade boendena i Sjöbacka och Ekedal tog emot 143 kvinnor. Det saknas fortfarande platser för kvinnor med funktionsnedsättning och för kvinnor med äldre söner.
Fler våldsutsatta ska upptäckas tidigt. Länsstyrelsens våldssamordnare utbildar under perioden yrkesverksamma i socialtjänst och mödrahälsovård i att fråga om våld, och stödjer kommunerna i att införa ett våldsförebyggande program för unga i fritidsverksamheten. {+Målet är att programmet ska finnas i alla fyra kommuner 2027.+}
Länsstyrelsen fördelar också bidrag till ideella organisationer som arbetar mot våld. Bidragen bedöms utifrån jämställdhet och barnets rättigheter.[^4]
-- Trygghetsvandringar ska genomföras i Sjöbacka centrum och kommunernas detaljplaner ska granskas ur ett trygghetsperspektiv av enheten för samhällsplanering.
# 5 Samverkan
Länsstyrelsen leder jämställdhetsrådet, där Region Norra Vättersund, de fyra kommunerna, Polisområde Norra Vättersund, Arbetsförmedlingen och två kvinnojourer ingår. Rådet träffas fyra gånger per år. Varje aktör som ansluter sig till strategin tar fram en egen handlingsplan och redovisar den för rådet årligen. {+Länsstyrelsen erbjuder de anslutna aktörerna en grundkurs i jämställdhetsintegrering två gånger per år och ett nätverk för kommunernas jämställdhetssamordnare, som träffas varannan månad. Mellan rådets möten håller Länsstyrelsen kontakt med varje kommun genom en utsedd kontaktperson.+} Rådets sammansättning ses över efter remissen, och fler organisationer ur civilsamhället kan komma att bjudas in.
# 6 Länsstyrelsens egen verksamhet
Arbetet med jämställdhetsintegrering av Länsstyrelsens egen verksamhet beskrivs i Länsstyrelsens verksamhetsplan och behandlas inte i denna strategi.
++ Jämställdhetsintegrering av den civila beredskapen ingår inte heller i denna strategi, eftersom den hanteras i beredskapsenhetens egen plan.
# 7 Uppföljning
-- Strategin följs upp.
++ Strategin följs upp varje år med de indikatorer som finns i bilaga 1: andelen kvinnor bland nämndordförandena, kvinnors förvärvsinkomst i procent av männens, andelen kvinnor och män som arbetar deltid, anmäld misshandel av kvinnor i nära relation och antalet kommuner med våldsförebyggande program för unga. Analysfunktionen sammanställer en lägesrapport i mars varje år, och jämställdhetsrådet går igenom den på sitt vårmöte. All statistik i rapporten redovisas uppdelad på kön.
# Bilaga 1 Indikatorer
| Indikator | Utgångsvärde | Källa |
| Andel kvinnor bland nämndordförande | 29 % (2024) | Kommunernas protokoll |
| Kvinnors förvärvsinkomst i procent av männens | 79 % (2023) | SCB |
| Andel kvinnor / män som arbetar deltid | 27 % / 9 % (2023) | SCB |
| Anmäld misshandel av kvinna i nära relation | 612 (2023) | Polisen |
| Kommuner med våldsförebyggande program för unga | 1 av 4 (2024) | Länsstyrelsens enkät |
[FN 1] Regeringsbeslut om uppdrag att ta fram länsstrategier för jämställdhetsintegrering. Länsstyrelsens instruktion anger också att Länsstyrelsen ska integrera ett jämställdhetsperspektiv i sin verksamhet. Frågor om diskriminering i enskilda fall hänvisas till Diskrimineringsombudsmannen.
[FN 2] SCB, inkomst- och taxeringsregistret. Förvärvsinkomst för personer 20–64 år.
[FN 3] Liv och hälsa ung 2024, Region Norra Vättersund. Urvalet omfattar 2 310 ungdomar.
[FN 4] Från 2026 gör Länsstyrelsen en barnkonsekvensanalys av varje beslut om bidrag över 100 000 kronor, där konsekvenserna för flickor och pojkar redovisas var för sig. Barnrättsfunktionen ansvarar för mallen och granskar ett urval av besluten varje år.
[CM 2] Ska vi skriva ut vilka stycken som strukits? Förslag: nej, det syns i versionen med ändringar.
[CM 1] Regionens plan nämner bara det ena av dessa. Kontrollera innan remissen går ut.
"""

NOTE = (
    "Remissversion med spårade ändringar (w:ins räknas, w:del räknas inte), fotnoter och en marginalkommentar. "
    "goal.education: finns bara i spårade borttagningar (den strukna listposten 'jämställd utbildning' i kap. 1 och det strukna stycket om skolnätverket i kap. 3); inga skolor, skolenkäter eller utbildningsinsatser finns kvar i den gällande texten (kursen för valberedningarna och grundkursen i jämställdhetsintegrering gäller inte utbildningsmålet) – missing. "
    "area.rural: bara i ett struket stycke i kap. 3 – missing. "
    "area.planning: det strukna stycket om trygghetsvandringar och detaljplaner räknas inte; kvar är bara perspektivraden 'en hållbar samhällsplanering vägas in' i kap. 1 – mentioned. "
    "goal.unpaid_care och goal.health: bara som delmål som 'behandlas i andra styrdokument' i kap. 1 (med kommentarens ankartext) – mentioned. "
    "req.internal: bara hänvisningen 'beskrivs i Länsstyrelsens verksamhetsplan och behandlas inte i denna strategi' i kap. 6 och instruktionen i fotnot 1 – mentioned. "
    "area.preparedness: bara en inskjuten exkludering i kap. 6 ('ingår inte heller i denna strategi') – mentioned. "
    "area.human_rights: bara diskrimineringsvokabulär i fotnot 1 (hänvisning till DO) – mentioned. "
    "goal.power addressed genom de inskjutna styckena i kap. 2 (siffror, mentorsprogram, ansvar); det strukna fyllnadsstycket räknas inte. "
    "req.followup addressed genom det inskjutna stycket i kap. 7 och bilagan; den strukna raden 'Strategin följs upp.' räknas inte. "
    "area.child_rights addressed genom fotnot 4 (barnkonsekvensanalys av bidragsbeslut, flickor och pojkar var för sig, ansvar). "
    "req.conditions addressed (kvinnor/män i kap. 2–3, flickor/pojkar i kap. 4 och fotnot 4). req.collaboration addressed (kap. 5). "
    "Remissinstanslistan och regionens folkhälsoplan är aktörer och annan aktörs dokument. "
    "area.parenting_support, area.regional_growth, area.integration och area.andts nämns inte."
)

TARGETS = {
    "goal.power": "addressed", "goal.economy": "addressed", "goal.education": "missing",
    "goal.unpaid_care": "mentioned", "goal.health": "mentioned", "goal.violence": "addressed",
    "area.planning": "mentioned", "area.child_rights": "addressed",
    "area.parenting_support": "missing", "area.human_rights": "mentioned",
    "req.conditions": "addressed", "req.statistics": "addressed", "req.collaboration": "addressed",
    "req.internal": "mentioned", "req.followup": "addressed", "area.regional_growth": "missing",
    "area.rural": "missing", "area.integration": "missing", "area.preparedness": "mentioned",
    "area.andts": "missing",
}


def build():
    return build_docx(MARKUP, widths=[[4200, 2400, 2400]],
                      title_prop="Remissversion – Ett jämställt Norra Vättersund 2025–2028",
                      track_revisions=True, rev_author="Sara Lindqvist",
                      rev_date="2025-01-28T10:15:00Z", header="REMISSVERSION")


EXPECTED = expected_json(NOTE, TARGETS)

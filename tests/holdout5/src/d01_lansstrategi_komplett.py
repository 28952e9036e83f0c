"""Draft 01: complete county strategy with TOC, three priorities (power, economy, violence)."""
from common import build_docx, expected_json

NAME = "01_lansstrategi_komplett.docx"

MARKUP = r"""
= Ett jämställt Norra Vättersund 2025–2028
=~ Länsstrategi för jämställdhetsintegrering. Länsstyrelsen i Norra Vättersund, dnr 801-4471-2024
[TOC]
# 1 Förord
Norra Vättersunds län har på många sätt kommit långt, men skillnaderna mellan kvinnors och mäns livsvillkor i länet är fortfarande tydliga när man tittar på siffrorna. Den här strategin är Länsstyrelsens svar på regeringens uppdrag att ta fram en länsstrategi för jämställdhetsintegrering för perioden 2025–2028. Den är skriven för oss själva, för länets fyra kommuner Sjöbacka, Ekedal, Tallnäs och Hjortvik, för Region Norra Vättersund och för de myndigheter och organisationer som vill arbeta tillsammans med oss.
Strategin har tagits fram under våren 2024 i dialog med länets jämställdhetsråd. Jag vill tacka alla som har bidragit med underlag, synpunkter och kritik.
__Karin Öhrvall, landshövding__
# 2 Utgångspunkter
## 2.1 Uppdraget
Länsstyrelsen ska enligt sin instruktion verka för att de jämställdhetspolitiska målen får genomslag i länet. Det övergripande målet är att kvinnor och män ska ha samma makt att forma samhället och sina egna liv. Jämställdhet är en mänsklig rättighet och en grund för demokratin, och den frågan är inte förhandlingsbar för en statlig myndighet.
Strategin tar avstamp i länets förutsättningar. Vi har valt ut tre prioriterade områden där skillnaderna är stora och där Länsstyrelsen har verktyg att påverka: makt och inflytande i de lokala församlingarna, kvinnors ekonomiska självständighet och mäns våld mot kvinnor.
## 2.2 Perspektiv som ska genomsyra arbetet
I alla insatser som följer av strategin ska barnrättsperspektivet, tillgänglighet och ett intersektionellt perspektiv vägas in. Det betyder att vi frågar oss vilka grupper av kvinnor och män som berörs och hur, inte bara om det är kvinnor eller män.
## 2.3 Läsanvisning
Kapitel 3 beskriver de tre prioriterade områdena med lägesbild, mål och insatser. Kapitel 4 handlar om hur vi arbetar tillsammans med andra, kapitel 5 om Länsstyrelsens egen verksamhet och kapitel 6 om hur strategin följs upp.
# 3 Prioriterade områden
## 3.1 Makt och inflytande i länets kommuner
### Lägesbild
I de fyra kommunfullmäktige i länet var 41 procent av ledamöterna kvinnor efter valet 2022, vilket är något under riksgenomsnittet. Skillnaden blir större ju högre upp i hierarkin man tittar. Av de 24 ordförandeposterna i kommunernas nämnder och styrelser innehas sju av kvinnor, och i Tallnäs och Hjortvik är samtliga kommunstyrelsens ordförande och vice ordförande män. Bland ledamöterna i de kommunala bolagens styrelser är andelen kvinnor 33 procent.
I Länsstyrelsens enkät till förtroendevalda hösten 2023 svarade 29 procent av kvinnorna och 17 procent av männen att de utsatts för hot, hat eller trakasserier kopplat till sitt uppdrag. Fler kvinnor än män uppgav att de övervägt att lämna politiken av det skälet.
### Mål
Till 2028 ska andelen kvinnor bland ordförandena i länets nämnder och kommunala bolagsstyrelser vara minst 40 procent. Andelen förtroendevalda kvinnor som lämnar sitt uppdrag i förtid ska minska.
### Insatser
| Insats | Ansvar | Tid |
| Mentorsprogram för nyvalda kvinnliga förtroendevalda i samarbete med de politiska partierna | Enheten för social hållbarhet | 2025–2026 |
| Stöd till kommunerna i att ta fram rutiner mot hot och hat mot förtroendevalda | Enheten för social hållbarhet | 2025 |
| Ny enkät till förtroendevalda som jämför kvinnors och mäns utsatthet | Analysfunktionen | 2027 |
## 3.2 Kvinnors ekonomiska självständighet
### Lägesbild
Kvinnor i länet hade 2023 en genomsnittlig förvärvsinkomst som motsvarade 79 procent av männens. Skillnaden har minskat långsamt under tio år. Andelen kvinnor som arbetar deltid är 27 procent, jämfört med 9 procent av männen. Deltiden är koncentrerad till vård, omsorg och handel i Sjöbacka och Ekedal, där de stora arbetsgivarna är kommunerna själva.
Skillnaderna har flera förklaringar. Den könssegregerade arbetsmarknaden spelar stor roll, och könsbundna studieval bidrar till att mönstret består. Kvinnors större ansvar för hem och barn är en annan del av förklaringen till deltiden. Gruppen utrikes födda kvinnor behöver särskild uppmärksamhet; det beskrivs närmare i länets integrationsstrategi och behandlas därför inte här.
Skillnaderna i inkomst följer med hela livet. Kvinnor i länet som gick i pension 2023 hade i genomsnitt 31 procent lägre allmän pension än männen.
### Mål
Skillnaden i förvärvsinkomst mellan kvinnor och män i länet ska minska till högst 15 procent år 2028. Andelen kvinnor som arbetar heltid inom kommunal vård och omsorg ska öka.
### Insatser
| Insats | Ansvar | Tid |
| Dialogmöten med de fyra kommunerna som arbetsgivare om heltid som norm | Enheten för social hållbarhet | 2025–2027 |
| Länsgemensam lägesbild över ofrivillig deltid, redovisad för kvinnor och män per kommun | Analysfunktionen | 2026 |
| Informationsinsatser om livsinkomst och pension riktade till unga kvinnor tillsammans med Pensionsmyndigheten | Enheten för social hållbarhet | 2026 |
Region Norra Vättersund ansvarar för det regionala tillväxtarbetet i länet och har sedan 2019 en egen plan för jämställd tillväxt.
## 3.3 Mäns våld mot kvinnor
### Lägesbild
Polisen i länet registrerade 2023 totalt 612 anmälningar om misshandel av kvinna i nära relation, en ökning med 8 procent på fem år. I länets skolenkät 2024 uppgav 14 procent av flickorna och 5 procent av pojkarna i årskurs 9 att de hade utsatts för sexuella trakasserier det senaste året. Skyddade boenden i Sjöbacka och Ekedal tog emot 143 kvinnor under 2023, men det saknas plats för kvinnor med husdjur och för kvinnor med funktionsnedsättning.
Våldet ger långvariga följder för de utsatta, bland annat i form av psykisk ohälsa och sjukskrivning, och det gör våldsfrågan till något som berör många verksamheter.
### Mål
Fler våldsutsatta kvinnor ska upptäckas tidigt och få stöd, oavsett i vilken kommun de bor. Det våldsförebyggande arbetet ska nå alla högstadieskolor i länet till 2027.
### Insatser
| Insats | Ansvar | Tid |
| Utbildning i att ställa frågor om våld för personal inom socialtjänst, skola och hälso- och sjukvård | Våldssamordnaren | 2025–2028 |
| Stöd till kommunerna att införa ett våldsförebyggande program på högstadiet | Våldssamordnaren | 2025–2027 |
| Regional kartläggning av skyddade boenden och deras tillgänglighet | Enheten för social hållbarhet | 2025 |
## 3.4 Samhällsplanering och trygghet
Länsstyrelsen yttrar sig över kommunernas översiktsplaner och detaljplaner. Från 2025 ska enheten för samhällsplanering i varje samrådsyttrande över en översiktsplan fråga hur kommunen har analyserat kvinnors och mäns resmönster och upplevda trygghet i offentlig miljö. Enheten tar under 2025 fram en checklista för detta och prövar den på Ekedals nya översiktsplan.
# 4 Samverkan i länet
Länsstyrelsen leder länets jämställdhetsråd, där Region Norra Vättersund, de fyra kommunerna, Polisområde Norra Vättersund, Arbetsförmedlingen och två ideella kvinnojourer ingår. Rådet träffas fyra gånger per år. Varje aktör som ansluter sig till strategin tar fram en egen handlingsplan och redovisar den för rådet en gång per år.
Länsstyrelsen erbjuder de anslutna aktörerna en grundutbildning i jämställdhetsintegrering två gånger per år och ett nätverk för kommunernas jämställdhetssamordnare med träffar varannan månad.
# 5 Länsstyrelsens egen verksamhet
Länsstyrelsen ska integrera jämställdhet i sin egen verksamhet. Under 2025 inför vi följande:
- varje enhet redovisar i sin verksamhetsplan minst ett mål för jämställdhetsintegrering;
- beslutsmallen för bidrag och tillstånd får en obligatorisk fråga om konsekvenser för kvinnor och män;
- alla chefer går en halvdagsutbildning i jämställdhetsintegrering under hösten 2025;
- ledningsgruppen följer upp arbetet i samband med tertialuppföljningen.
# 6 Uppföljning och utvärdering
Strategin följs upp årligen med de indikatorer som anges nedan. Analysfunktionen sammanställer en lägesrapport varje mars, och jämställdhetsrådet diskuterar den på sitt vårmöte. En extern utvärdering görs 2028 inför nästa strategiperiod.
| Indikator | Källa | Utgångsvärde |
| Andel kvinnor bland ordförande i nämnder och bolagsstyrelser | Kommunernas protokoll | 29 % (2024) |
| Förvärvsinkomst kvinnor i procent av männens | SCB | 79 % (2023) |
| Andel kvinnor respektive män som arbetar deltid | SCB | 27 % / 9 % (2023) |
| Anmälda fall av misshandel av kvinna i nära relation | Polisen | 612 (2023) |
| Andel högstadieskolor med våldsförebyggande program | Länsstyrelsens enkät | 2 av 11 (2024) |
All statistik i lägesrapporten redovisas uppdelad på kön och, där det går, på kommun och ålder.
"""

NOTE = (
    "Komplett länsstrategi med tre prioriterade områden (makt, ekonomi, våld) och en kort del om samhällsplanering. "
    "goal.education: bara som orsak i 3.2 ('könsbundna studieval bidrar till att mönstret består'); skolor och högstadiet i 3.3 är arenor för våldsarbetet och chefsutbildningen i kap. 5 gäller egen personal – därför mentioned. "
    "goal.unpaid_care: bara som orsak till deltiden i 3.2 ('Kvinnors större ansvar för hem och barn'), utan egen siffra eller insats – mentioned. "
    "goal.health: bara som följd av våldet i 3.3 ('psykisk ohälsa och sjukskrivning') och hälso- och sjukvården som utbildningsmålgrupp – mentioned. "
    "area.child_rights: bara i perspektivlistan 2.2 ('barnrättsperspektivet, tillgänglighet …') – mentioned; flickor/pojkar i skolenkäten är våldsanalys. "
    "area.human_rights: bara värdegrund i 2.1 ('Jämställdhet är en mänsklig rättighet') – mentioned. "
    "area.regional_growth: bara som annan aktörs befintliga arbete i 3.2 (Regionen ansvarar för tillväxtarbetet och har en egen plan) – mentioned. "
    "area.integration: bara som hänvisning till integrationsstrategin i 3.2 ('behandlas därför inte här') – mentioned. "
    "goal.economy: pensionsskillnaden ingår i ekonomiavsnittet. area.planning addressed genom 3.4 (ansvar för enheten för samhällsplanering, checklista, tid). "
    "req.conditions addressed: kvinnor/män i 3.1–3.2 och flickor/pojkar i skolenkäten i 3.3. req.internal addressed genom kap. 5 (verksamhetsplan, beslutsmall, chefsutbildning). "
    "req.followup addressed genom kap. 6 (indikatorer, lägesrapport i mars, extern utvärdering 2028). "
    "area.parenting_support, area.rural, area.preparedness och area.andts nämns inte alls."
)

TARGETS = {
    "goal.power": "addressed", "goal.economy": "addressed", "goal.education": "mentioned",
    "goal.unpaid_care": "mentioned", "goal.health": "mentioned", "goal.violence": "addressed",
    "area.planning": "addressed", "area.child_rights": "mentioned",
    "area.parenting_support": "missing", "area.human_rights": "mentioned",
    "req.conditions": "addressed", "req.statistics": "addressed", "req.collaboration": "addressed",
    "req.internal": "addressed", "req.followup": "addressed", "area.regional_growth": "mentioned",
    "area.rural": "missing", "area.integration": "mentioned", "area.preparedness": "missing",
    "area.andts": "missing",
}


def build():
    return build_docx(MARKUP, widths=[[5200, 2400, 1400]] * 4 + [[4200, 2400, 2400]],
                      title_prop="Ett jämställt Norra Vättersund 2025–2028",
                      header="Länsstyrelsen i Norra Vättersund", footer_page=True)


EXPECTED = expected_json(NOTE, TARGETS)

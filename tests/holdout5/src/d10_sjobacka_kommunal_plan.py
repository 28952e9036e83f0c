"""Draft 10: municipal action plan (Sjöbacka kommun) linked to the county strategy."""
from common import build_docx, expected_json

NAME = "10_sjobacka_kommunal_plan.docx"

MARKUP = r"""
= Handlingsplan för jämställdhet 2026–2027
=~ Sjöbacka kommun. Antagen av kommunfullmäktige 2025-11-24, § 147. Dnr KS 2025/0388
# 1 Inledning
Sjöbacka kommun har anslutit sig till länsstrategin Ett jämställt Norra Vättersund 2025–2028. Den här handlingsplanen beskriver vad kommunen ska göra under 2026 och 2027 för att bidra till strategins mål och för att göra kommunens egna verksamheter mer jämställda. Planen antas av kommunfullmäktige, och kommunstyrelsen ansvarar för att den genomförs.
Barnkonventionen är svensk lag sedan 2020 och gäller alla kommunens verksamheter.
Planen har tagits fram av kommunledningskontoret tillsammans med förvaltningarna. Underlaget bygger på kommunens egen könsuppdelade statistik, på länets statistikblad Kvinnor och män i Norra Vättersund och på en enkät till kommunens chefer hösten 2025.
Sjöbacka är länets residensstad och största kommun med drygt 70 000 invånare. Befolkningen växer, främst genom inflyttning av barnfamiljer till de nya bostadsområdena i norr. Planen gäller alla nämnder och förvaltningar samt kommunens helägda bolag. Den ersätter den tidigare handlingsplanen för 2023–2025, som följdes upp i en rapport till kommunstyrelsen i september 2025. Av rapporten framgick att de flesta aktiviteter hade genomförts men att få av dem hade följts upp med siffror.
## Resurser
Aktiviteterna genomförs inom förvaltningarnas befintliga budget. Kommunstyrelsen har för 2026 avsatt 450 000 kronor till utbildningsinsatser och en halvtidstjänst som jämställdhetsstrateg på kommunledningskontoret.
# 2 Kommunen som organisation
## 2.1 Så styr vi
Jämställdhet ska vara en del av kommunens ordinarie styrning och inte ett sidospår. Från 2026 gäller följande:
- alla tjänsteskrivelser till nämnderna ska innehålla en bedömning av hur förslaget påverkar kvinnor och män, flickor och pojkar;
- nämndernas verksamhetsplaner ska ha minst ett mål som rör jämställdhet i den service som nämnden ansvarar för;
- all individbaserad statistik i nämndernas delårsrapporter och årsredovisning redovisas uppdelad på kön;
- alla chefer går kommunens utbildning i jämställdhetsintegrering under 2026, och nya chefer inom sex månader från anställningen.
Kommunledningskontoret ansvarar för mallar och utbildning. Kommunens jämställdhetsstrateg stödjer förvaltningarna.
## 2.2 Kommunen som arbetsgivare
Av kommunens 4 860 anställda är 78 procent kvinnor. Inom hemtjänsten och äldreboendena arbetar 58 procent av kvinnorna heltid, jämfört med 81 procent av männen. Kommunen införde heltid som norm i vård och omsorg 2022, men många anställda har fortsatt att gå ned i tid.
Mål: Andelen kvinnor som arbetar heltid inom vård och omsorg ska vara minst 75 procent i december 2027. Det ger kvinnorna högre lön och pension och minskar också sjukfrånvaron genom bättre planerade scheman.
| Aktivitet | Ansvar | Tid |
| Ny schemaläggning med färre delade turer i hemtjänsten | Vård- och omsorgsförvaltningen | 2026 |
| Samtal med alla deltidsanställda om önskad sysselsättningsgrad | Vård- och omsorgsförvaltningen och HR | Våren 2026 |
| Lönekartläggning med särskild analys av kvinnodominerade yrken | HR-avdelningen | Årligen i maj |
Kommunens lönekartläggning 2025 visade inga osakliga löneskillnader mellan enskilda kvinnor och män med likvärdigt arbete, men en strukturell skillnad mellan kvinnodominerade och mansdominerade yrkesgrupper med jämförbara krav. Undersköterskor och barnskötare har lägre löner än de mansdominerade grupperna inom teknik och fastighet.
# 3 Förskola och skola
Flickorna i Sjöbackas skolor hade 2025 ett genomsnittligt meritvärde på 241 poäng i årskurs 9, pojkarna 214. Av pojkarna var 84 procent behöriga till gymnasiets yrkesprogram, av flickorna 91 procent. I kommunens elevenkät uppger flickorna oftare än pojkarna att de känner sig otrygga på rasterna.
Mål: Skillnaden i meritvärde mellan flickor och pojkar ska minska, och alla förskolor ska arbeta med normmedveten pedagogik senast 2027.
| Aktivitet | Ansvar | Tid |
| Läsfrämjande insats för pojkar i årskurs 4–6 på fyra skolor | Barn- och utbildningsförvaltningen | 2026–2027 |
| Kompetensutveckling i normmedveten pedagogik för förskolans personal | Barn- och utbildningsförvaltningen | Hösten 2026 |
| Rastvärdar och trygghetsenkät två gånger per år på högstadiet | Rektorerna | Från 2026 |
# 4 Föräldraskapsstöd
Kommunens föräldraskapsstöd erbjuds på familjecentralen och genom föräldragrupperna Föräldrar i Sjöbacka. Av de 312 föräldrar som deltog 2024 var 81 procent mammor. Få av deltagarna var utrikes födda, trots att de utgör en fjärdedel av småbarnsföräldrarna i kommunen.
Mål: Andelen pappor bland deltagarna i föräldraskapsstödet ska vara minst 35 procent 2027.
| Aktivitet | Ansvar | Tid |
| Föräldragrupper på kvällstid och en särskild grupp för pappor | Socialförvaltningen, familjecentralen | Från januari 2026 |
| Inbjudan till föräldragrupp skickas till båda vårdnadshavarna | Familjecentralen | 2026 |
| Uppföljning av deltagarna per kön varje halvår | Socialförvaltningen | Juni och december |
# 5 Våld i nära relationer
Socialtjänsten i Sjöbacka fick 2024 kännedom om 287 vuxna som utsatts för våld i nära relation, varav 241 kvinnor och 46 män. Polisen registrerade 214 anmälningar om misshandel av kvinnor i nära relation i kommunen. Enligt socialtjänstens egen granskning ställdes frågor om våld i bara hälften av de ärenden där det borde ha skett.
Kvinnojouren i Sjöbacka tog under 2024 emot 612 samtal och hade 31 kvinnor och 38 barn boende i sina lägenheter. Jouren beskriver att många kvinnor har levt med våld i flera år innan de söker hjälp.
Mål: Alla handläggare inom socialtjänsten ska ställa frågor om våld enligt kommunens rutin, och fler våldsutsatta kvinnor ska få stöd tidigt.
| Aktivitet | Ansvar | Tid |
| Utbildning i att fråga om våld för all personal inom socialtjänsten | Socialförvaltningen | 2026 |
| Ny rutin för samarbete med kvinnojouren och polisen vid akuta placeringar | Socialförvaltningen | Våren 2026 |
| Våldsförebyggande program i årskurs 7–9 | Barn- och utbildningsförvaltningen | Läsåret 2026/27 |
# 6 Trygga och tillgängliga offentliga miljöer
I kommunens medborgarenkät 2024 uppgav 46 procent av kvinnorna och 18 procent av männen att de avstår från att gå ut ensamma på kvällen i centrala Sjöbacka. Gång- och cykelvägen mellan stationen och bostadsområdet Norrhagen upplevs som särskilt otrygg.
Vid kommunens medborgardag om centrum i oktober 2024 efterfrågade många deltagare bättre belysning och fler människor i rörelse på kvällarna, till exempel genom att butiker och bibliotek håller öppet längre.
Mål: Kvinnors och mäns upplevda trygghet i offentliga miljöer ska vara lika hög 2027, och den nya översiktsplanen ska innehålla en analys av hur planen påverkar kvinnor och män.
| Aktivitet | Ansvar | Tid |
| Trygghetsvandringar i Norrhagen och vid stationen tillsammans med boende, polisen och fastighetsägare | Samhällsbyggnadsförvaltningen | Våren 2026 |
| Belysning och röjning längs gång- och cykelvägen Norrhagen–stationen | Samhällsbyggnadsförvaltningen | 2026 |
| Jämställdhetsanalys i arbetet med den nya översiktsplanen | Samhällsbyggnadsförvaltningen, planenheten | 2026–2027 |
# 7 Samverkan
Sjöbacka kommun deltar i Länsstyrelsens jämställdhetsråd och i länets nätverk för jämställdhetssamordnare. I våldsarbetet samverkar socialtjänsten med Polisområde Norra Vättersund, Region Norra Vättersunds hälso- och sjukvård och Kvinnojouren i Sjöbacka genom en gemensam samverkansgrupp som träffas varannan månad. Familjecentralen drivs tillsammans med Region Norra Vättersund.
# 8 Uppföljning
Kommunstyrelsen följer upp planen i samband med delårsrapporten i augusti och årsredovisningen i februari. Kommunledningskontoret sammanställer indikatorerna nedan, redovisade för kvinnor och män eller flickor och pojkar, och rapporterar också till Länsstyrelsen inför jämställdhetsrådets vårmöte.
| Indikator | Utgångsvärde |
| Andel kvinnor / män som arbetar heltid inom vård och omsorg | 58 % / 81 % (2025) |
| Meritvärde åk 9, flickor / pojkar | 241 / 214 (2025) |
| Andel pappor bland deltagarna i föräldraskapsstödet | 19 % (2024) |
| Andel ärenden där frågor om våld ställts | cirka 50 % (2024) |
| Andel kvinnor / män som avstår från att gå ut ensamma på kvällen | 46 % / 18 % (2024) |
"""

NOTE = (
    "Kommunal handlingsplan (Sjöbacka kommun). req.internal bedöms för kommunen som organisation (kap. 2.1: tjänsteskrivelser, verksamhetsplaner, chefsutbildning). "
    "goal.power: kommunfullmäktige och kommunstyrelsen förekommer bara som beslutande och ansvariga organ – mentioned. "
    "goal.health: bara som följd av heltid i 2.2 ('minskar också sjukfrånvaron'); hälso- och sjukvården är en samverkansaktör i kap. 7 – mentioned. "
    "area.child_rights: bara 'Barnkonventionen är svensk lag sedan 2020 och gäller alla kommunens verksamheter' – inramning, mentioned. "
    "area.integration: bara i förbigående i föräldraskapsavsnittet ('Få av deltagarna var utrikes födda') utan eget mål eller insats – mentioned (gränsfall). "
    "'vårdnadshavarna' i kap. 4 är inte vård; lönekartläggningen i 2.2 är ekonomiarbete. Flickors otrygghet på rasterna ligger under skolavsnittet. "
    "goal.economy (2.2), goal.education (kap. 3), area.parenting_support (kap. 4), goal.violence (kap. 5) och area.planning (kap. 6: översiktsplan, trygghetsvandringar, planenheten) addressed. "
    "req.conditions addressed (kvinnor/män och flickor/pojkar). req.statistics addressed (åtagandet i 2.1 och siffrorna). req.collaboration addressed (kap. 7). req.followup addressed (kap. 8). "
    "goal.unpaid_care, area.human_rights, area.regional_growth, area.rural, area.preparedness och area.andts nämns inte."
)

TARGETS = {
    "goal.power": "mentioned", "goal.economy": "addressed", "goal.education": "addressed",
    "goal.unpaid_care": "missing", "goal.health": "mentioned", "goal.violence": "addressed",
    "area.planning": "addressed", "area.child_rights": "mentioned",
    "area.parenting_support": "addressed", "area.human_rights": "missing",
    "req.conditions": "addressed", "req.statistics": "addressed", "req.collaboration": "addressed",
    "req.internal": "addressed", "req.followup": "addressed", "area.regional_growth": "missing",
    "area.rural": "missing", "area.integration": "mentioned", "area.preparedness": "missing",
    "area.andts": "missing",
}


def build():
    w3 = [4800, 2600, 1600]
    return build_docx(MARKUP, widths=[w3] * 5 + [[6000, 3000]],
                      title_prop="Handlingsplan för jämställdhet 2026–2027", creator="Sjöbacka kommun",
                      header="Sjöbacka kommun", footer_page=True)


EXPECTED = expected_json(NOTE, TARGETS)

"""Draft 06: strategy heavy in cause-and-consequence analysis; other goals appear inside the analyses."""
from common import build_docx, expected_json

NAME = "06_orsaker_och_konsekvenser.docx"

MARKUP = r"""
= Varför är Norra Vättersund inte jämställt?
=~ Orsaks- och konsekvensanalys med strategiska vägval. Länsstrategi för jämställdhetsintegrering 2025–2028, del 1
# Om analysen
Den här delen av länsstrategin bygger på en orsaks- och konsekvensanalys som Länsstyrelsen genomförde under 2024. Vi har valt tre problem där skillnaderna mellan kvinnor och män i länet är stora och där utvecklingen har gått åt fel håll eller stått still: kvinnors lägre inkomster, skillnaderna i hälsa och mäns våld mot kvinnor. För vart och ett beskriver vi läget, vad det beror på och vad det leder till. Därefter anger vi mål och insatser. Del 2 av strategin, som är en separat bilaga, innehåller de fullständiga tabellerna och en beskrivning av metoden. Analysen är inte heltäckande: den säger mer om de mönster som syns i statistiken än om de erfarenheter som inte syns där.
Fokusgrupperna genomfördes under hösten 2024 med 38 kvinnor och 26 män i åldrarna 16–80 år. Samtalen leddes av två processledare från Länsstyrelsen och dokumenterades i anonymiserade anteckningar. Vi har strävat efter att nå personer som sällan deltar i dialoger med myndigheter, bland annat genom att besöka arbetsplatser och föreningar.
Analysen bygger på könsuppdelad statistik från SCB, Försäkringskassan, Region Norra Vättersund och Polisen, på länets enkät Liv och hälsa ung och på fokusgrupper med 64 invånare i alla fyra kommuner.
# 1 Kvinnors lägre inkomster
## Läget
Kvinnor i länet hade 2023 en disponibel inkomst som var 18 procent lägre än männens. Andelen kvinnor som arbetar deltid är 28 procent och andelen män 9 procent. Bland ensamstående mammor med barn under 18 år har 24 procent en inkomst under gränsen för låg ekonomisk standard, jämfört med 11 procent av ensamstående pappor.
## Orsaker
Den viktigaste förklaringen är att kvinnor och män arbetar i olika branscher och yrken. Kvinnodominerade yrken inom vård, omsorg och service har lägre löner och fler deltidstjänster. Könsmönstren i gymnasievalet gör att mönstret förs vidare till nästa generation. I länets mindre orter på landsbygden är dessutom utbudet av heltidstjänster för kvinnor mindre, och pendlingsavstånden längre. Kvinnors större ansvar för hem och barn gör att många väljer eller accepterar deltid under småbarnsåren och sedan blir kvar där. Fokusgrupperna pekade också på att män är i majoritet i de politiska församlingar och styrelser där besluten om arbetsvillkor i kommunerna fattas.
## Konsekvenser
Lägre inkomster under arbetslivet leder till lägre pension. Ekonomiskt beroende av en partner gör det svårare att lämna en relation där man utsätts för våld. För länet som helhet innebär den låga sysselsättningsgraden i vissa grupper att kompetens går förlorad, vilket i förlängningen hämmar den regionala tillväxten.
## Mål och insatser
Skillnaden i disponibel inkomst mellan kvinnor och män ska minska till högst 12 procent till 2028. Länsstyrelsen genomför under 2025–2026 en serie arbetsgivardialoger med de fyra kommunerna och Region Norra Vättersund om heltid som norm i vård och omsorg. Enheten för social hållbarhet ansvarar och redovisar resultatet till jämställdhetsrådet.
# 2 Skillnader i hälsa
## Läget
Kvinnor i länet har ett sjukpenningtal på 14,6 dagar och män 7,8. Bland unga i gymnasiet uppger 43 procent av flickorna och 21 procent av pojkarna att de ofta har svårt att sova eller känner sig stressade. Män i länet lever i genomsnitt 3,9 år kortare än kvinnor, och tre av fyra som dör i suicid är män.
## Orsaker
Kvinnors högre sjukfrånvaro hänger samman med arbetsmiljön i kontaktyrken med hög psykisk belastning och med att många kvinnor bär ett dubbelt ansvar för arbete och familj. Flickors stress kopplas i fokusgrupperna till skolprestationer, kroppsideal och utsatthet på nätet. Skillnaden i sjukfrånvaro är störst i Ekedal, där en stor del av kvinnorna arbetar inom kommunens hemtjänst och äldreomsorg med fysiskt tunga arbetsuppgifter och delade turer. Mäns kortare liv förklaras till stor del av riskbeteenden, olyckor och att män söker vård senare.
## Konsekvenser
Långa sjukskrivningar ger lägre inkomster och kan leda till att kvinnor lämnar arbetsmarknaden i förtid. Ohälsa bland unga påverkar deras möjligheter senare i livet.
## Mål och insatser
Skillnaden i sjukpenningtal mellan kvinnor och män ska minska, och andelen flickor som uppger stress och sömnproblem ska minska till 2028. Länsstyrelsen och Region Norra Vättersund startar 2025 ett gemensamt utvecklingsarbete med elevhälsan i Ekedal och Tallnäs om flickors psykiska hälsa. Regionen ansvarar för en kampanj om att söka hjälp i tid som riktar sig till män i medelåldern.
# 3 Mäns våld mot kvinnor
## Läget
Polisen i länet tog 2023 emot 598 anmälningar om misshandel av kvinnor i nära relation. I enkäten Liv och hälsa ung uppgav 16 procent av flickorna och 6 procent av pojkarna i årskurs 9 att de utsatts för sexuella trakasserier under det senaste året. Kvinnojourerna i länet hade 2 140 stödsamtal under 2023.
## Orsaker
Våldet har sin grund i ojämställda maktförhållanden och i normer om maskulinitet som förknippar manlighet med kontroll. Alkohol är en vanlig riskfaktor i de ärenden som polisen utreder, även om den inte förklarar varför våldet uppstår. Utrikes födda kvinnor som utsätts för våld kan ha svårare att hitta stöd, bland annat på grund av språket och ett litet socialt nätverk.
## Konsekvenser
Våldet ger fysiska skador och långvarig psykisk ohälsa hos den som utsätts. Barn som lever med våld i familjen är själva brottsoffer, och barnets bästa ska enligt barnkonventionen komma i främsta rummet. Rädslan för våld påverkar också hur kvinnor rör sig i offentliga miljöer: i fokusgrupperna berättade flera kvinnor att de undviker kollektivtrafiken och busshållplatserna i Sjöbacka på kvällstid. Samhällets kostnader för våldet i länet har beräknats till drygt 400 miljoner kronor per år.
## Mål och insatser
Fler våldsutsatta kvinnor ska få stöd tidigt, och andelen flickor som utsätts för sexuella trakasserier ska minska. Länsstyrelsens våldssamordnare utbildar under perioden personal inom socialtjänst, mödrahälsovård och elevhälsa i att ställa frågor om våld. Under 2026 införs ett våldsförebyggande program i samtliga högstadieskolor i Hjortvik och Tallnäs.
# 4 Så arbetar vi tillsammans
Länsstyrelsen leder jämställdhetsrådet, där Region Norra Vättersund, de fyra kommunerna, Polisområde Norra Vättersund, Försäkringskassan och kvinnojourerna ingår. Rådet möts fyra gånger per år och följer arbetet med de tre problemområdena. Mellan mötena arbetar tre tematiska grupper, en för varje område, där Länsstyrelsen är sammankallande och kommunerna och regionen bidrar med underlag och genomför insatser i sina verksamheter.
# 5 Uppföljning
Analysen uppdateras varje år med ny statistik. Länsstyrelsen redovisar utvecklingen i en årlig lägesrapport till jämställdhetsrådet i maj, och strategin utvärderas i sin helhet under 2028.
| Indikator | Utgångsvärde | Mål 2028 |
| Skillnad i disponibel inkomst, kvinnor och män | 18 % (2023) | högst 12 % |
| Sjukpenningtal, kvinnor / män | 14,6 / 7,8 dagar (2023) | minskad skillnad |
| Andel flickor / pojkar i gymnasiet som ofta är stressade | 43 % / 21 % (2024) | minskad andel flickor |
| Anmäld misshandel av kvinnor i nära relation | 598 (2023) | fler ärenden upptäcks tidigt |
| Andel flickor i åk 9 utsatta för sexuella trakasserier | 16 % (2024) | minskning |
"""

NOTE = (
    "Strategi som domineras av orsaks- och konsekvensanalys; andra mål förekommer som orsaker eller följder i analyserna. "
    "goal.education: gymnasievalets könsmönster som orsak till inkomstskillnaderna (kap. 1) och skolprestationer som orsak till flickors stress (kap. 2); högstadieskolor och elevhälsa är arenor – mentioned. "
    "goal.unpaid_care: 'Kvinnors större ansvar för hem och barn' som orsak till deltid (kap. 1) och 'dubbelt ansvar' som orsak till sjukfrånvaro (kap. 2) – mentioned. "
    "goal.power: män i majoritet i församlingar och styrelser som orsak i kap. 1 (utan siffror eller eget arbete), och 'ojämställda maktförhållanden' som orsak till våldet – mentioned. "
    "area.planning: kvinnor undviker kollektivtrafiken och busshållplatserna som följd av rädslan för våld (kap. 3) – mentioned. "
    "area.child_rights: barnkonventionen/barnets bästa som bisats i konsekvenserna av våldet – mentioned. "
    "area.regional_growth: 'hämmar den regionala tillväxten' som konsekvens i kap. 1 – mentioned. area.rural: 'mindre orter på landsbygden' som orsak i kap. 1 – mentioned. "
    "area.integration: utrikes födda kvinnors svårighet att hitta stöd som orsak/exempel i våldsanalysen – mentioned. area.andts: alkohol som riskfaktor i våldsanalysen – mentioned. "
    "Gränsfall: ensamstående mammor/pappor med låg ekonomisk standard är ekonomianalys, inte obetalt arbete; mödrahälsovård i våldsinsatsen är en målgrupp. "
    "goal.economy, goal.health och goal.violence addressed (läge med siffror, mål, insatser, ansvar). req.conditions addressed (kvinnor/män och flickor/pojkar). "
    "req.collaboration addressed (kap. 4: rådet, tematiska grupper, roller). req.followup addressed (kap. 5: årlig lägesrapport i maj, utvärdering 2028, indikatortabell). "
    "area.parenting_support, area.human_rights, req.internal och area.preparedness nämns inte."
)

TARGETS = {
    "goal.power": "mentioned", "goal.economy": "addressed", "goal.education": "mentioned",
    "goal.unpaid_care": "mentioned", "goal.health": "addressed", "goal.violence": "addressed",
    "area.planning": "mentioned", "area.child_rights": "mentioned",
    "area.parenting_support": "missing", "area.human_rights": "missing",
    "req.conditions": "addressed", "req.statistics": "addressed", "req.collaboration": "addressed",
    "req.internal": "missing", "req.followup": "addressed", "area.regional_growth": "mentioned",
    "area.rural": "mentioned", "area.integration": "mentioned", "area.preparedness": "missing",
    "area.andts": "mentioned",
}


def build():
    return build_docx(MARKUP, widths=[[4400, 2600, 2000]],
                      title_prop="Varför är Norra Vättersund inte jämställt?", header="Länsstrategi 2025–2028, del 1")


EXPECTED = expected_json(NOTE, TARGETS)

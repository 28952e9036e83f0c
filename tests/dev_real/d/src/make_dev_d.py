#!/usr/bin/env python3
"""Writes the dev_real/d development set: fictional county-strategy drafts for
"Länsstyrelsen i Östra Dalsänka" plus one expected.json per draft.

Focus: requirements and mandated areas that are *named without being worked on*
(value lists, task lists, forewords, "strategin berör", other actors, deferrals),
mixed with genuinely addressed ones written in plain text.

Usage:  python3 make_dev_d.py            (write drafts/)
        python3 make_dev_d.py --check    (regenerate into a temp dir, compare bytes with
                                          drafts/, parse every zip part, validate every
                                          expected.json, count words)
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
CREATOR = "Länsstyrelsen i Östra Dalsänka"

IDS = ["goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
       "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
       "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
       "req.internal", "req.followup", "area.regional_growth", "area.rural",
       "area.integration", "area.preparedness", "area.andts"]

A, M, X = "addressed", "mentioned", "missing"

SHORT = {"power": "goal.power", "economy": "goal.economy", "education": "goal.education",
         "care": "goal.unpaid_care", "health": "goal.health", "violence": "goal.violence",
         "planning": "area.planning", "child": "area.child_rights",
         "parenting": "area.parenting_support", "hr": "area.human_rights",
         "conditions": "req.conditions", "statistics": "req.statistics",
         "collab": "req.collaboration", "internal": "req.internal", "followup": "req.followup",
         "growth": "area.regional_growth", "rural": "area.rural",
         "integration": "area.integration", "prep": "area.preparedness", "andts": "area.andts"}


def labels(**kw):
    d = {SHORT[k]: v for k, v in kw.items()}
    assert set(d) == set(IDS), sorted(set(IDS) - set(d))
    assert set(d.values()) <= {A, M, X}
    return {i: d[i] for i in IDS}


SIX_GOALS = [
    "En jämn fördelning av makt och inflytande",
    "Ekonomisk jämställdhet",
    "Jämställd utbildning",
    "En jämn fördelning av det obetalda hem- och omsorgsarbetet",
    "Jämställd hälsa",
    "Mäns våld mot kvinnor ska upphöra",
]

DRAFTS = []


def draft(fn):
    DRAFTS.append(fn)
    return fn


# ---------------------------------------------------------------------------------------------
@draft
def d1():
    d = Doc("d1", creator=CREATOR, title_prop="Ett jämställt Östra Dalsänka 2025–2028")
    d.title("Ett jämställt Östra Dalsänka")
    d.sub("Länsstrategi för jämställdhetsintegrering 2025–2028 – vision, värdegrund och vägval")
    d.h1("Förord")
    d.p("Östra Dalsänka ska vara ett län där alla kan leva, arbeta och växa upp på lika villkor. Det "
        "är en fråga om demokrati och om rättvisa, men också om länets framtid. När flickor och unga "
        "kvinnor flyttar från våra mindre orter och inte kommer tillbaka förlorar vi både kompetens "
        "och framtidstro. Jämställdhet är därför ingen sidofråga utan något som angår alla som verkar "
        "i länet – kommuner, företag, föreningar och myndigheter.")
    d.p("Med den här strategin vill Länsstyrelsen ge en gemensam riktning för de kommande fyra åren. "
        "Strategin är inte en färdig plan för allt som ska göras. Den är en inbjudan till alla som vill "
        "vara med och bidra, var och en utifrån sitt uppdrag och sina möjligheter.")
    d.p("__Ingela Berghult, landshövding__")
    d.h1("1. Varför en länsstrategi?")
    d.p("Regeringen har gett länsstyrelserna i uppdrag att ta fram länsstrategier för "
        "jämställdhetsintegrering för perioden 2025–2028. Uppdraget innebär att Länsstyrelsen ska "
        "stödja, samordna och utveckla arbetet för att de jämställdhetspolitiska målen ska få "
        "genomslag i länet. I arbetet ska kvinnors och mäns samt flickors och pojkars villkor belysas, "
        "analyseras och beaktas, och Länsstyrelsen ska ha en samordnande roll gentemot länets aktörer.")
    d.p("Det övergripande målet för jämställdhetspolitiken är att kvinnor och män ska ha samma makt "
        "att forma samhället och sina egna liv. Målet är uppdelat i sex delmål:")
    d.ul(SIX_GOALS)
    d.p("Alla sex delmålen är viktiga och hänger ihop. I Östra Dalsänka har vi valt att under perioden "
        "lägga särskild kraft på två av dem, där vi bedömer att länets aktörer tillsammans kan göra "
        "mest skillnad: makt och inflytande samt mäns våld mot kvinnor. De övriga delmålen ligger "
        "kvar som en ram för arbetet.")
    d.h1("2. Vision")
    d.p("**Östra Dalsänka 2035 – ett län där kvinnor och män, flickor och pojkar har samma makt att "
        "forma samhället och sina egna liv.**")
    d.p("Visionen är långsiktig och gemensam. Den ska gå att känna igen oavsett om man arbetar i "
        "en kommunal förvaltning i Bäckarp, driver ett företag i Strömsby eller är aktiv i en "
        "idrottsförening i Hagfors-by.")
    d.h1("3. Värdegrund")
    d.p("Arbetet med strategin vilar på några gemensamma utgångspunkter. De gäller för "
        "Länsstyrelsen och är en rekommendation till alla som ansluter sig.")
    d.ul([
        "**Jämställdhet är en mänsklig rättighet.** Alla människor har rätt att leva ett liv utan "
        "begränsningar kopplade till kön.",
        "**Kunskapsbaserat.** Vi utgår från forskning, beprövad erfarenhet och könsuppdelad "
        "statistik.",
        "**Barnets rättigheter.** Barns bästa och barns rätt att komma till tals ska beaktas.",
        "**Normmedvetet.** Vi ifrågasätter föreställningar om vad som är typiskt kvinnligt och "
        "manligt.",
        "**Samverkan.** Ingen aktör kan ensam åstadkomma förändring – vi gör det tillsammans.",
        "**Intersektionellt.** Kön samverkar med ålder, funktionsförmåga, bakgrund och var i "
        "länet man bor.",
    ])
    d.p("Statistik om kvinnor och män i länet publiceras löpande av SCB och av Region Östra "
        "Dalsänka, och de aktörer som ansluter sig uppmanas att använda den i sina egna analyser.")
    d.h1("4. Länsstyrelsens roll och uppdrag")
    d.p("Länsstyrelsen är statens företrädare i länet och har en bred verksamhet. Bland de "
        "områden där myndigheten har uppgifter med betydelse för jämställdheten finns "
        "samhällsplanering och bostadsförsörjning, regional tillväxt, landsbygdsutveckling, "
        "etableringen av nyanlända och utrikes födda kvinnor, krisberedskap och civilt försvar, "
        "samordningen av ANDTS-arbetet, föräldraskapsstöd och arbetet med barnets rättigheter. "
        "Strategin berör därmed en stor del av myndighetens ansvarsområden.")
    d.p("Länsstyrelsens interna arbete med jämställdhetsintegrering beskrivs i en särskild "
        "handlingsplan för den egna verksamheten, som beslutas av länsledningen och inte ingår i "
        "denna strategi.")
    d.h1("5. Prioriterade delmål")
    d.h2("5.1 Makt och inflytande")
    d.p("Efter valet 2022 har flera av länets kommuner fått färre kvinnor på de tunga posterna, "
        "och i dialoger med de politiska partierna har det framkommit att många kvinnor lämnar "
        "sina uppdrag under mandatperioden.")
    d.p("**Regionalt mål:** Andelen kvinnor bland ordförandena i länets kommunala nämnder och "
        "styrelser ska vara minst 45 procent efter valet 2026.")
    d.p("Länsstyrelsen bjuder under våren 2027 in alla nyvalda förtroendevalda i länets sju "
        "kommuner till en introduktionsdag om det politiska uppdraget, med särskilt fokus på hot och "
        "hat mot förtroendevalda och på hur partierna kan behålla de kvinnor som väljs in. Dagen "
        "planeras tillsammans med partiernas länsorganisationer.")
    d.h2("5.2 Mäns våld mot kvinnor")
    d.p("Mäns våld mot kvinnor är ett allvarligt samhällsproblem som drabbar kvinnor i alla delar av "
        "länet. Våldet begränsar kvinnors liv och är ett av de tydligaste uttrycken för bristande "
        "jämställdhet.")
    d.p("**Regionalt mål:** Alla länets kommuner ska senast 2026 ha en beslutad handlingsplan mot "
        "våld i nära relationer och hedersrelaterat våld och förtryck.")
    d.p("Länsstyrelsen erbjuder under 2025 och 2026 de kommuner som saknar en sådan plan stöd i att "
        "ta fram den, bland annat genom en mall, två workshoppar och återkoppling på utkast. "
        "Länsstyrelsens samordnare mot våld ansvarar för stödet.")
    d.h1("6. Så genomförs strategin – anslut dig!")
    d.p("Strategin genomförs genom att organisationer i länet ansluter sig. Kommuner, Region Östra "
        "Dalsänka, statliga myndigheter, företag och föreningar kan ansluta sig genom att skicka in "
        "en avsiktsförklaring som undertecknas av organisationens högsta chef. Den som ansluter sig "
        "väljer minst ett av de prioriterade delmålen och beskriver vad organisationen ska göra.")
    d.p("Länsstyrelsen håller samman nätverket för anslutna aktörer. Nätverket träffas fyra gånger "
        "per år, varav en gång som en länsgemensam konferens i Bäckarp. Mellan träffarna erbjuder "
        "Länsstyrelsen processtöd till de anslutna, till exempel hjälp att formulera mål och att "
        "genomföra en enkel jämställdhetsanalys. Länets kommunala jämställdhetssamordnare och "
        "civilsamhällets organisationer har en egen referensgrupp som Länsstyrelsen sammankallar "
        "två gånger per år.")
    d.h1("7. Uppföljning")
    d.p("Det är viktigt att arbetet följs upp. En plan för hur strategin ska följas upp och "
        "utvärderas tas fram under 2025 i dialog med de anslutna aktörerna.")
    d.h1("8. Till sist")
    d.p("Jämställdhet skapas i vardagen – i hur vi fördelar resurser, vem vi lyssnar på och vilka "
        "beslut vi fattar. Vi hoppas att många vill vara med och göra Östra Dalsänka till ett "
        "jämställt län.")
    note = (
        "Värderingsstrategi i Värmlandsform (vision, värdegrund, anslutning). Makt behandlas: regionalt "
        "mål (45 procent kvinnor bland nämndordförande 2026) och introduktionsdag för nyvalda våren 2027. "
        "Våld behandlas: mål om handlingsplaner senast 2026 och stöd med mall/workshoppar, ansvarig "
        "samordnare. Samverkan behandlas: avsnitt 6 säger med vilka (kommuner, regionen, myndigheter, "
        "föreningar, kommunala samordnare, civilsamhället) och hur (nätverk fyra gånger per år, "
        "processtöd, referensgrupp två gånger per år); värdegrundspunkten 'Samverkan' ensam hade bara "
        "varit nämnd. Ekonomi, utbildning, obetalt arbete och hälsa nämns bara i delmålslistan "
        "(recitation). Villkor nämns: plikten att belysa, analysera och beakta reciteras i avsnitt 1, "
        "visionen säger 'kvinnor och män, flickor och pojkar' och förordet att flickor och unga kvinnor "
        "flyttar (inramning, ingen analys av villkor); "
        "ingen analys av vare sig kvinnor/män eller flickor/pojkar, inga siffror. Statistik nämns: "
        "'könsuppdelad statistik' i värdegrundslistan (princip i en punktlista) och som något SCB och "
        "regionen publicerar för andra aktörer; utkastet innehåller inga könsuppdelade siffror och inget "
        "åtagande för Länsstyrelsen. Intern nämns: hänvisning till en separat handlingsplan som 'inte "
        "ingår i denna strategi'. Uppföljning nämns: 'en plan ... tas fram under 2025' är en uppskjutning. "
        "Samhällsplanering, regional tillväxt, landsbygd, integration/utrikes födda kvinnors etablering, "
        "krisberedskap/civilt försvar, ANDTS, föräldraskapsstöd och barnets rättigheter nämns bara i "
        "uppräkningen av Länsstyrelsens ansvarsområden i avsnitt 4 ('Strategin berör ...'); barnets "
        "rättigheter dessutom som värdegrundspunkt. Mänskliga rättigheter nämns bara som inramning "
        "('Jämställdhet är en mänsklig rättighet'). 'Hot och hat mot förtroendevalda' i 5.1 är en del av "
        "maktinsatsen, inte våldsmålet (våld behandlas ändå i 5.2).")
    lab = labels(power=A, economy=M, education=M, care=M, health=M, violence=A,
                 planning=M, child=M, parenting=M, hr=M, conditions=M, statistics=M,
                 collab=A, internal=M, followup=M, growth=M, rural=M, integration=M,
                 prep=M, andts=M)
    return "d1_vision_och_anslutning", d, note, lab


# ---------------------------------------------------------------------------------------------
@draft
def d2():
    d = Doc("d2", creator=CREATOR, title_prop="Jämställdhetsstrategi för Östra Dalsänkas län",
            header="ARBETSMATERIAL – version 0.8")
    d.title("Jämställdhet i Östra Dalsänkas län 2025–2028")
    d.sub("Nulägesanalys och inriktning – arbete, inkomst och landsbygd")
    d.h1("Inledning")
    d.p("Den här strategin bygger på en genomgång av länets statistik som Länsstyrelsens "
        "analysenhet gjorde under hösten 2024, och på tre dialogmöten med kommunerna, Region Östra "
        "Dalsänka och Arbetsförmedlingen. Genomgången visar att de största skillnaderna mellan "
        "kvinnor och män i länet finns i arbetslivet och i hur befolkningen fördelar sig mellan "
        "tätort och landsbygd.")
    d.p("De sex jämställdhetspolitiska delmålen är en jämn fördelning av makt och inflytande; "
        "ekonomisk jämställdhet; jämställd utbildning; en jämn fördelning av det obetalda hem- och "
        "omsorgsarbetet; jämställd hälsa samt att mäns våld mot kvinnor ska upphöra. Strategin "
        "utgår från alla sex men prioriterar ekonomisk jämställdhet, med landsbygden som ett "
        "genomgående perspektiv.")
    d.p("Jämställdhetsintegrering innebär att ett jämställdhetsperspektiv ska finnas med i alla "
        "beslut och i alla led av beslutsfattande, planering och genomförande – både hos länets "
        "aktörer och i Länsstyrelsens egen verksamhet.")
    d.h1("Nulägesanalys")
    d.h2("Befolkning")
    d.p("Östra Dalsänkas län har 212 400 invånare (2024) i sju kommuner. Bäckarp, med 78 000 "
        "invånare, och Strömsby växer, medan Lövnäs, Hagfors-by och Kvarnåsen har minskat i "
        "befolkning under tjugo år. Minskningen är inte jämnt fördelad: i Lövnäs finns i dag 86 "
        "kvinnor per 100 män i åldern 20–39 år, och i Hagfors-by 88. I Bäckarp är motsvarande tal "
        "99.")
    d.p("I länets senaste ungdomsenkät (2023) svarade 36 procent av flickorna och 52 procent av "
        "pojkarna i årskurs 9 att de tror att de kommer att bo kvar i sin hemkommun som vuxna. "
        "Skillnaden är störst i de mindre kommunerna, där flickorna oftare pekar på att det saknas "
        "utbildningar och jobb som de är intresserade av. Pojkarna i samma kommuner är i högre grad "
        "nöjda med fritidsutbudet, som till stor del består av motorsport, jakt och ishockey.")
    d.h2("Arbete och inkomst")
    d.p("Sysselsättningsgraden i åldern 20–64 år är 79 procent för kvinnor och 84 procent för män. "
        "Av de sysselsatta kvinnorna arbetar 29 procent deltid, jämfört med 10 procent av männen. "
        "Kvinnornas medianinkomst av förvärvsarbete var 2023 cirka 81 procent av männens; i Lövnäs "
        "var andelen 74 procent, vilket är lägst i länet.")
    d.p("Skillnaderna förklaras till stor del av att arbetsmarknaden är starkt uppdelad. Kvinnor "
        "arbetar i vård, omsorg och skola, ofta med kommunen som arbetsgivare och med delade turer "
        "och ofrivillig deltid. Män arbetar i tillverkning, skog och transport. Även könsbundna "
        "utbildningsval, det faktum att kvinnor tar det största ansvaret för hem och barn och att "
        "kvinnor oftare är sjukskrivna bidrar till inkomstskillnaden.")
    d.p("Kvinnors lägre inkomster följer med hela livet. Genomsnittlig allmän pension för kvinnor "
        "över 65 år i länet är 71 procent av männens. Ekonomiskt beroende kan också göra det "
        "svårare för en kvinna att lämna en relation där hon utsätts för våld.")
    d.p("Den ofrivilliga deltiden är ett särskilt problem i de mindre kommunerna. I Kvarnåsen och "
        "Lövnäs uppger kommunerna att mer än hälften av undersköterskorna i hemtjänsten har en "
        "tjänstgöringsgrad under 80 procent, och att många av dem skulle vilja arbeta mer om "
        "schemat tillät det. Samtidigt har arbetsgivarna svårt att rekrytera. Bland de arbetslösa i "
        "åldern 20–64 år är andelen långtidsarbetslösa 41 procent för kvinnor och 37 procent för "
        "män, och pendlingsavstånden är långa: en kvinna i Hagfors-by som saknar körkort har i "
        "praktiken bara två arbetsgivare inom en timmes resväg.")
    d.p("Vid dialogmötena lyfte deltagarna också att männen i länet oftare arbetar i branscher som "
        "är känsliga för konjunkturen, och att flera industrier i Strömsby varslade personal under "
        "2023. Det visar att en könsuppdelad arbetsmarknad kan vara sårbar för både kvinnor och män.")
    d.h2("Företagande och landsbygd")
    d.p("Av länets företagare är 30 procent kvinnor. I jord- och skogsbruket är andelen 14 procent. "
        "Under 2024 gick 22 procent av de investeringsstöd som Länsstyrelsen beviljade inom "
        "landsbygdsprogrammet till företag som drivs av kvinnor, och 26 procent av det beviljade "
        "beloppet gick till sådana företag i Lövnäs, Hagfors-by och Kvarnåsen tillsammans.")
    d.p("De kvinnor som driver företag på landsbygden har i intervjuer som Länsstyrelsen gjorde "
        "2024 beskrivit att de sällan känner till stöden, att handläggningen upplevs som inriktad "
        "på maskininvesteringar och att det saknas nätverk för kvinnor i de gröna näringarna.")
    d.h1("Regionala mål")
    d.p("**Mål 1.** Skillnaden i sysselsättningsgrad mellan kvinnor och män i länet ska ha "
        "halverats till 2028.")
    d.p("**Mål 2.** Andelen kvinnor bland de deltidsarbetande som vill arbeta mer ska minska.")
    d.p("**Mål 3.** Minst 35 procent av landsbygdsprogrammets investeringsstöd ska 2028 gå till "
        "företag som drivs av kvinnor.")
    d.h1("Insatser")
    d.table([
        ["Insats", "Ansvar", "När"],
        ["Nätverk för länets kommuner om heltid som norm i vård och omsorg, två träffar per år",
         "Länsstyrelsen (enheten för social hållbarhet)", "2025–2028"],
        ["Informationsträffar om landsbygdsstöd för kvinnor som driver eller vill starta företag i "
         "Lövnäs, Hagfors-by och Kvarnåsen, tillsammans med Hushållningssällskapet",
         "Landsbygdsenheten", "Hösten 2025 och 2026"],
        ["Genomgång av urvalskriterierna för investeringsstöd ur ett jämställdhetsperspektiv",
         "Landsbygdsenheten", "2025"],
        ["Arbetsmarknadsråd med Arbetsförmedlingen, Region Östra Dalsänka och de sju kommunerna; "
         "Länsstyrelsen sammankallar", "Länsstyrelsen", "Två gånger per år"],
    ], [4800, 2600, 1600])
    d.h1("Andra aktörers ansvar")
    d.p("Region Östra Dalsänka ansvarar för det regionala tillväxtarbetet och har en egen plan för "
        "jämställd fördelning av tillväxtmedlen. Utrikes födda kvinnors etablering följs inom ramen "
        "för den regionala överenskommelsen om nyanländas etablering, som Arbetsförmedlingen "
        "samordnar. Frågor om bostäder, kollektivtrafik och fysisk planering hanteras i "
        "Länsstyrelsens ordinarie arbete med samhällsplanering och omfattas inte av strategin.")
    d.p("Perspektiv som tillgänglighet, barnrätt och likabehandling ska vägas in i alla insatser. "
        "Den som upplever sig diskriminerad kan vända sig till Diskrimineringsombudsmannen.")
    d.h1("Uppföljning")
    d.p("Länsstyrelsens analysenhet sammanställer varje år i april en lägesrapport till "
        "landshövdingen. Rapporten redovisar tre indikatorer, alla uppdelade på kvinnor och män och "
        "per kommun: sysselsättningsgrad 20–64 år, andel deltidsarbetande och andel av "
        "landsbygdsprogrammets investeringsstöd som gått till företag som drivs av kvinnor. Insatserna "
        "i tabellen följs upp i samma rapport. En extern utvärdering görs under 2028 och ligger till "
        "grund för nästa strategi.")
    note = (
        "Analystung strategi med prioriterad ekonomi och landsbygd. Ekonomi behandlas (sysselsättning, "
        "deltid, inkomst, pension, mål 1–2, heltidsnätverk). Landsbygd behandlas: kvinnor per 100 män "
        "20–39 år i Lövnäs/Hagfors-by, andel investeringsstöd i landsbygdsprogrammet, mål 3, "
        "informationsträffar och genomgång av urvalskriterier (landsbygdsenheten, 2025–2026). Villkor "
        "behandlas: både kvinnor/män (sysselsättning, inkomst) och flickor/pojkar (ungdomsenkäten åk 9, "
        "36 mot 52 procent vill bo kvar). Statistik behandlas (könsuppdelade siffror, indikatorer per kön). "
        "Samverkan behandlas (arbetsmarknadsråd med AF, regionen och de sju kommunerna två gånger per år, "
        "heltidsnätverket). Uppföljning behandlas (årlig lägesrapport i april av analysenheten, tre "
        "indikatorer, extern utvärdering 2028). Makt nämns bara i den prosa-uppräknade delmålslistan (';' "
        "och 'samt'). Utbildning nämns: delmålslistan och 'könsbundna utbildningsval' som en orsak till "
        "inkomstskillnaden; flickornas uppgift om att utbildningar saknas är del av landsbygdsanalysen. "
        "Obetalt arbete nämns: delmålslistan och 'kvinnor tar det största ansvaret för hem och barn' som "
        "orsak. Hälsa nämns: delmålslistan och 'oftare sjukskrivna' som orsak. Våld nämns: delmålslistan "
        "och ekonomiskt beroende som försvårar att lämna en våldsam relation (följd, i förbigående). "
        "Intern behandlas, men inte där ordet står: metoddefinitionen ('... och i Länsstyrelsens egen "
        "verksamhet') är bara nämnd; arbetet är tabellraden 'Genomgång av urvalskriterierna för "
        "investeringsstöd ur ett jämställdhetsperspektiv | Landsbygdsenheten | 2025' – Länsstyrelsen "
        "ändrar sina egna beslutskriterier (egen process). Pendlingsavstånden och körkortsexemplet i "
        "'Arbete och inkomst' är del av sysselsättningsanalysen, inte samhällsplanering. Regional "
        "tillväxt nämns: regionens ansvar (annan aktör). Integration nämns: överenskommelsen som AF "
        "samordnar (annan aktör). Samhällsplanering nämns: uttryckligen undantagen ('omfattas inte av "
        "strategin'). Barnets rättigheter nämns bara i perspektivlistan ('barnrätt'). Mänskliga "
        "rättigheter nämns bara som diskrimineringsvokabulär (likabehandling, DO). "
        "Föräldraskapsstöd, krisberedskap och ANDTS saknas.")
    lab = labels(power=M, economy=A, education=M, care=M, health=M, violence=M,
                 planning=M, child=M, parenting=X, hr=M, conditions=A, statistics=A,
                 collab=A, internal=A, followup=A, growth=M, rural=A, integration=M,
                 prep=X, andts=X)
    return "d2_nulage_ekonomi_landsbygd", d, note, lab


# ---------------------------------------------------------------------------------------------
D3_TEXT = """Länsstyrelsen i Östra Dalsänka
Hoppa till huvudinnehåll
Sök på webbplatsen
Meny
Start > Människor och samhälle > Jämställdhet > Länsstrategi för jämställdhet

Människor och samhälle
  Barnets rättigheter
  Föräldraskapsstöd
  Jämställdhet
  Mänskliga rättigheter
  Mäns våld mot kvinnor
  Integration och etablering

Vi använder kakor för att webbplatsen ska fungera så bra som möjligt. Läs mer om kakor. [Godkänn alla] [Endast nödvändiga]

Länsstrategi för jämställdhet 2025–2028

Publiceringsdatum: 2025-01-20
Senast uppdaterad: 2025-03-04

Länsstyrelsen har tagit fram en strategi för hur jämställdhetsarbetet i Östra Dalsänkas län ska utvecklas fram till 2028. Här kan du läsa en sammanfattning och ladda ner hela strategin.

Ladda ner: Ett jämställt Östra Dalsänka 2025–2028 (pdf, 2,1 MB)
Ladda ner: Lättläst sammanfattning (pdf, 400 kB)

Varför behövs en strategi?

Sverige har kommit långt när det gäller jämställdhet, men det finns fortfarande stora skillnader mellan kvinnor och män. Regeringen har därför gett alla länsstyrelser i uppdrag att ta fram en strategi som visar hur länet ska arbeta med jämställdhetsintegrering. I uppdraget står att Länsstyrelsen ska belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor i sin verksamhet.

Strategin utgår från det nationella målet att kvinnor och män ska ha samma makt att forma samhället och sina egna liv, och från de sex delmålen:

• En jämn fördelning av makt och inflytande
• Ekonomisk jämställdhet
• Jämställd utbildning
• En jämn fördelning av det obetalda hem- och omsorgsarbetet
• Jämställd hälsa
• Mäns våld mot kvinnor ska upphöra

Jämställdhetsstatistik för länet och länets kommuner hittar du hos SCB och i Region Östra Dalsänkas statistikdatabas. Där kan du jämföra kvinnor och män i din kommun.

Vad gör Länsstyrelsen?

Länsstyrelsen arbetar med många frågor som påverkar hur jämställt länet är. Vi har bland annat ansvar för:

• samhällsplanering och boende
• regional tillväxt och landsbygdsutveckling
• krisberedskap och civilt försvar
• integration och etablering av nyanlända
• arbetet mot mäns våld mot kvinnor

Länsstyrelsen arbetar även med att jämställdhetsintegrera sin egen verksamhet.

Så arbetar vi tillsammans i länet

Jämställdhet skapas inte av en aktör. Därför leder Länsstyrelsen Jämställdhetsrådet i Östra Dalsänka, där Region Östra Dalsänka, Polisen i Östra Dalsänka, Arbetsförmedlingen och fyra av länets kommuner (Bäckarp, Strömsby, Lövnäs och Tallbacka) ingår. Rådet träffas tre gånger per år och beslutar om de gemensamma insatserna för året.

Länsstyrelsen samordnar också ett nätverk för de tjänstepersoner i länets sju kommuner som arbetar med jämställdhet. Nätverket träffas två gånger per termin, digitalt eller i Bäckarp, och får stöd av Länsstyrelsen i att ta fram egna jämställdhetsanalyser. Ideella föreningar, till exempel kvinno- och tjejjourerna i länet, bjuds in till en av träffarna varje år.

Fokus 2025–2026: våld och förtryck i hederns namn

Under de två första åren lägger Länsstyrelsen särskild kraft på arbetet mot hedersrelaterat våld och förtryck. Ett regionalt kompetensteam startar i april 2025 med två socionomer och en jurist anställda på Länsstyrelsen. Socialtjänsten, skolorna och polisen i alla länets kommuner kan konsultera teamet i enskilda ärenden, kostnadsfritt och anonymiserat. Teamet ska också ge en grundutbildning om hedersrelaterat våld till minst 300 yrkesverksamma i länet under 2025 och 2026.

Hur följs strategin upp?

Strategin följs upp under perioden.

Tidigare arbete

Länets förra strategi gällde 2018–2021 och hade fokus på ekonomisk jämställdhet och jämställd hälsa. Under den perioden gjordes bland annat en kartläggning av sjukskrivningarna bland kvinnor i kommunal sektor och ett projekt om kvinnors företagande på landsbygden. Erfarenheterna från det arbetet har tagits tillvara när den nya strategin skrevs.

Vanliga frågor

Måste vår kommun ansluta sig till strategin?
Nej, strategin är frivillig att använda. Men vi ser gärna att så många som möjligt tar del av den och hör av sig om de vill samarbeta.

Gäller strategin även barn och unga?
Ja, strategin gäller alla som bor i länet, både vuxna och barn. Frågor om barns rättigheter och om stöd till föräldrar hanteras på våra sidor om barnets rättigheter och föräldraskapsstöd.

Finns det pengar att söka?
Länsstyrelsen fördelar inga särskilda medel inom strategin. Den som vill söka projektmedel för jämställd regional tillväxt kan vända sig till Region Östra Dalsänka, som fördelar de regionala utvecklingsmedlen.

Kan Länsstyrelsen komma och föreläsa?
Ja, i mån av tid. Vi håller gärna en introduktion om jämställdhetsintegrering för en ledningsgrupp eller en personalgrupp i länet.

Vad kan du göra?

Alla organisationer i länet kan använda strategin. Kanske vill du börja med att ta fram statistik för din egen verksamhet, eller bjuda in oss till en arbetsplatsträff? Hör av dig!

Nyheter om jämställdhet

2025-02-11
Nu startar Vägen in
Länsstyrelsen startar tillsammans med Strömsby kommun och Lövnäs kommun projektet Vägen in. Projektet vänder sig till utrikes födda kvinnor som har bott i Sverige i mindre än fem år och som står utanför arbetsmarknaden. Deltagarna får språkstöd på arbetsplatsen och praktik inom vård och omsorg eller handel, och projektet har 40 platser under 2025. Länsstyrelsens integrationsenhet är projektägare och kommunernas vuxenutbildning ansvarar för språkstödet. Ansökan är öppen till och med 15 mars.

2025-01-20
Ny länsstrategi lanserad
Landshövdingen presenterade i dag den nya strategin vid ett frukostmöte i Bäckarp. – Jämställdhet är en fråga om mänskliga rättigheter och om att hela länet ska kunna utvecklas, sa landshövdingen.

2024-11-25
Orange day – lys upp mot våldet
Den 25 november tänder vi orange belysning på residenset för att uppmärksamma arbetet mot mäns våld mot kvinnor. Flera kommuner deltar.

Relaterade sidor
  Barnets rättigheter
  Föräldraskapsstöd
  Mänskliga rättigheter och diskriminering
  Civilt försvar

Kontakt
Sara Lindqvist, samordnare jämställdhet
Telefon: 010-224 50 00 (växel)
E-post: ostradalsanka@lansstyrelsen.example

Dela sidan
Facebook  LinkedIn  E-post  Skriv ut

Sidfot
Länsstyrelsen i Östra Dalsänka
Besöksadress: Storgatan 12, Bäckarp
Postadress: 801 00 Bäckarp
Organisationsnummer: 202100-0000
Om webbplatsen  Tillgänglighetsredogörelse  Behandling av personuppgifter  Kakor
"""


@draft
def d3():
    note = (
        "Inklistrad webbsida (meny, kakbanner, nyheter, sidfot). Våld behandlas: 'Fokus 2025–2026' – "
        "regionalt kompetensteam mot hedersrelaterat våld från april 2025, bemanning, vem som kan "
        "konsultera, mål om grundutbildning för 300 yrkesverksamma. Samverkan behandlas: "
        "Jämställdhetsrådet (regionen, polisen, AF, fyra namngivna kommuner, tre möten per år) och "
        "nätverket för kommunernas tjänstepersoner (två gånger per termin, stöd med analyser, "
        "jourerna inbjudna). Integration behandlas: nyheten 'Vägen in' – projekt för utrikes födda "
        "kvinnor med 40 platser 2025, ägare integrationsenheten; nyheter på sidan är del av texten. "
        "Makt, ekonomi, utbildning, obetalt hem- och omsorgsarbete och hälsa nämns i den inklistrade "
        "'•'-listan över delmålen; ekonomi och hälsa även under 'Tidigare arbete' (se nedan), "
        "utbildning även som aktör ('kommunernas vuxenutbildning ansvarar för språkstödet' i Vägen in; "
        "'skolorna' som konsulterar teamet) – ingen analys, inget mål, ingen insats om dem; "
        "teamets 'grundutbildning' för yrkesverksamma är en våldsinsats. Villkor nämns: uppdragets "
        "formulering reciteras, ingen analys. Statistik nämns: hänvisning till SCB och regionens "
        "databas (andra aktörers statistik) och 'ta fram statistik för din egen verksamhet' som tips "
        "till läsaren; inga siffror, inget åtagande. Intern nämns: en innehållslös mening ('arbetar även "
        "med att jämställdhetsintegrera sin egen verksamhet'), inga processer, ingen utbildning, ingen "
        "styrning. Uppföljning nämns: 'Strategin följs upp under perioden' och rubrikfrågan. "
        "Samhällsplanering, regional tillväxt, landsbygdsutveckling och krisberedskap/civilt försvar "
        "nämns bara i listan 'Vi har bland annat ansvar för'; civilt försvar även som länk under "
        "'Relaterade sidor'. Barnets rättigheter och föräldraskapsstöd nämns bara som menyval och "
        "relaterade länkar. Mänskliga rättigheter nämns: menyval, länk ('... och diskriminering') och "
        "landshövdingens citat i en nyhet (inramning, reported speech). Orange day-nyheten om våld är "
        "en tidigare händelse men våld behandlas ändå. 'Tidigare arbete' (strategin 2018–2021: ekonomi, hälsa, sjukskrivningskartläggning, landsbygdsprojekt) är det förflutna och ändrar inget. I 'Vanliga frågor' hänvisas barns rättigheter och stöd till föräldrar till andra sidor (hänvisning, inte arbete) och projektmedel för jämställd regional tillväxt till regionen (annan aktör). Erbjudandet att föreläsa för 'en ledningsgrupp eller en personalgrupp i länet' gäller andra organisationer, inte Länsstyrelsens egen verksamhet. ANDTS saknas.")
    lab = labels(power=M, economy=M, education=M, care=M, health=M, violence=A,
                 planning=M, child=M, parenting=M, hr=M, conditions=M, statistics=M,
                 collab=A, internal=M, followup=M, growth=M, rural=M, integration=A,
                 prep=M, andts=X)
    return "d3_webbsida_lansstrategi", D3_TEXT, note, lab

# ---------------------------------------------------------------------------------------------
@draft
def d4():
    d = Doc("d4", creator=CREATOR, title_prop="Handlingsplan 2025–2026 till Ett jämställt Östra Dalsänka",
            footer_page=True)
    d.title("Handlingsplan 2025–2026")
    d.sub("Till länsstrategin Ett jämställt Östra Dalsänka – fokusområden, insatser och ansvar")
    d.h1("Om handlingsplanen")
    d.p("Handlingsplanen konkretiserar länsstrategin för de två första åren. Den har tagits fram av "
        "Länsstyrelsens jämställdhetsfunktion tillsammans med de enheter som äger insatserna, och "
        "har stämts av med Jämställdhetsdelegationen i Östra Dalsänka, där Region Östra Dalsänka, "
        "Polisen, Arbetsförmedlingen, Försäkringskassan och kommunerna Bäckarp, Lövnäs och Tallbacka "
        "ingår.")
    d.p("Strategins vision är ett jämställt Östra Dalsänka. Delmål: Makt och inflytande, Ekonomisk "
        "jämställdhet, Jämställd utbildning, Hem- och omsorgsarbete, Jämställd hälsa, Mäns våld mot "
        "kvinnor ska upphöra. Perspektiv som folkhälsa, tillgänglighet och likabehandling ska finnas "
        "med i alla insatser.")
    d.p("Handlingsplanen följs upp och revideras vid behov.")
    d.h1("Varför dessa fokusområden?")
    d.p("Under våren 2024 höll Länsstyrelsen sex dialogmöten runt om i länet med sammanlagt 140 "
        "deltagare från kommuner, myndigheter, föreningar och näringsliv. Deltagarna lyfte många "
        "frågor: könsbundna utbildningsval, kvinnors ohälsa i kontaktyrkena, hur få kvinnor det finns "
        "bland länets förtroendevalda och hur svårt det är att få pappor att ta ut mer föräldraledighet. "
        "Flera menade att strategin inte kan prioritera allt på en gång.")
    d.p("Jämställdhetsdelegationen beslutade därför i juni 2024 att de två första åren ska ägnas åt "
        "ekonomisk jämställdhet och mäns våld mot kvinnor. Det är där skillnaderna i länet är störst, "
        "och där flera aktörer redan har pågående arbete att bygga vidare på. Inför 2027 gör "
        "delegationen en ny bedömning av vilka fokusområden som ska gälla för resten av perioden.")
    d.p("Varje insats i planen har en ägare som ansvarar för att den genomförs. Insatserna "
        "finansieras inom respektive enhets ordinarie ram; några särskilda medel har inte avsatts.")
    d.h1("Fokusområde 1: Ekonomisk jämställdhet och jämställd arbetsmarknad")
    d.h2("Lägesbild")
    d.p("Kvinnor i länet har i genomsnitt 81 procent av männens förvärvsinkomst. 29 procent av de "
        "sysselsatta kvinnorna och 10 procent av männen arbetar deltid. I de tre största kommunerna "
        "har kommunen som arbetsgivare en heltidsandel bland undersköterskor på mellan 48 och 63 "
        "procent. Bland ungdomar 16–24 år som varken arbetar eller studerar är 54 procent unga män.")
    d.p("Skillnaderna växer med åldern. Kvinnor över 65 år i länet har en genomsnittlig allmän "
        "pension som motsvarar 71 procent av männens, och nästan var fjärde kvinna över 75 år har "
        "garantipension. Bland länets företagare är 30 procent kvinnor, och kvinnornas företag är i "
        "genomsnitt mindre och har lägre omsättning. De arbetsgivare som deltog i dialogmötena "
        "beskrev att det är svårt att erbjuda heltid i verksamheter med ojämn arbetsbelastning över "
        "dygnet, men också att de som provat heltid som norm har fått lättare att rekrytera.")
    d.table([
        ["Insats", "Ansvar", "Tid", "Indikator"],
        ["Heltidsnätverk för HR-cheferna i länets sju kommuner, fyra träffar per år med "
         "erfarenhetsutbyte om schemaläggning", "Enheten för social hållbarhet", "2025–2026",
         "Utvecklas 2025"],
        ["Lönekartläggningsstöd till småföretag i Strömsby och Hagfors-by tillsammans med "
         "Företagarna", "Enheten för näringsliv", "Hösten 2025", "Utvecklas 2025"],
        ["Regional tillväxt", "Se Region Östra Dalsänkas handlingsplan för jämställd tillväxt", "–",
         "–"],
    ], [3900, 2300, 1300, 1500])
    d.h1("Fokusområde 2: Mäns våld mot kvinnor")
    d.h2("Lägesbild")
    d.p("Polisen i länet registrerade 1 060 anmälningar om misshandel av kvinna 18 år eller äldre "
        "2024, varav drygt 70 procent där gärningspersonen var bekant med offret. I länets "
        "elevenkät uppger 14 procent av flickorna och 4 procent av pojkarna i gymnasiets år 2 att de "
        "utsatts för sexuella trakasserier på nätet det senaste året. Pojkarna uppger i högre grad "
        "att de har utsatts för fysiskt våld av en jämnårig utanför skolan.")
    d.p("De ideella kvinno- och tjejjourerna i Bäckarp, Strömsby och Lövnäs hade under 2024 kontakt "
        "med sammanlagt 640 kvinnor. Jourerna beskriver att allt fler av de kvinnor som söker stöd är "
        "över 65 år, att våldet ofta har pågått i många år och att det från de mindre orterna är "
        "långt till närmaste skyddade boende.")
    d.table([
        ["Insats", "Ansvar", "Tid", "Indikator"],
        ["Utbildning om våld i nära relationer för personal i hemtjänst och LSS i Lövnäs och "
         "Kvarnåsen", "Enheten för mänskliga rättigheter", "2025", "Utvecklas 2025"],
        ["Länsgemensam kampanj mot sexuella trakasserier på nätet riktad till gymnasieelever, med "
         "elevråden som referensgrupp", "Samordnare mot våld, Länsstyrelsen", "Vårterminen 2026",
         "Utvecklas 2025"],
        ["Stöd till kommunernas socialtjänst att införa rutiner för att fråga om våld i alla "
         "ärenden om ekonomiskt bistånd", "Samordnare mot våld, Länsstyrelsen", "2025–2026",
         "Utvecklas 2025"],
    ], [3900, 2300, 1300, 1500])
    d.h1("Insatser inom Länsstyrelsens sakområden")
    d.p("Länsstyrelsen ska också integrera jämställdhet i sina egna sakområden. Följande insatser "
        "genomförs under 2025–2026.")
    d.table([
        ["Område", "Insats", "Ansvar", "Tid"],
        ["Samhällsplanering",
         "I Länsstyrelsens granskningsyttranden över kommunernas översiktsplaner bedöms från och "
         "med 2025 om planen redovisar konsekvenser för kvinnor och män, till exempel när det gäller "
         "tillgång till kollektivtrafik och trygga gång- och cykelvägar",
         "Enheten för samhällsplanering", "2025–2026"],
        ["Samhällsplanering",
         "Stöd till Bäckarp och Strömsby att genomföra trygghetsvandringar med kvinnor och flickor "
         "inför detaljplanerna för de nya resecentrumen", "Enheten för samhällsplanering", "2026"],
        ["Barnets rättigheter",
         "Stöd till kommunernas barnrättsstrateger i att göra barnkonsekvensanalyser där flickors "
         "och pojkars situation redovisas var för sig; två workshoppar och en mall",
         "Enheten för social hållbarhet", "2025"],
        ["Föräldraskapsstöd",
         "Kartläggning av hur många mammor respektive pappor som deltar i kommunernas "
         "föräldragrupper, följt av stöd till de tre kommuner med lägst andel pappor att nå fler",
         "Samordnare för föräldraskapsstöd", "2025–2026"],
        ["Krisberedskap och civilt försvar",
         "I den regionala risk- och sårbarhetsanalysen 2026 redovisas vilka kvinnor och män som "
         "behöver stöd vid ett långvarigt elavbrott, till exempel äldre ensamboende kvinnor utan bil",
         "Enheten för samhällsskydd och beredskap", "2026"],
        ["ANDTS", "Text kommer", "–", "–"],
    ], [1800, 4200, 2000, 1000])
    d.h1("Den egna organisationen")
    d.p("Alla chefer på Länsstyrelsen genomgår under 2025 en utbildning i jämställdhetsintegrering "
        "om tre halvdagar. Från och med verksamhetsplaneringen för 2026 ska varje enhet ange minst "
        "ett jämställdhetsmål för sin verksamhet, och mallen för beslutsunderlag till ledningsgruppen "
        "kompletteras med en fråga om hur beslutet påverkar kvinnor och män. Länsdirektören ansvarar.")
    d.h1("Bilaga: Statistik")
    d.p("All statistik i handlingsplanen är hämtad från SCB, Polisen och länets elevenkät 2024 och "
        "redovisas uppdelad på kön där det är möjligt.")
    note = (
        "Handlingsplan av tabeller (Kalmarform: fokusområden + 'Insatser inom sakområden'). En tabellrad "
        "är ett påstående. Ekonomi behandlas (lägesbild, heltidsnätverk, lönekartläggningsstöd). Våld "
        "behandlas (lägesbild, tre insatser). Samhällsplanering behandlas: två rader med ansvar och tid "
        "(yttranden över översiktsplaner med konsekvenser för kvinnor och män; trygghetsvandringar inför "
        "detaljplaner). Barnets rättigheter behandlas: stöd till barnrättsstrategerna med "
        "barnkonsekvensanalyser per kön, 2025. Föräldraskapsstöd behandlas: kartläggning av mammor/pappor "
        "i föräldragrupper och stöd till tre kommuner, 2025–2026. Krisberedskap behandlas: RSA 2026 med "
        "kvinnor och män vid elavbrott, ansvarig enhet. Intern behandlas: chefsutbildning 2025, "
        "jämställdhetsmål i verksamhetsplaneringen 2026, fråga i beslutsmallen, länsdirektören ansvarar "
        "(och yttrandena är Länsstyrelsens egen process). Villkor behandlas: kvinnor/män (inkomst, deltid) "
        "och flickor/pojkar (elevenkäten). Statistik behandlas (könsuppdelade siffror, bilagan). Samverkan "
        "behandlas: Jämställdhetsdelegationen med namngivna aktörer, heltidsnätverk för kommunernas "
        "HR-chefer fyra gånger per år, samarbete med Företagarna. Makt, utbildning, obetalt arbete och "
        "hälsa nämns bara i den kommaseparerade delmålsraden och i referatet av dialogmötena (vad deltagarna lyfte: utbildningsval, ohälsa, förtroendevalda, pappornas föräldraledighet – reported speech); hälsa också som 'folkhälsa' i "
        "perspektivlistan. Mänskliga rättigheter nämns bara som enhetsnamn ('Enheten för mänskliga "
        "rättigheter' som ägare av en våldsinsats) och 'likabehandling' i perspektivlistan. Uppföljning "
        "nämns: 'följs upp och revideras vid behov' och indikatorkolumnen 'Utvecklas 2025' i varje rad "
        "(uppskjutning, samma rad överallt); 'Varje insats har en ägare' och delegationens nya bedömning inför 2027 är ansvar och omprövning, inte uppföljning av strategin. Regional tillväxt nämns: tabellraden hänvisar bara till "
        "regionens plan. ANDTS nämns: raden 'Text kommer' (platshållare). Landsbygd och integration saknas "
        "(Hagfors-by/Lövnäs som orter är inte landsbygdsutveckling).")
    lab = labels(power=M, economy=A, education=M, care=M, health=M, violence=A,
                 planning=A, child=A, parenting=A, hr=M, conditions=A, statistics=A,
                 collab=A, internal=A, followup=M, growth=M, rural=X, integration=X,
                 prep=A, andts=M)
    return "d4_handlingsplan_tabeller", d, note, lab

# ---------------------------------------------------------------------------------------------
@draft
def d5():
    d = Doc("d5", creator=CREATOR, title_prop="Jämställd hälsa och omsorg – länsstrategi 2025–2028")
    d.title("Jämställd hälsa och omsorg i Östra Dalsänka")
    d.sub("Länsstrategi för jämställdhetsintegrering 2025–2028")
    d.h1("Landshövdingen har ordet")
    d.p("Jämställdhet handlar i grunden om makt – om vem som får bestämma över sitt eget liv och "
        "över samhällets utveckling. Ett liv fritt från våld är en mänsklig rättighet, och sedan 2020 "
        "är barnkonventionen svensk lag. Det förpliktar oss som arbetar i offentlig sektor.")
    d.p("Östra Dalsänka ska vara ett jämställt län i hela länet, i stad och på landsbygd. Det kan "
        "ingen myndighet åstadkomma ensam. Strategin bygger på samverkan, och jag vill tacka alla som "
        "har bidragit med synpunkter under arbetets gång.")
    d.p("__Ingela Berghult, landshövding__")
    d.h1("1. Länsstyrelsens uppdrag")
    d.p("Länsstyrelsen har regeringens uppdrag att ta fram en länsstrategi för "
        "jämställdhetsintegrering. Strategin ska belysa, analysera och beakta kvinnors och mäns samt "
        "flickors och pojkars villkor och bygga på könsuppdelad statistik. Regeringen pekar särskilt "
        "ut samhällsplanering, barnets rättigheter, föräldraskapsstöd och mänskliga rättigheter, och i "
        "möjligaste mån även regional tillväxt, landsbygdsutveckling, integration och utrikes födda "
        "kvinnors etablering, krisberedskap och civilt försvar samt ANDTS. Jämställdhetsmyndigheten "
        "samordnar länsstyrelsernas arbete och följer upp samtliga länsstrategier.")
    d.p("I Östra Dalsänka har vi valt att samla strategin kring två delmål som hänger nära ihop: "
        "jämställd hälsa och en jämn fördelning av det obetalda hem- och omsorgsarbetet. Länsstyrelsens "
        "arbete mot mäns våld mot kvinnor bedrivs enligt den regionala handlingsplanen mot våld och "
        "beskrivs inte här.")
    d.p("Med jämställdhetsintegrering menas att ett jämställdhetsperspektiv införlivas i allt "
        "beslutsfattande, på alla nivåer och i alla steg, av de aktörer som normalt deltar i "
        "besluten. Det är alltså inte en sidoverksamhet utan ett sätt att bedriva den ordinarie "
        "verksamheten.")
    d.h2("Så har strategin tagits fram")
    d.p("Under hösten 2024 skickades ett utkast på remiss till länets sju kommuner, Region Östra "
        "Dalsänka och ett trettiotal föreningar. Det kom in 31 svar. Flera remissinstanser efterfrågade "
        "ett tydligare fokus på våld och på landsbygdens villkor, och några menade att strategin borde "
        "omfatta fler av Länsstyrelsens sakområden. Länsstyrelsen har valt att behålla det smala "
        "fokuset för att insatserna ska gå att genomföra med befintliga resurser.")
    d.h1("2. Jämställd hälsa")
    d.h2("Läget i länet")
    d.p("Kvinnor i Östra Dalsänka lever i genomsnitt 83,9 år och män 80,2 år, men kvinnor uppger "
        "oftare sämre hälsa. I befolkningsenkäten 2022 svarade 27 procent av kvinnorna och 19 procent av "
        "männen att de har besvär av ängslan, oro eller ångest. Kvinnornas sjukpenningtal var 2024 "
        "12,4 dagar och männens 7,1. Skillnaden är störst i åldern 30–49 år och bland anställda i vård, "
        "omsorg och skola, där psykiatriska diagnoser står för mer än hälften av sjukfallen.")
    d.p("Långa sjukskrivningar sänker kvinnors inkomster och pensioner. Männens hälsoproblem ser "
        "annorlunda ut: män dör oftare i förtid, i olyckor och i suicid, och mäns högre "
        "alkoholkonsumtion bidrar till detta. Män söker också vård senare än kvinnor.")
    d.p("Även tandhälsan skiljer sig åt. Av länets män i åldern 20–64 år hade 31 procent inte besökt "
        "tandvården under de senaste tre åren, jämfört med 22 procent av kvinnorna. Regionens "
        "vårdcentraler rapporterar att kvinnor står för nästan två tredjedelar av besöken för "
        "psykisk ohälsa, medan män oftare kommer i kontakt med vården först via akutmottagningen.")
    d.p("Skillnaderna följer med upp i åren. Bland länets invånare över 75 år uppger 38 procent av "
        "kvinnorna och 24 procent av männen att de har svår värk minst en gång i veckan, och kvinnorna "
        "i den åldern använder fler läkemedel samtidigt. Männen över 75 är å andra sidan oftare ensamma "
        "om att vårda en sjuk partner utan hjälp från hemtjänsten.")
    d.h2("Mål och insatser")
    d.p("**Mål:** Skillnaden i sjukpenningtal mellan kvinnor och män i länet ska ha minskat med minst "
        "en tredjedel till 2028.")
    d.p("Länsstyrelsen ger under 2025 ut en fördjupad analys av sjukskrivningarna bland kvinnor i "
        "länets kontaktyrken, med uppgifter per kommun och yrkesgrupp, och presenterar den för "
        "kommunernas och regionens personalchefer vid ett seminarium i november 2025.")
    d.h1("3. Obetalt hem- och omsorgsarbete")
    d.h2("Läget i länet")
    d.p("Mammorna i länet tog 2024 ut 68 procent av föräldrapenningdagarna och 61 procent av dagarna "
        "med tillfällig föräldrapenning för vård av barn. I Lövnäs och Kvarnåsen tog papporna ut "
        "mindre än en femtedel av föräldrapenningdagarna. Enligt regionens anhörigenkät är det "
        "dessutom i huvudsak kvinnor mellan 50 och 65 år som ger regelbunden hjälp till en äldre "
        "anhörig, och var tredje av dem har gått ned i arbetstid för att klara det.")
    d.p("Regionens barnhälsovård och kommunernas föräldraskapsstöd når nästan alla nyblivna föräldrar "
        "i länet. Föräldraskapsstödet syftar till att främja barns hälsa och utveckling.")
    d.h2("Mål och insatser")
    d.p("**Mål:** Pappornas andel av föräldrapenningdagarna i länet ska öka till minst 40 procent till "
        "2028, och andelen kvinnor som går ned i arbetstid för att vårda en anhörig ska minska.")
    d.p("Länsstyrelsen tar under 2025 fram ett informationsmaterial till arbetsgivare i länet om "
        "föräldraledighet för pappor och om anhörigas rätt till ledighet, och sprider det via "
        "Länsstyrelsens webbplats och nyhetsbrev. Under 2026 följer Länsstyrelsen upp materialet med "
        "en kampanj i sociala medier riktad till blivande pappor i de kommuner där uttaget är lägst.")
    d.p("I hela Sverige lägger kvinnor i genomsnitt fortfarande mer tid än män på hushållsarbete och "
        "omsorg, även när båda arbetar heltid. Det finns ingen anledning att tro att Östra Dalsänka "
        "skiljer sig från riket i det avseendet.")
    d.h1("4. Rättigheter i tillsynen")
    d.p("Under 2026 genomgår Länsstyrelsens handläggare inom tillsynen av socialtjänst och äldreomsorg "
        "en utbildning om kvinnokonventionen CEDAW och om ett rättighetsbaserat arbetssätt, fyra "
        "halvdagar. Syftet är att tillsynen ska uppmärksamma om kvinnor och män får bistånd och "
        "insatser på lika villkor, och från 2027 ska tillsynsrapporterna redovisa iakttagelser om det. "
        "Chefen för sociala enheten ansvarar.")
    d.h1("5. Utgångspunkter")
    d.ul([
        "Jämställdhet är en förutsättning för hållbar utveckling.",
        "Kvinnor och män, flickor och pojkar är inga enhetliga grupper.",
        "I länet finns många aktörer som arbetar med dessa frågor, och strategin vill stärka dem.",
        "Strategin följs upp.",
    ])
    note = (
        "Förordstung strategi med två prioriterade delmål. Hälsa behandlas (medellivslängd, oro/ångest, "
        "sjukpenningtal, elevenkät, mål till 2028, fördjupad analys och seminarium 2025). Obetalt arbete "
        "behandlas (föräldrapenning, VAB, anhörigomsorg, mål 40 procent, material och kampanj "
        "2025–2026). Mänskliga rättigheter behandlas: avsnitt 4 – CEDAW-utbildning med rättighetsbaserat "
        "arbetssätt 2026, tillsynsrapporter från 2027, ansvarig chef. Intern behandlas: samma avsnitt gäller "
        "Länsstyrelsens egna handläggare och egen tillsynsprocess (utbildning, rapportkrav, ansvar). "
        "Villkor nämns: kvinnors och mäns villkor analyseras utförligt, men flickors och pojkars bara i "
        "uppdragsreciteringen i avsnitt 1 och i utgångspunkten 'Kvinnor och män, flickor och pojkar är "
        "inga enhetliga grupper' (värdering) – kravet gäller båda paren. Statistik behandlas. "
        "Samverkan nämns: 'Strategin bygger på samverkan' (förord), Jämställdhetsmyndighetens samordning "
        "(nationell aktör) och punkten om 'många aktörer' i utgångspunkterna; insatserna görs av "
        "Länsstyrelsen ensam, arbetsgivare och personalchefer är målgrupper, inte samverkanspartner med "
        "beskrivet arbetssätt. Uppföljning nämns: 'Strategin följs upp' (punktlista) och att "
        "Jämställdhetsmyndigheten följer upp alla länsstrategier (annan aktör); 'följer upp materialet "
        "med en kampanj' är en insats om obetalt arbete, inte uppföljning av strategin. Makt nämns bara som "
        "inramning i förordet. Ekonomi nämns i förbigående (sjukskrivning sänker inkomster och pensioner, "
        "arbetstid för anhörigvårdare) – inga siffror eller mål om ekonomi. Våld nämns: inramning i förordet "
        "och hänvisning till en annan handlingsplan ('beskrivs inte här'). Barnets rättigheter nämns: "
        "förordet (barnkonventionen som lag) och uppdragslistan. Föräldraskapsstöd nämns: uppdragslistan "
        "och i 3 som aktör/arena och med sitt syfte ('syftar till att främja barns hälsa'). "
        "Samhällsplanering, regional tillväxt, integration och krisberedskap nämns bara i uppdragslistan "
        "i avsnitt 1. Landsbygd nämns: uppdragslistan och 'i stad och på landsbygd' i förordet. ANDTS "
        "nämns: uppdragslistan och mäns alkoholkonsumtion som orsak inom hälsoanalysen. Remissreferatet (vad instanserna efterfrågade) och metoddefinitionen ändrar inget. Utbildning saknas "
        "('utbildning om kvinnokonventionen' är personalutbildning; "
        "'skola' är en arbetsplats i sjukskrivningsanalysen).")
    lab = labels(power=M, economy=M, education=X, care=A, health=A, violence=M,
                 planning=M, child=M, parenting=M, hr=A, conditions=M, statistics=A,
                 collab=M, internal=A, followup=M, growth=M, rural=M, integration=M,
                 prep=M, andts=M)
    return "d5_forord_halsa_omsorg", d, note, lab

# ---------------------------------------------------------------------------------------------
@draft
def d6():
    d = Doc("d6", creator=CREATOR, title_prop="Länsstrategi jämställdhet – remissversion",
            track_revisions=True, rev_author="Elin Sjöberg", rev_date="2025-02-14T10:05:00Z",
            header="REMISSVERSION 2025-02-14 – spåra ändringar på")
    d.title("Länsstrategi för jämställdhetsintegrering i Östra Dalsänkas län 2025–2028")
    d.sub("Remissversion med ändringar efter ledningsgruppens genomgång")
    d.p("__Till remissinstanserna:__ Synpunkter på utkastet lämnas senast den 14 mars 2025 till "
        "Länsstyrelsen i Östra Dalsänka, helst via e-post. Ange diarienummer 801-1187-2025. Ändringar "
        "som gjorts efter ledningsgruppens möte den 11 februari syns som spårade ändringar i "
        "dokumentet, och kommentarerna i marginalen har lämnats kvar för att visa vilka frågor som "
        "fortfarande är öppna.")
    d.h1("Bakgrund")
    d.p("Länsstyrelsen har haft länsstrategier för jämställdhet sedan 2014. Den förra strategin "
        "gällde 2018–2021 och förlängdes sedan till och med 2024. I Jämställdhetsmyndighetens "
        "genomgång av länsstrategierna konstaterades att många av dem var breda och svåra att följa, "
        "och den bilden känner vi igen. I den här versionen har vi därför valt att skriva färre "
        "insatser och att vara konkreta om vad Länsstyrelsen själv ska göra, i stället för att "
        "beskriva vad andra aktörer borde göra.")
    d.h1("1. Syfte")
    d.p("Syftet med strategin är att ge riktning åt Länsstyrelsens utåtriktade arbete med "
        "jämställdhet och att tydliggöra vad myndigheten [c1>själv ska göra<c1] under perioden. Enligt "
        "uppdraget ska Länsstyrelsen stödja, samordna och utveckla arbetet i länet och belysa, "
        "analysera och beakta kvinnors och mäns samt flickors och pojkars villkor.")
    d.comment(1, "Bra att vi är tydliga med att det är vårt eget åtagande.", author="Jonas Ek",
              initials="JE")
    d.p("Strategin utgår från det jämställdhetspolitiska målet och dess sex delmål: jämn fördelning "
        "av makt och inflytande, ekonomisk jämställdhet, jämställd utbildning, jämn fördelning av det "
        "obetalda hem- och omsorgsarbetet, jämställd hälsa samt att mäns våld mot kvinnor ska upphöra. "
        "Den berör även Länsstyrelsens arbete med samhällsplanering och miljöfrågor.")
    d.h1("2. Utgångspunkter")
    d.ul([
        "Samverkan är en av strategins bärande principer.",
        "All individbaserad statistik ska vara könsuppdelad.",
        "Ett rättighetsperspektiv, ett barnrättsperspektiv och ett intersektionellt perspektiv ska "
        "genomsyra arbetet.",
        "Jämställdhet angår både kvinnor och män.",
    ])
    d.p("Jämställdhetsmyndigheten erbjuder länsstyrelsernas jämställdhetsstrateger ett nationellt "
        "nätverk och metodstöd, som Länsstyrelsen tar del av.")
    d.h1("3. Vad Länsstyrelsen ska göra")
    d.h2("3.1 Könsbundna studieval")
    d.p("Valen till gymnasiet är fortfarande tydligt uppdelade efter kön i länet, och det begränsar "
        "både unga kvinnors och unga mäns möjligheter på arbetsmarknaden. Länsstyrelsen erbjuder under "
        "2025 och 2026 studie- och yrkesvägledarna i länets grundskolor en fortbildning i att bemöta "
        "elever utan att styra dem efter kön. Fortbildningen omfattar tre träffar per läsår och "
        "genomförs av enheten för social hållbarhet. Målet är att minst hälften av länets "
        "grundskolor ska ha deltagit före sommaren 2026.")
    d.p("Insatsen har tagits fram efter samtal med rektorer i Strömsby och Tallbacka, som beskrev "
        "att vägledarna ofta har ansvar för flera skolor och hinner träffa varje elev bara en gång "
        "inför gymnasievalet. I de mindre kommunerna finns dessutom få program att välja mellan på "
        "hemorten, vilket gör att valet ofta också blir ett val om att pendla eller flytta.")
    d.h2("3.2 Mottagandet av nyanlända kvinnor")
    d.p("Länsstyrelsen beslutar om statsbidrag till kommunernas tidiga insatser för asylsökande och "
        "nyanlända. Från och med ansökningsomgången 2025 prioriteras verksamheter som når kvinnor med "
        "små barn, till exempel öppen förskola med samhällsinformation och språkcaféer med "
        "barnpassning. Integrationsenheten ansvarar för att kriteriet tillämpas [c2>och redovisar hur "
        "stor andel av de beviljade medlen som gått till sådana verksamheter<c2].")
    d.p("Bakgrunden är att kommunerna i länet beskriver att mammor till små barn sällan deltar i de "
        "insatser som erbjuds under asyltiden, eftersom verksamheterna ofta ligger på tider och platser "
        "där det inte går att ta med barnen. Det leder till att många kvinnor börjar sin etablering "
        "senare än män som kom samtidigt.")
    d.comment(2, "Kan vi verkligen ta fram det? Kolla med ekonomienheten.", author="Jonas Ek",
              initials="JE")
    d.h2("3.3 Prostitution och människohandel")
    d.ins_p("Länsstyrelsen anställer under 2025 en regional utvecklare mot prostitution och "
            "människohandel. Utvecklaren ska ge råd till socialtjänsten i enskilda ärenden, ta fram "
            "en lägesbild för länet under 2026 och utbilda personal på länets härbärgen och "
            "akutboenden i att upptäcka kvinnor som utnyttjas.")
    d.del_p("3.4 Föräldraskapsstöd", style="h2")
    d.del_p("Länsstyrelsen ska under 2025 kartlägga vilka föräldraskapsstödjande program som "
            "erbjuds i länets kommuner och hur stor andel av deltagarna som är pappor, och därefter "
            "ge kommunerna stöd i att nå fler pappor.")
    d.del_p("Kartläggningen genomförs av samordnaren för föräldraskapsstöd och redovisas i en rapport "
            "i december 2025.")
    d.h2("3.5 Krisberedskap")
    d.p("Text kommer.")
    d.h1("4. Den egna verksamheten")
    d.p("Länsledningen har beslutat att alla förslag till beslut om bidrag och stöd från och med "
        "den 1 juli 2025 ska innehålla en kort bedömning av hur beslutet påverkar kvinnor och män. "
        "Enhetscheferna ansvarar för att bedömningen görs, och jämställdhetsstrategen granskar ett "
        "urval av besluten två gånger per år. Alla nyanställda går dessutom en introduktion om "
        "jämställdhetsintegrering inom sina första tre månader, och enhetscheferna får en halvdag om "
        "hur konsekvensbedömningen ska göras innan kravet börjar gälla.")
    d.p("Jämställdhetsstrategen är placerad vid enheten för social hållbarhet och har stöd av en "
        "kontaktperson på varje enhet. Kontaktpersonerna träffas fyra gånger per år och ansvarar för "
        "att frågan finns med när enheterna planerar sin verksamhet för nästa år.")
    d.p("{-Länsstyrelsen ska också se över sina rutiner för rekrytering.-}{+Rutinerna för "
        "rekrytering ses över under 2026 av HR-enheten, med fokus på hur tjänster inom samhällsskydd "
        "och lantbruk annonseras.+}")
    d.h1("5. Så vet vi om vi lyckas")
    d.p("Varje år i februari redovisar jämställdhetsstrategen för länsledningen vad som gjorts av "
        "insatserna i avsnitt 3 och 4 och hur tre mått har utvecklats: andelen grundskolor vars "
        "vägledare deltagit i fortbildningen, andelen av statsbidraget för tidiga insatser som gått "
        "till verksamheter som når kvinnor med små barn, och andelen beslutsförslag där "
        "konsekvensbedömningen gjorts. Efter 2026 görs en halvtidsgenomgång där länsledningen tar "
        "ställning till om insatserna ska ändras. Redovisningarna publiceras på Länsstyrelsens "
        "webbplats.")
    d.h1("6. Andra aktörer")
    d.p("Många andra aktörer i länet arbetar med frågor som rör jämställdhet. Region Östra Dalsänkas "
        "ANDTS-råd samordnar det förebyggande arbetet mot alkohol, narkotika, doping, tobak och spel, "
        "och kommunerna ansvarar för skolan, socialtjänsten och omsorgen. Strategin riktar sig också "
        "till länets barnrättsnätverk och till kvinno- och tjejjourerna.")
    d.p("Länsstyrelsen kommer att bjuda in dessa aktörer till ett gemensamt lanseringsmöte när "
        "strategin har beslutats. Hur det fortsatta arbetet med aktörerna ska se ut är ännu inte "
        "bestämt och beror bland annat på vilka synpunkter som kommer in under remisstiden.")
    d.p("{+Ledningsgruppen har efterfrågat ett avsnitt om hur strategin ska förankras i länet. Det "
        "skrivs efter remisstiden.+}")
    note = (
        "Remissversion med spårade ändringar och kommentarer. Spårade borttagningar räknas inte, "
        "infogningar och kommentarernas förankrade text räknas. Föräldraskapsstöd saknas: hela "
        "avsnitt 3.4 – rubriken och båda styckena med kartläggning, ansvarig och rapport – är "
        "borttaget som spårad ändring (w:del), och ordet förekommer ingen annanstans; ett verktyg som "
        "läser w:delText skulle felaktigt se en insats. "
        "Utbildning behandlas: 3.1 fortbildning för studie- och yrkesvägledare 2025–2026, tre träffar, "
        "enheten för social hållbarhet, mål om hälften av grundskolorna. Integration behandlas: 3.2 "
        "prioriteringskriterium i statsbidraget för tidiga insatser från 2025, integrationsenheten "
        "ansvarar. Våld behandlas: infogat stycke under 3.3 (utvecklare mot prostitution och "
        "människohandel, lägesbild 2026, utbildning). Intern behandlas: konsekvensbedömning i alla "
        "beslutsförslag från 1 juli 2025, enhetschefernas ansvar, stickprov två gånger per år, "
        "introduktion för nyanställda; den infogade rekryteringsraden stärker det. Uppföljning behandlas "
        "i vardagsspråk (avsnitt 5 utan ordet 'uppföljning'): årlig redovisning i februari av "
        "jämställdhetsstrategen, tre mått, halvtidsgenomgång efter 2026, publicering. Villkor nämns: "
        "uppdragsformuleringen reciteras i 1; inga siffror, och den analys som finns gäller bara ett "
        "par: 3.2 beskriver kvalitativt att mammor till små barn börjar etableringen senare än män, "
        "och 3.1 säger att valen är uppdelade efter kön med följder för 'unga kvinnor och unga män' – "
        "inga flickors och pojkars villkor analyseras (kravet gäller båda paren). Statistik nämns: punkten 'All individbaserad statistik ska vara könsuppdelad' "
        "står som en princip i utgångspunktslistan utan att utkastet använder någon statistik eller "
        "säger vem som tar fram vad – gränsfall; de tre måtten i avsnitt 5 är andelar av skolor, medel "
        "och beslut, inte uppdelade på kön. Samverkan nämns: princippunkten, den reciterade rollen "
        "'stödja, samordna och utveckla', Jämställdhetsmyndighetens nationella nätverk (nationell aktör) "
        "och avsnitt 6 som bara räknar upp andra aktörer och målgrupper – lanseringsmötet är en engångsinbjudan och 'hur det fortsatta arbetet ... ska se ut är ännu inte bestämt' är en uppskjutning; förankringsavsnittet skjuts upp "
        "('skrivs efter remisstiden'). Gränsfall: fortbildningen i 3.1 riktar sig till kommunernas "
        "vägledare och statsbidraget i 3.2 går till kommunerna – det är insatser om utbildning och "
        "integration med kommunerna som målgrupp/mottagare, inte en beskriven samverkansstruktur. Makt, ekonomi, obetalt arbete och hälsa nämns bara i "
        "prosalistan över delmålen (3.1:s mening om arbetsmarknaden är en följd inom utbildningsavsnittet). "
        "Samhällsplanering nämns i 'Den berör även ...'. Barnets rättigheter nämns: perspektivlistan "
        "och barnrättsnätverket som målgrupp ('små barn' och 'barnpassning' i 3.2 är integrationens "
        "målgrupp, inte barnrätt). Mänskliga rättigheter nämns bara som "
        "'rättighetsperspektiv' i perspektivlistan. Krisberedskap nämns: rubrik 3.5 med 'Text kommer' "
        "(platshållare); 'tjänster inom samhällsskydd' i rekryteringsraden är intern HR. ANDTS nämns: "
        "regionens ANDTS-råd (annan aktör). Regional tillväxt och landsbygdsutveckling saknas "
        "('lantbruk' i rekryteringsraden är en tjänstekategori; 'få program ... på hemorten' i 3.1 är del av utbildningsanalysen). Bakgrunden (förra strategin, Jämställdhetsmyndighetens genomgång) är det förflutna; remissanvisningen och kontaktpersonerna (intern organisation, stärker intern) ändrar inget annat.")
    lab = labels(power=M, economy=M, education=A, care=M, health=M, violence=A,
                 planning=M, child=M, parenting=X, hr=M, conditions=M, statistics=M,
                 collab=M, internal=A, followup=A, growth=X, rural=X, integration=A,
                 prep=M, andts=M)
    return "d6_remiss_sparade_andringar", d, note, lab

# ---------------------------------------------------------------------------------------------
@draft
def d7():
    d = Doc("d7", creator=CREATOR, title_prop="Minnesanteckningar strategiverkstad 2")
    d.title("Minnesanteckningar – strategiverkstad 2")
    d.sub("Länsstrategi för jämställdhet 2025–2028. Bäckarp, residensets stora sal, 12 mars 2025")
    d.p("**Närvarande:** 34 deltagare från Länsstyrelsen, Region Östra Dalsänka, Polisen, "
        "Arbetsförmedlingen, kommunerna Bäckarp, Strömsby, Lövnäs, Hagfors-by, Kvarnåsen, Ljungmyra "
        "och Tallbacka, Kvinnojouren Dalsänka, Tjejjouren Strömsby och Idrottsförbundet Östra "
        "Dalsänka. **Antecknare:** Maria Holm. **Moderator:** Sara Lindqvist.")
    d.h1("Dagordning")
    d.ol(["Välkommen och syfte med dagen", "Återkoppling från verkstad 1", "Regionens presentation",
          "Gruppsamtal i tre spår", "Gemensamma beslut", "Att göra till nästa gång"])
    d.h1("1. Välkommen och syfte med dagen")
    d.p("Sara hälsade välkommen och påminde om uppdraget: Länsstyrelsen ska ta fram en länsstrategi "
        "som belyser, analyserar och beaktar kvinnors och mäns samt flickors och pojkars villkor, och "
        "strategin ska vara klar till årsskiftet. Syftet med dagen var att komma överens om hur "
        "arbetet ska organiseras och vilka frågor som ska utredas vidare.")
    d.h1("2. Återkoppling från verkstad 1")
    d.p("Vid förra verkstaden i januari diskuterades framför allt samhällsplaneringen, och flera "
        "deltagare tyckte då att kommunernas översiktsplaner borde granskas ur ett "
        "jämställdhetsperspektiv. Det finns anteckningar från den dagen på den gemensamma ytan. Frågan "
        "togs inte upp igen i dag.")
    d.h1("3. Regionens presentation")
    d.p("Peter från Region Östra Dalsänka berättade om den regionala utvecklingsstrategin och hur "
        "regionen arbetar med jämställd regional tillväxt i fördelningen av projektmedel. Han "
        "underströk att regionen har eget ansvar för tillväxtfrågorna och ser Länsstyrelsens strategi "
        "som ett komplement. Det blev en kort frågestund om hur stora projektmedlen är.")
    d.h1("4. Gruppsamtal")
    d.h2("Spår A – makt och arbetsliv")
    d.p("Gruppen pratade om att kvinnor lämnar sina politiska uppdrag i förtid, särskilt i de små "
        "kommunerna, och om att det är svårt att få heltid inom omsorgen. Representanten från Lövnäs "
        "sa att landsbygden ofta glöms bort när länet pratar jämställdhet. Ingen konkret åtgärd "
        "föreslogs, men gruppen tyckte att frågorna är viktiga. Någon nämnde att partierna skulle "
        "kunna erbjuda mentorer till nyvalda kvinnor, men flera menade att det är en fråga för "
        "partierna själva och inte för en länsstrategi.")
    d.h2("Spår B – hälsa, alkohol och spel")
    d.p("Gruppen ställde frågan hur man når männen med psykisk ohälsa, eftersom de söker hjälp sent. "
        "Regionens folkhälsostrateg påpekade att alkohol och spel om pengar ofta finns med i bilden "
        "hos unga män, medan unga kvinnor oftare söker hjälp för oro och ångest. Gruppen enades om "
        "att ANDTS-frågorna behöver ett tydligare jämställdhetsperspektiv i länet, se punkt 6.")
    d.h2("Spår C – våld och trygghet")
    d.p("Kvinnojouren beskrev att äldre kvinnor som utsätts för våld av sin partner sällan upptäcks, "
        "och att personalen i hemtjänsten inte vet vad de ska göra när de misstänker våld. Polisen "
        "instämde. Gruppen diskuterade också om krisberedskapen tar hänsyn till våldsutsatta kvinnor "
        "som har skyddad adress när kommunen behöver evakuera ett område. Det visade sig att ingen "
        "visste hur det fungerar i dag.")
    d.p("Någon frågade om barnrättsperspektivet finns med i strategin. Sara svarade att det ska finnas "
        "med men att det inte är bestämt hur.")
    d.h1("5. Gemensamma beslut")
    d.ul([
        "Strategiverkstaden blir en stående arbetsgrupp för länsstrategin under hela perioden "
        "2025–2028. I gruppen ingår en representant för var och en av de sju kommunerna, en för "
        "regionen, en för Polisen och två för de ideella föreningarna. Gruppen träffas varannan "
        "månad, växelvis i Bäckarp och digitalt, och Länsstyrelsen sammankallar och skriver "
        "anteckningar.",
        "Föräldraskapsstöd hann vi inte med. Det tas upp på nästa verkstad.",
        "Länsstyrelsens interna arbete diskuterades inte denna gång.",
        "Frågan om hur strategin ska följas upp lyftes, men inget bestämdes.",
    ])
    d.h1("6. Att göra till nästa gång (verkstad 3, 4 juni)")
    d.table([
        ["Vad", "Vem", "Klart"],
        ["Sammanställa statistik per kommun om sjukpenningtal, deltid och anmält våld i nära "
         "relation, uppdelad på kvinnor och män", "Länsstyrelsens analysenhet (Erik)", "15 april"],
        ["Ta fram förslag till en länsgemensam rutin för hemtjänstens personal när de misstänker att "
         "en äldre kvinna utsätts för våld, tillsammans med Kvinnojouren", "Anna K, samordnare mot våld",
         "30 maj"],
        ["Lägga in ett moment om våldsutsatta kvinnor med skyddade personuppgifter i länets "
         "krisberedskapsövning Dalsänka 25 (utrymning av ett bostadsområde)",
         "Enheten för samhällsskydd och beredskap", "Övningen i oktober"],
        ["Ta fram ett underlag om hur kommunernas förebyggande arbete mot alkohol och spel om pengar "
         "når unga kvinnor respektive unga män, med förslag på vad som kan ändras",
         "Länsstyrelsens ANDTS-samordnare", "4 juni"],
        ["Skicka ut anteckningarna", "Maria", "19 mars"],
    ], [5200, 2600, 1200])
    d.h1("7. Övriga frågor")
    d.p("Arbetsförmedlingen informerade om att kontoret i Hagfors-by stängs efter sommaren och att "
        "service i stället ges digitalt och via kommunens servicekontor. Flera deltagare var oroliga "
        "för hur det påverkar arbetssökande som saknar körkort eller inte är vana vid digitala "
        "tjänster.")
    d.p("Kommunernas representanter frågade om tidsplanen. Sara berättade att ett utkast ska skickas "
        "på remiss i september, att remisstiden blir sex veckor och att landshövdingen planerar att "
        "besluta om strategin i december. Kommunerna bad om att få utkastet i god tid före sina "
        "nämndmöten i oktober, eftersom flera av dem vill att en nämnd ska yttra sig.")
    d.p("Kvinnojouren Dalsänka påminde om att jourens verksamhet till stor del bygger på ideella "
        "krafter och att det blir svårt att delta i en arbetsgrupp på dagtid. Sara lovade att "
        "undersöka om möten kan läggas sent på eftermiddagen, och att föreningarna ska kunna få "
        "ersättning för resor till mötena i Bäckarp.")
    d.h1("8. Utvärdering av dagen")
    d.p("Deltagarna fyllde i en kort enkät innan de gick hem och 27 av 34 svarade. De flesta tyckte "
        "att gruppsamtalen var givande men att dagen var för kort, och flera önskade mer tid till "
        "konkreta förslag nästa gång. Lokalen fick bra betyg, lunchen mindre bra. Två deltagare tyckte "
        "att det var för många presentationer och för lite tid i grupperna, och moderatorn lovade att "
        "korta inledningen nästa gång.")
    d.p("Nästa verkstad: 4 juni kl. 9–15 i Strömsby kulturhus. Anmälan till Maria senast 20 maj.")
    note = (
        "Minnesanteckningar från en workshop. Referat av vad som sades (avsnitt 2–4) är reported speech "
        "och räknas inte som arbete; besluten (5) och att göra-tabellen (6, en rad = ett påstående med "
        "ägare och datum) räknas. Våld behandlas: rad om rutin för hemtjänsten, Anna K, 30 maj. "
        "Krisberedskap behandlas: rad om moment i övningen Dalsänka 25, enheten för samhällsskydd, "
        "oktober (ämnet är övningen). ANDTS behandlas: rad om underlag om alkohol- och spelförebyggande "
        "arbete per kön, ANDTS-samordnaren, 4 juni. Statistik behandlas: raden om sammanställning per "
        "kön, analysenheten, 15 april (åtagande om könsuppdelad statistik). Samverkan behandlas: beslutet "
        "om en stående arbetsgrupp (vilka: sju kommuner, regionen, Polisen, två föreningar; hur: varannan "
        "månad, Länsstyrelsen sammankallar). Villkor nämns: uppdraget reciteras i punkt 1; statistikraden "
        "beställer siffror för kvinnor och män (ett par, ingen analys); referaten i spår B/C är vad deltagare sa. Makt och "
        "ekonomi nämns bara i referatet av spår A (politiska uppdrag, heltid). Hälsa nämns: frågan 'hur "
        "når man männen med psykisk ohälsa' och folkhälsostrategens påpekande (reported speech); "
        "statistikraden handlar om statistik, inte hälsoarbete. Samhällsplanering nämns: bara vad som "
        "diskuterades vid verkstad 1 (det förflutna). Regional tillväxt nämns: regionens presentation om "
        "sitt eget arbete (annan aktör, reported speech). Landsbygd nämns: Lövnäs-representantens "
        "yttrande. Barnets rättigheter nämns: fråga och svar ('inte bestämt hur'). Föräldraskapsstöd nämns: "
        "'tas upp på nästa verkstad' (uppskjutning). Intern nämns: 'diskuterades inte' (negation). "
        "Krisberedskapsraden är utåtriktad beredskapsverksamhet (en länsövning för aktörerna), inte "
        "jämställdhetsintegrering av Länsstyrelsens egna processer, så intern förblir nämnd. "
        "Obetalt arbete saknas: 'heltid inom omsorgen' och 'hemtjänsten' är betalt omsorgsarbete "
        "(falska vänner). Uppföljning nämns: 'lyftes, men inget bestämdes'; 'Utvärdering av dagen' (8) är en deltagarenkät om workshopen, inte utvärdering av strategin, och tidsplanen i 7 gäller framtagandet. Övriga frågor (AF-kontoret i Hagfors-by, jourens ideella krafter) är information och ändrar inga etiketter. Utbildning, obetalt arbete, mänskliga "
        "rättigheter och integration saknas.")
    lab = labels(power=M, economy=M, education=X, care=X, health=M, violence=A,
                 planning=M, child=M, parenting=M, hr=X, conditions=M, statistics=A,
                 collab=A, internal=M, followup=M, growth=M, rural=M, integration=X,
                 prep=A, andts=A)
    return "d7_workshopanteckningar", d, note, lab

# ---------------------------------------------------------------------------------------------
@draft
def d8():
    d = Doc("d8", creator=CREATOR, title_prop="Ett jämställt Östra Dalsänka – rörelse, rum och inflytande")
    d.title("Rörelse, rum och inflytande")
    d.sub("Länsstrategi för jämställdhet i Östra Dalsänkas län 2025–2028")
    d.toc([(1, "1. Utgångspunkter", 2), (1, "2. Att ta sig fram i länet", 2),
           (1, "3. Service i mindre orter", 4), (1, "4. Vem bestämmer?", 5),
           (1, "5. Tillväxtmedlen", 5), (1, "6. Mått och redovisning", 6)])
    d.h1("1. Utgångspunkter")
    d.p("Jämställdhet är en fråga om mänskliga rättigheter och om demokrati. Den här strategin tar "
        "fasta på tre saker som avgör hur kvinnor och män i Östra Dalsänka kan forma sina liv: om man "
        "kan ta sig till jobb, skola och service, om det finns service där man bor, och om man har "
        "inflytande över de beslut som rör ens ort.")
    d.p("Strategin har vuxit fram ur samtal med människor i länet. Under 2024 gjorde Länsstyrelsen "
        "tolv intervjuer med kvinnor och män i olika åldrar i Lövnäs, Kvarnåsen och Bäckarp, och "
        "höll dialoger med kommunernas planerare, regionens kollektivtrafikförvaltning och "
        "pensionärsorganisationerna. Många av de intervjuade beskrev samma sak: att det som avgör "
        "vardagen är om bussen går, om butiken finns kvar och om någon lyssnar när beslut fattas. Det "
        "är därför strategin är smalare än tidigare strategier, och ordnad efter de frågorna i stället "
        "för efter de nationella delmålen.")
    d.p("Länsstyrelsens arbete med jämställdhetsintegrering av den egna verksamheten har pågått "
        "sedan 2008 och har tidigare redovisats till regeringen. Det beskrivs inte närmare här.")
    d.h1("2. Att ta sig fram i länet")
    d.p("Kvinnor och män reser olika. I länets resvaneundersökning 2023 gjordes 61 procent av "
        "kvinnornas resor till arbetet med bil, mot 79 procent av männens, och kvinnorna stod för "
        "63 procent av resorna med regionbuss. Kvinnor gör oftare kedjeresor där hämtning på förskolan "
        "och inköp kombineras med arbetsresan, eftersom de fortfarande tar det största ansvaret för "
        "hushållets vardagsärenden. I trygghetsundersökningen 2024 svarade 34 procent av "
        "kvinnorna och 10 procent av männen i Bäckarp att de avstår från att gå ensamma till eller från "
        "busshållplatsen efter mörkrets inbrott. Otryggheten hänger delvis ihop med rädslan för "
        "sexuella trakasserier och våld. Den som inte kan ta sig till ett arbete inom rimlig tid får "
        "också svårare att försörja sig, vilket påverkar kvinnornas ekonomiska självständighet och, för "
        "de unga, även möjligheterna att välja utbildning. Resdagarna blir långa för den som bor i "
        "Lövnäs eller Hagfors-by och arbetar eller går i skolan i Bäckarp eller Strömsby.")
    d.p("Även bland de unga syns skillnaderna. I elevenkäten 2024 uppgav 48 procent av flickorna och "
        "35 procent av pojkarna i årskurs 8 att de åker buss till fritidsaktiviteter varje vecka, medan "
        "pojkarna oftare cyklar eller kör moped. Flickorna i Lövnäs och Hagfors-by uppgav i högre grad "
        "att de avstår från aktiviteter för att bussen inte går på kvällen.")
    d.p("I översiktsplanerna saknas i de flesta fall en analys av hur kvinnor och män påverkas, till "
        "skillnad från de barnkonsekvensanalyser som kommunerna redan gör i sina detaljplaner.")
    d.p("**Det vill vi uppnå:** Skillnaden mellan kvinnors och mäns upplevda trygghet vid länets "
        "busshållplatser ska ha minskat med hälften till 2028, och alla sju kommuners nästa "
        "översiktsplan ska redovisa konsekvenser för kvinnor och män.")
    d.p("Enheten för samhällsplanering tar under våren 2025 fram en vägledning för hur kommunerna kan "
        "analysera kvinnors och mäns resmönster och trygghet i översiktsplaneringen. Vägledningen "
        "presenteras för kommunernas planarkitekter vid länets planeringsforum i maj 2025 och följs av "
        "en workshop per kommun under hösten. Planeringsforumet träffas två gånger per år och "
        "Länsstyrelsen är sammankallande.")
    d.h1("3. Service i mindre orter")
    d.p("I länets mindre orter har sju av tjugotre dagligvarubutiker stängt sedan 2015. Kvinnor över "
        "65 år som bor ensamma saknar oftare bil, och bland dem finns också många utrikes födda "
        "kvinnor som inte har körkort. När butiken, apoteksombudet och bankomaten försvinner blir "
        "vardagen svårare för dem, och vägen till vårdcentralen blir längre, vilket på sikt kan påverka "
        "deras hälsa. Frågan har betydelse också för krisberedskapen.")
    d.p("Länsstyrelsen fördelar stöd till kommersiell service på landsbygden. Från och med 2025 ska "
        "den som söker stödet beskriva hur butiken används av kvinnor och män på orten, och "
        "Länsstyrelsen prioriterar butiker som också fungerar som ombud för apotek och paket. "
        "Landsbygdsenheten ansvarar och redovisar varje år hur stödet har fördelats.")
    d.h1("4. Vem bestämmer?")
    d.p("Efter valet 2022 är 43 procent av ledamöterna i länets kommunfullmäktige kvinnor, men bara "
        "31 procent av ordförandena i nämnder och styrelser. I Kvarnåsen och Lövnäs är andelen kvinnor "
        "bland fullmäktigeledamöterna under 40 procent. Vid de medborgardialoger som kommunerna höll om "
        "sina översiktsplaner 2023 var två av tre deltagare män över 50 år.")
    d.p("Länsstyrelsen bjuder in kommunernas kanslichefer till två träffar under 2025 om hur "
        "medborgardialoger kan läggas upp så att fler kvinnor och unga deltar, till exempel genom "
        "dialoger på förskolor, i mataffären och digitalt. Demokratihandläggaren ansvarar. Inför valet "
        "2026 erbjuder Länsstyrelsen dessutom partiernas länsorganisationer en genomgång av hur de "
        "kan nominera fler kvinnor till ordförandeposter, och vilka stöd som finns för förtroendevalda "
        "som utsätts för hot.")
    d.h1("5. Tillväxtmedlen")
    d.p("Region Östra Dalsänka ansvarar för det regionala tillväxtarbetet och Länsstyrelsen ingår i "
        "regionens partnerskap. Under 2026 gör Länsstyrelsen och regionen en gemensam genomgång av hur "
        "de regionala projektmedlen och företagsstöden 2022–2025 har fördelats mellan projekt och "
        "företag som leds av kvinnor respektive män, och resultatet ska ligga till grund för nya "
        "urvalskriterier från 2027. Genomgången leds av regionens tillväxtavdelning och Länsstyrelsens "
        "näringslivshandläggare.")
    d.h1("6. Mått och redovisning")
    d.table([
        ["Mått", "Utgångsläge", "Mål 2028", "Källa"],
        ["Andel kvinnor resp. män som avstår från att gå till hållplatsen efter mörkrets inbrott",
         "34 / 10 %", "Halverad skillnad", "Trygghetsundersökningen"],
        ["Kommuner vars översiktsplan redovisar konsekvenser för kvinnor och män", "1 av 7", "7 av 7",
         "Länsstyrelsens granskning"],
        ["Andel kvinnor bland ordförande i nämnder och styrelser", "31 %", "minst 45 %", "SCB"],
        ["Andel av servicestödet till butiker som är ombud för apotek", "–", "minst 60 %",
         "Landsbygdsenheten"],
    ], [4200, 1500, 1600, 1700])
    d.p("Måtten mäts på nytt 2026 och 2028. Länsstyrelsens jämställdhetsstrateg sammanställer dem "
        "tillsammans med en redovisning av insatserna i en rapport som lämnas till landshövdingen i "
        "mars året efter och publiceras på webbplatsen. Inför 2028 gör en extern utvärderare en "
        "bedömning av om insatserna har bidragit till förändringarna.")
    note = (
        "Tematisk strategi (resor, service, inflytande) skriven utan läroboksord; flera krav och "
        "områden behandlas i vardagsspråk. Samhällsplanering behandlas: resvane- och "
        "trygghetssiffror, mål om översiktsplaner, vägledning och workshoppar 2025 av enheten för "
        "samhällsplanering. Landsbygd behandlas: butiksnedläggningar i mindre orter, nytt krav i "
        "servicestödet från 2025, landsbygdsenheten ansvarar (ordet 'landsbygdsutveckling' används inte). "
        "Makt behandlas: andelar kvinnor i fullmäktige och bland ordförande, medborgardialoger, träffar "
        "med kanslicheferna 2025. Regional tillväxt behandlas: gemensam genomgång med regionen 2026 av "
        "projektmedel och företagsstöd per kön, nya kriterier 2027, ansvariga namngivna – inte bara "
        "'regionen ansvarar'. Villkor behandlas: kvinnor/män (resor, trygghet) och flickor/pojkar "
        "(elevenkäten åk 8). Statistik behandlas. Samverkan behandlas: planeringsforumet med kommunernas "
        "planarkitekter två gånger per år, partnerskapet och genomgången med regionen. Uppföljning "
        "behandlas: måttabell med utgångsläge/mål/källa, mätning 2026 och 2028, rapport i mars av "
        "jämställdhetsstrategen, extern utvärdering. Intern behandlas, men inte i meningen som heter så: "
        "avsnitt 1 ('har pågått sedan 2008 ... beskrivs inte närmare här') är det förflutna plus "
        "hänvisning och bara en nämning; arbetet är i 3 – Länsstyrelsen ändrar sin egen "
        "stödhantering (sökande ska beskriva användningen av kvinnor och män, prioriteringsregel, "
        "landsbygdsenheten redovisar fördelningen årligen). Ekonomi nämns "
        "bara i förbigående i 2 (att inte nå ett arbete påverkar kvinnornas ekonomiska självständighet – "
        "en följd inom resanalysen); 'företag som leds av kvinnor' i 5 hör till tillväxtgenomgången. "
        "Utbildning nämns: 'och, för de unga, även möjligheterna att välja utbildning' – en följd "
        "som hängs på ekonomimeningen i resanalysen – samt 'skola' som resmål i 1 och 2. Obetalt arbete nämns: kedjeresor med hämtning på förskolan och inköp "
        "och 'det största ansvaret för hushållets vardagsärenden' (förklaring till resmönster, inga "
        "siffror eller insatser om det). Hälsa nämns: längre väg till vårdcentralen 'kan påverka deras "
        "hälsa' (följd inom serviceavsnittet). Våld nämns: "
        "'rädslan för sexuella trakasserier och våld' som förklaring till otrygghet. Barnets rättigheter "
        "nämns: kommunernas barnkonsekvensanalyser i en jämförande bisats i planeringsstycket (annan "
        "aktör, i förbigående; huvudsatsen handlar om översiktsplanerna). Mänskliga rättigheter "
        "nämns bara som inramning. Integration nämns: 'många utrikes födda kvinnor som inte har körkort' "
        "i serviceanalysen. Krisberedskap nämns: 'betydelse också för krisberedskapen' (i förbigående). "
        "Föräldraskapsstöd och ANDTS saknas.")
    lab = labels(power=A, economy=M, education=M, care=M, health=M, violence=M,
                 planning=A, child=M, parenting=X, hr=M, conditions=A, statistics=A,
                 collab=A, internal=A, followup=A, growth=A, rural=A, integration=M,
                 prep=M, andts=X)
    return "d8_rorelse_rum_inflytande", d, note, lab


# ---------------------------------------------------------------------------------------------
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    """Text of document.xml without tracked deletions; every XML part must parse."""
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                ET.fromstring(z.read(name))
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W_NS + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W_NS + "t")))
    return "\n".join(paras)


def write_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    made = []
    for fn in DRAFTS:
        name, doc, note, lab = fn()
        if isinstance(doc, str):
            path = os.path.join(outdir, name + ".txt")
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(doc)
        else:
            path = os.path.join(outdir, name + ".docx")
            doc.write(path)
        jpath = os.path.join(outdir, name + ".expected.json")
        with open(jpath, "w", encoding="utf-8", newline="\n") as f:
            json.dump({"note": note, "targets": lab}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        made.append((name, path, jpath, lab))
    return made


def main():
    check = "--check" in sys.argv[1:]
    if not check:
        made = write_all(OUT)
        print(f"wrote {len(made)} drafts to {OUT}")
        return
    problems = []
    totals = {A: 0, M: 0, X: 0}
    with tempfile.TemporaryDirectory() as tmp:
        made = write_all(tmp)
        fresh = sorted(os.listdir(tmp))
        have = sorted(f for f in os.listdir(OUT)) if os.path.isdir(OUT) else []
        if fresh != have:
            problems.append(f"file lists differ: fresh {fresh} vs drafts/ {have}")
        for f in fresh:
            op = os.path.join(OUT, f)
            if os.path.exists(op):
                with open(os.path.join(tmp, f), "rb") as a, open(op, "rb") as b:
                    if a.read() != b.read():
                        problems.append(f"{f}: bytes differ from regenerated output")
        for name, path, jpath, lab in made:
            if path.endswith(".docx"):
                text = docx_text(path)
            else:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            words = len(re.findall(r"\w+", text))
            with open(jpath, encoding="utf-8") as f:
                exp = json.load(f)
            if sorted(exp) != ["note", "targets"]:
                problems.append(f"{name}: keys {sorted(exp)}")
            if list(exp["targets"]) != IDS:
                problems.append(f"{name}: target ids/order wrong")
            if not set(exp["targets"].values()) <= {A, M, X}:
                problems.append(f"{name}: bad label value")
            if not exp["note"].strip():
                problems.append(f"{name}: empty note")
            if not 900 <= words <= 2500:
                problems.append(f"{name}: {words} words")
            c = {k: sum(1 for v in lab.values() if v == k) for k in (A, M, X)}
            for k in c:
                totals[k] += c[k]
            print(f"{name}: {words} words, A={c[A]} M={c[M]} missing={c[X]}")
    print("totals:", totals, "labels:", sum(totals.values()))
    if problems:
        print("PROBLEMS:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print("check OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the jamkoll hold-out evaluation drafts (DOCX + expected verdicts).

Usage: python3 make_holdout.py [OUTDIR]   (default: ../drafts next to this script)

Standard library only; output is byte-identical for the same Python/zlib
because zip timestamps, attributes and part order are fixed.
"""
import json
import os
import sys
import xml.dom.minidom
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import (Doc, write_docx, B, I, FN, INS, DEL, CM, title, h1, h2, p,  # noqa: E402
                     bullets, numbered, table, toc, del_para, ins_para)

TARGETS = [
    "goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
    "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
    "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
    "req.internal", "req.followup", "area.regional_growth", "area.rural",
    "area.integration", "area.preparedness", "area.andts",
]
WORD = {"A": "addressed", "M": "mentioned", "X": "missing"}


def verdicts(spec):
    """spec: 20 letters A/M/X in TARGETS order, spaces ignored."""
    letters = spec.replace(" ", "")
    assert len(letters) == len(TARGETS), (spec, len(letters))
    return {tid: WORD[c] for tid, c in zip(TARGETS, letters)}


DRAFTS = []


def draft(name, style, verdict_spec, note, core=None, header=None):
    def deco(fn):
        DRAFTS.append(dict(name=name, style=style, spec=verdict_spec, note=note,
                           core=core or {}, header=header, blocks=fn))
        return fn
    return deco


# Verdict spec order (5 per group):
#   power economy education unpaid_care health |
#   violence planning child_rights parenting_support human_rights |
#   conditions statistics collaboration internal followup |
#   regional_growth rural integration preparedness andts

# ---------------------------------------------------------------------------
@draft("01_strategi_formell", "sv", "AAAAA AAAAA AAAAA AAAAM",
       "Complete formal strategy (Rubrik1/Rubrik2 style ids, numbered list, indicator table, "
       "footnotes, header). Everything addressed except ANDTS, which is only named in a list of three "
       "other activities deferred to the 2027 revision (mentioned). req.conditions: women/men "
       "(table, labour market) and girls/boys (merit points, stress in upper secondary) are both analysed.",
       core={"title": "Länsstrategi för jämställdhetsintegrering 2025–2029", "creator": "Maria Sundberg"},
       header="Länsstyrelsen i Västerskog · Dnr 801-2024-1187")
def d01():
    return [
        title("Länsstrategi för jämställdhetsintegrering i Västerskogs län 2025–2029"),
        p(I("Dnr 801-2024-1187. Fastställd av landshövdingen den 12 december 2024.")),
        h1("1. Inledning"),
        p("Länsstyrelsen i Västerskog har fått regeringens uppdrag att ta fram en länsstrategi för "
          "arbetet med jämställdhetsintegrering.", FN("Regeringsbeslut om uppdrag att ta fram "
          "länsstrategier för jämställdhetsintegrering."), " Strategin beskriver hur myndigheten ska "
          "verka för att de jämställdhetspolitiska målen får genomslag i länet och hur "
          "jämställdhetsperspektivet ska integreras i den egna verksamheten. Strategin gäller för "
          "perioden 2025–2029 och ersätter den tidigare strategin från 2019."),
        p("Det övergripande målet för jämställdhetspolitiken är att kvinnor och män ska ha samma makt "
          "att forma samhället och sina egna liv.", FN("Skr. 2016/17:10 Makt, mål och myndighet – "
          "feministisk politik för en jämställd framtid."), " Strategin är uppbyggd kring de sex "
          "delmålen och kring de områden där Länsstyrelsen har uppgifter med bäring på målen."),
        h1("2. Nulägesanalys"),
        p("Västerskogs län har drygt 190 000 invånare i sju kommuner. Befolkningen är ojämnt fördelad: "
          "medan Tallbacka och Kvarnby växer minskar befolkningen i länets inre delar, och unga kvinnor "
          "flyttar i högre grad än unga män från de mindre orterna. Analysen bygger på individbaserad "
          "statistik från SCB, Försäkringskassan och Region Västerskog, redovisad uppdelad på kön."),
        p(B("Tabell 1. "), "Urval av indikatorer, Västerskogs län 2023.",
          FN("Källa: SCB, Försäkringskassan och Valmyndigheten. Egen bearbetning.")),
        table(["Indikator", "Kvinnor", "Män"], [
            ["Sysselsättningsgrad 20–64 år (%)", "79", "84"],
            ["Andel som arbetar deltid (%)", "29", "10"],
            ["Medianinkomst (tkr per år)", "318", "392"],
            ["Andel av uttagna dagar med föräldrapenning (%)", "68", "32"],
            ["Sjukpenningtal (dagar per försäkrad)", "11,4", "6,2"],
            ["Andel av ledamöterna i kommunfullmäktige (%)", "43", "57"],
        ], [5400, 1800, 1800]),
        p("Även bland barn och unga finns tydliga skillnader. Flickor i årskurs 9 har i genomsnitt "
          "24 meritpoäng mer än pojkar, och andelen pojkar som saknar behörighet till gymnasieskolans "
          "yrkesprogram är nästan dubbelt så hög som bland flickorna. Samtidigt mår flickor sämre: i "
          "länets senaste elevenkät uppgav 41 procent av flickorna i gymnasiets år 2 att de ofta känner "
          "sig stressade, jämfört med 19 procent av pojkarna."),
        h1("3. Strategins inriktning – de jämställdhetspolitiska delmålen"),
        h2("3.1 Jämn fördelning av makt och inflytande"),
        p("Kvinnor är fortfarande underrepresenterade på ledande positioner i länet. Av "
          "kommunstyrelsernas ordförande är två av sju kvinnor, och i styrelserna för länets kommunala "
          "bolag är andelen kvinnor 34 procent. Länsstyrelsen ska verka för en jämn könsfördelning i de "
          "råd och referensgrupper som myndigheten själv tillsätter och uppmärksamma hot och hat mot "
          "förtroendevalda, som enligt Politikernas trygghetsundersökning drabbar kvinnor och män på "
          "olika sätt."),
        h2("3.2 Ekonomisk jämställdhet"),
        p("Arbetsmarknaden i Västerskog är starkt könsuppdelad. Kvinnor arbetar i högre grad deltid "
          "inom vård, omsorg och handel, medan män dominerar inom skog, industri och transport. "
          "Skillnaderna får konsekvenser för livsinkomst och pension. Länsstyrelsen ska i sitt arbete "
          "med kompetensförsörjning bidra till att kvinnor och män har samma möjligheter till ett "
          "betalt arbete som ger ekonomisk självständighet livet ut."),
        h2("3.3 Jämställd utbildning"),
        p("Pojkars lägre skolresultat och de könsbundna valen till gymnasiet är en utmaning i hela "
          "länet. Länsstyrelsen ska tillsammans med Kvarnby och Åsnäs kommuner sprida erfarenheter från "
          "en studie- och yrkesvägledning som utmanar traditionella val."),
        h2("3.4 Jämn fördelning av det obetalda hem- och omsorgsarbetet"),
        p("Kvinnor i länet tar ut drygt två tredjedelar av föräldrapenningdagarna och står för "
          "merparten av den tillfälliga föräldrapenningen vid vård av sjukt barn. Kvinnor i åldern "
          "45–64 år ger också i större utsträckning omsorg till anhöriga. Länsstyrelsen ska lyfta "
          "frågan om delat ansvar för hem och omsorg i dialogen med länets arbetsgivare."),
        h2("3.5 Jämställd hälsa"),
        p("Sjukskrivningarna bland kvinnor är nästan dubbelt så många som bland män, främst på grund av "
          "psykisk ohälsa, medan män oftare dör i förtid till följd av olyckor och suicid. "
          "Länsstyrelsen ska i samverkan med Region Västerskog verka för att det regionala "
          "folkhälsoarbetet tar hänsyn till dessa skillnader."),
        h2("3.6 Mäns våld mot kvinnor ska upphöra"),
        p("Varje år polisanmäls drygt 900 misshandelsbrott mot kvinnor i nära relationer i länet. "
          "Länsstyrelsen har ett regionalt samordningsuppdrag mot mäns våld mot kvinnor, "
          "hedersrelaterat våld och förtryck samt prostitution och människohandel. Under "
          "strategiperioden prioriteras våldsförebyggande arbete riktat till unga män och stöd till "
          "kommunernas arbete med våldsutsatta kvinnor i glesbefolkade delar av länet."),
        h1("4. Särskilda områden"),
        h2("4.1 Samhällsplanering"),
        p("I samhällsplaneringen avgörs bland annat hur trygga de offentliga miljöerna är och hur "
          "tillgänglig kollektivtrafiken blir. Länsstyrelsen ska i sin granskning av översiktsplaner "
          "och detaljplaner bevaka hur planerna påverkar vardagen för olika grupper, till exempel "
          "resmönster och trygghet i offentlig miljö."),
        h2("4.2 Barnets rättigheter"),
        p("Sedan 2020 är barnkonventionen svensk lag. Länsstyrelsen ska i sitt stöd till kommunerna "
          "visa hur barnrättsperspektivet och jämställdhetsperspektivet kan förenas, bland annat genom "
          "barnkonsekvensanalyser som redovisar konsekvenserna för flickor och pojkar var för sig."),
        h2("4.3 Föräldraskapsstöd"),
        p("Länsstyrelsen samordnar det regionala arbetet med föräldraskapsstöd. Pappor deltar i "
          "betydligt mindre utsträckning än mammor i de föräldragrupper som kommunerna erbjuder. Målet "
          "är att andelen pappor bland deltagarna ska öka till minst 40 procent till 2029."),
        h2("4.4 Mänskliga rättigheter"),
        p("Jämställdhet är en del av de mänskliga rättigheterna. Länsstyrelsen ska arbeta "
          "rättighetsbaserat och uppmärksamma hur diskriminering på grund av kön samverkar med andra "
          "diskrimineringsgrunder, exempelvis ålder och funktionsnedsättning."),
        h2("4.5 Regional tillväxt och landsbygd"),
        p("Inom det regionala tillväxtarbetet och landsbygdsprogrammet fördelar Länsstyrelsen "
          "företagsstöd. Under 2023 gick 27 procent av stödbeloppen till företag som drivs av kvinnor. "
          "Länsstyrelsen ska analysera orsakerna och se över informationen om stöden så att de når "
          "kvinnor och män på lika villkor, inte minst på landsbygden."),
        h2("4.6 Integration"),
        p("Utrikes födda kvinnor har lägre sysselsättning än både utrikes födda män och inrikes födda "
          "kvinnor. Inom uppdraget att samordna länets insatser för nyanländas etablering ska "
          "Länsstyrelsen särskilt följa upp hur kvinnor tar del av insatserna."),
        h2("4.7 Krisberedskap och civilt försvar"),
        p("Kvinnor och män påverkas olika av kriser och är olika representerade i "
          "krisledningsorganisationerna. Länsstyrelsen ska integrera ett jämställdhetsperspektiv i den "
          "regionala risk- och sårbarhetsanalysen."),
        p("Andra verksamheter med bäring på målen, till exempel ANDTS-samordningen, tillsynen enligt "
          "socialtjänstlagen och viltförvaltningen, behandlas när strategin revideras 2027."),
        h1("5. Länsstyrelsens interna arbete"),
        p("Jämställdhetsintegreringen ska bedrivas inom ordinarie styrning. Det innebär att "
          "jämställdhet ska finnas med i verksamhetsplaneringen, i myndighetens mål och i "
          "avdelningarnas uppföljning. Alla nyanställda handläggare ska genomgå en grundutbildning i "
          "jämställdhetsintegrering, och varje avdelning ska ha en utsedd stödperson. Under perioden "
          "genomförs följande:"),
        numbered(
            "Jämställdhetsanalys i verksamhetsplaneringen för samtliga avdelningar från 2025.",
            "Könsuppdelad statistik i myndighetens årsredovisning där uppgifterna avser individer.",
            "Mallar för beslut och remissvar kompletteras med stödfrågor om jämställdhet.",
        ),
        h1("6. Samverkan i länet"),
        p("Länsstyrelsens roll är att stödja, samordna och utveckla. Det regionala "
          "jämställdhetsnätverket, där länets sju kommuner, Region Västerskog, Polisen och kvinno- och "
          "tjejjourerna deltar, träffas fyra gånger per år. Länsstyrelsen erbjuder kommunerna "
          "processtöd och metodstöd när de tar fram egna handlingsplaner."),
        h1("7. Uppföljning och utvärdering"),
        p("Strategin följs upp årligen i en rapport till ledningsgruppen, där utvecklingen av "
          "indikatorerna i tabell 1 redovisas. En extern utvärdering genomförs under 2028 som underlag "
          "för nästa strategiperiod. Enheten för social hållbarhet ansvarar för uppföljningen."),
    ]


# ---------------------------------------------------------------------------
@draft("02_strategi_konsult", "en", "AAAAA AAAAA AAAAA AAAXX",
       "Complete strategy in consultant prose (Heading1/Heading2 ids, tracked changes, comments, "
       "footnote). Integration is addressed ONLY through a tracked insertion (w:ins counts). "
       "ANDTS appears only in a deleted paragraph (w:del) -> missing; krisberedskap appears only in "
       "a comment -> missing. The four assignment areas are first recited, then each gets a "
       "substantive bullet, so all are addressed.",
       core={"title": "Jämställt Västerskog – förslag till länsstrategi", "creator": "Nordljus Analys AB",
             "company": "Nordljus Analys AB"})
def d02():
    return [
        title("Jämställt Västerskog – förslag till länsstrategi för jämställdhetsintegrering"),
        p(I("Framtaget på uppdrag av Länsstyrelsen i Västerskog av Nordljus Analys AB, oktober 2024.")),
        h1("Sammanfattning"),
        p("Vi har på uppdrag av Länsstyrelsen i Västerskog tagit fram ett förslag till länsstrategi. "
          "Förslaget bygger på intervjuer med ett trettiotal nyckelpersoner, två workshoppar med "
          "kommunerna och en genomgång av tillgänglig statistik. Vår samlade bedömning är att länet har "
          "goda förutsättningar, men att arbetet hittills har varit personberoende och svagt förankrat "
          "i ordinarie styrning."),
        h1("Utgångspunkter"),
        p("Förslaget utgår från de jämställdhetspolitiska målen och från Länsstyrelsens instruktion, "
          "enligt vilken myndigheten ska belysa, analysera och beakta kvinnors och mäns samt flickors "
          "och pojkars villkor. I det följande har vi därför försökt att konsekvent redovisa både vuxna "
          "och barn."),
        h1("Lägesbild och rekommendationer per delmål"),
        h2("Makt och inflytande"),
        p("Bilden av den politiska representationen är splittrad. I Åsnäs kommunfullmäktige är "
          "fördelningen i princip jämn, medan kvinnorna i Kvarnby utgör knappt en tredjedel av "
          "ledamöterna. Flera av de förtroendevalda kvinnor vi har intervjuat beskriver att de har "
          "avstått från uppdrag efter hot i sociala medier. Vi rekommenderar att Länsstyrelsen "
          "initierar ett länsgemensamt arbete med medborgardialoger där unga kvinnor och unga män "
          "deltar på lika villkor."),
        h2("Ekonomisk jämställdhet"),
        p("Inkomstskillnaderna mellan kvinnor och män är större i länet än i riket. Kvinnornas "
          "disponibla inkomst uppgår till 79 procent av männens.", FN("SCB, Inkomster och skatter "
          "2022. Disponibel inkomst, personer 20–64 år."), " En stor del av förklaringen är "
          "deltidsarbete i kvinnodominerade yrken och en arbetsmarknad där kvinnor och män i stor "
          "utsträckning arbetar i olika branscher."),
        ins_para("Utrikes födda kvinnor har särskilt svårt att etablera sig. Två år efter mottagandet "
                 "har endast var fjärde nyanländ kvinna ett arbete, jämfört med hälften av männen. Vi "
                 "rekommenderar att Länsstyrelsen inom sitt integrationsuppdrag prioriterar insatser "
                 "för nyanlända kvinnors etablering.", author="Nils Lund"),
        h2("Utbildning"),
        p("Skolresultaten visar ett tydligt mönster: flickor når högre meritvärden i samtliga "
          "kommuner, men skillnaden varierar mellan 11 och 38 poäng. Könsbundna gymnasieval består, "
          "särskilt på vård- och omsorgsprogrammet och el- och energiprogrammet. Vi rekommenderar att "
          "studie- och yrkesvägledningen blir ett gemensamt utvecklingsområde i länets "
          "skolchefsnätverk."),
        h2("Hem- och omsorgsarbete"),
        p("Fördelningen av föräldraledigheten förändras långsamt. Pappor i Västerskog tar ut 31 "
          "procent av föräldrapenningdagarna, att jämföra med 30 procent i riket. Omsorgen om äldre "
          "anhöriga vilar i stor utsträckning på kvinnor i 50–60-årsåldern, vilket påverkar både deras "
          "arbetstid och deras möjligheter att orka."),
        h2("Hälsa"),
        p("Kvinnor har fler sjukskrivningsdagar, och den psykiska ohälsan bland flickor har ökat under "
          "de senaste tio åren. Pojkar och unga män är i stället överrepresenterade i trafikolyckor och "
          "suicid. Vi rekommenderar att Länsstyrelsen och Region Västerskog tar fram en gemensam ",
          CM("folkhälsorapport", "Ska vi även ta upp krisberedskapen här? Länsstyrelsen har ju ett "
             "tydligt ansvar för krisberedskap i länet.", "Anna Lind", "AL"),
          " med ett genomgående jämställdhetsperspektiv."),
        h2("Våld"),
        p("Mäns våld mot kvinnor är det område där Länsstyrelsen har det mest utvecklade arbetet. "
          "Samtidigt vittnar socialtjänsten om att kunskapen om hedersrelaterat våld och förtryck är "
          "ojämn. Vi rekommenderar fortsatt kompetensstöd till kommunerna och att arbetet med att "
          "förebygga sexuellt våld bland unga utvecklas tillsammans med skolorna."),
        del_para("Även ANDTS-arbetet bör ingå i strategin, eftersom riskbruk av alkohol och narkotika är "
                 "vanligare bland män och ofta samvarierar med våld.", author="Nils Lund"),
        h1("Uppdragets särskilda områden"),
        p("Regeringen har pekat ut samhällsplanering, barnets rättigheter, föräldraskapsstöd och "
          "mänskliga rättigheter som områden som i möjligaste mån ska ingå. Vår genomgång visar "
          "följande."),
        bullets(
            [B("Samhällsplanering: "), "Flera kommuner genomför trygghetsvandringar, men resultaten förs "
             "sällan in i översiktsplaneringen. Länsstyrelsen bör i sina samrådsyttranden efterfråga hur "
             "planförslag påverkar kvinnors och mäns resor och trygghet."],
            [B("Barnets rättigheter: "), "Barnkonsekvensanalyser görs i allt fler ärenden, men sällan med "
             "uppdelning på flickor och pojkar. Vi föreslår att Länsstyrelsen tar fram en gemensam mall."],
            [B("Föräldraskapsstöd: "), "Kommunernas föräldraskapsstöd når främst mammor. Länsstyrelsen bör "
             "stödja utvecklingen av pappagrupper och digitala format."],
            [B("Mänskliga rättigheter: "), "Länsstyrelsens MR-arbete och jämställdhetsarbetet bedrivs i dag "
             "i separata processer. Vi rekommenderar att de samordnas under en gemensam ansvarig chef."],
        ),
        h1("Regional tillväxt och landsbygd"),
        p("I länets regionala utvecklingsstrategi saknas i dag ett jämställdhetsperspektiv. Vi bedömer "
          "att det regionala tillväxtarbetet och landsbygdsutvecklingen är områden där Länsstyrelsen "
          "har stora möjligheter att påverka, eftersom myndigheten fördelar stöd till företag och "
          "bygder. Andelen kvinnor bland stödmottagarna i landsbygdsprogrammet bör följas upp årligen."),
        h1("Genomförande"),
        p("För att strategin ska få genomslag föreslår vi tre förändringar i Länsstyrelsens interna "
          "styrning: att jämställdhet blir en obligatorisk del av verksamhetsplaneringen, att "
          "avdelningscheferna får ett tydligt ansvar i sina uppdrag och att all personal erbjuds en "
          "grundläggande utbildning i jämställdhetsintegrering."),
        p("Länsstyrelsen bör fortsätta att stödja, samordna och utveckla arbetet i länet genom det "
          "regionala nätverket för jämställdhet, där kommunerna, regionen och civilsamhällets "
          "organisationer ingår."),
        h1("Uppföljning"),
        p("Vi föreslår att strategin följs upp med ett mindre antal ",
          CM("indikatorer", "Förslag på indikatorer finns i bilaga 2.", "Nils Lund", "NL"),
          " som redovisas årligen i Länsstyrelsens årsredovisning, och att den utvärderas ",
          DEL("av en extern part ", "Nils Lund"), INS("av Länsstyrelsens analysenhet ", "Nils Lund"),
          "efter halva strategiperioden. All individbaserad statistik i uppföljningen ska redovisas "
          "uppdelad på kön."),
    ]


# ---------------------------------------------------------------------------
@draft("03_arbetsutkast_punktform", "en", "AMMMM AMAMM MAAMM MMMXX",
       "Terse bullet-style working draft. Recites the six sub-goals in one bullet and the four "
       "assignment areas in another (mentioned), then works only on power, violence and child rights. "
       "Regional growth, rural and integration are recited in a 'next version' bullet (mentioned). "
       "Internal steering and follow-up are list items with placeholders (TODO / 'skrivs senare') -> "
       "mentioned. req.conditions: duty recited and only women/men discussed -> mentioned. "
       "Statistics addressed via '34 % kvinnor bland ordförande'.",
       core={"title": "Arbetsutkast v0.3", "creator": "Erik Holm"})
def d03():
    return [
        title("Jämställdhetsintegrering Västerskog – arbetsutkast v0.3"),
        p("Underlag till ledningsgruppen 4 november. Punktform, ej språkgranskat."),
        h1("Bakgrund"),
        bullets(
            "Uppdrag från regeringen: länsstrategi för jämställdhetsintegrering, klar till årsskiftet.",
            "Enligt instruktionen ska Länsstyrelsen belysa, analysera och beakta kvinnors och mäns samt "
            "flickors och pojkars villkor.",
            "De sex delmålen: makt och inflytande, ekonomisk jämställdhet, jämställd utbildning, jämn "
            "fördelning av det obetalda hem- och omsorgsarbetet, jämställd hälsa samt att mäns våld mot "
            "kvinnor ska upphöra.",
            "Uppdraget nämner särskilt samhällsplanering, barnets rättigheter, föräldraskapsstöd och "
            "mänskliga rättigheter.",
            "Övrigt med bäring på målen (regional tillväxt, landsbygdsutveckling, integration) – tas i "
            "nästa version.",
        ),
        h1("Prioritering 2025–2026"),
        p("Förslag: två delmål och ett särskilt område prioriteras de första två åren."),
        h2("Makt och inflytande"),
        bullets(
            "Läget: 34 % kvinnor bland ordförandena i länets kommunala nämnder (2023). Lägst andel i "
            "tekniska nämnder.",
            "Mål: jämn könsfördelning (40–60) i de råd och grupper Länsstyrelsen själv tillsätter, "
            "senast 2026.",
            "Aktivitet: kartlägga hot och trakasserier mot förtroendevalda kvinnor och män, ihop med "
            "kommunerna.",
        ),
        h2("Mäns våld mot kvinnor"),
        bullets(
            "Läget: ca 900 anmälda misshandelsfall mot kvinnor i nära relation per år.",
            "Nätverket med kommunernas kvinnofridssamordnare fortsätter, 4 träffar/år.",
            "Ny aktivitet: stöd till kommunerna när de inför våldsförebyggande program på högstadiet.",
        ),
        h2("Barnets rättigheter"),
        bullets(
            "Barn som lever med våld i hemmet ska synliggöras i kommunernas handlingsplaner.",
            "Länsstyrelsen tar fram en checklista för barnkonsekvensanalys i våldsärenden, klar Q3 2025.",
        ),
        h1("Övrigt"),
        bullets(
            "Samverkan: befintliga nätverk (kvinnofrid, barnrätt) används som bas; kommunerna bjuds in "
            "till avstämning i februari.",
            "Intern styrning: TODO",
            "Uppföljning: avsnittet skrivs senare.",
        ),
    ]


# ---------------------------------------------------------------------------
@draft("04_remiss_delmal_2_och_5", "sv", "MAMMA MXXXX AAAXA AXXXA",
       "Partial strategy (Rubrik ids, numbered list, tracked changes, comments). The six goals are a "
       "numbered recitation; only delmål 2 (economy) and 5 (health) are worked on. A deleted paragraph "
       "about the violence action plan must not lift goal.violence above mentioned; a deleted "
       "sentence on samhällsplanering and a comment about barnkonventionen must not count (missing). "
       "req.conditions addressed: women/men (pay, sick pay) and girls/boys (pupil survey). ANDTS "
       "addressed through the health activities; regional growth through the company-support bullet. "
       "No internal-operations content (missing).",
       core={"title": "Strategi för jämställdhetsintegrering – remissversion", "creator": "Karin Berg"})
def d04():
    return [
        title("Strategi för jämställdhetsintegrering – Länsstyrelsen i Västerskog"),
        p(I("Remissversion 2024-10-14. Synpunkter lämnas senast den 15 november.")),
        h1("Syfte"),
        p("Strategin anger hur Länsstyrelsen under 2025–2028 ska bidra till att de "
          "jämställdhetspolitiska målen får genomslag i Västerskogs län. Delmålen är:"),
        numbered(
            "En jämn fördelning av makt och inflytande.",
            "Ekonomisk jämställdhet.",
            "Jämställd utbildning.",
            "En jämn fördelning av det obetalda hem- och omsorgsarbetet.",
            "Jämställd hälsa.",
            "Mäns våld mot kvinnor ska upphöra.",
        ),
        p("Länsstyrelsen har valt att under strategiperioden koncentrera arbetet till delmål 2 och 5, "
          "där skillnaderna i länet är störst och där myndigheten har tydliga uppdrag."),
        del_para("Arbetet mot mäns våld mot kvinnor bedrivs enligt en separat handlingsplan som antogs "
                 "2023 och som omfattar skyddat boende, stöd till våldsutsatta kvinnor och "
                 "våldsförebyggande insatser riktade till unga.", author="Karin Berg",
                 comment="Stryks – dubbel styrning med handlingsplanen."),
        h1("Ekonomisk jämställdhet"),
        p("Västerskogs län har en av landets mest könssegregerade arbetsmarknader. Kvinnor utgör 82 "
          "procent av de anställda inom vård och omsorg och män 91 procent inom byggverksamhet. "
          "Kvinnors genomsnittliga månadslön motsvarar 87 procent av männens, och skillnaden i allmän "
          "pension är ännu större. Deltidsarbete är vanligare bland kvinnor, särskilt bland "
          "undersköterskor och barnskötare i länets mindre kommuner."),
        bullets(
            "Länsstyrelsen ska i det regionala tillväxtarbetet och vid fördelningen av företagsstöd "
            "säkerställa att stöden når kvinnor och män på lika villkor.",
            "Tillsammans med Region Västerskog och länets kommuner ska Länsstyrelsen driva ett projekt "
            "för heltid som norm inom välfärdssektorn.",
            "Länsstyrelsen ska årligen publicera en könsuppdelad lägesbild av länets arbetsmarknad.",
        ),
        h1("Jämställd hälsa"),
        p("Kvinnor i länet har högre sjukpenningtal än män, och den självskattade psykiska hälsan är "
          "sämre bland flickor än bland pojkar. I elevenkäten 2023 angav 38 procent av flickorna i "
          "årskurs 9 att de mådde dåligt flera gånger i veckan, mot 17 procent av pojkarna. Män har å "
          "andra sidan kortare medellivslängd och är överrepresenterade bland dem som dör av "
          "alkoholrelaterade sjukdomar."),
        bullets(
            "Länsstyrelsens ANDTS-samordning ska inriktas på att nå unga män med riskbruk av alkohol och "
            "narkotika, i samarbete med kommunernas förebyggande verksamhet.",
            ["Länsstyrelsen ska ", DEL("i samråd med regionen ", "Karin Berg"),
             INS("tillsammans med Region Västerskog ", "Karin Berg"),
             "ta fram en regional handlingsplan för psykisk hälsa med ett uttalat ",
             CM("jämställdhetsperspektiv", "Borde vi skriva något om barnkonventionen här också?",
                "Elin Hedlund", "EH"), "."],
        ),
        del_para("Samhällsplaneringen har också betydelse för hälsan, exempelvis genom tillgången till "
                 "gång- och cykelvägar och grönområden i nya detaljplaner.", author="Elin Hedlund"),
        h1("Uppföljning"),
        p("Strategin följs upp årligen. För delmål 2 används indikatorerna sysselsättningsgrad, andel "
          "deltidsarbetande och medianinkomst, och för delmål 5 sjukpenningtal och självskattad hälsa, "
          "samtliga redovisade efter kön. Resultatet publiceras i en årlig rapport på Länsstyrelsens "
          "webbplats, och strategin revideras 2027."),
    ]


# ---------------------------------------------------------------------------
@draft("05_skelett_med_innehall", "sv", "MMMMM AMMMM MMAMM XXXMX",
       "Early skeleton with a TOC field (cached entries for every heading) and headings followed by "
       "placeholders ('Text kommer.', 'TODO – AL', 'Avsnittet skrivs senare.') or nothing (3.5 "
       "Jämställd hälsa has no text at all). Only the violence section has real text -> addressed. "
       "req.collaboration addressed by the introduction (consultation with the municipalities, region "
       "and civil society). req.conditions: recited duty plus placeholder heading -> mentioned. "
       "Civil beredskap is a heading whose text is only 'skrivs senare' plus doubt -> mentioned.",
       core={"title": "Länsstrategi – utkast 0.1", "creator": "Anna Lind"},
       header="UTKAST – får ej spridas")
def d05():
    tk = "Text kommer."
    return [
        title("Länsstrategi för jämställdhetsintegrering 2025–2029 – UTKAST"),
        p("Version 0.1, 2024-09-02. Arbetsmaterial."),
        p(B("Innehåll")),
        toc(),
        h1("1 Inledning"),
        p("Länsstyrelsen i Västerskog ska enligt regeringsuppdraget ta fram en länsstrategi för "
          "jämställdhetsintegrering. Enligt instruktionen ska myndigheten belysa, analysera och beakta "
          "kvinnors och mäns samt flickors och pojkars villkor i sin verksamhet."),
        p("Strategin tas fram i samverkan med länets kommuner och Region Västerskog. Ett första samråd "
          "med kommunernas jämställdhetsstrateger hölls i Tallbacka den 28 augusti, och ytterligare två "
          "workshoppar planeras under hösten. Civilsamhällets organisationer bjuds in till en hearing i "
          "oktober."),
        h1("2 Nulägesanalys"),
        h2("2.1 Kvinnors och mäns, flickors och pojkars villkor"),
        p(tk),
        h2("2.2 Statistik per kön"),
        p("TODO – AL"),
        h1("3 De jämställdhetspolitiska delmålen"),
        p("Avsnittet skrivs när nulägesanalysen är klar."),
        h2("3.1 Makt och inflytande"), p(tk),
        h2("3.2 Ekonomisk jämställdhet"), p(tk),
        h2("3.3 Jämställd utbildning"), p(tk),
        h2("3.4 Obetalt hem- och omsorgsarbete"), p(tk),
        h2("3.5 Jämställd hälsa"),
        h2("3.6 Mäns våld mot kvinnor"),
        p("Länsstyrelsen har sedan 2008 ett regionalt uppdrag att samordna arbetet mot mäns våld mot "
          "kvinnor. Under 2025 ska Länsstyrelsen kartlägga tillgången till skyddat boende i länet och "
          "genomföra en regional kunskapsdag om hedersrelaterat våld och förtryck för socialtjänsten i "
          "Tallbacka, Åsnäs och Kvarnby."),
        h1("4 Särskilda områden"),
        h2("4.1 Samhällsplanering"), p(tk),
        h2("4.2 Barnets rättigheter"), p(tk),
        h2("4.3 Föräldraskapsstöd"), p(tk),
        h2("4.4 Mänskliga rättigheter"), p(tk),
        h2("4.5 Civil beredskap"),
        p("Avsnittet skrivs senare. Oklart om det ska ingå."),
        h1("5 Länsstyrelsens interna arbete"), p(tk),
        h1("6 Uppföljning och utvärdering"),
        p("Avsnittet skrivs senare."),
    ]


# ---------------------------------------------------------------------------
@draft("06_handlingsplan_aktivitetstabell", "en", "AAMAA AAAXM MAAAA XAXXX",
       "Activity-table plan that refers to the goals only by number ('Delmål 1'…'Delmål 6') in the "
       "first column. Delmål 5's row (lägesbild of women's and men's levnadsvanor with the region) is "
       "the only health content -> addressed via the number. 'Delmål 3: Ingår inte i 2025 års "
       "handlingsplan' and 'Mänskliga rättigheter: Ingår inte' are exclusions -> mentioned. The "
       "'Regional utbildningsdag för socialtjänsten' row is a violence activity, not education. "
       "req.conditions: duty recited and only women/men analysed -> mentioned. Rural addressed via the "
       "landsbygdsprogram row. Parenting support and regional growth never referred to.",
       core={"title": "Handlingsplan 2025", "creator": "Enheten för social hållbarhet"})
def d06():
    soc = "Enheten för social hållbarhet"
    kf = "Kvinnofridssamordnare"
    return [
        title("Handlingsplan för jämställdhetsintegrering 2025"),
        p("Länsstyrelsen i Västerskog. Beslutad 2025-01-20."),
        p("Handlingsplanen konkretiserar länsstrategin för 2025. Aktiviteterna är ordnade efter de sex "
          "jämställdhetspolitiska delmålen och efter de särskilda områdena i regeringsuppdraget. "
          "Länsstyrelsen ska enligt sin instruktion belysa, analysera och beakta kvinnors och mäns samt "
          "flickors och pojkars villkor. I tabellerna anges vilken enhet som ansvarar för respektive "
          "aktivitet och när den ska vara genomförd."),
        h1("Aktiviteter per delmål"),
        table(["Delmål", "Aktivitet", "Ansvar", "Tid"], [
            ["Delmål 1", "Kartlägga könsfördelningen bland ordförande och vice ordförande i länets "
             "kommunala nämnder och bolagsstyrelser. Resultatet presenteras i länets demokratinätverk.",
             soc, "Q2"],
            ["Delmål 2", "Stödja Åsnäs och Kvarnby kommuner i arbetet med heltid som norm i hemtjänsten "
             "genom två lärandeseminarier.", soc, "Q1–Q4"],
            ["Delmål 2", "Analysera hur stöden inom landsbygdsprogrammet fördelas mellan kvinnor och män "
             "på länets landsbygd.", "Landsbygdsenheten", "Q3"],
            ["Delmål 3", "Ingår inte i 2025 års handlingsplan.", "–", "–"],
            ["Delmål 4", "Dialog med länets tio största arbetsgivare om hur de kan underlätta för pappor "
             "att vara föräldralediga.", soc, "Q2–Q3"],
            ["Delmål 5", "Gemensam lägesbild med Region Västerskog om skillnader i kvinnors och mäns "
             "levnadsvanor, redovisad per kön och åldersgrupp.", "Analysenheten", "Q4"],
            ["Delmål 6", "Regional utbildningsdag för socialtjänsten om hedersrelaterat våld och förtryck.",
             kf, "Q1"],
            ["Delmål 6", "Processtöd till Tallbacka kommun när ett våldsförebyggande program införs i "
             "grundskolan.", kf, "Q2–Q4"],
        ], [1300, 4700, 2000, 1000]),
        h1("Aktiviteter inom särskilda områden"),
        table(["Område", "Aktivitet", "Ansvar", "Tid"], [
            ["Samhällsplanering", "Ta fram stödfrågor om jämställdhet för Länsstyrelsens yttranden över "
             "kommunernas översiktsplaner.", "Planenheten", "Q2"],
            ["Barnets rättigheter", "Ta fram en mall för barnkonsekvensanalys i Länsstyrelsens egna "
             "ärenden.", soc, "Q3"],
            ["Mänskliga rättigheter", "Ingår inte i 2025 års handlingsplan.", "–", "–"],
        ], [2000, 4000, 2000, 1000]),
        h1("Intern styrning och uppföljning"),
        bullets(
            "Jämställdhetsanalys ska ingå i samtliga avdelningars verksamhetsplanering inför 2026. "
            "Ansvarig: planeringschefen.",
            "Handlingsplanen följs upp i ledningsgruppen i juni och december. En samlad redovisning av "
            "genomförda aktiviteter lämnas i februari 2026.",
        ),
    ]


# ---------------------------------------------------------------------------
@draft("07_tallbacka_kommun_plan", "en", "AAAMA AAAAX AAAAA XAAXX",
       "Municipal gender-equality plan (Tallbacka kommun), not a county-board strategy. Recites the six "
       "goals in short form; unpaid care is only in that recitation (the föräldragrupper/pappor text is "
       "parenting support, not unpaid care). req.internal is judged addressed because the author "
       "organisation's own steering (mål- och budgetprocess, nämndernas verksamhetsplaner, chefsutbildning) "
       "is covered – the county board's internal work is not. Human rights never referenced.",
       core={"title": "Jämställdhetsplan för Tallbacka kommun 2025–2028", "creator": "Tallbacka kommun",
             "company": "Tallbacka kommun"})
def d07():
    return [
        title("Jämställdhetsplan för Tallbacka kommun 2025–2028"),
        p(I("Antagen av kommunfullmäktige 2024-11-25, § 143.")),
        h1("Inledning"),
        p("Tallbacka kommun har undertecknat den europeiska deklarationen för jämställdhet på lokal och "
          "regional nivå.", FN("CEMR-deklarationen, framtagen av Council of European Municipalities and "
          "Regions. Tallbacka undertecknade deklarationen 2019."), " Planen beskriver hur kommunen ska "
          "arbeta med jämställdhet i sina roller som arbetsgivare, serviceproducent och "
          "samhällsutvecklare. Den utgår från de nationella jämställdhetspolitiska målen och från "
          "Länsstyrelsen i Västerskogs länsstrategi för jämställdhetsintegrering.",
          FN("Länsstyrelsen i Västerskog, Länsstrategi för jämställdhetsintegrering 2025–2029.")),
        p("De sex delmålen handlar om makt och inflytande, ekonomi, utbildning, det obetalda hem- och "
          "omsorgsarbetet, hälsa och mäns våld mot kvinnor. Kommunen har valt att prioritera de "
          "områden där kommunen har egen rådighet."),
        h1("Tallbacka i siffror"),
        table(["Kommunens verksamhet och politik", "Kvinnor", "Män"], [
            ["Ledamöter i kommunfullmäktige (antal)", "18", "23"],
            ["Heltidsanställda bland tillsvidareanställda (%)", "71", "92"],
            ["Sjukfrånvaro bland kommunens anställda (%)", "8,9", "4,6"],
        ], [5400, 1800, 1800]),
        table(["Elever i årskurs 9, 2024", "Flickor", "Pojkar"], [
            ["Behöriga till gymnasiets yrkesprogram (%)", "91", "82"],
            ["Genomsnittligt meritvärde", "238", "209"],
        ], [5400, 1800, 1800]),
        p("Siffrorna visar att kvinnor i kommunens verksamheter oftare arbetar deltid och har högre "
          "sjukfrånvaro, medan pojkar i högre grad lämnar grundskolan utan behörighet till gymnasiet."),
        h1("Mål och insatser"),
        h2("Inflytande och delaktighet"),
        p("Kvinnor är underrepresenterade i kommunfullmäktige och i kommunstyrelsens arbetsutskott. "
          "Kommunen ska erbjuda partierna ett mentorsprogram för nya förtroendevalda och följa upp "
          "könsfördelningen efter varje val. Medborgardialoger ska utformas så att både kvinnor och män "
          "deltar."),
        h2("Arbete och försörjning"),
        p("Heltid ska vara norm i kommunens verksamheter senast 2027. Lönekartläggning genomförs "
          "årligen, och osakliga löneskillnader ska åtgärdas. Tillsammans med Arbetsförmedlingen och "
          "SFI ska kommunen utveckla språkpraktik inom vård och omsorg för nyanlända kvinnor."),
        h2("Förskola och skola"),
        p("Förskolorna ska arbeta med normmedveten pedagogik, och grundskolan ska genom studie- och "
          "yrkesvägledningen motverka könsbundna studieval. Skolorna ska särskilt uppmärksamma pojkarnas "
          "lägre skolresultat."),
        h2("Hälsa och arbetsmiljö"),
        p("Sjukfrånvaron bland kommunens kvinnliga medarbetare inom hemtjänst och äldreboenden ska minska "
          "genom bättre schemaläggning och arbetsmiljöinsatser. Folkhälsorådet ska ta fram en lägesbild "
          "av den psykiska ohälsan bland unga, uppdelad på kön."),
        h2("Våld i nära relationer"),
        p("Kommunen har sedan 2023 en samordnare för våld i nära relationer. Alla medarbetare inom "
          "socialtjänsten, förskolan och skolan ska ha grundläggande kunskap om våld och hedersrelaterat "
          "förtryck. Tallbacka deltar i Länsstyrelsens regionala nätverk mot mäns våld mot kvinnor."),
        h2("Samhällsplanering och trygghet"),
        p("Jämställdhet ska vara en utgångspunkt i arbetet med den nya översiktsplanen. "
          "Trygghetsvandringar ska genomföras i centrum och i Björkdalen, och resultaten ska användas vid "
          "planeringen av belysning, gång- och cykelvägar och busshållplatser."),
        h2("Barn och föräldrar"),
        p("Barnkonsekvensanalyser ska göras inför beslut som rör barn, och analyserna ska beskriva "
          "konsekvenserna för flickor och pojkar. Kommunens föräldraskapsstöd når i dag främst mammor; 80 "
          "procent av deltagarna i föräldragrupperna är kvinnor. Målet är att minst en tredjedel av "
          "deltagarna ska vara pappor 2028."),
        h2("Landsbygden"),
        p("En tredjedel av kommunens invånare bor på landsbygden, och unga kvinnor flyttar i högre grad "
          "än unga män från byarna. Kommunens landsbygdsprogram ska därför analysera hur service, "
          "bredband och kollektivtrafik påverkar kvinnors och mäns möjligheter att bo kvar."),
        h1("Styrning och organisation"),
        p("Jämställdhetsperspektivet ska integreras i kommunens mål- och budgetprocess och i nämndernas "
          "verksamhetsplaner. Alla chefer ska gå kommunens utbildning i jämställdhetsintegrering under "
          "2025. Kommunstyrelsens förvaltning har ett samordnande ansvar och stöds av en "
          "jämställdhetsstrateg."),
        p("Kommunen samverkar med Länsstyrelsen i Västerskog, Region Västerskog och grannkommunerna Åsnäs "
          "och Kvarnby samt med föreningslivet i frågor som rör fritid och idrott."),
        h1("Uppföljning"),
        p("Planen följs upp årligen i kommunens årsredovisning. Nyckeltalen i tabellerna ovan redovisas "
          "varje år, och planen utvärderas i sin helhet 2028 innan en ny plan tas fram."),
    ]


# ---------------------------------------------------------------------------
@draft("08_strategi_med_avgransningar", "sv", "AAMAA AAAMA AAAAA AMXMM",
       "Strategy with an explicit 'Avgränsningar' list: education ('omfattas inte', even though the "
       "bullet names studie- och yrkesvägledning and skolresultat), parenting support, crisis "
       "preparedness, ANDTS and rural issues are excluded -> mentioned. Prostitution/trafficking is "
       "excluded too, but goal.violence is addressed elsewhere, so a partial exclusion does not lower "
       "it. Integration never referenced.",
       core={"title": "Länsstrategi för jämställdhetsintegrering 2025–2028", "creator": "Johan Ek"},
       header="Västerskogs län – Länsstrategi för jämställdhetsintegrering")
def d08():
    return [
        title("Länsstrategi för jämställdhetsintegrering i Västerskogs län 2025–2028"),
        h1("1 Syfte och avgränsningar"),
        p("Strategin beskriver hur Länsstyrelsen i Västerskog ska bidra till att de "
          "jämställdhetspolitiska målen får genomslag i länet under perioden 2025–2028. Strategin är "
          "avgränsad till de områden där Länsstyrelsen har ett eget uppdrag eller ett tydligt mandat. "
          "Följande avgränsningar gäller:"),
        bullets(
            "Delmålet om jämställd utbildning omfattas inte av strategin. Frågor om studie- och "
            "yrkesvägledning och skolresultat hanteras av skolhuvudmännen och Skolverket.",
            "Föräldraskapsstöd ingår inte, eftersom det regionala uppdraget sedan 2023 ligger hos Region "
            "Västerskog.",
            "Krisberedskap och civilt försvar omfattas inte under denna strategiperiod.",
            "ANDTS-frågorna ingår inte; de behandlas i den regionala ANDTS-strategin.",
            "Landsbygdsfrågor ingår inte i strategin.",
            "Arbetet mot prostitution och människohandel omfattas inte av denna strategi utan av den "
            "nationella samordningen.",
        ),
        h1("2 Nuläge"),
        p("I Västerskogs län förvärvsarbetar 78 procent av kvinnorna och 83 procent av männen i åldern "
          "20–64 år. Kvinnor tar ut 70 procent av föräldrapenningdagarna och har dubbelt så många "
          "sjukskrivningsdagar som män. I länets kommunfullmäktige är 42 procent av ledamöterna kvinnor."),
        p("Bland barn och unga syns andra mönster. Flickor rapporterar i högre grad än pojkar att de mår "
          "psykiskt dåligt, medan pojkar oftare utsätts för misshandel i det offentliga rummet. Flickor "
          "utsätts i större utsträckning för sexuella trakasserier, både i skolan och på nätet."),
        h1("3 Mål och inriktning"),
        h2("3.1 Makt och inflytande"),
        p("Länsstyrelsen ska verka för en jämn könsfördelning i länets beslutande församlingar genom att "
          "sprida statistik efter varje val och stödja partiernas rekrytering av kvinnor i de kommuner "
          "där andelen är lägst."),
        h2("3.2 Ekonomisk jämställdhet"),
        p("Länsstyrelsen ska i det regionala tillväxtarbetet verka för att kvinnors företagande ges samma "
          "förutsättningar som mäns, bland annat genom att följa upp fördelningen av regionala "
          "företagsstöd efter kön."),
        h2("3.3 Hem- och omsorgsarbete"),
        p("Länsstyrelsen ska genomföra en informationsinsats riktad till arbetsgivare i länet om pappors "
          "uttag av föräldrapenning och tillfällig föräldrapenning."),
        h2("3.4 Hälsa"),
        p("Tillsammans med Region Västerskog ska Länsstyrelsen analysera orsakerna till kvinnors höga "
          "sjukskrivningstal i länets offentliga sektor."),
        h2("3.5 Mäns våld mot kvinnor"),
        p("Länsstyrelsen ska fortsätta att samordna länets arbete mot mäns våld mot kvinnor och "
          "hedersrelaterat våld och förtryck, med särskilt fokus på våldsförebyggande arbete bland unga."),
        h2("3.6 Samhällsplanering"),
        p("I yttranden över översiktsplaner och detaljplaner ska Länsstyrelsen ställa frågor om trygghet "
          "och tillgänglighet ur ett jämställdhetsperspektiv."),
        h2("3.7 Barnets rättigheter"),
        p("Länsstyrelsen ska stödja kommunerna i tillämpningen av barnkonventionen, bland annat genom "
          "nätverket för kommunernas barnrättsstrateger."),
        h2("3.8 Mänskliga rättigheter"),
        p("Jämställdhetsarbetet ska samordnas med Länsstyrelsens arbete för mänskliga rättigheter och "
          "mot diskriminering, så att samma handläggare stödjer kommunerna i båda frågorna."),
        h1("4 Genomförande"),
        p("Strategin genomförs inom ordinarie verksamhet. Varje avdelning ska i sin verksamhetsplan ange "
          "minst en aktivitet som bidrar till strategins mål, och cheferna ansvarar för att "
          "jämställdhetsanalyser görs i relevanta ärenden. Länsstyrelsen stödjer kommunerna genom nätverk "
          "och utbildningsinsatser."),
        h1("5 Uppföljning"),
        p("Länsstyrelsen följer upp strategin årligen med hjälp av könsuppdelad statistik och redovisar "
          "resultatet i årsredovisningen. Strategin utvärderas under 2028."),
    ]


# ---------------------------------------------------------------------------
@draft("09_pm_vardagssprak", "en", "AAAAA AAAAA AAAAA XXAAA",
       "Synonym-heavy memo in plain language: no goal or area is ever named by its official title "
       "(e.g. 'Vem bestämmer?', 'Plånboken', 'Hemma', 'Måendet'); girls/boys appear as tjejer/killar. "
       "Economy via lönegap/pension, unpaid care via vabbar/föräldraledighet, violence via misshandel i "
       "nära relationer/hedersmiljöer, preparedness via pandemin/totalförsvarsplanering, ANDTS via "
       "riskbruk av alkohol and spel om pengar, human rights via diskriminering. Regional growth and rural "
       "appear only in a deleted sentence, a comment and the docProps keywords -> missing. Tracked "
       "insertion in the follow-up bullet.",
       core={"title": "PM Var står Västerskog?", "creator": "Sara Blom",
             "keywords": "jämställdhet; regional tillväxt; landsbygd; ANDTS",
             "description": "Underlag om regional tillväxt och landsbygd till länsstrategin"})
def d09():
    return [
        title("PM: Var står Västerskog?"),
        p("Promemorian sammanfattar vad vi vet om livsvillkoren i länet och föreslår var Länsstyrelsen "
          "bör lägga kraften de kommande åren. Den är skriven för att kunna läsas fristående av "
          "kommunernas tjänstepersoner."),
        h1("Vem bestämmer?"),
        p("I sex av länets sju kommuner leds kommunstyrelsen av en man. I nämnderna för teknik och bygg "
          "är nästan tre av fyra ledamöter män, medan socialnämnderna domineras av kvinnor. Unga kvinnor "
          "som engagerar sig lokalt berättar om näthat som får dem att lämna politiken i förtid."),
        h1("Plånboken"),
        p("En kvinna i Västerskog tjänar i genomsnitt 5 800 kronor mindre i månaden än en man. Lönegapet "
          "följer med hela livet: den som har gått ner i tid för att få ihop vardagen får en lägre "
          "pension. Kvinnor utgör tre fjärdedelar av dem som har garantipension i länet."),
        h1("Skolan"),
        p("Tjejer får högre betyg än killar i alla ämnen utom idrott. Killar söker sig i högre grad till "
          "el- och byggprogrammen, tjejer till vård och barn och fritid, och få bryter mönstret. Var "
          "femte kille i nian saknar behörighet till ett nationellt program."),
        h1("Hemma"),
        p("När barnet är sjukt är det oftast mamman som vabbar. Pappor i länet står för en knapp "
          "tredjedel av föräldraledigheten under barnets första två år. Det är också döttrar snarare än "
          "söner som hjälper åldrande föräldrar med inköp och läkarbesök."),
        h1("Måendet"),
        p("Kvinnor är sjukskrivna betydligt oftare än män, och stress och utmattning är den vanligaste "
          "orsaken. Bland unga tjejer har andelen som ofta känner sig nedstämda fördubblats på femton år. "
          "Unga män dör oftare i trafiken och tar oftare sina liv."),
        p("Riskbruk av alkohol är tre gånger vanligare bland unga män än bland unga kvinnor, och spel om "
          "pengar har blivit ett växande problem bland killar i gymnasieåldern."),
        h1("Tryggheten"),
        p("Varje vecka polisanmäls i genomsnitt tjugo fall av misshandel av kvinnor i nära relationer i "
          "länet. Kvinnojourerna i Tallbacka och Åsnäs vittnar om att fler unga kvinnor söker stöd på "
          "grund av kontroll i hedersmiljöer. Att kvinnor ska kunna leva ett liv fritt från våld och "
          "kontroll är en självklar utgångspunkt."),
        p("Tryggheten i det offentliga rummet formas också av hur orterna byggs. Trygghetsvandringar i "
          "Kvarnby har visat att mörka gång- och cykeltunnlar och ensligt belägna busshållplatser gör att "
          "många kvinnor undviker att gå ut efter mörkrets inbrott. Sådana iakttagelser bör föras in i "
          "översiktsplanerna."),
        h1("Barnen och familjerna"),
        p("Barnkonventionen är lag sedan 2020, och barnets bästa ska väga tungt i alla beslut som rör "
          "barn. Vi föreslår att kommunerna i sina barnkonsekvensanalyser skiljer på hur ett beslut "
          "påverkar tjejer respektive killar."),
        p("Kommunernas föräldragrupper lockar främst mammor. Där träffarna har lagts på kvällar och "
          "helger, och där en pappa har varit med som samtalsledare, har fler pappor deltagit."),
        h1("Lika rätt"),
        p("Var tredje person som anmält diskriminering i länet under de senaste tre åren angav kön som "
          "grund, ofta i kombination med etnisk tillhörighet eller ålder."),
        p("För nyanlända kvinnor är vägen till ett första jobb ofta längre än för nyanlända män. "
          "Språkstudier kombineras sällan med praktik, och många kvinnor står långt från arbetsmarknaden "
          "även efter fem år i Sverige."),
        h1("Om krisen kommer"),
        p("Erfarenheterna från pandemin visar att en samhällskris slår olika mot kvinnor och män: det var "
          "kvinnor som tog de tunga passen i vården och på äldreboendena, medan männen oftare förlorade "
          "jobbet i industrin. När länets totalförsvarsplanering nu byggs upp bör den ta hänsyn till "
          "sådana skillnader."),
        h1("Hur vi går vidare"),
        bullets(
            ["Länsstyrelsen bjuder in kommunerna, regionen och föreningslivet till ett ",
             CM("gemensamt forum", "Glöm inte landsbygdsnätverket!", "Sara Blom", "SB"),
             " två gånger per år."],
            "Myndighetens egna processer ses över: handläggarna får stödfrågor, och varje avdelning "
            "analyserar sina beslut ur ett könsperspektiv.",
            "All statistik i länets lägesbilder redovisas uppdelad på kvinnor och män, tjejer och killar.",
            ["Arbetet utvärderas efter två år ", INS("med hjälp av ett tiotal nyckeltal ", "Sara Blom"),
             "och resultaten redovisas öppet på webben."],
            [DEL("Även den regionala tillväxten och landsbygdens utveckling bör analyseras ur samma "
                 "perspektiv.", "Sara Blom")],
        ),
    ]


# ---------------------------------------------------------------------------
@draft("10_intern_plan_falska_vanner", "en", "XXXXX AXXXX MAAAA XXXXX",
       "Internal action plan full of false friends: verksamhetsplanering and Planeringsavdelningen "
       "(not samhällsplanering), staff training (not goal.education), Ekonomiavdelningen/budget (not "
       "goal.economy), vårdnadshavare (not health), barnomsorg at the conference (not child rights), "
       "'delmål 2/5 i myndighetens verksamhetsplan' (internal sub-goals, not the gender-equality "
       "delmål), chefer in a training context (not power). Genuine content: the conference on men's "
       "violence against women (violence, collaboration), internal steering, sex-split decision "
       "statistics, follow-up. req.conditions: only women/men (decisions by sex) -> mentioned. "
       "'mänskliga rättigheter' appears only in docProps -> missing.",
       core={"title": "Intern handlingsplan 2025", "creator": "Planeringsavdelningen",
             "description": "Intern plan – mänskliga rättigheter och jämställdhet"})
def d10():
    return [
        title("Intern handlingsplan 2025: jämställdhetsintegrering i Länsstyrelsen i Västerskog"),
        p("Planen beslutades av ledningsgruppen den 14 januari 2025 och gäller för myndighetens egen "
          "verksamhet."),
        h1("Utgångspunkter"),
        p("Jämställdhetsintegreringen ska vara en del av Länsstyrelsens ordinarie verksamhetsplanering "
          "och styrning. Planen knyter an till delmål 2 i myndighetens verksamhetsplan, kortare "
          "handläggningstider, och till delmål 5, en digital ärendehantering."),
        h1("Insatser"),
        h2("Verksamhetsplanering"),
        p("I verksamhetsplaneringen inför 2026 ska varje enhet redovisa vilka ärendeslag som rör enskilda "
          "personer och hur besluten i dessa ärenden fördelar sig på kvinnor och män. "
          "Planeringsavdelningen tar fram en mall under våren."),
        h2("Kompetensutveckling"),
        p("All personal ska gå utbildningen Jämställdhetsintegrering i praktiken (en halv dag) under "
          "2025. Nyanställda går utbildningen inom sex månader. För chefer anordnas en fördjupad "
          "utbildning om jämställd styrning tillsammans med länsstyrelsernas gemensamma kansli."),
        h2("Budget och ekonomiadministration"),
        p("Ekonomiavdelningen ansvarar för att kostnaderna för insatserna ryms inom myndighetens budget. "
          "För 2025 avsätts 350 000 kronor för utbildning och konsultstöd. Ekonomichefen rapporterar "
          "utfallet till ledningsgruppen i samband med tertialbokslutet."),
        h2("Länsgemensam konferens"),
        p("Den 12 november arrangerar Länsstyrelsen en konferens om mäns våld mot kvinnor för länets "
          "kommuner, Region Västerskog, Polisen och kvinnojourerna. Syftet är att samordna länets "
          "insatser för våldsutsatta kvinnor och att sprida kunskap om nya arbetssätt inom "
          "socialtjänsten."),
        p("Barnomsorg ordnas på plats för deltagare som behöver det. Medföljande barn under tolv år ska "
          "anmälas av sin vårdnadshavare senast den 1 november."),
        h1("Uppföljning"),
        p("Planen följs upp av ledningsgruppen i juni och december. Uppföljningen redovisar hur stor "
          "andel av personalen som har gått utbildningen, hur många enheter som har genomfört analysen i "
          "verksamhetsplaneringen och hur deltagarna värderade konferensen."),
    ]


# ---------------------------------------------------------------------------
def check_docx(path):
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        assert bad is None, (path, bad)
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                xml.dom.minidom.parseString(z.read(name))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "drafts")
    os.makedirs(out, exist_ok=True)
    totals = {"addressed": 0, "mentioned": 0, "missing": 0}
    for d in DRAFTS:
        doc = Doc(d["name"], d["style"], d["core"], d["header"])
        parts = doc.build(d["blocks"]())
        path = os.path.join(out, d["name"] + ".docx")
        write_docx(path, parts)
        check_docx(path)
        targets = verdicts(d["spec"])
        for v in targets.values():
            totals[v] += 1
        with open(os.path.join(out, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump({"targets": targets, "note": d["note"]}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"wrote {d['name']}.docx")
    print("totals:", totals)


if __name__ == "__main__":
    main()

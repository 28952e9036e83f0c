"""Draft 03: county web page pasted as plain text (menus, breadcrumbs, cookies, news, FAQ, footer)."""
from common import expected_json

NAME = "03_webbsida_jamstalldhet.txt"

TEXT = """Hoppa till huvudinnehållet
Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. Nödvändiga kakor kan inte väljas bort. Läs mer om hur vi hanterar kakor.
[Acceptera alla]  [Endast nödvändiga]  [Inställningar]

Länsstyrelsen i Norra Vättersund
Sök på webbplatsen
English | Lättläst | Teckenspråk | Lyssna

Meny
Miljö och vatten
Natur och landskap
Lantbruk och landsbygd
Djur
Samhällsplanering och kulturmiljö
Säkerhet och beredskap
Samhälle
  – Social hållbarhet
  – Jämställdhet
  – Mäns våld mot kvinnor
  – Barnets rättigheter
  – Mänskliga rättigheter
Om oss
Kontakta oss

Startsida > Samhälle > Social hållbarhet > Jämställdhet

Jämställdhet

Länsstyrelsen arbetar för att Norra Vättersunds län ska bli jämställt. Vi stödjer kommuner, myndigheter och organisationer och samordnar arbetet i länet.

Jämställdhet innebär att kvinnor och män, flickor och pojkar ska ha samma makt att forma samhället och sina egna liv. Det är det övergripande målet för den svenska jämställdhetspolitiken. Under det finns sex delmål:

• En jämn fördelning av makt och inflytande
• Ekonomisk jämställdhet
• Jämställd utbildning
• Jämn fördelning av det obetalda hem- och omsorgsarbetet
• Jämställd hälsa
• Mäns våld mot kvinnor ska upphöra

Ett liv fritt från våld och förtryck är en grundläggande rättighet för alla, och jämställdhet är en förutsättning för ett demokratiskt och hållbart samhälle.

Vårt uppdrag

Länsstyrelsen ska enligt sin instruktion verka för att de jämställdhetspolitiska målen får genomslag i länet. I uppdraget ingår att belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor. Länsstyrelsen ska också integrera ett jämställdhetsperspektiv i den egna verksamheten.

Länsstrategin Ett jämställt Norra Vättersund

Länsstrategin för jämställdhetsintegrering gäller 2025–2028. Den pekar ut vilka frågor som är viktigast i vårt län och hur vi vill arbeta med dem tillsammans med andra. Strategin kommer att följas upp.

Ladda ner strategin (pdf, 2,1 MB)
Läs strategin i lättläst version (pdf, 480 kB)

Nätverket Jämställt Norra Vättersund

Länsstyrelsen samordnar nätverket Jämställt Norra Vättersund. I nätverket ingår Region Norra Vättersund, länets fyra kommuner Sjöbacka, Ekedal, Tallnäs och Hjortvik, Polisområde Norra Vättersund, Arbetsförmedlingen och ett tiotal föreningar och ideella organisationer. Nätverket träffas fyra gånger per år, varav en gång som en heldagskonferens. Vid träffarna delar medlemmarna erfarenheter, planerar gemensamma utbildningar och går igenom hur arbetet med strategin fortskrider i varje organisation. Länsstyrelsen står för samordning, inbjudningar och dokumentation.

Vill din organisation gå med i nätverket? Skicka ett mejl till jamstalldhet.norravattersund@lansstyrelsen.se så berättar vi mer.

Stöd till dig som arbetar i kommun eller myndighet

Vi erbjuder en grundutbildning i jämställdhetsintegrering för tjänstepersoner och chefer i länets kommuner och statliga myndigheter. Utbildningen ges två gånger per år, en gång i Sjöbacka och en gång digitalt, och tar en dag. Efter utbildningen kan din organisation få processtöd av oss under ett halvår när ni ska jämställdhetsintegrera en verksamhet. Hittills har tolv verksamheter i länet fått sådant stöd, bland annat två kommuners fritidsgårdar och biblioteksverksamheten i Ekedal.

Nästa grundutbildning: 14 oktober 2025 i Sjöbacka. Sista anmälningsdag 19 september.

Könsuppdelad statistik

Länsstyrelsen tar varje år fram könsuppdelad statistik för länet och för varje kommun. Statistiken publiceras i statistikbladet Kvinnor och män i Norra Vättersund, som kommer ut i oktober. Av länets 148 300 invånare är 50,4 procent män och 49,6 procent kvinnor. I Hjortvik är andelen män i åldern 20–34 år 56 procent, vilket är den högsta andelen i länet och en följd av att unga kvinnor i större utsträckning flyttar från kommunen. Vi tar gärna emot önskemål om vilka uppgifter nästa utgåva ska innehålla.

Ladda ner Kvinnor och män i Norra Vättersund 2025 (pdf, 3,4 MB)

Nyheter

2025-03-08
Mentorsprogram ska få fler kvinnor att stanna i politiken
Efter valet 2022 är 41 procent av ledamöterna i länets fyra kommunfullmäktige kvinnor, men bara 29 procent av ordförandena i nämnder och kommunala bolagsstyrelser. I Länsstyrelsens enkät till förtroendevalda uppgav dessutom fler kvinnor än män att de funderat på att lämna sitt uppdrag i förtid. Därför startar Länsstyrelsen i april ett mentorsprogram där nyvalda kvinnliga förtroendevalda får en erfaren politiker som mentor under ett år. Programmet genomförs tillsammans med partierna i länet och har plats för 30 deltagare. Målet är att andelen kvinnor bland ordförandena ska vara minst 40 procent till nästa mandatperiod.
Läs mer och anmäl intresse

2025-02-20
Fler ska våga fråga om våld
Under 2023 anmäldes 612 fall av misshandel av kvinnor i nära relation i länet, och kvinnojourerna hade över 2 000 stödsamtal. Många våldsutsatta söker vård eller kontakt med socialtjänsten långt innan någon frågar om våld. Därför erbjuder Länsstyrelsens våldssamordnare under 2025 en utbildning i att ställa frågor om våld till personal inom socialtjänst och mödrahälsovård i alla fyra kommuner. Utbildningen ges vid sex tillfällen under våren och hösten. Målet är att fler kvinnor ska få stöd tidigt.
Läs mer om utbildningen

2025-02-14
Landshövdingen besökte kvinnojouren i Ekedal
Landshövding Karin Öhrvall besökte i veckan kvinnojouren i Ekedal och samtalade med personal och styrelse om jourens verksamhet. Besöket var en del av landshövdingens länsresa.

2024-11-25
Orange day – lys upp för ett liv utan våld
Den 25 november är FN:s internationella dag för avskaffande av våld mot kvinnor. Länsstyrelsens hus i Sjöbacka lyses upp i orange under kvällen.

2024-10-10
Nytt statistikblad om kvinnor och män i länet
Nu finns 2024 års utgåva av Kvinnor och män i Norra Vättersund. Statistikbladet finns att ladda ner som pdf.

Vanliga frågor

Vad är jämställdhetsintegrering?
Jämställdhetsintegrering är den strategi som riksdag och regering har valt för att nå de jämställdhetspolitiska målen. Det innebär att ett jämställdhetsperspektiv ska finnas med i alla beslut, från planering till genomförande och uppföljning, och i det ordinarie arbetet i stället för vid sidan av.

Jag har blivit diskriminerad på grund av mitt kön. Vart vänder jag mig?
Länsstyrelsen utreder inte enskilda ärenden om diskriminering. Kontakta Diskrimineringsombudsmannen (DO) eller en antidiskrimineringsbyrå.

Är jämställdhet samma sak som jämlikhet?
Nej. Jämlikhet handlar om att alla människor ska ha samma värde och möjligheter oavsett till exempel kön, ursprung eller funktionsförmåga. Jämställdhet handlar om förhållandet mellan kvinnor och män och är en del av jämlikheten.

Kan Länsstyrelsen ge bidrag till jämställdhetsprojekt?
Länsstyrelsen har inga egna bidrag som är öronmärkta för jämställdhet. Sök gärna på webbplatsen efter de bidrag som finns inom andra områden.

Relaterade sidor
Mäns våld mot kvinnor
Barnets rättigheter
Mänskliga rättigheter
Social hållbarhet
Samhällsplanering

Kontakt
Sara Lindqvist, särskilt sakkunnig i jämställdhet
Telefon: 010-224 70 15
E-post: sara.lindqvist@lansstyrelsen.se

Johan Berg, utvecklingsledare
Telefon: 010-224 70 22
E-post: johan.berg@lansstyrelsen.se

Publiceringsdatum: 2024-05-02
Senast uppdaterad: 2025-03-10

Dela sidan: Facebook | LinkedIn | E-post | Kopiera länk

Hjälpte informationen på sidan dig?  [Ja]  [Nej]

Landshövding
Karin Öhrvall

Besöksadress
Storgatan 12, Sjöbacka

Postadress
541 86 Sjöbacka

Organisationsnummer
202100-9999

Växel: 010-224 70 00
E-post: norravattersund@lansstyrelsen.se

Följ oss
Facebook | Instagram | LinkedIn | YouTube

Om webbplatsen
Tillgänglighetsredogörelse
Behandling av personuppgifter
Om kakor
Prenumerera på nyheter
Jobba hos oss
Press

© Länsstyrelsen i Norra Vättersund
"""

NOTE = (
    "Webbsida inklistrad som text med meny, brödsmulor, kakbanner, nyheter, vanliga frågor och sidfot. "
    "goal.economy, goal.education, goal.unpaid_care och goal.health: bara i den upplästa listan över de sex delmålen – mentioned. "
    "goal.violence addressed genom nyheten 2025-02-20 (länssiffror, våldssamordnarens utbildning, mål); delmålslistan, menyposterna, värdegrunden, landshövdingens besök hos kvinnojouren och Orange day är i sig bara namn. "
    "area.planning ('Samhällsplanering och kulturmiljö', 'Samhällsplanering' bland relaterade sidor), area.child_rights och area.human_rights (menyposter och relaterade sidor), area.rural ('Lantbruk och landsbygd') och area.preparedness ('Säkerhet och beredskap'): bara menyposter och länkrubriker – mentioned. "
    "area.human_rights dessutom bara diskrimineringsvokabulär i frågan om DO – inte MR-arbete. "
    "req.conditions: instruktionen återges ('belysa, analysera och beakta kvinnors och mäns samt flickors och pojkars villkor') – mentioned. "
    "req.internal: bara återgiven skyldighet ('Länsstyrelsen ska också integrera ett jämställdhetsperspektiv i den egna verksamheten') och definitionen i frågan 'Vad är jämställdhetsintegrering?' – mentioned. "
    "req.followup: bara 'Strategin kommer att följas upp.' – mentioned. "
    "goal.power addressed genom nyheten 2025-03-08 (andel kvinnor i fullmäktige och bland ordförande, mentorsprogram, mål 40 procent). "
    "req.statistics addressed: årligt könsuppdelat statistikblad och länets befolkning redovisad för kvinnor och män. "
    "req.collaboration addressed: nätverket med namngivna aktörer, fyra träffar per år och Länsstyrelsens samordnande roll. "
    "area.parenting_support, area.regional_growth, area.integration och area.andts nämns inte. Bidragsfrågan i vanliga frågor nämner inget mål."
)

TARGETS = {
    "goal.power": "addressed", "goal.economy": "mentioned", "goal.education": "mentioned",
    "goal.unpaid_care": "mentioned", "goal.health": "mentioned", "goal.violence": "addressed",
    "area.planning": "mentioned", "area.child_rights": "mentioned",
    "area.parenting_support": "missing", "area.human_rights": "mentioned",
    "req.conditions": "mentioned", "req.statistics": "addressed", "req.collaboration": "addressed",
    "req.internal": "mentioned", "req.followup": "mentioned", "area.regional_growth": "missing",
    "area.rural": "mentioned", "area.integration": "missing", "area.preparedness": "mentioned",
    "area.andts": "missing",
}


def build():
    return TEXT.encode("utf-8")


EXPECTED = expected_json(NOTE, TARGETS)

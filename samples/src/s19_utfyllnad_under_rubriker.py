"""Sample 19: a working draft where the same content-free line ("Länsstyrelsen
ska arbeta med detta under strategiperioden.") stands under many headings,
next to a few headings that do have a real sentence under them. Also a TOC
field naming every heading, a scope section (Avgränsningar) that excludes
two areas, a "Text kommer." placeholder and an appendix table whose
one-word cells name the statistics and the follow-up report. No figures by
sex are used anywhere, so sex-disaggregated statistics is only named."""

from docxlib import Doc, Title, Subtitle, H1, H2, P, I, B, TOC, PageBreak, Table
from targets import A, M, X

NAME = "utfyllnad_under_rubriker"
NOTE = ("Samma innehållslösa mening ('Länsstyrelsen ska arbeta med detta under "
        "strategiperioden.') under många rubriker, bredvid rubriker med verklig text; "
        "innehållsförteckning, avgränsningar, platshållare och enordsceller i en bilagetabell.")

TOC_ENTRIES = [
    (1, "1 Inledning", 2),
    (1, "2 Avgränsningar", 2),
    (1, "3 De jämställdhetspolitiska delmålen", 3),
    (2, "3.1 Makt och inflytande", 3),
    (2, "3.2 Ekonomisk jämställdhet", 3),
    (2, "3.3 Jämställd utbildning", 3),
    (2, "3.4 Obetalt hem- och omsorgsarbete", 4),
    (2, "3.5 Jämställd hälsa", 4),
    (2, "3.6 Mäns våld mot kvinnor ska upphöra", 4),
    (1, "4 Länsstyrelsens sakområden", 5),
    (2, "4.1 Samhällsplanering", 5),
    (2, "4.2 Barnets rättigheter", 5),
    (2, "4.3 Föräldraskapsstöd", 5),
    (2, "4.4 Mänskliga rättigheter", 5),
    (2, "4.5 Civil beredskap", 6),
    (1, "5 Länsstyrelsens interna arbete", 6),
    (1, "6 Samverkan", 6),
    (1, "7 Uppföljning och utvärdering", 7),
    (1, "Bilagor", 7),
]

EXPECTED = {
    "goal.power": M,            # TOC + heading 3.1 with the filler line only
    "goal.economy": A,          # 3.2: deltid analysis + kartläggning 2025 -> åtgärder 2026
    "goal.education": M,        # TOC + heading 3.3 with filler
    "goal.unpaid_care": M,      # TOC + heading 3.4 with filler
    "goal.health": A,           # 3.5: analysis of sjukskrivningar with Försäkringskassan, 2026
    "goal.violence": A,         # 3.6: samordningsfunktion, resurscentrum, handlingsplaner 2027
    "area.planning": M,         # TOC + heading 4.1 with filler
    "area.child_rights": M,     # TOC + heading 4.2 with filler
    "area.parenting_support": M,  # TOC + heading 4.3 with "Text kommer."
    "area.human_rights": M,     # TOC + heading 4.4 with filler
    "req.conditions": M,        # duty recited in 1; substance only about women and men
    "req.statistics": M,        # only the appendix cell "Könsuppdelad statistik"; no figures by sex
    "req.collaboration": A,     # 1 dialogues + 6: nätverk, processtöd, Jämställdhetsrådet
    "req.internal": A,          # 5: jämställdhetsmål i verksamhetsplanen, chefsutbildning
    "req.followup": M,          # TOC + heading 7 with filler + cell "Uppföljningsrapport"
    "area.regional_growth": X,
    "area.rural": M,            # Avgränsningar: landsbygdsutveckling "omfattas inte"
    "area.integration": A,      # 3.2: utrikes födda kvinnor, kartläggning with Arbetsförmedlingen
    "area.preparedness": M,     # TOC + heading 4.5 with filler
    "area.andts": M,            # Avgränsningar: ANDTS-området "omfattas inte"
}

FILLER = "Länsstyrelsen ska arbeta med detta under strategiperioden."


def _h(level, idx, text):
    style = "Rubrik1" if level == 1 else "Rubrik2"
    return P(text, style=style, bookmark="_Toc2500%05d" % idx)


_toc_idx = {text: i + 1 for i, (_, text, _) in enumerate(TOC_ENTRIES)}


def H(level, text):
    return _h(level, _toc_idx[text], text)


BLOCKS = [
    Title("Länsstrategi för jämställdhetsintegrering 2025–2028"),
    Subtitle("Länsstyrelsen i Norrvik – arbetsutkast till ledningsgruppen"),
    P(B("Version 0.4"), " · 2025-02-10 · Ansvarig handläggare: Maria Holm"),
    TOC(TOC_ENTRIES),
    PageBreak(),

    H(1, "1 Inledning"),
    P("Regeringen har gett länsstyrelserna i uppdrag att ta fram nya länsstrategier för "
      "jämställdhet. Strategin ska bidra till att de jämställdhetspolitiska målen får genomslag "
      "i länet och till att fler aktörer arbetar med jämställdhetsintegrering i sina "
      "verksamheter. Länsstyrelsen ska enligt sin instruktion också belysa, analysera och "
      "beakta kvinnors och mäns samt flickors och pojkars villkor i sin egen verksamhet."),
    P("Utkastet bygger på de dialoger som Länsstyrelsen har haft med länets sju kommuner, "
      "Region Norrvik, Polisen, Försäkringskassan, Arbetsförmedlingen och flera "
      "civilsamhällesorganisationer under hösten 2024. Dialogerna genomfördes som fyra "
      "halvdagsworkshoppar i Norrvik, Älvby, Stenträsk och Fjällsjö och samlade totalt 112 "
      "deltagare. Synpunkterna från workshopparna har sammanställts i en separat "
      "minnesanteckning."),
    P("Tidplanen för det fortsatta arbetet är följande. Utkastet behandlas i ledningsgruppen i "
      "februari. Därefter skickas ett remissförslag till länets aktörer i mars, med sista dag "
      "för synpunkter i slutet av april. Strategin beslutas av landshövdingen i juni och "
      "presenteras vid en länskonferens i september 2025."),
    P("Strategin är uppbyggd efter de sex delmålen och efter de sakområden inom Länsstyrelsen "
      "som har störst betydelse för målen. Under varje rubrik beskrivs Länsstyrelsens "
      "inriktning för perioden."),

    H(1, "2 Avgränsningar"),
    P("Strategin gäller för perioden 2025–2028 och omfattar både Länsstyrelsens arbete i länet "
      "och arbetet i den egna organisationen. Länsstyrelsens arbete inom landsbygdsutveckling "
      "och inom ANDTS-området omfattas inte av strategin, eftersom det styrs av egna "
      "regeringsuppdrag och har egna planer."),

    H(1, "3 De jämställdhetspolitiska delmålen"),
    P("I det här avsnittet går vi igenom delmålen ett i taget."),
    H(2, "3.1 Makt och inflytande"),
    P(FILLER),
    H(2, "3.2 Ekonomisk jämställdhet"),
    P("Kvinnor i länet arbetar deltid i betydligt högre grad än män, och utrikes födda kvinnor "
      "deltar mer sällan än utrikes födda män i arbetsmarknadens insatser. Länsstyrelsen ska "
      "under 2025 tillsammans med Arbetsförmedlingen kartlägga varför utrikes födda kvinnor i "
      "Älvby och Stenträsk i lägre grad tar del av insatserna. Kartläggningen ska ligga till "
      "grund för gemensamma åtgärder som Länsstyrelsen, Arbetsförmedlingen och de två "
      "kommunerna genomför från 2026."),
    H(2, "3.3 Jämställd utbildning"),
    P(FILLER),
    H(2, "3.4 Obetalt hem- och omsorgsarbete"),
    P(FILLER),
    H(2, "3.5 Jämställd hälsa"),
    P("Under 2026 tar Länsstyrelsen tillsammans med Försäkringskassan och Region Norrvik fram "
      "en analys av varför kvinnor i kommunernas vård- och omsorgsyrken är sjukskrivna i "
      "betydligt högre grad än män i samma yrken. Analysen ska lämnas till kommunerna som "
      "arbetsgivare och användas i deras arbetsmiljöarbete från 2027."),
    H(2, "3.6 Mäns våld mot kvinnor ska upphöra"),
    P("Länsstyrelsens samordningsfunktion mot mäns våld mot kvinnor stödjer kommunerna, "
      "regionen och andra aktörer i länet i arbetet med att förebygga och bekämpa våldet. "
      "Under perioden prioriteras tre insatser."),
    P("För det första ska alla kommuner i länet ha en aktuell handlingsplan mot våld i nära "
      "relationer och hedersrelaterat våld och förtryck senast 2027. Länsstyrelsen erbjuder "
      "stöd i form av en mall, två nätverksträffar per år och individuell rådgivning till de "
      "kommuner som behöver det."),
    P("För det andra byggs ett regionalt resurscentrum mot hedersrelaterat våld och förtryck "
      "upp tillsammans med Polisen och Region Norrvik. Resurscentrumet ska ge konsultativt stöd "
      "till socialtjänst, skola och hälso- och sjukvård och vara i drift under 2026."),
    P("För det tredje ska fler män som utövar våld få behandling. Länsstyrelsen undersöker "
      "under 2025 tillsammans med kommunerna i Fjällsjö och Sjömark om de kan erbjuda en "
      "gemensam behandlingsverksamhet."),

    H(1, "4 Länsstyrelsens sakområden"),
    P("Flera av Länsstyrelsens sakområden har betydelse för jämställdhetsmålen."),
    H(2, "4.1 Samhällsplanering"),
    P(FILLER),
    H(2, "4.2 Barnets rättigheter"),
    P(FILLER),
    H(2, "4.3 Föräldraskapsstöd"),
    P(I("Text kommer.")),
    H(2, "4.4 Mänskliga rättigheter"),
    P(FILLER),
    H(2, "4.5 Civil beredskap"),
    P(FILLER),

    H(1, "5 Länsstyrelsens interna arbete"),
    P("Från 2025 ska varje avdelning i sin verksamhetsplan ange minst ett mål för hur "
      "avdelningens arbete ska bli mer jämställt, och ledningsgruppen fastställer målen i "
      "samband med verksamhetsplaneringen i november. Alla chefer går under hösten 2025 en halvdagsutbildning "
      "i jämställdhetsanalys av beslutsunderlag. Jämställdhetsstrategen stödjer avdelningarna i "
      "arbetet."),

    H(1, "6 Samverkan"),
    P("Länsstyrelsen samordnar ett nätverk för kommunernas och regionens "
      "jämställdhetsstrateger som träffas fyra gånger per år. Länsstyrelsen erbjuder också "
      "processtöd till de kommuner som vill ta fram egna planer för jämställdhet, och leder "
      "Jämställdhetsrådet i Norrviks län tillsammans med Region Norrvik."),

    H(1, "7 Uppföljning och utvärdering"),
    P(FILLER),

    H(1, "Bilagor"),
    Table(
        ["Bilaga", "Innehåll"],
        [
            ["1", "Könsuppdelad statistik"],
            ["2", "Uppföljningsrapport"],
            ["3", "Minnesanteckningar från dialogerna"],
            ["4", "Ordlista"],
        ],
        widths=[1500, 7572],
    ),
]

DOC = Doc(BLOCKS,
          title="Länsstrategi – arbetsutkast",
          creator="Maria Holm", revision=5, header_right="ARBETSUTKAST")

// PDF layout (pipeline/ingest/pdf/pdf_layout.h) on pages set by hand: each rule that turns positioned
// words back into paragraphs, headings, notes, lists and tables, one at a time.
#include <gtest/gtest.h>

#include <sstream>

#include "ingest/pdf/pdf_layout.h"

namespace jamkoll {
namespace {

constexpr double kA4Width = 595, kA4Height = 842;

// Sets `text` as one line of words at (left, top); a word is 0.5 em per byte wide.
void set_line(PdfPage& page, const std::string& text, double left, double top, double size = 12, bool bold = false) {
  std::istringstream words(text);
  std::vector<std::string> list;
  for (std::string w; words >> w;) list.push_back(w);
  double x = left;
  for (std::size_t i = 0; i < list.size(); ++i) {
    PdfWord w;
    w.text = list[i];
    w.left = x;
    w.right = x + 0.5 * size * static_cast<double>(list[i].size());
    w.top = top;
    w.bottom = top + 1.2 * size;
    w.font_size = size;
    w.bold = bold;
    w.space_after = i + 1 < list.size();
    page.words.push_back(w);
    x = w.right + 0.3 * size;
  }
}

PdfPage a4() {
  PdfPage page;
  page.width = kA4Width;
  page.height = kA4Height;
  return page;
}

// "kind<TAB>text" per block, headings as heading:N.
std::vector<std::string> blocks_of(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) {
    std::string kind(block_kind_name(b.kind));
    if (b.kind == BlockKind::kHeading) kind += ":" + std::to_string(b.level);
    out.push_back(kind + "\t" + b.text);
  }
  return out;
}

TEST(PdfLayout, ParagraphsEndWhereTheLineSpacingWidens) {
  PdfPage page = a4();
  set_line(page, "Länsstyrelsen ska analysera", 71, 100);
  set_line(page, "kvinnors och mäns villkor", 71, 114);
  set_line(page, "i länet.", 71, 128);
  set_line(page, "Uppföljningen sker årligen.", 71, 156);
  const Document doc = layout_pdf({{page}, {}});
  EXPECT_EQ(doc.format, "pdf");
  EXPECT_EQ(blocks_of(doc), (std::vector<std::string>{
                                "paragraph\tLänsstyrelsen ska analysera kvinnors och mäns villkor i länet.",
                                "paragraph\tUppföljningen sker årligen."}));
  EXPECT_EQ(doc.blocks[0].part, "page 1");
}

TEST(PdfLayout, TheOutlineNamesHeadingsAndTheirLevelsEvenWhenOneWraps) {
  PdfPage page = a4();
  set_line(page, "1 Inledning", 71, 100, 16, true);
  set_line(page, "Strategin gäller hela länet.", 71, 130);
  set_line(page, "1.1 Bakgrund och syfte för", 71, 160, 14, true);
  set_line(page, "strategin", 71, 177, 14, true);
  set_line(page, "Regeringen gav uppdraget.", 71, 205);
  const Document doc =
      layout_pdf({{page}, {{"1 Inledning", 1}, {"1.1 Bakgrund och syfte för strategin", 2}}});
  EXPECT_EQ(blocks_of(doc), (std::vector<std::string>{"heading:1\t1 Inledning", "paragraph\tStrategin gäller hela länet.",
                                                      "heading:2\t1.1 Bakgrund och syfte för strategin",
                                                      "paragraph\tRegeringen gav uppdraget."}));
  EXPECT_EQ(doc.blocks[3].heading_path,
            (std::vector<std::string>{"1 Inledning", "1.1 Bakgrund och syfte för strategin"}));
}

TEST(PdfLayout, WithoutAnOutlineHeadingsAreRankedByTypeSize) {
  PdfPage page = a4();
  set_line(page, "Länsstrategi 2025–2028", 71, 80, 24);
  set_line(page, "Förslag inför beslut", 71, 115, 14);  // the subtitle, under the title
  set_line(page, "Inledning", 71, 150, 16, true);
  set_line(page, "Strategin gäller hela länet.", 71, 175);
  set_line(page, "Bakgrund", 71, 200, 13, true);
  set_line(page, "Regeringen gav uppdraget.", 71, 222);
  const Document doc = layout_pdf({{page}, {}});
  EXPECT_EQ(blocks_of(doc), (std::vector<std::string>{
                                "title\tLänsstrategi 2025–2028", "paragraph\tFörslag inför beslut",
                                "heading:1\tInledning", "paragraph\tStrategin gäller hela länet.",
                                "heading:2\tBakgrund", "paragraph\tRegeringen gav uppdraget."}));
}

TEST(PdfLayout, AnOutlineThatNamesNothingInTheTextIsNoGuide) {
  PdfPage page = a4();
  set_line(page, "Inledning", 71, 150, 16, true);
  set_line(page, "Strategin gäller hela länet.", 71, 175);
  const Document doc = layout_pdf({{page}, {{"Bokmärke 1", 1}}});
  EXPECT_EQ(blocks_of(doc), (std::vector<std::string>{"heading:1\tInledning", "paragraph\tStrategin gäller hela länet."}));
}

TEST(PdfLayout, RunningHeadersArePageFurnitureAndPageNumbersGo) {
  PdfPage first = a4(), second = a4();
  for (PdfPage* p : {&first, &second}) set_line(*p, "Länsstyrelsen i Norrvik", 71, 30, 9);
  set_line(first, "Sida 1 av 2", 480, 800, 9);
  set_line(second, "2", 480, 800, 9);
  set_line(first, "Länsstyrelsen ska stödja kommunerna i", 71, 700);
  set_line(first, "arbetet med", 71, 714);
  set_line(second, "jämställdhet i hela länet.", 71, 100);
  const Document doc = layout_pdf({{first, second}, {}});
  // The paragraph runs on over the page break: no full stop, and page two goes on in lower case.
  EXPECT_EQ(blocks_of(doc), (std::vector<std::string>{
                                "paragraph\tLänsstyrelsen ska stödja kommunerna i arbetet med jämställdhet i hela länet.",
                                "header\tLänsstyrelsen i Norrvik", "header\tLänsstyrelsen i Norrvik"}));
}

TEST(PdfLayout, FootnotesAreLiftedOutAndTheirMarkIsNotText) {
  PdfPage page = a4();
  set_line(page, "Lönegap", 71, 90, 16, true);
  set_line(page, "Kvinnor tjänar mindre än män.", 71, 120);
  PdfWord mark;  // a raised, small "1" right after "män."
  mark.text = "1";
  mark.left = page.words.back().right;
  mark.right = mark.left + 4;
  mark.top = 118;
  mark.bottom = 126;
  mark.font_size = 7;
  page.words.push_back(mark);
  set_line(page, "Målet är lika lön.", 71, 134);
  PdfWord number = mark;  // the note's own number at the foot of the page
  number.left = 71;
  number.right = 75;
  number.top = 748;
  number.bottom = 756;
  page.words.push_back(number);
  set_line(page, "Källa: SCB 2023,", 77, 750, 9);
  set_line(page, "lönestrukturstatistik.", 71, 761, 9);
  const Document doc = layout_pdf({{page}, {{"Lönegap", 1}}});
  EXPECT_EQ(blocks_of(doc), (std::vector<std::string>{"heading:1\tLönegap",
                                                      "paragraph\tKvinnor tjänar mindre än män. Målet är lika lön.",
                                                      "footnote\tKälla: SCB 2023, lönestrukturstatistik."}));
  EXPECT_EQ(doc.blocks[2].heading_path, std::vector<std::string>{"Lönegap"});  // where it is cited
}

TEST(PdfLayout, TableOfContentsLinesWithDotLeadersAreEntries) {
  PdfPage page = a4();
  set_line(page, "1 Inledning ................ 3", 71, 100);
  set_line(page, "2 Nulägesanalys ............ 4", 71, 114);
  set_line(page, "Strategin gäller 2025–2028.", 71, 150);
  const Document doc = layout_pdf({{page}, {}});
  EXPECT_EQ(blocks_of(doc), (std::vector<std::string>{"toc-entry\t1 Inledning", "toc-entry\t2 Nulägesanalys",
                                                      "paragraph\tStrategin gäller 2025–2028."}));
}

TEST(PdfLayout, AHyphenAtALineEndIsKeptButJoinsTheWord) {
  PdfPage page = a4();
  set_line(page, "Kommunernas ANDT-", 71, 100);
  set_line(page, "förebyggande arbete och hem-", 71, 114);
  set_line(page, "och omsorgsarbetet 2025–", 71, 128);
  set_line(page, "2027 ska följas upp.", 71, 142);
  const Document doc = layout_pdf({{page}, {}});
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text,
            "Kommunernas ANDT-förebyggande arbete och hem- och omsorgsarbetet 2025–2027 ska följas upp.");
}

TEST(PdfLayout, BulletsStartListItemsWhetherGluedOrSetApart) {
  PdfPage page = a4();
  set_line(page, "Länsstyrelsen ska:", 71, 100);
  set_line(page, "• verka för heltid som norm,", 89, 114);
  set_line(page, "\uF0B7", 89, 128);  // Word's Symbol-font bullet, a word of its own
  set_line(page, "följa sjukfrånvaron efter kön.", 107, 128);
  const Document doc = layout_pdf({{page}, {}});
  EXPECT_EQ(blocks_of(doc), (std::vector<std::string>{"paragraph\tLänsstyrelsen ska:",
                                                      "list-item\tverka för heltid som norm,",
                                                      "list-item\tfölja sjukfrånvaron efter kön."}));
}

TEST(PdfLayout, IndentedLinesAfterAColonAreAListEvenWithoutBullets) {
  // A browser draws bullets as shapes and sets list numbers without a space.
  PdfPage page = a4();
  set_line(page, "Jämställdhetspolitikens övergripande mål är", 71, 86);
  set_line(page, "att kvinnor och män ska ha samma makt.", 71, 100);
  set_line(page, "Till målet hör sex delmål:", 71, 114);
  set_line(page, "En jämn fördelning av makt och inflytande", 107, 135);
  set_line(page, "Ekonomisk jämställdhet", 107, 156);
  set_line(page, "Länsstyrelsen ska", 71, 184);
  set_line(page, "följa upp arbetet.", 71, 198);
  set_line(page, "2.all statistik redovisas efter kön,", 89, 219);
  set_line(page, "t.ex. i årsredovisningen.", 71, 247);
  const Document doc = layout_pdf({{page}, {}});
  EXPECT_EQ(blocks_of(doc), (std::vector<std::string>{
                                "paragraph\tJämställdhetspolitikens övergripande mål är att kvinnor och män ska ha "
                                "samma makt. Till målet hör sex delmål:",
                                "list-item\tEn jämn fördelning av makt och inflytande",
                                "list-item\tEkonomisk jämställdhet", "paragraph\tLänsstyrelsen ska följa upp arbetet.",
                                "list-item\tall statistik redovisas efter kön,", "paragraph\tt.ex. i årsredovisningen."}));
}

TEST(PdfLayout, AGridOfThreeColumnsIsATableReadRowByRow) {
  PdfPage page = a4();
  // Column by column, as poppler hands a table over; the first cell wraps over two lines.
  set_line(page, "Insats", 76, 100, 10);
  set_line(page, "Kartlägga könsfördelningen", 76, 116, 10);
  set_line(page, "i nämnderna", 76, 128, 10);
  set_line(page, "Heltid som norm", 76, 146, 10);
  set_line(page, "Delmål", 260, 100, 10);
  set_line(page, "1", 260, 116, 10);
  set_line(page, "2", 260, 146, 10);
  set_line(page, "Ansvarig", 380, 100, 10);
  set_line(page, "Kansliet", 380, 116, 10);
  set_line(page, "Landshövdingens stab", 380, 146, 10);
  const Document doc = layout_pdf({{page}, {}});
  ASSERT_EQ(doc.blocks.size(), 9u);
  const std::vector<std::string> texts = {"Insats", "Delmål", "Ansvarig", "Kartlägga könsfördelningen i nämnderna", "1",
                                          "Kansliet", "Heltid som norm", "2", "Landshövdingens stab"};
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const Block& b = doc.blocks[i];
    EXPECT_EQ(b.kind, BlockKind::kTableCell) << i;
    EXPECT_EQ(b.text, texts[i]);
    ASSERT_TRUE(b.table.has_value());
    EXPECT_EQ(b.table->row, static_cast<int>(i / 3));
    EXPECT_EQ(b.table->column, static_cast<int>(i % 3));
  }
}

TEST(PdfLayout, TwoColumnsSideBySideAreATextBoxNotATable) {
  PdfPage page = a4();
  set_line(page, "Länsstyrelsen samordnar arbetet.", 71, 100);
  set_line(page, "Faktaruta: 512 anmälda fall.", 330, 100);
  const Document doc = layout_pdf({{page}, {}});
  EXPECT_EQ(blocks_of(doc), (std::vector<std::string>{"paragraph\tLänsstyrelsen samordnar arbetet.",
                                                      "paragraph\tFaktaruta: 512 anmälda fall."}));
}

}  // namespace
}  // namespace jamkoll

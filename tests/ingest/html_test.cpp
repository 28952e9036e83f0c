// HTML and XHTML: LibreOffice conversions of the DOCX fixtures (tests/fixtures/html,
// make_lo_fixtures.sh) and hand-made pages (make_features.py: HTML5 with pandoc notes, Word's
// HTML export in windows-1252, XHTML) read to exactly the expected blocks; hostile pages are read
// without ever reaching outside the file.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "ingest/block_expectations.h"
#include "ingest/html/html_table_grid.h"
#include "ingest/read_document.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using testing::blocks_tsv;
using testing::read_file;
using testing::source_dir;
using testing::TempDir;
using testing::write_file;

fs::path fixtures() { return source_dir() / "tests/fixtures/html"; }

// Fixture name → the page beside NAME.blocks.tsv (.html, .htm or .xhtml).
std::vector<std::string> html_fixtures() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(fixtures())) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".html" && ext != ".htm" && ext != ".xhtml") continue;
    if (fs::exists(fixtures() / (entry.path().stem().string() + ".blocks.tsv"))) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class HtmlFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(HtmlFixture, ReadsExactlyTheExpectedBlocks) {
  auto loaded = read_document((fixtures() / GetParam()).string(), ReadLimits{});
  ASSERT_TRUE(loaded) << loaded.failure().code << ": " << loaded.failure().message;
  EXPECT_EQ(loaded->document.format, "html");
  EXPECT_EQ(blocks_tsv(loaded->document), read_file(fixtures() / (fs::path(GetParam()).stem().string() + ".blocks.tsv")));
  for (const Block& b : loaded->document.blocks) {
    for (const char* hidden : {"METADATA", "KOMMENTA", "SKRIPT", "STILTEXT", "NAVIGERING", "SIDFOT", "VALALTERNATIV",
                               "KNAPPTEXT", "MALLTEXT", "NOSCRIPT", "BILDTEXT", "INTE"}) {
      EXPECT_EQ(b.text.find(hidden), std::string::npos) << hidden << " in " << b.text;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, HtmlFixture, ::testing::ValuesIn(html_fixtures()), [](const auto& info) {
  std::string name = info.param;
  std::replace(name.begin(), name.end(), '.', '_');
  return name;
});

TEST(HtmlFixtures, AreAllThere) { EXPECT_GE(html_fixtures().size(), 13u); }

TEST(HtmlFixtures, SampleHasTheWordsOfTheDocx) {
  EXPECT_TRUE(testing::has_the_words_of_the_docx_sample(fixtures() / "lo_komplett_strategi.html"));
}

TEST(Html, NotesTakeTheHeadingPathOfTheirCitation) {
  for (const auto& [file, path] : std::vector<std::pair<std::string, std::vector<std::string>>>{
           {"features.html", {"Länsstrategi för jämställdhet", "1 Mål"}},
           {"word_export.htm", {"1 Inledning"}},
           {"lo_notes.html", {}}}) {
    auto loaded = read_document((fixtures() / file).string(), ReadLimits{});
    ASSERT_TRUE(loaded) << file;
    int notes = 0;
    for (const Block& b : loaded->document.blocks) {
      if (b.kind != BlockKind::kFootnote && b.kind != BlockKind::kEndnote) continue;
      ++notes;
      EXPECT_EQ(b.heading_path, path) << file;
    }
    EXPECT_GT(notes, 0) << file;
  }
}

TEST(Html, TableCellsKnowTheirGridPosition) {
  auto loaded = read_document((fixtures() / "features.html").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  std::vector<std::vector<int>> cells;
  for (const Block& b : loaded->document.blocks) {
    if (b.table) cells.push_back({b.table->table, b.table->row, b.table->column});
  }
  // Ekonomi spans two rows, "Ansvar och tid" two columns.
  EXPECT_EQ(cells, (std::vector<std::vector<int>>{{0, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 1, 1}, {0, 1, 2}, {0, 2, 1}, {0, 2, 2}}));
}

TEST(Html, SpansPlaceCellsAsBrowsersDo) {
  TempDir dir;
  write_file(dir / "spann.html",
             "<table><tr><td rowspan=3>A</td><td colspan=2>B</td><td>C</td></tr>"
             "<tr><td>D</td><td rowspan=2 colspan=2>E</td></tr>"
             "<tr><td>F</td></tr>"
             "<tr><td colspan=0>G</td><td rowspan=x>H</td><td colspan=99999999>I</td><td>J</td></tr></table>"
             "<table><tr><td rowspan=70000>K</td><td>L</td></tr><tr><td>M</td></tr></table>");
  auto loaded = read_document((dir / "spann.html").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(loaded->warnings.empty());
  std::vector<std::vector<int>> cells;
  for (const Block& b : loaded->document.blocks) cells.push_back({b.table->table, b.table->row, b.table->column});
  // A covers column 0 of three rows, E columns 2-3 of rows 1-2; colspan=0 and rowspan=x are 1, a
  // colspan past 1000 is 1000, so J stands at column 1002.
  EXPECT_EQ(cells, (std::vector<std::vector<int>>{{0, 0, 0}, {0, 0, 1}, {0, 0, 3}, {0, 1, 1}, {0, 1, 2}, {0, 2, 1},
                                                  {0, 3, 0}, {0, 3, 1}, {0, 3, 2}, {0, 3, 1002}, {1, 0, 0}, {1, 0, 1},
                                                  {1, 1, 1}}));
}

// A table whose every cell spans 999 columns and 9 999 rows: each row starts where the rows above
// end, so without a cap the grid grows by 50 000 columns a row (a 4 MB page of this took 33 s and
// 418 MB). Past kMaxGridSlotsPerTable the rest is read without spans; every cell's text is kept.
std::string hostile_spans_table(int rows, int cells_per_row, int rowspan = 9999) {
  std::string page = "<table>";
  for (int r = 0; r < rows; ++r) {
    page += "<tr>";
    for (int c = 0; c < cells_per_row; ++c) page += "<td rowspan=" + std::to_string(rowspan) + " colspan=999>c" + std::to_string(r) + "_" + std::to_string(c);
    page += "</tr>";
  }
  return page + "</table>";
}

TEST(HtmlHostile, HugeSpansStayWithinTheGridCap) {
  TempDir dir;
  write_file(dir / "spann.html", "<html><body>" + hostile_spans_table(60, 50) + "</body></html>");
  auto loaded = read_document((dir / "spann.html").string(), ReadLimits{});
  ASSERT_TRUE(loaded) << loaded.failure().message;
  ASSERT_EQ(loaded->warnings.size(), 1u);
  EXPECT_NE(loaded->warnings[0].find("table 1 passed the limit of 1048576 grid cells per table"), std::string::npos)
      << loaded->warnings[0];
  ASSERT_EQ(loaded->document.blocks.size(), 60u * 50u);  // every cell read
  std::map<int, std::vector<int>> columns_by_row;
  for (const Block& b : loaded->document.blocks) {
    ASSERT_TRUE(b.table);
    EXPECT_EQ(b.text, "c" + std::to_string(b.table->row) + "_" + std::to_string(columns_by_row[b.table->row].size()));
    // The bookkeeping holds one int per column: columns stay below the cap (plus one per cell after it).
    EXPECT_LT(b.table->column, kMaxGridSlotsPerTable + 60 * 50);
    columns_by_row[b.table->row].push_back(b.table->column);
  }
  EXPECT_EQ(columns_by_row[0][1], 999);  // spans count until the cap
  EXPECT_EQ(columns_by_row[59], std::vector<int>({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                                                  23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
                                                  43, 44, 45, 46, 47, 48, 49}));  // after it, one column per cell
}

TEST(HtmlHostile, RowspansCarriedOverManyRowsStayWithinTheGridCap) {
  TempDir dir;
  std::string page = "<table><tr>";
  for (int c = 0; c < 100; ++c) page += "<td rowspan=65534 colspan=1000>x</td>";
  page += "</tr>";
  for (int r = 0; r < 20000; ++r) page += "<tr><td>y</td></tr>";
  write_file(dir / "bar.html", page + "</table>");
  auto loaded = read_document((dir / "bar.html").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->warnings.size(), 1u);
  ASSERT_EQ(loaded->document.blocks.size(), 20100u);
  int rows_past_the_spans = 0;
  for (const Block& b : loaded->document.blocks) {
    EXPECT_LT(b.table->column, kMaxGridSlotsPerTable + 20100);
    if (b.table->row > 0 && b.table->column == 100000) ++rows_past_the_spans;
  }
  // Each row skips the 100 000 columns above it until the table's cap: about ten rows.
  EXPECT_EQ(rows_past_the_spans, static_cast<int>((kMaxGridSlotsPerTable - 100000) / 100001));
}

TEST(HtmlHostile, ManyLargeTablesShareTheDocumentsGridCap) {
  TempDir dir;
  std::string page;
  for (int t = 0; t < 10; ++t) page += hostile_spans_table(10, 50, 1);  // 499 500 slots each, below the table cap
  write_file(dir / "tabeller.html", page);
  auto loaded = read_document((dir / "tabeller.html").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->warnings.size(), 1u);
  // 4 194 304 / 499 500: the ninth table passes the document's cap, the tenth starts past it.
  EXPECT_EQ(loaded->warnings[0].rfind("table 9 and 1 later tables passed the limit", 0), 0u) << loaded->warnings[0];
  EXPECT_EQ(loaded->document.blocks.size(), 10u * 10u * 50u);
  for (const Block& b : loaded->document.blocks) {
    if (b.table->table == 9) {
      EXPECT_LT(b.table->column, 50) << "the tenth table has no spans left";
    }
  }
}

std::string code_of(const Outcome<LoadedDocument>& r) { return r ? "ok" : r.failure().code.name(); }

TEST(HtmlHostile, ExternalEntitiesAreNeverRead) {
  TempDir dir;
  write_file(dir / "hemlig.txt", "HEMLIGT-INNEHÅLL");
  write_file(dir / "xxe.html", "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file://" + (dir / "hemlig.txt").string() +
                                   "\">]><html><body><p>Text &xxe; här.</p><iframe src=\"file://" +
                                   (dir / "hemlig.txt").string() + "\"></iframe></body></html>");
  auto r = read_document((dir / "xxe.html").string(), ReadLimits{});
  ASSERT_TRUE(r) << r.failure().message;
  for (const Block& b : r->document.blocks) EXPECT_EQ(b.text.find("HEMLIGT"), std::string::npos) << b.text;
}

TEST(HtmlHostile, DeepNestingIsNotACrash) {
  TempDir dir;
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div><span>";
  deep += "djupt</body></html>";
  write_file(dir / "djup.html", deep);
  EXPECT_EQ(code_of(read_document((dir / "djup.html").string(), ReadLimits{})), "ok");
}

TEST(HtmlLarge, OneParagraphLargerThanLibxml2sTextNodeCapIsReadWhole) {
  TempDir dir;
  std::string paragraph;
  const std::string sentence = "Kvinnor och män ska ha samma makt. ";
  while (paragraph.size() < (12u << 20)) paragraph += sentence;
  write_file(dir / "lang.html", "<html><body><p>" + paragraph + "</p></body></html>");
  auto r = read_document((dir / "lang.html").string(), ReadLimits{});
  ASSERT_TRUE(r) << r.failure().message;
  ASSERT_EQ(r->document.blocks.size(), 1u);
  EXPECT_EQ(r->document.blocks[0].text.size(), paragraph.size() - 1);
}

TEST(HtmlEncoding, UndeclaredUtf8IsUtf8AndUndeclaredLatin1IsLatin1) {
  TempDir dir;
  write_file(dir / "utf8.html", "<html><body><p>Jämställdhet i länet</p></body></html>");
  write_file(dir / "latin1.html", "<html><body><p>J\xE4mst\xE4lldhet i l\xE4net</p></body></html>");
  for (const char* name : {"utf8.html", "latin1.html"}) {
    auto r = read_document((dir / name).string(), ReadLimits{});
    ASSERT_TRUE(r) << name;
    EXPECT_EQ(blocks_tsv(r->document), "paragraph\tJämställdhet i länet\n") << name;
  }
}

TEST(HtmlEncoding, Utf16WithBomIsRead) {
  TempDir dir;
  const std::string ascii = "<!DOCTYPE html><html><body><h1>Mal och uppfoljning</h1></body></html>";
  std::string bytes = "\xFF\xFE";
  for (char c : ascii) {
    bytes += c;
    bytes += '\0';
  }
  write_file(dir / "utf16.html", bytes);
  auto r = read_document((dir / "utf16.html").string(), ReadLimits{});
  ASSERT_TRUE(r) << r.failure().message;
  EXPECT_EQ(r->document.format, "html");
  EXPECT_EQ(blocks_tsv(r->document), "heading:1\tMal och uppfoljning\n");
}

}  // namespace
}  // namespace jamkoll

// HTML and XHTML: LibreOffice conversions of the DOCX fixtures (tests/fixtures/html,
// make_lo_fixtures.sh) and hand-made pages (make_features.py: HTML5 with pandoc notes, Word's
// HTML export in windows-1252, XHTML) read to exactly the expected blocks; hostile pages are read
// without ever reaching outside the file.
#include <gtest/gtest.h>

#include <algorithm>

#include "ingest/block_expectations.h"
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

std::string code_of(const Outcome<LoadedDocument>& r) { return r ? "ok" : r.failure().code; }

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

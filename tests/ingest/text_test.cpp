// Plain text and Markdown: same text, same blocks (the reading text of a DOCX sample saved as
// text, one paragraph a line or hard-wrapped, in UTF-8, UTF-16 and Windows-1252; Markdown versions
// of DOCX fixtures in tests/fixtures/markdown), encodings, and what is never text.
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

Outcome<LoadedDocument> read(const fs::path& path, const std::string& format = "") {
  return read_document(path.string(), ReadLimits{}, format);
}

std::string code_of(const Outcome<LoadedDocument>& r) { return r ? "ok" : std::string(r.failure().code.name()); }

// --- Markdown fixtures ------------------------------------------------------------------------

fs::path markdown_fixtures() { return source_dir() / "tests/fixtures/markdown"; }

std::vector<std::string> markdown_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(markdown_fixtures())) {
    if (entry.path().extension() == ".md" && entry.path().stem() != "README") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class MarkdownFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(MarkdownFixture, ReadsExactlyTheExpectedBlocks) {
  auto loaded = read(markdown_fixtures() / (GetParam() + ".md"));
  ASSERT_TRUE(loaded) << loaded.failure().message;
  EXPECT_EQ(loaded->document.format, "md");
  EXPECT_TRUE(loaded->warnings.empty());
  EXPECT_EQ(blocks_tsv(loaded->document), read_file(markdown_fixtures() / (GetParam() + ".blocks.tsv")));
  for (const Block& b : loaded->document.blocks) {
    for (const char* hidden : {"METADATA", "KOMMENTAR", "BILDTEXT", "bild.png", "example.se"}) {
      EXPECT_EQ(b.text.find(hidden), std::string::npos) << hidden << " in " << b.text;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, MarkdownFixture, ::testing::ValuesIn(markdown_names()),
                         [](const auto& info) { return info.param; });

TEST(MarkdownFixtures, AreAllThere) { EXPECT_GE(markdown_names().size(), 3u); }

TEST(Markdown, FootnoteTakesTheHeadingPathOfItsCitation) {
  auto loaded = read(markdown_fixtures() / "features.md");
  ASSERT_TRUE(loaded);
  const Block& note = loaded->document.blocks.back();
  ASSERT_EQ(note.kind, BlockKind::kFootnote);
  EXPECT_EQ(note.heading_path, std::vector<std::string>{"Länsstrategi för jämställdhet"});
}

TEST(Markdown, TableCellsKnowTheirPosition) {
  auto loaded = read(markdown_fixtures() / "tables.md");
  ASSERT_TRUE(loaded);
  std::vector<std::vector<int>> cells;
  for (const Block& b : loaded->document.blocks) {
    if (b.table) cells.push_back({b.table->table, b.table->row, b.table->column});
  }
  EXPECT_EQ(cells, (std::vector<std::vector<int>>{{0, 0, 0}, {0, 0, 1}, {0, 0, 2}, {0, 1, 0}, {0, 1, 1}, {0, 1, 2}, {0, 2, 1}}));
}

// --- Plain text: the DOCX sample's reading text saved as text ----------------------------------

class SampleAsText : public ::testing::Test {
 protected:
  void SetUp() override {
    auto docx = read_document((source_dir() / "samples/komplett_strategi.docx").string(), ReadLimits{});
    ASSERT_TRUE(docx);
    for (const Block& b : docx->document.blocks) {
      if (!is_body_block(b.kind) && b.kind != BlockKind::kFootnote && b.kind != BlockKind::kEndnote) continue;
      std::string text = b.text;
      std::replace(text.begin(), text.end(), '\n', ' ');
      std::replace(text.begin(), text.end(), '\t', ' ');
      paragraphs_.push_back(text);
    }
    ASSERT_GT(paragraphs_.size(), 50u);
  }
  std::vector<std::string> paragraphs_;
  TempDir dir_;
};

// Collapses runs of spaces, as reading text does; the expected blocks are compared word by word.
std::vector<std::vector<std::string>> block_words(const Document& doc) {
  std::vector<std::vector<std::string>> out;
  for (const Block& b : doc.blocks) out.push_back(testing::words_of(b.text));
  return out;
}

std::vector<std::vector<std::string>> paragraph_words(const std::vector<std::string>& paragraphs) {
  std::vector<std::vector<std::string>> out;
  for (const std::string& p : paragraphs) out.push_back(testing::words_of(p));
  return out;
}

TEST_F(SampleAsText, OneParagraphALineReadsToTheSameParagraphs) {
  std::string text;
  for (const std::string& p : paragraphs_) text += p + "\r\n";
  write_file(dir_ / "utkast.txt", text);
  auto loaded = read(dir_ / "utkast.txt");
  ASSERT_TRUE(loaded) << loaded.failure().message;
  EXPECT_EQ(loaded->document.format, "txt");
  EXPECT_TRUE(loaded->warnings.empty());
  EXPECT_EQ(block_words(loaded->document), paragraph_words(paragraphs_));
}

TEST_F(SampleAsText, HardWrappedParagraphsReadToTheSameParagraphs) {
  std::string text;
  for (const std::string& p : paragraphs_) {
    std::size_t column = 0;
    for (const std::string& word : testing::words_of(p)) {
      if (column > 0 && column + 1 + word.size() > 72) {
        text += "\n";
        column = 0;
      } else if (column > 0) {
        text += " ";
        ++column;
      }
      text += word;
      column += word.size();
    }
    text += "\n\n";
  }
  write_file(dir_ / "utkast.txt", text);
  auto loaded = read(dir_ / "utkast.txt");
  ASSERT_TRUE(loaded) << loaded.failure().message;
  EXPECT_EQ(block_words(loaded->document), paragraph_words(paragraphs_));
}

TEST(PlainText, OneParagraphALineWithAStrayBlankLineIsNotJoined) {
  // Short lines, each a sentence or a heading: no line breaks inside a sentence, so the blank
  // line does not make this hard-wrapped text.
  TempDir dir;
  write_file(dir / "utkast.txt",
             "Mål för 2025\nKvinnor och män ska ha samma makt.\nLönegapet ska minska.\n\nUppföljning\n"
             "Strategin följs upp årligen.\n");
  auto loaded = read_document((dir / "utkast.txt").string(), ReadLimits{});
  ASSERT_TRUE(loaded) << loaded.failure().message;
  std::vector<std::string> texts;
  for (const Block& b : loaded->document.blocks) texts.push_back(b.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Mål för 2025", "Kvinnor och män ska ha samma makt.", "Lönegapet ska minska.",
                                             "Uppföljning", "Strategin följs upp årligen."}));
}

TEST_F(SampleAsText, Utf16AndWindows1252ReadToTheSameParagraphs) {
  std::string utf8;
  for (const std::string& p : paragraphs_) utf8 += p + "\n";
  // UTF-16 LE and BE with a BOM (the sample's characters are all in the BMP).
  for (const bool little : {true, false}) {
    std::string bytes = little ? "\xFF\xFE" : "\xFE\xFF";
    for (std::size_t i = 0; i < utf8.size();) {
      const auto c = static_cast<unsigned char>(utf8[i]);
      const int extra = c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
      char32_t cp = extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
      for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]) & 0x3F);
      i += 1 + static_cast<std::size_t>(extra);
      const char hi = static_cast<char>(cp >> 8), lo = static_cast<char>(cp & 0xFF);
      bytes += little ? std::string{lo, hi} : std::string{hi, lo};
    }
    write_file(dir_ / "utf16.txt", bytes);
    auto loaded = read(dir_ / "utf16.txt");
    ASSERT_TRUE(loaded) << loaded.failure().message;
    EXPECT_TRUE(loaded->warnings.empty());
    EXPECT_EQ(block_words(loaded->document), paragraph_words(paragraphs_)) << (little ? "LE" : "BE");
  }
  // Windows-1252: every character of the sample has a code there (å ä ö é – ” …).
  std::string latin;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const int extra = c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
    for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += 1 + static_cast<std::size_t>(extra);
    const std::pair<char32_t, char> specials[] = {{0x2013, '\x96'}, {0x2014, '\x97'}, {0x201D, '\x94'}, {0x201C, '\x93'},
                                                  {0x2019, '\x92'}, {0x2026, '\x85'}, {0x20AC, '\x80'}};
    char byte = static_cast<char>(cp);
    for (const auto& [code, value] : specials) {
      if (cp == code) byte = value;
    }
    ASSERT_TRUE(cp < 0x100 || byte != static_cast<char>(cp)) << "U+" << std::hex << static_cast<unsigned>(cp);
    latin += byte;
  }
  write_file(dir_ / "latin.txt", latin);
  auto loaded = read(dir_ / "latin.txt");
  ASSERT_TRUE(loaded) << loaded.failure().message;
  ASSERT_EQ(loaded->warnings.size(), 1u);
  EXPECT_NE(loaded->warnings[0].find("Windows-1252"), std::string::npos);
  EXPECT_EQ(block_words(loaded->document), paragraph_words(paragraphs_));
}

// --- Plain text rules and encodings -----------------------------------------------------------

TEST(PlainText, BulletLabelsAreNotTextAndControlCharactersVanish) {
  TempDir dir;
  write_file(dir / "lista.txt",
             "Förvaltningarna ska:\n    \u2022 analysera verksamheten\n        \u25E6 redovisa statistik\n"
             "Sida\f2 av 3\x01.\n");
  auto loaded = read(dir / "lista.txt");
  ASSERT_TRUE(loaded);
  EXPECT_EQ(blocks_tsv(loaded->document),
            "paragraph\tFörvaltningarna ska:\nlist-item\tanalysera verksamheten\nlist-item\tredovisa statistik\n"
            "paragraph\tSida 2 av 3.\n");
  EXPECT_EQ(loaded->document.blocks[2].level, 1);
}

TEST(PlainText, Utf8ByteOrderMarkIsNotText) {
  TempDir dir;
  write_file(dir / "bom.txt", "\xEF\xBB\xBFJämställdhet\n");
  auto loaded = read(dir / "bom.txt");
  ASSERT_TRUE(loaded);
  EXPECT_EQ(blocks_tsv(loaded->document), "paragraph\tJämställdhet\n");
}

TEST(PlainText, DamagedUtf8IsAnEncodingError) {
  TempDir dir;
  write_file(dir / "trasig.txt", "Kvinnor och män ska ha samma makt. Ett avbrutet tecken: \xC3 här.\n");
  auto r = read(dir / "trasig.txt");
  ASSERT_EQ(code_of(r), "encoding");
  EXPECT_NE(r.failure().message.find("byte 57"), std::string::npos) << r.failure().message;
}

TEST(PlainText, BytesNoWesternCharsetHasAreAnEncodingError) {
  TempDir dir;
  write_file(dir / "okand.txt", "Text med \x81\x8D\x9D bytes som Windows-1252 saknar.\n");
  EXPECT_EQ(code_of(read(dir / "okand.txt")), "encoding");
}

TEST(PlainText, BrokenUtf16IsAnEncodingError) {
  TempDir dir;
  write_file(dir / "utf16.txt", std::string("\xFF\xFE" "A\0\x00\xD8" "B\0", 8));  // a lone high surrogate
  EXPECT_EQ(code_of(read(dir / "utf16.txt")), "encoding");
}

TEST(PlainText, EmptyFileIsNotADocument) {
  TempDir dir;
  write_file(dir / "tom.txt", "");
  EXPECT_EQ(code_of(read(dir / "tom.txt")), "not-a-document");
  write_file(dir / "blank.txt", "\n\n   \n");
  auto blank = read(dir / "blank.txt");
  ASSERT_TRUE(blank);
  EXPECT_TRUE(blank->document.blocks.empty());
}

TEST(PlainText, TheNameChoosesMarkdownOrTextAndTheCallerCanOverride) {
  TempDir dir;
  const std::string content = "# Mål\n\n- punkt\n";
  for (const char* name : {"utkast.md", "utkast.markdown", "utkast.txt", "utkast"}) write_file(dir / name, content);
  EXPECT_EQ(read(dir / "utkast.md")->document.format, "md");
  EXPECT_EQ(read(dir / "utkast.markdown")->document.format, "md");
  EXPECT_EQ(read(dir / "utkast.txt")->document.format, "txt");
  EXPECT_EQ(read(dir / "utkast")->document.format, "txt");
  // Text is not Markdown: "# Mål" stays a paragraph. A literal bullet begins a list item in every
  // format (pasted lists), so "- punkt" is one here too.
  EXPECT_EQ(blocks_tsv(read(dir / "utkast.txt")->document), "paragraph\t# Mål\nlist-item\tpunkt\n");
  auto forced = read(dir / "utkast.txt", "md");
  ASSERT_TRUE(forced);
  EXPECT_EQ(blocks_tsv(forced->document), "heading:1\tMål\nlist-item\tpunkt\n");
}

TEST(LiteralBullets, PastedBulletsAreListItemsAndFiguresAreNot) {
  TempDir dir;
  write_file(dir / "klistrat.txt",
             "Prioriteringar\n\n• Jämställd hälsa\n◦ Ekonomisk jämställdhet\n\n"
             "▪ första\n▪ andra\n\no Länsstyrelsen ska utbilda handläggare.\n\n-5 procent är mycket.\n\n"
             "ordet står först.\n");
  auto loaded = read(dir / "klistrat.txt");
  ASSERT_TRUE(loaded);
  EXPECT_EQ(blocks_tsv(loaded->document),
            "paragraph\tPrioriteringar\nlist-item\tJämställd hälsa\nlist-item\tEkonomisk jämställdhet\n"
            "list-item\tförsta\nlist-item\tandra\nlist-item\tLänsstyrelsen ska utbilda handläggare.\n"
            "paragraph\t-5 procent är mycket.\nparagraph\tordet står först.\n");
  // Markdown joins the lines of a paragraph, so its reader sees the pasted bullets line by line.
  write_file(dir / "klistrat.md", "Fokus:\n\n• de höga sjuktalen\n• det obetalda hemarbetet\n");
  auto md = read(dir / "klistrat.md");
  ASSERT_TRUE(md);
  EXPECT_EQ(blocks_tsv(md->document), "paragraph\tFokus:\nlist-item\tde höga sjuktalen\nlist-item\tdet obetalda hemarbetet\n");
}

}  // namespace
}  // namespace jamkoll

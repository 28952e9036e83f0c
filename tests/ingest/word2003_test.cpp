// Word 2003 XML (w:wordDocument): a hand-written document with every feature Word 2003 writes
// (tests/fixtures/word2003/make_features.py) and LibreOffice conversions of DOCX fixtures
// (make_lo_fixtures.sh) read to exactly the expected blocks; hostile files fail cleanly.
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

fs::path fixtures() { return source_dir() / "tests/fixtures/word2003"; }

std::vector<std::string> word2003_fixtures() { return testing::expected_fixture_names(fixtures()); }

class Word2003Fixture : public ::testing::TestWithParam<std::string> {};

TEST_P(Word2003Fixture, ReadsExactlyTheExpectedBlocks) {
  auto loaded = read_document((fixtures() / (GetParam() + ".xml")).string(), ReadLimits{});
  ASSERT_TRUE(loaded) << loaded.failure().code << ": " << loaded.failure().message;
  EXPECT_EQ(loaded->document.format, "word2003");
  EXPECT_EQ(blocks_tsv(loaded->document), read_file(fixtures() / (GetParam() + ".blocks.tsv")));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, Word2003Fixture, ::testing::ValuesIn(word2003_fixtures()),
                         [](const auto& info) { return info.param; });

TEST(Word2003Fixtures, AreAllThere) { EXPECT_GE(word2003_fixtures().size(), 10u); }

TEST(Word2003Fixtures, SampleHasTheWordsOfTheDocx) {
  EXPECT_TRUE(testing::has_the_words_of_the_docx_sample(fixtures() / "lo_komplett_strategi.xml"));
}

TEST(Word2003, CommentsAndPropertiesNeverReachTheText) {
  auto loaded = read_document((fixtures() / "features.xml").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  const Document& doc = loaded->document;
  ASSERT_EQ(doc.comments.size(), 1u);
  EXPECT_EQ(doc.comments[0].text, "KOMMENTARSTEXT om uppföljningen");
  for (const Block& b : doc.blocks) {
    for (const char* hidden : {"KOMMENTA", "METADATA", "GRANSKARE", "STRUKET"}) {
      EXPECT_EQ(b.text.find(hidden), std::string::npos) << b.text;
    }
  }
}

TEST(Word2003, NotesTakeTheHeadingPathOfTheirCitation) {
  auto loaded = read_document((fixtures() / "features.xml").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  for (const Block& b : loaded->document.blocks) {
    if (b.kind == BlockKind::kFootnote) {
      EXPECT_EQ(b.heading_path, std::vector<std::string>{"1 Inledning"});
    }
    if (b.kind == BlockKind::kEndnote) {
      EXPECT_EQ(b.heading_path, (std::vector<std::string>{"2 Mål och åtgärder", "2.1 Ekonomisk jämställdhet"}));
    }
  }
}

const std::string kDocument =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>)"
    R"(<w:p><w:r><w:t>TEXT</w:t></w:r></w:p></w:body></w:wordDocument>)";

TEST(Word2003Hostile, ExternalEntityIsRefusedAndNeverRead) {
  TempDir dir;
  write_file(dir / "hemlig.txt", "HEMLIGT-INNEHÅLL");
  std::string bytes = kDocument;
  bytes.replace(bytes.find("TEXT"), 4, "&xxe;");
  bytes.insert(bytes.find("<w:wordDocument"),
               "<!DOCTYPE w:wordDocument [<!ENTITY xxe SYSTEM \"file://" + (dir / "hemlig.txt").string() + "\">]>");
  write_file(dir / "xxe.xml", bytes);
  auto r = read_document((dir / "xxe.xml").string(), ReadLimits{});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "xml-forbidden");
  EXPECT_EQ(r.failure().message.find("HEMLIGT"), std::string::npos);
}

TEST(Word2003Hostile, MalformedXmlNamesTheLine) {
  TempDir dir;
  std::string bytes = kDocument;
  bytes.replace(bytes.find("TEXT</w:t>"), 10, "TEXT\n\n\n</w:x>");
  write_file(dir / "fel.xml", bytes);
  auto r = read_document((dir / "fel.xml").string(), ReadLimits{});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "xml-malformed");
  EXPECT_NE(r.failure().message.find("line 4"), std::string::npos) << r.failure().message;
}

TEST(Word2003Hostile, ForcedOnAnotherXmlIsNotADocument) {
  TempDir dir;
  write_file(dir / "annan.xml", "<?xml version=\"1.0\"?><rapport><p>Text</p></rapport>");
  auto r = read_document((dir / "annan.xml").string(), ReadLimits{}, "word2003");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "not-a-document");
}

}  // namespace
}  // namespace jamkoll

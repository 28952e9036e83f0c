// Every DOCX feature fixture (tests/fixtures/docx, made by make_fixtures.py, and lo/, the same
// files re-saved by LibreOffice) must read to exactly the blocks and plain text written beside it.
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

std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  for (const std::string dir : {"tests/fixtures/docx", "tests/fixtures/docx/lo"}) {
    for (const auto& entry : fs::directory_iterator(source_dir() / dir)) {
      if (entry.path().extension() == ".docx") {
        names.push_back(fs::relative(entry.path(), source_dir() / "tests/fixtures/docx").replace_extension().string());
      }
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

class DocxFixture : public ::testing::TestWithParam<std::string> {
 protected:
  fs::path base() const { return source_dir() / "tests/fixtures/docx" / GetParam(); }
};

TEST_P(DocxFixture, ReadsExactlyTheExpectedBlocks) {
  auto loaded = read_document(base().string() + ".docx", ReadLimits{});
  ASSERT_TRUE(loaded) << loaded.failure().code << ": " << loaded.failure().message;
  EXPECT_EQ(blocks_tsv(loaded->document), read_file(base().string() + ".blocks.tsv"));
}

TEST_P(DocxFixture, PlainTextIsTheAcceptedReadingText) {
  auto loaded = read_document(base().string() + ".docx", ReadLimits{});
  ASSERT_TRUE(loaded) << loaded.failure().message;
  EXPECT_EQ(plain_text(loaded->document), read_file(base().string() + ".plain.txt"));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, DocxFixture, ::testing::ValuesIn(fixture_names()),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '/', '_');
                           return name;
                         });

TEST(DocxFixtures, AreAllThere) {
  // A fixture folder that lost its files would make the parameterised tests vanish silently.
  EXPECT_GE(fixture_names().size(), 28u);
}

// Facts the expected files do not show: locations and what never reaches the text.
TEST(DocxReader, CommentsAreKeptApartAndNeverInBlocks) {
  auto loaded = read_document((source_dir() / "tests/fixtures/docx/comments.docx").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  ASSERT_FALSE(loaded->document.comments.empty());
  for (const Comment& c : loaded->document.comments) {
    ASSERT_FALSE(c.text.empty());
    for (const Block& b : loaded->document.blocks) EXPECT_EQ(b.text.find(c.text), std::string::npos) << c.text;
  }
}

TEST(DocxReader, HeadingPathsFollowTheOutline) {
  auto loaded = read_document((source_dir() / "tests/fixtures/docx/swedish_headings.docx").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  const Document& doc = loaded->document;
  bool saw_nested = false;
  for (const Block& b : doc.blocks) {
    EXPECT_EQ(b.index, &b - doc.blocks.data());
    EXPECT_EQ(b.part, "word/document.xml");
    if (b.kind == BlockKind::kParagraph && b.heading_path.size() >= 2) saw_nested = true;
    if (b.kind == BlockKind::kHeading) {
      ASSERT_FALSE(b.heading_path.empty());
      EXPECT_EQ(b.heading_path.back(), b.text);
    }
  }
  EXPECT_TRUE(saw_nested);
}

TEST(DocxReader, TableCellsKnowTheirGridPosition) {
  auto loaded = read_document((source_dir() / "tests/fixtures/docx/tables.docx").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  int cells = 0;
  for (const Block& b : loaded->document.blocks) {
    if (b.kind != BlockKind::kTableCell) continue;
    ++cells;
    ASSERT_TRUE(b.table.has_value());
    EXPECT_GE(b.table->row, 0);
    EXPECT_GE(b.table->column, 0);
  }
  EXPECT_GT(cells, 4);
}

TEST(DocxReader, FootnotesTakeTheHeadingPathOfTheirReference) {
  auto loaded = read_document((source_dir() / "tests/fixtures/docx/notes.docx").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  for (const Block& b : loaded->document.blocks) {
    if (b.kind == BlockKind::kFootnote) {
      EXPECT_EQ(b.part, "word/footnotes.xml");
    }
  }
}

TEST(DocxReader, DocumentPropertiesAreNeverText) {
  auto loaded = read_document((source_dir() / "tests/fixtures/docx/docprops.docx").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  for (const Block& b : loaded->document.blocks) EXPECT_EQ(b.text.find("METADATA"), std::string::npos) << b.text;
}

}  // namespace
}  // namespace jamkoll

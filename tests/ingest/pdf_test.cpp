// PDF (poppler): LibreOffice exports of the samples (tests/fixtures/pdf/make_pdf_fixtures.sh and
// tests/fixtures/cross_format) read to exactly the expected blocks or to the DOCX sample's words;
// encrypted, text-less and damaged PDFs fail with their own codes. The layout rules themselves are
// tested on hand-set pages in pdf_layout_test.cpp.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

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

fs::path fixtures() { return source_dir() / "tests/fixtures/pdf"; }
fs::path cross_format() { return source_dir() / "tests/fixtures/cross_format"; }

class PdfFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(PdfFixture, ReadsExactlyTheExpectedBlocks) {
  auto loaded = read_document((fixtures() / (GetParam() + ".pdf")).string(), ReadLimits{});
  ASSERT_TRUE(loaded) << loaded.failure().code << ": " << loaded.failure().message;
  EXPECT_EQ(loaded->document.format, "pdf");
  EXPECT_EQ(blocks_tsv(loaded->document), read_file(fixtures() / (GetParam() + ".blocks.tsv")));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, PdfFixture, ::testing::ValuesIn(testing::expected_fixture_names(fixtures())),
                         [](const auto& info) { return info.param; });

TEST(PdfFixtures, AreAllThere) { EXPECT_GE(testing::expected_fixture_names(fixtures()).size(), 2u); }

TEST(Pdf, SampleHasTheWordsOfTheDocx) {
  EXPECT_TRUE(testing::has_the_words_of_the_docx_sample(cross_format() / "komplett_strategi.pdf"));
}

TEST(Pdf, TablesComeBackRowByRow) {
  auto loaded = read_document((fixtures() / "aktivitetsplan.pdf").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  // The activity, its sub-goal number and who is responsible stand in one row, as in the DOCX.
  std::map<std::pair<int, int>, std::string> cells;
  for (const Block& b : loaded->document.blocks) {
    if (b.kind == BlockKind::kTableCell && b.table && b.table->table == 0) cells[{b.table->row, b.table->column}] = b.text;
  }
  EXPECT_EQ(cells[std::make_pair(3, 0)],
            "Informationsinsats tillsammans med Försäkringskassan riktad till arbetsgivare om ett jämnare uttag av "
            "föräldraledighet");
  EXPECT_EQ(cells[std::make_pair(3, 1)], "4");
  EXPECT_EQ(cells[std::make_pair(3, 2)], "Enheten för social hållbarhet");
}

TEST(Pdf, FootnotesListsAndTheTextBoxAreRead) {
  auto loaded = read_document((cross_format() / "fotnot_och_textruta.pdf").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  std::vector<const Block*> notes, items;
  bool text_box_text = false;
  for (const Block& b : loaded->document.blocks) {
    if (b.kind == BlockKind::kFootnote) notes.push_back(&b);
    if (b.kind == BlockKind::kListItem) items.push_back(&b);
    text_box_text = text_box_text || b.text.find("Mörkertalet bedöms vara stort.") != std::string::npos;
    // The raised note numbers are not part of the words they follow.
    EXPECT_EQ(b.text.find("männens.2"), std::string::npos) << b.text;
  }
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0]->text.rfind("Regeringsbeslut 2024-12-12", 0), 0u) << notes[0]->text;
  EXPECT_EQ(notes[1]->text.rfind("En viktig förklaring", 0), 0u) << notes[1]->text;
  EXPECT_EQ(notes[1]->heading_path, std::vector<std::string>{"2 Kvinnors och mäns villkor i länet"});
  EXPECT_EQ(items.size(), 3u);
  EXPECT_TRUE(text_box_text);
}

TEST(Pdf, AChromiumPrintGetsTheVerdictsOfTheDocx) {
  // Another producer: no outline, list bullets drawn as shapes, footnotes as plain text at the end.
  auto verdicts = [](const fs::path& file) {
    const auto r = testing::run_jamkoll({"check", "--format", "json", file.string()});
    const nlohmann::json report = nlohmann::json::parse(r.out);
    std::map<std::string, std::string> out;
    for (const auto& t : report.at("documents")[0].at("targets")) out[t.at("id")] = t.at("status");
    return out;
  };
  const auto docx = verdicts(source_dir() / "samples/partiell_rabblar_mal.docx");
  ASSERT_EQ(docx.size(), 20u);
  EXPECT_EQ(verdicts(fixtures() / "chromium_partiell_rabblar_mal.pdf"), docx);
}

TEST(Pdf, APasswordProtectedPdfIsEncrypted) {
  auto r = read_document((fixtures() / "losenord.pdf").string(), ReadLimits{});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "encrypted");
  EXPECT_NE(r.failure().message.find("password"), std::string::npos);
}

TEST(Pdf, APdfWithoutATextLayerAsksForOcr) {
  TempDir dir;
  write_file(dir / "skannad.pdf",
             "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
             "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
             "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
             "trailer << /Root 1 0 R >>\n%%EOF\n");
  auto r = read_document((dir / "skannad.pdf").string(), ReadLimits{});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "unsupported-format");
  EXPECT_NE(r.failure().message.find("OCR"), std::string::npos);
}

TEST(Pdf, DamagedPdfsFailCleanly) {
  TempDir dir;
  write_file(dir / "trasig.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
  auto broken = read_document((dir / "trasig.pdf").string(), ReadLimits{});
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.failure().code, "corrupt-pdf");
  // Cut in half: poppler rebuilds what it can; either a report of that or an error, never a crash.
  const std::string whole = read_file(cross_format() / "komplett_strategi.pdf");
  write_file(dir / "halv.pdf", whole.substr(0, whole.size() / 2));
  auto half = read_document((dir / "halv.pdf").string(), ReadLimits{});
  if (!half) {
    EXPECT_TRUE(half.failure().code == "corrupt-pdf" || half.failure().code == "unsupported-format");
  }
}

TEST(Pdf, MoreTextThanTheLimitIsTooLarge) {
  ReadLimits limits;
  limits.max_total_unpacked_bytes = 1000;
  auto r = read_document((cross_format() / "komplett_strategi.pdf").string(), limits);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "too-large");
}

TEST(Pdf, TheHeaderMayFollowAFewJunkBytes) {
  TempDir dir;
  write_file(dir / "med_skrap.pdf", "\r\n\r\n" + read_file(fixtures() / "aktivitetsplan.pdf"));
  auto r = read_document((dir / "med_skrap.pdf").string(), ReadLimits{});
  ASSERT_TRUE(r) << r.failure().message;
  EXPECT_EQ(r->document.format, "pdf");
}

}  // namespace
}  // namespace jamkoll

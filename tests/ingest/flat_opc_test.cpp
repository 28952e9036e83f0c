// Flat OPC (Word's one-file "Word XML Document"): every DOCX fixture turned into Flat OPC by
// tests/fixtures/flat_opc/make_flat_opc.py reads to exactly the blocks of the .docx it came from.
#include <gtest/gtest.h>

#include <algorithm>

#include "ingest/block_expectations.h"
#include "ingest/read_document.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::source_dir;
using testing::TempDir;
using testing::write_file;

std::vector<std::string> flat_opc_fixtures() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(source_dir() / "tests/fixtures/flat_opc")) {
    const std::string stem = entry.path().stem().string();
    if (entry.path().extension() == ".xml" && stem != "komplett_strategi") names.push_back(stem);
  }
  std::sort(names.begin(), names.end());
  return names;
}

class FlatOpcFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(FlatOpcFixture, ReadsToTheBlocksOfTheDocx) {
  const fs::path docx = source_dir() / "tests/fixtures/docx" / GetParam();
  auto loaded = read_document((source_dir() / "tests/fixtures/flat_opc" / (GetParam() + ".xml")).string(), ReadLimits{});
  ASSERT_TRUE(loaded) << loaded.failure().code << ": " << loaded.failure().message;
  EXPECT_EQ(loaded->document.format, "flat-opc");
  EXPECT_EQ(testing::blocks_tsv(loaded->document), read_file(docx.string() + ".blocks.tsv"));
  EXPECT_EQ(plain_text(loaded->document), read_file(docx.string() + ".plain.txt"));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FlatOpcFixture, ::testing::ValuesIn(flat_opc_fixtures()),
                         [](const auto& info) { return info.param; });

TEST(FlatOpc, AllFixturesAreThere) { EXPECT_GE(flat_opc_fixtures().size(), 18u); }

TEST(FlatOpc, SampleReadsLikeTheDocx) {
  auto docx = read_document((source_dir() / "samples/komplett_strategi.docx").string(), ReadLimits{});
  auto flat = read_document((source_dir() / "tests/fixtures/flat_opc/komplett_strategi.xml").string(), ReadLimits{});
  ASSERT_TRUE(docx);
  ASSERT_TRUE(flat) << flat.failure().message;
  EXPECT_EQ(testing::blocks_tsv(flat->document), testing::blocks_tsv(docx->document));
}

TEST(FlatOpc, PartsKeepTheirPackageNames) {
  auto loaded = read_document((source_dir() / "tests/fixtures/flat_opc/notes.xml").string(), ReadLimits{});
  ASSERT_TRUE(loaded);
  for (const Block& b : loaded->document.blocks) {
    EXPECT_EQ(b.part, b.kind == BlockKind::kFootnote  ? "word/footnotes.xml"
                      : b.kind == BlockKind::kEndnote ? "word/endnotes.xml"
                                                      : "word/document.xml");
  }
}

std::string package(const std::string& document_part, const std::string& extra_parts = "") {
  return R"(<?xml version="1.0" encoding="UTF-8"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">)"
         R"(<pkg:part pkg:name="/_rels/.rels"><pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
         R"(</Relationships></pkg:xmlData></pkg:part><pkg:part pkg:name="/word/document.xml">)" +
         document_part + "</pkg:part>" + extra_parts + "</pkg:package>";
}

const std::string kBody =
    R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)"
    R"(<w:p><w:r><w:t>Kvinnor och män ska ha samma makt.</w:t></w:r></w:p></w:body></w:document>)";

std::string base64(const std::string& bytes) {
  static const char* kDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    for (int k = 18; k >= 0; k -= 6) out += kDigits[(v >> k) & 63];
  }
  if (i < bytes.size()) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kDigits[(v >> 18) & 63];
    out += kDigits[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? kDigits[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

TEST(FlatOpc, InlineAndBase64PartsReadAlike) {
  TempDir dir;
  write_file(dir / "inline.xml", package("<pkg:xmlData>" + kBody + "</pkg:xmlData>"));
  write_file(dir / "base64.xml", package("<pkg:binaryData>" + base64(kBody) + "</pkg:binaryData>"));
  auto inline_doc = read_document((dir / "inline.xml").string(), ReadLimits{});
  auto base64_doc = read_document((dir / "base64.xml").string(), ReadLimits{});
  ASSERT_TRUE(inline_doc) << inline_doc.failure().message;
  ASSERT_TRUE(base64_doc) << base64_doc.failure().message;
  EXPECT_EQ(testing::blocks_tsv(inline_doc->document), "paragraph\tKvinnor och män ska ha samma makt.\n");
  EXPECT_EQ(testing::blocks_tsv(base64_doc->document), testing::blocks_tsv(inline_doc->document));
}

TEST(FlatOpc, ExternalEntityInThePackageIsRefused) {
  TempDir dir;
  write_file(dir / "hemlig.txt", "HEMLIGT-INNEHÅLL");
  std::string bytes = package("<pkg:xmlData>" + kBody + "</pkg:xmlData>");
  bytes.insert(bytes.find("<pkg:package"),
               "<!DOCTYPE pkg:package [<!ENTITY xxe SYSTEM \"file://" + (dir / "hemlig.txt").string() + "\">]>");
  bytes.replace(bytes.find("Kvinnor"), 7, "&xxe;");
  write_file(dir / "xxe.xml", bytes);
  auto r = read_document((dir / "xxe.xml").string(), ReadLimits{});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "xml-forbidden");
  EXPECT_EQ(r.failure().message.find("HEMLIGT"), std::string::npos);
}

TEST(FlatOpc, ExternalEntityInABase64PartIsRefused) {
  TempDir dir;
  write_file(dir / "hemlig.txt", "HEMLIGT-INNEHÅLL");
  std::string body = kBody;
  body.replace(body.find("Kvinnor"), 7, "&xxe;");
  body = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://" + (dir / "hemlig.txt").string() + "\">]>" + body;
  write_file(dir / "xxe.xml", package("<pkg:binaryData>" + base64(body) + "</pkg:binaryData>"));
  auto r = read_document((dir / "xxe.xml").string(), ReadLimits{});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "xml-forbidden");
}

TEST(FlatOpc, BrokenBase64AndOversizedPartsAreNamed) {
  TempDir dir;
  write_file(dir / "trasig.xml", package("<pkg:binaryData>PHc6ZG9j%%%</pkg:binaryData>"));
  auto broken = read_document((dir / "trasig.xml").string(), ReadLimits{});
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.failure().code, "xml-malformed");
  EXPECT_NE(broken.failure().message.find("word/document.xml"), std::string::npos);

  write_file(dir / "stor.xml", package("<pkg:binaryData>" + base64(std::string(3 << 20, ' ') + kBody) + "</pkg:binaryData>"));
  ReadLimits limits;
  limits.max_member_bytes = 1 << 20;
  auto big = read_document((dir / "stor.xml").string(), limits);
  ASSERT_FALSE(big);
  EXPECT_EQ(big.failure().code, "too-large");
}

TEST(FlatOpc, MalformedPackageNamesTheLine) {
  TempDir dir;
  std::string bytes = package("<pkg:xmlData>" + kBody + "</pkg:xmlData>");
  bytes.replace(bytes.find("</w:t>"), 6, "\n\n</w:x>");
  write_file(dir / "fel.xml", bytes);
  auto r = read_document((dir / "fel.xml").string(), ReadLimits{});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "xml-malformed");
  EXPECT_NE(r.failure().message.find("line 3"), std::string::npos) << r.failure().message;
}

}  // namespace
}  // namespace jamkoll

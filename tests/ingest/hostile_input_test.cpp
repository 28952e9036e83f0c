// Broken and hostile files end as a clear per-file error (or a normal reading), never a crash,
// hang or leaked local file.
#include <gtest/gtest.h>

#include "ingest/read_document.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

using testing::minimal_docx;
using testing::TempDir;
using testing::write_file;
using testing::write_zip;

Outcome<LoadedDocument> read(const std::filesystem::path& path, ReadLimits limits = {}) {
  return read_document(path.string(), limits);
}

std::string code_of(const Outcome<LoadedDocument>& r) { return r ? "ok" : r.failure().code.name(); }

TEST(HostileInput, MissingFileIsNotFound) {
  TempDir dir;
  EXPECT_EQ(code_of(read(dir / "saknas.docx")), "not-found");
}

TEST(HostileInput, EmptyFileIsNotADocument) {
  TempDir dir;
  write_file(dir / "tom.docx", "");
  EXPECT_EQ(code_of(read(dir / "tom.docx")), "not-a-document");
}

TEST(HostileInput, TruncatedDocxIsCorruptZip) {
  TempDir dir;
  write_zip(dir / "hel.docx", minimal_docx("<w:p><w:r><w:t>Kvinnor och män</w:t></w:r></w:p>"));
  const std::string bytes = testing::read_file(dir / "hel.docx");
  write_file(dir / "trasig.docx", bytes.substr(0, bytes.size() / 2));
  const auto r = read(dir / "trasig.docx");
  EXPECT_EQ(code_of(r), "corrupt-zip");
}

TEST(HostileInput, TextRenamedToDocxIsUnsupported) {
  TempDir dir;
  write_file(dir / "falsk.docx", "Det här är ingen Word-fil.\n");
  EXPECT_EQ(code_of(read(dir / "falsk.docx")), "unsupported-format");
}

TEST(HostileInput, ZipWithoutWordPartsIsNotADocument) {
  TempDir dir;
  write_zip(dir / "annat.docx", {{"hej.txt", "hej"}});
  const auto r = read(dir / "annat.docx");
  EXPECT_EQ(code_of(r), "not-a-document");
}

TEST(HostileInput, LegacyDocAndEncryptedOoxmlAreNamed) {
  TempDir dir;
  std::string ole = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  ole.resize(1024, '\0');
  write_file(dir / "gammal.doc", ole);
  auto legacy = read(dir / "gammal.doc");
  EXPECT_EQ(code_of(legacy), "unsupported-format");
  EXPECT_NE(legacy.failure().message.find("docx"), std::string::npos);
  std::string encrypted = ole;
  const std::string name = std::string("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
  encrypted.replace(512, name.size(), name);
  write_file(dir / "skyddad.docx", encrypted);
  EXPECT_EQ(code_of(read(dir / "skyddad.docx")), "encrypted");
}

TEST(HostileInput, MalformedXmlNamesThePartAndLine) {
  TempDir dir;
  write_zip(dir / "fel.docx", minimal_docx("<w:p><w:r><w:t>öppen</w:r></w:p>"));
  const auto r = read(dir / "fel.docx");
  ASSERT_EQ(code_of(r), "xml-malformed");
  EXPECT_NE(r.failure().message.find("word/document.xml"), std::string::npos);
  EXPECT_NE(r.failure().message.find("line"), std::string::npos);
}

TEST(HostileInput, ExternalEntityIsRefusedAndNeverRead) {
  TempDir dir;
  write_file(dir / "hemlig.txt", "HEMLIGT-INNEHÅLL");
  auto parts = minimal_docx("");
  parts[2].second = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://" +
                    (dir / "hemlig.txt").string() +
                    "\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
  write_zip(dir / "xxe.docx", parts);
  const auto r = read(dir / "xxe.docx");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "xml-forbidden");
  EXPECT_EQ(r.failure().message.find("HEMLIGT"), std::string::npos);
}

TEST(HostileInput, BillionLaughsIsRefusedQuickly) {
  TempDir dir;
  std::string dtd = "<!DOCTYPE w:document [<!ENTITY a0 \"ha\">";
  for (int i = 1; i < 10; ++i) {
    dtd += "<!ENTITY a" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&a" + std::to_string(i - 1) + ";";
    dtd += "\">";
  }
  dtd += "]>";
  auto parts = minimal_docx("");
  parts[2].second = "<?xml version=\"1.0\"?>" + dtd +
                    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    "<w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>";
  write_zip(dir / "skratt.docx", parts);
  const auto r = read(dir / "skratt.docx");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "xml-forbidden");
}

TEST(HostileInput, DeepNestingIsRefusedNotACrash) {
  TempDir dir;
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<w:customXml>";
  for (int i = 0; i < 100000; ++i) deep += "</w:customXml>";
  write_zip(dir / "djup.docx", minimal_docx(deep), /*store_uncompressed=*/true);
  EXPECT_EQ(code_of(read(dir / "djup.docx")), "xml-malformed");
}

TEST(HostileInput, ZipBombIsRefusedByRatio) {
  TempDir dir;
  auto parts = minimal_docx("<w:p><w:r><w:t>" + std::string(8 << 20, 'a') + "</w:t></w:r></w:p>");
  write_zip(dir / "bomb.docx", parts);
  const auto r = read(dir / "bomb.docx");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "zip-bomb");
  EXPECT_NE(r.failure().message.find("200:1"), std::string::npos);
}

TEST(HostileInput, OversizedMemberIsTooLarge) {
  TempDir dir;
  auto parts = minimal_docx("<w:p><w:r><w:t>" + std::string(3 << 20, 'a') + "</w:t></w:r></w:p>");
  write_zip(dir / "stor.docx", parts, /*store_uncompressed=*/true);
  ReadLimits limits;
  limits.max_member_bytes = 1 << 20;
  const auto r = read(dir / "stor.docx", limits);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "too-large");
}

TEST(HostileInput, OversizedFileIsTooLarge) {
  TempDir dir;
  write_file(dir / "stor.docx", std::string(3 << 20, 'x'));
  ReadLimits limits;
  limits.max_file_bytes = 1 << 20;
  EXPECT_EQ(code_of(read(dir / "stor.docx", limits)), "too-large");
}

TEST(HostileInput, MemberNamesWithDotDotAreJustNames) {
  TempDir dir;
  auto parts = minimal_docx("<w:p><w:r><w:t>Text</w:t></w:r></w:p>");
  parts.push_back({"../../utanfor.txt", "ska aldrig skrivas"});
  write_zip(dir / "sokvag.docx", parts);
  const auto r = read(dir / "sokvag.docx");
  ASSERT_TRUE(r) << r.failure().message;
  EXPECT_FALSE(std::filesystem::exists(dir.path().parent_path().parent_path() / "utanfor.txt"));
}

}  // namespace
}  // namespace jamkoll

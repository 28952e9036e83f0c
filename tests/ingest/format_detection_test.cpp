// read_document() recognises the format from the content, whatever the file is called; only plain
// text is told apart from Markdown by its name. A caller may name the format instead.
#include <gtest/gtest.h>

#include "ingest/read_document.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using testing::minimal_docx;
using testing::source_dir;
using testing::TempDir;
using testing::write_file;
using testing::write_zip;

std::string format_or_code(const fs::path& path, const std::string& input_format = "") {
  auto r = read_document(path.string(), ReadLimits{}, input_format);
  return r ? r->document.format : "error:" + r.failure().code.name();
}

TEST(FormatDetection, ContentDecidesNotTheName) {
  TempDir dir;
  const fs::path odf = source_dir() / "tests/fixtures/odf";
  fs::copy_file(odf / "notes.odt", dir / "egentligen-odt.docx");
  fs::copy_file(odf / "notes.fodt", dir / "flat.xml");
  fs::copy_file(source_dir() / "tests/fixtures/flat_opc/notes.xml", dir / "flat-opc.doc");
  fs::copy_file(source_dir() / "tests/fixtures/word2003/features.xml", dir / "word2003.txt");
  fs::copy_file(source_dir() / "tests/fixtures/html/features.html", dir / "sida.txt");
  fs::copy_file(source_dir() / "tests/fixtures/docx/notes.docx", dir / "dokument.odt");
  EXPECT_EQ(format_or_code(dir / "egentligen-odt.docx"), "odt");
  EXPECT_EQ(format_or_code(dir / "flat.xml"), "fodt");
  EXPECT_EQ(format_or_code(dir / "flat-opc.doc"), "flat-opc");
  EXPECT_EQ(format_or_code(dir / "word2003.txt"), "word2003");
  EXPECT_EQ(format_or_code(dir / "sida.txt"), "html");
  EXPECT_EQ(format_or_code(dir / "dokument.odt"), "docx");
}

TEST(FormatDetection, HtmlIsSniffedFromItsFirstTags) {
  TempDir dir;
  const std::vector<std::pair<std::string, std::string>> pages = {
      {"doctype", "<!DOCTYPE html>\n<p>Text</p>"},
      {"versaler", "\xEF\xBB\xBF  <!-- skapad av ett verktyg -->\n<HTML><BODY><P>Text</P></BODY></HTML>"},
      {"word", "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns=\"http://www.w3.org/TR/REC-html40\"><body><p>Text</p></body></html>"},
      {"fragment", "<p>Text</p>"},
      {"xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Text</p></body></html>"},
  };
  for (const auto& [name, page] : pages) {
    write_file(dir / name, page);
    EXPECT_EQ(format_or_code(dir / name), "html") << name;
  }
}

TEST(FormatDetection, Utf16XmlIsRecognisedAndRead) {
  TempDir dir;
  const std::string ascii =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\">"
      "<w:body><w:p><w:r><w:t>Kvinnor och man</w:t></w:r></w:p></w:body></w:wordDocument>";
  for (const bool bom : {true, false}) {
    std::string bytes = bom ? "\xFF\xFE" : "";
    for (char c : ascii) {
      bytes += c;
      bytes += '\0';
    }
    write_file(dir / "utf16.xml", bytes);
    auto r = read_document((dir / "utf16.xml").string(), ReadLimits{});
    ASSERT_TRUE(r) << r.failure().code << ": " << r.failure().message;
    EXPECT_EQ(r->document.format, "word2003");
    ASSERT_EQ(r->document.blocks.size(), 1u);
    EXPECT_EQ(r->document.blocks[0].text, "Kvinnor och man");
  }
}

TEST(FormatDetection, OtherXmlIsReadAsGenericXml) {
  TempDir dir;
  write_file(dir / "rapport.xml", "<?xml version=\"1.0\"?>\n<!-- export -->\n<r:rapport xmlns:r=\"urn:example:rapport\"><r:p>Text</r:p></r:rapport>");
  auto r = read_document((dir / "rapport.xml").string(), ReadLimits{});
  ASSERT_TRUE(r) << r.failure().message;
  EXPECT_EQ(r->document.format, "xml");
  ASSERT_EQ(r->document.blocks.size(), 1u);
  EXPECT_EQ(r->document.blocks[0].text, "Text");
}

TEST(FormatDetection, TextThatStartsWithAnAngleBracketIsStillText) {
  TempDir dir;
  write_file(dir / "utkast.txt", "<Utkast> Strategin gäller hela länet.\n");
  EXPECT_EQ(format_or_code(dir / "utkast.txt"), "txt");
}

TEST(FormatDetection, RtfAndBinaryFilesAreRefusedWithAdvice) {
  TempDir dir;
  write_file(dir / "strategi.rtf", "{\\rtf1\\ansi Strategi}");
  write_file(dir / "data.bin", std::string("\x01\x02\x00\x03binärt", 10));
  for (const char* name : {"strategi.rtf", "data.bin"}) {
    auto r = read_document((dir / name).string(), ReadLimits{});
    ASSERT_FALSE(r) << name;
    EXPECT_EQ(r.failure().code, "unsupported-format") << name;
  }
  EXPECT_NE(read_document((dir / "strategi.rtf").string(), ReadLimits{}).failure().message.find("docx"), std::string::npos);
}

TEST(FormatDetection, OpenDocumentThatIsNotTextIsUnsupported) {
  TempDir dir;
  write_zip(dir / "bilder.odp", {{"mimetype", "application/vnd.oasis.opendocument.presentation"}, {"content.xml", "<x/>"}});
  auto r = read_document((dir / "bilder.odp").string(), ReadLimits{});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "unsupported-format");
  EXPECT_NE(r.failure().message.find("presentation"), std::string::npos);
}

TEST(InputFormat, NamesTheReaderAndUnknownNamesAreUsageErrors) {
  TempDir dir;
  write_file(dir / "sida.xml", "<?xml version=\"1.0\"?><dokument><p>Jämställdhet</p></dokument>");
  EXPECT_EQ(format_or_code(dir / "sida.xml"), "xml");
  EXPECT_EQ(format_or_code(dir / "sida.xml", "html"), "html");
  EXPECT_EQ(format_or_code(dir / "sida.xml", "txt"), "txt");
  EXPECT_EQ(format_or_code(dir / "sida.xml", "odt"), "error:corrupt-zip");
  EXPECT_EQ(format_or_code(dir / "sida.xml", "fodt"), "error:not-a-document");
  EXPECT_EQ(format_or_code(dir / "sida.xml", "flat-opc"), "error:not-a-document");
  EXPECT_EQ(format_or_code(dir / "sida.xml", "pdf"), "error:corrupt-pdf");
  auto unknown = read_document((dir / "sida.xml").string(), ReadLimits{}, "rtf");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.failure().code, "usage");
  EXPECT_NE(unknown.failure().message.find("flat-opc"), std::string::npos);
  // A usage error comes first, even for a file that does not exist.
  EXPECT_EQ(read_document((dir / "saknas").string(), ReadLimits{}, "doc").failure().code, "usage");

  write_zip(dir / "dokument.bin", minimal_docx("<w:p><w:r><w:t>Text</w:t></w:r></w:p>"));
  for (const char* name : {"docx", ""}) EXPECT_EQ(format_or_code(dir / "dokument.bin", name), "docx") << name;
}

}  // namespace
}  // namespace jamkoll

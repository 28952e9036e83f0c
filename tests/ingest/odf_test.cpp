// OpenDocument text, zipped (.odt) and flat (.fodt): LibreOffice conversions of the DOCX fixtures
// (tests/fixtures/odf, made by make_odf_fixtures.sh) read to the same blocks as the DOCX, both
// forms alike; small hand-written documents pin down each ODF feature; hostile files fail cleanly.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

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
using testing::write_zip;

fs::path fixtures() { return source_dir() / "tests/fixtures/odf"; }

std::vector<std::string> odf_fixtures() { return testing::expected_fixture_names(fixtures()); }

class OdfFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(OdfFixture, OdtReadsExactlyTheExpectedBlocks) {
  auto loaded = read_document((fixtures() / (GetParam() + ".odt")).string(), ReadLimits{});
  ASSERT_TRUE(loaded) << loaded.failure().code << ": " << loaded.failure().message;
  EXPECT_EQ(loaded->document.format, "odt");
  EXPECT_EQ(blocks_tsv(loaded->document), read_file(fixtures() / (GetParam() + ".blocks.tsv")));
}

TEST_P(OdfFixture, FodtReadsExactlyTheExpectedBlocks) {
  auto loaded = read_document((fixtures() / (GetParam() + ".fodt")).string(), ReadLimits{});
  ASSERT_TRUE(loaded) << loaded.failure().code << ": " << loaded.failure().message;
  EXPECT_EQ(loaded->document.format, "fodt");
  EXPECT_EQ(blocks_tsv(loaded->document), read_file(fixtures() / (GetParam() + ".blocks.tsv")));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, OdfFixture, ::testing::ValuesIn(odf_fixtures()),
                         [](const auto& info) { return info.param; });

TEST(OdfFixtures, AreAllThere) { EXPECT_GE(odf_fixtures().size(), 13u); }

TEST(OdfFixtures, SampleHasTheWordsOfTheDocx) {
  for (const char* ext : {".odt", ".fodt"}) {
    EXPECT_TRUE(testing::has_the_words_of_the_docx_sample(fixtures() / (std::string("komplett_strategi") + ext)));
  }
}

// --- Hand-written documents, one feature each -------------------------------------------------

const char* kNamespaces =
    R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
    R"( xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")"
    R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
    R"( xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0")"
    R"( xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")"
    R"( xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")"
    R"( xmlns:dc="http://purl.org/dc/elements/1.1/")";

std::string fodt(const std::string& body, const std::string& styles = "", const std::string& master = "") {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document)") + kNamespaces +
         R"( office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">)"
         "<office:styles>" + styles + "</office:styles><office:master-styles>" + master +
         "</office:master-styles><office:body><office:text>" + body + "</office:text></office:body></office:document>";
}

std::vector<std::pair<std::string, std::string>> odt(const std::string& body, const std::string& styles = "",
                                                      const std::string& master = "") {
  return {
      {"mimetype", "application/vnd.oasis.opendocument.text"},
      {"content.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content)") + kNamespaces +
                          "><office:body><office:text>" + body + "</office:text></office:body></office:document-content>"},
      {"styles.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document-styles)") + kNamespaces +
                         "><office:styles>" + styles + "</office:styles><office:master-styles>" + master +
                         "</office:master-styles></office:document-styles>"},
      {"meta.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?><office:document-meta)") + kNamespaces +
                       "><office:meta><dc:title>METADATATITEL</dc:title></office:meta></office:document-meta>"},
      {"META-INF/manifest.xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">)"
       R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>)"},
  };
}

// Reads `body` (with `styles` and master pages) both as .odt and as .fodt; the two must agree.
class OdfFeature : public ::testing::Test {
 protected:
  Document read(const std::string& body, const std::string& styles = "", const std::string& master = "") {
    write_zip(dir_ / "doc.odt", odt(body, styles, master));
    write_file(dir_ / "doc.fodt", fodt(body, styles, master));
    auto zipped = read_document((dir_ / "doc.odt").string(), ReadLimits{});
    auto flat = read_document((dir_ / "doc.fodt").string(), ReadLimits{});
    EXPECT_TRUE(zipped) << zipped.failure().message;
    EXPECT_TRUE(flat) << flat.failure().message;
    if (!zipped || !flat) return {};
    EXPECT_EQ(blocks_tsv(zipped->document), blocks_tsv(flat->document));
    return zipped->document;
  }
  TempDir dir_;
};

TEST_F(OdfFeature, SpacesTabsAndBreaksAreExplicitOtherWhitespaceCollapses) {
  const Document doc = read(
      "<text:p>  Mål<text:s text:c=\"3\"/>1<text:tab/>Jämn   fördelning\n   av makt<text:line-break/>"
      "och <text:span>inflytande</text:span><text:soft-page-break/> i länet.</text:p>");
  EXPECT_EQ(blocks_tsv(doc), "paragraph\tMål   1\\tJämn fördelning av makt\\noch inflytande i länet.\n");
}

TEST_F(OdfFeature, NotesAreLiftedOutOfTheSentence) {
  const Document doc = read(
      "<text:h text:outline-level=\"1\">Bakgrund</text:h>"
      "<text:p>Lönegapet<text:note text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
      "<text:note-body><text:p>SCB 2024.</text:p><text:p>Tabell 3.</text:p></text:note-body></text:note> minskar."
      "<text:note text:id=\"edn1\" text:note-class=\"endnote\"><text:note-citation>i</text:note-citation>"
      "<text:note-body><text:p>Beslut i fullmäktige.</text:p></text:note-body></text:note></text:p>");
  EXPECT_EQ(blocks_tsv(doc),
            "heading:1\tBakgrund\nparagraph\tLönegapet minskar.\nfootnote\tSCB 2024.\\nTabell 3.\nendnote\tBeslut i fullmäktige.\n");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[2].heading_path, std::vector<std::string>{"Bakgrund"});
  EXPECT_EQ(plain_text(doc), "Bakgrund\nLönegapet minskar.\nSCB 2024.\nTabell 3.\nBeslut i fullmäktige.\n");
}

TEST_F(OdfFeature, DeletedTextNeverCountsInsertedTextDoes) {
  const Document doc = read(
      "<text:tracked-changes>"
      "<text:changed-region text:id=\"ct1\"><text:deletion><office:change-info><dc:creator>GRANSKARE</dc:creator>"
      "</office:change-info><text:p>STRUKEN TEXT</text:p></text:deletion></text:changed-region>"
      "<text:changed-region text:id=\"ct2\"><text:insertion><office:change-info/></text:insertion></text:changed-region>"
      "<text:changed-region text:id=\"ct3\"><text:deletion><office:change-info/></text:deletion></text:changed-region>"
      "</text:tracked-changes>"
      "<text:p>Kommunen ska<text:change text:change-id=\"ct1\"/> <text:change-start text:change-id=\"ct2\"/>aktivt "
      "<text:change-end text:change-id=\"ct2\"/>arbeta<text:change-start text:change-id=\"ct3\"/> INTE"
      "<text:change-end text:change-id=\"ct3\"/> för jämställdhet.</text:p>"
      "<text:p><text:change-start text:change-id=\"ct3\"/>HELT STRUKET STYCKE</text:p>"
      "<text:p>SLUTET PÅ STRYKNINGEN<text:change-end text:change-id=\"ct3\"/>Nästa stycke.</text:p>");
  EXPECT_EQ(blocks_tsv(doc), "paragraph\tKommunen ska aktivt arbeta för jämställdhet.\nparagraph\tNästa stycke.\n");
  for (const Block& b : doc.blocks) EXPECT_EQ(b.text.find("GRANSKARE"), std::string::npos);
}

TEST_F(OdfFeature, CommentsAreKeptApart) {
  const Document doc = read(
      "<text:p>Strategin ska <office:annotation office:name=\"k1\"><dc:creator>KOMMENTATOR</dc:creator>"
      "<text:p>KOMMENTARSTEXT</text:p></office:annotation>omfatta alla<office:annotation-end office:name=\"k1\"/>.</text:p>");
  EXPECT_EQ(blocks_tsv(doc), "paragraph\tStrategin ska omfatta alla.\n");
  ASSERT_EQ(doc.comments.size(), 1u);
  EXPECT_EQ(doc.comments[0].text, "KOMMENTARSTEXT");
}

TEST_F(OdfFeature, TextBoxesFollowTheirParagraphOnce) {
  const Document doc = read(
      "<text:p>Visionen<draw:frame draw:name=\"Ram1\" text:anchor-type=\"as-char\"><svg:title>ALTTEXT</svg:title>"
      "<draw:text-box><text:p>Faktaruta</text:p><text:list><text:list-item><text:p>Punkt i rutan</text:p>"
      "</text:list-item></text:list></draw:text-box></draw:frame> beskrivs här.</text:p>"
      "<draw:frame text:anchor-type=\"page\"><draw:text-box><text:p>Sidförankrad ruta</text:p></draw:text-box></draw:frame>"
      "<text:p>Efter.</text:p>");
  EXPECT_EQ(blocks_tsv(doc),
            "paragraph\tVisionen beskrivs här.\ntext-box\tFaktaruta\ntext-box\tPunkt i rutan\n"
            "text-box\tSidförankrad ruta\nparagraph\tEfter.\n");
}

TEST_F(OdfFeature, TablesCountRepeatedAndCoveredColumns) {
  const Document doc = read(
      "<table:table><table:table-column table:number-columns-repeated=\"4\"/>"
      "<table:table-header-rows><table:table-row><table:table-cell><text:p>Mål</text:p></table:table-cell>"
      "<table:table-cell table:number-columns-repeated=\"2\"/><table:table-cell><text:p>Ansvar</text:p>"
      "</table:table-cell></table:table-row></table:table-header-rows>"
      "<table:table-row><table:table-cell table:number-columns-spanned=\"2\"><text:p>Delmål 1</text:p>"
      "<text:p>Ekonomi</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:list>"
      "<text:list-item><text:p>Punkt</text:p></text:list-item></text:list></table:table-cell>"
      "<table:table-cell><text:p>Länsstyrelsen</text:p></table:table-cell></table:table-row></table:table>");
  EXPECT_EQ(blocks_tsv(doc),
            "table-cell\tMål\ntable-cell\tAnsvar\ntable-cell\tDelmål 1\\nEkonomi\ntable-cell\tPunkt\ntable-cell\tLänsstyrelsen\n");
  std::vector<std::pair<int, int>> positions;
  for (const Block& b : doc.blocks) positions.emplace_back(b.table->row, b.table->column);
  EXPECT_EQ(positions, (std::vector<std::pair<int, int>>{{0, 0}, {0, 3}, {1, 0}, {1, 2}, {1, 3}}));
}

TEST_F(OdfFeature, StylesDecideHeadingsTitleAndContents) {
  const std::string styles =
      R"(<style:style style:name="Title" style:family="paragraph"/>)"
      R"(<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"/>)"
      R"(<style:style style:name="Avsnitt" style:family="paragraph" style:default-outline-level="3"/>)"
      R"(<style:style style:name="Underavsnitt" style:family="paragraph" style:parent-style-name="Avsnitt"/>)"
      R"(<style:style style:name="Rubrik_20_4" style:family="paragraph"/>)"
      R"(<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"/>)"
      R"(<style:style style:name="Loop" style:family="paragraph" style:parent-style-name="Loop"/>)";
  const Document doc = read(
      "<text:p text:style-name=\"Title\">Strategi</text:p>"
      "<text:p text:style-name=\"Contents_20_1\">1 Inledning</text:p>"
      "<text:h text:outline-level=\"1\">Inledning</text:h>"
      "<text:p text:style-name=\"Heading_20_2\">Syfte</text:p>"
      "<text:p text:style-name=\"Underavsnitt\">Delmål</text:p>"
      "<text:p text:style-name=\"Rubrik_20_4\">Djupare</text:p>"
      "<text:p text:style-name=\"Loop\">Brödtext.</text:p>"
      "<text:h>Utan nivå</text:h>",
      styles);
  EXPECT_EQ(blocks_tsv(doc),
            "title\tStrategi\ntoc-entry\t1 Inledning\nheading:1\tInledning\nheading:2\tSyfte\nheading:3\tDelmål\n"
            "heading:4\tDjupare\nparagraph\tBrödtext.\nheading:1\tUtan nivå\n");
}

TEST_F(OdfFeature, ListsGiveListItemsWithTheirDepthAndNoLabels) {
  const Document doc = read(
      "<text:list><text:list-header><text:p>Rubrik i listan</text:p></text:list-header>"
      "<text:list-item text:start-value=\"3\"><text:p>Första</text:p><text:list><text:list-item><text:p>Inre</text:p>"
      "</text:list-item></text:list></text:list-item><text:list-item><text:h text:outline-level=\"2\">Numrerad rubrik</text:h>"
      "</text:list-item></text:list><text:numbered-paragraph text:level=\"2\"><text:p>Numrerat stycke</text:p></text:numbered-paragraph>");
  EXPECT_EQ(blocks_tsv(doc),
            "list-item\tRubrik i listan\nlist-item\tFörsta\nlist-item\tInre\nheading:2\tNumrerad rubrik\nlist-item\tNumrerat stycke\n");
  EXPECT_EQ(doc.blocks[2].level, 1);
  EXPECT_EQ(doc.blocks[4].level, 1);
}

TEST_F(OdfFeature, TableOfContentsEntriesAreMarkedAndTemplatesSkipped) {
  const Document doc = read(
      "<text:table-of-content text:name=\"Innehåll1\"><text:table-of-content-source text:outline-level=\"2\">"
      "<text:index-title-template>MALLRUBRIK</text:index-title-template></text:table-of-content-source>"
      "<text:index-body><text:index-title><text:p>Innehåll</text:p></text:index-title>"
      "<text:p>1 Mål<text:tab/>2</text:p></text:index-body></text:table-of-content>"
      "<text:h text:outline-level=\"1\">1 Mål</text:h>");
  EXPECT_EQ(blocks_tsv(doc), "toc-entry\tInnehåll\ntoc-entry\t1 Mål\\t2\nheading:1\t1 Mål\n");
}

TEST_F(OdfFeature, HeadersAndFootersComeFromMasterPages) {
  const std::string master =
      "<style:master-page style:name=\"Standard\"><style:header><text:p>Länsstyrelsen<text:tab/>Remiss</text:p>"
      "</style:header><style:header-left><text:p>Vänstersidhuvud</text:p></style:header-left>"
      "<style:footer><text:p>Sida <text:page-number>3</text:page-number></text:p></style:footer></style:master-page>"
      "<style:master-page style:name=\"Dold\"><style:header style:display=\"false\"><text:p>DOLT</text:p></style:header>"
      "</style:master-page>";
  const Document doc = read("<text:p>Brödtext.</text:p>", "", master);
  EXPECT_EQ(blocks_tsv(doc),
            "paragraph\tBrödtext.\nheader\tLänsstyrelsen\\tRemiss\nheader\tVänstersidhuvud\nfooter\tSida 3\n");
  EXPECT_EQ(plain_text(doc), "Brödtext.\n");
}

TEST_F(OdfFeature, LayoutCharactersAreNotText) {
  const Document doc = read("<text:p>FN\u2011konventionen om jämställd\u00ADhet \uF0B7gäller.</text:p>");
  EXPECT_EQ(blocks_tsv(doc), "paragraph\tFN-konventionen om jämställdhet gäller.\n");
}

TEST_F(OdfFeature, MetadataIsNeverText) {
  const Document doc = read("<text:p>Text.</text:p>");
  for (const Block& b : doc.blocks) EXPECT_EQ(b.text.find("METADATA"), std::string::npos);
}

// --- Hostile and unusual files ----------------------------------------------------------------

std::string code_of(const Outcome<LoadedDocument>& r) { return r ? "ok" : std::string(r.failure().code.name()); }

TEST(OdfHostile, ExternalEntityInContentXmlIsRefused) {
  TempDir dir;
  write_file(dir / "hemlig.txt", "HEMLIGT-INNEHÅLL");
  auto parts = odt("<text:p>&xxe;</text:p>");
  parts[1].second.insert(parts[1].second.find("<office:document-content"),
                         "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"file://" + (dir / "hemlig.txt").string() + "\">]>");
  write_zip(dir / "xxe.odt", parts);
  auto r = read_document((dir / "xxe.odt").string(), ReadLimits{});
  ASSERT_EQ(code_of(r), "xml-forbidden");
  EXPECT_NE(r.failure().message.find("content.xml"), std::string::npos);
  EXPECT_EQ(r.failure().message.find("HEMLIGT"), std::string::npos);
}

TEST(OdfHostile, ExternalEntityInFodtIsRefused) {
  TempDir dir;
  write_file(dir / "hemlig.txt", "HEMLIGT-INNEHÅLL");
  std::string bytes = fodt("<text:p>&xxe;</text:p>");
  bytes.insert(bytes.find("<office:document"),
               "<!DOCTYPE office:document [<!ENTITY xxe SYSTEM \"file://" + (dir / "hemlig.txt").string() + "\">]>");
  write_file(dir / "xxe.fodt", bytes);
  auto r = read_document((dir / "xxe.fodt").string(), ReadLimits{});
  ASSERT_EQ(code_of(r), "xml-forbidden");
  EXPECT_EQ(r.failure().message.find("HEMLIGT"), std::string::npos);
}

TEST(OdfHostile, BillionLaughsIsRefusedQuickly) {
  TempDir dir;
  std::string dtd = "<!DOCTYPE office:document [<!ENTITY a0 \"ha\">";
  for (int i = 1; i < 10; ++i) {
    dtd += "<!ENTITY a" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&a" + std::to_string(i - 1) + ";";
    dtd += "\">";
  }
  dtd += "]>";
  std::string bytes = fodt("<text:p>&a9;</text:p>");
  bytes.insert(bytes.find("<office:document"), dtd);
  write_file(dir / "skratt.fodt", bytes);
  auto parts = odt("<text:p>&a9;</text:p>");
  parts[1].second.insert(parts[1].second.find("<office:document-content"), dtd);
  write_zip(dir / "skratt.odt", parts);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(code_of(read_document((dir / "skratt.fodt").string(), ReadLimits{})), "xml-forbidden");
  EXPECT_EQ(code_of(read_document((dir / "skratt.odt").string(), ReadLimits{})), "xml-forbidden");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(OdfHostile, MalformedXmlNamesThePartAndLine) {
  TempDir dir;
  auto parts = odt("<text:p>öppen\n\n</text:span></text:p>");
  write_zip(dir / "fel.odt", parts);
  auto zipped = read_document((dir / "fel.odt").string(), ReadLimits{});
  ASSERT_EQ(code_of(zipped), "xml-malformed");
  EXPECT_NE(zipped.failure().message.find("content.xml"), std::string::npos);
  EXPECT_NE(zipped.failure().message.find("line 3"), std::string::npos) << zipped.failure().message;

  write_file(dir / "fel.fodt", fodt("<text:p>öppen\n\n</text:span></text:p>"));
  auto flat = read_document((dir / "fel.fodt").string(), ReadLimits{});
  ASSERT_EQ(code_of(flat), "xml-malformed");
  EXPECT_NE(flat.failure().message.find("line 3"), std::string::npos) << flat.failure().message;
}

TEST(OdfHostile, TruncatedOdtIsCorruptZip) {
  TempDir dir;
  write_zip(dir / "hel.odt", odt("<text:p>Kvinnor och män</text:p>"));
  const std::string bytes = read_file(dir / "hel.odt");
  write_file(dir / "trasig.odt", bytes.substr(0, bytes.size() / 2));
  EXPECT_EQ(code_of(read_document((dir / "trasig.odt").string(), ReadLimits{})), "corrupt-zip");
}

TEST(OdfHostile, EncryptedOdtIsNamed) {
  TempDir dir;
  auto parts = odt("<text:p>x</text:p>");
  parts[4].second.insert(parts[4].second.find("</manifest:manifest>"),
                         "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry>");
  parts[1].second = std::string("\x8f\x12\xff\x00 krypterat", 14);
  write_zip(dir / "skyddad.odt", parts);
  EXPECT_EQ(code_of(read_document((dir / "skyddad.odt").string(), ReadLimits{})), "encrypted");
}

TEST(OdfHostile, SpreadsheetsAreNotTextDocuments) {
  TempDir dir;
  auto parts = odt("");
  parts[0].second = "application/vnd.oasis.opendocument.spreadsheet";
  write_zip(dir / "kalkyl.ods", parts);
  EXPECT_EQ(code_of(read_document((dir / "kalkyl.ods").string(), ReadLimits{})), "unsupported-format");
  std::string flat = fodt("");
  flat.replace(flat.find("<office:text>"), 13, "<office:spreadsheet>");
  flat.replace(flat.find("</office:text>"), 14, "</office:spreadsheet>");
  write_file(dir / "kalkyl.fods", flat);
  EXPECT_EQ(code_of(read_document((dir / "kalkyl.fods").string(), ReadLimits{})), "unsupported-format");
}

TEST(OdfHostile, DeepNestingIsRefusedNotACrash) {
  TempDir dir;
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<text:span>";
  for (int i = 0; i < 100000; ++i) deep += "</text:span>";
  write_file(dir / "djup.fodt", fodt("<text:p>" + deep + "</text:p>"));
  EXPECT_EQ(code_of(read_document((dir / "djup.fodt").string(), ReadLimits{})), "xml-malformed");
}

TEST(OdfLarge, OneParagraphLargerThanLibxml2sTextNodeCapIsRead) {
  // libxml2 refuses text nodes above 10 MB unless XML_PARSE_HUGE; a flat file may hold one.
  TempDir dir;
  std::string paragraph;
  const std::string sentence = "Kvinnor och män ska ha samma makt att forma samhället. ";
  while (paragraph.size() < (24u << 20)) paragraph += sentence;
  write_file(dir / "lang.fodt", fodt("<text:p>" + paragraph + "</text:p>"));
  auto r = read_document((dir / "lang.fodt").string(), ReadLimits{});
  ASSERT_TRUE(r) << r.failure().code << ": " << r.failure().message;
  ASSERT_EQ(r->document.blocks.size(), 1u);
  EXPECT_EQ(r->document.blocks[0].text.size(), paragraph.size() - 1);  // the trailing space is trimmed

  ReadLimits small;
  small.max_file_bytes = 16u << 20;
  EXPECT_EQ(code_of(read_document((dir / "lang.fodt").string(), small)), "too-large");
}

TEST(OdfUnusual, Utf16FodtIsRead) {
  TempDir dir;
  std::string utf8 = fodt("<text:p>Jämställdhet i Västerskog</text:p>");
  utf8.replace(utf8.find("UTF-8"), 5, "UTF-16");
  // UTF-16LE with a BOM; every character here is in the BMP.
  std::u16string wide;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    char32_t cp = c;
    int extra = c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra) cp = c & (extra == 2 ? 0x0F : 0x1F);
    for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    wide += static_cast<char16_t>(cp);
    i += 1 + extra;
  }
  std::string bytes = "\xFF\xFE";
  for (char16_t u : wide) {
    bytes += static_cast<char>(u & 0xFF);
    bytes += static_cast<char>(u >> 8);
  }
  write_file(dir / "utf16.fodt", bytes);
  auto r = read_document((dir / "utf16.fodt").string(), ReadLimits{});
  ASSERT_TRUE(r) << r.failure().code << ": " << r.failure().message;
  EXPECT_EQ(r->document.format, "fodt");
  EXPECT_EQ(blocks_tsv(r->document), "paragraph\tJämställdhet i Västerskog\n");
}

}  // namespace
}  // namespace jamkoll

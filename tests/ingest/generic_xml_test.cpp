// Generic XML with a mapping: blocks where text stands, headings and notes where the mapping says.
#include <gtest/gtest.h>

#include "ingest/xml/generic_xml_reader.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

using testing::read_file;
using testing::source_dir;

std::string listing(const Document& d) {
  std::string out;
  for (const Block& b : d.blocks) {
    out += std::string(block_kind_name(b.kind)) + (b.kind == BlockKind::kHeading ? ":" + std::to_string(b.level) : "") +
           "\t" + b.text + "\n";
  }
  return out;
}

TEST(GenericXml, MappingGivesHeadingsListsAndLiftedNotes) {
  const std::string xml = read_file(source_dir() / "tests/fixtures/xml/arende_export.xml");
  auto mapping = parse_xml_mapping(read_file(source_dir() / "tests/fixtures/xml/arende_export.mapping"), "arende_export.mapping");
  ASSERT_TRUE(mapping) << mapping.failure().message;
  auto doc = read_generic_xml(xml, *mapping, ReadLimits{});
  ASSERT_TRUE(doc) << doc.failure().message;
  EXPECT_EQ(listing(*doc),
            "heading:1\tLänsstrategi för jämställdhetsintegrering 2025–2028\n"
            "heading:1\tEkonomisk jämställdhet\n"
            "paragraph\tKvinnor i länet har en lägre medianinkomst än män. Länsstyrelsen ska verka för heltid som norm.\n"
            "heading:2\tInsatser\n"
            "list-item\tDialog med arbetsgivare om ofrivillig deltid.\n"
            "list-item\tUppföljning av lönekartläggningar.\n"
            "footnote\tSCB, inkomststatistik 2023.\n");
  EXPECT_EQ(doc->format, "xml");
}

TEST(GenericXml, WithoutMappingEveryTextElementIsAParagraph) {
  auto doc = read_generic_xml("<a><b>Första stycket <i>med</i> kursiv.</b><c>Andra.</c></a>", XmlMapping{}, ReadLimits{});
  ASSERT_TRUE(doc);
  EXPECT_EQ(listing(*doc), "paragraph\tFörsta stycket med kursiv.\nparagraph\tAndra.\n");
}

TEST(GenericXml, BadMappingLinesAndXPathAreUsageErrors) {
  auto bad = parse_xml_mapping("rubrik //rubrik\n", "m.txt");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.failure().message.find("m.txt:1:"), std::string::npos);
  auto mapping = parse_xml_mapping("heading = //[\n", "m.txt");
  ASSERT_TRUE(mapping);
  auto doc = read_generic_xml("<a>text</a>", *mapping, ReadLimits{});
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.failure().code, "usage");
}

TEST(GenericXml, CommandLineTakesTheMappingFile) {
  const std::string xml = (source_dir() / "tests/fixtures/xml/arende_export.xml").string();
  const std::string mapping = (source_dir() / "tests/fixtures/xml/arende_export.mapping").string();
  const auto mapped = testing::run_jamkoll({"extract", "--xml-mapping", mapping, xml});
  EXPECT_EQ(mapped.exit_code, 0) << mapped.err;
  EXPECT_NE(mapped.out.find("heading 2"), std::string::npos) << mapped.out;
  EXPECT_EQ(mapped.out.find("intern kommentar"), std::string::npos);  // skipped by the mapping
  const auto check = testing::run_jamkoll({"check", "--format", "json", "--xml-mapping", mapping, xml});
  EXPECT_NE(check.out.find("\"format\": \"xml\""), std::string::npos);
  testing::TempDir dir;
  testing::write_file(dir / "fel.mapping", "rubrik\n");
  EXPECT_EQ(testing::run_jamkoll({"extract", "--xml-mapping", (dir / "fel.mapping").string(), xml}).exit_code, 64);
}

TEST(GenericXml, EntitiesAreNeverExpanded) {
  auto doc = read_generic_xml("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>",
                              XmlMapping{}, ReadLimits{});
  ASSERT_FALSE(doc);
  EXPECT_EQ(doc.failure().code, "xml-forbidden");
}

}  // namespace
}  // namespace jamkoll

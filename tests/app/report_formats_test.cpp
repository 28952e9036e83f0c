// The reviewer formats of `jamkoll check`: CSV (parsed back), Excel CSV, matrix CSV, JUnit
// (validated), self-contained HTML, -o written atomically, no progress noise off a terminal.
#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlschemas.h>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::parse_csv;
using testing::run_jamkoll;
using testing::source_dir;
using testing::TempDir;

const std::string kSamples = (source_dir() / "samples").string();

json report_json() { return json::parse(run_jamkoll({"check", "--format", "json", kSamples}).out); }

TEST(CsvFormat, ParsesBackToOneRowPerDocumentAndTarget) {
  const json report = report_json();
  const auto r = run_jamkoll({"check", "--format", "csv", kSamples});
  EXPECT_EQ(r.exit_code, 1);
  const auto rows = parse_csv(r.out, ',');
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0], (std::vector<std::string>{"path", "target", "kind", "label", "required", "status", "score", "evidence",
                                               "why_code", "profile", "statement", "heading", "why"}));
  std::size_t expected = 0;
  for (const json& d : report.at("documents")) expected += d.at("targets").size();
  ASSERT_EQ(rows.size(), expected + 1);
  std::size_t i = 1;
  for (const json& d : report.at("documents")) {
    for (const json& t : d.at("targets")) {
      const auto& row = rows[i++];
      ASSERT_EQ(row.size(), 13u);
      EXPECT_EQ(row[0], d.at("path"));
      EXPECT_EQ(row[1], t.at("id"));
      EXPECT_EQ(row[5], t.at("status"));
      EXPECT_EQ(row[7], t.at("evidence").empty() ? "" : t.at("evidence")[0].at("text").get<std::string>());
      EXPECT_EQ(row[8], t.value("why_code", ""));
      std::string profile;
      for (const char* kind : {"analysis", "objective", "activity", "responsibility", "indicator", "timeframe"}) {
        if (t.at("profile").at(kind).get<int>() > 0) profile += (profile.empty() ? "" : ";") + std::string(kind);
      }
      EXPECT_EQ(row[9], profile);
      EXPECT_EQ(row[10], t.at("evidence").empty() ? "" : t.at("evidence")[0].at("statement").get<std::string>());
    }
  }
}

TEST(CsvFormat, ExcelVariantHasBomSemicolonsAndDecimalCommas) {
  const auto r = run_jamkoll({"check", "--format", "csv", "--excel", kSamples});
  ASSERT_EQ(r.out.rfind("\xEF\xBB\xBF", 0), 0u);
  const auto rows = parse_csv(r.out.substr(3), ';');
  ASSERT_GT(rows.size(), 1u);
  EXPECT_EQ(rows[0].size(), 13u);
  EXPECT_NE(rows[1][6].find(','), std::string::npos) << rows[1][6];  // "0,984"
  EXPECT_EQ(rows[1][6].find('.'), std::string::npos);
}

TEST(CsvFormat, MatrixHasOneColumnPerTargetInPackOrder) {
  const json report = report_json();
  const auto rows = parse_csv(run_jamkoll({"check", "--format", "matrix-csv", kSamples}).out, ',');
  ASSERT_EQ(rows.size(), report.at("documents").size() + 1);
  const json& targets = report.at("documents")[0].at("targets");
  ASSERT_EQ(rows[0].size(), targets.size() + 2);  // path, one column per target, error
  for (std::size_t i = 0; i < targets.size(); ++i) {
    EXPECT_EQ(rows[0][i + 1], targets[i].at("id"));
    EXPECT_EQ(rows[1][i + 1], targets[i].at("status"));
  }
}

TEST(JunitFormat, ValidatesAndFailsExactlyTheRequiredGaps) {
  TempDir dir;
  const auto r = run_jamkoll({"check", "--format", "junit", "-o", (dir / "junit.xml").string(), kSamples});
  EXPECT_EQ(r.exit_code, 1);
  const std::string xsd = testing::read_file(source_dir() / "tests/fixtures/junit/junit.xsd");
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size()));
  xmlSchemaPtr schema = xmlSchemaParse(parser);
  xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(schema);
  EXPECT_EQ(xmlSchemaValidateFile(valid, (dir / "junit.xml").c_str(), 0), 0);
  xmlSchemaFreeValidCtxt(valid);
  xmlSchemaFree(schema);
  xmlSchemaFreeParserCtxt(parser);
  std::size_t gaps = 0;
  const json report = report_json();
  for (const json& d : report.at("documents")) {
    for (const json& t : d.at("targets")) gaps += t.at("required") == true && t.at("status") != "addressed";
  }
  const std::string xml = testing::read_file(dir / "junit.xml");
  std::size_t failures = 0;
  for (std::size_t at = xml.find("<failure"); at != std::string::npos; at = xml.find("<failure", at + 1)) ++failures;
  EXPECT_EQ(failures, gaps);
  // Every addressed required target carries its commitment profile.
  std::size_t addressed = 0, profiles = 0;
  for (const json& d : report.at("documents")) {
    for (const json& t : d.at("targets")) addressed += t.at("required") == true && t.at("status") == "addressed";
  }
  for (std::size_t at = xml.find("<system-out>Innehåll: "); at != std::string::npos;
       at = xml.find("<system-out>Innehåll: ", at + 1)) {
    ++profiles;
  }
  EXPECT_EQ(profiles, addressed);
}

TEST(HtmlFormat, IsOneSelfContainedAccessibleFile) {
  TempDir dir;
  const auto r = run_jamkoll({"check", "--format", "html", "-o", (dir / "r.html").string(), kSamples});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(r.out.empty());  // the report went to the file
  const std::string html = testing::read_file(dir / "r.html");
  EXPECT_NE(html.find("<html lang=\"sv\">"), std::string::npos);
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("href=\"http"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "r.html", "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  ASSERT_NE(doc, nullptr);
  xmlFreeDoc(doc);
  const json report = report_json();
  const std::size_t documents = report.at("documents").size();
  const std::size_t targets = report.at("documents")[0].at("targets").size();
  std::size_t row_headers = 0, cells = 0;
  for (std::size_t at = html.find("<th scope=\"row\"><a"); at != std::string::npos; at = html.find("<th scope=\"row\"><a", at + 1)) ++row_headers;
  const std::string cell = "<span aria-hidden=\"true\">";
  for (std::size_t at = html.find(cell); at != std::string::npos; at = html.find(cell, at + 1)) ++cells;
  EXPECT_EQ(row_headers, documents);
  EXPECT_EQ(cells, documents * targets);
  EXPECT_EQ(fs::directory_iterator(dir.path()) == fs::directory_iterator(), false);
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir.path())) files += e.is_regular_file();
  EXPECT_EQ(files, 1u);  // no temporary file left behind
}

TEST(HtmlFormat, EnglishOnRequest) {
  const auto r = run_jamkoll({"check", "--format", "html", "--lang", "en", (source_dir() / "samples/komplett_strategi.docx").string()});
  EXPECT_NE(r.out.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(r.out.find("addressed"), std::string::npos);
}

TEST(ReportFormats, PdfEvidenceNamesItsPageOtherPartsStayOut) {
  const std::string pdf = (source_dir() / "samples/aktivitetsplan_pdf.pdf").string();
  const std::string docx = (source_dir() / "samples/aktivitetsplan.docx").string();
  EXPECT_NE(run_jamkoll({"check", pdf}).out.find("[Aktiviteter · sida 1]"), std::string::npos);
  EXPECT_NE(run_jamkoll({"check", "--lang", "en", pdf}).out.find("[Aktiviteter · page 1]"), std::string::npos);
  EXPECT_NE(run_jamkoll({"check", "--format", "html", pdf}).out.find(" · sida 1 · "), std::string::npos);
  const std::string from_docx = run_jamkoll({"check", docx}).out;
  EXPECT_EQ(from_docx.find("document.xml"), std::string::npos);
  EXPECT_NE(from_docx.find("[Aktiviteter]"), std::string::npos);
}

TEST(Output, UnwritableOutputIsExitTwo) {
  EXPECT_EQ(run_jamkoll({"check", "-o", "/finns/inte/r.json", kSamples}).exit_code, 2);
}

TEST(Output, NoProgressNoiseWhenStderrIsNotATerminal) {
  const auto r = run_jamkoll({"check", "--format", "json", kSamples});
  EXPECT_TRUE(r.err.empty()) << r.err;
}

}  // namespace
}  // namespace jamkoll

namespace jamkoll {
namespace {

// The commitment profile and the statement type of each evidence reach the readable reports.
TEST(ProfileInReports, TextAndHtmlShowTheProfileAndWhatEachEvidenceIs) {
  const std::string draft = (source_dir() / "samples/partiell_rabblar_mal.docx").string();
  const auto text = run_jamkoll({"check", draft});
  EXPECT_NE(text.out.find("Innehåll: "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find(" · saknas: "), std::string::npos) << text.out;
  const auto english = run_jamkoll({"check", "--lang", "en", draft});
  EXPECT_NE(english.out.find("Content: "), std::string::npos) << english.out;
  const auto html = run_jamkoll({"check", "--format", "html", draft});
  EXPECT_NE(html.out.find("<p class=\"profile\">Innehåll: "), std::string::npos);
  EXPECT_NE(html.out.find("Räknas inte: uppräkning"), std::string::npos);  // a recited goal's evidence
}

}  // namespace
}  // namespace jamkoll

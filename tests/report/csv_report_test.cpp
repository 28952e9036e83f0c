// The CSV writers (report/csv_report.h) on a verdict model built in code: csv version 3 columns, one row per document × target, RFC 4180 quoting, neutralised cells, the Excel variant and matrix-csv.
#include <gtest/gtest.h>

#include <sstream>

#include "report/csv_report.h"
#include "report/writer_fixture.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fx = writer_fixture;
using testing::parse_csv;
using Rows = std::vector<std::vector<std::string>>;

std::string csv(const std::vector<DocumentResult>& results, bool excel = false, Language language = Language::kSwedish) {
  std::ostringstream out;
  write_csv_report(out, results, fx::context(language), CsvOptions{excel});
  return out.str();
}

const std::vector<std::string>& row_of(const Rows& rows, const std::string& target) {
  for (const auto& row : rows) {
    if (row.size() > 1 && row[1] == target) return row;
  }
  throw std::runtime_error("no row for " + target);
}

const std::vector<std::string> kHeader = {"path",     "target",  "kind",      "label",   "required", "status", "score",
                                          "evidence", "why_code", "profile", "statement", "heading",  "why"};

TEST(CsvReportWriter, HasTheStableHeaderAndOneRowPerDocumentAndTarget) {
  const std::string out = csv(fx::both());
  EXPECT_EQ(out.rfind("path,target,kind,label,required,status,score,evidence,why_code,profile,statement,heading,why\r\n", 0), 0u);
  EXPECT_NE(out.substr(0, 3), "\xEF\xBB\xBF");  // no BOM for programs
  const Rows rows = parse_csv(out, ',');
  ASSERT_EQ(rows.size(), 1 + fx::pack().targets.size() + 1);  // header, the draft's targets, the unreadable file
  EXPECT_EQ(rows[0], kHeader);
  for (std::size_t i = 1; i < rows.size(); ++i) EXPECT_EQ(rows[i].size(), kHeader.size()) << i;
  // The draft's rows in pack order.
  for (std::size_t i = 0; i < fx::pack().targets.size(); ++i) {
    EXPECT_EQ(rows[1 + i][0], fx::kDraftPath);
    EXPECT_EQ(rows[1 + i][1], fx::pack().targets[i].id);
  }
}

TEST(CsvReportWriter, WritesEachTargetsVerdictInItsColumns) {
  const Rows rows = parse_csv(csv(fx::both()), ',');
  EXPECT_EQ(row_of(rows, "goal.economy"),
            (std::vector<std::string>{fx::kDraftPath, "goal.economy", "goal", "Ekonomisk jämställdhet", "true", "addressed",
                                      "0.875", fx::kAddressedText, "", "analysis;objective", "objective",
                                      "3 Mål › 3.2 Ekonomisk jämställdhet", ""}));
  EXPECT_EQ(row_of(rows, "goal.health"),
            (std::vector<std::string>{fx::kDraftPath, "goal.health", "goal", fx::target("goal.health").label_sv, "true",
                                      "mentioned", "0.100", fx::kMentionedText, "recitation", "", "not-substantive",
                                      "1 Inledning",
                                      "Nämns bara i en uppräkning av mål eller områden, inte som eget arbete."}));
  const auto& missing = row_of(rows, "area.planning");
  EXPECT_EQ(missing[2], "area");
  EXPECT_EQ(missing[5], "missing");
  EXPECT_EQ(missing[6], "0.000");
  EXPECT_EQ(missing[7], "");
  EXPECT_EQ(missing[8], "");
  EXPECT_EQ(row_of(rows, "area.rural")[4], "false");
  EXPECT_EQ(row_of(rows, "req.conditions")[2], "requirement");
}

TEST(CsvReportWriter, QuotesFieldsWithCommasQuotesAndLineBreaks) {
  const std::string out = csv({fx::checked_draft()});
  // The comma and the quotes: one quoted field, the quotes doubled.
  EXPECT_NE(out.find(",\"Lönegapet mellan kvinnor & män ska halveras, enligt \"\"Mål <2030>\"\" i den regionala planen.\","),
            std::string::npos)
      << out;
  // The line break stays inside the quoted field.
  EXPECT_NE(out.find(",\"Strategin omfattar målen:\nmakt, ekonomi, hälsa och våld.\","), std::string::npos) << out;
  // A plain field is not quoted.
  EXPECT_NE(out.find("\r\n" + fx::kDraftPath + ",goal.economy,goal,Ekonomisk jämställdhet,true,addressed,0.875,"),
            std::string::npos)
      << out;
}

TEST(CsvReportWriter, AnUnreadableFileIsOneErrorRowWithCodeAndMessage) {
  const Rows rows = parse_csv(csv({fx::broken_file()}), ',');
  ASSERT_EQ(rows.size(), 2u);
  std::vector<std::string> expected(kHeader.size());
  expected[0] = fx::kBrokenPath;
  expected[5] = "error";
  expected[7] = "corrupt-zip: " + fx::kBrokenMessage;
  EXPECT_EQ(rows[1], expected);
}

TEST(CsvReportWriter, NeutralisesCellsASpreadsheetWouldRunAsFormulas) {
  EXPECT_EQ(neutralised_csv_cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
  EXPECT_EQ(neutralised_csv_cell("-5 %"), "'-5 %");
  EXPECT_EQ(neutralised_csv_cell("'citat"), "''citat");
  EXPECT_EQ(neutralised_csv_cell("Lönegapet"), "Lönegapet");
  EXPECT_EQ(neutralised_csv_cell(""), "");
  DocumentResult draft = fx::checked_draft();
  for (TargetVerdict& t : draft.verdict.targets) {
    if (t.target->id == "goal.economy") t.evidence.front().text = "@SUMMA(A1:A9)";
  }
  const std::string out = csv({draft});
  EXPECT_NE(out.find(",\"'@SUMMA(A1:A9)\","), std::string::npos) << out;  // quoted too
  EXPECT_EQ(row_of(parse_csv(out, ','), "goal.economy")[7], "'@SUMMA(A1:A9)");
}

TEST(CsvReportWriter, TheExcelVariantHasABomSemicolonsADecimalCommaAndWords) {
  const std::string out = csv(fx::both(), true);
  ASSERT_EQ(out.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(out.rfind("\xEF\xBB\xBF" "dokument;id;typ;benämning;obligatorisk;status;poäng;belägg;skäl;innehåll;"
                     "meningstyp;rubrik;varför\r\n", 0),
            0u)
      << out.substr(0, 200);
  const Rows rows = parse_csv(out, ';');
  ASSERT_EQ(rows.size(), 1 + fx::pack().targets.size() + 1);
  const auto& economy = row_of(rows, "goal.economy");
  EXPECT_EQ(economy[4], "ja");
  EXPECT_EQ(economy[5], "behandlas");
  EXPECT_EQ(economy[6], "0,875");
  EXPECT_EQ(economy[7], fx::kAddressedText);
  EXPECT_EQ(economy[9], "analys, mål");
  EXPECT_EQ(row_of(rows, "goal.health")[5], "nämns");
  EXPECT_EQ(row_of(rows, "area.planning")[5], "saknas");
  EXPECT_EQ(row_of(rows, "area.rural")[4], "nej");
  // The evidence's comma is no separator here: unquoted would be fine, but ';' must not split it.
  EXPECT_EQ(economy.size(), kHeader.size());
  const auto& broken = rows.back();
  EXPECT_EQ(broken[0], fx::kBrokenPath);
  EXPECT_EQ(broken[5], "fel");
  EXPECT_EQ(broken[7], "filen är skadad (inget läsbart zip-arkiv): " + fx::kBrokenMessage);
  // In English.
  const Rows en = parse_csv(csv(fx::both(), true, Language::kEnglish), ';');
  EXPECT_EQ(en[0][0], "document");
  EXPECT_EQ(en[0][3], "name");
  EXPECT_EQ(row_of(en, "goal.economy")[4], "yes");
  EXPECT_EQ(row_of(en, "goal.economy")[5], "addressed");
  EXPECT_EQ(en.back()[5], "error");
}

TEST(CsvReportWriter, TheMatrixHasOneRowPerDocumentAndAnErrorColumn) {
  std::ostringstream out;
  write_matrix_csv_report(out, fx::both(), fx::context(), CsvOptions{});
  const Rows rows = parse_csv(out.str(), ',');
  ASSERT_EQ(rows.size(), 3u);
  std::vector<std::string> header = {"path"};
  for (const Target& t : fx::pack().targets) header.push_back(t.id);
  header.push_back("error");
  EXPECT_EQ(rows[0], header);
  ASSERT_EQ(rows[1].size(), header.size());
  EXPECT_EQ(rows[1][0], fx::kDraftPath);
  for (std::size_t i = 0; i < fx::pack().targets.size(); ++i) {
    const std::string& id = fx::pack().targets[i].id;
    EXPECT_EQ(rows[1][1 + i], id == "goal.economy" ? "addressed" : id == "goal.health" ? "mentioned" : "missing") << id;
  }
  EXPECT_EQ(rows[1].back(), "");
  ASSERT_EQ(rows[2].size(), header.size());
  EXPECT_EQ(rows[2][0], fx::kBrokenPath);
  for (std::size_t i = 1; i + 1 < header.size(); ++i) EXPECT_EQ(rows[2][i], "error");
  EXPECT_EQ(rows[2].back(), "corrupt-zip: " + fx::kBrokenMessage);
  // --excel: columns named by label and id.
  std::ostringstream excel;
  write_matrix_csv_report(excel, fx::both(), fx::context(), CsvOptions{true});
  const Rows readable = parse_csv(excel.str(), ';');
  EXPECT_EQ(readable[0][0], "dokument");
  EXPECT_EQ(readable[0][2], "Ekonomisk jämställdhet (goal.economy)");
  EXPECT_EQ(readable[0].back(), "fel");
  EXPECT_EQ(readable[1][2], "behandlas");
}

}  // namespace
}  // namespace jamkoll

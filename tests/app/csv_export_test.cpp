// The CSV exports for reviewers: heading and why columns at the end of `csv`, Swedish (or English)
// words with --excel, target labels and the error message in `matrix-csv`, and cells that
// Excel would run as formulas neutralised (OWASP CSV injection) — with drafts that contain them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/csv_report.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::parse_csv;
using testing::run_jamkoll;
using testing::source_dir;
using testing::TempDir;

using Rows = std::vector<std::vector<std::string>>;

std::size_t column(const Rows& rows, const std::string& name) {
  const auto& h = rows.at(0);
  const auto it = std::find(h.begin(), h.end(), name);
  EXPECT_NE(it, h.end()) << "no column " << name;
  return static_cast<std::size_t>(it - h.begin());
}

const std::string kSkeleton = (source_dir() / "samples/tidigt_skelett.docx").string();
const std::string kPassing = (source_dir() / "samples/orsaker_och_foljder.docx").string();  // mentions under headings

TEST(CsvExport, PlainCsvAddsHeadingAndWhyAfterTheStableColumns) {
  const auto r = run_jamkoll({"check", "--format", "csv", kPassing});
  const Rows rows = parse_csv(r.out, ',');
  ASSERT_GT(rows.size(), 1u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"path", "target", "kind", "label", "required", "status", "score", "evidence",
                                               "why_code", "profile", "statement", "heading", "why"}));
  const json report = json::parse(run_jamkoll({"check", "--format", "json", kPassing}).out);
  const json& targets = report.at("documents")[0].at("targets");
  ASSERT_EQ(rows.size(), targets.size() + 1);
  bool a_mention_with_heading = false;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const json& t = targets[i];
    const auto& row = rows[i + 1];
    ASSERT_EQ(row.size(), 13u);
    EXPECT_EQ(row[4], t.at("required").get<bool>() ? "true" : "false");
    EXPECT_EQ(row[5], t.at("status"));
    EXPECT_EQ(row[12], t.value("why", "")) << t.at("id");
    std::string heading;
    if (!t.at("evidence").empty()) {
      for (const json& h : t.at("evidence")[0].at("heading")) heading += (heading.empty() ? "" : " › ") + h.get<std::string>();
    }
    EXPECT_EQ(row[11], heading) << t.at("id");
    a_mention_with_heading = a_mention_with_heading || (t.at("status") == "mentioned" && !heading.empty());
  }
  EXPECT_TRUE(a_mention_with_heading);  // the columns are not trivially empty for this draft
}

TEST(CsvExport, ExcelSpeaksSwedishAndEnglishOnRequest) {
  const Rows sv = parse_csv(run_jamkoll({"check", "--format", "csv", "--excel", kSkeleton}).out, ';');
  ASSERT_GT(sv.size(), 1u);
  EXPECT_EQ(sv[0], (std::vector<std::string>{"dokument", "id", "typ", "benämning", "obligatorisk", "status", "poäng", "belägg",
                                             "skäl", "innehåll", "meningstyp", "rubrik", "varför"}));
  std::set<std::string> statuses, required, kinds, reasons;
  for (std::size_t i = 1; i < sv.size(); ++i) {
    statuses.insert(sv[i][5]);
    required.insert(sv[i][4]);
    kinds.insert(sv[i][2]);
    if (!sv[i][8].empty()) reasons.insert(sv[i][8]);
  }
  EXPECT_EQ(statuses, (std::set<std::string>{"behandlas", "nämns", "saknas"}));
  EXPECT_EQ(required, (std::set<std::string>{"ja", "nej"}));
  EXPECT_TRUE(kinds.count("mål") && kinds.count("krav")) << *kinds.begin();
  EXPECT_TRUE(reasons.count("innehållsförteckning")) << "the reason in words, not the code toc";
  EXPECT_FALSE(reasons.count("toc"));

  const Rows en = parse_csv(run_jamkoll({"check", "--format", "csv", "--excel", "--lang", "en", kSkeleton}).out, ';');
  ASSERT_EQ(en.size(), sv.size());
  EXPECT_EQ(en[0][0], "document");
  EXPECT_EQ(en[0][4], "required");
  EXPECT_EQ(en[0][12], "why");
  std::set<std::string> en_statuses;
  for (std::size_t i = 1; i < en.size(); ++i) en_statuses.insert(en[i][5]);
  EXPECT_EQ(en_statuses, (std::set<std::string>{"addressed", "mentioned", "missing"}));
  EXPECT_TRUE(en[1][4] == "yes" || en[1][4] == "no") << en[1][4];
}

TEST(CsvExport, MatrixNamesTargetsByLabelInExcelAndCarriesTheErrorMessage) {
  TempDir dir;
  fs::copy_file(kSkeleton, dir / "utkast.docx");
  testing::write_file(dir / "trasig.docx", "PK\x03\x04 inte ett riktigt zip-arkiv");
  const json report = json::parse(run_jamkoll({"check", "--format", "json", dir.path().string()}).out);
  const json& targets = report.at("documents")[1].at("targets");

  const Rows plain = parse_csv(run_jamkoll({"check", "--format", "matrix-csv", dir.path().string()}).out, ',');
  ASSERT_EQ(plain.size(), 3u);  // header, trasig.docx, utkast.docx
  ASSERT_EQ(plain[0].size(), targets.size() + 2);
  EXPECT_EQ(plain[0].front(), "path");
  EXPECT_EQ(plain[0][1], targets[0].at("id"));
  EXPECT_EQ(plain[0].back(), "error");
  EXPECT_EQ(plain[1][1], "error");
  EXPECT_EQ(plain[1].back().rfind("corrupt-zip: ", 0), 0u) << plain[1].back();
  EXPECT_EQ(plain[2].back(), "");

  const Rows excel = parse_csv(run_jamkoll({"check", "--format", "matrix-csv", "--excel", dir.path().string()}).out, ';');
  ASSERT_EQ(excel.size(), 3u);
  ASSERT_EQ(excel[0].size(), targets.size() + 2);
  EXPECT_EQ(excel[0][1], targets[0].at("label").get<std::string>() + " (" + targets[0].at("id").get<std::string>() + ")");
  EXPECT_EQ(excel[0].back(), "fel");
  EXPECT_EQ(excel[1][1], "fel");
  EXPECT_NE(excel[1].back().find("filen är skadad"), std::string::npos) << excel[1].back();
  EXPECT_EQ(excel[2][1], targets[0].at("status") == "addressed" ? "behandlas"
                         : targets[0].at("status") == "mentioned" ? "nämns"
                                                                  : "saknas");
}

// Drafts whose text Excel would run: a heading that is a formula, evidence sentences that begin
// with + - @ and a tab.
void write_hostile_drafts(const TempDir& dir) {
  testing::write_file(dir / "formler.md",
                      "# =HYPERLINK(\"http://x\")\n\n"
                      "+1 Länsstyrelsen ska minska löneskillnaderna mellan kvinnor och män i länet till 2030.\n\n"
                      "## Hälsa\n\n"
                      "-2 Regionen ansvarar för att kvinnors och mäns hälsa följs upp varje år med indikatorer.\n\n"
                      "## Utbildning\n\n"
                      "@SUM(A1:A9) Skolorna ska arbeta för att flickor och pojkar får samma möjligheter till utbildning.\n");
  const std::string tab_paragraph =
      "<w:p><w:r><w:tab/><w:t>Mäns våld mot kvinnor ska upphöra; länsstyrelsen samordnar insatserna mot våldet.</w:t></w:r></w:p>";
  testing::write_zip(dir / "tabb.docx", testing::minimal_docx(tab_paragraph));
}

// No cell of a parsed report may start a formula; the drafts' formulas are there, quoted.
void expect_neutralised(const Rows& rows, const std::string& variant, const std::vector<std::string>& must_have) {
  std::set<std::string> starts;
  for (const auto& row : rows) {
    for (const std::string& cell : row) {
      ASSERT_TRUE(cell.empty() || std::string("=+-@\t\r").find(cell.front()) == std::string::npos)
          << variant << ": a live cell: " << cell;
      if (cell.size() > 1 && cell.front() == '\'') starts.insert(cell.substr(0, 2));
      for (const std::string& text : must_have) {
        if (cell.find(text) != std::string::npos) {
          EXPECT_EQ(cell.front(), '\'') << variant << ": " << cell;
        }
      }
    }
  }
  for (const char* start : {"'=", "'+", "'-", "'@"}) EXPECT_TRUE(starts.count(start)) << variant << " has no cell " << start;
}

TEST(CsvExport, CellsThatWouldBeFormulasAreNeutralisedInEveryVariant) {
  TempDir dir;
  write_hostile_drafts(dir);
  // Folders whose names start a formula: the path cell of the matrix begins with them when the
  // folder is checked from where it stands.
  const auto csv = run_jamkoll({"check", "--format", "csv", dir.path().string()});
  ASSERT_EQ(csv.exit_code, 1) << csv.err;
  const Rows plain = parse_csv(csv.out, ',');
  const std::vector<std::string> drafted = {"=HYPERLINK(\"http://x\")", "+1 Länsstyrelsen", "-2 Regionen", "@SUM(A1:A9)"};
  expect_neutralised(plain, "csv", drafted);
  // Dropping one leading quote gives the draft's text back: the heading column holds the formula.
  bool heading_back = false;
  for (std::size_t i = 1; i < plain.size(); ++i) {
    heading_back = heading_back || plain[i][column(plain, "heading")] == "'=HYPERLINK(\"http://x\") › Hälsa";
  }
  EXPECT_TRUE(heading_back);
  // The tab before the docx paragraph's text does not reach a cell unneutralised either.
  bool tab_draft_judged = false;
  for (std::size_t i = 1; i < plain.size(); ++i) {
    if (plain[i][0].find("tabb.docx") != std::string::npos && plain[i][1] == "goal.violence") {
      tab_draft_judged = plain[i][5] != "missing";
    }
  }
  EXPECT_TRUE(tab_draft_judged);

  const Rows excel = parse_csv(run_jamkoll({"check", "--format", "csv", "--excel", dir.path().string()}).out, ';');
  expect_neutralised(excel, "csv --excel", drafted);
}

TEST(CsvExport, MatrixPathsAndErrorsAreNeutralised) {
  TempDir dir;
  fs::create_directories(dir / "=cmd");
  fs::copy_file(kSkeleton, dir / "=cmd" / "-utkast.docx");
  testing::write_file(dir / "@trasig.docx", "PK\x03\x04 inte ett zip-arkiv");
  fs::create_directories(dir / "+a");
  fs::copy_file(kSkeleton, dir / "+a" / "b.docx");
  // Checked from inside the folder, the paths are "=cmd/-utkast.docx", "@trasig.docx", "+a/b.docx".
  const fs::path back = fs::current_path();
  fs::current_path(dir.path());
  const std::string plain = run_jamkoll({"check", "--format", "matrix-csv", "."}).out;
  const std::string excel = run_jamkoll({"check", "--format", "matrix-csv", "--excel", "."}).out;
  fs::current_path(back);
  for (const auto& [rows, variant] : {std::pair{parse_csv(plain, ','), "matrix-csv"}, {parse_csv(excel, ';'), "matrix-csv --excel"}}) {
    ASSERT_EQ(rows.size(), 4u) << variant;
    std::set<std::string> paths;
    for (std::size_t i = 1; i < rows.size(); ++i) paths.insert(rows[i][0]);
    EXPECT_EQ(paths, (std::set<std::string>{"'+a/b.docx", "'=cmd/-utkast.docx", "'@trasig.docx"})) << variant;
    for (const auto& row : rows) {
      for (const std::string& cell : row) {
        EXPECT_TRUE(cell.empty() || std::string("=+-@\t\r").find(cell.front()) == std::string::npos) << variant << ": " << cell;
      }
    }
  }
}

TEST(CsvExport, TheCellRuleQuotesFormulaStartsTabsCarriageReturnsAndTheQuoteItself) {
  EXPECT_EQ(neutralised_csv_cell("=1+1"), "'=1+1");
  EXPECT_EQ(neutralised_csv_cell("+46 8 123"), "'+46 8 123");
  EXPECT_EQ(neutralised_csv_cell("-2"), "'-2");
  EXPECT_EQ(neutralised_csv_cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(neutralised_csv_cell("\t=1"), "'\t=1");
  EXPECT_EQ(neutralised_csv_cell("\r=1"), "'\r=1");
  EXPECT_EQ(neutralised_csv_cell("'citat'"), "''citat'");  // one quote dropped gives it back
  EXPECT_EQ(neutralised_csv_cell("Kvinnor = män"), "Kvinnor = män");
  EXPECT_EQ(neutralised_csv_cell(""), "");
  // Written by the writer: quoted, so a tab or CR inside stays inside the cell.
  Target target;
  target.id = "goal.economy";
  target.label_sv = "Ekonomisk jämställdhet";
  TargetVerdict verdict;
  verdict.target = &target;
  verdict.status = Status::kMentioned;
  verdict.why = MentionReason::kPassing;
  Evidence evidence;
  evidence.text = "\t=HYPERLINK(\"http://x\")";
  evidence.heading = {"\r@rubrik"};
  verdict.evidence.push_back(evidence);
  DocumentResult result;
  result.path = "-utkast.docx";
  result.verdict.targets.push_back(verdict);
  RulePack pack;
  const ReportContext context{&pack, Language::kSwedish};
  std::ostringstream out;
  write_csv_report(out, {result}, context, CsvOptions{});
  const Rows rows = parse_csv(out.str(), ',');
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][0], "'-utkast.docx");
  EXPECT_EQ(rows[1][7], "'\t=HYPERLINK(\"http://x\")");
  EXPECT_EQ(rows[1][11], "'\r@rubrik");
  EXPECT_NE(out.str().find("\"'\t=HYPERLINK(\"\"http://x\"\")\""), std::string::npos) << out.str();
}

}  // namespace
}  // namespace jamkoll

// `jamkoll check` as users and scripts see it: the JSON contract, jsonl streaming order, exit
// codes, directory walking and a broken file in a batch.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::run_jamkoll;
using testing::source_dir;
using testing::TempDir;

std::string sample(const std::string& name) { return (source_dir() / "samples" / name).string(); }

const json* target(const json& document, const std::string& id) {
  for (const json& t : document.at("targets")) {
    if (t.at("id") == id) return &t;
  }
  return nullptr;
}

TEST(CheckCommand, JsonReportFollowsTheContract) {
  const auto r = run_jamkoll({"check", "--format", "json", sample("komplett_strategi.docx"),
                              sample("partiell_rabblar_mal.docx"), sample("tidigt_skelett.docx")});
  ASSERT_EQ(r.exit_code, 1) << r.err;  // two of them are incomplete drafts
  const json report = json::parse(r.out);
  EXPECT_EQ(report.at("schema"), "jamkoll.report/1");
  EXPECT_EQ(report.at("tool").at("name"), "jamkoll");
  EXPECT_FALSE(report.at("tool").at("version").get<std::string>().empty());
  EXPECT_EQ(report.at("rulepack").at("id"), "lansstrategi");
  EXPECT_TRUE(std::regex_match(report.at("rulepack").at("sha256").get<std::string>(), std::regex("[0-9a-f]{64}")));
  const json& documents = report.at("documents");
  ASSERT_EQ(documents.size(), 3u);
  std::vector<std::string> paths;
  for (const json& d : documents) paths.push_back(d.at("path"));
  EXPECT_TRUE(std::is_sorted(paths.begin(), paths.end()));
  const std::set<std::string> statuses = {"addressed", "mentioned", "missing"};
  const std::set<std::string> statement_types = {"analysis", "objective", "activity", "responsibility", "indicator",
                                                 "timeframe", "description", "heading", "not-substantive"};
  const std::set<std::string> kinds = {"heading", "paragraph", "list-item", "table-cell", "footnote", "endnote",
                                       "header", "footer", "text-box", "toc-entry", "title"};
  for (const json& d : documents) {
    EXPECT_EQ(d.at("status"), "ok");
    EXPECT_EQ(d.at("format"), "docx");
    EXPECT_TRUE(std::regex_match(d.at("sha256").get<std::string>(), std::regex("[0-9a-f]{64}")));
    ASSERT_GE(d.at("targets").size(), 15u);
    for (const json& t : d.at("targets")) {
      EXPECT_TRUE(statuses.count(t.at("status"))) << t;
      const double score = t.at("score");
      EXPECT_GE(score, 0.0);
      EXPECT_LE(score, 1.0);
      EXPECT_TRUE(t.at("required").is_boolean());
      EXPECT_FALSE(t.at("label").get<std::string>().empty());
      if (t.at("status") == "addressed") {
        ASSERT_FALSE(t.at("evidence").empty()) << t;
        EXPECT_LE(t.at("evidence").size(), 5u);
      }
      if (t.at("status") == "mentioned") {
        EXPECT_FALSE(t.at("why").get<std::string>().empty());
        EXPECT_FALSE(t.at("evidence").empty());
      }
      if (t.at("status") == "missing") {
        EXPECT_TRUE(t.at("evidence").empty());
        EXPECT_FALSE(t.at("tried").empty());
      }
      for (const json& e : t.at("evidence")) {
        EXPECT_FALSE(e.at("text").get<std::string>().empty());
        EXPECT_LE(e.at("text").get<std::string>().size(), 410u);
        EXPECT_TRUE(e.at("heading").is_array());
        EXPECT_GE(e.at("block").get<int>(), 0);
        EXPECT_FALSE(e.at("part").get<std::string>().empty());
        EXPECT_TRUE(kinds.count(e.at("kind"))) << e;
        EXPECT_FALSE(e.at("rule").get<std::string>().empty());
        EXPECT_FALSE(e.at("terms").empty()) << e;
        const std::string statement = e.at("statement");
        EXPECT_TRUE(statement_types.count(statement)) << e;
        // Substantive evidence has a substantive type; a mention's is "not-substantive", with its reason.
        EXPECT_EQ(statement == "not-substantive", e.contains("reason")) << e;
      }
      // The commitment profile: how many substantive sentences carry each kind of substance.
      const json& profile = t.at("profile");
      ASSERT_EQ(profile.size(), 6u) << t;
      int kinds_found = 0;
      for (const char* kind : {"analysis", "objective", "activity", "responsibility", "indicator", "timeframe"}) {
        ASSERT_TRUE(profile.at(kind).is_number_integer()) << t;
        kinds_found += profile.at(kind).get<int>() > 0;
      }
      if (t.at("status") == "missing") {
        EXPECT_EQ(kinds_found, 0) << t;
      }
    }
  }
  // The complete strategy's economy goal has analysis, an objective and activities.
  const json& economy = target(documents[0], "goal.economy")->at("profile");
  EXPECT_GT(economy.at("analysis").get<int>(), 0);
  EXPECT_GT(economy.at("objective").get<int>(), 0);
  EXPECT_GT(economy.at("activity").get<int>(), 0);
  // Labels are Swedish by default.
  EXPECT_EQ(target(documents[0], "goal.economy")->at("label"), "Ekonomisk jämställdhet");
}

TEST(CheckCommand, EnglishLabelsOnRequest) {
  const auto r = run_jamkoll({"check", "--format", "json", "--lang", "en", sample("komplett_strategi.docx")});
  const json report = json::parse(r.out);
  EXPECT_EQ(target(report.at("documents")[0], "goal.economy")->at("label"), "Economic gender equality");
}

TEST(CheckCommand, JsonlHasOneLinePerDocumentInJsonOrder) {
  const auto json_run = run_jamkoll({"check", "--format", "json", sample("")});
  const auto jsonl_run = run_jamkoll({"check", "--format", "jsonl", "-j", "2", sample("")});
  EXPECT_EQ(json_run.exit_code, jsonl_run.exit_code);
  const json report = json::parse(json_run.out);
  std::istringstream lines(jsonl_run.out);
  std::string line;
  std::size_t i = 0;
  while (std::getline(lines, line)) {
    const json d = json::parse(line);
    EXPECT_EQ(d.at("schema"), "jamkoll.document/1");
    ASSERT_LT(i, report.at("documents").size());
    json expected = report.at("documents")[i];
    json got = d;
    got.erase("schema");
    EXPECT_EQ(got, expected);
    ++i;
  }
  EXPECT_EQ(i, report.at("documents").size());
  EXPECT_GE(i, 12u);
}

TEST(CheckCommand, ResultsDoNotDependOnParallelism) {
  const auto one = run_jamkoll({"check", "--format", "json", "-j", "1", sample("")});
  const auto four = run_jamkoll({"check", "--format", "json", "-j", "4", sample("")});
  EXPECT_EQ(one.out, four.out);
}

TEST(CheckCommand, InputFormatOverridesDetection) {
  // Read as plain text, a .docx is zip bytes: a different reading than the detected docx.
  const auto detected = run_jamkoll({"check", "--format", "json", sample("komplett_strategi.docx")});
  const auto forced = run_jamkoll({"check", "--format", "json", "--input-format", "docx", sample("komplett_strategi.docx")});
  EXPECT_EQ(detected.out, forced.out);
  EXPECT_EQ(json::parse(forced.out).at("documents")[0].at("format"), "docx");
}

TEST(CheckCommand, ExitZeroWhenEveryRequiredTargetIsAddressed) {
  const auto r = run_jamkoll({"check", sample("komplett_strategi.docx")});
  EXPECT_EQ(r.exit_code, 0) << r.out;
}

TEST(CheckCommand, RequireAndOptionalOverrideThePack) {
  // komplett_strategi lacks only the optional area.preparedness.
  EXPECT_EQ(run_jamkoll({"check", "--require", "area.preparedness", sample("komplett_strategi.docx")}).exit_code, 1);
  const auto partial = run_jamkoll({"check", "--format", "json", sample("kommunal_plan.docx")});
  ASSERT_EQ(partial.exit_code, 1);
  std::string open;
  const json report = json::parse(partial.out);
  for (const json& t : report.at("documents")[0].at("targets")) {
    if (t.at("required") == true && t.at("status") != "addressed") open += (open.empty() ? "" : ",") + t.at("id").get<std::string>();
  }
  const auto relaxed = run_jamkoll({"check", "--optional", open, sample("kommunal_plan.docx")});
  EXPECT_EQ(relaxed.exit_code, 0) << relaxed.err;
  EXPECT_EQ(run_jamkoll({"check", "--optional", "goal.nonexistent", sample("kommunal_plan.docx")}).exit_code, 64);
}

TEST(CheckCommand, ABrokenFileInABatchIsReportedAndTheRestStillAre) {
  TempDir dir;
  fs::copy_file(sample("komplett_strategi.docx"), dir / "a_bra.docx");
  testing::write_file(dir / "b_trasig.docx", "PK\x03\x04 detta är inte en hel zip");
  fs::copy_file(sample("tidigt_skelett.docx"), dir / "c_skelett.docx");
  const auto r = run_jamkoll({"check", "--format", "json", dir.path().string()});
  EXPECT_EQ(r.exit_code, 2);
  const json documents = json::parse(r.out).at("documents");
  ASSERT_EQ(documents.size(), 3u);
  EXPECT_EQ(documents[0].at("status"), "ok");
  EXPECT_EQ(documents[1].at("status"), "error");
  EXPECT_EQ(documents[1].at("error").at("code"), "corrupt-zip");
  EXPECT_FALSE(documents[1].at("error").at("message").get<std::string>().empty());
  EXPECT_EQ(documents[2].at("status"), "ok");
  EXPECT_NE(r.err.find("b_trasig.docx"), std::string::npos);  // the log names the file
}

TEST(CheckCommand, MissingPathIsExitTwoWithAnErrorEntry) {
  const auto r = run_jamkoll({"check", "--format", "json", sample("komplett_strategi.docx"), "/finns/inte.docx"});
  EXPECT_EQ(r.exit_code, 2);
  const json documents = json::parse(r.out).at("documents");
  ASSERT_EQ(documents.size(), 2u);
  // Entries are sorted by path, so where the missing one stands depends on where the clone lives.
  const auto missing = std::find_if(documents.begin(), documents.end(),
                                    [](const json& d) { return d.at("path") == "/finns/inte.docx"; });
  ASSERT_NE(missing, documents.end());
  EXPECT_EQ(missing->at("status"), "error");
  EXPECT_EQ(missing->at("error").at("code"), "not-found");
  const auto found = missing == documents.begin() ? documents.begin() + 1 : documents.begin();
  EXPECT_EQ(found->at("status"), "ok");
}

TEST(CheckCommand, EmptyDirectoryIsExitTwo) {
  TempDir dir;
  const auto r = run_jamkoll({"check", dir.path().string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no documents found"), std::string::npos);
}

TEST(CheckCommand, DirectoryWalkSkipsLockHiddenAndExpectedFiles) {
  TempDir dir;
  fs::create_directories(dir / "under");
  fs::copy_file(sample("komplett_strategi.docx"), dir / "under" / "strategi.docx");
  testing::write_file(dir / "~$strategi.docx", "lock");
  testing::write_file(dir / ".dold.docx", "hidden");
  testing::write_file(dir / "strategi.expected.json", "{}");
  testing::write_file(dir / "bild.png", "png");
  const auto r = run_jamkoll({"check", "--format", "json", dir.path().string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const json documents = json::parse(r.out).at("documents");
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].at("path"), (dir / "under" / "strategi.docx").string());
  // A file named explicitly is always read, whatever its name.
  const auto lock = run_jamkoll({"check", "--format", "json", (dir / "~$strategi.docx").string()});
  EXPECT_EQ(lock.exit_code, 2);
  EXPECT_EQ(json::parse(lock.out).at("documents")[0].at("status"), "error");
}

TEST(CheckCommand, StdoutHoldsOnlyTheReport) {
  TempDir dir;
  testing::write_file(dir / "trasig.docx", "PK\x03\x04");
  const auto r = run_jamkoll({"check", "--format", "json", (dir / "trasig.docx").string()});
  EXPECT_TRUE(json::accept(r.out));
  EXPECT_FALSE(r.err.empty());
}

TEST(CheckCommand, UsageErrorsAreExit64) {
  EXPECT_EQ(run_jamkoll({"check"}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"check", "--input-format", "yaml", sample("")}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"check", "--format", "yaml", sample("")}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"check", "--no-such-option", sample("")}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"frobnicate"}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({}).exit_code, 64);
}

TEST(CheckCommand, VersionAndHelp) {
  const auto version = run_jamkoll({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("jamkoll ", 0), 0u);
  const auto help = run_jamkoll({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("check"), std::string::npos);
}

TEST(CheckCommand, TextReportIsSwedishByDefault) {
  const auto r = run_jamkoll({"check", sample("tidigt_skelett.docx")});
  EXPECT_NE(r.out.find("saknas"), std::string::npos);
  EXPECT_NE(r.out.find("nämns"), std::string::npos);
  const auto en = run_jamkoll({"check", "--lang", "en", sample("tidigt_skelett.docx")});
  EXPECT_NE(en.out.find("missing"), std::string::npos);
}

}  // namespace
}  // namespace jamkoll

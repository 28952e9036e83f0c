// `jamkoll diff OLD NEW` and `check --baseline`: gains, losses and unchanged drafts.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace jamkoll {
namespace {

using nlohmann::json;
using testing::run_jamkoll;
using testing::source_dir;
using testing::TempDir;

std::string sample(const std::string& name) { return (source_dir() / "samples" / name).string(); }

const json* change_of(const json& diff, const std::string& id) {
  for (const json& t : diff.at("targets")) {
    if (t.at("id") == id) return &t;
  }
  return nullptr;
}

TEST(Diff, GainsAreReportedWithEvidenceAndExitZero) {
  const auto r = run_jamkoll({"diff", "--format", "json", sample("tidigt_skelett.docx"), sample("komplett_strategi.docx")});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  const json diff = json::parse(r.out);
  EXPECT_EQ(diff.at("schema"), "jamkoll.diff/1");
  const json* economy = change_of(diff, "goal.economy");
  ASSERT_NE(economy, nullptr);
  EXPECT_EQ(economy->at("change"), "gained");
  EXPECT_EQ(economy->at("old"), "mentioned");
  EXPECT_EQ(economy->at("new"), "addressed");
  EXPECT_FALSE(economy->at("old_evidence").empty());
  EXPECT_FALSE(economy->at("new_evidence").empty());
}

TEST(Diff, LosingARequiredTargetIsExitOne) {
  const auto r = run_jamkoll({"diff", sample("komplett_strategi.docx"), sample("tidigt_skelett.docx")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("↓ goal.economy"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("behandlas → nämns"), std::string::npos) << r.out;
}

TEST(Diff, UnchangedDraftIsExitZeroWithNoChanges) {
  const auto r = run_jamkoll({"diff", "--format", "json", sample("komplett_strategi.docx"), sample("komplett_strategi_lo.docx")});
  EXPECT_EQ(r.exit_code, 0);
  const json diff = json::parse(r.out);
  for (const json& t : diff.at("targets")) EXPECT_EQ(t.at("change"), "unchanged") << t.at("id");
}

TEST(Diff, UsageAndUnreadable) {
  EXPECT_EQ(run_jamkoll({"diff", sample("komplett_strategi.docx")}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"diff", sample("komplett_strategi.docx"), "/finns/inte.docx"}).exit_code, 2);
}

TEST(Baseline, AcceptedGapsPassAndOnlyNewGapsFail) {
  TempDir dir;
  const std::string file = (dir / "baseline.json").string();
  // Record the skeleton's gaps: recording is not a failure.
  EXPECT_EQ(run_jamkoll({"check", "--write-baseline", file, sample("tidigt_skelett.docx")}).exit_code, 0);
  const json baseline = json::parse(testing::read_file(file));
  EXPECT_EQ(baseline.at("schema"), "jamkoll.baseline/2");
  EXPECT_FALSE(baseline.at("accepted").empty());
  // Unchanged draft: every gap accepted.
  const auto same = run_jamkoll({"check", "--format", "json", "--baseline", file, sample("tidigt_skelett.docx")});
  EXPECT_EQ(same.exit_code, 0) << same.err;
  bool marked = false;
  const json same_report = json::parse(same.out);
  for (const json& t : same_report.at("documents")[0].at("targets")) marked = marked || t.value("accepted_gap", false);
  EXPECT_TRUE(marked);
  // The HTML report says the gaps are accepted instead of claiming every required target addressed.
  const auto html = run_jamkoll({"check", "--format", "html", "--baseline", file, sample("tidigt_skelett.docx")});
  EXPECT_NE(html.out.find("Inga nya luckor: de "), std::string::npos);
  EXPECT_EQ(html.out.find("Alla obligatoriska mål och krav behandlas."), std::string::npos);
  // A gap that got worse than accepted (mentioned → missing) is new.
  json worse = baseline;
  for (json& a : worse.at("accepted")) {
    if (a.at("status") == "mentioned") {
      a["status"] = "addressed";  // pretend the team had it addressed: now it is a loss
      break;
    }
  }
  testing::write_file(dir / "strict.json", worse.dump());
  EXPECT_EQ(run_jamkoll({"check", "--baseline", (dir / "strict.json").string(), sample("tidigt_skelett.docx")}).exit_code, 1);
  // Gaps of a document the baseline does not know are new.
  EXPECT_EQ(run_jamkoll({"check", "--baseline", file, sample("partiell_rabblar_mal.docx")}).exit_code, 1);
  // A bad baseline file is a usage error.
  testing::write_file(dir / "bad.json", "{\"schema\": \"något annat\"}");
  EXPECT_EQ(run_jamkoll({"check", "--baseline", (dir / "bad.json").string(), sample("tidigt_skelett.docx")}).exit_code, 64);
}

}  // namespace
}  // namespace jamkoll

// The verdicts on samples/ agree with their NAME.expected.json at least as well as the committed
// thresholds (tests/judge/eval_threshold.json), and jamkoll beats the naive keyword baseline.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace jamkoll {
namespace {

using nlohmann::json;
using testing::source_dir;

class EvalSet : public ::testing::TestWithParam<std::string> {};

TEST_P(EvalSet, MeetsTheCommittedThresholds) {
  const json threshold =
      json::parse(testing::read_file(source_dir() / "tests/judge/eval_threshold.json")).at(GetParam());
  const auto r = testing::run_jamkoll({"eval", "--format", "json", (source_dir() / GetParam()).string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(r.out);
  EXPECT_EQ(report.at("schema"), "jamkoll.eval/1");
  EXPECT_GE(report.at("documents").get<int>(), 10);
  const json& tool = report.at("jamkoll");
  // Blind sets (every holdout but the first) are only ever looked at in totals: no disagreements in the log.
  const bool blind = GetParam().find("holdout") != std::string::npos && GetParam() != "tests/holdout/drafts";
  EXPECT_GE(tool.at("accuracy").get<double>(), threshold.at("accuracy").get<double>())
      << (blind ? json("blind set: run jamkoll eval for totals only") : report.at("disagreements"));
  EXPECT_GE(tool.at("addressed_precision").get<double>(), threshold.at("addressed_precision").get<double>());
  EXPECT_GE(tool.at("addressed_recall").get<double>(), threshold.at("addressed_recall").get<double>());
  EXPECT_GT(tool.at("accuracy").get<double>(), report.at("keyword_baseline").at("accuracy").get<double>());
}

// samples/: written alongside the rules. tests/holdout/drafts: written by someone who never saw
// the rules (first measured at 0.910 accuracy, see README), since used to improve them.
// tests/dev_real: real-shaped drafts written by helpers who had not seen the rules, read to improve them.
// tests/holdout2/drafts … tests/holdout7/drafts: never read by the rule authors; only their
// aggregates are looked at (the floors of holdout3, 4 and 5 are at or below their latest
// measurements, docs/accuracy.md).
INSTANTIATE_TEST_SUITE_P(Sets, EvalSet,
                         ::testing::Values("samples", "tests/holdout/drafts", "tests/holdout2/drafts",
                                           "tests/holdout3/drafts", "tests/holdout4/drafts", "tests/holdout5/drafts",
                                           "tests/holdout6/drafts", "tests/holdout7/drafts",
                                           "tests/dev_real"),
                         [](const auto& info) {
                           if (info.param == "samples") return std::string("samples");
                           if (info.param == "tests/dev_real") return std::string("dev_real");
                           return info.param.substr(std::string("tests/").size(),
                                                    info.param.find("/drafts") - std::string("tests/").size());
                         });

TEST(EvalSamples, TextReportShowsConfusionAndBaseline) {
  const auto r = testing::run_jamkoll({"eval", (source_dir() / "samples").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("confusion"), std::string::npos);
  EXPECT_NE(r.out.find("keyword baseline"), std::string::npos);
  EXPECT_NE(r.out.find("goal.violence"), std::string::npos);
}

// A blind set is read in totals only: --totals-only hides every per-draft disagreement.
TEST(EvalSamples, TotalsOnlyHidesTheDisagreements) {
  const std::string set = (source_dir() / "tests/holdout4/drafts").string();
  const auto text = testing::run_jamkoll({"eval", "--totals-only", set});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("disagreements: hidden"), std::string::npos);
  EXPECT_EQ(text.out.find(".docx  "), std::string::npos);
  const auto plain = testing::run_jamkoll({"eval", set});
  EXPECT_NE(plain.out.find(".docx  "), std::string::npos);  // the same set does have disagreements
  const json report = json::parse(testing::run_jamkoll({"eval", "--format", "json", "--totals-only", set}).out);
  EXPECT_TRUE(report.at("disagreements").empty());
  EXPECT_TRUE(report.at("disagreements_hidden").get<bool>());
  EXPECT_GT(report.at("jamkoll").at("verdicts").get<int>(), 0);
}

// A second labeller's labels in ../second/NAME.json: the targets the two disagree on are left out
// and counted, the others are scored as before.
TEST(EvalSamples, LabelsTheSecondLabellerDisputesAreLeftOut) {
  testing::TempDir dir;
  std::filesystem::create_directories(dir / "drafts");
  std::filesystem::create_directories(dir / "second");
  std::filesystem::copy_file(source_dir() / "samples/komplett_strategi.docx", dir / "drafts/a.docx");
  std::filesystem::copy_file(source_dir() / "samples/komplett_strategi.expected.json", dir / "drafts/a.expected.json");
  const std::string drafts = (dir / "drafts").string();
  const json alone = json::parse(testing::run_jamkoll({"eval", "--format", "json", drafts}).out);
  json second = json::parse(testing::read_file(source_dir() / "samples/komplett_strategi.expected.json"));
  second["targets"]["goal.power"] = second["targets"]["goal.power"] == "missing" ? "addressed" : "missing";
  testing::write_file(dir / "second/a.json", second.dump());
  const auto r = testing::run_jamkoll({"eval", "--format", "json", drafts});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(r.out);
  EXPECT_EQ(report.at("labels_left_out").get<int>(), 1);
  EXPECT_EQ(report.at("jamkoll").at("verdicts").get<int>(), alone.at("jamkoll").at("verdicts").get<int>() - 1);
  EXPECT_EQ(alone.at("labels_left_out").get<int>(), 0);
  const auto text = testing::run_jamkoll({"eval", drafts});
  EXPECT_NE(text.out.find("labels left out (the labellers disagreed): 1"), std::string::npos) << text.out;
}

TEST(EvalSamples, FolderWithoutExpectedFilesIsExitTwo) {
  testing::TempDir dir;
  std::filesystem::copy_file(source_dir() / "samples/komplett_strategi.docx", dir / "a.docx");
  EXPECT_EQ(testing::run_jamkoll({"eval", dir.path().string()}).exit_code, 2);
}

}  // namespace
}  // namespace jamkoll

// The HTML report's overview for a batch (issue 12 item 1): rows named by the path relative to the
// inputs' shared folder, a verdict with the gap count beside each name, grouped columns with the
// optional ones last and never counted as gaps, the run date and the pack. The layout, sorting and
// filtering are checked in Chromium (tests/browser/report_test.mjs).
#include <gtest/gtest.h>

#include <regex>

#include "report/document_labels.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

using testing::run_jamkoll;
using testing::source_dir;
using testing::TempDir;

TEST(DocumentLabels, ArePathsRelativeToTheSharedFolder) {
  EXPECT_EQ(relative_labels({"lan/Uppsala/strategi.docx", "lan/Dalarna/strategi.docx"}),
            (std::vector<std::string>{"Uppsala/strategi.docx", "Dalarna/strategi.docx"}));
  EXPECT_EQ(relative_labels({"./lan/Uppsala/a.docx", "lan/Uppsala/b.docx"}),
            (std::vector<std::string>{"a.docx", "b.docx"}));
  EXPECT_EQ(relative_labels({"samples/a.docx"}), (std::vector<std::string>{"a.docx"}));
  EXPECT_EQ(relative_labels({"/tmp/x/Örebro/s.docx", "/tmp/x/s.docx"}),
            (std::vector<std::string>{"Örebro/s.docx", "s.docx"}));
  EXPECT_EQ(relative_labels({"a/s.docx", "/b/s.docx"}), (std::vector<std::string>{"a/s.docx", "/b/s.docx"}));
  EXPECT_EQ(relative_labels({"lan/Gotland"}), (std::vector<std::string>{"Gotland"}));  // a folder entry
  EXPECT_TRUE(relative_labels({}).empty());
}

// lan/{Uppsala,Dalarna,Gotland}/strategi.docx from shipped samples: complete, skeleton, partial.
class CountyBatch : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const auto& [county, sample] : {std::pair{"Uppsala", "komplett_strategi.docx"},
                                         std::pair{"Dalarna", "tidigt_skelett.docx"},
                                         std::pair{"Gotland", "partiell_rabblar_mal.docx"}}) {
      std::filesystem::create_directories(dir / "lan" / county);
      std::filesystem::copy_file(source_dir() / "samples" / sample, dir / "lan" / county / "strategi.docx");
    }
  }
  std::string html(const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {"check", "--format", "html"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back((dir / "lan").string());
    return run_jamkoll(args).out;
  }
  TempDir dir;
};

TEST_F(CountyBatch, RowsAreNamedByFolderWithTheirGapCount) {
  const std::string page = html();
  const std::regex row("<tr data-name=\"([^\"]+)\" data-gaps=\"(\\d+)\"><th scope=\"row\">.*?<span class=\"verdict [a-z]+\">([^<]+)</span>");
  std::vector<std::string> names, verdicts;
  std::vector<int> gaps;
  for (auto m = std::sregex_iterator(page.begin(), page.end(), row); m != std::sregex_iterator(); ++m) {
    names.push_back((*m)[1]);
    gaps.push_back(std::stoi((*m)[2]));
    verdicts.push_back((*m)[3]);
  }
  ASSERT_EQ(names, (std::vector<std::string>{"Dalarna/strategi.docx", "Gotland/strategi.docx", "Uppsala/strategi.docx"}));
  EXPECT_GT(gaps[0], 0);
  EXPECT_GT(gaps[1], 0);
  EXPECT_EQ(gaps[2], 0);
  EXPECT_EQ(verdicts[0], "✘ " + std::to_string(gaps[0]) + " luckor");
  EXPECT_EQ(verdicts[2], "✔ inga luckor");
  // The gap count is the JSON report's: required targets not addressed, optional ones never.
  const std::string json = run_jamkoll({"check", "--format", "json", (dir / "lan" / "Dalarna").string()}).out;
  int required_not_addressed = 0;
  for (std::size_t at = json.find("\"required\": true"); at != std::string::npos; at = json.find("\"required\": true", at + 1)) {
    const std::size_t status = json.find("\"status\": \"", at);
    required_not_addressed += json.compare(status + 11, 9, "addressed") != 0;
  }
  EXPECT_EQ(gaps[0], required_not_addressed);
  EXPECT_NE(page.find("<summary>Dalarna/strategi.docx ("), std::string::npos);  // Att åtgärda names it the same way
}

TEST_F(CountyBatch, ColumnsAreGroupedWithTheOptionalOnesLast) {
  const std::string page = html();
  const std::regex group("<th scope=\"colgroup\" colspan=\"(\\d+)\" class=\"[^\"]*\">([^<]+)</th>");
  std::vector<std::string> groups;
  int columns = 0;
  for (auto m = std::sregex_iterator(page.begin(), page.end(), group); m != std::sregex_iterator(); ++m) {
    groups.push_back((*m)[2]);
    columns += std::stoi((*m)[1]);
  }
  EXPECT_EQ(groups, (std::vector<std::string>{"Mål", "Områden", "Krav", "Valfria (inga luckor)"}));
  EXPECT_EQ(columns, 20);
  EXPECT_NE(page.find("<li id=\"legend-goal-power\">En jämn fördelning av makt och inflytande</li>"), std::string::npos);
  EXPECT_NE(page.find("<button type=\"button\" data-sort=\"gaps\""), std::string::npos);
  EXPECT_EQ(page.find(" onclick="), std::string::npos);  // handlers come from the one script (CSP)
  EXPECT_EQ(page.find(" style=\""), std::string::npos);
}

TEST_F(CountyBatch, NamesTheRunDateAndThePackInBothLanguages) {
  ::setenv("SOURCE_DATE_EPOCH", "1764806400", 1);  // 2025-12-04 00:00 UTC
  const std::string sv = html();
  const std::string en = html({"--lang", "en"});
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_NE(sv.find("regelpaket lansstrategi "), std::string::npos);
  EXPECT_NE(sv.find("granskad 2025-12-04 00:00 UTC"), std::string::npos);
  EXPECT_NE(en.find("checked 2025-12-04 00:00 UTC"), std::string::npos);
  EXPECT_NE(en.find("Optional (never gaps)"), std::string::npos);
  EXPECT_NE(en.find("✘ 14 gaps"), std::string::npos);
}

TEST_F(CountyBatch, GapsABaselineAcceptsAreCountedApart) {
  const std::string baseline = (dir / "luckor.json").string();
  ASSERT_EQ(run_jamkoll({"check", "--write-baseline", baseline, (dir / "lan").string()}).exit_code, 0);
  const std::string page = html({"--baseline", baseline});
  EXPECT_NE(page.find("data-name=\"Dalarna/strategi.docx\" data-gaps=\"0\""), std::string::npos);
  EXPECT_NE(page.find("✔ inga luckor (14 accepterade)"), std::string::npos);
}

}  // namespace
}  // namespace jamkoll

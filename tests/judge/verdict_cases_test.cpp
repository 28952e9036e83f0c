// Judgement as tested data: every row of tests/judge/verdict_cases*.tsv (passage → target →
// expected status and why_code) holds, the table covers every class of the verdict issue and every
// why code, and a broken table is refused with its file and line.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "judge/judge.h"
#include "judge/pack_loader.h"
#include "judge/verdict_cases.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

using testing::run_jamkoll;
using testing::source_dir;

// Every tests/judge/verdict_cases*.tsv, in name order (ids are unique per file).
std::vector<VerdictCase> shipped_cases() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "tests/judge")) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("verdict_cases", 0) == 0 && entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  EXPECT_FALSE(files.empty());
  std::vector<VerdictCase> all;
  for (const auto& path : files) {
    auto cases = parse_verdict_cases(testing::read_file(path), path.string());
    EXPECT_TRUE(cases) << cases.failure().message;
    if (cases) all.insert(all.end(), cases->begin(), cases->end());
  }
  return all;
}

TEST(VerdictCases, EveryCaseHolds) {
  auto pack = load_default_pack();
  ASSERT_TRUE(pack) << pack.failure().message;
  auto judge = Judge::create(*pack);
  ASSERT_TRUE(judge) << judge.failure().message;
  const std::vector<VerdictCase> cases = shipped_cases();
  auto results = run_verdict_cases(**judge, cases);
  ASSERT_TRUE(results) << results.failure().message;
  for (const VerdictCaseResult& r : *results) {
    const VerdictCase& c = *r.expected;
    if (c.known_limit) {
      EXPECT_FALSE(r.passed) << c.id << " (line " << c.line << ") is marked as a known limit but now passes";
      continue;
    }
    EXPECT_TRUE(r.passed) << c.id << " (line " << c.line << ", " << c.case_class << ") " << c.target << ": expected "
                          << status_name(c.status) << " " << c.why << ", got " << status_name(r.status) << " " << r.why
                          << "\n  " << c.text;
  }
}

TEST(VerdictCases, TableCoversEveryClassAndWhyCode) {
  const std::vector<VerdictCase> cases = shipped_cases();
  EXPECT_GE(cases.size(), 300u);
  std::map<std::string, int> by_class, by_why, by_status;
  for (const VerdictCase& c : cases) {
    ++by_class[c.case_class];
    if (!c.why.empty()) ++by_why[c.why];
    ++by_status[status_name(c.status)];
  }
  // Every class of the verdict issue several times over (the real-shaped table has 10+ of each).
  for (const char* why : {"passing", "framing", "purpose", "audience", "definition", "label", "recitation", "negation",
                          "deferral", "filler", "name-only"}) {
    EXPECT_GE(by_why[why], 10) << why;
  }
  EXPECT_GE(by_why["no-substance"], 5);
  EXPECT_GE(by_status["addressed"], 50);
  EXPECT_GE(by_status["mentioned"], 100);
  EXPECT_GE(by_status["missing"], 20);
  EXPECT_GE(by_class.size(), 25u);
}

TEST(VerdictCases, CommandReportsFailuresWithFileAndLine) {
  testing::TempDir dir;
  const auto file = dir / "cases.tsv";
  testing::write_file(file,
                      "id\tclass\ttarget\tstatus\twhy\ttext\n"
                      "ok\tframing\tgoal.violence\tmentioned\tframing\tEtt liv fritt från våld är en mänsklig rättighet.\n"
                      "bad\tpassing\tgoal.health\taddressed\t-\tVåldet leder till stora kostnader för folkhälsan.\n");
  const auto r = run_jamkoll({"rules", "cases", file.string()});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find(file.string() + ":3: bad"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("got mentioned (passing)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 cases, 1 passed, 1 failed"), std::string::npos) << r.out;
}

TEST(VerdictCases, WithoutTheHeaderLineTheFirstRowIsACase) {
  testing::TempDir dir;
  const auto file = dir / "cases.tsv";
  testing::write_file(file,
                      "# no header\n"
                      "first\tpassing\tgoal.health\taddressed\t-\tVåldet leder till stora kostnader för folkhälsan.\n"
                      "ok\tframing\tgoal.violence\tmentioned\tframing\tEtt liv fritt från våld är en mänsklig rättighet.\n");
  const auto r = run_jamkoll({"rules", "cases", file.string()});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find(file.string() + ":2: first"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 cases, 1 passed, 1 failed"), std::string::npos) << r.out;
}

TEST(VerdictCases, MalformedTableIsRefusedWithFileAndLine) {
  testing::TempDir dir;
  const auto file = dir / "cases.tsv";
  testing::write_file(file, "id\tclass\ttarget\tstatus\twhy\ttext\n# comment\nx\tpassing\tgoal.health\tmaybe\t-\tText.\n");
  const auto r = run_jamkoll({"rules", "cases", file.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(file.string() + ":3: unknown status 'maybe'"), std::string::npos) << r.err;
  testing::write_file(file, "id\tclass\ttarget\tstatus\twhy\ttext\nx\tpassing\tgoal.health\tmentioned\n");
  const auto short_row = run_jamkoll({"rules", "cases", file.string()});
  EXPECT_EQ(short_row.exit_code, 2);
  EXPECT_NE(short_row.err.find(":2: expected 6 or 7 tab-separated columns, found 4"), std::string::npos) << short_row.err;
}

}  // namespace
}  // namespace jamkoll

// The closed set of failure codes: every code has a stable name that reads back to it, words in
// both report languages, and one exit code (pipeline/common/failure.h, app/exit_codes.h).
#include "common/failure.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "app/exit_codes.h"
#include "report/labels.h"

namespace jamkoll {
namespace {

FailureCode code_at(int i) { return FailureCode(static_cast<FailureCode::Value>(i)); }

TEST(FailureCode, EveryCodeHasADistinctNameThatReadsBackToIt) {
  std::set<std::string> names;
  for (int i = 0; i < FailureCode::kCount; ++i) {
    const FailureCode code = code_at(i);
    const std::string& name = code.name();
    EXPECT_FALSE(name.empty()) << i;
    EXPECT_EQ(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-"), std::string::npos) << name;
    EXPECT_TRUE(names.insert(name).second) << "twice: " << name;
    ASSERT_TRUE(FailureCode::named(name).has_value()) << name;
    EXPECT_EQ(*FailureCode::named(name), code) << name;
  }
  EXPECT_EQ(names.size(), static_cast<std::size_t>(FailureCode::kCount));
}

TEST(FailureCode, AnUnknownOrMisspeltNameIsNoCode) {
  EXPECT_FALSE(FailureCode::named("").has_value());
  EXPECT_FALSE(FailureCode::named("corrupt_zip").has_value());
  EXPECT_FALSE(FailureCode::named("Corrupt-Zip").has_value());
  EXPECT_FALSE(FailureCode::named("corrupt-zip ").has_value());
}

TEST(FailureCode, TheContractNamesAreTheOnesTheReportsHaveAlwaysUsed) {
  EXPECT_EQ(FailureCode(FailureCode::kCorruptZip).name(), "corrupt-zip");
  EXPECT_EQ(FailureCode(FailureCode::kNotADocument).name(), "not-a-document");
  EXPECT_EQ(FailureCode(FailureCode::kInternalError).name(), "internal-error");
  std::ostringstream out;
  out << FailureCode(FailureCode::kZipBomb);
  EXPECT_EQ(out.str(), "zip-bomb");
}

TEST(FailureCode, EveryCodeHasWordsInSwedishAndEnglish) {
  for (int i = 0; i < FailureCode::kCount; ++i) {
    const FailureCode code = code_at(i);
    const std::string sv = error_label(code, Language::kSwedish);
    const std::string en = error_label(code, Language::kEnglish);
    EXPECT_FALSE(sv.empty()) << code;
    EXPECT_FALSE(en.empty()) << code;
    EXPECT_NE(sv, en) << code;
  }
}

TEST(FailureCode, OnlyAUsageFailureIsAUsageExitAtSetup) {
  for (int i = 0; i < FailureCode::kCount; ++i) {
    const Failure failure{code_at(i), "m"};
    const int expected = failure.code == FailureCode::kUsage ? exit_code::kUsage : exit_code::kUnreadable;
    EXPECT_EQ(exit_code::for_setup_failure(failure), expected) << failure.code;
  }
  EXPECT_EQ(exit_code::for_setup_failure(Failure::usage("bad -j")), 64);
  EXPECT_EQ(exit_code::for_setup_failure(Failure::rules_invalid("pack.xml:3: …")), 2);
}

TEST(FailureCode, NamedConstructorsCarryTheirCodeAndMessage) {
  const Failure f = Failure::corrupt_zip("word/document.xml is truncated");
  EXPECT_EQ(f.code, FailureCode::kCorruptZip);
  EXPECT_EQ(f.message, "word/document.xml is truncated");
  EXPECT_EQ(Failure::timeout("t").code, FailureCode::kTimeout);
  EXPECT_EQ(Failure::write_failed("w").code, FailureCode::kWriteFailed);
}

}  // namespace
}  // namespace jamkoll

// Numbers on the command line (app/option_values.h): the whole value or nothing, within range.
#include <gtest/gtest.h>

#include "app/option_values.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

TEST(OptionValues, WholeNumbersAreDigitsOnlyWithinTheRange) {
  EXPECT_EQ(whole_number_in("8", 1, 256), 8u);
  EXPECT_EQ(whole_number_in("256", 1, 256), 256u);
  for (const char* bad : {"", "0", "257", "8x", "x8", " 8", "8 ", "-1", "+8", "1e2", "8.0", "99999999999999999999999"}) {
    EXPECT_EQ(whole_number_in(bad, 1, 256), std::nullopt) << bad;
  }
}

TEST(OptionValues, DecimalsTakeAPointOrACommaAndNothingElse) {
  EXPECT_EQ(decimal_in("2", 0.05, 3600), 2.0);
  EXPECT_EQ(decimal_in("0.5", 0.05, 3600), 0.5);
  EXPECT_EQ(decimal_in("0,5", 0.05, 3600), 0.5);  // as Swedish is written
  EXPECT_EQ(decimal_in("3600", 0.05, 3600), 3600.0);
  for (const char* bad : {"", "0.01", "3601", "1x", "1.2.3", "1,2,3", ".5", "5.", "-1", "1e3", "inf", "nan", " 1"}) {
    EXPECT_EQ(decimal_in(bad, 0.05, 3600), std::nullopt) << bad;
  }
}

// The commands refuse what std::stoi and std::stod used to take.
TEST(OptionValues, EveryCommandRefusesANumberWithASuffix) {
  const std::string draft = (testing::source_dir() / "samples/aktivitetsplan.docx").string();
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"check", "-j", "8x", draft},
           {"check", "--max-ratio", "5abc", draft},
           {"check", "--max-file-size", "10MB", draft},
           {"check", "--pdf-timeout", "30s", draft},
           {"watch", "--once", "--interval", "1x", "/nonexistent-in", "/nonexistent-out"},
           {"serve", "--port", "8080x"}}) {
    const auto r = testing::run_jamkoll(args);
    EXPECT_EQ(r.exit_code, 64) << args[0] << " " << args[1] << " " << args[2] << ": " << r.err;
  }
  EXPECT_LE(testing::run_jamkoll({"check", "-j", "2", "--max-ratio", "150,5", "--quiet", draft}).exit_code, 1);
}

}  // namespace
}  // namespace jamkoll

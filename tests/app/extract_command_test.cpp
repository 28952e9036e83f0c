// `jamkoll extract`: the debugging view of ingestion.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace jamkoll {
namespace {

using nlohmann::json;
using testing::run_jamkoll;
using testing::source_dir;

const std::string kTables = (source_dir() / "tests/fixtures/docx/tables.docx").string();

TEST(ExtractCommand, JsonListsBlocksWithKindAndLocation) {
  const auto r = run_jamkoll({"extract", "--format", "json", kTables});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j.at("schema"), "jamkoll.blocks/1");
  EXPECT_EQ(j.at("format"), "docx");
  ASSERT_FALSE(j.at("blocks").empty());
  for (std::size_t i = 0; i < j.at("blocks").size(); ++i) {
    const json& b = j.at("blocks")[i];
    EXPECT_EQ(b.at("index"), i);
    EXPECT_FALSE(b.at("kind").get<std::string>().empty());
    EXPECT_FALSE(b.at("part").get<std::string>().empty());
    if (b.at("kind") == "table-cell") {
      EXPECT_TRUE(b.contains("table"));
    }
  }
}

TEST(ExtractCommand, PlainMatchesTheFixture) {
  const auto r = run_jamkoll({"extract", "--plain", kTables});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, testing::read_file(source_dir() / "tests/fixtures/docx/tables.plain.txt"));
}

TEST(ExtractCommand, TextViewShowsKinds) {
  const auto r = run_jamkoll({"extract", (source_dir() / "tests/fixtures/docx/swedish_headings.docx").string()});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("heading 1"), std::string::npos);
}

TEST(ExtractCommand, UnreadableFileIsExitTwoAndUsageIs64) {
  EXPECT_EQ(run_jamkoll({"extract", "/finns/inte.docx"}).exit_code, 2);
  EXPECT_EQ(run_jamkoll({"extract"}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"extract", "--format", "xml", kTables}).exit_code, 64);
}

}  // namespace
}  // namespace jamkoll

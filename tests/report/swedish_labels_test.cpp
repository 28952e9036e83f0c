// Swedish throughout (--lang sv, the default) inside the report writers: where an evidence sentence
// stands ("stycke 12", "tabellcell 4") and what an unreadable file's error means, with the stable
// code kept beside it.
#include <gtest/gtest.h>

#include <regex>

#include "report/labels.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

using testing::run_jamkoll;
using testing::source_dir;
using testing::TempDir;

const std::string kOnePair = (source_dir() / "samples/villkor_ett_par.docx").string();

TEST(SwedishLabels, HtmlEvidenceNamesItsBlockKindInTheReportLanguage) {
  const std::string sv = run_jamkoll({"check", "--format", "html", kOnePair}).out;
  EXPECT_NE(sv.find(" · stycke "), std::string::npos);
  EXPECT_NE(sv.find(" · punkt i lista "), std::string::npos);
  EXPECT_EQ(sv.find(" · paragraph "), std::string::npos);
  const std::string en = run_jamkoll({"check", "--format", "html", "--lang", "en", kOnePair}).out;
  EXPECT_NE(en.find(" · paragraph "), std::string::npos);
  EXPECT_NE(en.find(" · list item "), std::string::npos);
}

TEST(SwedishLabels, AnUnreadableFileIsExplainedInSwedishWithItsCode) {
  TempDir dir;
  testing::write_file(dir / "trasig.docx", std::string("PK\x03\x04trasig", 10));
  const std::string path = (dir / "trasig.docx").string();
  const auto text = run_jamkoll({"check", path});
  EXPECT_EQ(text.exit_code, 2);
  EXPECT_NE(text.out.find("  FEL [corrupt-zip] filen är skadad (inget läsbart zip-arkiv): "), std::string::npos)
      << text.out;
  const std::string html = run_jamkoll({"check", "--format", "html", path}).out;
  EXPECT_NE(html.find("Kunde inte läsas: filen är skadad (inget läsbart zip-arkiv)</a>"), std::string::npos) << html;
  const std::string junit = run_jamkoll({"check", "--format", "junit", path}).out;
  EXPECT_NE(junit.find("<error type=\"corrupt-zip\" message=\"filen är skadad (inget läsbart zip-arkiv): "),
            std::string::npos)
      << junit;
  const auto english = run_jamkoll({"check", "--lang", "en", path});
  EXPECT_NE(english.out.find("  ERROR [corrupt-zip] the file is damaged (not a readable zip archive): "),
            std::string::npos)
      << english.out;
}

TEST(SwedishLabels, EveryDocumentedErrorCodeHasWordsInBothLanguages) {
  const std::string contract = testing::read_file(source_dir() / "docs/json-contract.md");
  const std::size_t from = contract.find("- Error codes:");
  ASSERT_NE(from, std::string::npos);
  const std::string list = contract.substr(from, contract.find("(codes are added", from) - from);
  const std::regex code("`([a-z-]+)`");
  int codes = 0;
  for (auto it = std::sregex_iterator(list.begin(), list.end(), code); it != std::sregex_iterator(); ++it) {
    ++codes;
    const std::string name = (*it)[1].str();
    EXPECT_TRUE(FailureCode::named(name).has_value()) << name;
    EXPECT_FALSE(error_label(name, Language::kSwedish).empty()) << name;
    EXPECT_FALSE(error_label(name, Language::kEnglish).empty()) << name;
  }
  EXPECT_EQ(codes, 14);
  EXPECT_EQ(error_label("no-such-code", Language::kSwedish), "");
}

}  // namespace
}  // namespace jamkoll

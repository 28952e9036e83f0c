// The query of POST /check: what it takes and what it refuses.
#include <gtest/gtest.h>

#include "app/check_query.h"

namespace jamkoll {
namespace {

// The English words of a refusal ("" when there is none); the Swedish ones are tested beside them.
std::string english(const std::optional<Words>& w) { return w ? w->en : ""; }
std::string swedish(const std::optional<Words>& w) { return w ? w->sv : ""; }

TEST(CheckQuery, TakesFormatNameAndLang) {
  CheckQuery query;
  EXPECT_EQ(parse_check_query("/check?name=L%C3%A4n%20utkast.docx&format=html&lang=en", query), std::nullopt);
  EXPECT_EQ(query.name, "Län utkast.docx");
  EXPECT_EQ(query.format, ReportFormat::kHtml);
  EXPECT_EQ(query.lang, "en");
}

TEST(CheckQuery, DefaultsWithoutAQuery) {
  CheckQuery query;
  EXPECT_EQ(parse_check_query("/check", query), std::nullopt);
  EXPECT_EQ(query.format, ReportFormat::kJson);
  EXPECT_EQ(query.lang, "sv");
  EXPECT_EQ(query.name, "");
}

TEST(CheckQuery, ExcelIsAFlag) {
  for (const std::string target : {"/check?format=csv&excel", "/check?format=csv&excel=1", "/check?excel=true"}) {
    CheckQuery query;
    EXPECT_EQ(parse_check_query(target, query), std::nullopt) << target;
    EXPECT_TRUE(query.excel) << target;
  }
  CheckQuery query;
  EXPECT_EQ(parse_check_query("/check?format=csv&excel=0", query), std::nullopt);
  EXPECT_FALSE(query.excel);
  EXPECT_EQ(english(parse_check_query("/check?excel=ja", query)), "excel takes 1 or true (or 0 or false)");
}

TEST(CheckQuery, RefusesWhatItCannotUse) {
  CheckQuery query;
  EXPECT_EQ(english(parse_check_query("/check?format=yaml", query)), "unknown format 'yaml'");
  query = {};
  EXPECT_EQ(english(parse_check_query("/check?lang=de", query)), "lang takes sv or en");
  query = {};
  EXPECT_NE(english(parse_check_query("/check?name=%", query)).find("bad query"), std::string::npos);
}

// Refusals are in Swedish too (the service answers Swedish unless the query says lang=en).
TEST(CheckQuery, RefusalsHaveSwedishWords) {
  CheckQuery query;
  EXPECT_EQ(swedish(parse_check_query("/check?format=yaml", query)), "okänt format 'yaml'");
  EXPECT_EQ(swedish(name_problem("a\xff")), "namnet är inte UTF-8");
}

TEST(CheckQuery, ANameMustBeShortPrintableUtf8) {
  EXPECT_EQ(name_problem("Östergötlands län/utkast (2).docx"), std::nullopt);
  EXPECT_EQ(name_problem(std::string(kMaxNameBytes, 'a')), std::nullopt);
  EXPECT_EQ(english(name_problem(std::string(kMaxNameBytes + 1, 'a'))), "name is longer than 1024 bytes");
  EXPECT_EQ(english(name_problem("a\nb")), "name holds a control character");
  EXPECT_EQ(english(name_problem("a\x7f")), "name holds a control character");
  EXPECT_EQ(english(name_problem("a\xc2\x85")), "name holds a control character");  // U+0085, NEL
  EXPECT_EQ(english(name_problem("a\xff")), "name is not UTF-8");
  EXPECT_EQ(english(name_problem("\xc3")), "name is not UTF-8");  // cut off
}

}  // namespace
}  // namespace jamkoll

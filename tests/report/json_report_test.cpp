// The JSON writers (report/json_report.h) on a verdict model built in code: jamkoll.report/1 and jamkoll.document/1 as docs/json-contract.md names their fields.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/json_report.h"
#include "report/labels.h"
#include "report/writer_fixture.h"

namespace jamkoll {
namespace {

namespace fx = writer_fixture;
using json = nlohmann::ordered_json;  // keeps the order the writer wrote

json report(Language language = Language::kSwedish) {
  std::ostringstream out;
  write_json_report(out, fx::both(), fx::context(language));
  return json::parse(out.str());
}

const json& target_of(const json& document, const std::string& id) {
  for (const json& t : document.at("targets")) {
    if (t.at("id") == id) return t;
  }
  throw std::runtime_error("no target " + id);
}

TEST(JsonReportWriter, NamesItsSchemaToolPackAndLanguage) {
  const json j = report();
  EXPECT_EQ(j.at("schema"), "jamkoll.report/1");
  EXPECT_EQ(j.at("tool").at("name"), "jamkoll");
  EXPECT_FALSE(j.at("tool").at("version").get<std::string>().empty());
  EXPECT_EQ(j.at("rulepack").at("id"), "lansstrategi");
  EXPECT_EQ(j.at("rulepack").at("version"), fx::pack().version);
  EXPECT_EQ(j.at("rulepack").at("sha256"), fx::pack().sha256);
  EXPECT_EQ(j.at("lang"), "sv");
  ASSERT_EQ(j.at("documents").size(), 2u);
  const json& draft = j.at("documents")[0];
  EXPECT_EQ(draft.at("path"), fx::kDraftPath);
  EXPECT_EQ(draft.at("format"), "docx");
  EXPECT_EQ(draft.at("status"), "ok");
  EXPECT_EQ(draft.at("sha256").get<std::string>().size(), 64u);
  EXPECT_EQ(draft.at("targets").size(), fx::pack().targets.size());
  EXPECT_FALSE(draft.contains("warnings"));  // only when the reader had remarks
  EXPECT_EQ(report(Language::kEnglish).at("lang"), "en");
}

TEST(JsonReportWriter, AnAddressedTargetCarriesItsEvidenceAndProfileButNoAdvice) {
  const json t = target_of(report().at("documents")[0], "goal.economy");
  EXPECT_EQ(t.at("kind"), "goal");
  EXPECT_EQ(t.at("label"), "Ekonomisk jämställdhet");
  EXPECT_EQ(t.at("required"), true);
  EXPECT_EQ(t.at("status"), "addressed");
  EXPECT_DOUBLE_EQ(t.at("score").get<double>(), 0.875);
  ASSERT_EQ(t.at("evidence").size(), 1u);
  const json& e = t.at("evidence")[0];
  EXPECT_EQ(e.at("text"), fx::kAddressedText);  // as written: JSON needs no HTML escaping
  EXPECT_EQ(e.at("highlights"), json::parse("[[0, 10]]"));  // "Lönegapet" is 10 bytes
  EXPECT_EQ(e.at("heading"), json::parse(R"(["3 Mål", "3.2 Ekonomisk jämställdhet"])"));
  EXPECT_EQ(e.at("block"), 12);
  EXPECT_EQ(e.at("part"), "word/document.xml");
  EXPECT_EQ(e.at("kind"), "paragraph");
  EXPECT_EQ(e.at("rule"), "goal.economy.terms");
  EXPECT_EQ(e.at("terms"), json::parse(R"(["Lönegapet"])"));
  EXPECT_EQ(e.at("statement"), "objective");
  EXPECT_FALSE(e.contains("reason"));  // substantive evidence has none
  EXPECT_FALSE(t.contains("why"));
  EXPECT_FALSE(t.contains("why_code"));
  EXPECT_FALSE(t.contains("tried"));
  EXPECT_FALSE(t.contains("advice"));
  EXPECT_FALSE(t.contains("accepted_gap"));
  // The profile's kinds in the contract's order.
  std::vector<std::string> kinds;
  for (const auto& [kind, n] : t.at("profile").items()) kinds.push_back(kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"analysis", "objective", "activity", "responsibility", "indicator", "timeframe"}));
  EXPECT_EQ(t.at("profile").at("analysis"), 1);
  EXPECT_EQ(t.at("profile").at("objective"), 2);
  EXPECT_EQ(t.at("profile").at("activity"), 0);
}

TEST(JsonReportWriter, AMentionedTargetSaysWhyInTheReportLanguageWithItsStableCode) {
  const json t = target_of(report().at("documents")[0], "goal.health");
  EXPECT_EQ(t.at("status"), "mentioned");
  EXPECT_EQ(t.at("why_code"), "recitation");
  EXPECT_EQ(t.at("why"), "Nämns bara i en uppräkning av mål eller områden, inte som eget arbete.");
  ASSERT_EQ(t.at("evidence").size(), 1u);
  EXPECT_EQ(t.at("evidence")[0].at("text"), fx::kMentionedText);
  EXPECT_EQ(t.at("evidence")[0].at("reason"), "recitation");
  EXPECT_EQ(t.at("evidence")[0].at("statement"), "not-substantive");
  EXPECT_EQ(t.at("evidence")[0].at("kind"), "list-item");
  EXPECT_FALSE(t.contains("tried"));
  const json& advice = t.at("advice");
  EXPECT_EQ(advice.at("description"), fx::target("goal.health").description);
  EXPECT_FALSE(advice.at("what_counts").get<std::string>().empty());
  EXPECT_FALSE(advice.at("text").get<std::string>().empty());
  EXPECT_FALSE(advice.contains("lacking"));  // only for a target needing every rule
  // English: the same code, the sentence in English.
  const json en = target_of(report(Language::kEnglish).at("documents")[0], "goal.health");
  EXPECT_EQ(en.at("why_code"), "recitation");
  EXPECT_EQ(en.at("why"), "Only named in a recitation of goals or areas, not worked on.");
}

TEST(JsonReportWriter, AMissingTargetListsTheRulesTriedAndAdvice) {
  const json draft = report().at("documents")[0];
  const json t = target_of(draft, "area.planning");
  EXPECT_EQ(t.at("status"), "missing");
  EXPECT_EQ(t.at("score"), 0);
  EXPECT_TRUE(t.at("evidence").is_array());
  EXPECT_TRUE(t.at("evidence").empty());
  std::vector<std::string> rules;
  for (const Rule& r : fx::target("area.planning").rules) rules.push_back(r.id);
  ASSERT_FALSE(rules.empty());
  EXPECT_EQ(t.at("tried").get<std::vector<std::string>>(), rules);
  EXPECT_FALSE(t.contains("why_code"));
  EXPECT_TRUE(t.at("advice").contains("text"));
  for (const auto& [kind, n] : t.at("profile").items()) EXPECT_EQ(n, 0) << kind;
  // req.conditions (addressed-when="all-rules") names the rules that found nothing.
  const json conditions = target_of(draft, "req.conditions");
  ASSERT_TRUE(conditions.at("advice").contains("lacking"));
  EXPECT_TRUE(conditions.at("advice").at("lacking").is_array());
  // An optional target says so.
  EXPECT_EQ(target_of(draft, "area.rural").at("required"), false);
}

TEST(JsonReportWriter, AnUnreadableFileCarriesItsErrorCodeAndMessageOnly) {
  const json broken = report().at("documents")[1];
  EXPECT_EQ(broken.at("path"), fx::kBrokenPath);
  EXPECT_EQ(broken.at("status"), "error");
  EXPECT_EQ(broken.at("error").at("code"), "corrupt-zip");
  EXPECT_EQ(broken.at("error").at("message"), fx::kBrokenMessage);
  EXPECT_FALSE(broken.contains("targets"));
  EXPECT_FALSE(broken.contains("format"));
  EXPECT_FALSE(broken.contains("sha256"));  // "" when unreadable: left out
}

TEST(JsonReportWriter, AJsonlLineIsOneDocumentWithItsOwnSchema) {
  for (const DocumentResult& r : fx::both()) {
    std::ostringstream out;
    write_jsonl_line(out, r, fx::context());
    const std::string line = out.str();
    ASSERT_FALSE(line.empty());
    EXPECT_EQ(line.back(), '\n');
    EXPECT_EQ(line.find('\n'), line.size() - 1);  // one line: the evidence's line break is escaped
    const json j = json::parse(line);
    auto key = j.items().begin();
    EXPECT_EQ(key.key(), "schema");  // first
    EXPECT_EQ(j.at("schema"), "jamkoll.document/1");
    EXPECT_EQ(j.at("path"), r.path);
    json document = j;
    document.erase("schema");
    EXPECT_EQ(document, json::parse(document_json(r, fx::context()).dump()));
  }
}

}  // namespace
}  // namespace jamkoll

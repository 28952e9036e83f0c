// Advice a drafting team can act on: every report says, for each target not addressed, what the
// target means (the pack's description, in the report language), what would count as work on it,
// and for req.conditions which pair is lacking; text and HTML open with "Att åtgärda". Rule ids stay
// out of the wording (JSON keeps them).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace jamkoll {
namespace {

using nlohmann::json;
using testing::run_jamkoll;
using testing::source_dir;
using testing::TempDir;

const std::string kSkeleton = (source_dir() / "samples/tidigt_skelett.docx").string();
const std::string kOnePair = (source_dir() / "samples/villkor_ett_par.docx").string();

const char* const kViolenceSv =
    "Målet innebär: Kvinnor och män, flickor och pojkar ska ha samma rätt och möjlighet till kroppslig integritet.";
const char* const kWhatCountsGoalSv =
    "Det som skulle räknas: text som arbetar med målet självt – analys av läget i länet, mål, insatser, ansvar "
    "eller uppföljning.";

// The lines of `text` from the one starting with `first` up to the next empty line (each with its \n).
std::string section(const std::string& text, const std::string& first) {
  const std::size_t at = text.find(first);
  if (at == std::string::npos) return "";
  const std::size_t end = text.find("\n\n", at);
  return text.substr(at, end == std::string::npos ? std::string::npos : end + 1 - at);
}

const json& target_of(const json& document, const std::string& id) {
  for (const json& t : document.at("targets")) {
    if (t.at("id") == id) return t;
  }
  throw std::runtime_error("no target " + id);
}

TEST(Advice, TextReportOfAnEarlySkeletonOpensWithWhatToWrite) {
  const auto r = run_jamkoll({"check", kSkeleton});
  EXPECT_EQ(r.exit_code, 1);
  const std::size_t second_line = r.out.find('\n') + 1;
  // 15 required targets, only req.collaboration addressed.
  EXPECT_EQ(r.out.substr(second_line, r.out.find('\n', second_line) - second_line),
            "  Att åtgärda (14 obligatoriska mål och krav behandlas inte):");
  const std::string to_fix = section(r.out, "  Att åtgärda");
  EXPECT_NE(to_fix.find("    ~ Mäns våld mot kvinnor ska upphöra (nämns)\n"), std::string::npos) << to_fix;
  EXPECT_NE(to_fix.find("    ✘ Könsuppdelad statistik (saknas)\n"), std::string::npos) << to_fix;
  EXPECT_NE(to_fix.find(std::string("        ") + kViolenceSv + "\n"), std::string::npos) << to_fix;
  EXPECT_NE(to_fix.find(kWhatCountsGoalSv), std::string::npos) << to_fix;
  EXPECT_NE(to_fix.find("        Kravet innebär: Individbaserad statistik analyseras och presenteras uppdelad efter kön.\n"),
            std::string::npos)
      << to_fix;
  // req.conditions is missing: both pairs lack.
  EXPECT_NE(to_fix.find("        Det som saknas: kvinnors och mäns villkor och flickors och pojkars villkor.\n"),
            std::string::npos)
      << to_fix;
  // A requirement's own line from the pack (<counts>): for req.followup the strategy's own follow-up.
  EXPECT_NE(to_fix.find("        Det som skulle räknas: hur strategin själv följs upp eller utvärderas – indikatorer, "
                        "redovisning, när och av vem; ”strategin följs upp” räcker inte.\n"),
            std::string::npos)
      << to_fix;
  EXPECT_EQ(to_fix.find("Samverkan med regionala"), std::string::npos);  // addressed: nothing to fix
  for (const char* id : {"goal.", "area.", "req.", ".terms"}) EXPECT_EQ(to_fix.find(id), std::string::npos) << id;
}

TEST(Advice, EnglishReportUsesTheEnglishDescriptions) {
  const auto r = run_jamkoll({"check", "--lang", "en", kSkeleton});
  const std::string to_fix = section(r.out, "  To fix");
  EXPECT_NE(to_fix.find("  To fix (14 required goals and requirements not addressed):"), std::string::npos) << r.out;
  EXPECT_NE(to_fix.find("What the goal means: Women and men, girls and boys shall have the same right and "
                        "opportunity to physical integrity."),
            std::string::npos)
      << to_fix;
  EXPECT_NE(to_fix.find("What is lacking: the conditions of women and men and the conditions of girls and boys."),
            std::string::npos)
      << to_fix;
  EXPECT_NE(to_fix.find("What would count: how the strategy itself is followed up or evaluated – indicators, "
                        "reporting, when and by whom;"),
            std::string::npos)
      << to_fix;
  EXPECT_EQ(to_fix.find("innebär"), std::string::npos) << to_fix;
}

TEST(Advice, OnePairOfConditionsNamesThePairThatIsLacking) {
  const auto text = run_jamkoll({"check", kOnePair});
  const std::string to_fix = section(text.out, "  Att åtgärda");
  EXPECT_NE(to_fix.find("        Det som saknas: flickors och pojkars villkor.\n"), std::string::npos) << text.out;
  // Where a mentioned target is named, so the team knows where to write.
  EXPECT_NE(to_fix.find("    ~ Barnets rättigheter (nämns)\n"
                        "        Nämns bara i en uppräkning av mål eller områden, inte som eget arbete.\n"
                        "        Nämns under: 1 Uppdrag och utgångspunkter\n"),
            std::string::npos)
      << to_fix;
  const json report = json::parse(run_jamkoll({"check", "--format", "json", kOnePair}).out);
  const json& conditions = target_of(report.at("documents")[0], "req.conditions");
  ASSERT_EQ(conditions.at("status"), "mentioned");
  EXPECT_EQ(conditions.at("advice").at("lacking"), json::array({"req.conditions.girls_boys"}));
  EXPECT_NE(conditions.at("advice").at("text").get<std::string>().find("Det som saknas: flickors och pojkars villkor."),
            std::string::npos);
}

TEST(Advice, JsonCarriesAdviceForEveryTargetNotAddressed) {
  const json report =
      json::parse(run_jamkoll({"check", "--format", "json", (source_dir() / "samples").string()}).out);
  std::size_t advised = 0;
  for (const json& d : report.at("documents")) {
    for (const json& t : d.at("targets")) {
      if (t.at("status") == "addressed") {
        EXPECT_FALSE(t.contains("advice")) << t.at("id");
        continue;
      }
      ++advised;
      const json& a = t.at("advice");
      EXPECT_FALSE(a.at("description").get<std::string>().empty()) << t.at("id");
      EXPECT_EQ(a.at("what_counts").get<std::string>().rfind("Det som skulle räknas: ", 0), 0u) << t.at("id");
      EXPECT_EQ(a.contains("lacking"), t.at("id") == "req.conditions");
      EXPECT_EQ(a.at("text").get<std::string>().find("req."), std::string::npos);
    }
  }
  EXPECT_GT(advised, 0u);
  const json english = json::parse(run_jamkoll({"check", "--format", "json", "--lang", "en", kSkeleton}).out);
  EXPECT_EQ(target_of(english.at("documents")[0], "req.statistics").at("advice").at("description"),
            "Statistics on individuals are analysed and presented broken down by sex.");
}

TEST(Advice, HtmlOpensWithAttAtgardaAndShowsNoRuleIds) {
  const std::string html = run_jamkoll({"check", "--format", "html", kSkeleton}).out;
  const std::size_t first_h2 = html.find("<h2");
  ASSERT_NE(first_h2, std::string::npos);
  const std::string heading = "<h2 id=\"to-fix\">Att åtgärda</h2>";
  EXPECT_EQ(html.compare(first_h2, heading.size(), heading), 0) << html.substr(first_h2, 80);
  EXPECT_LT(first_h2, html.find("id=\"overview\""));
  EXPECT_NE(html.find(std::string("<li>") + kViolenceSv + "</li>"), std::string::npos);
  EXPECT_EQ(html.find("Granskaren letade efter"), std::string::npos);
  EXPECT_EQ(html.find("<code>req.statistics.terms</code>"), std::string::npos);
  EXPECT_EQ(html.find(" regel <code>"), std::string::npos);
}

TEST(Advice, HtmlOfSeveralDraftsFoldsEachDraftsListUnderItsName) {
  const std::string html = run_jamkoll({"check", "--format", "html", kSkeleton, kOnePair}).out;
  EXPECT_NE(html.find("<details class=\"to-fix\"><summary>tidigt_skelett.docx (14)</summary>"), std::string::npos);
  EXPECT_NE(html.find("<details class=\"to-fix\"><summary>villkor_ett_par.docx ("), std::string::npos);
  EXPECT_LT(html.find("<details"), html.find("id=\"overview\""));
}

TEST(Advice, JunitFailuresSayWhatWouldCount) {
  const std::string xml = run_jamkoll({"check", "--format", "junit", kSkeleton}).out;
  const std::size_t at = xml.find("name=\"goal.violence – ");
  ASSERT_NE(at, std::string::npos);
  const std::string testcase = xml.substr(at, xml.find("</testcase>", at) - at);
  EXPECT_NE(testcase.find(kViolenceSv), std::string::npos) << testcase;
  EXPECT_NE(testcase.find(kWhatCountsGoalSv), std::string::npos) << testcase;
  EXPECT_EQ(xml.find("Sökte med"), std::string::npos);
}

TEST(Advice, APackWhoseDescriptionHasNoLangLoadsItAsSwedish) {
  // tests/fixtures/packs/proximity predates description lang: its description is the Swedish one,
  // and an English report falls back to it.
  TempDir dir;
  testing::write_file(dir / "utkast.txt", "Inget om uppföljning här.\n");
  const std::string rules = (source_dir() / "tests/fixtures/packs/proximity").string();
  const auto sv = run_jamkoll({"check", "--rules", rules, (dir / "utkast.txt").string()});
  EXPECT_NE(sv.out.find("Kravet innebär: Uppföljning nära strategin."), std::string::npos) << sv.out << sv.err;
  const auto en = run_jamkoll({"check", "--rules", rules, "--lang", "en", (dir / "utkast.txt").string()});
  EXPECT_NE(en.out.find("What the requirement means: Uppföljning nära strategin."), std::string::npos) << en.out;
}

}  // namespace
}  // namespace jamkoll

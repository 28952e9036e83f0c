// Rule packs are tested data: every shipped pack's examples pass, and a broken pack is refused with
// the file and line named.
#include <gtest/gtest.h>

#include "judge/data_source.h"
#include "judge/judge.h"
#include "judge/pack_loader.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using testing::run_jamkoll;
using testing::source_dir;
using testing::TempDir;

TEST(RulePack, BuiltInPackExamplesAllPass) {
  const auto r = run_jamkoll({"rules", "test"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find(" 0 failed"), std::string::npos) << r.out;
}

TEST(RulePack, EveryShippedPackOnDiskPasses) {
  int packs = 0;
  for (const auto& entry : fs::directory_iterator(source_dir() / "rules")) {
    if (!entry.is_directory()) continue;
    ++packs;
    const auto r = run_jamkoll({"rules", "test", entry.path().string()});
    EXPECT_EQ(r.exit_code, 0) << entry.path() << "\n" << r.out << r.err;
  }
  EXPECT_GE(packs, 1);
}

TEST(RulePack, ProximityParagraphSpanAndUnicodeBoundariesBehaveAsTheirExamplesSay) {
  // tests/fixtures/packs/proximity: within="3", span="paragraph", and patterns that must respect
  // Unicode word boundaries (RE2's \b would let "ägande" match inside "samägande").
  const auto r = run_jamkoll({"rules", "test", (source_dir() / "tests/fixtures/packs/proximity").string()});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("11 examples, 11 passed"), std::string::npos) << r.out;
}

TEST(RulePack, DefaultPackHasTheContractedTargets) {
  auto pack = load_default_pack();
  ASSERT_TRUE(pack) << pack.failure().message;
  std::map<std::string, const Target*> by_id;
  for (const Target& t : (*pack)->pack.targets) by_id[t.id] = &t;
  for (const char* id : {"goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
                         "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
                         "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
                         "req.internal", "req.followup"}) {
    ASSERT_TRUE(by_id.count(id)) << id;
    EXPECT_TRUE(by_id[id]->required) << id;
    EXPECT_FALSE(by_id[id]->label_sv.empty());
    EXPECT_FALSE(by_id[id]->label_en.empty());
  }
  int optional_areas = 0;
  for (const Target& t : (*pack)->pack.targets) optional_areas += !t.required && t.kind == TargetKind::kArea;
  EXPECT_GE(optional_areas, 3);
}

// Reports show the description of --lang (docs/rule-packs.md): every shipped one exists in both.
TEST(RulePack, EveryShippedDescriptionExistsInSwedishAndEnglish) {
  auto pack = load_default_pack();
  ASSERT_TRUE(pack) << pack.failure().message;
  for (const Target& t : (*pack)->pack.targets) {
    EXPECT_FALSE(t.description.empty()) << t.id;
    EXPECT_FALSE(t.description_en.empty()) << t.id;
    EXPECT_NE(t.description, t.description_en) << t.id;
    // Each requirement says in both languages what would count as work on it (<counts>).
    if (t.kind == TargetKind::kRequirement) {
      EXPECT_FALSE(t.counts_sv.empty()) << t.id;
      EXPECT_FALSE(t.counts_en.empty()) << t.id;
    }
    // A target that needs every rule names what each rule stands for in both languages (<aspect>),
    // for the advice's "Det som saknas: …".
    if (t.needs_all_rules) {
      for (const Rule& r : t.rules) {
        EXPECT_FALSE(r.aspect_sv.empty()) << r.id;
        EXPECT_FALSE(r.aspect_en.empty()) << r.id;
      }
    }
  }
}


// A copy of the shipped pack in a temp folder, with pack.xml changed by `edit`.
fs::path broken_pack(const TempDir& dir, const std::string& from, const std::string& to) {
  const fs::path pack = dir / "pack";
  fs::create_directories(pack);
  fs::copy(source_dir() / "lexicons", pack / "lexicons");
  std::string xml = testing::read_file(source_dir() / "rules/lansstrategi/pack.xml");
  const std::size_t at = xml.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  xml.replace(at, from.size(), to);
  testing::write_file(pack / "pack.xml", xml);
  return pack;
}

TEST(RulePack, SchemaErrorsNameFileAndLine) {
  TempDir dir;
  const fs::path pack = broken_pack(dir, "kind=\"goal\"", "kind=\"wish\"");
  const auto r = run_jamkoll({"rules", "test", pack.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find((pack / "pack.xml").string() + ":"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("wish"), std::string::npos) << r.err;
}

TEST(RulePack, UnknownStatementCueRoleIsASchemaError) {
  TempDir dir;
  const fs::path pack = broken_pack(dir, "<cue role=\"framing\"", "<cue role=\"vibes\"");
  const auto r = run_jamkoll({"rules", "test", pack.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find((pack / "pack.xml").string() + ":"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("vibes"), std::string::npos) << r.err;
}

TEST(RulePack, UnknownLexiconIsNamed) {
  TempDir dir;
  const fs::path pack = broken_pack(dir, "<lexicon ref=\"goal.power\"/>", "<lexicon ref=\"goal.makt\"/>");
  const auto r = run_jamkoll({"rules", "test", pack.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("goal.makt"), std::string::npos) << r.err;
}

TEST(RulePack, BadPatternIsNamedWithItsRule) {
  TempDir dir;
  const fs::path pack = broken_pack(dir, "<pattern>delmål(et|en)? (nr", "<pattern>delmål((et|en)? (nr");
  const auto r = run_jamkoll({"check", "--rules", pack.string(), (source_dir() / "samples").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("goal.power.number"), std::string::npos) << r.err;
}

TEST(RulePack, FailingExampleIsReportedWithLine) {
  TempDir dir;
  const fs::path pack = broken_pack(dir, "<example matches=\"false\">Ekonomiavdelningen ansvarar för budgeten.</example>",
                                    "<example matches=\"false\">Lönegapet är stort.</example>");
  const auto r = run_jamkoll({"rules", "test", pack.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("goal.economy.terms matches but should not"), std::string::npos) << r.out;
}

TEST(RulePack, LexiconSyntaxErrorNamesFileAndLine) {
  TempDir dir;
  const fs::path pack = broken_pack(dir, "version=", "version=");
  testing::write_file(pack / "lexicons" / "goal.power.lex", "makt och inflytande\nbeslutsfattande ; compound=sometimes\n");
  const auto r = run_jamkoll({"rules", "test", pack.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("goal.power.lex:2:"), std::string::npos) << r.err;
}

// A pack's <aspect> is what the advice names a lacking part by; without one, the target's label.
TEST(RulePack, TheAdviceNamesALackingPartByTheRulesAspect) {
  TempDir dir;
  const fs::path renamed = broken_pack(dir, "<aspect lang=\"sv\">flickors och pojkars villkor</aspect>",
                                       "<aspect lang=\"sv\">barnens villkor i testpaketet</aspect>");
  const auto r = testing::run_jamkoll({"check", "--rules", renamed.string(),
                                       (testing::source_dir() / "samples/delmal_nummer.docx").string()});
  EXPECT_NE(r.out.find("Det som saknas: barnens villkor i testpaketet."), std::string::npos) << r.out;
}

}  // namespace
}  // namespace jamkoll

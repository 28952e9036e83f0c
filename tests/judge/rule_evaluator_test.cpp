// The rule evaluator skips a rule only when it cannot match: a rule matches through any one of its
// `any` conditions (a lexicon or a pattern), and a pattern's literal prefilter never hides a match
// RE2 would find (case, non-ASCII letters, optional parts).
#include <gtest/gtest.h>

#include "judge/pattern_prefilter.h"
#include "judge/rule_evaluator.h"

namespace jamkoll {
namespace {

TEST(PatternPrefilter, TakesALiteralEveryMatchMustContain) {
  EXPECT_EQ(required_literal("delmål(et|en)? (nr\\.? |nummer )?([1-6](, ?| och | samt | eller ))*1"), "delm");
  EXPECT_EQ(required_literal("Delmål(en)? [1-1] ?[-–] ?[1-6]"), "delm");
  EXPECT_EQ(required_literal("jämställdhet"), "lldhet");          // ASCII runs without s or k
  EXPECT_EQ(required_literal("nätverk"), "tver");
  EXPECT_EQ(required_literal("budgeten?"), "budgete");             // the optional n is left out
  EXPECT_EQ(required_literal("budgetå?r"), "budget");
  EXPECT_EQ(required_literal("(mäns )?våld mot kvinnor"), "");     // no literal start
  EXPECT_EQ(required_literal("delmål 1|mål 2"), "");               // top-level alternation
  EXPECT_EQ(required_literal("ab"), "");                          // too short to pay
  EXPECT_EQ(required_literal("[|]delmål"), "");
}

TEST(PatternPrefilter, SearchesIgnoringAsciiCase) {
  EXPECT_TRUE(contains_literal("Enligt DELMÅL 3 ska", "delm"));
  EXPECT_FALSE(contains_literal("Enligt målet ska", "delm"));
  EXPECT_TRUE(contains_literal("anything", ""));
}

class RuleEvaluatorTest : public ::testing::Test {
 protected:
  RuleEvaluatorTest() : analyzer_({}), matcher_(make_lexicons(), {""}) {}

  static std::vector<Lexicon> make_lexicons() {
    std::vector<Lexicon> out;
    for (const auto& [name, text] : {std::pair{"t.women", "kvinnor\n"}, {"t.men", "män\n"}}) {
      auto lexicon = parse_lexicon(name, text, name);
      EXPECT_TRUE(lexicon) << lexicon.failure().message;
      if (lexicon) out.push_back(std::move(*lexicon));
    }
    return out;
  }

  static Condition lexicon(const char* name) { return Condition{name, ""}; }
  static Condition pattern(const char* re) { return Condition{"", re}; }

  // Does the pack's only rule match some sentence of `text`?
  bool matches(const Rule& rule, const std::string& text) {
    RulePack pack;
    pack.targets.push_back(Target{});
    pack.targets[0].rules.push_back(rule);
    auto evaluator = RuleEvaluator::create(pack);
    EXPECT_TRUE(evaluator) << evaluator.failure().message;
    if (!evaluator) return false;
    MatchCache cache;
    TextFacts facts = gather_facts(text, analyzer_, matcher_, cache);
    for (const auto& sentence : facts.sentences) {
      if ((*evaluator)->evaluate(pack.targets[0].rules[0], *sentence, *facts.paragraph)) return true;
    }
    return false;
  }

  TextAnalyzer analyzer_;
  TermMatcher matcher_;
};

TEST_F(RuleEvaluatorTest, AnyRuleMatchesThroughEachOfItsConditions) {
  Rule rule;
  rule.any = {lexicon("t.women"), lexicon("t.men"), pattern("delmål(et)? [1-6]")};
  EXPECT_TRUE(matches(rule, "Insatserna riktar sig till kvinnor."));
  EXPECT_TRUE(matches(rule, "Insatserna riktar sig till män."));       // only the second lexicon hit
  EXPECT_TRUE(matches(rule, "Arbetet gäller DELMÅLET 4 i länet."));    // only the pattern, other case
  EXPECT_FALSE(matches(rule, "Arbetet gäller länets mål."));
}

TEST_F(RuleEvaluatorTest, AllConditionsAreEachRequired) {
  Rule rule;
  rule.any = {pattern("Andel(en)?")};
  rule.all = {lexicon("t.women"), lexicon("t.men")};
  EXPECT_TRUE(matches(rule, "Andelen kvinnor och män i styrelser."));
  EXPECT_FALSE(matches(rule, "Andelen kvinnor i styrelser."));
  EXPECT_FALSE(matches(rule, "Kvinnor och män i styrelser."));
}

TEST_F(RuleEvaluatorTest, NoneConditionStillRefusesBehindThePrefilter) {
  Rule rule;
  rule.any = {lexicon("t.women")};
  rule.none = {pattern("våld mot kvinnor")};
  EXPECT_TRUE(matches(rule, "Kvinnor ska ha samma makt."));
  EXPECT_FALSE(matches(rule, "Mäns VÅLD MOT KVINNOR ska upphöra."));
}

}  // namespace
}  // namespace jamkoll

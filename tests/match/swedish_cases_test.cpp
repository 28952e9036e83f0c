// The table of Swedish cases (tests/match/swedish_cases.tsv): each line names a text and a lexicon
// that must (+) or must not (-) match somewhere in it, with the shipped lexicons — inflection,
// compounds with and without linking letters, hyphen coordination, abbreviations, false friends,
// phrases, NFD input.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "judge/pack_loader.h"
#include "judge/rule_evaluator.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

struct Case {
  int line = 0;
  bool should_match = true;
  bool known_limitation = false;  // "!+" / "!-": documented as failing today
  std::string lexicon, text, note;
};

std::vector<Case> load_cases() {
  std::vector<Case> out;
  std::ifstream in(testing::source_dir() / "tests/match/swedish_cases.tsv");
  std::string raw;
  for (int n = 1; std::getline(in, raw); ++n) {
    if (raw.empty() || raw[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(raw);
    for (std::string f; std::getline(ss, f, '\t');) fields.push_back(f);
    if (fields.size() < 3) {
      ADD_FAILURE() << "swedish_cases.tsv:" << n << ": needs EXPECT, LEXICON and TEXT";
      continue;
    }
    const bool known = fields[0].size() == 2 && fields[0][0] == '!';
    out.push_back({n, fields[0].back() == '+', known, fields[1], fields[2], fields.size() > 3 ? fields[3] : ""});
  }
  return out;
}

TEST(SwedishCases, EveryCaseHoldsWithTheShippedLexicons) {
  const auto pack = load_default_pack();
  ASSERT_TRUE(pack) << pack.failure().message;
  std::set<std::string> lexicons;
  for (const Lexicon& l : (*pack)->matcher->lexicons()) lexicons.insert(l.name);
  const std::vector<Case> cases = load_cases();
  EXPECT_GE(cases.size(), 150u);
  for (const Case& c : cases) {
    ASSERT_TRUE(lexicons.count(c.lexicon)) << "swedish_cases.tsv:" << c.line << ": unknown lexicon " << c.lexicon;
    MatchCache cache;
    const TextFacts facts = gather_facts(c.text, *(*pack)->analyzer, *(*pack)->matcher, cache);
    const bool matched = facts.paragraph->hits_by_lexicon.count(c.lexicon) > 0;
    if (c.known_limitation) {
      EXPECT_NE(matched, c.should_match) << "swedish_cases.tsv:" << c.line << ": a known limitation now works; "
                                         << "drop the '!' from this line: " << c.text;
      continue;
    }
    EXPECT_EQ(matched, c.should_match) << "swedish_cases.tsv:" << c.line << ": " << (c.should_match ? "+" : "-") << " "
                                       << c.lexicon << " «" << c.text << "» (" << c.note << ")";
  }
}

}  // namespace
}  // namespace jamkoll

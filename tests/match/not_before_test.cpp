// Lexicon options not-before= and not-after=: the entry does not match when the next word (or the
// word before it) is one of the listed words (pipeline/match/lexicon.h); a phrase is judged by the
// word after its last word and the word before its first.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "judge/pack_loader.h"
#include "match/lexicon.h"
#include "match/term_matcher.h"

namespace jamkoll {
namespace {

const TextAnalyzer& analyzer() {
  static const auto pack = load_default_pack();
  return *(*pack)->analyzer;
}

std::vector<std::string> matched(const std::string& lexicon_text, const std::string& text) {
  auto lexicon = parse_lexicon("test", lexicon_text, "test.lex");
  EXPECT_TRUE(lexicon) << lexicon.failure().message;
  const TermMatcher matcher(std::vector<Lexicon>{*lexicon}, std::vector<std::string>{"", "en", "ar", "arna"});
  std::vector<std::string> out;
  for (const Sentence& s : analyzer().analyze(text)) {
    for (const TermHit& h : matcher.match(s, matcher.thread_cache())) out.push_back(text.substr(h.begin, h.end - h.begin));
  }
  return out;
}

TEST(LexiconNotBefore, TheTermDoesNotMatchBeforeAListedWord) {
  const std::string lex = "utbildning ; weak ; not-before=om, kring\n";
  EXPECT_TRUE(matched(lex, "Vi ger utbildningar om våld.").empty());
  EXPECT_TRUE(matched(lex, "En utbildning kring heder.").empty());
  EXPECT_EQ(matched(lex, "Kvinnors utbildning ger lön."), std::vector<std::string>{"utbildning"});
  EXPECT_EQ(matched(lex, "Hon avslutade sin utbildning."), std::vector<std::string>{"utbildning"});  // last word
}

TEST(LexiconNotBefore, APhraseIsJudgedByTheWordAfterItsLastWord) {
  const std::string lex = "högre utbildning ; not-before=om\n";
  EXPECT_TRUE(matched(lex, "Kurser i högre utbildning om ledarskap.").empty());
  EXPECT_EQ(matched(lex, "Högre utbildning i länet.").size(), 1u);
}

TEST(LexiconNotAfter, TheTermDoesNotMatchAfterAListedWord) {
  const std::string lex = "kommunerna ; exact ; not-after=till, med\n";
  EXPECT_EQ(matched(lex, "Kommunerna erbjuder stöd."), std::vector<std::string>{"Kommunerna"});  // first word
  EXPECT_TRUE(matched(lex, "Stödet till kommunerna ges i nätverket.").empty());
  EXPECT_TRUE(matched(lex, "Vi samverkar med kommunerna.").empty());
  EXPECT_EQ(matched(lex, "Regionen och kommunerna samverkar.").size(), 1u);
  const auto bad = parse_lexicon("test", "kommunerna ; not-after= ,\n", "test.lex");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.failure().code, FailureCode::kLexiconSyntax);
}

TEST(LexiconNotBefore, TheOptionNeedsAWord) {
  const auto bad = parse_lexicon("test", "utbildning ; not-before=\n", "test.lex");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.failure().code, FailureCode::kLexiconSyntax);
  EXPECT_NE(bad.failure().message.find("test.lex:1"), std::string::npos) << bad.failure().message;
  EXPECT_NE(bad.failure().message.find("not-before="), std::string::npos) << bad.failure().message;
}

}  // namespace
}  // namespace jamkoll

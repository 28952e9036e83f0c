// TermMatcher::thread_cache: kept across documents on one thread, never seen by another matcher
// (its entries point into the matcher that filled it), and bounded.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>

#include "judge/pack_loader.h"
#include "match/lexicon.h"
#include "match/term_matcher.h"

namespace jamkoll {
namespace {

const TextAnalyzer& analyzer() {
  static const auto pack = load_default_pack();
  return *(*pack)->analyzer;
}

std::unique_ptr<TermMatcher> matcher_for(const std::string& lexicon_text) {
  auto lexicon = parse_lexicon("test", lexicon_text, "test.lex");
  EXPECT_TRUE(lexicon) << lexicon.failure().message;
  return std::make_unique<TermMatcher>(std::vector<Lexicon>{*lexicon}, std::vector<std::string>{"", "or", "n", "en", "et"});
}

std::vector<std::string> matched(const TermMatcher& matcher, const std::string& text) {
  std::vector<std::string> out;
  MatchCache& cache = matcher.thread_cache();
  for (const Sentence& s : analyzer().analyze(text)) {
    for (const TermHit& h : matcher.match(s, cache)) out.push_back(text.substr(h.begin, h.end - h.begin));
  }
  return out;
}

TEST(MatchThreadCache, IsKeptAcrossDocumentsOfOneMatcher) {
  const auto matcher = matcher_for("kvinna\n");
  EXPECT_EQ(matched(*matcher, "Kvinnor i länet."), std::vector<std::string>{"Kvinnor"});
  EXPECT_FALSE(matcher->thread_cache().by_token.empty());  // the second document starts warm
  EXPECT_EQ(matched(*matcher, "Fler kvinnor."), std::vector<std::string>{"kvinnor"});
}

TEST(MatchThreadCache, AnotherMatcherNeverSeesIt) {
  for (int round = 0; round < 20; ++round) {  // new matchers, often at a freed one's address
    const auto first = matcher_for("kvinna\n");
    EXPECT_EQ(matched(*first, "Kvinnor i länet."), std::vector<std::string>{"Kvinnor"});
    {
      const auto other = matcher_for("län\n");
      EXPECT_EQ(matched(*other, "Kvinnor i länet."), std::vector<std::string>{"länet"});
    }
    EXPECT_EQ(matched(*first, "Kvinnor i länet."), std::vector<std::string>{"Kvinnor"});
  }
  // One freed and the next built, as the allocator likes, where it stood.
  for (int round = 0; round < 20; ++round) {
    auto gone = matcher_for("kvinna\n");
    EXPECT_EQ(matched(*gone, "Kvinnor i länet."), std::vector<std::string>{"Kvinnor"});
    gone.reset();
    const auto next = matcher_for("län\n");
    EXPECT_EQ(matched(*next, "Kvinnor i länet."), std::vector<std::string>{"länet"});
  }
}

TEST(MatchThreadCache, EachThreadHasItsOwn) {
  const auto matcher = matcher_for("kvinna\n");
  (void)matched(*matcher, "Kvinnor i länet.");
  const MatchCache* mine = &matcher->thread_cache();
  const MatchCache* theirs = nullptr;
  std::size_t their_size = 1;
  std::thread([&] {
    theirs = &matcher->thread_cache();
    their_size = theirs->by_token.size();
  }).join();
  EXPECT_NE(mine, theirs);
  EXPECT_EQ(their_size, 0u);
}

TEST(MatchThreadCache, IsEmptiedPastItsBound) {
  const auto matcher = matcher_for("kvinna\n");
  MatchCache& cache = matcher->thread_cache();
  for (std::size_t i = 0; i <= TermMatcher::kThreadCacheTokens; ++i) cache.by_token["ord" + std::to_string(i)];
  EXPECT_GT(cache.by_token.size(), TermMatcher::kThreadCacheTokens);
  EXPECT_TRUE(matcher->thread_cache().by_token.empty());
  EXPECT_EQ(matched(*matcher, "Kvinnor."), std::vector<std::string>{"Kvinnor"});
}

}  // namespace
}  // namespace jamkoll

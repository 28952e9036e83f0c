// Finds lexicon entries in tokenised sentences. One lookup structure over all entries (hash maps
// keyed by case-folded stems and compound parts), so the cost per token does not grow with the
// number of entries; results per token type are cached.
//
// Morphology is a Swedish ending table (lexicons/inflection.txt) plus two stem alternations: a
// final -a/-e/-o drops before a vowel ending or -na/-nas (kvinna → kvinnor, medarbetare →
// medarbetarna) and the e of -el/-en/-er drops before a vowel ending (förälder → föräldrar).
// Irregular forms (man → män) are listed as entries. Why not a stemmer: bench/README.md.
// Compounds: an entry marked compound=head matches as the last part (partnervåld), compound=
// modifier as the first part with an optional linking letter (våldsutsatta); parts are at least
// min-part code points and the rest of the word must not be a derivation suffix (-sam, -lös, …).
//
// Hyphen coordination is expanded: in "hem- och omsorgsarbetet" the word "hemarbetet" is also
// tried, spanning from "hem" to "omsorgsarbetet"; a two-word entry "mr arbete" (MR-arbete) is
// tried as "MR" + "arbetet" in "MR- och jämställdhetsarbetet".
//
// Thread-safety: match() may be called concurrently, each thread with its own MatchCache
// (thread_cache()).
// Tests: tests/match/term_matcher_cache_test.cpp, tests/match/not_before_test.cpp, tests/match/swedish_cases_test.cpp
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "match/lexicon.h"
#include "text/text_analyzer.h"

namespace jamkoll {

struct TermHit {
  const LexiconEntry* entry = nullptr;
  std::uint32_t first_token = 0;  // token indices in the sentence, inclusive (a sentence is at most
  std::uint32_t last_token = 0;   // one analysis window long, so 32 bits suffice)
  std::size_t begin = 0;        // byte offsets in the block text
  std::size_t end = 0;
};

// Memo of single-token lookups: one per thread (TermMatcher::thread_cache), never shared.
struct MatchCache {
  std::unordered_map<std::string, std::vector<const LexiconEntry*>> by_token;  // token → verified first-word entries
};

class TermMatcher {
 public:
  TermMatcher(std::vector<Lexicon> lexicons, std::vector<std::string> endings);
  TermMatcher(const TermMatcher&) = delete;
  TermMatcher& operator=(const TermMatcher&) = delete;

  // REQUIRES: the sentence still has its keys (TextAnalyzer fills them; gather_facts drops them
  // after matching).
  std::vector<TermHit> match(const Sentence& sentence, MatchCache& cache) const;

  // Does this single word (case-folded) match the entry's word `word_index`? Exposed for tests
  // and for `lexicon lint`.
  bool word_matches(const LexiconEntry& entry, std::size_t word_index, const std::string& token) const;

  const std::vector<Lexicon>& lexicons() const { return lexicons_; }

  // This thread's cache for this matcher, kept across documents (what a token matches depends on
  // the token and the matcher only), so a batch, the watch folder and the service look each word
  // up once per thread. Emptied when it passes kThreadCacheTokens, so a long-running service stays
  // bounded; keyed by a serial, not the address, so a later matcher never sees it.
  MatchCache& thread_cache() const;
  static constexpr std::size_t kThreadCacheTokens = 200000;

 private:
  // Entries whose first word matches one token.
  const std::vector<const LexiconEntry*>& candidates(const std::string& token, MatchCache& cache) const;
  std::optional<std::size_t> following_words(const LexiconEntry& entry, const std::vector<std::size_t>& words,
                                             const std::vector<std::string>& keys, std::size_t w) const;
  void match_entries(const Sentence& sentence, MatchCache& cache, std::vector<TermHit>& hits) const;
  void match_hyphen_coordination(const Sentence& sentence, MatchCache& cache, std::vector<TermHit>& hits) const;
  void lookup_stem(const std::string& stem, bool vowel_ending, std::vector<const LexiconEntry*>& out,
                   const std::unordered_multimap<std::string, const LexiconEntry*>& index,
                   const std::unordered_multimap<std::string, const LexiconEntry*>& alternate) const;
  bool inflects_to(const std::string& term, const std::string& token, MatchMode mode) const;
  bool is_derivation_suffix(std::string_view rest) const;

  std::vector<Lexicon> lexicons_;
  std::vector<std::string> endings_;
  std::uint64_t serial_ = 0;  // for thread_cache()
  std::unordered_map<std::string, bool> ending_set_;  // ending → starts with a vowel
  // Keys: the entry's first word (folded) and its alternated stems.
  std::unordered_multimap<std::string, const LexiconEntry*> word_index_;
  std::unordered_multimap<std::string, const LexiconEntry*> alternate_index_;  // needs a vowel ending
  std::unordered_multimap<std::string, const LexiconEntry*> head_index_;
  std::unordered_multimap<std::string, const LexiconEntry*> head_alternate_index_;
  std::unordered_multimap<std::string, const LexiconEntry*> modifier_index_;
  std::unordered_multimap<std::string, const LexiconEntry*> prefix_index_;
  std::vector<std::size_t> head_lengths_;      // distinct byte lengths of head keys
  std::vector<std::size_t> modifier_lengths_;
  std::vector<std::size_t> prefix_lengths_;
};

}  // namespace jamkoll

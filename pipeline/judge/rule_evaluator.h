// Decides whether a rule matches one sentence, from the sentence's lexicon hits and, for pattern
// conditions, its text. RE2 patterns are matched case-insensitively; because RE2's \b and \w are
// ASCII-only, a pattern match counts only when it starts and ends on ICU token boundaries.
//
// Thread-safety: immutable after construction.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/outcome.h"
#include "judge/rule_pack.h"
#include "match/term_matcher.h"
#include "text/text_analyzer.h"

namespace re2 {
class RE2;
}

namespace jamkoll {

// One sentence, ready for rules: its text, tokens and lexicon hits grouped by lexicon name.
struct SentenceFacts {
  std::string_view block_text;
  const Sentence* sentence = nullptr;
  std::map<std::string, std::vector<const TermHit*>> hits_by_lexicon;
  std::vector<TermHit> hits;
};

// Builds SentenceFacts (REQUIRES: `facts.hits` is not moved afterwards: hits_by_lexicon points into it).
void index_hits(SentenceFacts& facts);

struct RuleMatch {
  const Rule* rule = nullptr;
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // byte ranges in the block text
  bool strong = false;          // at least one strong lexicon entry, or a pattern
  std::size_t distinct_terms = 0;
};

// A match on weak terms only (one ambiguous word such as "utbildning") does not show the topic on
// its own; it needs a strong term, a pattern, or two different terms.
inline bool counts_on_its_own(const RuleMatch& m) { return m.strong || m.distinct_terms >= 2; }

class RuleEvaluator {
 public:
  // Fails with "rules-invalid" naming the rule when a pattern does not compile.
  static Outcome<std::shared_ptr<const RuleEvaluator>> create(const RulePack& pack);
  ~RuleEvaluator();

  std::optional<RuleMatch> evaluate(const Rule& rule, const SentenceFacts& facts) const;

 private:
  RuleEvaluator() = default;
  bool condition_holds(const Condition& c, const SentenceFacts& facts, RuleMatch* collect) const;
  std::map<std::string, std::unique_ptr<re2::RE2>> patterns_;
};

}  // namespace jamkoll

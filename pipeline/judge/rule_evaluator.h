// Decides whether a rule matches one sentence, from the sentence's lexicon hits and, for pattern
// conditions, its text. A rule is only evaluated in full when it can match: every `all` lexicon hit
// and some `any` condition may hold (a lexicon that hit, a pattern whose required literal is in the
// sentence, see judge/pattern_prefilter.h); patterns are resolved per rule once, at creation. RE2 patterns are matched case-insensitively; because RE2's \b and \w are
// ASCII-only, a pattern match counts only when it starts and ends on ICU token boundaries.
//
// Thread-safety: immutable after construction.
// Tests: tests/judge/rule_evaluator_test.cpp, tests/match/swedish_cases_test.cpp
#pragma once

#include <map>
#include <memory>
#include <unordered_map>
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

// One sentence (or a whole paragraph), ready for rules: its tokens and lexicon hits, also grouped
// by lexicon name. Not copyable or movable: hits_by_lexicon points into hits.
struct SentenceFacts {
  SentenceFacts() = default;
  SentenceFacts(const SentenceFacts&) = delete;
  SentenceFacts& operator=(const SentenceFacts&) = delete;

  std::string_view block_text;
  Sentence sentence;
  std::vector<TermHit> hits;
  std::map<std::string, std::vector<const TermHit*>> hits_by_lexicon;
};

// The facts of one block's text: per sentence, and for the paragraph as a whole (every token and
// hit, when gathered: see gather_facts), which rules with span="paragraph" look at.
struct TextFacts {
  std::vector<std::unique_ptr<SentenceFacts>> sentences;
  std::unique_ptr<SentenceFacts> paragraph;
};

// Segments `text` and finds every lexicon hit, one sentence at a time. `paragraph_facts`: also
// gather every token and hit into the paragraph facts (rules with span="paragraph" need them, and
// headings are looked up whole; for other blocks the copy would only double a huge block's
// memory, so the paragraph facts stay empty). REQUIRES: `text` outlives the result.
TextFacts gather_facts(std::string_view text, const TextAnalyzer& analyzer, const TermMatcher& matcher,
                       MatchCache& cache, bool paragraph_facts = true);

// Does any rule of the pack look across a paragraph (span="paragraph")?
bool uses_paragraph_span(const RulePack& pack);

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

  // `paragraph`: the facts of the sentence's whole block, for rules whose all/none conditions
  // span the paragraph.
  std::optional<RuleMatch> evaluate(const Rule& rule, const SentenceFacts& sentence,
                                    const SentenceFacts& paragraph) const;

 private:
  struct CompiledPattern {
    std::unique_ptr<re2::RE2> re;
    std::string literal;  // in every match (lowercase ASCII), or empty
  };
  // One rule's conditions resolved at creation: per condition its pattern (nullptr for a lexicon).
  struct RulePlan {
    std::vector<const CompiledPattern*> any, all, none;
  };

  RuleEvaluator() = default;
  Outcome<const CompiledPattern*> compile(const Rule& rule, const Condition& c);
  const CompiledPattern* find_pattern(const Condition& c) const;
  static bool may_hold(const Condition& c, const CompiledPattern* pattern, const SentenceFacts& facts);
  bool may_match(const Rule& rule, const RulePlan& plan, const SentenceFacts& sentence,
                 const SentenceFacts& wide) const;
  bool condition_holds(const Condition& c, const CompiledPattern* pattern, const SentenceFacts& facts,
                       RuleMatch* collect) const;
  std::map<std::string, CompiledPattern> patterns_;
  // REQUIRES: the pack the evaluator was created from outlives it (rules are keyed by address); a
  // rule not in it is evaluated without the plan.
  std::unordered_map<const Rule*, RulePlan> plans_;
};

}  // namespace jamkoll

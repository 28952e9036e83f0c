#include "judge/rule_evaluator.h"

#include <re2/re2.h>

#include "judge/pattern_prefilter.h"

#include <algorithm>
#include <set>

namespace jamkoll {

namespace {

void index_hits(SentenceFacts& facts) {
  facts.hits_by_lexicon.clear();
  for (const TermHit& h : facts.hits) facts.hits_by_lexicon[h.entry->lexicon].push_back(&h);
}

// Token index (in facts.sentence) of the token starting at or containing byte `offset`.
std::size_t token_at(const SentenceFacts& facts, std::size_t offset) {
  const auto& tokens = facts.sentence.tokens;
  std::size_t i = 0;
  while (i + 1 < tokens.size() && tokens[i + 1].begin <= offset) ++i;
  return i;
}

// The hits of `lexicon` in the facts, or nullptr when it did not hit.
const std::vector<const TermHit*>* lexicon_hits(const SentenceFacts& facts, const std::string& lexicon) {
  auto it = facts.hits_by_lexicon.find(lexicon);
  return it == facts.hits_by_lexicon.end() || it->second.empty() ? nullptr : &it->second;
}

std::string_view text_of(const SentenceFacts& facts) {
  return facts.block_text.substr(facts.sentence.begin, facts.sentence.end - facts.sentence.begin);
}

// The hits within N tokens of some anchor, the first `anchors` of `matched` (or of any hit so far
// when there is no any-group).
std::vector<std::pair<std::size_t, std::size_t>> spans_near_anchors(
    const std::vector<std::pair<std::size_t, std::size_t>>& spans,
    const std::vector<std::pair<std::size_t, std::size_t>>& matched, std::size_t anchors, const SentenceFacts& wide,
    int within_tokens) {
  std::vector<std::pair<std::size_t, std::size_t>> near;
  for (const auto& span : spans) {
    const std::size_t t = token_at(wide, span.first);
    bool close = anchors == 0 && matched.empty();
    for (std::size_t a = 0; a < (anchors ? anchors : matched.size()) && !close; ++a) {
      const std::size_t u = token_at(wide, matched[a].first);
      close = (t > u ? t - u : u - t) <= static_cast<std::size_t>(within_tokens);
    }
    if (close) near.push_back(span);
  }
  return near;
}

// The number of different terms among sorted, unique spans. A term inside a longer one is the
// same words ("könsfördelning" in "jämnare könsfördelning"): it is no second term.
std::size_t distinct_terms(const std::vector<std::pair<std::size_t, std::size_t>>& spans, const SentenceFacts& sentence) {
  std::set<std::string_view> distinct;
  for (const auto& [b, e] : spans) {
    const bool nested = std::any_of(spans.begin(), spans.end(), [b = b, e = e](const auto& o) {
      return o.first <= b && e <= o.second && (o.first != b || o.second != e);
    });
    if (!nested) distinct.insert(sentence.block_text.substr(b, e - b));
  }
  return distinct.size();
}

}  // namespace

bool uses_paragraph_span(const RulePack& pack) {
  for (const Target& t : pack.targets) {
    for (const Rule& r : t.rules) {
      if (r.span_paragraph) return true;
    }
  }
  return false;
}

TextFacts gather_facts(std::string_view text, const TextAnalyzer& analyzer, const TermMatcher& matcher,
                       MatchCache& cache, bool paragraph_facts) {
  TextFacts out;
  out.paragraph = std::make_unique<SentenceFacts>();
  out.paragraph->block_text = text;
  out.paragraph->sentence.begin = 0;
  out.paragraph->sentence.end = text.size();
  analyzer.analyze(text, [&](Sentence&& s) {
    auto facts = std::make_unique<SentenceFacts>();
    facts->block_text = text;
    facts->sentence = std::move(s);
    facts->hits = matcher.match(facts->sentence, cache);
    // Matched: the keys are not needed again, and what stays is trimmed to size (a huge block keeps
    // many sentences; spare vector capacity would be a third of its memory).
    std::vector<std::string>().swap(facts->sentence.keys);
    facts->sentence.tokens.shrink_to_fit();
    facts->hits.shrink_to_fit();
    index_hits(*facts);
    // Paragraph hits keep their byte offsets; token indices are the sentence's own.
    if (paragraph_facts) {
      out.paragraph->sentence.tokens.insert(out.paragraph->sentence.tokens.end(), facts->sentence.tokens.begin(),
                                            facts->sentence.tokens.end());
      out.paragraph->hits.insert(out.paragraph->hits.end(), facts->hits.begin(), facts->hits.end());
    }
    out.sentences.push_back(std::move(facts));
  });
  index_hits(*out.paragraph);
  return out;
}

RuleEvaluator::~RuleEvaluator() = default;

Outcome<const RuleEvaluator::CompiledPattern*> RuleEvaluator::compile(const Rule& rule, const Condition& c) {
  if (c.pattern.empty()) return static_cast<const CompiledPattern*>(nullptr);
  if (auto it = patterns_.find(c.pattern); it != patterns_.end()) return &it->second;
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  auto re = std::make_unique<re2::RE2>(c.pattern, options);
  if (!re->ok()) {
    return Failure::rules_invalid("rule " + rule.id + " (line " + std::to_string(rule.line) + "): pattern '" +
                                        c.pattern + "' does not compile: " + re->error());
  }
  CompiledPattern& compiled = patterns_[c.pattern];
  compiled.re = std::move(re);
  compiled.literal = required_literal(c.pattern);
  return &compiled;
}

Outcome<std::shared_ptr<const RuleEvaluator>> RuleEvaluator::create(const RulePack& pack) {
  std::shared_ptr<RuleEvaluator> out(new RuleEvaluator());
  for (const Target& t : pack.targets) {
    for (const Rule& r : t.rules) {
      RulePlan& plan = out->plans_[&r];
      for (auto [list, resolved] : {std::pair{&r.any, &plan.any}, {&r.all, &plan.all}, {&r.none, &plan.none}}) {
        for (const Condition& c : *list) {
          auto compiled = out->compile(r, c);
          if (!compiled) return compiled.failure();
          resolved->push_back(*compiled);
        }
      }
    }
  }
  return std::shared_ptr<const RuleEvaluator>(out);
}

const RuleEvaluator::CompiledPattern* RuleEvaluator::find_pattern(const Condition& c) const {
  auto it = patterns_.find(c.pattern);
  return it == patterns_.end() ? nullptr : &it->second;
}

// Can the condition hold? A lexicon: it hit (exact); a pattern: its required literal is in the text.
bool RuleEvaluator::may_hold(const Condition& c, const CompiledPattern* pattern, const SentenceFacts& facts) {
  if (!c.lexicon.empty()) return lexicon_hits(facts, c.lexicon) != nullptr;
  return pattern && contains_literal(text_of(facts), pattern->literal);
}

// A necessary condition for evaluate() to match, checked without running a regex: some `any`
// condition may hold in the sentence and every `all` condition may hold in the span.
bool RuleEvaluator::may_match(const Rule& rule, const RulePlan& plan, const SentenceFacts& sentence,
                              const SentenceFacts& wide) const {
  bool any = rule.any.empty();
  for (std::size_t i = 0; i < rule.any.size() && !any; ++i) any = may_hold(rule.any[i], plan.any[i], sentence);
  if (!any) return false;
  for (std::size_t i = 0; i < rule.all.size(); ++i) {
    if (!may_hold(rule.all[i], plan.all[i], wide)) return false;
  }
  return true;
}

bool RuleEvaluator::condition_holds(const Condition& c, const CompiledPattern* pattern, const SentenceFacts& facts,
                                    RuleMatch* collect) const {
  if (!c.lexicon.empty()) {
    const auto* hits = lexicon_hits(facts, c.lexicon);
    if (!hits) return false;
    if (collect) {
      for (const TermHit* h : *hits) {
        collect->spans.emplace_back(h->begin, h->end);
        collect->strong = collect->strong || h->entry->strong;
      }
    }
    return true;
  }
  if (!pattern) return false;
  const std::string_view sentence_text = text_of(facts);
  if (!contains_literal(sentence_text, pattern->literal)) return false;
  const Sentence& s = facts.sentence;
  // Tokens are in text order: a match edge is a token edge when a token starts / ends exactly there.
  auto starts_token = [&](std::size_t at) {
    auto it2 = std::lower_bound(s.tokens.begin(), s.tokens.end(), at, [](const Token& t, std::size_t v) { return t.begin < v; });
    return it2 != s.tokens.end() && it2->begin == at;
  };
  auto ends_token = [&](std::size_t at) {
    auto it2 = std::lower_bound(s.tokens.begin(), s.tokens.end(), at, [](const Token& t, std::size_t v) { return t.end < v; });
    return it2 != s.tokens.end() && it2->end == at;
  };
  re2::StringPiece input(sentence_text.data(), sentence_text.size());
  re2::StringPiece match;
  std::size_t from = 0;
  bool found = false;
  while (from <= sentence_text.size() &&
         pattern->re->Match(input, from, sentence_text.size(), RE2::UNANCHORED, &match, 1)) {
    const std::size_t b = s.begin + static_cast<std::size_t>(match.data() - sentence_text.data());
    const std::size_t e = b + match.size();
    if (starts_token(b) && ends_token(e)) {
      found = true;
      if (collect) {
        collect->spans.emplace_back(b, e);
        collect->strong = true;
      }
    }
    from = (e - s.begin) > from ? e - s.begin : from + 1;
  }
  return found;
}

std::optional<RuleMatch> RuleEvaluator::evaluate(const Rule& rule, const SentenceFacts& sentence,
                                                  const SentenceFacts& paragraph) const {
  const SentenceFacts& wide = rule.span_paragraph ? paragraph : sentence;
  auto planned = plans_.find(&rule);
  const RulePlan* plan = planned == plans_.end() ? nullptr : &planned->second;
  if (plan && !may_match(rule, *plan, sentence, wide)) return std::nullopt;
  auto pattern_of = [&](const std::vector<const CompiledPattern*> RulePlan::*list, const std::vector<Condition>& conditions,
                        std::size_t i) { return plan ? (plan->*list)[i] : find_pattern(conditions[i]); };
  RuleMatch m;
  m.rule = &rule;
  bool any = rule.any.empty();
  for (std::size_t i = 0; i < rule.any.size(); ++i) {
    any = condition_holds(rule.any[i], pattern_of(&RulePlan::any, rule.any, i), sentence, &m) || any;
  }
  if (!any) return std::nullopt;
  const std::size_t anchors = m.spans.size();  // the any-condition's hits
  for (std::size_t i = 0; i < rule.all.size(); ++i) {
    RuleMatch part;
    if (!condition_holds(rule.all[i], pattern_of(&RulePlan::all, rule.all, i), wide, &part)) return std::nullopt;
    if (rule.within_tokens > 0) {
      part.spans = spans_near_anchors(part.spans, m.spans, anchors, wide, rule.within_tokens);
      if (part.spans.empty()) return std::nullopt;
    }
    m.spans.insert(m.spans.end(), part.spans.begin(), part.spans.end());
    m.strong = m.strong || part.strong;
  }
  for (std::size_t i = 0; i < rule.none.size(); ++i) {
    if (condition_holds(rule.none[i], pattern_of(&RulePlan::none, rule.none, i), wide, nullptr)) return std::nullopt;
  }
  if (m.spans.empty()) return std::nullopt;
  std::sort(m.spans.begin(), m.spans.end());
  m.spans.erase(std::unique(m.spans.begin(), m.spans.end()), m.spans.end());
  m.distinct_terms = distinct_terms(m.spans, sentence);
  return m;
}

}  // namespace jamkoll

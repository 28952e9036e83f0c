#include "judge/rule_evaluator.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

namespace jamkoll {

void index_hits(SentenceFacts& facts) {
  facts.hits_by_lexicon.clear();
  for (const TermHit& h : facts.hits) facts.hits_by_lexicon[h.entry->lexicon].push_back(&h);
}

RuleEvaluator::~RuleEvaluator() = default;

Outcome<std::shared_ptr<const RuleEvaluator>> RuleEvaluator::create(const RulePack& pack) {
  std::shared_ptr<RuleEvaluator> out(new RuleEvaluator());
  for (const Target& t : pack.targets) {
    for (const Rule& r : t.rules) {
      for (const auto* list : {&r.any, &r.all, &r.none}) {
        for (const Condition& c : *list) {
          if (c.pattern.empty() || out->patterns_.count(c.pattern)) continue;
          RE2::Options options;
          options.set_case_sensitive(false);
          options.set_log_errors(false);
          auto re = std::make_unique<re2::RE2>(c.pattern, options);
          if (!re->ok()) {
            return Failure{"rules-invalid", "rule " + r.id + " (line " + std::to_string(r.line) + "): pattern '" +
                                                c.pattern + "' does not compile: " + re->error()};
          }
          out->patterns_.emplace(c.pattern, std::move(re));
        }
      }
    }
  }
  return std::shared_ptr<const RuleEvaluator>(out);
}

bool RuleEvaluator::condition_holds(const Condition& c, const SentenceFacts& facts, RuleMatch* collect) const {
  if (!c.lexicon.empty()) {
    auto it = facts.hits_by_lexicon.find(c.lexicon);
    if (it == facts.hits_by_lexicon.end() || it->second.empty()) return false;
    if (collect) {
      for (const TermHit* h : it->second) {
        collect->spans.emplace_back(h->begin, h->end);
        collect->strong = collect->strong || h->entry->strong;
      }
    }
    return true;
  }
  auto it = patterns_.find(c.pattern);
  if (it == patterns_.end() || !facts.sentence) return false;
  const Sentence& s = *facts.sentence;
  std::set<std::size_t> starts, ends;
  for (const Token& t : s.tokens) {
    starts.insert(t.begin);
    ends.insert(t.end);
  }
  const std::string_view sentence_text = facts.block_text.substr(s.begin, s.end - s.begin);
  re2::StringPiece input(sentence_text.data(), sentence_text.size());
  re2::StringPiece match;
  std::size_t from = 0;
  bool found = false;
  while (from <= sentence_text.size() &&
         it->second->Match(input, from, sentence_text.size(), RE2::UNANCHORED, &match, 1)) {
    const std::size_t b = s.begin + static_cast<std::size_t>(match.data() - sentence_text.data());
    const std::size_t e = b + match.size();
    if (starts.count(b) && ends.count(e)) {
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

std::optional<RuleMatch> RuleEvaluator::evaluate(const Rule& rule, const SentenceFacts& facts) const {
  RuleMatch m;
  m.rule = &rule;
  bool any = rule.any.empty();
  for (const Condition& c : rule.any) any = condition_holds(c, facts, &m) || any;
  if (!any) return std::nullopt;
  for (const Condition& c : rule.all) {
    if (!condition_holds(c, facts, &m)) return std::nullopt;
  }
  for (const Condition& c : rule.none) {
    if (condition_holds(c, facts, nullptr)) return std::nullopt;
  }
  if (m.spans.empty()) return std::nullopt;
  std::sort(m.spans.begin(), m.spans.end());
  m.spans.erase(std::unique(m.spans.begin(), m.spans.end()), m.spans.end());
  std::set<std::string_view> distinct;
  for (const auto& [b, e] : m.spans) distinct.insert(facts.block_text.substr(b, e - b));
  m.distinct_terms = distinct.size();
  return m;
}

}  // namespace jamkoll

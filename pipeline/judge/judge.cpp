#include "judge/judge.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "common/unicode.h"
#include "judge/document_analysis.h"

namespace jamkoll {
namespace {

// A sentence (or a run of short list items) naming this many goals/areas recites them.
constexpr std::size_t kRecitationTargets = 3;
// List items longer than this are statements of their own, not entries of a recited list
// (unless they recite a goal's definition).
constexpr std::size_t kRecitedItemMaxWords = 10;
// Names in an enumeration stand at most this many words apart ("makt och inflytande, ekonomisk
// jämställdhet samt …").
constexpr std::size_t kEnumerationMaxGapWords = 3;

bool is_goal_or_area(const Target& t) { return t.kind == TargetKind::kGoal || t.kind == TargetKind::kArea; }

bool in_scope(const Rule& rule, BlockKind kind) {
  if (rule.scope.empty()) return true;
  auto has = [&](const char* s) { return std::find(rule.scope.begin(), rule.scope.end(), s) != rule.scope.end(); };
  switch (kind) {
    case BlockKind::kTitle:
    case BlockKind::kHeading:
    case BlockKind::kTocEntry:  // entries repeat headings
      return has("heading");
    case BlockKind::kParagraph:
    case BlockKind::kListItem:
      return has("body");
    case BlockKind::kTableCell:
      return has("table");
    case BlockKind::kFootnote:
    case BlockKind::kEndnote:
      return has("footnote");
    case BlockKind::kTextBox:
      return has("text-box");
    default:
      return false;
  }
}

struct NamedSpan {
  std::size_t begin;
  std::size_t end;
  const Target* target;
};

// Does the sentence enumerate at least kRecitationTargets goals/areas: names standing in a chain
// with at most kEnumerationMaxGapWords words between neighbours?
bool enumerates_targets(const AnalyzedSentence& s, std::vector<NamedSpan> names) {
  std::sort(names.begin(), names.end(), [](const NamedSpan& a, const NamedSpan& b) { return a.begin < b.begin; });
  // Word tokens in text order, so the words between two names are counted by binary search.
  std::vector<std::size_t> word_begins;
  for (const Token& t : s.sentence().tokens) {
    if (t.is_word) word_begins.push_back(t.begin);
  }
  auto words_between = [&](std::size_t from, std::size_t to) {
    return static_cast<std::size_t>(std::lower_bound(word_begins.begin(), word_begins.end(), to) -
                                    std::lower_bound(word_begins.begin(), word_begins.end(), from));
  };
  std::set<const Target*> chain;
  std::size_t chain_end = 0;
  for (const NamedSpan& n : names) {
    if (chain.empty() || (n.begin > chain_end && words_between(chain_end, n.begin) > kEnumerationMaxGapWords)) {
      chain.clear();
    }
    chain.insert(n.target);
    chain_end = std::max(chain_end, n.end);
    if (chain.size() >= kRecitationTargets) return true;
  }
  return false;
}

// Cuts `text` to at most kMaxEvidenceBytes around [focus_begin, focus_end) on character
// boundaries, with "…" where it was cut; shifts `spans` accordingly.
std::string cut_evidence(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>>& spans) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  if (end > kMaxEvidenceBytes) {
    const std::size_t focus = spans.empty() ? 0 : spans.front().first;
    begin = focus > kMaxEvidenceBytes / 3 ? focus - kMaxEvidenceBytes / 3 : 0;
    end = std::min(text.size(), begin + kMaxEvidenceBytes);
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  }
  std::string out = begin > 0 ? "…" : "";
  const std::size_t shift = out.size();
  out += text.substr(begin, end - begin);
  if (end < text.size()) out += "…";
  std::vector<std::pair<std::size_t, std::size_t>> kept;
  for (auto [b, e] : spans) {
    if (b >= begin && e <= end) kept.emplace_back(b - begin + shift, e - begin + shift);
  }
  spans = std::move(kept);
  return out;
}

// Trims the sentence's surrounding whitespace; returns the cut evidence text and spans relative to it.
Evidence make_evidence(const AnalyzedBlock& ab, const AnalyzedSentence& as, const RuleMatch& m) {
  Evidence e;
  const Block& b = *ab.block;
  const Sentence& s = as.sentence();
  std::string_view sentence = std::string_view(b.text).substr(s.begin, s.end - s.begin);
  const std::string_view trimmed = trim(sentence);
  const std::size_t offset = s.begin + static_cast<std::size_t>(trimmed.data() - sentence.data());
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::set<std::string> seen;
  for (auto [s, t] : m.spans) {
    if (s < offset || t > offset + trimmed.size()) continue;
    spans.emplace_back(s - offset, t - offset);
    const std::string term(b.text.substr(s, t - s));
    if (seen.insert(term).second) e.terms.push_back(term);
  }
  e.text = cut_evidence(trimmed, spans);
  for (char& c : e.text) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  e.highlights = std::move(spans);
  e.heading = b.heading_path;
  e.block = b.index;
  e.part = b.part;
  e.kind = b.kind;
  e.rule = m.rule->id;
  e.strength = m.rule->weight * (m.strong ? 1.0 : 0.5) * (1.0 + 0.1 * static_cast<double>(std::min<std::size_t>(m.distinct_terms, 5)));
  return e;
}

// Marks the items of recited lists: consecutive short list items that together name at least
// kRecitationTargets goals/areas ("Jämställd hälsa", "Ekonomisk jämställdhet", …).
std::set<std::size_t> recited_list_items(const DocumentAnalysis& a, const std::vector<std::set<std::string>>& named) {
  std::set<std::size_t> out;
  std::size_t i = 0;
  while (i < a.blocks.size()) {
    if (a.blocks[i].block->kind != BlockKind::kListItem) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::set<std::string> targets;
    std::vector<std::size_t> short_naming;
    while (j < a.blocks.size() && a.blocks[j].block->kind == BlockKind::kListItem) {
      const auto& sentences = a.blocks[j].sentences;
      const bool recites_definition =
          std::any_of(sentences.begin(), sentences.end(), [](const auto& s) { return s->definition; });
      if ((a.blocks[j].word_count <= kRecitedItemMaxWords || recites_definition) && !named[j].empty()) {
        short_naming.push_back(j);
        targets.insert(named[j].begin(), named[j].end());
      }
      ++j;
    }
    if (targets.size() >= kRecitationTargets) out.insert(short_naming.begin(), short_naming.end());
    i = j;
  }
  return out;
}

double addressed_score(std::size_t n) { return 0.5 + 0.5 * (1.0 - std::pow(0.5, static_cast<double>(n))); }
double mentioned_score(std::size_t n) { return 0.25 * (1.0 - std::pow(0.5, static_cast<double>(n))); }

}  // namespace

Outcome<std::shared_ptr<const Judge>> Judge::create(std::shared_ptr<const LoadedPack> pack,
                                                    std::map<std::string, bool> required_override) {
  for (const auto& entry : required_override) {
    const std::string& id = entry.first;
    const auto& targets = pack->pack.targets;
    if (std::none_of(targets.begin(), targets.end(), [&](const Target& t) { return t.id == id; })) {
      return Failure{"usage", "unknown target '" + id + "' in --require/--optional (rule pack " + pack->pack.id + ")"};
    }
  }
  auto evaluator = RuleEvaluator::create(pack->pack);
  if (!evaluator) return evaluator.failure();
  std::shared_ptr<Judge> judge(new Judge());
  judge->pack_ = std::move(pack);
  judge->evaluator_ = *evaluator;
  judge->required_override_ = std::move(required_override);
  return std::shared_ptr<const Judge>(judge);
}

bool Judge::is_required(const Target& target) const {
  auto it = required_override_.find(target.id);
  return it != required_override_.end() ? it->second : target.required;
}

DocumentVerdict Judge::judge(const Document& document) const {
  const RulePack& pack = pack_->pack;
  DocumentAnalysis analysis = analyze_document(document, *pack_);

  // 1. Every rule match, per target, and which goals/areas each sentence and block names.
  struct Found {
    const AnalyzedBlock* block;
    const AnalyzedSentence* sentence;
    RuleMatch match;
  };
  std::vector<std::vector<Found>> found(pack.targets.size());
  std::vector<std::set<std::string>> named_in_block(analysis.blocks.size());
  std::map<const AnalyzedSentence*, std::vector<NamedSpan>> named_in_sentence;
  for (std::size_t bi = 0; bi < analysis.blocks.size(); ++bi) {
    const AnalyzedBlock& ab = analysis.blocks[bi];
    for (const auto& as : ab.sentences) {
      for (std::size_t ti = 0; ti < pack.targets.size(); ++ti) {
        const Target& target = pack.targets[ti];
        for (const Rule& rule : target.rules) {
          if (!in_scope(rule, ab.block->kind)) continue;
          if (auto m = evaluator_->evaluate(rule, *as->facts, *ab.facts.paragraph)) {
            if (is_goal_or_area(target) && counts_on_its_own(*m)) {
              for (const auto& [b, e] : m->spans) named_in_sentence[as.get()].push_back({b, e, &target});
              named_in_block[bi].insert(target.id);
            }
            found[ti].push_back({&ab, as.get(), std::move(*m)});
          }
        }
      }
    }
  }
  const std::set<std::size_t> recited_items = recited_list_items(analysis, named_in_block);
  std::set<const AnalyzedSentence*> enumerations;
  for (const auto& [sentence, names] : named_in_sentence) {
    if (enumerates_targets(*sentence, names)) enumerations.insert(sentence);
  }

  // 2. Classify every match: substantive, or a mere mention and why.
  // nullopt: the match is ignored (a lone weak term with no support around it).
  // Is block `b` in a section whose heading names the target with a strong term?
  auto section_is_about = [&](std::size_t target_index, const Block& b) {
    for (const Found& other : found[target_index]) {
      const Block& heading = *other.block->block;
      if (heading.kind != BlockKind::kHeading || !counts_on_its_own(other.match)) continue;
      const std::string title(trim(heading.text));
      if (std::find(b.heading_path.begin(), b.heading_path.end(), title) != b.heading_path.end()) return true;
    }
    return false;
  };
  // nullopt: the match is ignored (a lone weak term, such as "utbildning", with no support).
  auto classify = [&](std::size_t target_index, const Found& f) -> std::optional<MentionReason> {
    const Target& target = pack.targets[target_index];
    const Block& b = *f.block->block;
    const AnalyzedSentence& s = *f.sentence;
    if (!counts_on_its_own(f.match)) {
      const bool running_text = b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem ||
                                b.kind == BlockKind::kTableCell || b.kind == BlockKind::kTextBox ||
                                b.kind == BlockKind::kFootnote || b.kind == BlockKind::kEndnote;
      if (!running_text || !section_is_about(target_index, b)) return std::nullopt;
    }
    if (b.kind == BlockKind::kTocEntry) return MentionReason::kTableOfContents;
    if (b.kind == BlockKind::kTitle) return MentionReason::kTitle;
    if (s.placeholder) return MentionReason::kPlaceholder;
    if (s.exclusion || f.block->in_scope_section) return MentionReason::kExclusion;
    if (s.recitation) return MentionReason::kRecitation;
    if (is_goal_or_area(target)) {
      if (enumerations.count(&s)) return MentionReason::kRecitation;
      if (recited_items.count(static_cast<std::size_t>(b.index))) return MentionReason::kRecitation;
    }
    if (b.kind == BlockKind::kHeading) return f.block->has_content ? MentionReason::kNone : MentionReason::kEmptyHeading;
    if (b.kind == BlockKind::kTableCell && f.block->word_count <= kLabelCellMaxWords && !f.block->has_content) {
      // A label cell ("Delmål 4") with nothing beside it, or with "Ingår inte".
      return f.block->row_excluded ? MentionReason::kExclusion : MentionReason::kEmptyHeading;
    }
    return MentionReason::kNone;
  };

  DocumentVerdict verdict;
  for (std::size_t ti = 0; ti < pack.targets.size(); ++ti) {
    const Target& target = pack.targets[ti];
    TargetVerdict tv;
    tv.target = &target;
    tv.required = is_required(target);
    std::vector<Evidence> substantive, mentions;
    std::set<std::string> rules_with_substance;
    // One evidence per sentence and list, whichever rule found it first.
    std::set<std::pair<int, std::size_t>> seen_substantive, seen_mentions;
    for (const Found& f : found[ti]) {
      const std::optional<MentionReason> classified = classify(ti, f);
      if (!classified) continue;
      const MentionReason reason = *classified;
      const bool counts = reason == MentionReason::kNone;
      if (counts) rules_with_substance.insert(f.match.rule->id);
      auto& seen = counts ? seen_substantive : seen_mentions;
      if (!seen.insert({f.block->block->index, f.sentence->sentence().begin}).second) continue;
      Evidence e = make_evidence(*f.block, *f.sentence, f.match);
      e.reason = reason;
      (counts ? substantive : mentions).push_back(std::move(e));
    }
    bool addressed = !rules_with_substance.empty();
    if (target.needs_all_rules) addressed = rules_with_substance.size() == target.rules.size();
    if (addressed) {
      tv.status = Status::kAddressed;
      std::stable_sort(substantive.begin(), substantive.end(),
                       [](const Evidence& a, const Evidence& b) { return a.strength > b.strength; });
      tv.score = addressed_score(substantive.size());
      if (substantive.size() > kMaxEvidence) substantive.resize(kMaxEvidence);
      tv.evidence = std::move(substantive);
    } else if (!substantive.empty() || !mentions.empty()) {
      tv.status = Status::kMentioned;
      if (!substantive.empty()) {
        // Some but not all required aspects (needs_all_rules).
        tv.why = MentionReason::kPartial;
        for (Evidence& e : substantive) e.reason = MentionReason::kPartial;
        mentions.insert(mentions.begin(), substantive.begin(), substantive.end());
      } else {
        std::map<MentionReason, int> counts;
        for (const Evidence& e : mentions) ++counts[e.reason];
        tv.why = std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
      }
      tv.score = mentioned_score(mentions.size());
      if (mentions.size() > kMaxEvidence) mentions.resize(kMaxEvidence);
      tv.evidence = std::move(mentions);
    } else {
      tv.status = Status::kMissing;
      for (const Rule& r : target.rules) tv.tried.push_back(r.id);
    }
    verdict.targets.push_back(std::move(tv));
  }
  return verdict;
}

}  // namespace jamkoll

#include "judge/judge.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "common/unicode.h"
#include "judge/document_analysis.h"
#include "judge/evidence_builder.h"
#include "judge/mention_classifier.h"
#include "judge/recitations.h"

namespace jamkoll {
namespace {

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

bool is_running_text(BlockKind k) {
  return k == BlockKind::kParagraph || k == BlockKind::kListItem || k == BlockKind::kTableCell ||
         k == BlockKind::kTextBox || k == BlockKind::kFootnote || k == BlockKind::kEndnote;
}

double addressed_score(std::size_t n) { return 0.5 + 0.5 * (1.0 - std::pow(0.5, static_cast<double>(n))); }
double mentioned_score(std::size_t n) { return 0.25 * (1.0 - std::pow(0.5, static_cast<double>(n))); }

// Step 1: every rule match, per target, and which goals/areas each sentence and block names.
struct Matches {
  std::vector<std::vector<Found>> by_target;
  std::vector<std::set<std::string>> named_in_block;
};

Matches collect_matches(const DocumentAnalysis& analysis, const RulePack& pack, const RuleEvaluator& evaluator,
                        MentionContext& context) {
  Matches out;
  out.by_target.resize(pack.targets.size());
  out.named_in_block.resize(analysis.blocks.size());
  for (std::size_t bi = 0; bi < analysis.blocks.size(); ++bi) {
    const AnalyzedBlock& ab = analysis.blocks[bi];
    for (const auto& as : ab.sentences) {
      for (std::size_t ti = 0; ti < pack.targets.size(); ++ti) {
        const Target& target = pack.targets[ti];
        for (const Rule& rule : target.rules) {
          if (!in_scope(rule, ab.block->kind)) continue;
          auto m = evaluator.evaluate(rule, *as->facts, *ab.facts.paragraph);
          if (!m) continue;
          if (is_goal_or_area(target) && counts_on_its_own(*m)) {
            for (const auto& [b, e] : m->spans) context.named_in_sentence[as.get()].push_back({b, e, &target});
            out.named_in_block[bi].insert(target.id);
          } else if (is_goal_or_area(target)) {
            for (const auto& [b, e] : m->spans) context.weakly_named_in_sentence[as.get()].push_back({b, e, &target});
          }
          out.by_target[ti].push_back({&ab, as.get(), std::move(*m)});
        }
      }
    }
  }
  return out;
}

// Step 2: recitations, and what each passage is about: the goals/areas named by the nearest
// heading that names any, and by each block's first sentence.
void find_context(const DocumentAnalysis& analysis, const RulePack& pack, const Matches& matches, MentionContext& c) {
  c.recited_items = recited_list_items(analysis, matches.named_in_block);
  c.recited_duty_items = items_after_recitation_lead(analysis);
  // A weak term is a name in a list too ("statistik om inkomster, utbildning, hälsa och förtroendeuppdrag").
  std::map<const AnalyzedSentence*, std::vector<NamedSpan>> all_names = c.named_in_sentence;
  for (const auto& [sentence, names] : c.weakly_named_in_sentence) {
    all_names[sentence].insert(all_names[sentence].end(), names.begin(), names.end());
  }
  for (const auto& [sentence, names] : all_names) {
    if (enumerates_targets(*sentence, names)) c.enumerations.insert(sentence);
  }
  std::map<std::string, std::set<const Target*>> heading_targets;
  for (std::size_t ti = 0; ti < pack.targets.size(); ++ti) {
    for (const Found& f : matches.by_target[ti]) {
      const Block& b = *f.block->block;
      if (b.kind != BlockKind::kHeading || !is_goal_or_area(pack.targets[ti])) continue;
      // A short heading names its section's topic by a weak term too ("Hälsa", "Arbete och försörjning").
      if (!counts_on_its_own(f.match) && f.block->word_count > kTopicHeadingMaxWords) continue;
      heading_targets[std::string(trim(b.text))].insert(&pack.targets[ti]);
    }
  }
  c.section_topic.assign(analysis.blocks.size(), {});
  c.paragraph_lead.assign(analysis.blocks.size(), {});
  for (std::size_t bi = 0; bi < analysis.blocks.size(); ++bi) {
    const AnalyzedBlock& ab = analysis.blocks[bi];
    const auto& path = ab.block->heading_path;
    for (auto h = path.rbegin(); h != path.rend(); ++h) {
      auto it = heading_targets.find(std::string(trim(*h)));
      if (it == heading_targets.end()) continue;
      c.section_topic[bi] = it->second;
      break;
    }
    if (ab.sentences.empty()) continue;
    auto lead = c.named_in_sentence.find(ab.sentences.front().get());
    if (lead == c.named_in_sentence.end()) continue;
    for (const NamedSpan& n : lead->second) c.paragraph_lead[bi].insert(n.target);
  }
}

// Is the heading nothing but the matched term, after its number ("4.2 Utbildning")? Then a weak
// term names the section ("Personalens utbildning" does not).
bool heading_is_the_term(const Found& heading) {
  const std::string& text = heading.block->block->text;
  const std::size_t first = text.find_first_not_of("0123456789.:) \t");
  const std::size_t last = text.find_last_not_of(" \t.:");
  if (first == std::string::npos || last == std::string::npos) return false;
  return std::any_of(heading.match.spans.begin(), heading.match.spans.end(),
                     [first, last](const auto& span) { return span.first <= first && span.second > last; });
}

// Is block `b` in a section whose heading names the target with a strong term, or is only a weak
// term ("Utbildning")?
bool section_is_about(const std::vector<Found>& found, const Block& b) {
  for (const Found& other : found) {
    const Block& heading = *other.block->block;
    if (heading.kind != BlockKind::kHeading) continue;
    if (!counts_on_its_own(other.match) && !heading_is_the_term(other)) continue;
    const std::string title(trim(heading.text));
    if (std::find(b.heading_path.begin(), b.heading_path.end(), title) != b.heading_path.end()) return true;
  }
  return false;
}

// A lone weak term ("utbildning") with no support in the sentence or its section is ignored.
bool is_ignored(const std::vector<Found>& found, const Found& f) {
  if (counts_on_its_own(f.match)) return false;
  return !is_running_text(f.block->block->kind) || !section_is_about(found, *f.block->block);
}

// Reasons for which a lone weak term ("hälsan" in "… vilket påverkar hälsan") still names the
// target: a cause, consequence or purpose of the goal the passage works on shows what the word
// refers to (staff training in a framing sentence stays a false friend).
bool weak_can_mention(MentionReason r) { return r == MentionReason::kPassing || r == MentionReason::kPurpose; }

// Step 3, per target: substantive evidence and mentions, one per sentence.
struct Sorted {
  std::vector<Evidence> substantive, mentions;
  std::set<std::string> rules_with_substance;
  CommitmentProfile profile{};
};

Sorted sort_matches(const Target& target, const std::vector<Found>& found, const MentionContext& context) {
  Sorted out;
  std::set<std::pair<int, std::size_t>> seen_substantive, seen_mentions;
  for (const Found& f : found) {
    const MentionReason reason = classify_match(target, f, context);
    // A lone weak term cannot show work on the target, but it can be named in passing, framing …
    if (is_ignored(found, f) && (reason == MentionReason::kNone || !weak_can_mention(reason))) continue;
    const bool counts = reason == MentionReason::kNone;
    if (counts) out.rules_with_substance.insert(f.match.rule->id);
    auto& seen = counts ? seen_substantive : seen_mentions;
    if (!seen.insert({f.block->block->index, f.sentence->sentence().begin}).second) continue;
    Evidence e = make_evidence(*f.block, *f.sentence, f.match);
    e.reason = reason;
    if (!counts) e.statement = StatementType::kNotSubstantive;
    if (counts && f.block->block->kind != BlockKind::kHeading) {
      for (std::size_t k = 0; k < kSubstanceCount; ++k) out.profile[k] += f.sentence->statement.substance[k] ? 1 : 0;
    }
    (counts ? out.substantive : out.mentions).push_back(std::move(e));
  }
  return out;
}

// The strongest evidence first; for a target needing every rule, the best sentence of each rule
// leads (both pairs of req.conditions are shown).
void order_evidence(const Target& target, std::vector<Evidence>& evidence) {
  std::stable_sort(evidence.begin(), evidence.end(), [](const Evidence& a, const Evidence& b) { return a.strength > b.strength; });
  if (!target.needs_all_rules) return;
  std::vector<Evidence> leading, rest;
  std::set<std::string> rules;
  for (Evidence& e : evidence) (rules.insert(e.rule).second ? leading : rest).push_back(std::move(e));
  leading.insert(leading.end(), std::make_move_iterator(rest.begin()), std::make_move_iterator(rest.end()));
  evidence = std::move(leading);
}

MentionReason main_reason(const std::vector<Evidence>& mentions) {
  std::map<MentionReason, int> counts;
  for (const Evidence& e : mentions) ++counts[e.reason];
  return std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
}

// Step 4: the verdict of one target from its sorted matches.
TargetVerdict decide(const Target& target, bool required, Sorted sorted) {
  TargetVerdict tv;
  tv.target = &target;
  tv.required = required;
  tv.profile = sorted.profile;
  bool addressed = !sorted.rules_with_substance.empty();
  if (target.needs_all_rules) addressed = sorted.rules_with_substance.size() == target.rules.size();
  if (addressed) {
    tv.status = Status::kAddressed;
    order_evidence(target, sorted.substantive);
    tv.score = addressed_score(sorted.substantive.size());
    if (sorted.substantive.size() > kMaxEvidence) sorted.substantive.resize(kMaxEvidence);
    tv.evidence = std::move(sorted.substantive);
  } else if (!sorted.substantive.empty() || !sorted.mentions.empty()) {
    tv.status = Status::kMentioned;
    if (!sorted.substantive.empty()) {
      // Some but not all required aspects (needs_all_rules).
      tv.why = MentionReason::kPartial;
      for (Evidence& e : sorted.substantive) e.reason = MentionReason::kPartial;
      sorted.mentions.insert(sorted.mentions.begin(), sorted.substantive.begin(), sorted.substantive.end());
    } else {
      tv.why = main_reason(sorted.mentions);
    }
    tv.score = mentioned_score(sorted.mentions.size());
    if (sorted.mentions.size() > kMaxEvidence) sorted.mentions.resize(kMaxEvidence);
    tv.evidence = std::move(sorted.mentions);
  } else {
    tv.status = Status::kMissing;
    for (const Rule& r : target.rules) tv.tried.push_back(r.id);
  }
  return tv;
}

}  // namespace

Outcome<std::shared_ptr<const Judge>> Judge::create(std::shared_ptr<const LoadedPack> pack,
                                                    std::map<std::string, bool> required_override) {
  for (const auto& entry : required_override) {
    const std::string& id = entry.first;
    const auto& targets = pack->pack.targets;
    if (std::none_of(targets.begin(), targets.end(), [&](const Target& t) { return t.id == id; })) {
      return Failure::usage("unknown target '" + id + "' in --require/--optional (rule pack " + pack->pack.id + ")");
    }
  }
  auto evaluator = RuleEvaluator::create(pack->pack);
  if (!evaluator) return evaluator.failure();
  std::shared_ptr<Judge> judge(new Judge());
  judge->statements_ = std::make_shared<const StatementReader>(pack->pack);
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
  const DocumentAnalysis analysis = analyze_document(document, *pack_, *statements_);
  MentionContext context;
  const Matches matches = collect_matches(analysis, pack, *evaluator_, context);
  find_context(analysis, pack, matches, context);
  DocumentVerdict verdict;
  for (std::size_t ti = 0; ti < pack.targets.size(); ++ti) {
    const Target& target = pack.targets[ti];
    verdict.targets.push_back(decide(target, is_required(target), sort_matches(target, matches.by_target[ti], context)));
  }
  return verdict;
}

}  // namespace jamkoll

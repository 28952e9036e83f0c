#include "report/advice.h"

#include <algorithm>
#include <cctype>

#include "report/labels.h"

namespace jamkoll {
namespace {

// How a reader names an aspect of a target that needs every rule: the rule's <aspect> in the pack
// ("kvinnors och mäns villkor"); a rule without one is named by its target's label (never by its id).
std::string aspect_words(const Rule& rule, const Target& target, Language language) {
  const std::string& words = language == Language::kSwedish || rule.aspect_en.empty() ? rule.aspect_sv : rule.aspect_en;
  if (!words.empty()) return words;
  return (language == Language::kSwedish ? "en del av " : "part of ") + target_label(target, language);
}

// "målet", "området", "kravet" / "goal", "area", "requirement".
std::string target_noun(const Target& target, bool sv) {
  switch (target.kind) {
    case TargetKind::kGoal: return sv ? "målet" : "goal";
    case TargetKind::kArea:
    case TargetKind::kOptional: return sv ? "området" : "area";
    case TargetKind::kRequirement: return sv ? "kravet" : "requirement";
  }
  return sv ? "målet" : "target";
}

// The rules that found substance: evidence that counts, or counts only in part (req.conditions).
bool rule_has_substance(const TargetVerdict& t, const std::string& rule) {
  return std::any_of(t.evidence.begin(), t.evidence.end(), [&](const Evidence& e) {
    return e.rule == rule && (e.reason == MentionReason::kNone || e.reason == MentionReason::kPartial);
  });
}

void fill_lacking(const TargetVerdict& t, Language language, Advice& advice) {
  if (!t.target->needs_all_rules || t.status == Status::kAddressed) return;
  std::string words;
  for (const Rule& rule : t.target->rules) {
    if (rule_has_substance(t, rule.id)) continue;
    advice.lacking.push_back(rule.id);
    words += (words.empty() ? "" : (language == Language::kSwedish ? " och " : " and ")) +
             aspect_words(rule, *t.target, language);
  }
  if (words.empty()) return;
  advice.lacking_sentence = (language == Language::kSwedish ? "Det som saknas: " : "What is lacking: ") + words + ".";
}

}  // namespace

std::string description_line(const Target& target, Language language) {
  const std::string text = target_description(target, language);
  if (text.empty()) return "";
  const bool sv = language == Language::kSwedish;
  std::string noun = target_noun(target, sv);
  if (sv) noun[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(noun[0])));
  return (sv ? noun + " innebär: " : "What the " + noun + " means: ") + text;
}

std::string what_counts_line(const Target& target, Language language) {
  const bool sv = language == Language::kSwedish;
  // The pack's own line for the target, when it has one (<counts>; English falls back to Swedish).
  const std::string& own = !sv && !target.counts_en.empty() ? target.counts_en : target.counts_sv;
  if (!own.empty()) return (sv ? "Det som skulle räknas: " : "What would count: ") + own;
  // about="strategy" (req.followup): only the strategy's own follow-up counts, not a goal's.
  if (target.about_strategy) {
    return sv ? "Det som skulle räknas: text om hur strategin själv följs upp – indikatorer, ansvar, tidpunkter och "
                "redovisning."
              : "What would count: text on how the strategy itself is followed up – indicators, responsibility, "
                "dates and reporting.";
  }
  return sv ? "Det som skulle räknas: text som arbetar med " + target_noun(target, sv) +
                  " självt – analys av läget i länet, mål, insatser, ansvar eller uppföljning."
            : "What would count: text that works on the " + target_noun(target, sv) +
                  " itself – analysis of the situation in the county, objectives, activities, responsibility or "
                  "follow-up.";
}

Advice advice_for(const TargetVerdict& t, Language language) {
  Advice advice;
  advice.description = description_line(*t.target, language);
  advice.what_counts = what_counts_line(*t.target, language);
  fill_lacking(t, language, advice);
  return advice;
}

std::vector<std::string> advice_lines(const Advice& advice) {
  std::vector<std::string> out;
  for (const std::string* line : {&advice.description, &advice.lacking_sentence, &advice.what_counts}) {
    if (!line->empty()) out.push_back(*line);
  }
  return out;
}

std::vector<const TargetVerdict*> targets_to_fix(const DocumentResult& r) {
  std::vector<const TargetVerdict*> out;
  for (const TargetVerdict& t : r.verdict.targets) {
    if (r.is_new_gap(t)) out.push_back(&t);
  }
  return out;
}

const char* to_fix_title(Language language) { return language == Language::kSwedish ? "Att åtgärda" : "To fix"; }

std::string nothing_to_fix(Language language, std::size_t accepted) {
  const bool sv = language == Language::kSwedish;
  if (accepted > 0) {
    // With a baseline the accepted gaps are still gaps: "every required target" would not be true.
    const std::string n = std::to_string(accepted);
    return sv ? "Inga nya luckor: de " + n + " obligatoriska mål och krav som inte behandlas är accepterade (--baseline)."
              : "No new gaps: the " + n + " required targets not addressed are accepted (--baseline).";
  }
  return sv ? "Alla obligatoriska mål och krav behandlas." : "Every required goal and requirement is addressed.";
}

}  // namespace jamkoll

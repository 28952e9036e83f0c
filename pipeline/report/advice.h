// What a drafting team can do about a target the draft does not address: what the target means
// (the pack's description in the report language), what would count as work on it, and — for a
// target that needs every rule (req.conditions) — which aspects are lacking. Every report format
// (text, HTML, JUnit, JSON, the annotated copy's comments) words its advice from this one place.
// Advice is for a reader: it never contains rule ids (JSON carries those separately).
// Tests: end to end through tests/report/advice_test.cpp (jamkoll check: "Att åtgärda")
#pragma once

#include <string>
#include <vector>

#include "judge/rule_pack.h"
#include "judge/verdict.h"
#include "report/document_result.h"

namespace jamkoll {

struct Advice {
  std::string description;            // what the target means; "" when the pack has none
  std::string what_counts;            // "Det som skulle räknas: text som arbetar med målet självt – …"
  std::vector<std::string> lacking;   // rule ids of the aspects not worked on (needs_all_rules only)
  std::string lacking_sentence;       // "Det som saknas: flickors och pojkars villkor." ("" when none)
};

// REQUIRES: t.target != nullptr. Meant for a target not addressed; for an addressed one the
// fields are filled all the same (lacking is then empty).
Advice advice_for(const TargetVerdict& t, Language language);

// The advice's lines in reading order (description, lacking, what counts), without empty ones.
std::vector<std::string> advice_lines(const Advice& advice);

// "Målet innebär: …" / "What the goal means: …" ("" when the pack has no description).
std::string description_line(const Target& target, Language language);

// "Det som skulle räknas: text som arbetar med målet självt – analys av läget i länet, mål,
// insatser, ansvar eller uppföljning."
std::string what_counts_line(const Target& target, Language language);

// The required targets the document does not address, in pack order, leaving out gaps a
// --baseline accepts: what the "Att åtgärda" / "To fix" sections list.
std::vector<const TargetVerdict*> targets_to_fix(const DocumentResult& r);

const char* to_fix_title(Language language);  // "Att åtgärda" / "To fix"
// "Alla obligatoriska mål och krav behandlas." / …; with `accepted` gaps a --baseline accepts, "Inga
// nya luckor: de N … är accepterade (--baseline)."
std::string nothing_to_fix(Language language, std::size_t accepted = 0);

}  // namespace jamkoll

// Recitations found across a document: sentences that enumerate three or more goals/areas in a
// chain, and runs of short list items that together name three or more ("Jämställd hälsa",
// "Ekonomisk jämställdhet", …). Targets named there are only mentioned.
// Tests: end to end through Judge in tests/judge/verdict_cases_test.cpp (recitation rows)
#pragma once

#include <set>
#include <string>
#include <vector>

#include "judge/document_analysis.h"
#include "judge/rule_pack.h"

namespace jamkoll {

// Where a goal or area is named in a sentence (byte range in the block text).
struct NamedSpan {
  std::size_t begin;
  std::size_t end;
  const Target* target;
};

// A sentence (or a run of short list items) naming this many goals/areas recites them.
inline constexpr std::size_t kRecitationTargets = 3;

// Does the sentence enumerate at least kRecitationTargets goals/areas: names standing in a chain
// with few words between neighbours ("makt och inflytande, ekonomisk jämställdhet samt …")?
bool enumerates_targets(const AnalyzedSentence& s, std::vector<NamedSpan> names);

// Block indices of the items of recited lists. `named[i]`: ids of the goals/areas block i names.
std::set<std::size_t> recited_list_items(const DocumentAnalysis& a, const std::vector<std::set<std::string>>& named);

// Block indices of the list items after a lead that recites the board's duty and ends with a colon
// ("Länsstyrelserna har bland annat till uppgift att:"): every item is the duty, not work on it.
std::set<std::size_t> items_after_recitation_lead(const DocumentAnalysis& a);

}  // namespace jamkoll

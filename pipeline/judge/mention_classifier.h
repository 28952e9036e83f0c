// Decides, for one rule match in one sentence, whether it shows work on the target (kNone) or is
// only a mention, and why: the document's furniture (table of contents, title, placeholders,
// exclusions), recitations, what the whole sentence is (framing, definition, negation, deferral,
// filler), whether the target is the sentence's topic or only named in a clause about something
// else (causes, purposes, audiences, perspectives), and whether the passage is about another
// goal. The rules are in docs/verdicts.md; the cue words are data (pack.xml <statements>).
// Tests: end to end through Judge in tests/judge/verdict_cases_test.cpp (every why code)
#pragma once

#include <map>
#include <optional>
#include <set>
#include <vector>

#include "judge/document_analysis.h"
#include "judge/recitations.h"
#include "judge/rule_evaluator.h"
#include "judge/verdict.h"

namespace jamkoll {

// One rule match in one sentence of one block.
struct Found {
  const AnalyzedBlock* block;
  const AnalyzedSentence* sentence;
  RuleMatch match;
};

// What the classifier needs to know about the whole document.
struct MentionContext {
  std::set<const AnalyzedSentence*> enumerations;  // sentences enumerating 3+ goals/areas
  std::set<std::size_t> recited_items;             // block indices of recited list items
  std::set<std::size_t> recited_duty_items;        // block indices of items after a recited duty lead
  std::map<const AnalyzedSentence*, std::vector<NamedSpan>> named_in_sentence;  // goals/areas named
  std::map<const AnalyzedSentence*, std::vector<NamedSpan>> weakly_named_in_sentence;  // … by a weak term only
  // Per block: the goals/areas its section is about (the nearest heading naming any), and those
  // its paragraph's first sentence names (for the sentences after it).
  std::vector<std::set<const Target*>> section_topic;
  std::vector<std::set<const Target*>> paragraph_lead;
};

// A list item this short with no substance only names a priority ("Jämställd hälsa").
inline constexpr std::size_t kLabelItemMaxWords = 5;
// A paragraph this short is a label too, whatever its words (a priority, a report's name).
inline constexpr std::size_t kLabelParagraphMaxWords = 3;
// A heading this short sets its section's topic by a weak term too ("Hälsa", "2.1 Arbete och
// försörjning").
inline constexpr std::size_t kTopicHeadingMaxWords = 5;
// An actor word ("kommunfullmäktige") counts for its target when a word for women or men stands
// within this many bytes of it ("andelen kvinnor i kommunfullmäktige", "Kvinnor har 32 procent av platserna i
// länets kommunfullmäktige").
inline constexpr std::size_t kActorGenderReachBytes = 48;

// kNone: the match counts. REQUIRES: the match counts on its own or its section names the target.
MentionReason classify_match(const Target& target, const Found& f, const MentionContext& context);

}  // namespace jamkoll

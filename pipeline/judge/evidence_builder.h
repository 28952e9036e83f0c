// Turns one rule match in one sentence into the Evidence a reviewer reads: the trimmed sentence cut
// to about kMaxEvidenceBytes around the first match, its highlights, heading path and location,
// and a strength for ordering (more and stronger terms, more kinds of substance: stronger;
// headings weakest).
// Tests: end to end through Judge in tests/judge/verdict_cases_test.cpp,
//   tests/ingest/cross_format_test.cpp (same evidence sentences)
#pragma once

#include "judge/document_analysis.h"
#include "judge/rule_evaluator.h"
#include "judge/verdict.h"

namespace jamkoll {

// Maximum evidence sentences kept per target.
inline constexpr std::size_t kMaxEvidence = 5;
// Evidence text is cut to about this many bytes around the first match.
inline constexpr std::size_t kMaxEvidenceBytes = 400;

Evidence make_evidence(const AnalyzedBlock& block, const AnalyzedSentence& sentence, const RuleMatch& match);

// The strongest kind of substance of a sentence, or kDescription when it carries none.
StatementType statement_type_of(const Statement& s);

}  // namespace jamkoll

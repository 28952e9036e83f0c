// Loads a rule pack: validates pack.xml against the rule pack schema (libxml2), reads the
// lexicons it names, and builds the text analyser and term matcher it needs. Errors name the file
// and line.
// Tests: tests/judge/rule_pack_test.cpp, tests/match/swedish_cases_test.cpp; fuzzed by tests/fuzz/fuzz_rulepack.cpp
#pragma once

#include <memory>
#include <string>

#include "common/outcome.h"
#include "judge/data_source.h"
#include "judge/rule_pack.h"
#include "match/term_matcher.h"
#include "text/text_analyzer.h"

namespace jamkoll {

// Everything needed to judge documents with one pack. Immutable once loaded; shareable between
// threads.
struct LoadedPack {
  RulePack pack;
  std::unique_ptr<TextAnalyzer> analyzer;
  std::unique_ptr<TermMatcher> matcher;
};

// Failure codes: "rules-invalid" (schema or reference errors), "lexicon-syntax", "rules-missing".
Outcome<std::shared_ptr<const LoadedPack>> load_pack(const DataSource& source);

// The built-in default pack ("lansstrategi").
Outcome<std::shared_ptr<const LoadedPack>> load_default_pack();

}  // namespace jamkoll

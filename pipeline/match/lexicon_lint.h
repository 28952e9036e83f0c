// Checks lexicon files for entries that are wrong in ways a reviewer cannot easily see:
// duplicates, text not in NFC, entries that can never match (the tokenizer splits the term
// differently, or an exception swallows the term itself) and lines that look like two entries
// merged into one.
// Tests: end to end through tests/match/lexicon_lint_test.cpp (jamkoll lexicon lint)
#pragma once

#include <string>
#include <vector>

#include "match/lexicon.h"
#include "match/term_matcher.h"
#include "text/text_analyzer.h"

namespace jamkoll {

struct LintFinding {
  std::string source;  // file name as given
  int line = 0;
  std::string message;
};

// `raw_text` is the file as read (for the NFC check); `lexicon` its parsed form.
std::vector<LintFinding> lint_lexicon(const std::string& source, const std::string& raw_text, const Lexicon& lexicon,
                                      const TextAnalyzer& analyzer, const TermMatcher& matcher);

}  // namespace jamkoll

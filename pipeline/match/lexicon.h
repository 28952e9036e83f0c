// Swedish term lists ("lexicons") as data: one entry a line in lexicons/<name>.lex. Syntax (see
// docs/rule-packs.md):
//
//   # comment
//   mäns våld mot kvinnor              ; gap=1
//   våld                               ; compound=any ; except=våldsam, våldsgästning
//   lön                                ; exact ; weak ; note=kort ord: bara hela ordet
//
// Options: exact | inflected (default) | prefix; compound=head|modifier|any; min-part=N (code
// points, default 3); except=a, b (a token containing one of them never matches); gap=N (phrases:
// up to N other words between consecutive words); not-before=a, b (the term does not match when
// the next word is one of them: "utbildning om våld" is training); not-after=a, b (nor when the
// word before it is one of them: "till kommunerna" is no subject); strong (default) | weak; note=…
// Tests: tests/match/not_before_test.cpp, tests/match/swedish_cases_test.cpp; fuzzed by tests/fuzz/fuzz_lexicon.cpp
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/outcome.h"

namespace jamkoll {

enum class MatchMode { kExact, kInflected, kPrefix };

struct LexiconEntry {
  std::string lexicon;              // name of the file without .lex
  int line = 0;
  std::string text;                 // as written (NFC)
  std::vector<std::string> words;   // case-folded words of the term
  MatchMode mode = MatchMode::kInflected;
  bool compound_head = false;       // may end a compound: partnervåld
  bool compound_modifier = false;   // may begin a compound: våldsutsatta
  int min_part = 3;
  int gap = 0;
  bool strong = true;
  std::vector<std::string> exceptions;  // case-folded
  std::vector<std::string> not_before;  // case-folded words that may not follow the term
  std::vector<std::string> not_after;   // case-folded words that may not precede the term
  std::string note;
};

struct Lexicon {
  std::string name;
  std::vector<LexiconEntry> entries;
};

// Parses one lexicon file's text; `source` names it in messages ("lexicons/goal.power.lex").
// Fails with code "lexicon-syntax" and "<source>:<line>: …".
Outcome<Lexicon> parse_lexicon(const std::string& name, const std::string& text, const std::string& source);

// A plain word list (inflection endings, abbreviations): one item a line, '#' comments, "-" for
// the empty string (the bare form in lexicons/inflection.txt). Items are case-folded.
std::vector<std::string> parse_word_list(const std::string& text);

}  // namespace jamkoll

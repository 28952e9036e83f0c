#include "match/lexicon_lint.h"

#include <map>
#include <sstream>

#include "common/unicode.h"
#include "common/utf8.h"

namespace jamkoll {
namespace {

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

std::vector<LintFinding> lint_lexicon(const std::string& source, const std::string& raw_text, const Lexicon& lexicon,
                                      const TextAnalyzer& analyzer, const TermMatcher& matcher) {
  std::vector<LintFinding> out;
  std::istringstream lines(raw_text);
  std::string raw;
  for (int n = 1; std::getline(lines, raw); ++n) {
    if (to_nfc(raw) != raw) out.push_back({source, n, "text is not in Unicode NFC (decomposed letters?)"});
  }
  std::map<std::string, int> seen;  // words + options → first line
  for (const LexiconEntry& e : lexicon.entries) {
    const std::string key = join(e.words) + "|" + std::to_string(static_cast<int>(e.mode)) +
                            std::to_string(e.compound_head) + std::to_string(e.compound_modifier);
    if (auto [it, fresh] = seen.emplace(key, e.line); !fresh) {
      out.push_back({source, e.line, "duplicate of line " + std::to_string(it->second) + " ('" + e.text + "')"});
    }
    if (e.text.find(',') != std::string::npos || e.text.find('/') != std::string::npos) {
      out.push_back({source, e.line, "looks like several entries merged on one line ('" + e.text + "'): one entry a line"});
      continue;
    }
    // The tokenizer must see the term as the entry's words, or it can never match as written.
    std::vector<std::string> tokens;
    for (const Sentence& s : analyzer.analyze(e.text)) {
      for (std::size_t i = 0; i < s.tokens.size(); ++i) {
        if (s.tokens[i].is_word) tokens.push_back(s.keys[i]);
      }
    }
    if (tokens != e.words) {
      out.push_back({source, e.line, "can never match: the text is read as [" + join(tokens) + "], the entry expects [" +
                                         join(e.words) + "]"});
      continue;
    }
    for (std::size_t i = 0; i < e.words.size(); ++i) {
      if (!matcher.word_matches(e, i, e.words[i])) {
        out.push_back({source, e.line, "can never match: '" + e.words[i] + "' is excluded by its own except="});
        break;
      }
    }
    for (const std::string& w : e.words) {
      if (code_points(w) > 32) {
        out.push_back({source, e.line, "looks like words run together ('" + w + "')"});
      }
    }
  }
  return out;
}

}  // namespace jamkoll

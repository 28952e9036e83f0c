// Helpers for the ingest fixture tests: a Document written in the fixtures' .blocks.tsv notation
// (see tests/fixtures/docx/README.md), and text as a list of words for comparisons that must not
// depend on how a converter spaced or wrapped lines.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "ingest/document.h"

namespace jamkoll::testing {

// One line per block: KIND<TAB>TEXT, heading kinds as heading:N, \n and \t escaped.
inline std::string blocks_tsv(const Document& doc) {
  std::string out;
  for (const Block& b : doc.blocks) {
    std::string kind(block_kind_name(b.kind));
    if (b.kind == BlockKind::kHeading) kind += ":" + std::to_string(b.level);
    out += kind + "\t";
    for (char c : b.text) {
      if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else {
        out += c;
      }
    }
    out += "\n";
  }
  return out;
}

// The words of `text` split at ASCII whitespace and no-break spaces.
inline std::vector<std::string> words_of(std::string text) {
  for (std::size_t at = text.find("\xC2\xA0"); at != std::string::npos; at = text.find("\xC2\xA0", at)) {
    text.replace(at, 2, " ");
  }
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

}  // namespace jamkoll::testing

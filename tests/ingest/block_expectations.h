// Helpers for the ingest fixture tests: a Document written in the fixtures' .blocks.tsv notation
// (see tests/fixtures/docx/README.md), and text as a list of words for comparisons that must not
// depend on how a converter spaced or wrapped lines.
#pragma once

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ingest/document.h"
#include "ingest/read_document.h"
#include "support/test_support.h"

namespace jamkoll::testing {

// The fixtures of a folder that have expectations: NAME for every NAME.blocks.tsv, sorted.
inline std::vector<std::string> expected_fixture_names(const std::filesystem::path& dir) {
  const std::string suffix = ".blocks.tsv";
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      names.push_back(name.substr(0, name.size() - suffix.size()));
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

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

// Does `file` (the DOCX sample komplett_strategi converted to another format) read to the same
// words as samples/komplett_strategi.docx?
inline ::testing::AssertionResult has_the_words_of_the_docx_sample(const std::filesystem::path& file) {
  auto docx = read_document((source_dir() / "samples/komplett_strategi.docx").string(), ReadLimits{});
  auto other = read_document(file.string(), ReadLimits{});
  if (!docx) return ::testing::AssertionFailure() << "the DOCX sample: " << docx.failure().message;
  if (!other) return ::testing::AssertionFailure() << file << ": " << other.failure().message;
  const auto expected = words_of(plain_text(docx->document));
  const auto got = words_of(plain_text(other->document));
  if (got == expected) return ::testing::AssertionSuccess();
  std::size_t i = 0;
  while (i < got.size() && i < expected.size() && got[i] == expected[i]) ++i;
  return ::testing::AssertionFailure() << file << ": words differ from word " << i << " ("
                                       << (i < got.size() ? got[i] : "end") << " vs "
                                       << (i < expected.size() ? expected[i] : "end") << ")";
}

}  // namespace jamkoll::testing

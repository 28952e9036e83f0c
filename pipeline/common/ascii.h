// ASCII helpers for markup names, attribute values, file extensions and format magic: locale-free,
// and bytes outside ASCII (UTF-8 lead and continuation bytes) pass through unchanged. For
// language text use fold_case (text/text_analyzer.h), which folds every letter. For prefixes and
// suffixes use std::string_view's starts_with / ends_with.
// Tests: end to end through read_document in tests/ingest/html_test.cpp (attribute values of Word's HTML export),
//   tests/app/input_files_test.cpp (extensions)
#pragma once

#include <string>
#include <string_view>

namespace jamkoll {

// 'A'–'Z' to 'a'–'z'; every other byte as it is.
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The text with 'A'–'Z' lower-cased.
inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

}  // namespace jamkoll

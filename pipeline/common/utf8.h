// Byte-level UTF-8 helpers for offsets into well-formed UTF-8 (every Document's text is): where a
// code point starts, how many there are. No validation and no decoding: that is ICU's job
// (common/unicode.h).
// Tests: tests/app/access_log_test.cpp (name length in characters), tests/app/command_spec_test.cpp (help columns)
#pragma once

#include <cstddef>
#include <string_view>

namespace jamkoll {

// A continuation byte (10xxxxxx): not the first byte of a code point.
constexpr bool is_utf8_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// Does a code point start at byte `i`? True at 0 and at or past the end.
constexpr bool is_char_start(std::string_view s, std::size_t i) {
  return i == 0 || i >= s.size() || !is_utf8_continuation(s[i]);
}

// The number of code points (bytes that are not continuation bytes).
constexpr std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += is_utf8_continuation(c) ? 0 : 1;
  return n;
}

}  // namespace jamkoll

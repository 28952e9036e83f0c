#include "judge/pattern_prefilter.h"

#include <algorithm>

#include "common/utf8.h"

namespace jamkoll {

namespace {

bool is_meta(char c) {
  return std::string_view("\\.[](){}*+?|^$").find(c) != std::string_view::npos;
}

bool is_quantifier(char c) { return c == '?' || c == '*' || c == '{' || c == '+'; }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// An ASCII letter or digit whose case-insensitive match is ASCII only (not k or s).
bool is_plain_ascii(char c) {
  const char l = ascii_lower(c);
  return ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) && l != 'k' && l != 's';
}

// A '|' outside every group and character class: then no part of the pattern is required.
bool has_top_level_alternation(std::string_view pattern) {
  int depth = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      std::size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '^') ++j;
      if (j < pattern.size() && pattern[j] == ']') ++j;
      while (j < pattern.size() && pattern[j] != ']') j += pattern[j] == '\\' ? 2 : 1;
      i = j;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return true;
    }
  }
  return false;
}

// The literal text the pattern starts with, without a last character a quantifier makes optional.
std::string_view literal_start(std::string_view pattern) {
  std::size_t end = 0;
  while (end < pattern.size() && !is_meta(pattern[end])) ++end;
  if (end < pattern.size() && is_quantifier(pattern[end]) && end > 0) {
    --end;  // back to the first byte of the last code point
    while (end > 0 && is_utf8_continuation(pattern[end])) --end;
  }
  return pattern.substr(0, end);
}

}  // namespace

std::string required_literal(std::string_view pattern) {
  if (has_top_level_alternation(pattern)) return {};
  const std::string_view start = literal_start(pattern);
  std::string best, run;
  for (std::size_t i = 0; i <= start.size(); ++i) {
    if (i < start.size() && is_plain_ascii(start[i])) {
      run += ascii_lower(start[i]);
      continue;
    }
    if (run.size() > best.size()) best = run;
    run.clear();
  }
  return best.size() >= kMinPrefilterLiteral ? best : std::string();
}

bool contains_literal(std::string_view text, std::string_view literal) {
  if (literal.empty()) return true;
  return std::search(text.begin(), text.end(), literal.begin(), literal.end(),
                     [](char a, char b) { return ascii_lower(a) == b; }) != text.end();
}

}  // namespace jamkoll

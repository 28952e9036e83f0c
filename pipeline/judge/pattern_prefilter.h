// A cheap test that tells when an RE2 rule pattern cannot match a sentence, so the regex is not run:
// a literal every match must contain, taken at load from the literal text the pattern starts with
// ("delmål(et|en)? …" → "delm"), searched for ASCII-case-insensitively.
//
// The literal is only ASCII letters and digits other than k and s: under RE2's case-insensitive
// matching those two also match non-ASCII letters (K U+212A, ſ U+017F), and a non-ASCII letter
// has case variants a byte search would miss. A pattern with a top-level '|' or no literal start
// has no literal (empty): it is always run.
// Tests: tests/judge/rule_evaluator_test.cpp
#pragma once

#include <string>
#include <string_view>

namespace jamkoll {

// Lowercase; empty when the pattern guarantees no literal of at least kMinPrefilterLiteral bytes.
std::string required_literal(std::string_view pattern);

// Does `text` contain `literal` (lowercase ASCII), ignoring ASCII case? An empty literal: true.
bool contains_literal(std::string_view text, std::string_view literal);

// Shorter literals are common enough that the search would rarely save the regex.
inline constexpr std::size_t kMinPrefilterLiteral = 3;

}  // namespace jamkoll

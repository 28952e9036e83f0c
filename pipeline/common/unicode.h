// Unicode helpers shared by every stage (ICU underneath).
// Tests: tests/common/unicode_test.cpp
#pragma once

#include <string>
#include <string_view>

namespace jamkoll {

// NFC form of UTF-8 text; invalid sequences become U+FFFD. ASCII and Latin-1 text (most Swedish)
// is returned as it is, without ICU: it is NFC already.
std::string to_nfc(std::string_view utf8);
// The same through ICU for any text: what to_nfc's fast path is tested against.
std::string to_nfc_with_icu(std::string_view utf8);

// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t code_point);

// Removes leading and trailing ASCII whitespace and no-break spaces.
std::string_view trim(std::string_view text);

// The first code point of UTF-8 `text` (0 when empty or ill-formed).
char32_t first_code_point(std::string_view utf8);

// Starts with a lower-case letter.
bool starts_in_lower_case(std::string_view utf8);

// Starts with a lower-case letter or a digit: a Swedish sentence does not begin so, so the text
// goes on with the sentence before it (a wrong sentence break, a wrapped line).
bool continues_sentence(std::string_view utf8);

}  // namespace jamkoll

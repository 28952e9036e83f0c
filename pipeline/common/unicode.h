// Unicode helpers shared by every stage (ICU underneath).
#pragma once

#include <string>
#include <string_view>

namespace jamkoll {

// NFC form of UTF-8 text; invalid sequences become U+FFFD.
std::string to_nfc(std::string_view utf8);

// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t code_point);

// Removes leading and trailing ASCII whitespace and no-break spaces.
std::string_view trim(std::string_view text);

}  // namespace jamkoll

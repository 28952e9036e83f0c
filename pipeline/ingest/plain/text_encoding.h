// Decodes the bytes of a plain-text file (.txt, .md) to UTF-8. UTF-8 is read as it is (a BOM is
// dropped); UTF-16 and UTF-32 need their byte order mark. Anything else must look like an 8-bit
// Western text: no valid UTF-8 sequences at all (a file that is UTF-8 with a few broken bytes is
// damaged, not Latin-1), no bytes Windows-1252 leaves undefined or control characters, and ICU's
// charset detector (ucsdet) must count ISO-8859-1 or Windows-1252 among its matches. Such a file is
// read as Windows-1252 (a superset of ISO-8859-1's printable characters) with a warning.
// Tests: end to end through read_document in tests/ingest/text_test.cpp (UTF-16, Windows-1252)
#pragma once

#include <string>
#include <string_view>

#include "common/outcome.h"

namespace jamkoll {

struct DecodedText {
  std::string utf8;
  std::string warning;  // "" when the file was UTF-8 or had a BOM
};

// Failure code: encoding (the message says where the first invalid byte is and what to do).
Outcome<DecodedText> decode_text(std::string_view bytes);

// True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or code points above
// U+10FFFF). `first_invalid`, when given, receives the offset of the first bad byte.
bool is_valid_utf8(std::string_view bytes, std::size_t* first_invalid = nullptr);

}  // namespace jamkoll

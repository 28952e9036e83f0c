#include "common/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace jamkoll {

namespace {

// Text of ASCII and Latin-1 (U+0000–U+00FF, well-formed) is in NFC already: none of those code
// points combines or decomposes canonically into anything else. Most Swedish text is exactly that.
bool is_latin1_utf8(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) continue;
    if ((c != 0xC2 && c != 0xC3) || i + 1 >= utf8.size()) return false;
    const auto next = static_cast<unsigned char>(utf8[i + 1]);
    if (next < 0x80 || next > 0xBF) return false;
    ++i;
  }
  return true;
}

}  // namespace

std::string to_nfc(std::string_view utf8) {
  if (is_latin1_utf8(utf8)) return std::string(utf8);
  return to_nfc_with_icu(utf8);
}

std::string to_nfc_with_icu(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (U_FAILURE(status)) return std::string(utf8);
  if (nfc->isNormalized(input, status) && U_SUCCESS(status)) {
    std::string out;
    input.toUTF8String(out);  // also replaces invalid UTF-8 with U+FFFD
    return out;
  }
  status = U_ZERO_ERROR;
  const icu::UnicodeString normal = nfc->normalize(input, status);
  std::string out;
  (U_SUCCESS(status) ? normal : input).toUTF8String(out);
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x110000) {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string_view trim(std::string_view text) {
  auto is_space = [&](std::size_t i, bool at_end) -> std::size_t {
    // Returns the byte length of a whitespace character at i (or ending at i when at_end), else 0.
    if (!at_end) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
      if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
      return 0;
    }
    const unsigned char c = static_cast<unsigned char>(text[i - 1]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    if (c == 0xA0 && i >= 2 && static_cast<unsigned char>(text[i - 2]) == 0xC2) return 2;
    return 0;
  };
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end) {
    const std::size_t n = is_space(begin, false);
    if (!n) break;
    begin += n;
  }
  while (end > begin) {
    const std::size_t n = is_space(end, true);
    if (!n) break;
    end -= n;
  }
  return text.substr(begin, end - begin);
}

char32_t first_code_point(std::string_view utf8) {
  if (utf8.empty()) return 0;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(utf8.data(), i, static_cast<int32_t>(utf8.size()), c);
  return c < 0 ? 0 : static_cast<char32_t>(c);
}

bool starts_in_lower_case(std::string_view utf8) { return u_islower(static_cast<UChar32>(first_code_point(utf8))); }

bool continues_sentence(std::string_view utf8) {
  const auto c = static_cast<UChar32>(first_code_point(utf8));
  return u_islower(c) || u_isdigit(c);
}

}  // namespace jamkoll

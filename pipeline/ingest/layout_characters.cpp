#include "ingest/layout_characters.h"

namespace jamkoll {

std::string without_layout_characters(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0xAD) {
      ++i;  // U+00AD soft hyphen
      continue;
    }
    if (c == 0xE2 && i + 2 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0x80 &&
        static_cast<unsigned char>(utf8[i + 2]) == 0x91) {
      out += '-';  // U+2011 non-breaking hyphen
      i += 2;
      continue;
    }
    if (c == 0xEF && i + 2 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(utf8[i + 1]) <= 0x83) {
      i += 2;  // U+F000–U+F0FF symbol-font glyph
      continue;
    }
    out += utf8[i];
  }
  return out;
}

}  // namespace jamkoll

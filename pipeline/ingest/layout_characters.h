// Characters that word processors store in the text but that are layout, not words: the soft
// hyphen U+00AD (an optional break point), the non-breaking hyphen U+2011 (a hyphen that does not
// break) and symbol-font glyphs at U+F000–U+F0FF (bullets and dingbats from Symbol/Wingdings).
// The DOCX walker meets them as elements (w:softHyphen, w:noBreakHyphen, w:sym); OpenDocument and
// HTML store them as characters. Removing them the same way keeps "same text → same blocks".
// Tests: end to end through read_document in tests/ingest/docx_fixtures_test.cpp (special_chars fixture),
//   tests/ingest/flat_opc_test.cpp
#pragma once

#include <string>
#include <string_view>

namespace jamkoll {

// `utf8` without soft hyphens and symbol-font glyphs, non-breaking hyphens as '-'.
std::string without_layout_characters(std::string_view utf8);

}  // namespace jamkoll

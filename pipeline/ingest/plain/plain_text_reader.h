// Reads plain text (already decoded to UTF-8, see text_encoding.h) into paragraphs. Paragraphs are
// separated by blank lines, and the lines of one paragraph join with a space: a hard-wrapped line
// end is not a sentence end. A file with no blank line between its lines, with a line longer than
// 100 characters (no hard wrap is that wide), or whose line breaks (almost) never fall inside a
// sentence, is read one paragraph per line: that is how Word and LibreOffice export plain text. A
// line starting with a bullet glyph (• ◦ ▪ ‣ …) and a space is a list item, the glyph not text,
// its level from the indentation (4 columns a level after the first, as LibreOffice indents).
// Control characters other than tab are not text.
// Blocks record the part "text".
// Tests: end to end through read_document in tests/ingest/text_test.cpp
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace jamkoll {

// Format "txt". Never fails: any UTF-8 text is a document, possibly without blocks.
Document read_plain_text(std::string_view utf8);

// The lines of `utf8` (LF, CRLF or CR line ends), without their line ends.
std::vector<std::string_view> split_lines(std::string_view utf8);

// `line` without C0 control characters other than tab; form and vertical feeds become spaces.
std::string without_control_characters(std::string_view line);

}  // namespace jamkoll

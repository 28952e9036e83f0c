// The lines of a PDF page, rebuilt from poppler's words, and the text helpers the layout stages
// share (pdf_layout.h describes the whole).
// Tests: tests/ingest/pdf_layout_test.cpp (through pdf_layout.h)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/pdf/pdf_layout.h"

namespace jamkoll {

struct PdfLine {
  int page = 0;
  double left = 0, top = 0, right = 0, bottom = 0;
  double font_size = 0;
  bool bold = true;  // every word bold
  std::string text;
  std::string own_number;  // a small number the line starts with: a footnote's own number
  std::vector<std::string> reference_marks;  // note numbers referenced from this line
};


// Words → lines, left to right; a wide horizontal gap (a table column) starts a new line. A small
// number inside a line is a note reference: recorded, not text. Ligature glyphs become letters.
std::vector<PdfLine> pdf_lines_of(const PdfPage& page, int page_number);

// Ligature glyphs some fonts map to one code point ("ﬁ" in "officiell") → their letters.
std::string without_ligatures(std::string text);
bool all_digits(std::string_view s);
// Runs of spaces, tabs and line breaks → one space; no space at the ends.
std::string collapse_spaces(std::string_view text);
// Ends with . ! ? or :
bool ends_sentence(std::string_view text);
// Joins a wrapped line to the text before it. A line ending in a hyphen goes on without a space
// ("ANDT-" + "förebyggande"), except before a conjunction ("hem- och omsorgsarbete"): Word and
// LibreOffice do not hyphenate by default, so a hyphen at a line end is one the author wrote. A
// soft hyphen is a break the word processor made: it goes. A slash, or an en dash between figures
// ("2025–2027"), joins without a space.
void join_line(std::string& text, std::string_view next);

}  // namespace jamkoll

// Tables in a PDF page. A PDF has no table structure, and poppler hands a table over column by
// column, so rows are rebuilt from geometry: lines standing side by side with other lines form a
// grid; its columns are the distinct left edges, its rows start where a cell starts in any column
// (cells are top-aligned), and every line joins the cell of its column and row. Fewer than three
// columns is not taken for a table: a text box beside the running text looks like two.
// Tests: tests/ingest/pdf_layout_test.cpp (tables, through pdf_layout.h)
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ingest/pdf/pdf_lines.h"

namespace jamkoll {

struct PdfTableCell {
  int row = 0;
  int column = 0;
  std::string text;
};

struct PdfTable {
  std::vector<std::size_t> lines;   // indices into the lines given, in the order given
  std::vector<PdfTableCell> cells;  // row by row, left to right
};

// `lines`: the body lines of one page in reading order.
std::vector<PdfTable> find_pdf_tables(const std::vector<const PdfLine*>& lines);

}  // namespace jamkoll

// Turns the positioned words of a PDF into document blocks. A PDF keeps no paragraphs, headings or
// notes, only words placed on pages, so they are inferred the way a reader's eye does:
//
// - lines: words sharing a baseline band, left to right; a wide horizontal gap, or a visible one
//   where the PDF wrote no space, starts a new line (a table column) (pdf_lines.h);
// - page furniture: lines in the top or bottom 8 % of a page that are smaller than the body text or
//   repeat on other pages become header/footer blocks; page numbers are dropped;
// - footnotes: the run of small lines at the foot of a page that holds a note number; the
//   reference mark in the text (a small raised number) is not text, and tells which block cites it;
// - table-of-contents entries: lines ending in a dot leader and a page number;
// - tables: grids of at least three columns of side-by-side lines, rebuilt row by row
//   (pdf_tables.h); a header row repeated on the next page is dropped;
// - headings: the PDF's outline (bookmarks, which Word and LibreOffice export from headings) names
//   them and their level; without an outline, or one that names nothing in the text, short lines
//   set larger than the body text or bold are headings, their level ranked by size; the first
//   lines of page one set larger than anything else are the title;
// - list items: lines starting with a bullet glyph or "1." / "a)", and indented lines after a
//   colon (a browser draws its bullets instead of writing them);
// - paragraphs: a new one where the line spacing widens, the font changes, the previous line
//   ended short with a full stop, or the text goes back up the page (a new column, cell or text
//   box); a paragraph runs on over a page break when it did not end with a full stop and the next
//   page starts in lower case; a line ending in a hyphen goes on without a space ("ANDT-" +
//   "förebyggande"), except before a conjunction ("hem- och").
//
// Blocks come in the document model's order: the body, then the notes, then the page furniture.
// What a PDF cannot say: tracked changes and comments (a PDF of a draft with visible changes shows
// deleted text as text), and which cells of a table with fewer than three columns belong together.
// Tests: tests/ingest/pdf_layout_test.cpp
#pragma once

#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/document_builder.h"

namespace jamkoll {

struct PdfWord {
  std::string text;  // UTF-8
  double left = 0, top = 0, right = 0, bottom = 0;  // points, origin top left
  double font_size = 0;
  bool bold = false;
  bool space_after = false;  // a space follows before the next word of the same line
};

struct PdfPage {
  double width = 0, height = 0;
  std::vector<PdfWord> words;  // in the PDF's reading order
};

struct PdfOutlineItem {
  std::string title;
  int level = 1;  // 1 = top
};

struct PdfContent {
  std::vector<PdfPage> pages;
  std::vector<PdfOutlineItem> outline;  // in document order; empty when the PDF has none
};

// The blocks as laid out, before build_document numbers them and gives them heading paths: what
// the PDF reader's child process hands over (pdf_child.h).
struct PdfBlocks {
  std::vector<Block> blocks;  // kind, text, level, part, table
  NoteAnchors anchors;
};

PdfBlocks layout_pdf_blocks(const PdfContent& content);

// Format "pdf"; blocks record their page as the part ("page 3").
Document layout_pdf(const PdfContent& content);

}  // namespace jamkoll

// A PDF's laid-out blocks as text, so the whole PDF reading — poppler and the layout — runs in a
// child process (pdf_child.h) under its time limit and memory cap, and hands over only blocks. One
// record a line, fields tab-separated, text with \\, \t and \n escaped:
//
//   jamkoll.pdf-blocks/1
//   block <TAB> kind <TAB> level <TAB> part <TAB> table <TAB> row <TAB> column <TAB> text   (table -1: none)
//   note <TAB> note block <TAB> block that cites it
//   error <TAB> code <TAB> message          (instead of blocks: reading failed)
// Tests: tests/ingest/pdf_child_test.cpp
#pragma once

#include <string>
#include <string_view>

#include "common/outcome.h"
#include "ingest/pdf/pdf_layout.h"

namespace jamkoll {

std::string encode_pdf_blocks(const Outcome<PdfBlocks>& blocks);

// Failure: the error the child reported, or "internal-error" when the text is not this format.
Outcome<PdfBlocks> decode_pdf_blocks(std::string_view text);

}  // namespace jamkoll

// Reads a PDF's text layer with poppler (poppler-cpp) and lays it out into blocks (pdf_layout.h),
// in this process. Only jamkoll-pdf (the child of pdf_child.h), the tests, the benchmarks and the
// fuzzers link it (CMake target jamkoll_pdf): the jamkoll binary never loads poppler and its
// twenty libraries, so checking a DOCX starts faster.
//
// poppler parses the file in memory (nothing is written to disk) and reports its own parse errors
// through a callback jamkoll silences: a damaged PDF is a per-file error, never noise on stderr.
// Tests: end to end through tests/ingest/pdf_test.cpp, tests/ingest/pdf_child_test.cpp (jamkoll-pdf)
#pragma once

#include <string_view>

#include "common/outcome.h"
#include "ingest/limits.h"
#include "ingest/pdf/pdf_layout.h"

namespace jamkoll {

// The words and outline poppler finds, before layout.
Outcome<PdfContent> read_pdf_content(std::string_view bytes, const ReadLimits& limits);

// Words and layout: the blocks before numbering (what jamkoll-pdf writes back to its parent).
// Failure codes as read_pdf's (pdf_reader.h) but timeout.
Outcome<PdfBlocks> read_pdf_blocks(std::string_view bytes, const ReadLimits& limits);

}  // namespace jamkoll

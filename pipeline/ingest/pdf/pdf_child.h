// Runs the PDF reading — poppler and the layout — in a child process: `ReadLimits::pdf_helper
// __pdf-content --max-text-bytes N` reads the PDF on stdin and writes its blocks
// (pdf_blocks_codec.h) on stdout. The child gets at most `pdf_timeout_seconds` and is killed after;
// a child killed by a signal (a crash in poppler) is the file's error, not the batch's. The parent
// only decodes blocks, at most about twice the text limit of them.
// Tests: end to end through tests/ingest/pdf_child_test.cpp (jamkoll-pdf as the child),
//   tests/app/batch_test.cpp (a PDF that stalls poppler)
#pragma once

#include <string_view>

#include "common/outcome.h"
#include "ingest/limits.h"
#include "ingest/pdf/pdf_layout.h"

namespace jamkoll {

// Failure codes: the child's own (corrupt-pdf, encrypted, unsupported-format, too-large),
// corrupt-pdf when it crashed, timeout, internal-error when it could not be started.
Outcome<PdfBlocks> read_pdf_blocks_in_child(std::string_view bytes, const ReadLimits& limits);

}  // namespace jamkoll

// Runs the PDF text extraction in a child process: `ReadLimits::pdf_helper __pdf-content
// --max-text-bytes N` reads the PDF on stdin and writes its content (pdf_content_codec.h) on stdout.
// The child gets at most `pdf_timeout_seconds` and is killed after; a child killed by a signal (a
// crash in poppler, or the memory cap it sets itself) is the file's error, not the batch's.
#pragma once

#include <string_view>

#include "common/outcome.h"
#include "ingest/limits.h"
#include "ingest/pdf_layout.h"

namespace jamkoll {

// Failure codes: the child's own (corrupt-pdf, encrypted, unsupported-format, too-large),
// corrupt-pdf when it crashed, timeout, internal-error when it could not be started.
Outcome<PdfContent> read_pdf_content_in_child(std::string_view bytes, const ReadLimits& limits);

}  // namespace jamkoll

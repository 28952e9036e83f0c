// Reads a PDF's text layer with poppler (poppler-cpp) and lays it out into blocks (pdf_layout.h).
// PDF is the format most strategies are published in; a draft exported from Word or LibreOffice
// keeps its headings in the PDF outline, which is what makes its structure recoverable.
//
// poppler parses the file in memory (nothing is written to disk) and reports its own parse errors
// through a callback jamkoll silences: a damaged PDF is a per-file error, never noise on stderr.
// With ReadLimits::pdf_helper set (the command line sets it) poppler and the layout run in a child
// process (pdf_child.h), so a PDF that crashes, hangs or swells them cannot take a batch down.
#pragma once

#include <string_view>

#include "common/outcome.h"
#include "ingest/document.h"
#include "ingest/limits.h"
#include "ingest/pdf/pdf_layout.h"

namespace jamkoll {

// `bytes` is the whole file. Failure codes: corrupt-pdf (poppler cannot open it, or crashed on it),
// timeout (the child took longer than ReadLimits::pdf_timeout_seconds), encrypted (a
// password is needed to open it; a PDF that only restricts printing or copying is read),
// unsupported-format (no text layer: a scanned PDF needs OCR first), too-large (more text than
// ReadLimits::max_total_unpacked_bytes). Format "pdf".
Outcome<Document> read_pdf(std::string_view bytes, const ReadLimits& limits);

// The words and outline poppler finds, before layout, in this process.
Outcome<PdfContent> read_pdf_content(std::string_view bytes, const ReadLimits& limits);

// Words and layout in this process: the blocks before numbering (the child process's job).
Outcome<PdfBlocks> read_pdf_blocks(std::string_view bytes, const ReadLimits& limits);

}  // namespace jamkoll

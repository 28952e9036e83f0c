// Reads a PDF: its text layer laid out into blocks (pdf_layout.h). PDF is the format most
// strategies are published in; a draft exported from Word or LibreOffice keeps its headings in the
// PDF outline, which is what makes its structure recoverable.
//
// poppler, third-party code, does the parsing (pdf_poppler.h). The jamkoll binary does not link it:
// with ReadLimits::pdf_helper set (the command line sets it to jamkoll-pdf) poppler and the layout
// run in that child process (pdf_child.h), so a PDF that crashes, hangs or swells them cannot take
// a batch down, and a DOCX check never loads poppler. With no helper the PDF is read in this
// process, by the reader pdf_poppler.cpp registers where it is linked (tests, fuzzers, jamkoll-pdf).
// Tests: end to end through read_document in tests/ingest/pdf_test.cpp, tests/ingest/pdf_child_test.cpp
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
// ReadLimits::max_total_unpacked_bytes), internal-error (the helper could not be started, or
// no helper is set in a program that does not link poppler). Format "pdf".
Outcome<Document> read_pdf(std::string_view bytes, const ReadLimits& limits);

// The in-process reader (pdf_poppler.h's read_pdf_blocks), registered by pdf_poppler.cpp.
using InProcessPdfReader = Outcome<PdfBlocks> (*)(std::string_view bytes, const ReadLimits& limits);
void register_in_process_pdf_reader(InProcessPdfReader reader);

}  // namespace jamkoll

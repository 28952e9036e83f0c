#include "ingest/pdf/pdf_reader.h"

#include "ingest/document_builder.h"
#include "ingest/pdf/pdf_child.h"

namespace jamkoll {
namespace {

// Zero-initialised before any constructor runs, set while pdf_poppler.cpp's statics are initialised.
InProcessPdfReader in_process_reader = nullptr;

}  // namespace

void register_in_process_pdf_reader(InProcessPdfReader reader) { in_process_reader = reader; }

Outcome<Document> read_pdf(std::string_view bytes, const ReadLimits& limits) {
  Outcome<PdfBlocks> laid_out = Failure::internal_error("no PDF reader: jamkoll reads PDFs through jamkoll-pdf");
  if (!limits.pdf_helper.empty()) {
    laid_out = read_pdf_blocks_in_child(bytes, limits);
  } else if (in_process_reader != nullptr) {
    laid_out = in_process_reader(bytes, limits);
  }
  if (!laid_out) return laid_out.failure();
  return build_document("pdf", std::move(laid_out->blocks), {}, laid_out->anchors);
}

}  // namespace jamkoll

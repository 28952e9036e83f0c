// PdfContent as text, so poppler can run in a child process (pdf_child.h) and hand its words over
// a pipe. One record a line, fields tab-separated, text with \\, \t and \n escaped:
//
//   jamkoll.pdf-content/1
//   outline <TAB> level <TAB> title
//   page <TAB> width <TAB> height
//   word <TAB> left <TAB> top <TAB> right <TAB> bottom <TAB> size <TAB> bold 0|1 <TAB> space after 0|1 <TAB> text
//   error <TAB> code <TAB> message          (instead of the content: reading failed)
#pragma once

#include <string>
#include <string_view>

#include "common/outcome.h"
#include "ingest/pdf_layout.h"

namespace jamkoll {

std::string encode_pdf_content(const Outcome<PdfContent>& content);

// Failure: the error the child reported, or "internal-error" when the text is not this format.
Outcome<PdfContent> decode_pdf_content(std::string_view text);

}  // namespace jamkoll

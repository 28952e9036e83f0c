// Reads a WordprocessingML package (.docx, Transitional or Strict) into a Document: the body,
// footnotes, endnotes, headers and footers as blocks, comments apart. Document properties
// (docProps/) are metadata and never read as text.
#pragma once

#include <string_view>

#include "common/outcome.h"
#include "ingest/document.h"
#include "ingest/limits.h"

namespace jamkoll {

// `bytes` is the whole file. Failure codes: corrupt-zip, not-a-document, xml-malformed,
// xml-forbidden, too-large, zip-bomb, encrypted.
Outcome<Document> read_docx(std::string_view bytes, const ReadLimits& limits);

}  // namespace jamkoll

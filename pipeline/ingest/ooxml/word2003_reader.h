// Reads Word 2003 XML (one file, root w:wordDocument in
// http://schemas.microsoft.com/office/word/2003/wordml; Word's "XML Document (*.xml)" of 2003–2007)
// into a Document with the DOCX walker and styles, which know its vocabulary: the body, the notes
// written inline in it (lifted out, footnotes then endnotes), the headers and footers of every
// w:sectPr, comments (aml:annotation Word.Comment) apart. Document properties (o:DocumentProperties)
// are metadata and never text. Blocks record the part "w:body" (body and notes) or "w:sectPr"
// (headers and footers).
// Tests: end to end through read_document in tests/ingest/word2003_test.cpp
#pragma once

#include <string_view>

#include "common/outcome.h"
#include "ingest/document.h"
#include "ingest/limits.h"

namespace jamkoll {

// `bytes` is the whole file. Failure codes: not-a-document, xml-malformed, xml-forbidden,
// too-large. Format "word2003".
Outcome<Document> read_word2003(std::string_view bytes, const ReadLimits& limits);

}  // namespace jamkoll

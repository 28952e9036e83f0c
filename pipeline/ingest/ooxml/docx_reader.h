// Reads a WordprocessingML package (.docx, Transitional or Strict; or the same package as one Flat
// OPC XML file) into a Document: the body, footnotes, endnotes, headers and footers as blocks,
// comments apart. Document properties (docProps/) are metadata and never read as text.
// Tests: end to end through read_document in tests/ingest/docx_fixtures_test.cpp, tests/ingest/hostile_input_test.cpp;
//   fuzzed by tests/fuzz/fuzz_docx.cpp
#pragma once

#include <string_view>

#include "common/outcome.h"
#include "ingest/document.h"
#include "ingest/limits.h"
#include "ingest/ooxml/opc_package.h"

namespace jamkoll {

// `bytes` is the whole file. Failure codes: corrupt-zip, not-a-document, xml-malformed,
// xml-forbidden, too-large, zip-bomb, encrypted.
Outcome<Document> read_docx(std::string_view bytes, const ReadLimits& limits);

// `bytes` is a whole Flat OPC file (root pkg:package); format "flat-opc". Failure codes as above.
Outcome<Document> read_flat_opc(std::string_view bytes, const ReadLimits& limits);

// Reads the document of any package; `format` names it in the Document ("docx", "flat-opc").
Outcome<Document> read_wordprocessing_package(OpcPackage& package, std::string format);

}  // namespace jamkoll

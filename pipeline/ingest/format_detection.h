// Recognises a document's format from its content, not its name: zip containers by their parts
// ([Content_Types].xml → docx, an OpenDocument text `mimetype` → odt), XML by its root element and
// namespace (office:document → fodt, pkg:package → flat-opc, w:wordDocument → word2003, html),
// HTML by its first tags, PDF by its header, and legacy Word, RTF and encrypted Office files by their
// signatures (refused with advice on converting). Only what is left is text: the name then decides between
// Markdown (.md, .markdown) and plain text; a file named like a container (.docx, .odt, .pdf, …)
// that is none is refused rather than read as text.
// Tests: end to end through read_document in tests/ingest/format_detection_test.cpp;
//   fuzzed by tests/fuzz/fuzz_read_document.cpp
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/outcome.h"
#include "ingest/limits.h"

namespace jamkoll {

enum class InputFormat { kDocx, kOdt, kFodt, kFlatOpc, kWord2003, kHtml, kXml, kPdf, kText, kMarkdown };

// The stable names: "docx", "odt", "fodt", "flat-opc", "word2003", "html", "xml", "pdf", "txt", "md".
// "xml" is any other XML vocabulary, read by ingest/xml/generic_xml_reader.h.
std::string_view input_format_name(InputFormat format);
std::optional<InputFormat> input_format_from_name(std::string_view name);
// "docx, odt, fodt, flat-opc, word2003, html, xml, pdf, txt, md" (for messages).
std::string input_format_names();

// `bytes` is the whole file (not empty), `path` its name. Failure codes: not-a-document (a zip that
// holds no document), unsupported-format, encrypted, corrupt-zip.
Outcome<InputFormat> detect_input_format(std::string_view bytes, const std::string& path, const ReadLimits& limits);

}  // namespace jamkoll

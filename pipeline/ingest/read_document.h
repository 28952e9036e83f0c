// Entry point of the ingest stage: reads a file from disk, recognises its format from its content
// (see format_detection.h) unless the caller names it, and hands it to the right reader.
//
//   auto loaded = read_document("utkast.odt", ReadLimits{});         // detected: "odt"
//   auto forced = read_document("utkast.xml", ReadLimits{}, "html");  // --input-format html
// Tests: tests/ingest/format_detection_test.cpp, tests/ingest/docx_fixtures_test.cpp,
//   tests/ingest/hostile_input_test.cpp; fuzzed by tests/fuzz/fuzz_read_document.cpp
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/outcome.h"
#include "ingest/document.h"
#include "ingest/xml/generic_xml_reader.h"
#include "ingest/limits.h"

namespace jamkoll {

struct LoadedDocument {
  Document document;
  std::string sha256;  // of the file's bytes, for the record
  // Things a reader should know but that did not stop the reading, e.g. a text file that was not
  // UTF-8 and was read as Windows-1252. Sentences for people, in English.
  std::vector<std::string> warnings;
};

// `input_format`: "" detects the format from the content; otherwise one of docx, odt, fodt,
// flat-opc, word2003, html, xml, pdf, txt, md reads the file as that format (a file that is not
// fails as that format's reader finds it). Failure codes: usage (unknown input_format),
// not-found, permission-denied (the file or a folder above it may not be read), too-large,
// not-a-document, unsupported-format, encrypted, encoding (text that is neither UTF-8, UTF-16
// with a BOM nor a recognisable 8-bit charset), and those of the format readers
// (corrupt-zip, xml-malformed, xml-forbidden, zip-bomb, …).
// `xml_mapping`: how to read XML of another vocabulary (headings, notes, parts to skip); without
// it such XML is read as paragraphs.
Outcome<LoadedDocument> read_document(const std::string& path, const ReadLimits& limits,
                                      const std::string& input_format = "", const XmlMapping& xml_mapping = {});

// The whole file, within limits.max_file_bytes. Failure codes: not-found, permission-denied, too-large.
Outcome<std::string> read_file_bytes(const std::string& path, const ReadLimits& limits);

// read_document() on bytes already read; `path` only helps format detection (its extension).
Outcome<LoadedDocument> read_document_bytes(std::string_view bytes, const std::string& path, const ReadLimits& limits,
                                            const std::string& input_format = "", const XmlMapping& xml_mapping = {});

}  // namespace jamkoll

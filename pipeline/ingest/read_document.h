// Entry point of the ingest stage: reads a file from disk, recognises its format from its content
// (zip signature and parts, OLE signature) rather than its name, and hands it to the right reader.
#pragma once

#include <string>

#include "common/outcome.h"
#include "ingest/document.h"
#include "ingest/limits.h"

namespace jamkoll {

struct LoadedDocument {
  Document document;
  std::string sha256;  // of the file's bytes, for the record
};

// Failure codes: not-found, too-large, not-a-document, unsupported-format, encrypted, and those of
// the format readers (corrupt-zip, xml-malformed, xml-forbidden, zip-bomb, …).
Outcome<LoadedDocument> read_document(const std::string& path, const ReadLimits& limits);

}  // namespace jamkoll

// Rewrites a zip archive held in memory with some members replaced or added, through libzip: every
// other member is copied as stored (the same compressed bytes, the same order), so a DOCX keeps
// everything the change does not touch.
// Tests: tests/report/annotate/docx_annotator_test.cpp,
//   tests/report/annotate/odt_annotator_test.cpp (other members byte for byte)
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "common/outcome.h"

namespace jamkoll {

// `replacements`: member name → its new content (deflated; added at the end when absent).
// REQUIRES: `original` is a zip that libzip opens (the reader has already read it).
// Failure code "write-failed" with libzip's message.
Outcome<std::string> rewrite_zip(std::string_view original, const std::map<std::string, std::string>& replacements);

}  // namespace jamkoll

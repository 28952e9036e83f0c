// Writes a reviewed copy of an OpenDocument text (.odt): the same comments as for a DOCX
// (comment_plan.h), as office:annotation at the start of the paragraph and office:annotation-end
// at its end (a range, as LibreOffice writes them). Only content.xml changes; every other member —
// mimetype first and stored, styles.xml, meta.xml, the manifest, pictures — is copied as stored.
// Existing annotations stay, and new office:name values never collide with theirs.
// Tests: tests/report/annotate/odt_annotator_test.cpp, tests/app/annotate_command_test.cpp
#pragma once

#include <string>
#include <string_view>

#include "common/outcome.h"
#include "ingest/limits.h"
#include "report/annotate/docx_annotator.h"
#include "report/document_result.h"

namespace jamkoll {

// REQUIRES: `odt` is the .odt whose verdict this is. Failure codes: the reader's (corrupt-zip,
// xml-malformed, …), not-a-document, write-failed.
Outcome<std::string> annotate_odt(std::string_view odt, const ReadLimits& limits, const DocumentVerdict& verdict,
                                  const ReportContext& context, const AnnotateOptions& options);

}  // namespace jamkoll

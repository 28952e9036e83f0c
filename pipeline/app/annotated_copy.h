// The reviewed copy of a checked DOCX or ODT draft (report/annotate/), shared by `jamkoll annotate`
// (annotate_command.cpp) and the service's POST /annotate (check_service.h).
//
//   DocumentResult result = check_bytes(path, bytes, judge, read);
//   if (!annotatable(result.format)) return unsupported_annotate_message(result.format, language);
//   auto copy = annotated_copy(bytes, read.limits, result, context, {scope, annotate_date()});
//
// Thread-safety: none needed (no shared state).
// Tests: end to end through tests/app/annotate_command_test.cpp (jamkoll annotate) and
//   tests/app/check_service_test.cpp (POST /annotate)
#pragma once

#include <string>
#include <string_view>

#include "common/outcome.h"
#include "ingest/limits.h"
#include "report/annotate/docx_annotator.h"
#include "report/document_result.h"

namespace jamkoll {

// docx and odt; other formats have no place for comments.
bool annotatable(const std::string& format);

// Why a draft read as `format` gets no copy, in `language`.
std::string unsupported_annotate_message(const std::string& format, Language language);

// Now as xsd:dateTime in UTC; SOURCE_DATE_EPOCH (seconds) fixes it for reproducible copies.
std::string annotate_date();

// The MIME type of a copy in `format` (docx or odt).
std::string annotated_content_type(const std::string& format);

// REQUIRES: annotatable(result.format) and `result` is check_bytes() of `bytes`.
Outcome<std::string> annotated_copy(std::string_view bytes, const ReadLimits& limits, const DocumentResult& result,
                                    const ReportContext& context, const AnnotateOptions& options);

}  // namespace jamkoll

// Writes a reviewed copy of a DOCX: the verdicts as Word comments (comment_plan.h) by author
// "jamkoll". Only the document part (the comment anchors), the comments part and, when the draft
// had no comments part, its relationship and content type change; every other member of the zip is
// copied as stored. Existing comments stay, and new ids never collide with theirs.
//
//   auto copy = annotate_docx(bytes, limits, result.verdict, context, {CommentScope::kMentioned, date});
// Tests: tests/report/annotate/docx_annotator_test.cpp, tests/report/annotate/docx_comments_test.cpp;
//   fuzzed by tests/fuzz/fuzz_annotate.cpp
#pragma once

#include <string>
#include <string_view>

#include "common/outcome.h"
#include "ingest/limits.h"
#include "report/annotate/comment_plan.h"
#include "report/document_result.h"

namespace jamkoll {

struct AnnotateOptions {
  CommentScope scope = CommentScope::kMentioned;
  std::string date;  // the run's date and time, xsd:dateTime in UTC ("2026-12-04T18:00:00Z")
};

// REQUIRES: `docx` is the DOCX whose verdict this is (block indices refer to its blocks). Failure
// codes: the reader's (corrupt-zip, xml-malformed, …), not-a-document, write-failed.
Outcome<std::string> annotate_docx(std::string_view docx, const ReadLimits& limits, const DocumentVerdict& verdict,
                                   const ReportContext& context, const AnnotateOptions& options);

}  // namespace jamkoll

// What jamkoll says in a reviewed copy of a draft, and where: the comments `annotate` writes, as
// plain text paragraphs with the body block each belongs to. Format-neutral (the DOCX writer puts
// them into Word comments); wording in Swedish or English like the other reports.
//
//   - one comment per *mentioned* target, at its strongest mention: why it does not count and what
//     would (the kinds of substance, and the pack's description of the target);
//   - with CommentScope::kAll also one per *addressed* target at its strongest evidence, with its
//     commitment profile;
//   - one summary comment (block -1, anchored at the start of the body): the required targets not
//     addressed with their descriptions, and the comments whose evidence has no place in the body
//     (headers, footers, notes, text boxes).
// Tests: tests/report/annotate/docx_comments_test.cpp (through annotate_docx)
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "judge/verdict.h"
#include "report/document_result.h"

namespace jamkoll {

enum class CommentScope { kMentioned, kAll };

// Who the comments are by.
struct CommentAuthor {
  std::string name = "jamkoll";
  std::string initials = "JK";
  std::string date;  // xsd:dateTime, e.g. "2026-12-04T18:00:00Z"
};

struct PlannedComment {
  int block = -1;  // the body block to anchor at; -1: the start of the body (the summary)
  std::vector<std::string> paragraphs;
};

// `anchorable(block)`: whether a comment can stand at that block (a body paragraph or table cell).
// The summary comes first. `date`: the run's date for the summary ("2026-12-04").
std::vector<PlannedComment> plan_comments(const DocumentVerdict& verdict, const ReportContext& context,
                                          CommentScope scope, const std::function<bool(int)>& anchorable,
                                          const std::string& date);

}  // namespace jamkoll

// Judgement as tested data: a table of short passages with the verdict a reviewer expects for one
// target and why (tests/judge/verdict_cases*.tsv), like LanguageTool's rule examples. A reviewer
// adds a row and runs `jamkoll rules cases FILE`; the suite runs every row.
//
// File format (UTF-8, tab-separated, '#' comments, a header line first):
//   id  class  target  status  why  text  [note]
// `status`: addressed | mentioned | missing; `why`: the why_code expected for mentioned ("-"
// otherwise); `text`: Markdown on one line, "\n" for a line break (headings "# …", lists "- …").
// A `note` beginning with "limit:" marks a known limit: it is run and reported, expected to fail,
// and reported when it starts to pass.
// Tests: tests/judge/verdict_cases_test.cpp
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/outcome.h"
#include "judge/judge.h"

namespace jamkoll {

struct VerdictCase {
  std::string id;
  std::string case_class;
  std::string target;
  Status status = Status::kMissing;
  std::string why;  // "" when the expected status is not mentioned
  std::string text;  // Markdown, with real line breaks
  bool known_limit = false;
  int line = 0;
};

struct VerdictCaseResult {
  const VerdictCase* expected = nullptr;
  Status status = Status::kMissing;
  std::string why;
  bool passed = false;
};

// Fails with "rules-invalid" naming file and line: wrong column count, unknown status, duplicate id.
Outcome<std::vector<VerdictCase>> parse_verdict_cases(std::string_view tsv, const std::string& file);

// Fails with "rules-invalid" when a case names a target the judge's pack does not have.
Outcome<std::vector<VerdictCaseResult>> run_verdict_cases(const Judge& judge, const std::vector<VerdictCase>& cases);

}  // namespace jamkoll

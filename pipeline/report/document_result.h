// One checked input as the report stage sees it: where it came from and either its verdicts or
// the error that kept it from being read. Reports are written from a list of these.
// Tests: tests/app/csv_export_test.cpp, tests/app/fail_on_test.cpp
#pragma once

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/outcome.h"
#include "judge/rule_pack.h"
#include "judge/verdict.h"

namespace jamkoll {

enum class Language { kSwedish, kEnglish };

struct DocumentResult {
  std::string path;    // as given, or joined for directory walks
  std::string format;  // "docx", … ("" when unreadable)
  std::string sha256;  // of the file's bytes ("" when unreadable)
  std::optional<Failure> error;
  DocumentVerdict verdict;
  std::set<std::string> accepted_gaps;  // required targets not addressed that a --baseline accepts
  std::vector<std::string> warnings;     // the reader's remarks (e.g. "read as Windows-1252")

  // A required target not addressed that no baseline accepts.
  bool is_new_gap(const TargetVerdict& t) const {
    return t.required && t.status != Status::kAddressed && !accepted_gaps.count(t.target->id);
  }
  bool has_new_gaps() const {
    return std::any_of(verdict.targets.begin(), verdict.targets.end(), [this](const TargetVerdict& t) { return is_new_gap(t); });
  }
};

struct ReportContext {
  const RulePack* pack = nullptr;
  Language language = Language::kSwedish;
};

}  // namespace jamkoll

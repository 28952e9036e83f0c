// When `check` exits 1 (--fail-on): which required targets count as a failure. The default,
// `mentioned`, is the behaviour before the option existed: any required target not addressed.
// A gap a --baseline accepts never counts (DocumentResult::is_new_gap).
// Tests: tests/app/fail_on_test.cpp
#pragma once

#include <optional>
#include <string_view>

#include "report/document_result.h"

namespace jamkoll {

enum class FailOn {
  kMentioned,  // a required target mentioned or missing → exit 1
  kMissing,    // only a required target missing altogether → exit 1
  kNever,      // gaps never change the exit code (unreadable input still gives 2)
};

// "mentioned", "missing", "never".
std::string_view fail_on_name(FailOn policy);
std::optional<FailOn> fail_on_from_name(std::string_view name);

// Whether `result` makes the check fail under `policy` (its read error is judged elsewhere).
bool fails_check(const DocumentResult& result, FailOn policy);

}  // namespace jamkoll

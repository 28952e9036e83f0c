// Exit codes of every jamkoll command (README "Exit codes", docs/testing.md).
// Tests: tests/common/failure_test.cpp, tests/app/check_command_test.cpp (exit codes)
#pragma once

#include "common/outcome.h"

namespace jamkoll::exit_code {

inline constexpr int kOk = 0;          // check: every required target addressed in every document
// check: some required target not addressed (which ones count: --fail-on, app/fail_on.h);
// other commands: findings
inline constexpr int kFindings = 1;
inline constexpr int kUnreadable = 2;  // some input missing or unreadable, or no document found
inline constexpr int kUsage = 64;      // bad command line (EX_USAGE)

// A setup failure (the rule pack, the read options): a usage error when its code is kUsage,
// otherwise an unreadable input.
inline int for_setup_failure(const Failure& failure) { return failure.code == FailureCode::kUsage ? kUsage : kUnreadable; }

}  // namespace jamkoll::exit_code

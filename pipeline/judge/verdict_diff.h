// What changed between two drafts' verdicts, target by target: gained (status rose: missing →
// mentioned → addressed), lost (status fell) or unchanged.
// Tests: end to end through tests/app/diff_baseline_test.cpp (jamkoll diff OLD NEW), tests/app/diff_folders_test.cpp
#pragma once

#include <vector>

#include "judge/verdict.h"

namespace jamkoll {

enum class Change { kGained, kLost, kUnchanged };

struct TargetChange {
  const TargetVerdict* before = nullptr;
  const TargetVerdict* after = nullptr;
  Change change = Change::kUnchanged;
};

// REQUIRES: both verdicts come from the same rule pack (targets in the same order).
std::vector<TargetChange> compare_verdicts(const DocumentVerdict& before, const DocumentVerdict& after);

// true when some required target lost status (what makes `jamkoll diff` exit 1).
bool required_target_got_worse(const std::vector<TargetChange>& changes);

// addressed 2, mentioned 1, missing 0.
int status_rank(Status status);

}  // namespace jamkoll

#include "judge/verdict_diff.h"

namespace jamkoll {

int status_rank(Status status) {
  switch (status) {
    case Status::kAddressed: return 2;
    case Status::kMentioned: return 1;
    case Status::kMissing: return 0;
  }
  return 0;
}

std::vector<TargetChange> compare_verdicts(const DocumentVerdict& before, const DocumentVerdict& after) {
  std::vector<TargetChange> out;
  for (std::size_t i = 0; i < before.targets.size() && i < after.targets.size(); ++i) {
    TargetChange c{&before.targets[i], &after.targets[i], Change::kUnchanged};
    const int from = status_rank(before.targets[i].status);
    const int to = status_rank(after.targets[i].status);
    c.change = to > from ? Change::kGained : to < from ? Change::kLost : Change::kUnchanged;
    out.push_back(c);
  }
  return out;
}

bool required_target_got_worse(const std::vector<TargetChange>& changes) {
  for (const TargetChange& c : changes) {
    if (c.change == Change::kLost && c.after->required) return true;
  }
  return false;
}

}  // namespace jamkoll

#include "judge/rule_pack.h"

namespace jamkoll {

std::string target_kind_name(TargetKind kind) {
  switch (kind) {
    case TargetKind::kGoal: return "goal";
    case TargetKind::kArea: return "area";
    case TargetKind::kRequirement: return "requirement";
    case TargetKind::kOptional: return "optional";
  }
  return "goal";
}

}  // namespace jamkoll

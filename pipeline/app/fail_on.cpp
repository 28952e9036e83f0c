#include "app/fail_on.h"

#include <algorithm>
#include <utility>

namespace jamkoll {
namespace {

constexpr std::pair<FailOn, std::string_view> kNames[] = {
    {FailOn::kMentioned, "mentioned"}, {FailOn::kMissing, "missing"}, {FailOn::kNever, "never"}};

}  // namespace

std::string_view fail_on_name(FailOn policy) {
  for (const auto& [p, name] : kNames) {
    if (p == policy) return name;
  }
  return "mentioned";
}

std::optional<FailOn> fail_on_from_name(std::string_view name) {
  for (const auto& [p, n] : kNames) {
    if (n == name) return p;
  }
  return std::nullopt;
}

bool fails_check(const DocumentResult& result, FailOn policy) {
  if (policy == FailOn::kNever) return false;
  return std::any_of(result.verdict.targets.begin(), result.verdict.targets.end(), [&](const TargetVerdict& t) {
    return result.is_new_gap(t) && (policy == FailOn::kMentioned || t.status == Status::kMissing);
  });
}

}  // namespace jamkoll

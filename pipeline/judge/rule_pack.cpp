#include "judge/rule_pack.h"

#include <array>
#include <utility>

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

namespace {

// The one table of cue role names (pack.xml, JSON and reports use these).
constexpr std::array<std::pair<CueRole, const char*>, kCueRoleCount> kCueRoleNames = {{
    {CueRole::kAnalysis, "analysis"},
    {CueRole::kObjective, "objective"},
    {CueRole::kActivity, "activity"},
    {CueRole::kResponsibility, "responsibility"},
    {CueRole::kIndicator, "indicator"},
    {CueRole::kTimeframe, "timeframe"},
    {CueRole::kFraming, "framing"},
    {CueRole::kDefinition, "definition"},
    {CueRole::kNegation, "negation"},
    {CueRole::kDeferral, "deferral"},
    {CueRole::kFiller, "filler"},
    {CueRole::kPassing, "passing"},
    {CueRole::kPurpose, "purpose"},
    {CueRole::kAudience, "audience"},
    {CueRole::kLabel, "label"},
    {CueRole::kActor, "actor"},
    {CueRole::kGender, "gender"},
    {CueRole::kNameOnly, "name-only"},
    {CueRole::kBackgroundSection, "background-section"},
    {CueRole::kNational, "national"},
    {CueRole::kCounty, "county"},
    {CueRole::kReported, "reported"},
    {CueRole::kOthersSection, "others-section"},
    {CueRole::kAuthor, "author"},
    {CueRole::kStrategy, "strategy"},
    {CueRole::kPastEvent, "past-event"},
    {CueRole::kPopulation, "population"},
    {CueRole::kOtherActor, "other-actor"},
}};

}  // namespace

std::string cue_role_name(CueRole role) {
  for (const auto& [r, name] : kCueRoleNames) {
    if (r == role) return name;
  }
  return "analysis";
}

bool parse_cue_role(const std::string& name, CueRole& role) {
  for (const auto& [r, n] : kCueRoleNames) {
    if (name == n) {
      role = r;
      return true;
    }
  }
  return false;
}

}  // namespace jamkoll

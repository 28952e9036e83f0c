#include "report/diff_report.h"

#include "report/json_report.h"
#include "report/labels.h"

namespace jamkoll {
namespace {

const char* change_name(Change c) {
  switch (c) {
    case Change::kGained: return "gained";
    case Change::kLost: return "lost";
    case Change::kUnchanged: return "unchanged";
  }
  return "unchanged";
}

void evidence_line(std::ostream& out, const char* side, const TargetVerdict& t) {
  if (t.evidence.empty()) return;
  out << "      " << side << " «" << t.evidence.front().text << "»\n";
}

OrderedJson evidence_array(const TargetVerdict& t) {
  OrderedJson a = OrderedJson::array();
  for (const Evidence& e : t.evidence) {
    a.push_back({{"text", e.text}, {"heading", e.heading}, {"block", e.block}, {"rule", e.rule}, {"terms", e.terms}});
  }
  return a;
}

}  // namespace

void write_target_changes_text(std::ostream& out, const std::vector<TargetChange>& changes, const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  std::size_t unchanged = 0;
  for (const Change kind : {Change::kLost, Change::kGained}) {
    for (const TargetChange& c : changes) {
      if (c.change != kind) continue;
      const Target& t = *c.after->target;
      out << "  " << (kind == Change::kLost ? "↓ " : "↑ ") << t.id << " – " << target_label(t, context.language)
          << (c.after->required ? "" : (sv ? " (valfritt)" : " (optional)")) << ": "
          << status_label(c.before->status, context.language) << " → " << status_label(c.after->status, context.language)
          << "\n";
      evidence_line(out, sv ? "före:" : "before:", *c.before);
      evidence_line(out, sv ? "efter:" : "after:", *c.after);
    }
  }
  for (const TargetChange& c : changes) unchanged += c.change == Change::kUnchanged;
  out << "  = " << unchanged << (sv ? " oförändrade\n" : " unchanged\n");
}

OrderedJson target_changes_json(const std::vector<TargetChange>& changes, const ReportContext& context) {
  OrderedJson targets = OrderedJson::array();
  for (const TargetChange& c : changes) {
    OrderedJson t;
    t["id"] = c.after->target->id;
    t["label"] = target_label(*c.after->target, context.language);
    t["required"] = c.after->required;
    t["change"] = change_name(c.change);
    t["old"] = status_name(c.before->status);
    t["new"] = status_name(c.after->status);
    t["old_evidence"] = evidence_array(*c.before);
    t["new_evidence"] = evidence_array(*c.after);
    targets.push_back(std::move(t));
  }
  return targets;
}

void write_diff_text(std::ostream& out, const DocumentResult& before, const DocumentResult& after,
                     const std::vector<TargetChange>& changes, const ReportContext& context) {
  const bool sv = context.language == Language::kSwedish;
  out << (sv ? "Jämförelse: " : "Comparison: ") << before.path << " → " << after.path << "\n";
  write_target_changes_text(out, changes, context);
}

void write_diff_json(std::ostream& out, const DocumentResult& before, const DocumentResult& after,
                     const std::vector<TargetChange>& changes, const ReportContext& context) {
  OrderedJson j;
  j["schema"] = kDiffSchema;
  j["rulepack"] = {{"id", context.pack->id}, {"version", context.pack->version}};
  j["old"] = {{"path", before.path}, {"sha256", before.sha256}};
  j["new"] = {{"path", after.path}, {"sha256", after.sha256}};
  j["targets"] = target_changes_json(changes, context);
  out << j.dump(2) << "\n";
}

const char* draft_change_name(DraftChange change) {
  switch (change) {
    case DraftChange::kChanged: return "changed";
    case DraftChange::kUnchanged: return "unchanged";
    case DraftChange::kAdded: return "added";
    case DraftChange::kRemoved: return "removed";
    case DraftChange::kUnreadable: return "unreadable";
  }
  return "unreadable";
}

DraftChange draft_change(const DraftPair& pair) {
  if ((pair.before && pair.before->error) || (pair.after && pair.after->error)) return DraftChange::kUnreadable;
  if (!pair.before) return DraftChange::kAdded;
  if (!pair.after) return DraftChange::kRemoved;
  for (const TargetChange& c : pair_changes(pair)) {
    if (c.change != Change::kUnchanged) return DraftChange::kChanged;
  }
  return DraftChange::kUnchanged;
}

const DocumentResult& unreadable_side(const DraftPair& pair) {
  return pair.before && pair.before->error ? *pair.before : *pair.after;
}

std::vector<TargetChange> pair_changes(const DraftPair& pair) {
  if (!pair.before || !pair.after || pair.before->error || pair.after->error) return {};
  return compare_verdicts(pair.before->verdict, pair.after->verdict);
}

bool any_required_target_got_worse(const FolderDiff& diff) { return summarize(diff).worse > 0; }

FolderDiffSummary summarize(const FolderDiff& diff) {
  FolderDiffSummary s;
  for (const DraftPair& pair : diff.drafts) {
    switch (draft_change(pair)) {
      case DraftChange::kChanged: ++s.changed; break;
      case DraftChange::kUnchanged: ++s.unchanged; break;
      case DraftChange::kAdded: ++s.added; break;
      case DraftChange::kRemoved: ++s.removed; break;
      case DraftChange::kUnreadable: ++s.unreadable; break;
    }
    s.worse += required_target_got_worse(pair_changes(pair));
  }
  return s;
}

}  // namespace jamkoll

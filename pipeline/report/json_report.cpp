#include "report/json_report.h"

#include <cmath>

#include "report/advice.h"
#include "report/labels.h"

namespace jamkoll {
namespace {

double rounded(double v) { return std::round(v * 1000.0) / 1000.0; }

OrderedJson evidence_json(const Evidence& e) {
  OrderedJson j;
  j["text"] = e.text;
  OrderedJson highlights = OrderedJson::array();
  for (const auto& [b, end] : e.highlights) highlights.push_back({b, end});
  j["highlights"] = std::move(highlights);
  j["heading"] = e.heading;
  j["block"] = e.block;
  j["part"] = e.part;
  j["kind"] = std::string(block_kind_name(e.kind));
  j["rule"] = e.rule;
  j["terms"] = e.terms;
  if (e.reason != MentionReason::kNone) j["reason"] = mention_reason_code(e.reason);
  j["statement"] = statement_type_name(e.statement);
  return j;
}

// What a drafting team can do (targets not addressed): the wording in the report language, and
// the rule ids of the aspects lacking for a target needing every rule.
OrderedJson advice_json(const TargetVerdict& t, Language language) {
  const Advice advice = advice_for(t, language);
  OrderedJson j;
  j["description"] = target_description(*t.target, language);
  j["what_counts"] = advice.what_counts;
  if (t.target->needs_all_rules) j["lacking"] = advice.lacking;
  std::string text;
  for (const std::string& line : advice_lines(advice)) text += (text.empty() ? "" : " ") + line;
  j["text"] = text;
  return j;
}

OrderedJson target_json(const TargetVerdict& t, const ReportContext& context) {
  OrderedJson j;
  j["id"] = t.target->id;
  j["kind"] = target_kind_name(t.target->kind);
  j["label"] = target_label(*t.target, context.language);
  j["required"] = t.required;
  j["status"] = status_name(t.status);
  j["score"] = rounded(t.score);
  OrderedJson evidence = OrderedJson::array();
  for (const Evidence& e : t.evidence) evidence.push_back(evidence_json(e));
  j["evidence"] = std::move(evidence);
  if (t.status == Status::kMentioned) {
    j["why"] = why_sentence(t.why, context.language);
    j["why_code"] = mention_reason_code(t.why);
  }
  if (t.status == Status::kMissing) j["tried"] = t.tried;
  if (t.status != Status::kAddressed) j["advice"] = advice_json(t, context.language);
  OrderedJson profile;
  for (std::size_t k = 0; k < kSubstanceCount; ++k) profile[substance_name(static_cast<Substance>(k))] = t.profile[k];
  j["profile"] = std::move(profile);
  return j;
}

void mark_accepted(OrderedJson& target, const DocumentResult& r) {
  if (r.accepted_gaps.count(target["id"].get<std::string>())) target["accepted_gap"] = true;
}

}  // namespace

OrderedJson document_json(const DocumentResult& r, const ReportContext& context) {
  OrderedJson j;
  j["path"] = r.path;
  if (r.error) {
    j["status"] = "error";
    if (!r.sha256.empty()) j["sha256"] = r.sha256;
    j["error"] = {{"code", r.error->code.name()}, {"message", r.error->message}};
    return j;
  }
  j["format"] = r.format;
  j["sha256"] = r.sha256;
  j["status"] = "ok";
  if (!r.warnings.empty()) j["warnings"] = r.warnings;
  OrderedJson targets = OrderedJson::array();
  for (const TargetVerdict& t : r.verdict.targets) {
    OrderedJson j = target_json(t, context);
    mark_accepted(j, r);
    targets.push_back(std::move(j));
  }
  j["targets"] = std::move(targets);
  return j;
}

void write_json_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context) {
  OrderedJson j;
  j["schema"] = kReportSchema;
  j["tool"] = {{"name", "jamkoll"}, {"version", JAMKOLL_VERSION}};
  j["rulepack"] = {{"id", context.pack->id}, {"version", context.pack->version}, {"sha256", context.pack->sha256}};
  j["lang"] = context.language == Language::kSwedish ? "sv" : "en";
  OrderedJson documents = OrderedJson::array();
  for (const DocumentResult& r : results) documents.push_back(document_json(r, context));
  j["documents"] = std::move(documents);
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void write_jsonl_line(std::ostream& out, const DocumentResult& result, const ReportContext& context) {
  OrderedJson j;
  j["schema"] = kDocumentSchema;
  const OrderedJson document = document_json(result, context);
  for (const auto& [key, value] : document.items()) j[key] = value;
  out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n' << std::flush;
}

}  // namespace jamkoll

#include "app/service_stats.h"

#include <nlohmann/json.hpp>

#include "judge/judge.h"
#include "report/json_report.h"

namespace jamkoll {
namespace {

constexpr auto kRelaxed = std::memory_order_relaxed;

// A label value with \, " and newline escaped as the exposition format asks.
std::string label(const std::string& value) {
  std::string out;
  for (const char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

void family(std::string& out, const std::string& name, const std::string& type, const std::string& help) {
  out += "# HELP " + name + " " + help + "\n# TYPE " + name + " " + type + "\n";
}

void sample(std::string& out, const std::string& name, const std::string& labels, std::uint64_t value) {
  out += name + (labels.empty() ? "" : "{" + labels + "}") + " " + std::to_string(value) + "\n";
}

}  // namespace

void ServiceStats::count_answer(int status, std::optional<CheckResult> check) {
  requests_.fetch_add(1, kRelaxed);
  if (status >= 400) errors_.fetch_add(1, kRelaxed);
  if (!check) return;
  switch (*check) {
    case CheckResult::kComplete:
      complete_.fetch_add(1, kRelaxed);
      break;
    case CheckResult::kGaps:
      gaps_.fetch_add(1, kRelaxed);
      break;
    case CheckResult::kError:
      check_errors_.fetch_add(1, kRelaxed);
      break;
  }
}

ServiceCounts ServiceStats::counts() const {
  ServiceCounts c;
  c.requests = requests_.load(kRelaxed);
  c.checks_complete = complete_.load(kRelaxed);
  c.checks_gaps = gaps_.load(kRelaxed);
  c.checks_error = check_errors_.load(kRelaxed);
  c.errors = errors_.load(kRelaxed);
  c.rejected = rejected_.load(kRelaxed);
  c.uptime_seconds = static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started_).count());
  return c;
}

std::optional<CheckResult> check_result_from_header(const std::string& value) {
  if (value == "complete") return CheckResult::kComplete;
  if (value == "gaps") return CheckResult::kGaps;
  if (value == "error") return CheckResult::kError;
  return std::nullopt;
}

ServiceInfo service_info(const Judge& judge) {
  const auto& pack = judge.pack().pack;
  return {JAMKOLL_VERSION, pack.id, pack.version, pack.sha256};
}

std::string health_json(const ServiceInfo& info, const ServiceCounts& counts) {
  nlohmann::ordered_json j;
  j["status"] = "ok";
  j["schema"] = "jamkoll.health/1";
  j["tool"] = {{"name", "jamkoll"}, {"version", info.version}};
  j["report_schema"] = kReportSchema;
  j["rulepack"] = {{"id", info.pack_id}, {"version", info.pack_version}, {"sha256", info.pack_sha256}};
  j["uptime_seconds"] = counts.uptime_seconds;
  j["counts"] = {{"requests", counts.requests}, {"checks", counts.checks()}, {"errors", counts.errors}, {"rejected", counts.rejected}};
  j["connections"] = {{"active", counts.active_connections}, {"queued", counts.queued_connections}};
  return j.dump() + "\n";
}

std::string metrics_text(const ServiceInfo& info, const ServiceCounts& counts) {
  std::string out;
  family(out, "jamkoll_build_info", "gauge", "The jamkoll version and the rule pack it judges with (always 1).");
  sample(out, "jamkoll_build_info",
         "version=\"" + label(info.version) + "\",pack=\"" + label(info.pack_id) + "\",pack_version=\"" + label(info.pack_version) +
             "\",pack_sha256=\"" + label(info.pack_sha256) + "\"",
         1);
  family(out, "jamkoll_requests_total", "counter", "Requests answered (503 refusals not included).");
  sample(out, "jamkoll_requests_total", "", counts.requests);
  family(out, "jamkoll_checks_total", "counter", "Drafts judged (answers carrying a report), by X-Jamkoll-Result.");
  sample(out, "jamkoll_checks_total", "result=\"complete\"", counts.checks_complete);
  sample(out, "jamkoll_checks_total", "result=\"gaps\"", counts.checks_gaps);
  sample(out, "jamkoll_checks_total", "result=\"error\"", counts.checks_error);
  family(out, "jamkoll_errors_total", "counter", "Answers with a status of 400 or above.");
  sample(out, "jamkoll_errors_total", "", counts.errors);
  family(out, "jamkoll_rejected_connections_total", "counter", "Connections answered 503: every worker and the queue taken.");
  sample(out, "jamkoll_rejected_connections_total", "", counts.rejected);
  family(out, "jamkoll_uptime_seconds", "gauge", "Seconds since the service started.");
  sample(out, "jamkoll_uptime_seconds", "", counts.uptime_seconds);
  family(out, "jamkoll_connections_active", "gauge", "Connections being served by a worker.");
  sample(out, "jamkoll_connections_active", "", static_cast<std::uint64_t>(counts.active_connections));
  family(out, "jamkoll_connections_queued", "gauge", "Connections waiting for a worker.");
  sample(out, "jamkoll_connections_queued", "", static_cast<std::uint64_t>(counts.queued_connections));
  return out;
}

}  // namespace jamkoll

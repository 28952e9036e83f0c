// What the HTTP service (check_service.h) has done since it started, for GET /health (JSON) and
// GET /metrics (Prometheus text exposition format 0.0.4):
//   requests  answers to requests (every access log line but the 503s)
//   checks    answers carrying a report (200 or 422 on /check), by result complete | gaps | error
//   errors    answers with a status of 400 or above (422 included: the draft could not be read)
//   rejected  connections answered 503 (every worker and the queue taken)
//
//   stats.count_answer(404, std::nullopt);
//   std::string page = metrics_text(service_info(judge), stats.counts(), load);
//
// Thread-safety: count_* and counts() may be called from any thread (relaxed atomic counters:
// a snapshot may be a moment behind, never torn per counter).
// Tests: through the in-process service in tests/app/check_service_test.cpp (GET /health, GET /metrics)
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace jamkoll {

class Judge;

enum class CheckResult { kComplete, kGaps, kError };

struct ServiceCounts {
  std::uint64_t requests = 0;
  std::uint64_t checks_complete = 0;
  std::uint64_t checks_gaps = 0;
  std::uint64_t checks_error = 0;
  std::uint64_t errors = 0;
  std::uint64_t rejected = 0;
  std::uint64_t uptime_seconds = 0;
  int active_connections = 0;
  int queued_connections = 0;

  std::uint64_t checks() const { return checks_complete + checks_gaps + checks_error; }
};

class ServiceStats {
 public:
  ServiceStats() : started_(std::chrono::steady_clock::now()) {}
  ServiceStats(const ServiceStats&) = delete;
  ServiceStats& operator=(const ServiceStats&) = delete;

  // `check`: the answer's X-Jamkoll-Result, when it carries a report.
  void count_answer(int status, std::optional<CheckResult> check);
  void count_rejected() { rejected_.fetch_add(1, std::memory_order_relaxed); }
  // The counters and the uptime; the connection gauges are left at 0 for the caller to fill.
  ServiceCounts counts() const;

 private:
  const std::chrono::steady_clock::time_point started_;
  std::atomic<std::uint64_t> requests_{0}, complete_{0}, gaps_{0}, check_errors_{0}, errors_{0}, rejected_{0};
};

// The X-Jamkoll-Result header's value as a CheckResult (nullopt: not a report).
std::optional<CheckResult> check_result_from_header(const std::string& value);

// Who answers: the tool's version and the rule pack, for both pages.
struct ServiceInfo {
  std::string version;
  std::string pack_id;
  std::string pack_version;
  std::string pack_sha256;
};
ServiceInfo service_info(const Judge& judge);

// {"status": "ok", "schema": "jamkoll.health/1", "tool": {"name", "version"}, "report_schema",
//  "rulepack": {"id", "version", "sha256"}, "uptime_seconds", "counts": {"requests", "checks",
//  "errors", "rejected"}, "connections": {"active", "queued"}} and a newline.
std::string health_json(const ServiceInfo& info, const ServiceCounts& counts);

// Counters (# HELP and # TYPE before each family) and gauges, one sample a line.
std::string metrics_text(const ServiceInfo& info, const ServiceCounts& counts);

}  // namespace jamkoll

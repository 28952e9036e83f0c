// The query of the HTTP service's POST /check (check_service.h):
//   /check?name=utkast.docx&format=json|jsonl|html|text|csv|matrix-csv|junit&lang=sv|en&excel=1
// `name` lends the report its path and its extension to format detection, never a place on disk
// (upload_file.h). A pure function of the request target, so the fuzz target
// (tests/fuzz/fuzz_request.cpp) can drive it.
//
//   CheckQuery query;
//   if (auto error = parse_check_query(request.getURI(), query)) return answer_400(*error);
//
// Thread-safety: none needed (no state).
// Tests: tests/app/check_query_test.cpp; fuzzed by tests/fuzz/fuzz_request.cpp
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "app/render_report.h"
#include "app/words.h"

namespace jamkoll {

struct CheckQuery {
  ReportFormat format = ReportFormat::kJson;
  std::string name;  // empty: none given
  std::string lang = "sv";
  bool excel = false;  // csv and matrix-csv as `check --excel` writes them (excel, excel=1 or =true)

  // The report's path: `name`, or "utkast" when none was given.
  std::string report_name() const { return name.empty() ? "utkast" : name; }
};

// Longest `name`, in bytes: far above a file name (255) with a folder path, far below the head limit.
constexpr std::size_t kMaxNameBytes = 1024;

// Fills `query` from the target's query string; the message of a 400 (Swedish and English) when it cannot be used: a
// query Poco cannot decode, an unknown format, a lang other than sv/en, an excel other than 1/true/0/false/empty, a name that is too long,
// not UTF-8 or holds control characters (it is written into every report format).
std::optional<Words> parse_check_query(const std::string& target, CheckQuery& query);

// Why `name` cannot be a report's path, if it cannot.
std::optional<Words> name_problem(const std::string& name);

}  // namespace jamkoll

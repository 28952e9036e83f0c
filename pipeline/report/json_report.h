// The machine-readable report: schema "jamkoll.report/1" (one JSON document) and
// "jamkoll.document/1" (one line per document, jsonl). Fields are only ever added, never renamed
// or removed; see docs/json-contract.md.
// Tests: tests/report/json_report_test.cpp, tests/app/check_command_test.cpp (the JSON contract, jsonl)
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "report/document_result.h"

namespace jamkoll {

using OrderedJson = nlohmann::ordered_json;

// The schema names of the two shapes (the service's /health names the first too).
inline constexpr const char* kReportSchema = "jamkoll.report/1";
inline constexpr const char* kDocumentSchema = "jamkoll.document/1";

OrderedJson document_json(const DocumentResult& result, const ReportContext& context);

// Writes {"schema": "jamkoll.report/1", "tool": …, "rulepack": …, "documents": [...]}.
void write_json_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context);

// One line: document_json plus "schema": "jamkoll.document/1".
void write_jsonl_line(std::ostream& out, const DocumentResult& result, const ReportContext& context);

}  // namespace jamkoll

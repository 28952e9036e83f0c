// The report formats, in one table (name, MIME type, file extension, whether `check` writes each
// document as it is judged, whether --excel applies), and rendering a finished set of results in
// any of them. `check`, `serve`, `watch` and every usage text take their formats from here.
// Tests: tests/app/render_report_test.cpp, tests/app/report_formats_test.cpp
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/document_result.h"

namespace jamkoll {

enum class ReportFormat { kCsv, kHtml, kJson, kJsonl, kJunit, kMatrixCsv, kText };

struct ReportFormatInfo {
  ReportFormat format;
  std::string_view name;       // the value of --format and of the service's ?format=
  std::string_view mime;       // the service's Content-Type
  std::string_view extension;  // a watch folder's report: utkast.docx + extension
  bool per_document;           // check writes each document as it is judged (text, jsonl)
  bool excel;                  // --excel / excel=1 applies
};

// Every format, in the order usage texts list them.
const std::vector<ReportFormatInfo>& report_format_table();
const ReportFormatInfo& report_format_info(ReportFormat format);
std::optional<ReportFormat> report_format_named(std::string_view name);
std::string_view report_format_name(ReportFormat format);
// "csv, html, json, jsonl, junit, matrix-csv, text", for usage texts and messages.
std::string report_format_names();

// `excel` applies to csv and matrix-csv.
void render_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context,
                   ReportFormat format, bool excel = false);

}  // namespace jamkoll

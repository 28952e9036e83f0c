#include "app/render_report.h"

#include "report/csv_report.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/junit_report.h"
#include "report/text_report.h"

namespace jamkoll {

const std::vector<ReportFormatInfo>& report_format_table() {
  static const std::vector<ReportFormatInfo> table = {
      {ReportFormat::kCsv, "csv", "text/csv; charset=utf-8", ".csv", false, true},
      {ReportFormat::kHtml, "html", "text/html; charset=utf-8", ".html", false, false},
      {ReportFormat::kJson, "json", "application/json; charset=utf-8", ".json", false, false},
      {ReportFormat::kJsonl, "jsonl", "application/x-ndjson; charset=utf-8", ".jsonl", true, false},
      {ReportFormat::kJunit, "junit", "application/xml; charset=utf-8", ".junit.xml", false, false},
      {ReportFormat::kMatrixCsv, "matrix-csv", "text/csv; charset=utf-8", ".matrix-csv", false, true},
      {ReportFormat::kText, "text", "text/plain; charset=utf-8", ".txt", true, false},
  };
  return table;
}

const ReportFormatInfo& report_format_info(ReportFormat format) {
  for (const ReportFormatInfo& info : report_format_table()) {
    if (info.format == format) return info;
  }
  return report_format_table().front();  // unreachable: every enumerator has a row (tested)
}

std::optional<ReportFormat> report_format_named(std::string_view name) {
  for (const ReportFormatInfo& info : report_format_table()) {
    if (info.name == name) return info.format;
  }
  return std::nullopt;
}

std::string_view report_format_name(ReportFormat format) { return report_format_info(format).name; }

std::string report_format_names() {
  std::string list;
  for (const ReportFormatInfo& info : report_format_table()) {
    list += (list.empty() ? "" : ", ") + std::string(info.name);
  }
  return list;
}

void render_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context,
                   ReportFormat format, bool excel) {
  const CsvOptions csv{excel};
  switch (format) {
    case ReportFormat::kText:
      for (const DocumentResult& r : results) write_text_document(out, r, context);
      write_text_summary(out, results, context);
      return;
    case ReportFormat::kJson: return write_json_report(out, results, context);
    case ReportFormat::kJsonl:
      for (const DocumentResult& r : results) write_jsonl_line(out, r, context);
      return;
    case ReportFormat::kCsv: return write_csv_report(out, results, context, csv);
    case ReportFormat::kMatrixCsv: return write_matrix_csv_report(out, results, context, csv);
    case ReportFormat::kHtml: return write_html_report(out, results, context);
    case ReportFormat::kJunit: return write_junit_report(out, results, context);
  }
}

}  // namespace jamkoll

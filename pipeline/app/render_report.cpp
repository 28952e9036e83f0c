#include "app/render_report.h"

#include "report/csv_report.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/junit_report.h"
#include "report/text_report.h"

namespace jamkoll {

const std::set<std::string>& report_formats() {
  static const std::set<std::string> formats = {"text", "json", "jsonl", "csv", "matrix-csv", "html", "junit"};
  return formats;
}

void render_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context,
                   const std::string& format, bool excel) {
  const CsvOptions csv{excel};
  if (format == "text") {
    for (const DocumentResult& r : results) write_text_document(out, r, context);
    write_text_summary(out, results, context);
  } else if (format == "json") {
    write_json_report(out, results, context);
  } else if (format == "jsonl") {
    for (const DocumentResult& r : results) write_jsonl_line(out, r, context);
  } else if (format == "csv") {
    write_csv_report(out, results, context, csv);
  } else if (format == "matrix-csv") {
    write_matrix_csv_report(out, results, context, csv);
  } else if (format == "html") {
    write_html_report(out, results, context);
  } else if (format == "junit") {
    write_junit_report(out, results, context);
  }
}

}  // namespace jamkoll

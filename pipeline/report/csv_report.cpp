#include "report/csv_report.h"

#include <cstdio>

#include "report/labels.h"

namespace jamkoll {
namespace {

class CsvWriter {
 public:
  CsvWriter(std::ostream& out, CsvOptions options) : out_(out), options_(options) {
    if (options_.excel) out_ << "\xEF\xBB\xBF";  // BOM: Excel reads the file as UTF-8
  }
  void row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i) out_ << separator();
      out_ << quoted(fields[i]);
    }
    out_ << "\r\n";
  }
  std::string number(double v) const {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", v);
    std::string s = buffer;
    if (options_.excel) {
      for (char& c : s) {
        if (c == '.') c = ',';
      }
    }
    return s;
  }

 private:
  char separator() const { return options_.excel ? ';' : ','; }
  std::string quoted(const std::string& field) const {
    if (field.find_first_of(std::string("\"\r\n") + separator()) == std::string::npos) return field;
    std::string out = "\"";
    for (char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
  }
  std::ostream& out_;
  CsvOptions options_;
};

}  // namespace

void write_csv_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context,
                      CsvOptions options) {
  CsvWriter csv(out, options);
  // Columns are only ever added at the end (why_code, profile, statement: since the verdict rework).
  csv.row({"path", "target", "kind", "label", "required", "status", "score", "evidence", "why_code", "profile",
           "statement"});
  for (const DocumentResult& r : results) {
    if (r.error) {
      csv.row({r.path, "", "", "", "", "error", "", r.error->code + ": " + r.error->message, "", "", ""});
      continue;
    }
    for (const TargetVerdict& t : r.verdict.targets) {
      csv.row({r.path, t.target->id, target_kind_name(t.target->kind), target_label(*t.target, context.language),
               t.required ? "true" : "false", status_name(t.status), csv.number(t.score),
               t.evidence.empty() ? "" : t.evidence.front().text,
               t.status == Status::kMentioned ? mention_reason_code(t.why) : "", profile_codes(t.profile),
               t.evidence.empty() ? "" : statement_type_name(t.evidence.front().statement)});
    }
  }
}

void write_matrix_csv_report(std::ostream& out, const std::vector<DocumentResult>& results,
                             const ReportContext& context, CsvOptions options) {
  CsvWriter csv(out, options);
  std::vector<std::string> header = {"path"};
  for (const Target& t : context.pack->targets) header.push_back(t.id);
  csv.row(header);
  for (const DocumentResult& r : results) {
    std::vector<std::string> row = {r.path};
    for (std::size_t i = 0; i < context.pack->targets.size(); ++i) {
      row.push_back(r.error ? "error" : i < r.verdict.targets.size() ? status_name(r.verdict.targets[i].status) : "");
    }
    csv.row(row);
  }
}

}  // namespace jamkoll

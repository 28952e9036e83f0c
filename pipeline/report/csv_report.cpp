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
    const std::string cell = neutralised_csv_cell(field);
    // A neutralised cell is quoted too, as OWASP recommends.
    if (cell == field && field.find_first_of(std::string("\"\r\n") + separator()) == std::string::npos) return field;
    std::string out = "\"";
    for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
  }
  std::ostream& out_;
  CsvOptions options_;
};

// The `csv` columns in order: the stable name (plain csv) and the names a reader sees (--excel).
// Only ever added at the end; the version in docs/json-contract.md#csv counts the additions.
struct Column {
  const char* code;
  const char* sv;
  const char* en;
};
constexpr Column kColumns[] = {
    {"path", "dokument", "document"},
    {"target", "id", "id"},
    {"kind", "typ", "kind"},
    {"label", "benämning", "name"},
    {"required", "obligatorisk", "required"},
    {"status", "status", "status"},
    {"score", "poäng", "score"},
    {"evidence", "belägg", "evidence"},
    // since version 2 (the verdict rework)
    {"why_code", "skäl", "reason"},
    {"profile", "innehåll", "content"},
    {"statement", "meningstyp", "statement"},
    // since version 3
    {"heading", "rubrik", "heading"},
    {"why", "varför", "why"},
};
constexpr std::size_t kColumnCount = sizeof kColumns / sizeof kColumns[0];

const char* column_name(const Column& c, bool readable, Language language) {
  if (!readable) return c.code;
  return language == Language::kSwedish ? c.sv : c.en;
}

// The kinds of substance found, in words: "analys, insatser" ("" for none).
std::string profile_words(const CommitmentProfile& profile, Language language) {
  std::string out;
  for (std::size_t k = 0; k < kSubstanceCount; ++k) {
    if (profile[k] > 0) out += (out.empty() ? "" : ", ") + substance_label(static_cast<Substance>(k), language);
  }
  return out;
}

std::string yes_no(bool value, Language language) {
  if (language == Language::kSwedish) return value ? "ja" : "nej";
  return value ? "yes" : "no";
}

std::vector<std::string> target_row(const CsvWriter& csv, const DocumentResult& r, const TargetVerdict& t,
                                    const ReportContext& context, bool readable) {
  const Language language = context.language;
  const Evidence* first = t.evidence.empty() ? nullptr : &t.evidence.front();
  const bool mentioned = t.status == Status::kMentioned;
  std::string why_code, statement;
  if (mentioned) why_code = readable ? mention_reason_label(t.why, language) : mention_reason_code(t.why);
  if (first) {
    statement = readable ? statement_label(first->statement, first->reason, language) : statement_type_name(first->statement);
  }
  return {r.path,
          t.target->id,
          readable ? target_kind_label(t.target->kind, language) : target_kind_name(t.target->kind),
          target_label(*t.target, language),
          readable ? yes_no(t.required, language) : (t.required ? "true" : "false"),
          readable ? status_label(t.status, language) : status_name(t.status),
          csv.number(t.score),
          first ? first->text : "",
          why_code,
          readable ? profile_words(t.profile, language) : profile_codes(t.profile),
          statement,
          first ? heading_path_label(first->heading) : "",
          mentioned ? why_sentence(t.why, language) : ""};
}

// An unreadable file: its status says so and its evidence cell carries the error.
std::string error_status(bool readable, Language language) {
  return readable && language == Language::kSwedish ? "fel" : "error";
}
std::string error_text(const Failure& error, bool readable, Language language) {
  return readable ? error_sentence(error, language) : error.code.name() + ": " + error.message;
}

}  // namespace

std::string neutralised_csv_cell(const std::string& cell) {
  if (cell.empty()) return cell;
  switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\'':  // so that dropping one leading quote always gives the original back
      return "'" + cell;
    default:
      return cell;
  }
}

void write_csv_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context,
                      CsvOptions options) {
  CsvWriter csv(out, options);
  const bool readable = options.excel;
  std::vector<std::string> header;
  for (const Column& c : kColumns) header.push_back(column_name(c, readable, context.language));
  csv.row(header);
  for (const DocumentResult& r : results) {
    if (r.error) {
      std::vector<std::string> row(kColumnCount);
      row[0] = r.path;
      row[5] = error_status(readable, context.language);
      row[7] = error_text(*r.error, readable, context.language);
      csv.row(row);
      continue;
    }
    for (const TargetVerdict& t : r.verdict.targets) csv.row(target_row(csv, r, t, context, readable));
  }
}

void write_matrix_csv_report(std::ostream& out, const std::vector<DocumentResult>& results,
                             const ReportContext& context, CsvOptions options) {
  CsvWriter csv(out, options);
  const bool readable = options.excel;
  const Language language = context.language;
  std::vector<std::string> header = {readable ? column_name(kColumns[0], true, language) : "path"};
  for (const Target& t : context.pack->targets) {
    header.push_back(readable ? target_label(t, language) + " (" + t.id + ")" : t.id);
  }
  header.push_back(readable ? (language == Language::kSwedish ? "fel" : "error") : "error");  // since version 2
  csv.row(header);
  for (const DocumentResult& r : results) {
    std::vector<std::string> row = {r.path};
    for (std::size_t i = 0; i < context.pack->targets.size(); ++i) {
      if (r.error) {
        row.push_back(error_status(readable, language));
      } else if (i < r.verdict.targets.size()) {
        const Status s = r.verdict.targets[i].status;
        row.push_back(readable ? status_label(s, language) : status_name(s));
      } else {
        row.push_back("");
      }
    }
    row.push_back(r.error ? error_text(*r.error, readable, language) : "");
    csv.row(row);
  }
}

}  // namespace jamkoll

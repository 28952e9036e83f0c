#include "judge/verdict_cases.h"

#include <set>

#include "common/unicode.h"
#include "ingest/plain/markdown_reader.h"

namespace jamkoll {
namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  for (std::size_t tab; (tab = line.find('\t')) != std::string_view::npos; line.remove_prefix(tab + 1)) {
    out.emplace_back(line.substr(0, tab));
  }
  out.emplace_back(line);
  return out;
}

// "\n" in the table stands for a line break.
std::string unescape_breaks(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool parse_status(const std::string& s, Status& status) {
  if (s == "addressed") status = Status::kAddressed;
  else if (s == "mentioned") status = Status::kMentioned;
  else if (s == "missing") status = Status::kMissing;
  else return false;
  return true;
}

}  // namespace

Outcome<std::vector<VerdictCase>> parse_verdict_cases(std::string_view tsv, const std::string& file) {
  std::vector<VerdictCase> cases;
  std::set<std::string> ids;
  bool header = true;
  int line_no = 0;
  while (!tsv.empty()) {
    const std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv.remove_prefix(nl == std::string_view::npos ? tsv.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || line.front() == '#') continue;
    if (header) {  // the optional header line; without it the first line is a case
      header = false;
      if (line.rfind("id\t", 0) == 0) continue;
    }
    const auto where = file + ":" + std::to_string(line_no) + ": ";
    const std::vector<std::string> f = split_tabs(line);
    if (f.size() != 6 && f.size() != 7) {
      return Failure::rules_invalid(where + "expected 6 or 7 tab-separated columns, found " + std::to_string(f.size()));
    }
    VerdictCase c;
    c.id = f[0];
    c.case_class = f[1];
    c.target = f[2];
    if (!parse_status(f[3], c.status)) return Failure::rules_invalid(where + "unknown status '" + f[3] + "'");
    c.why = f[4] == "-" ? "" : f[4];
    if (c.status == Status::kMentioned && c.why.empty()) {
      return Failure::rules_invalid(where + "a mentioned case needs its why_code");
    }
    c.text = to_nfc(unescape_breaks(f[5]));
    c.known_limit = f.size() == 7 && f[6].rfind("limit:", 0) == 0;
    c.line = line_no;
    if (!ids.insert(c.id).second) return Failure::rules_invalid(where + "duplicate id '" + c.id + "'");
    cases.push_back(std::move(c));
  }
  return cases;
}

Outcome<std::vector<VerdictCaseResult>> run_verdict_cases(const Judge& judge, const std::vector<VerdictCase>& cases) {
  std::vector<VerdictCaseResult> out;
  for (const VerdictCase& c : cases) {
    const Document document = read_markdown(c.text);
    const DocumentVerdict verdict = judge.judge(document);
    const TargetVerdict* found = nullptr;
    for (const TargetVerdict& t : verdict.targets) {
      if (t.target->id == c.target) found = &t;
    }
    if (!found) return Failure::rules_invalid("case " + c.id + " (line " + std::to_string(c.line) + "): unknown target '" + c.target + "'");
    VerdictCaseResult r;
    r.expected = &c;
    r.status = found->status;
    r.why = found->status == Status::kMentioned ? mention_reason_code(found->why) : "";
    r.passed = r.status == c.status && (c.why.empty() || r.why == c.why);
    out.push_back(r);
  }
  return out;
}

}  // namespace jamkoll

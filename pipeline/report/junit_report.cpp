#include "report/junit_report.h"

#include "report/advice.h"
#include "report/labels.h"
#include "report/markup.h"

namespace jamkoll {

void write_junit_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context) {
  std::size_t tests = 0, failures = 0, errors = 0;
  for (const DocumentResult& r : results) {
    if (r.error) {
      ++tests;
      ++errors;
      continue;
    }
    for (const TargetVerdict& t : r.verdict.targets) {
      if (!t.required) continue;
      ++tests;
      failures += t.status != Status::kAddressed;
    }
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"jamkoll\" tests=\"" << tests << "\" failures=\"" << failures << "\" errors=\"" << errors
      << "\">\n";
  for (const DocumentResult& r : results) {
    const std::string suite = xml_escape(r.path);
    if (r.error) {
      out << "  <testsuite name=\"" << suite << "\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
          << "    <testcase classname=\"" << suite << "\" name=\"read\">\n"
          << "      <error type=\"" << xml_escape(r.error->code.name()) << "\" message=\"" << xml_escape(error_sentence(*r.error, context.language))
          << "\"/>\n    </testcase>\n  </testsuite>\n";
      continue;
    }
    std::size_t n = 0, f = 0;
    for (const TargetVerdict& t : r.verdict.targets) {
      n += t.required;
      f += t.required && t.status != Status::kAddressed;
    }
    out << "  <testsuite name=\"" << suite << "\" tests=\"" << n << "\" failures=\"" << f << "\" errors=\"0\">\n";
    for (const TargetVerdict& t : r.verdict.targets) {
      if (!t.required) continue;
      out << "    <testcase classname=\"" << suite << "\" name=\"" << xml_escape(t.target->id + " – " +
                                                                                   target_label(*t.target, context.language))
          << "\"";
      if (t.status == Status::kAddressed) {
        // The commitment profile: what a reviewer will look for beyond the first evidence.
        out << ">\n      <system-out>" << xml_escape(profile_sentence(t.profile, context.language))
            << "</system-out>\n    </testcase>\n";
        continue;
      }
      std::string detail = why_sentence(t.why, context.language);
      for (const Evidence& e : t.evidence) detail += "\n«" + e.text + "»";
      for (const std::string& line : advice_lines(advice_for(t, context.language))) detail += "\n" + line;
      if (!detail.empty() && detail.front() == '\n') detail.erase(0, 1);
      out << ">\n      <failure type=\"" << status_name(t.status) << "\" message=\""
          << xml_escape(status_label(t.status, context.language)) << "\">" << xml_escape(detail)
          << "</failure>\n    </testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace jamkoll

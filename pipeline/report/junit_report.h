// JUnit XML so a CI system shows a draft's gaps as failing tests: one test suite per document,
// one test case per required target, a failure for every required target not addressed (with the
// status, why, and where it was named), an error for an unreadable document.
// Tests: tests/report/junit_html_report_test.cpp, tests/app/report_formats_test.cpp (JUnit against its schema)
#pragma once

#include <ostream>
#include <vector>

#include "report/document_result.h"

namespace jamkoll {

void write_junit_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context);

}  // namespace jamkoll

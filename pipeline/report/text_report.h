// The readable report for people at a terminal: per document, every target with its status, the
// strongest evidence sentence and where it stands, and a summary line.
// Tests: tests/report/text_report_test.cpp, tests/report/advice_test.cpp (jamkoll check's text report)
#pragma once

#include <ostream>

#include "report/document_result.h"

namespace jamkoll {

// `colour`: ANSI colours for the status (a terminal that did not ask for NO_COLOR).
void write_text_document(std::ostream& out, const DocumentResult& result, const ReportContext& context,
                         bool colour = false);
void write_text_summary(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context);

}  // namespace jamkoll

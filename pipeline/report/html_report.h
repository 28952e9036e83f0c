// One self-contained HTML file (no external assets: works offline and as an e-mail attachment): an
// overview heat map of documents × targets with status colours, symbols and words (never colour
// alone) and counts; every cell a link to the evidence of that document and target, shown in one
// section per document with the matched terms highlighted, the heading path and the rule.
// WCAG 2.1 AA minded: lang attribute, table captions and header cells with scope, keyboard
// reachable links, visible focus, contrast ≥ 4.5:1, print and phone layouts.
// Tests: tests/report/junit_html_report_test.cpp, tests/app/report_formats_test.cpp (self-contained HTML)
#pragma once

#include <ostream>
#include <vector>

#include "report/document_result.h"

namespace jamkoll {

void write_html_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context);

}  // namespace jamkoll

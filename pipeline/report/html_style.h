// The stylesheet and script embedded in the HTML report (kept apart from the markup code).
// Tests: end to end through tests/app/report_formats_test.cpp (self-contained HTML)
#pragma once

namespace jamkoll {

extern const char* const kHtmlReportStyle;
extern const char* const kHtmlReportScript;

}  // namespace jamkoll

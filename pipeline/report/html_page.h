// The frame every HTML page of jamkoll shares (the check report, the folder diff): the document
// head with the one embedded style sheet, and the line that says what judged and when.
// Tests: end to end through tests/report/html_overview_test.cpp (run date and pack),
//   tests/app/diff_folders_test.cpp (HTML)
#pragma once

#include <ostream>
#include <string>

#include "report/document_result.h"

namespace jamkoll {

// "<!DOCTYPE html> … <body>": lang, charset, viewport, "jamkoll – TITLE", the style sheet.
void write_html_head(std::ostream& out, Language language, const std::string& title);

// "regelpaket lansstrategi 0.2.0 · jamkoll 0.1.0 · granskad 2026-12-04 12:00 UTC", escaped.
std::string html_run_line(const ReportContext& context);

}  // namespace jamkoll

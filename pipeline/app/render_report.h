// Renders a finished set of results in any report format, for the commands that do not stream
// (check's whole-run formats, watch, serve).
#pragma once

#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "report/document_result.h"

namespace jamkoll {

// The formats render_report() knows: text, json, jsonl, csv, matrix-csv, html, junit.
const std::set<std::string>& report_formats();

// REQUIRES: report_formats().count(format). `excel` applies to csv and matrix-csv.
void render_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context,
                   const std::string& format, bool excel = false);

}  // namespace jamkoll

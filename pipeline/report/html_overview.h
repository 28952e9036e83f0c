// The overview of the HTML report: a heat map of documents × targets that a reviewer reads for a
// whole batch at once. Rows are named by their path relative to the inputs' shared folder, with the
// document's verdict (required targets not addressed) beside the name; columns are grouped — goals,
// areas, requirements, then the optional targets set apart (never counted as gaps); the first column
// and the header stay put while the table scrolls. A legend says what behandlas / nämns / saknas mean
// and lists every target's full name. Buttons (shown by the report's script; without it the table is
// complete but unsorted) sort by name or by number of gaps and show only documents with gaps.
// Tests: end to end through tests/report/html_overview_test.cpp (check --format html)
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "report/document_result.h"

namespace jamkoll {

// The fragment id of document d's evidence for a target: (0, "goal.power") → "d1-goal-power".
std::string evidence_anchor(std::size_t document, const std::string& target);

// REQUIRES: labels.size() == results.size(); document d's evidence has the anchors "doc<d+1>".
void write_html_overview(std::ostream& out, const std::vector<DocumentResult>& results,
                         const std::vector<std::string>& labels, const ReportContext& context);

}  // namespace jamkoll

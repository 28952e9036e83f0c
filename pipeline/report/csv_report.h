// Spreadsheet output, RFC 4180 quoting, one header row (so every spreadsheet and CSV library takes
// it as the column names).
//
// `csv` (version 3, docs/json-contract.md#csv): one row per document × target — path, target,
// kind, label, required, status, score, evidence (the first evidence sentence), why_code, profile,
// statement, heading (the first evidence's heading path), why (the sentence explaining a mention).
// Columns are only ever added at the end. An unreadable file is one row with status "error" and
// "code: message" as its evidence.
//
// `matrix-csv` (version 2): one row per document, one column per target in pack order holding the
// status, then `error` (the error's code and message; "" for a document that was read).
//
// With `excel`, what Swedish Excel opens right by double-click: UTF-8 with a BOM, ';' as separator,
// a decimal comma — and a reader's words in the report language instead of the stable codes:
// Swedish (or English) column names, behandlas/nämns/saknas, ja/nej, the reason in words; the
// matrix's target columns are named by label and id ("Ekonomisk jämställdhet (goal.economy)").
//
// CSV injection (OWASP): every cell that begins with '=', '+', '-', '@', a tab or a carriage
// return — or with the quote itself — gets a leading "'" and is quoted, in every variant, so a
// spreadsheet shows the draft's "=HYPERLINK(…)" as text. A program gets the original back by
// dropping one leading "'" from any cell that starts with one.
// Tests: tests/report/csv_report_test.cpp, tests/app/csv_export_test.cpp
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "report/document_result.h"

namespace jamkoll {

struct CsvOptions {
  bool excel = false;
};

void write_csv_report(std::ostream& out, const std::vector<DocumentResult>& results, const ReportContext& context,
                      CsvOptions options);
void write_matrix_csv_report(std::ostream& out, const std::vector<DocumentResult>& results,
                             const ReportContext& context, CsvOptions options);

// The cell as written before quoting: "'" + cell when it begins with = + - @ tab CR or "'";
// otherwise unchanged.
std::string neutralised_csv_cell(const std::string& cell);

}  // namespace jamkoll

// Spreadsheet output. `csv`: a header row, then one row per document × target (path, target,
// kind, label, required, status, score, evidence = the first evidence sentence). `matrix-csv`:
// one row per document, one column per target in pack order, holding the status.
// RFC 4180 quoting. With `excel`, what Swedish Excel opens right by double-click: UTF-8 with a BOM,
// ';' as separator and a decimal comma.
#pragma once

#include <ostream>
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

}  // namespace jamkoll

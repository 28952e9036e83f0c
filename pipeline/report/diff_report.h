// The report of `jamkoll diff OLD NEW`: targets gained, lost or changed, with the evidence on each
// side; as text (Swedish by default) or JSON ("jamkoll.diff/1").
#pragma once

#include <ostream>
#include <vector>

#include "judge/verdict_diff.h"
#include "report/document_result.h"

namespace jamkoll {

void write_diff_text(std::ostream& out, const DocumentResult& before, const DocumentResult& after,
                     const std::vector<TargetChange>& changes, const ReportContext& context);
void write_diff_json(std::ostream& out, const DocumentResult& before, const DocumentResult& after,
                     const std::vector<TargetChange>& changes, const ReportContext& context);

}  // namespace jamkoll

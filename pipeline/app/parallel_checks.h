// Checks many files on N worker threads and hands the results back in input order, each as soon
// as it and all before it are done (so jsonl streams in a deterministic order whatever -j).
// Tests: end to end through tests/app/check_command_test.cpp (jsonl order with -j), tests/app/batch_test.cpp
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "report/document_result.h"

namespace jamkoll {

void check_in_order(const std::vector<std::string>& files, unsigned jobs,
                    const std::function<DocumentResult(const std::string&)>& check,
                    const std::function<void(DocumentResult&)>& on_result_in_order);

}  // namespace jamkoll

// One input file through the whole pipeline: ingest → judge, as a DocumentResult. Never throws
// for bad input: every failure becomes the result's error.
// Tests: end to end through tests/app/check_command_test.cpp (jamkoll check) and tests/app/check_service_test.cpp
//   (POST /check)
#pragma once

#include <string>
#include <string_view>

#include "app/command_options.h"
#include "judge/judge.h"
#include "report/document_result.h"

namespace jamkoll {

DocumentResult check_file(const std::string& path, const Judge& judge, const ReadOptions& options);

// check_file() on the file's bytes, already read (`path` names it and helps format detection).
DocumentResult check_bytes(const std::string& path, std::string_view bytes, const Judge& judge,
                           const ReadOptions& options);

}  // namespace jamkoll

// One input file through the whole pipeline: ingest → judge, as a DocumentResult. Never throws
// for bad input: every failure becomes the result's error.
#pragma once

#include <string>

#include "app/command_options.h"
#include "judge/judge.h"
#include "report/document_result.h"

namespace jamkoll {

DocumentResult check_file(const std::string& path, const Judge& judge, const ReadOptions& options);

}  // namespace jamkoll

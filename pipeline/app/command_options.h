// Options shared by the commands that read documents or rule packs: --rules, --require,
// --optional, --lang and the reading limits.
#pragma once

#include <memory>
#include <set>
#include <string>

#include "app/arguments.h"
#include "common/outcome.h"
#include "ingest/limits.h"
#include "judge/judge.h"
#include "report/document_result.h"

namespace jamkoll {

const std::set<std::string>& pack_option_names();   // --rules --require --optional --lang
const std::set<std::string>& limit_option_names();  // --max-file-size …

// The judge for --rules DIR (or the built-in pack) with --require/--optional applied.
// Failure code "usage" for bad ids, else the pack loader's codes.
Outcome<std::shared_ptr<const Judge>> judge_from_options(const ParsedArguments& args);

// Failure code "usage" for a bad number.
Outcome<ReadLimits> limits_from_options(const ParsedArguments& args);

Outcome<Language> language_from_options(const ParsedArguments& args);

}  // namespace jamkoll

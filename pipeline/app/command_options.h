// Options shared by the commands that read documents or rule packs: --rules, --require,
// --optional, --lang and the reading limits (listed, with their defaults, in command_spec.h).
// Tests: end to end through tests/app/check_command_test.cpp (--require, --optional),
//   tests/judge/rule_pack_test.cpp (--rules)
#pragma once

#include <memory>
#include <set>
#include <string>

#include "app/arguments.h"
#include "common/outcome.h"
#include "ingest/xml/generic_xml_reader.h"
#include "ingest/limits.h"
#include "judge/judge.h"
#include "report/document_result.h"

namespace jamkoll {

// How input files are read: limits and, optionally, a format that overrides detection.
struct ReadOptions {
  ReadLimits limits;
  std::string input_format;  // "" = detect from the content
  XmlMapping xml_mapping;    // --xml-mapping FILE: how to read XML of another vocabulary
};

// The judge for --rules DIR (or the built-in pack) with --require/--optional applied.
// Failure code "usage" for bad ids, else the pack loader's codes.
Outcome<std::shared_ptr<const Judge>> judge_from_options(const ParsedArguments& args);

// Failure code "usage" for a bad number or an unknown --input-format.
Outcome<ReadOptions> read_options_from(const ParsedArguments& args);

Outcome<Language> language_from_options(const ParsedArguments& args);

}  // namespace jamkoll

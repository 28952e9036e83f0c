// A draft on standard input: "-" as a draft path (check, extract, annotate). It is read whole,
// within the same limit as a file (--max-file-size), before anything is judged; `--name NAME`
// gives its path in the report and the extension format detection looks at ("-" without it),
// and --input-format applies as for files.
//
//   cat utkast.docx | jamkoll check --name utkast.docx -
// Tests: tests/app/standard_input_test.cpp
#pragma once

#include <cstdint>
#include <string>

#include "app/arguments.h"
#include "app/command_spec.h"
#include "common/outcome.h"
#include "ingest/limits.h"

namespace jamkoll {

inline constexpr const char* kStandardInput = "-";

// Everything the file descriptor `fd` gives until its end, at most `max_bytes`. Failure codes:
// too-large (more than `max_bytes`, naming --max-file-size), not-found (a read error, such as
// standard input redirected from a folder).
Outcome<std::string> read_bounded(int fd, std::uint64_t max_bytes);
// read_bounded(STDIN_FILENO, limits.max_file_bytes).
Outcome<std::string> read_standard_input(const ReadLimits& limits);

// --name NAME, as the help lists it.
OptionSpec name_option();
// The name of the draft on standard input: --name's value, else "-". Failure "usage" for an
// empty --name, or a --name when no operand is "-" (`reads_stdin` false).
Outcome<std::string> standard_input_name(const ParsedArguments& args, bool reads_stdin);

}  // namespace jamkoll

// A small command-line reader: options ("--format json", "--format=json", "-j 4") and positional
// arguments, with usage errors as values.
// Tests: tests/app/command_spec_test.cpp,
//   tests/app/standard_input_test.cpp (ParsedArguments through parse_command_line)
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace jamkoll {

struct ParsedArguments {
  std::map<std::string, std::string> values;  // options that take a value
  std::set<std::string> flags;                // options without a value
  std::vector<std::string> positional;
  std::string error;                          // non-empty: a usage error
};

// `with_value`: options that take a value; `flags`: options that do not. Anything else starting
// with '-' is a usage error; "--" ends the options; "-" alone is an operand (standard input).
// `aliases` maps a name to the one it is stored under ("-o" → "--output"), so the last of
// "-o A --output B" wins as it would for one name.
ParsedArguments parse_arguments(const std::vector<std::string>& args, const std::set<std::string>& with_value,
                                const std::set<std::string>& flags,
                                const std::map<std::string, std::string>& aliases = {});

}  // namespace jamkoll

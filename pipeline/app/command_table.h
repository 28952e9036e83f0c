// The command line as a whole: which word runs which command, `jamkoll --help` (every command's
// usage and options), `jamkoll CMD --help` / `-h` and `jamkoll help [CMD]`, all answered before a
// command parses anything (on stdout, exit 0; Swedish, English with --lang en).
// Tests: tests/app/command_spec_test.cpp, tests/app/command_line_test.cpp, tests/app/readme_commands_test.cpp
#pragma once

#include <string>
#include <vector>

#include "app/command_spec.h"

namespace jamkoll {

struct Command {
  const CommandSpec& (*spec)();
  int (*run)(const std::vector<std::string>& args);
};

// Every command in the order `jamkoll --help` lists them (the internal ones last).
const std::vector<Command>& command_table();

// main(): `args` without the program name; returns the exit code.
int run_command_line(const std::vector<std::string>& args);

}  // namespace jamkoll

// The subcommands. Each takes its arguments (after the subcommand name) and returns the exit code;
// reports go to stdout, diagnostics to stderr. Each has a spec (command_spec.h) that its parser
// and its --help are made from; command_table.h dispatches and answers --help for all of them.
// Tests: end to end through tests/app/command_line_test.cpp (every jamkoll subcommand),
//   tests/app/readme_commands_test.cpp
#pragma once

#include <string>
#include <vector>

#include "app/command_spec.h"

namespace jamkoll {

int run_check(const std::vector<std::string>& args);
int run_annotate(const std::vector<std::string>& args);
int run_extract(const std::vector<std::string>& args);
int run_rules(const std::vector<std::string>& args);
int run_eval(const std::vector<std::string>& args);
int run_lexicon(const std::vector<std::string>& args);
int run_diff(const std::vector<std::string>& args);
int run_watch(const std::vector<std::string>& args);
int run_serve(const std::vector<std::string>& args);

const CommandSpec& check_command_spec();
const CommandSpec& annotate_command_spec();
const CommandSpec& extract_command_spec();
const CommandSpec& rules_command_spec();
const CommandSpec& eval_command_spec();
const CommandSpec& lexicon_command_spec();
const CommandSpec& diff_command_spec();
const CommandSpec& watch_command_spec();
const CommandSpec& serve_command_spec();

}  // namespace jamkoll

// What a command accepts, written once: its usage lines and options (names, value, default and
// explanation, in Swedish and English). The parser's option sets and the `--help` text are both
// made from it, so the help cannot drift from what is parsed. Every command also takes -h/--help.
//
//   const ParsedArguments args = parse_command_line(raw, check_command_spec());
//   std::cout << help_text(check_command_spec(), Language::kEnglish);
// Tests: tests/app/command_spec_test.cpp, tests/app/command_line_test.cpp
#pragma once

#include <string>
#include <vector>

#include "app/arguments.h"
#include "app/words.h"
#include "report/document_result.h"

namespace jamkoll {

struct OptionSpec {
  std::vector<std::string> names;  // {"-o", "--output"}: the last is the name it is parsed as
  Words value;                     // what follows it ({"FIL", "FILE"}); empty: a flag
  Words help;                      // what it does
  Words fallback;                  // the default, shown as "(standard: …)"; empty: none shown
  const std::string& name() const { return names.back(); }
  bool takes_value() const { return !value.empty(); }
};

// Options shown under one heading; the shared groups below are the same for every command.
struct OptionGroup {
  Words title;  // empty: the command's own options ("Flaggor")
  std::vector<OptionSpec> options;
};

struct Usage {
  std::string words;  // "check", "rules test"
  Words operands;     // "[flaggor] SÖKVÄG..."
  Words summary;      // what it does, one line
};

struct CommandSpec {
  std::string name;  // the word after `jamkoll`
  std::vector<Usage> usages;
  std::vector<OptionGroup> groups;  // the command's own first
  Words notes;                      // after the options: exit codes, where to read more
  bool hidden = false;              // internal: not listed by `jamkoll --help`
};

// The shared groups (command_options.h reads them): --lang; --rules, --require, --optional;
// --input-format, --xml-mapping and the limits, with their defaults from ReadLimits.
OptionGroup language_option_group();
OptionGroup pack_option_group();
OptionGroup read_option_group();
// -h, --help: every command has it; help_text() lists it last.
const OptionSpec& help_option();

// Every option of `spec`, --help included, in the order the help lists them.
std::vector<const OptionSpec*> all_options(const CommandSpec& spec);

// parse_arguments() with the spec's options; aliases are stored under their last name.
ParsedArguments parse_command_line(const std::vector<std::string>& args, const CommandSpec& spec);

// Whether -h or --help stands among the options (before "--", not as an option's value).
bool asks_for_help(const std::vector<std::string>& args, const CommandSpec& spec);
// The language of the help: English when "--lang en" (or "--lang=en") is among `args`, whatever
// the command; Swedish otherwise.
Language help_language(const std::vector<std::string>& args);

// The command's usage, every option with its default, and its notes.
std::string help_text(const CommandSpec& spec, Language language);
// For `jamkoll --help`: the usage lines and options of every listed command; a shared group
// already shown for an earlier command is named on one line instead of repeated.
std::string overview_text(const std::vector<const CommandSpec*>& specs, Language language);

}  // namespace jamkoll

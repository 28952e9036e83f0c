#include "app/command_table.h"

#include <iostream>

#include "app/commands.h"
#include "app/exit_codes.h"

namespace jamkoll {
namespace {

std::vector<const CommandSpec*> all_specs() {
  std::vector<const CommandSpec*> specs;
  for (const Command& command : command_table()) specs.push_back(&command.spec());
  return specs;
}

const Command* find_command(const std::string& name) {
  for (const Command& command : command_table()) {
    if (command.spec().name == name) return &command;
  }
  return nullptr;
}

int unknown_command(const std::string& name) {
  std::cerr << "jamkoll: unknown command '" << name << "' (see jamkoll --help)\n";
  return exit_code::kUsage;
}

// `jamkoll help [CMD] [--lang en]`.
int run_help(const std::vector<std::string>& args) {
  const Language language = help_language(args);
  for (const std::string& a : args) {
    if (a.rfind("-", 0) == 0 || a == "en" || a == "sv") continue;
    const Command* command = find_command(a);
    if (!command) return unknown_command(a);
    std::cout << help_text(command->spec(), language);
    return exit_code::kOk;
  }
  std::cout << overview_text(all_specs(), language);
  return exit_code::kOk;
}

}  // namespace

const std::vector<Command>& command_table() {
  static const std::vector<Command> table = {
      {check_command_spec, run_check},   {annotate_command_spec, run_annotate}, {diff_command_spec, run_diff},
      {watch_command_spec, run_watch},   {serve_command_spec, run_serve},       {extract_command_spec, run_extract},
      {rules_command_spec, run_rules},   {eval_command_spec, run_eval},         {lexicon_command_spec, run_lexicon},
  };
  return table;
}

int run_command_line(const std::vector<std::string>& args) {
  if (args.empty()) {
    std::cerr << overview_text(all_specs(), Language::kSwedish);
    return exit_code::kUsage;
  }
  const std::string& word = args.front();
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (word == "--version") {
    std::cout << "jamkoll " << JAMKOLL_VERSION << "\n";
    return exit_code::kOk;
  }
  if (word == "help") return run_help(rest);
  if (word.rfind("-", 0) == 0) {  // options before any command: only the help, in either language
    for (const std::string& a : args) {
      if (a == "--help" || a == "-h") {
        std::cout << overview_text(all_specs(), help_language(args));
        return exit_code::kOk;
      }
    }
    std::cerr << "jamkoll: " << word << " is not a command (see jamkoll --help)\n";
    return exit_code::kUsage;
  }
  const Command* command = find_command(word);
  if (!command) return unknown_command(word);
  if (asks_for_help(rest, command->spec())) {
    std::cout << help_text(command->spec(), help_language(rest));
    return exit_code::kOk;
  }
  try {
    return command->run(rest);
  } catch (const std::exception& e) {
    std::cerr << "jamkoll: internal error: " << e.what() << "\n";
    return exit_code::kUnreadable;
  }
}

}  // namespace jamkoll

// The command specs (app/command_spec.h) that both the parsers and the --help texts are made of:
// every option a parser takes stands in its help, in both languages, with its spellings; the
// parser stores aliases under one name; help is asked for only where an option could stand.
#include "app/command_spec.h"

#include <gtest/gtest.h>

#include <sstream>

#include "app/command_table.h"

namespace jamkoll {
namespace {

// The help's option lines, as "  NAMES VALUE" up to the explanation.
bool help_lists(const std::string& help, const OptionSpec& option, Language language) {
  std::string left;
  for (const std::string& name : option.names) left += (left.empty() ? "" : ", ") + name;
  if (option.takes_value()) left += " " + option.value.in(language);
  std::istringstream in(help);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  " + left, 0) == 0) {
      const std::string rest = line.substr(2 + left.size());
      if (rest.empty() || rest.rfind("  ", 0) == 0) return true;
    }
  }
  return false;
}

TEST(CommandSpec, EveryOptionAParserTakesIsInItsHelp) {
  ASSERT_GE(command_table().size(), 9u);
  for (const Command& command : command_table()) {
    const CommandSpec& spec = command.spec();
    for (Language language : {Language::kSwedish, Language::kEnglish}) {
      const std::string help = help_text(spec, language);
      for (const OptionSpec* option : all_options(spec)) {
        EXPECT_TRUE(help_lists(help, *option, language)) << spec.name << " " << option->name() << "\n" << help;
        EXPECT_FALSE(option->help.in(language).empty()) << spec.name << " " << option->name();
      }
    }
  }
}

TEST(CommandSpec, TheParserTakesEveryOptionOfTheSpecAndNothingElse) {
  for (const Command& command : command_table()) {
    const CommandSpec& spec = command.spec();
    for (const OptionSpec* option : all_options(spec)) {
      for (const std::string& spelling : option->names) {
        std::vector<std::string> args = {spelling};
        if (option->takes_value()) args.push_back("v");
        const ParsedArguments parsed = parse_command_line(args, spec);
        EXPECT_TRUE(parsed.error.empty()) << spec.name << " " << spelling << ": " << parsed.error;
        if (option->takes_value()) {
          EXPECT_EQ(parsed.values.count(option->name()), 1u) << spec.name << " " << spelling;
        } else {
          EXPECT_EQ(parsed.flags.count(option->name()), 1u) << spec.name << " " << spelling;
        }
      }
    }
    EXPECT_EQ(parse_command_line({"--not-an-option"}, spec).error, "unknown option --not-an-option") << spec.name;
  }
}

TEST(CommandSpec, AliasesAreStoredUnderTheLastNameAndTheLastOneWins) {
  const CommandSpec spec{"x", {}, {{{}, {{{"-o", "--output"}, {"FIL", "FILE"}, {"ut"}, {}}}}}, {}};
  const ParsedArguments parsed = parse_command_line({"-o", "a", "--output=b", "-", "-o", "c"}, spec);
  ASSERT_TRUE(parsed.error.empty()) << parsed.error;
  EXPECT_EQ(parsed.values.at("--output"), "c");
  EXPECT_EQ(parsed.values.count("-o"), 0u);
  EXPECT_EQ(parsed.positional, (std::vector<std::string>{"-"}));  // "-" is an operand: standard input
}

TEST(CommandSpec, HelpIsAskedForOnlyWhereAnOptionCouldStand) {
  const CommandSpec spec{"x", {}, {{{}, {{{"--name"}, {"NAMN"}, {"namn"}, {}}}}}, {}};
  EXPECT_TRUE(asks_for_help({"--help"}, spec));
  EXPECT_TRUE(asks_for_help({"a", "b", "-h"}, spec));
  EXPECT_TRUE(asks_for_help({"--unknown", "-h"}, spec));
  EXPECT_FALSE(asks_for_help({"--name", "-h"}, spec));  // a value
  EXPECT_FALSE(asks_for_help({"--", "--help"}, spec));  // an operand
  EXPECT_FALSE(asks_for_help({"--helpful"}, spec));
}

TEST(CommandSpec, HelpLanguageFollowsLang) {
  EXPECT_EQ(help_language({}), Language::kSwedish);
  EXPECT_EQ(help_language({"--lang", "sv", "--help"}), Language::kSwedish);
  EXPECT_EQ(help_language({"--help", "--lang", "en"}), Language::kEnglish);
  EXPECT_EQ(help_language({"--lang=en"}), Language::kEnglish);
  EXPECT_EQ(help_language({"--", "--lang", "en"}), Language::kSwedish);
}

TEST(CommandSpec, HelpShowsDefaultsAndWrapsByCodePoints) {
  const std::string long_text(30, 'x');
  std::string help_words;
  for (int i = 0; i < 8; ++i) help_words += "åäö" + long_text + " ";
  const CommandSpec spec{"x",
                         {{"x", {"[flaggor] FIL", "[options] FILE"}, {"gör x", "does x"}}},
                         {{{}, {{{"--mode"}, {"LÄGE", "MODE"}, {help_words, "mode"}, {"snabb", "fast"}}}}},
                         {"Slutkoder: 0.", "Exit codes: 0."}};
  const std::string sv = help_text(spec, Language::kSwedish);
  EXPECT_EQ(sv.rfind("Användning:\n  jamkoll x [flaggor] FIL", 0), 0u) << sv;
  EXPECT_NE(sv.find("--mode LÄGE"), std::string::npos);
  EXPECT_NE(sv.find("(standard: snabb)"), std::string::npos);
  EXPECT_NE(sv.find("-h, --help"), std::string::npos);
  EXPECT_NE(sv.find("\nSlutkoder: 0.\n"), std::string::npos);
  std::istringstream lines(sv);
  int continued = 0;
  for (std::string line; std::getline(lines, line);) {
    std::size_t code_points = 0;
    for (unsigned char c : line) code_points += (c & 0xC0) != 0x80;
    EXPECT_LE(code_points, 100u) << line;
    // 33-code-point words at column 30: two a line, and the last line still shows the default.
    if (line.rfind(std::string(30, ' ') + "åäö", 0) == 0) ++continued;
  }
  EXPECT_EQ(continued, 3);
  const std::string en = help_text(spec, Language::kEnglish);
  EXPECT_NE(en.find("--mode MODE"), std::string::npos);
  EXPECT_NE(en.find("mode (default: fast)"), std::string::npos);
  EXPECT_NE(en.find("Options:"), std::string::npos);
}

TEST(CommandSpec, TheOverviewNamesASharedGroupOnceShown) {
  const std::string overview = [] {
    std::vector<const CommandSpec*> specs;
    for (const Command& command : command_table()) specs.push_back(&command.spec());
    return overview_text(specs, Language::kSwedish);
  }();
  EXPECT_EQ(overview.find("__pdf-content"), std::string::npos);
  // --max-ratio's line in full once (under check), then named among "som för check".
  std::size_t full = 0;
  for (std::size_t at = overview.find("--max-ratio N"); at != std::string::npos; at = overview.find("--max-ratio N", at + 1)) {
    ++full;
  }
  EXPECT_EQ(full, 1u);
  EXPECT_NE(overview.find("--max-ratio, --pdf-timeout: som för check"), std::string::npos) << overview;
  EXPECT_NE(overview.find("  jamkoll --version | --help\n"), std::string::npos);
}

}  // namespace
}  // namespace jamkoll

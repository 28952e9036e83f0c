// The README's commands list is the usage text's: every `jamkoll <subcommand>` line printed by
// `jamkoll --help` stands in the fenced block under README.md's "## Commands", and every command
// there is one --help prints. Only the subcommand words are compared ("rules test", "check"), not
// the options, so the README may word its explanations its own way.
#include <gtest/gtest.h>

#include <cctype>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace jamkoll {
namespace {

using testing::read_file;
using testing::run_jamkoll;
using testing::source_dir;

bool is_subcommand_word(const std::string& word) {
  if (word.empty() || !std::islower(static_cast<unsigned char>(word[0]))) return false;
  for (char c : word) {
    if (!std::islower(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)) && c != '-') {
      return false;
    }
  }
  return true;
}

// "  jamkoll rules test [DIR]   run …" → "rules test"; "jamkoll check [options] PATH..." → "check";
// "jamkoll --version | --help" → "--version --help"; any other line (the help's title
// "jamkoll – granskar …", an option line, prose) → nullopt.
std::optional<std::string> command_of(const std::string& line) {
  std::istringstream in(line);
  std::string word;
  if (!(in >> word) || word != "jamkoll") return std::nullopt;
  std::vector<std::string> words;
  while (in >> word) words.push_back(word);
  std::string command;
  for (const std::string& w : words) {
    if (!is_subcommand_word(w)) break;
    command += (command.empty() ? "" : " ") + w;
  }
  if (!command.empty()) return command;
  // Top-level options only: "--version | --help".
  for (const std::string& w : words) {
    if (w == "|") continue;
    if (w.rfind("--", 0) != 0) return std::nullopt;
    command += (command.empty() ? "" : " ") + w;
  }
  if (command.empty()) return std::nullopt;
  return command;
}

std::set<std::string> commands_in_help(const std::string& help) {
  std::set<std::string> commands;
  std::istringstream in(help);
  for (std::string line; std::getline(in, line);) {
    if (auto command = command_of(line)) commands.insert(*command);
  }
  return commands;
}

// The lines starting with "jamkoll " in the first fenced block after the "## Commands" heading.
// `found_block` tells whether that block was there at all.
std::set<std::string> commands_in_readme(const std::string& readme, bool& found_block) {
  std::set<std::string> commands;
  found_block = false;
  std::istringstream in(readme);
  enum { kBeforeHeading, kBeforeFence, kInBlock } where = kBeforeHeading;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (where == kBeforeHeading) {
      if (line == "## Commands") where = kBeforeFence;
    } else if (where == kBeforeFence) {
      if (line.rfind("```", 0) == 0) {
        where = kInBlock;
        found_block = true;
      } else if (line.rfind("## ", 0) == 0) {
        break;  // the next section began: no block under "## Commands"
      }
    } else {
      if (line.rfind("```", 0) == 0) break;
      if (line.rfind("jamkoll ", 0) != 0) continue;  // option and explanation lines are indented
      if (auto command = command_of(line)) commands.insert(*command);
    }
  }
  return commands;
}

TEST(ReadmeCommands, ParserReadsTheSubcommandWords) {
  EXPECT_EQ(command_of("  jamkoll check [options] PATH...     judge documents"), "check");
  EXPECT_EQ(command_of("  jamkoll rules test [DIR]            run the rule examples"), "rules test");
  EXPECT_EQ(command_of("jamkoll rules cases FILE [DIR]       run a table"), "rules cases");
  EXPECT_EQ(command_of("jamkoll lexicon lint [FILE...]"), "lexicon lint");
  EXPECT_EQ(command_of("jamkoll diff [--format text|json] OLD NEW"), "diff");
  EXPECT_EQ(command_of("  jamkoll --version | --help"), "--version --help");
  EXPECT_EQ(command_of("jamkoll – granskar utkast till länsstrategier"), std::nullopt);
  EXPECT_EQ(command_of("      --format FORMAT                 text (default)"), std::nullopt);
  EXPECT_EQ(command_of("jamkollen check"), std::nullopt);

  bool found = false;
  const auto listed = commands_in_readme(
      "# x\n\n## Commands\n\n```\njamkoll check [options] PATH...  judge\n    --format FORMAT  text\n"
      "jamkoll rules test [DIR]   run\n```\n\njamkoll eval is prose, not listed\n",
      found);
  EXPECT_TRUE(found);
  EXPECT_EQ(listed, (std::set<std::string>{"check", "rules test"}));
  commands_in_readme("## Commands\n\nno block\n\n## Exit codes\n```\njamkoll check\n```\n", found);
  EXPECT_FALSE(found);
}

class ReadmeCommandsMatchHelp : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto r = run_jamkoll({"--help"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    help_ = commands_in_help(r.out);
    // The usage text has more than a handful of commands; finding few means the parser broke.
    ASSERT_GE(help_.size(), 8u) << r.out;
    ASSERT_TRUE(help_.count("check")) << r.out;
    ASSERT_TRUE(help_.count("rules test")) << r.out;
    bool found = false;
    readme_ = commands_in_readme(read_file(source_dir() / "README.md"), found);
    ASSERT_TRUE(found) << "README.md has no fenced block under \"## Commands\"";
    ASSERT_FALSE(readme_.empty()) << "README.md's commands block lists no `jamkoll …` line";
  }
  std::set<std::string> help_;
  std::set<std::string> readme_;
};

TEST_F(ReadmeCommandsMatchHelp, EveryHelpCommandIsInTheReadme) {
  for (const std::string& command : help_) {
    EXPECT_TRUE(readme_.count(command)) << "`jamkoll " << command
                                        << "` is in jamkoll --help but not in README.md's commands list";
  }
}

TEST_F(ReadmeCommandsMatchHelp, EveryReadmeCommandIsInHelp) {
  for (const std::string& command : readme_) {
    EXPECT_TRUE(help_.count(command)) << "`jamkoll " << command
                                      << "` is in README.md's commands list but not in jamkoll --help";
  }
}

}  // namespace
}  // namespace jamkoll

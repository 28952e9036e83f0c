// The command-line conventions as a user meets them with the real binary: every command answers
// --help and -h on stdout with exit 0 (Swedish, English with --lang en); every option a help lists
// is one its parser takes, and one it does not list is refused.
#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/test_support.h"

namespace jamkoll {
namespace {

using testing::run_jamkoll;

// The commands `jamkoll --help` lists: the first word after "  jamkoll " on its usage lines.
std::set<std::string> listed_commands() {
  const auto r = run_jamkoll({"--help"});
  std::set<std::string> commands;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  jamkoll ", 0) != 0) continue;
    std::istringstream words(line.substr(10));
    std::string word;
    words >> word;
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') commands.insert(word);
  }
  return commands;
}

struct HelpOption {
  std::string name;  // the last spelling: "--output" for "-o, --output FIL"
  std::vector<std::string> spellings;
  bool takes_value = false;
};

// The options of a command's help: lines "  -o, --output FIL    explanation" (two spaces, a dash).
std::vector<HelpOption> options_in_help(const std::string& help) {
  std::vector<HelpOption> options;
  std::istringstream in(help);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  -", 0) != 0) continue;
    HelpOption option;
    std::istringstream words(line);
    for (std::string word; words >> word;) {
      const bool more = !word.empty() && word.back() == ',';
      if (more) word.pop_back();
      if (word.rfind("-", 0) == 0) {
        option.spellings.push_back(word);
        if (more) continue;
        // A value follows on the same line before the two-space gap ("--format FORMAT   …").
        const auto at = line.find(word) + word.size();
        option.takes_value = at < line.size() && line[at] == ' ' && at + 1 < line.size() && line[at + 1] != ' ';
      }
      break;
    }
    option.name = option.spellings.back();
    options.push_back(option);
  }
  return options;
}

TEST(CommandLine, ReadsOptionsOffAHelpText) {
  const auto options = options_in_help(
      "Flaggor:\n  -o, --output FIL            skriv\n  --excel                     csv\n"
      "  --fail-on mentioned|missing|never\n                              när\n  jamkoll check x\n");
  ASSERT_EQ(options.size(), 3u);
  EXPECT_EQ(options[0].name, "--output");
  EXPECT_EQ(options[0].spellings, (std::vector<std::string>{"-o", "--output"}));
  EXPECT_TRUE(options[0].takes_value);
  EXPECT_EQ(options[1].name, "--excel");
  EXPECT_FALSE(options[1].takes_value);
  EXPECT_EQ(options[2].name, "--fail-on");
  EXPECT_TRUE(options[2].takes_value);
}

TEST(CommandLine, TheOverviewListsEveryUserCommand) {
  const std::set<std::string> commands = listed_commands();
  for (const char* command : {"check", "annotate", "diff", "watch", "serve", "extract", "rules", "eval", "lexicon"}) {
    EXPECT_TRUE(commands.count(command)) << command;
  }
  EXPECT_FALSE(commands.count("__pdf-content"));  // internal
}

TEST(CommandLine, TheOverviewIsOnStdoutInSwedishOrEnglish) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{{"--help"}, {"-h"}, {"help"}}) {
    const auto r = run_jamkoll(args);
    EXPECT_EQ(r.exit_code, 0) << args[0];
    EXPECT_TRUE(r.err.empty()) << r.err;
    EXPECT_NE(r.out.find("Användning:\n  jamkoll check "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Slutkoder:"), std::string::npos);
  }
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"--help", "--lang", "en"}, {"--lang", "en", "--help"}, {"help", "--lang=en"}}) {
    const auto r = run_jamkoll(args);
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("Usage:\n  jamkoll check [options] PATH..."), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Exit codes:"), std::string::npos);
    EXPECT_EQ(r.out.find("Användning"), std::string::npos);
  }
  // Without a command: the overview on stderr, a usage error.
  const auto none = run_jamkoll({});
  EXPECT_EQ(none.exit_code, 64);
  EXPECT_TRUE(none.out.empty());
  EXPECT_NE(none.err.find("jamkoll check"), std::string::npos);
}

TEST(CommandLine, EveryCommandAnswersHelpOnStdout) {
  std::set<std::string> commands = listed_commands();
  ASSERT_GE(commands.size(), 9u);
  for (const std::string& command : commands) {
    for (const char* flag : {"--help", "-h"}) {
      const auto sv = run_jamkoll({command, flag});
      EXPECT_EQ(sv.exit_code, 0) << command << " " << flag << ": " << sv.err;
      EXPECT_TRUE(sv.err.empty()) << command << ": " << sv.err;
      EXPECT_EQ(sv.out.rfind("Användning:\n  jamkoll " + command + " ", 0), 0u) << sv.out;
      EXPECT_NE(sv.out.find("-h, --help"), std::string::npos) << sv.out;
      const auto en = run_jamkoll({command, flag, "--lang", "en"});
      EXPECT_EQ(en.exit_code, 0) << command;
      EXPECT_EQ(en.out.rfind("Usage:\n  jamkoll " + command + " ", 0), 0u) << en.out;
      EXPECT_NE(en.out, sv.out);
    }
    // `jamkoll help CMD` is the same text.
    EXPECT_EQ(run_jamkoll({"help", command}).out, run_jamkoll({command, "--help"}).out) << command;
  }
}

TEST(CommandLine, HelpWinsOverOtherArguments) {
  // With operands, other options, or after a missing operand: the help, not a usage error.
  const auto r = run_jamkoll({"check", "--format", "json", "no-such-file.docx", "-h"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Användning:\n  jamkoll check", 0), 0u);
  // "-h" as an option's value or after "--" is not a request for help.
  EXPECT_EQ(run_jamkoll({"check", "--name", "-h"}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"check", "--", "-h"}).exit_code, 2);  // a file named -h, which does not exist
}

// The text with every run of spaces and line breaks as one space (a default may wrap).
std::string flat(const std::string& text) {
  std::istringstream words(text);
  std::string out;
  for (std::string word; words >> word;) out += (out.empty() ? "" : " ") + word;
  return out;
}

TEST(CommandLine, HelpGivesEveryOptionsDefault) {
  const std::string check = flat(run_jamkoll({"check", "--help"}).out);
  for (const char* text : {"(standard: text)", "(standard: mentioned)", "(standard: 256)", "(standard: 200)",
                           "(standard: 30)", "(standard: sv)", "(standard: -)"}) {
    EXPECT_NE(check.find(text), std::string::npos) << text;
  }
  const std::string serve = flat(run_jamkoll({"serve", "--help", "--lang", "en"}).out);
  for (const char* text : {"(default: 127.0.0.1)", "(default: 8080)", "(default: 32)", "(default: 4)"}) {
    EXPECT_NE(serve.find(text), std::string::npos) << text;
  }
  const std::string watch = flat(run_jamkoll({"watch", "--help"}).out);
  EXPECT_NE(watch.find("(standard: 2)"), std::string::npos) << watch;
  EXPECT_NE(watch.find("(standard: json,html)"), std::string::npos) << watch;
}

// Operands that make each command stop with a usage error right after parsing, before it reads,
// writes or listens: so an option can be tried without side effects.
std::vector<std::string> inert_operands(const std::string& command) {
  if (command == "serve") return {"no-operands-allowed"};
  return {};
}

TEST(CommandLine, EveryOptionInAHelpIsParsedAndNoOtherIs) {
  for (const std::string& command : listed_commands()) {
    const auto help = run_jamkoll({command, "--help"});
    const auto options = options_in_help(help.out);
    ASSERT_FALSE(options.empty()) << command;  // at least -h, --help
    for (const HelpOption& option : options) {
      if (option.name == "--help") continue;
      for (const std::string& spelling : option.spellings) {
        std::vector<std::string> args = {command, spelling};
        if (option.takes_value) args.push_back("x");
        for (const std::string& operand : inert_operands(command)) args.push_back(operand);
        const auto r = run_jamkoll(args);
        EXPECT_EQ(r.exit_code, 64) << command << " " << spelling << ": " << r.err;
        EXPECT_EQ(r.err.find("unknown option"), std::string::npos) << command << " " << spelling << ": " << r.err;
        EXPECT_EQ(r.err.find("needs a value"), std::string::npos) << command << " " << spelling << ": " << r.err;
      }
    }
    std::vector<std::string> bogus = {command, "--no-such-option"};
    for (const std::string& operand : inert_operands(command)) bogus.push_back(operand);
    const auto r = run_jamkoll(bogus);
    EXPECT_EQ(r.exit_code, 64) << command;
    EXPECT_NE(r.err.find("unknown option --no-such-option"), std::string::npos) << command << ": " << r.err;
  }
}

TEST(CommandLine, HelpLinesFitAHundredColumns) {
  for (const std::string& command : listed_commands()) {
    for (const char* lang : {"sv", "en"}) {
      std::istringstream in(run_jamkoll({command, "--help", "--lang", lang}).out);
      for (std::string line; std::getline(in, line);) {
        std::size_t code_points = 0;
        for (unsigned char c : line) code_points += (c & 0xC0) != 0x80;
        EXPECT_LE(code_points, 100u) << command << " " << lang << ": " << line;
      }
    }
  }
}

}  // namespace
}  // namespace jamkoll

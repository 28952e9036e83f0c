// `jamkoll lexicon lint [FILE...]`: checks lexicon files (no FILE: every built-in lexicon).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/commands.h"
#include "app/exit_codes.h"
#include "common/embedded_data.h"
#include "judge/data_source.h"
#include "judge/pack_loader.h"
#include "match/lexicon_lint.h"

namespace jamkoll {

const CommandSpec& lexicon_command_spec() {
  static const CommandSpec spec{
      "lexicon",
      {{"lexicon lint",
        {"[FIL...]", "[FILE...]"},
        {"granskar lexikonfiler (standard: alla inbyggda lexikon)", "check lexicon files (default: every built-in lexicon)"}}},
      {},
      {"Slutkoder: 0 inga fynd; 1 fynd; 2 en fil kunde inte läsas; 64 felaktig kommandorad. Mer: docs/rule-packs.md.",
       "Exit codes: 0 no findings; 1 findings; 2 a file could not be read; 64 usage error. More: docs/rule-packs.md."}};
  return spec;
}

int run_lexicon(const std::vector<std::string>& raw) {
  const ParsedArguments parsed = parse_command_line(raw, lexicon_command_spec());
  const std::vector<std::string>& args = parsed.positional;
  if (!parsed.error.empty() || args.empty() || args[0] != "lint") {
    std::cerr << "usage: jamkoll lexicon lint [FILE...]"
              << (parsed.error.empty() ? "" : " (" + parsed.error + "; see jamkoll lexicon --help)") << "\n";
    return exit_code::kUsage;
  }
  // Files to lint: (name shown, lexicon name, text).
  struct Input {
    std::string source, name, text;
  };
  std::vector<Input> inputs;
  bool unreadable = false;
  if (args.size() == 1) {
    for (const EmbeddedFile& f : embedded_files()) {
      const std::string path = f.path;
      if (path.rfind("lexicons/", 0) == 0 && path.size() > 4 && path.substr(path.size() - 4) == ".lex") {
        inputs.push_back({path, std::filesystem::path(path).stem().string(), std::string(f.data, f.size)});
      }
    }
  } else {
    for (std::size_t i = 1; i < args.size(); ++i) {
      std::ifstream in(args[i], std::ios::binary);
      if (!in) {
        std::cerr << "jamkoll lexicon: " << args[i] << ": cannot read\n";
        unreadable = true;
        continue;
      }
      std::ostringstream text;
      text << in.rdbuf();
      inputs.push_back({args[i], std::filesystem::path(args[i]).stem().string(), text.str()});
    }
  }
  auto pack = load_default_pack();  // its tokenizer and inflection endings
  if (!pack) {
    std::cerr << "jamkoll lexicon: " << pack.failure().message << "\n";
    return exit_code::kUnreadable;
  }
  const std::string endings = embedded_pack_source("lansstrategi")->read("lexicons/" + (*pack)->pack.endings_file).value_or("");
  std::size_t findings = 0, entries = 0;
  for (const Input& input : inputs) {
    auto lexicon = parse_lexicon(input.name, input.text, input.source);
    if (!lexicon) {
      std::cout << lexicon.failure().message << "\n";
      ++findings;
      continue;
    }
    entries += lexicon->entries.size();
    const TermMatcher matcher({*lexicon}, parse_word_list(endings));
    for (const LintFinding& f : lint_lexicon(input.source, input.text, matcher.lexicons().front(), *(*pack)->analyzer, matcher)) {
      std::cout << f.source << ":" << f.line << ": " << f.message << "\n";
      ++findings;
    }
  }
  std::cout << inputs.size() << " lexicons, " << entries << " entries, " << findings << " findings\n";
  if (unreadable) return exit_code::kUnreadable;
  return findings ? exit_code::kFindings : exit_code::kOk;
}

}  // namespace jamkoll

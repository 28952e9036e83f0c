#include "app/command_spec.h"

#include <map>
#include <set>
#include <sstream>

#include "common/utf8.h"
#include "ingest/format_detection.h"
#include "ingest/limits.h"

namespace jamkoll {
namespace {

// Help lines are wrapped to this many code points (a terminal of 100 columns and more is usual;
// the option column alone takes 38).
constexpr std::size_t kLineWidth = 100;
constexpr std::size_t kUsageColumn = 38;  // where a usage line's summary starts (as the README's list)
constexpr std::size_t kOptionColumn = 30;  // where an option's explanation starts in a command's help

// `left` at `indent`, then `text` from `column` (on the next line when `left` reaches it),
// wrapped at spaces to kLineWidth with continuation lines at `column`.
void append_entry(std::string& out, std::size_t indent, const std::string& left, const std::string& text,
                  std::size_t column) {
  std::string line(indent, ' ');
  line += left;
  if (!text.empty()) {
    if (!left.empty() && code_points(line) + 2 > column) {
      out += line + "\n";
      line.clear();
    }
    line += std::string(column - code_points(line), ' ');
    std::istringstream words(text);
    bool first = true;
    for (std::string word; words >> word;) {
      if (!first && code_points(line) + 1 + code_points(word) > kLineWidth) {
        out += line + "\n";
        line = std::string(column, ' ');
        first = true;
      }
      line += (first ? "" : " ") + word;
      first = false;
    }
  }
  out += line + "\n";
}

void append_usage(std::string& out, const Usage& usage, Language language) {
  append_entry(out, 2, "jamkoll " + usage.words + " " + usage.operands.in(language), usage.summary.in(language),
               kUsageColumn);
}

std::string option_left(const OptionSpec& option, Language language) {
  std::string left;
  for (const std::string& name : option.names) left += (left.empty() ? "" : ", ") + name;
  if (option.takes_value()) left += " " + option.value.in(language);
  return left;
}

std::string option_text(const OptionSpec& option, Language language) {
  std::string text = option.help.in(language);
  if (!option.fallback.empty()) {
    text += (language == Language::kEnglish ? " (default: " : " (standard: ") + option.fallback.in(language) + ")";
  }
  return text;
}

void append_options(std::string& out, const std::vector<OptionSpec>& options, Language language, std::size_t indent,
                    std::size_t column) {
  for (const OptionSpec& option : options) {
    append_entry(out, indent, option_left(option, language), option_text(option, language), column);
  }
}

std::string mib(std::uint64_t bytes) { return std::to_string(bytes >> 20); }

}  // namespace

OptionGroup language_option_group() {
  return {{"Språk:", "Language:"},
          {{{"--lang"},
            {"sv|en"},
            {"etiketter, förklaringar och meddelanden på svenska eller engelska",
             "labels, explanations and messages in Swedish or English"},
            {"sv"}}}};
}

OptionGroup pack_option_group() {
  return {{"Regelpaket:", "Rule pack:"},
          {{{"--rules"},
            {"MAPP", "DIR"},
            {"regelpaketet i MAPP i stället för det inbyggda, se docs/rule-packs.md",
             "the rule pack in DIR instead of the built-in one, see docs/rule-packs.md"},
            {"det inbyggda paketet lansstrategi", "the built-in pack lansstrategi"}},
           {{"--require"}, {"ID,..."}, {"gör målen obligatoriska i den här körningen", "make the targets required for this run"}, {}},
           {{"--optional"}, {"ID,..."}, {"gör målen valfria i den här körningen", "make the targets optional for this run"}, {}}}};
}

OptionGroup read_option_group() {
  const ReadLimits limits;
  std::ostringstream ratio;
  ratio << limits.max_compression_ratio;
  return {{"Läsning och gränser (docs/formats.md):", "Reading and limits (docs/formats.md):"},
          {{{"--input-format"},
            {"FORMAT"},
            {"läs varje indata som " + input_format_names(), "read every input as " + input_format_names()},
            {"avgörs av innehållet", "detected from the content"}},
           {{"--xml-mapping"},
            {"FIL", "FILE"},
            {"hur XML av annat slag läses", "how to read XML of another vocabulary"},
            {}},
           {{"--max-file-size"}, {"MiB"}, {"största indatafil (även standard in)", "largest input file (standard input too)"}, {mib(limits.max_file_bytes)}},
           {{"--max-member-size"}, {"MiB"}, {"största uppackade del av en zip-fil", "largest unpacked zip member"}, {mib(limits.max_member_bytes)}},
           {{"--max-unpacked-size"},
            {"MiB"},
            {"största uppackade storlek per fil", "largest unpacked total per file"},
            {mib(limits.max_total_unpacked_bytes)}},
           {{"--max-ratio"}, {"N"}, {"största kompressionsgrad i en zip-fil", "largest zip compression ratio"}, {ratio.str()}},
           {{"--pdf-timeout"},
            {"SEKUNDER", "SECONDS"},
            {"längsta tid en PDF får ta att läsa", "longest a PDF may take to read"},
            {std::to_string(limits.pdf_timeout_seconds)}}}};
}

const OptionSpec& help_option() {
  static const OptionSpec help{{"-h", "--help"},
                               {},
                               {"visa den här hjälpen och avsluta (på engelska med --lang en)",
                                "show this help and exit (in Swedish without --lang en)"},
                               {}};
  return help;
}

std::vector<const OptionSpec*> all_options(const CommandSpec& spec) {
  std::vector<const OptionSpec*> out;
  bool help_listed = false;
  for (const OptionGroup& group : spec.groups) {
    for (const OptionSpec& option : group.options) out.push_back(&option);
    if (group.title.empty() && !help_listed) {
      out.push_back(&help_option());
      help_listed = true;
    }
  }
  if (!help_listed) out.insert(out.begin(), &help_option());
  return out;
}

ParsedArguments parse_command_line(const std::vector<std::string>& args, const CommandSpec& spec) {
  std::set<std::string> with_value, flags;
  std::map<std::string, std::string> aliases;
  for (const OptionSpec* option : all_options(spec)) {
    for (const std::string& name : option->names) {
      (option->takes_value() ? with_value : flags).insert(name);
      if (name != option->name()) aliases[name] = option->name();
    }
  }
  return parse_arguments(args, with_value, flags, aliases);
}

bool asks_for_help(const std::vector<std::string>& args, const CommandSpec& spec) {
  std::set<std::string> with_value;
  for (const OptionSpec* option : all_options(spec)) {
    if (option->takes_value()) with_value.insert(option->names.begin(), option->names.end());
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--") return false;
    if (args[i] == "-h" || args[i] == "--help") return true;
    if (with_value.count(args[i])) ++i;  // its value, even when it reads "-h"
  }
  return false;
}

Language help_language(const std::vector<std::string>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--") break;
    if (args[i] == "--lang=en" || (args[i] == "--lang" && i + 1 < args.size() && args[i + 1] == "en")) {
      return Language::kEnglish;
    }
  }
  return Language::kSwedish;
}

std::string help_text(const CommandSpec& spec, Language language) {
  const bool en = language == Language::kEnglish;
  std::string out = en ? "Usage:\n" : "Användning:\n";
  for (const Usage& usage : spec.usages) append_usage(out, usage, language);
  bool own_listed = false;
  for (const OptionGroup& group : spec.groups) {
    out += "\n" + (group.title.empty() ? std::string(en ? "Options:" : "Flaggor:") : group.title.in(language)) + "\n";
    append_options(out, group.options, language, 2, kOptionColumn);
    if (group.title.empty() && !own_listed) {
      append_options(out, {help_option()}, language, 2, kOptionColumn);
      own_listed = true;
    }
  }
  if (!own_listed) {
    out += en ? "\nOptions:\n" : "\nFlaggor:\n";
    append_options(out, {help_option()}, language, 2, kOptionColumn);
  }
  if (!spec.notes.empty()) {
    out += "\n";
    append_entry(out, 0, "", spec.notes.in(language), 0);
  }
  return out;
}

std::string overview_text(const std::vector<const CommandSpec*>& specs, Language language) {
  const bool en = language == Language::kEnglish;
  std::string out = en ? "jamkoll – checks drafts of county strategies for gender mainstreaming\nUsage:\n"
                       : "jamkoll – granskar utkast till länsstrategier för jämställdhetsintegrering\nAnvändning:\n";
  std::map<std::string, std::string> shown;  // shared group title → the command that listed it first
  for (const CommandSpec* spec : specs) {
    if (spec->hidden) continue;
    for (const Usage& usage : spec->usages) append_usage(out, usage, language);
    for (const OptionGroup& group : spec->groups) {
      const auto first = shown.find(group.title.sv);
      if (group.title.empty() || first == shown.end()) {
        if (!group.title.empty()) shown[group.title.sv] = spec->name;
        append_options(out, group.options, language, 6, kUsageColumn);
        continue;
      }
      std::string names;
      for (const OptionSpec& option : group.options) names += (names.empty() ? "" : ", ") + option.name();
      append_entry(out, 6, "", names + (en ? ": as for " : ": som för ") + first->second, 6);
    }
  }
  out += "  jamkoll --version | --help\n";
  append_entry(out, 2, en ? "jamkoll COMMAND --help" : "jamkoll KOMMANDO --help",
               en ? "one command's usage, options and defaults"
                  : "ett kommandos användning, flaggor och standardvärden (--lang en: på engelska)",
               kUsageColumn);
  append_entry(out, 0, "",
               en ? "Exit codes: 0 all required targets addressed / success; 1 gaps or failures; 2 unreadable input "
                    "or no document found; 64 usage error."
                  : "Slutkoder: 0 alla obligatoriska mål behandlas / klart; 1 luckor eller misslyckanden; 2 indata "
                    "som inte kunde läsas eller inget dokument hittades; 64 felaktig kommandorad.",
               0);
  return out;
}

}  // namespace jamkoll

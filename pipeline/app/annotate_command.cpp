// `jamkoll annotate [options] DRAFT.docx [-o COPY.docx]`: judges a Word (or .odt) draft and writes
// a copy with the verdicts as comments (report/annotate/docx_annotator.h, odt_annotator.h), atomically.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <variant>

#include "app/annotated_copy.h"
#include "app/atomic_output.h"
#include "app/command_options.h"
#include "app/commands.h"
#include "app/document_checker.h"
#include "app/exit_codes.h"
#include "app/standard_input.h"
#include "ingest/read_document.h"

namespace jamkoll {
namespace {

// The command's own messages are Swedish unless --lang en; read errors are check's, word for word.
int usage(const std::string& message, bool sv) {
  std::cerr << "jamkoll annotate: " << message << (sv ? " (se jamkoll annotate --help)\n" : " (see jamkoll annotate --help)\n");
  return exit_code::kUsage;
}

// The same entry as `check` writes for a file it cannot read.
int unreadable(const std::string& path, const Failure& failure) {
  std::cerr << "jamkoll: " << path << ": " << failure.code << ": " << failure.message << "\n";
  return exit_code::kUnreadable;
}

// DRAFT.docx → DRAFT.granskad.docx beside it (DRAFT.odt → DRAFT.granskad.odt).
std::string default_output(const std::string& input, const std::string& format) {
  std::filesystem::path p(input);
  return (p.parent_path() / (p.stem().string() + ".granskad." + format)).string();
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  if (std::filesystem::equivalent(a, b, ec)) return true;
  return std::filesystem::weakly_canonical(a, ec) == std::filesystem::weakly_canonical(b, ec);
}

}  // namespace

const CommandSpec& annotate_command_spec() {
  static const CommandSpec spec{
      "annotate",
      {{"annotate",
        {"[flaggor] UTKAST.docx [-o KOPIA.docx]", "[options] DRAFT.docx [-o COPY.docx]"},
        {"en kopia av utkastet (.docx eller .odt) med bedömningarna som kommentarer; - läser utkastet från "
         "standard in (kräver -o)",
         "a copy of the draft (.docx or .odt) with the verdicts as comments; - reads the draft from standard "
         "input (needs -o)"}}},
      {{{},
        {{{"-o", "--output"},
          {"FIL", "FILE"},
          {"kopian, via en temporär fil som sedan byter namn", "the copy, through a temporary file then renamed"},
          {"UTKAST.granskad.docx / .odt bredvid utkastet", "DRAFT.granskad.docx / .odt beside the draft"}},
         {{"--comments"},
          {"mentioned|all"},
          {"kommentera de mål som bara nämns, eller (all) även de som behandlas",
           "comment the targets only mentioned, or (all) the addressed ones too"},
          {"mentioned"}},
         name_option(),
         {{"--quiet"}, {}, {"skriv inte ut vilken kopia som skrevs (fel skrivs ändå)", "do not report the copy written (errors still are)"}, {}}}},
       language_option_group(),
       pack_option_group(),
       read_option_group()},
      {"Slutkoder: 0 kopian skrevs; 2 utkastet kunde inte läsas, är inte DOCX eller ODT, eller kopian kunde inte "
       "skrivas; 64 felaktig kommandorad. Mer: docs/annotate.md.",
       "Exit codes: 0 the copy was written; 2 the draft could not be read, is not DOCX or ODT, or the copy could "
       "not be written; 64 usage error. More: docs/annotate.md."}};
  return spec;
}

namespace {

// Everything annotate needs before it reads the draft, read from its command line.
struct AnnotateSetup {
  bool sv = true;           // messages in Swedish
  bool from_stdin = false;  // the draft is "-"
  std::string path;         // the draft, or --name for standard input
  std::string output_path;  // "" = beside the draft
  CommentScope scope = CommentScope::kMentioned;
  Language language = Language::kSwedish;
  ReadOptions read_options;
  std::shared_ptr<const Judge> judge;
};

std::string overwrite_message(const std::string& path, bool sv) {
  return sv ? "kopian får inte skriva över utkastet " + path : "the copy must not overwrite the draft " + path;
}

// The setup, or the exit code of why there is none (its message already on stderr).
std::variant<AnnotateSetup, int> set_up_annotate(const ParsedArguments& args) {
  AnnotateSetup setup;
  const bool sv = setup.sv = !(args.values.count("--lang") && args.values.at("--lang") == "en");
  if (!args.error.empty()) return usage(args.error, sv);
  if (args.positional.size() != 1)
    return usage(sv ? "ange exakt ett utkast (DOCX eller ODT)" : "name exactly one draft (DOCX or ODT)", sv);
  setup.from_stdin = args.positional.front() == kStandardInput;
  auto stdin_name = standard_input_name(args, setup.from_stdin);
  if (!stdin_name) {
    return usage(sv ? "--name hör till - (ett utkast på standard in) och får inte vara tomt" : stdin_name.failure().message, sv);
  }
  const std::string comments = args.values.count("--comments") ? args.values.at("--comments") : "mentioned";
  if (comments != "mentioned" && comments != "all") {
    return usage(sv ? "--comments tar mentioned eller all" : "--comments takes mentioned or all", sv);
  }
  setup.scope = comments == "all" ? CommentScope::kAll : CommentScope::kMentioned;
  auto language = language_from_options(args);
  if (!language) return usage(language.failure().message, sv);
  setup.language = *language;
  auto read_options = read_options_from(args);
  if (!read_options) return usage(read_options.failure().message, sv);
  setup.read_options = std::move(*read_options);
  auto judge = judge_from_options(args);
  if (!judge) {
    std::cerr << "jamkoll annotate: " << judge.failure().message << "\n";
    return exit_code::for_setup_failure(judge.failure());
  }
  setup.judge = std::move(*judge);
  setup.path = setup.from_stdin ? *stdin_name : args.positional.front();
  setup.output_path = args.values.count("--output") ? args.values.at("--output") : "";
  if (setup.from_stdin && setup.output_path.empty()) {
    return usage(sv ? "ett utkast från standard in (-) behöver -o KOPIA" : "a draft from standard input (-) needs -o COPY", sv);
  }
  if (!setup.from_stdin && !setup.output_path.empty() && same_file(setup.path, setup.output_path)) {
    return usage(overwrite_message(setup.path, sv), sv);
  }
  return setup;
}

// The annotated copy of the judged draft, written through a temporary file; the exit code.
int write_annotated_copy(const AnnotateSetup& setup, const std::string& bytes, const DocumentResult& result,
                         const std::string& output_path) {
  const ReportContext context{&setup.judge->pack().pack, setup.language};
  const AnnotateOptions options{setup.scope, annotate_date()};
  auto annotated = annotated_copy(bytes, setup.read_options.limits, result, context, options);
  if (!annotated) return unreadable(setup.path, annotated.failure());
  ReportOutput output(output_path);
  if (!output.ok()) {
    std::cerr << "jamkoll annotate: " << (setup.sv ? "kan inte skriva " : "cannot write ") << output_path << "\n";
    return exit_code::kUnreadable;
  }
  output.stream().write(annotated->data(), static_cast<std::streamsize>(annotated->size()));
  if (auto committed = output.commit(); !committed) {
    std::cerr << "jamkoll annotate: " << committed.failure().message << "\n";
    return exit_code::kUnreadable;
  }
  return exit_code::kOk;
}

}  // namespace

// Parse and set up, read and judge the draft, write the copy.
int run_annotate(const std::vector<std::string>& raw) {
  const ParsedArguments args = parse_command_line(raw, annotate_command_spec());
  auto set_up = set_up_annotate(args);
  if (const int* code = std::get_if<int>(&set_up)) return *code;
  const AnnotateSetup& setup = std::get<AnnotateSetup>(set_up);
  const std::string& path = setup.path;
  auto bytes = setup.from_stdin ? read_standard_input(setup.read_options.limits) : read_file_bytes(path, setup.read_options.limits);
  if (!bytes) return unreadable(path, bytes.failure());
  DocumentResult result = check_bytes(path, *bytes, *setup.judge, setup.read_options);
  for (const std::string& w : result.warnings) std::cerr << "jamkoll: " << path << ": warning: " << w << "\n";
  if (result.error) return unreadable(path, *result.error);
  if (!annotatable(result.format)) {
    return unreadable(path, Failure::unsupported_format(unsupported_annotate_message(result.format, setup.language)));
  }
  const std::string output_path = setup.output_path.empty() ? default_output(path, result.format) : setup.output_path;
  if (!setup.from_stdin && same_file(path, output_path)) return usage(overwrite_message(path, setup.sv), setup.sv);
  if (const int code = write_annotated_copy(setup, *bytes, result, output_path); code != exit_code::kOk) return code;
  if (!args.flags.count("--quiet")) {
    std::cerr << (setup.language == Language::kSwedish ? "jamkoll: skrev " : "jamkoll: wrote ") << output_path << "\n";
  }
  return exit_code::kOk;
}

}  // namespace jamkoll

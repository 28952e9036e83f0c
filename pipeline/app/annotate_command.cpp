// `jamkoll annotate [options] DRAFT.docx [-o COPY.docx]`: judges a Word (or .odt) draft and writes
// a copy with the verdicts as comments (report/annotate/docx_annotator.h, odt_annotator.h), atomically.
#include <filesystem>
#include <iostream>

#include "app/annotated_copy.h"
#include "app/atomic_output.h"
#include "app/command_options.h"
#include "app/commands.h"
#include "app/document_checker.h"
#include "app/exit_codes.h"
#include "ingest/read_document.h"

namespace jamkoll {
namespace {

// The command's own messages are Swedish unless --lang en; read errors are check's, word for word.
int usage(const std::string& message, bool sv) {
  std::cerr << "jamkoll annotate: " << message << (sv ? " (se jamkoll --help)\n" : " (see jamkoll --help)\n");
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

int run_annotate(const std::vector<std::string>& raw) {
  std::set<std::string> with_value = {"-o", "--output", "--comments"};
  with_value.insert(pack_option_names().begin(), pack_option_names().end());
  with_value.insert(read_option_names().begin(), read_option_names().end());
  const ParsedArguments args = parse_arguments(raw, with_value, {});
  const bool sv = !(args.values.count("--lang") && args.values.at("--lang") == "en");
  if (!args.error.empty()) return usage(args.error, sv);
  if (args.positional.size() != 1)
    return usage(sv ? "ange exakt ett utkast (DOCX eller ODT)" : "name exactly one draft (DOCX or ODT)", sv);
  const std::string comments = args.values.count("--comments") ? args.values.at("--comments") : "mentioned";
  if (comments != "mentioned" && comments != "all") {
    return usage(sv ? "--comments tar mentioned eller all" : "--comments takes mentioned or all", sv);
  }
  auto language = language_from_options(args);
  if (!language) return usage(language.failure().message, sv);
  auto read_options = read_options_from(args);
  if (!read_options) return usage(read_options.failure().message, sv);
  auto judge = judge_from_options(args);
  if (!judge) {
    std::cerr << "jamkoll annotate: " << judge.failure().message << "\n";
    return exit_code::for_setup_failure(judge.failure());
  }
  const std::string& path = args.positional.front();
  std::string output_path;
  for (const char* option : {"-o", "--output"}) {
    if (args.values.count(option)) output_path = args.values.at(option);
  }
  const std::string overwrite =
      sv ? "kopian får inte skriva över utkastet " + path : "the copy must not overwrite the draft " + path;
  if (!output_path.empty() && same_file(path, output_path)) return usage(overwrite, sv);

  auto bytes = read_file_bytes(path, read_options->limits);
  if (!bytes) return unreadable(path, bytes.failure());
  DocumentResult result = check_bytes(path, *bytes, **judge, *read_options);
  for (const std::string& w : result.warnings) std::cerr << "jamkoll: " << path << ": warning: " << w << "\n";
  if (result.error) return unreadable(path, *result.error);
  if (!annotatable(result.format)) {
    return unreadable(path, Failure{"unsupported-format", unsupported_annotate_message(result.format, *language)});
  }
  if (output_path.empty()) output_path = default_output(path, result.format);
  if (same_file(path, output_path)) return usage(overwrite, sv);

  const ReportContext context{&(*judge)->pack().pack, *language};
  const AnnotateOptions options{comments == "all" ? CommentScope::kAll : CommentScope::kMentioned, annotate_date()};
  auto annotated = annotated_copy(*bytes, read_options->limits, result, context, options);
  if (!annotated) return unreadable(path, annotated.failure());

  ReportOutput output(output_path);
  if (!output.ok()) {
    std::cerr << "jamkoll annotate: " << (sv ? "kan inte skriva " : "cannot write ") << output_path << "\n";
    return exit_code::kUnreadable;
  }
  output.stream().write(annotated->data(), static_cast<std::streamsize>(annotated->size()));
  if (auto committed = output.commit(); !committed) {
    std::cerr << "jamkoll annotate: " << committed.failure().message << "\n";
    return exit_code::kUnreadable;
  }
  std::cerr << (*language == Language::kSwedish ? "jamkoll: skrev " : "jamkoll: wrote ") << output_path << "\n";
  return exit_code::kOk;
}

}  // namespace jamkoll

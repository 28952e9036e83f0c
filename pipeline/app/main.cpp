// jamkoll: checks Swedish gender-mainstreaming strategy drafts against the national
// gender-equality goals and the county boards' assignment. This file only dispatches.
#include <iostream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/exit_codes.h"

namespace {

constexpr const char* kHelp = R"(jamkoll – granskar utkast till länsstrategier för jämställdhetsintegrering
Usage:
  jamkoll check [options] PATH...     judge documents (files or directories, recursive)
      --format FORMAT                 text (default), json, jsonl, csv, matrix-csv, html, junit
      --excel                         csv/matrix-csv for Swedish Excel (BOM, ';', decimal comma)
      -o, --output FILE               write the report to FILE (atomically) instead of stdout
      --lang sv|en                    report language (default sv)
      --rules DIR                     rule pack folder (default: the built-in pack lansstrategi)
      --require ID,...                make targets required for this run
      --optional ID,...               make targets optional for this run
      --baseline FILE                 accepted gaps: only new gaps fail
      --write-baseline FILE           record the current gaps as accepted
      -j, --jobs N                    files checked in parallel (default: number of cores)
      --input-format FORMAT           read every input as docx, odt, fodt, flat-opc, word2003, html, xml, pdf, txt or md
      --xml-mapping FILE              how to read XML of another vocabulary (docs/formats.md)
      --max-file-size MiB             largest input file (default 256)
      --max-member-size MiB           largest unpacked zip member (default 256)
      --max-unpacked-size MiB         largest unpacked total per file (default 256)
      --max-ratio N                   largest zip compression ratio (default 200)
      --pdf-timeout SECONDS           longest a PDF may take to read (default 30)
  jamkoll annotate [options] DRAFT.docx [-o COPY.docx]
                                      a copy of the draft (.docx or .odt) with the verdicts as comments
      -o, --output FILE               the copy (default DRAFT.granskad.docx/.odt; temp file, then rename)
      --comments mentioned|all        comment mentioned targets (default), or addressed ones too
      --lang, --rules, --require, --optional and the limits as for check
  jamkoll diff [--format text|json|html] OLD NEW | OLD_DIR NEW_DIR
                                      what changed between two drafts, or two folders of drafts paired
                                      by relative path (exit 1: a required target got worse)
  jamkoll watch [--once] [--interval SECONDS] [--format json,html] [--removed-to DIR] IN_DIR OUT_DIR
                                      watch folder: reports for drafts dropped into IN_DIR
  jamkoll serve [--host 127.0.0.1] [--port 8080] [--max-upload MiB] [--threads N] [--quiet]
                                      HTTP service: GET / (a page for the browser), POST /check,
                                      POST /annotate (raw body or curl -F file=@F), GET /health,
                                      GET /metrics; --quiet: no access log on stderr
  jamkoll extract [--format text|json] [--plain] FILE
                                      show the blocks read from a file
  jamkoll rules test [DIR]            run the rule examples of a pack (default: built-in)
  jamkoll rules cases FILE [DIR]      run a table of verdict cases (tests/judge/verdict_cases*.tsv)
  jamkoll eval [--rules DIR] [--format text|json] [--totals-only] PATH...
                                      compare verdicts with NAME.expected.json files
  jamkoll lexicon lint [FILE...]      check lexicon files (default: every built-in lexicon)
  jamkoll --version | --help
Exit codes: 0 all required targets addressed / success; 1 gaps or failures; 2 unreadable
input or no document found; 64 usage error.
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kHelp;
    return jamkoll::exit_code::kUsage;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kHelp;
    return jamkoll::exit_code::kOk;
  }
  if (command == "--version") {
    std::cout << "jamkoll " << JAMKOLL_VERSION << "\n";
    return jamkoll::exit_code::kOk;
  }
  try {
    if (command == "check") return jamkoll::run_check(args);
    if (command == "annotate") return jamkoll::run_annotate(args);
    if (command == "extract") return jamkoll::run_extract(args);
    if (command == "rules") return jamkoll::run_rules(args);
    if (command == "eval") return jamkoll::run_eval(args);
    if (command == "lexicon") return jamkoll::run_lexicon(args);
    if (command == "diff") return jamkoll::run_diff(args);
    if (command == "watch") return jamkoll::run_watch(args);
    if (command == "serve") return jamkoll::run_serve(args);
    if (command == "__pdf-content") return jamkoll::run_pdf_content(args);
  } catch (const std::exception& e) {
    std::cerr << "jamkoll: internal error: " << e.what() << "\n";
    return jamkoll::exit_code::kUnreadable;
  }
  std::cerr << "jamkoll: unknown command '" << command << "' (see jamkoll --help)\n";
  return jamkoll::exit_code::kUsage;
}

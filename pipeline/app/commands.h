// The subcommands. Each takes its arguments (after the subcommand name) and returns the exit code;
// reports go to stdout, diagnostics to stderr.
#pragma once

#include <string>
#include <vector>

namespace jamkoll {

int run_check(const std::vector<std::string>& args);
int run_annotate(const std::vector<std::string>& args);
int run_extract(const std::vector<std::string>& args);
int run_rules(const std::vector<std::string>& args);
int run_eval(const std::vector<std::string>& args);
int run_lexicon(const std::vector<std::string>& args);
int run_diff(const std::vector<std::string>& args);
int run_watch(const std::vector<std::string>& args);
int run_serve(const std::vector<std::string>& args);
// Internal: the PDF reader's child process (ingest/pdf/pdf_child.h).
int run_pdf_content(const std::vector<std::string>& args);

}  // namespace jamkoll

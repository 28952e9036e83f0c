// Which files a check reads: files named on the command line are always read; directories are
// walked recursively for known document extensions and for Office files jamkoll cannot read
// (.doc, .rtf, .xlsx, …: read like a named file, they get an error entry with advice on
// converting), skipping hidden files, Word's "~$" lock files and "*.expected.json". Nothing is
// left out without a word: a folder the walk cannot open becomes an entry of its own with a
// Failure ("permission-denied", …). Paths are normalised lexically first ("./samples/" and
// "samples" walk as "samples"), so a path named twice counts once. The result is sorted by path.
// Tests: tests/app/input_files_test.cpp, tests/app/check_command_test.cpp
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/outcome.h"

namespace jamkoll {

struct InputList {
  std::vector<std::string> files;    // sorted, unique; includes the missing paths and `walk_errors`
  std::vector<std::string> missing;  // named paths that do not exist
  // Entries that are not files to read: folders the walk could not open, with why.
  std::map<std::string, Failure> walk_errors;
};

InputList collect_inputs(const std::vector<std::string>& paths);

// The lexical normal form the walk gives its paths: "./samples/" → "samples".
std::string normalised_path(const std::string& path);

// The extensions a walk takes as drafts.
bool has_document_extension(const std::string& path);
// Office files a walk reports as errors rather than skipping (legacy Word, RTF, templates,
// spreadsheets, presentations).
bool has_office_extension(const std::string& path);

}  // namespace jamkoll

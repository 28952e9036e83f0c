// Which files a check reads: files named on the command line are always read; directories are
// walked recursively for known document extensions, skipping hidden files, Word's "~$" lock files
// and "*.expected.json". The result is sorted by path.
#pragma once

#include <string>
#include <vector>

namespace jamkoll {

struct InputList {
  std::vector<std::string> files;    // sorted, unique; includes the missing paths
  std::vector<std::string> missing;  // named paths that do not exist
};

InputList collect_inputs(const std::vector<std::string>& paths);

bool has_document_extension(const std::string& path);

}  // namespace jamkoll

// The checked folder of a run: the deepest folder that holds every path named on the command line
// (a named folder counts as itself, a named file as the folder it stands in). Paths relative to it
// stay the same when the run starts from another working directory or the whole folder moves, so
// they are what a baseline is keyed by: `jamkoll check lan/`, `cd lan && jamkoll check .` and
// `jamkoll check /arkiv/lan` all know lan/Uppsala/strategi.docx as "Uppsala/strategi.docx".
//
//   CheckedFolder folder({"lan/Uppsala/a.docx", "lan/Dalarna"});  // the folder lan
//   folder.relative("lan/Dalarna/b.docx")                           // "Dalarna/b.docx"
// Tests: tests/app/checked_folder_test.cpp, tests/app/baseline_paths_test.cpp
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace jamkoll {

class CheckedFolder {
 public:
  // Resolves `named` against the working directory now, lexically (symlinks are not followed, as
  // the directory walk does not follow them either).
  explicit CheckedFolder(const std::vector<std::string>& named);

  // `path` (as the walk gives it) relative to the folder, with '/' between parts, in NFC (so a
  // folder copied from a Mac, whose names are NFD, still gives "Västerbotten/strategi.docx").
  std::string relative(const std::string& path) const;

 private:
  std::filesystem::path folder_;
};

}  // namespace jamkoll

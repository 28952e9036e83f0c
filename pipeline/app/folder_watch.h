// The watch folder: drafts dropped into IN_DIR (any depth) get their reports written to OUT_DIR
// under the same relative path plus ".<format extension>" (utkast.docx → utkast.docx.json,
// utkast.docx.html), each written atomically.
//
// Why a scan and not inotify events alone: Poco's DirectoryWatcher fires while a file is still
// being written (0 bytes for a cp), sends only itemMovedTo for a file renamed in and nothing for
// files in a new subfolder (../shared/pitfalls.md). So the folder is scanned every interval and a
// file is read only when its size and modification time were the same at two scans in a row; a
// changed file is read again.
#pragma once

#include <atomic>
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "app/command_options.h"
#include "judge/judge.h"
#include "report/document_result.h"

namespace jamkoll {

struct WatchSettings {
  std::string in_dir;
  std::string out_dir;
  std::vector<std::string> formats = {"json", "html"};
  ReadOptions read;
  Language language = Language::kSwedish;
};

class FolderWatch {
 public:
  FolderWatch(WatchSettings settings, std::shared_ptr<const Judge> judge);

  // One scan: reads every file that is new or changed and has been stable since the last scan
  // (with `require_stable` false, every new or changed file at once). Returns how many reports it
  // wrote.
  std::size_t scan(bool require_stable = true);

  // Scans every `interval` until `stop` becomes true.
  void run(std::chrono::milliseconds interval, const std::atomic<bool>& stop);

 private:
  struct Seen {
    std::uintmax_t size = 0;
    long long mtime = 0;
    bool done = false;
  };
  void report(const std::string& path);

  WatchSettings settings_;
  std::shared_ptr<const Judge> judge_;
  std::map<std::string, Seen> seen_;
};

}  // namespace jamkoll

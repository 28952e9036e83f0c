// The watch folder's memory across restarts, kept in OUT_DIR: for each draft (its path relative
// to IN_DIR) the size, modification time and SHA-256 it had when its reports were written, and
// the reports' paths (relative to OUT_DIR); and once for all drafts what else the reports depend
// on (jamkoll version, pack SHA-256, formats, language, input format), so that a restart
// re-judges only what changed and rewrites no other report.
//
// Two files, so that a kill -9 loses at most the draft being judged:
//   .jamkoll-watch.json     snapshot, schema "jamkoll.watch-state/1", replaced atomically
//                           (temporary file + rename) by save();
//   .jamkoll-watch.journal  one JSON line per draft recorded or forgotten since the snapshot,
//                           appended just before the draft's reports are renamed into place,
//                           with the SHA-256 of each report; open() keeps a journal entry only
//                           when the reports on disk have those hashes (a kill between the line
//                           and the renames leaves the draft to be judged again), ignores a torn
//                           last line and folds the rest into a new snapshot.
// A snapshot of another schema or other settings is dropped with its journal: every draft is
// judged again.
//
// Not thread-safe: one FolderWatch owns it.
// Tests: end to end through tests/app/watch_test.cpp (jamkoll watch across restarts)
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "common/outcome.h"

namespace jamkoll {

struct DraftRecord {
  std::uintmax_t size = 0;
  long long mtime = 0;  // nanoseconds since 1970 (UTC)
  std::string sha256;   // of the draft's bytes
  std::vector<std::string> reports;  // relative to OUT_DIR
  std::vector<std::string> report_sha256;  // of each report's bytes, in the same order
  std::string error_code;           // "" when the draft was read
};

class WatchState {
 public:
  static constexpr const char* kSnapshotName = ".jamkoll-watch.json";
  static constexpr const char* kJournalName = ".jamkoll-watch.journal";

  // What the reports depend on besides the draft: {"jamkoll_version": …, "pack_sha256": …, …}.
  using Settings = std::map<std::string, std::string>;

  // Loads the state in `out_dir` for reports made with `settings`, drops records whose reports
  // are gone and writes a fresh snapshot. REQUIRES: `out_dir` exists. Never fails: an unreadable
  // state is an empty one (with a sentence for the log in `warning`).
  static WatchState open(const std::filesystem::path& out_dir, const Settings& settings, std::string* warning);

  const DraftRecord* find(const std::string& draft) const;
  const std::map<std::string, DraftRecord>& drafts() const { return drafts_; }

  // Each appends a journal line. Failure code "write-failed".
  Outcome<void> record(const std::string& draft, DraftRecord record);
  Outcome<void> forget(const std::string& draft);
  // Writes the snapshot atomically and empties the journal (no-op when nothing changed).
  Outcome<void> save();

 private:
  WatchState(std::filesystem::path out_dir, Settings settings);
  Outcome<void> append(const std::string& line);
  void apply_journal(std::string* warning);
  bool reports_exist(const DraftRecord& record) const;
  bool reports_match(const DraftRecord& record) const;

  std::filesystem::path out_dir_;
  Settings settings_;
  std::map<std::string, DraftRecord> drafts_;
  bool changed_ = false;
};

}  // namespace jamkoll

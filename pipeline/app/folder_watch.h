// The watch folder: drafts dropped into IN_DIR (any depth) get their reports written to OUT_DIR
// under the same relative path plus ".<format extension>" (utkast.docx → utkast.docx.json,
// utkast.docx.html), each written atomically.
//
// Why a scan and not inotify events alone: Poco's DirectoryWatcher fires while a file is still
// being written (0 bytes for a cp), sends only itemMovedTo for a file renamed in and nothing for
// files in a new subfolder (../shared/pitfalls.md). So the folder is scanned every interval and a
// file is read only when its size and modification time were the same at two scans in a row; a
// changed file is read again.
//
// Run unattended for years, it also:
// - remembers what it reported in OUT_DIR (watch_state.h), so a restart judges only what changed
//   and rewrites no other report; a draft touched without a change in its bytes is not rewritten;
// - removes the reports of a draft that is gone (or moves them under `removed_to`);
// - removes temporary files that a killed watch left in OUT_DIR (`*.tmp-PID`, PID not running);
// - retries a report it could not write (a few times at once, then with back-off at later
//   scans) and counts it as failed;
// - does not write an error report for a draft that fails to read while it changed within the
//   last kSettleIntervals intervals: a writer may be pausing (the next scans try again);
// - stops between two drafts when asked.
// REQUIRES: OUT_DIR is not inside IN_DIR (watch_command.cpp refuses it).
//
// Not thread-safe: one thread calls scan() or run().
// Tests: end to end through tests/app/watch_test.cpp (jamkoll watch)
#pragma once

#include <atomic>
#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/command_options.h"
#include "app/render_report.h"
#include "app/watch_state.h"
#include "judge/judge.h"
#include "report/document_result.h"

namespace jamkoll {

struct WatchSettings {
  std::string in_dir;
  std::string out_dir;
  std::vector<ReportFormat> formats = {ReportFormat::kJson, ReportFormat::kHtml};
  std::string format_list() const;  // "json,html"
  ReadOptions read;
  Language language = Language::kSwedish;
  std::chrono::milliseconds interval{2000};
  std::string removed_to;  // "" deletes the reports of a gone draft; else they move under this folder
  bool quiet = false;      // --quiet: log only warnings and failures, not the drafts done or removed
};

// What one scan did.
struct ScanSummary {
  std::size_t written = 0;   // drafts whose reports were written
  std::size_t failed = 0;    // drafts whose reports could not be written (tried again later)
  std::size_t deferred = 0;  // drafts that failed to read just after a change (tried again later)
  std::size_t removed = 0;   // gone drafts whose reports were removed or moved
};

class FolderWatch {
 public:
  // A draft that fails to read is read again at the next scans while its modification time is
  // within this many intervals of now (at most kReadRetries times), before an error report:
  // 20 s at the default interval, a pause a slow copy or a save over a network share can make;
  // the cost is that a file that stays damaged gets its error report that much later.
  static constexpr int kSettleIntervals = 10;
  static constexpr int kReadRetries = 10;
  // A report that cannot be written is tried this many times in a row, 100 ms, 300 ms, … apart.
  static constexpr int kWriteAttempts = 3;
  // Later scans try it again after interval × 2^failures, at most this long.
  static constexpr std::chrono::minutes kMaxWriteBackoff{5};

  // Cleans stale temporary files in OUT_DIR and loads its state. REQUIRES: OUT_DIR exists.
  FolderWatch(WatchSettings settings, std::shared_ptr<const Judge> judge);

  // One scan: reads every file that is new or changed and has been stable since the last scan
  // (with `require_stable` false, as for --once: every new or changed file at once, and a read
  // error is reported at once). Returns between two drafts once `stop` is true.
  ScanSummary scan(bool require_stable = true, const std::atomic<bool>* stop = nullptr);

  // Scans every interval until `stop` becomes true.
  void run(const std::atomic<bool>& stop);

 private:
  struct Seen {
    bool known = false;
    std::uintmax_t size = 0;
    long long mtime = 0;
    bool done = false;
    int read_failures = 0;
    int write_failures = 0;
    std::chrono::steady_clock::time_point next_try{};
  };
  void consider(const std::string& path, bool require_stable, ScanSummary& summary);
  void process(const std::string& path, const std::string& draft, Seen& seen, bool require_stable, ScanSummary& summary);
  bool recently_changed(long long mtime) const;
  struct RenderedReport {
    std::string path;  // relative to OUT_DIR
    std::string text;
  };
  std::vector<RenderedReport> render_reports(const DocumentResult& result, const std::string& draft) const;
  Outcome<void> write_reports(const std::vector<RenderedReport>& reports) const;  // with retries
  Outcome<void> try_write_reports(const std::vector<RenderedReport>& reports) const;
  void log_result(const DocumentResult& result, const std::string& draft) const;
  void log_walk_errors(const std::map<std::string, Failure>& errors);
  void remove_gone_drafts(const std::set<std::string>& present, ScanSummary& summary);
  void remove_reports(const std::string& draft, const DraftRecord& record) const;

  WatchSettings settings_;
  std::shared_ptr<const Judge> judge_;
  WatchState state_;
  std::map<std::string, Seen> seen_;  // by draft path relative to IN_DIR
  std::set<std::string> logged_walk_errors_;
  const std::atomic<bool>* stop_ = nullptr;
};

// The settings a watch's reports depend on besides the drafts (watch_state.h).
WatchState::Settings watch_state_settings(const WatchSettings& settings, const Judge& judge);

// Removes `*.tmp-PID` files under `folder` whose PID is not a running process; returns how many.
std::size_t remove_stale_temp_files(const std::string& folder);

}  // namespace jamkoll

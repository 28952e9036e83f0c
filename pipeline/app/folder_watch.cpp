#include "app/folder_watch.h"

#include <signal.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "app/atomic_output.h"
#include "app/document_checker.h"
#include "app/input_files.h"
#include "app/render_report.h"
#include "common/sha256.h"
#include "report/labels.h"

namespace jamkoll {
namespace fs = std::filesystem;

namespace {

constexpr const char* kLog = "jamkoll watch: ";

// "" when the file cannot be read.
std::string file_sha256(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return in.bad() ? "" : sha256_hex(bytes.str());
}

bool gone(const fs::path& path) {
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(path, ec);
  return status.type() == fs::file_type::not_found || ec == std::errc::no_such_file_or_directory;
}

// Removes the empty folders from `folder` up to, not including, `root`.
void remove_empty_folders(fs::path folder, const fs::path& root) {
  std::error_code ec;
  while (!folder.empty() && folder != root && fs::is_empty(folder, ec) && !ec) {
    if (!fs::remove(folder, ec)) return;
    folder = folder.parent_path();
  }
}

// "utkast.docx.tmp-4711" → 4711; 0 when the name is no temporary file of ours.
long temp_file_pid(const std::string& name) {
  const std::size_t at = name.rfind(".tmp-");
  if (at == std::string::npos || at + 5 >= name.size()) return 0;
  long pid = 0;
  for (std::size_t i = at + 5; i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9' || pid > 1'000'000'000) return 0;
    pid = pid * 10 + (name[i] - '0');
  }
  return pid;
}

bool process_running(long pid) { return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM; }

long long unix_nanoseconds(fs::file_time_type time) {
  const auto since_1970 = std::chrono::file_clock::to_sys(time).time_since_epoch();
  return std::chrono::duration_cast<std::chrono::nanoseconds>(since_1970).count();
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

}  // namespace

std::string WatchSettings::format_list() const {
  std::vector<std::string> names;
  for (const ReportFormat format : formats) names.emplace_back(report_format_name(format));
  return joined(names);
}

std::size_t remove_stale_temp_files(const std::string& folder) {
  std::size_t removed = 0;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const long pid = temp_file_pid(it->path().filename().string());
    std::error_code type_ec;
    if (pid <= 0 || process_running(pid) || !it->is_regular_file(type_ec)) continue;
    std::error_code remove_ec;
    if (fs::remove(it->path(), remove_ec)) ++removed;
  }
  return removed;
}

WatchState::Settings watch_state_settings(const WatchSettings& settings, const Judge& judge) {
  std::vector<std::string> required;
  for (const Target& target : judge.pack().pack.targets) {
    if (judge.is_required(target)) required.push_back(target.id);
  }
  return {{"jamkoll_version", JAMKOLL_VERSION},
          {"pack_id", judge.pack().pack.id},
          {"pack_sha256", judge.pack().pack.sha256},
          {"required", joined(required)},
          {"formats", settings.format_list()},
          {"language", settings.language == Language::kEnglish ? "en" : "sv"},
          {"input_format", settings.read.input_format}};
}

namespace {

WatchState open_state(const WatchSettings& settings, const Judge& judge) {
  if (const std::size_t stale = remove_stale_temp_files(settings.out_dir); stale > 0 && !settings.quiet) {
    std::cerr << kLog << "removed " << stale << " temporary file(s) left in " << settings.out_dir
              << " by a watch that was stopped while writing\n";
  }
  std::string warning;
  WatchState state = WatchState::open(settings.out_dir, watch_state_settings(settings, judge), &warning);
  if (!warning.empty()) std::cerr << kLog << "warning: " << warning << "\n";
  return state;
}

WatchSettings normalised(WatchSettings settings) {
  settings.in_dir = normalised_path(settings.in_dir);
  settings.out_dir = normalised_path(settings.out_dir);
  return settings;
}

}  // namespace

FolderWatch::FolderWatch(WatchSettings settings, std::shared_ptr<const Judge> judge)
    : settings_(normalised(std::move(settings))), judge_(std::move(judge)), state_(open_state(settings_, *judge_)) {}

ScanSummary FolderWatch::scan(bool require_stable, const std::atomic<bool>* stop) {
  stop_ = stop;
  ScanSummary summary;
  std::error_code ec;
  if (!fs::is_directory(settings_.in_dir, ec)) {
    std::cerr << kLog << settings_.in_dir << " is not a folder now; nothing is read or removed until it is back\n";
    return summary;
  }
  const InputList inputs = collect_inputs({settings_.in_dir});
  log_walk_errors(inputs.walk_errors);
  std::set<std::string> present;
  bool stopped = false;
  for (const std::string& path : inputs.files) {
    if (stop && *stop) {
      stopped = true;
      break;
    }
    if (inputs.walk_errors.count(path)) continue;
    present.insert(fs::path(path).lexically_relative(settings_.in_dir).string());
    consider(path, require_stable, summary);
  }
  if (!stopped) remove_gone_drafts(present, summary);
  if (auto saved = state_.save(); !saved) std::cerr << kLog << saved.failure().message << "\n";
  return summary;
}

void FolderWatch::run(const std::atomic<bool>& stop) {
  while (!stop) {
    scan(true, &stop);
    for (auto slept = std::chrono::milliseconds(0); slept < settings_.interval && !stop; slept += std::chrono::milliseconds(50)) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
}

void FolderWatch::consider(const std::string& path, bool require_stable, ScanSummary& summary) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) return;
  const auto written_at = fs::last_write_time(path, ec);
  if (ec) return;
  const long long mtime = unix_nanoseconds(written_at);
  const std::string draft = fs::path(path).lexically_relative(settings_.in_dir).string();
  Seen& seen = seen_[draft];
  const bool same = seen.known && seen.size == size && seen.mtime == mtime;
  if (!same) {
    const DraftRecord* recorded = state_.find(draft);
    const bool reported_before = recorded && recorded->size == size && recorded->mtime == mtime;
    seen = Seen{true, size, mtime, reported_before};
    if (reported_before) return;  // reported by an earlier run: not rewritten
    if (require_stable) return;   // new or changed: wait for it to settle
  }
  if (seen.done || std::chrono::steady_clock::now() < seen.next_try) return;
  process(path, draft, seen, require_stable, summary);
}

void FolderWatch::process(const std::string& path, const std::string& draft, Seen& seen, bool require_stable,
                          ScanSummary& summary) {
  const DraftRecord* previous = state_.find(draft);
  if (previous) {
    const std::string sha256 = file_sha256(path);
    if (!sha256.empty() && sha256 == previous->sha256) {  // touched, not changed: the reports stand
      DraftRecord record = *previous;
      record.size = seen.size;
      record.mtime = seen.mtime;
      (void)state_.record(draft, std::move(record));
      seen.done = true;
      return;
    }
  }
  const DocumentResult result = check_file(path, *judge_, settings_.read);
  if (result.error && require_stable && recently_changed(seen.mtime) && seen.read_failures < kReadRetries) {
    ++seen.read_failures;
    ++summary.deferred;
    std::cerr << kLog << path << ": " << result.error->code << " just after a change; reading it again at the next scan\n";
    return;
  }
  const std::vector<RenderedReport> reports = render_reports(result, draft);
  DraftRecord record{seen.size, seen.mtime, result.sha256.empty() ? file_sha256(path) : result.sha256, {}, {},
                     result.error ? result.error->code.name() : ""};
  for (const RenderedReport& report : reports) {
    record.reports.push_back(report.path);
    record.report_sha256.push_back(sha256_hex(report.text));
  }
  // Recorded before the renames: a kill between the two leaves reports that do not match the
  // recorded hashes, and the next start judges the draft again (watch_state.h).
  if (auto saved = state_.record(draft, std::move(record)); !saved) std::cerr << kLog << saved.failure().message << "\n";
  if (auto written = write_reports(reports); !written) {
    (void)state_.forget(draft);
    ++summary.failed;
    ++seen.write_failures;
    const auto backoff = std::min<std::chrono::milliseconds>(settings_.interval * (1LL << std::min(seen.write_failures, 20)),
                                                             kMaxWriteBackoff);
    seen.next_try = std::chrono::steady_clock::now() + backoff;
    std::cerr << kLog << path << ": report not written (" << written.failure().message << "); trying again in "
              << backoff.count() / 1000.0 << " s\n";
    return;
  }
  seen.done = true;
  seen.write_failures = 0;
  ++summary.written;
  log_result(result, draft);
}

bool FolderWatch::recently_changed(long long mtime) const {
  const long long now = unix_nanoseconds(fs::file_time_type::clock::now());
  const auto window = std::chrono::duration_cast<std::chrono::nanoseconds>(settings_.interval * kSettleIntervals);
  return now - mtime < window.count();
}

std::vector<FolderWatch::RenderedReport> FolderWatch::render_reports(const DocumentResult& result,
                                                                     const std::string& draft) const {
  const ReportContext context{&judge_->pack().pack, settings_.language};
  std::vector<RenderedReport> reports;
  for (const ReportFormat format : settings_.formats) {
    std::ostringstream text;
    render_report(text, {result}, context, format);
    reports.push_back({draft + std::string(report_format_info(format).extension), text.str()});
  }
  return reports;
}

Outcome<void> FolderWatch::write_reports(const std::vector<RenderedReport>& reports) const {
  auto pause = std::chrono::milliseconds(100);
  for (int attempt = 1;; ++attempt) {
    auto written = try_write_reports(reports);
    if (written || attempt == kWriteAttempts || (stop_ && *stop_)) return written;
    std::this_thread::sleep_for(pause);
    pause *= 3;
  }
}

Outcome<void> FolderWatch::try_write_reports(const std::vector<RenderedReport>& reports) const {
  for (const RenderedReport& report : reports) {
    const fs::path target = fs::path(settings_.out_dir) / report.path;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) return Failure::write_failed("cannot create " + target.parent_path().string() + ": " + ec.message());
    ReportOutput out(target.string());
    if (!out.ok()) return Failure::write_failed("cannot create a temporary file beside " + target.string());
    out.stream() << report.text;
    if (auto committed = out.commit(); !committed) return committed.failure();
  }
  return {};
}

void FolderWatch::log_result(const DocumentResult& result, const std::string& draft) const {
  const fs::path path = fs::path(settings_.in_dir) / draft;
  if (result.error) {
    std::cerr << kLog << path.string() << ": " << result.error->code << ": " << result.error->message << "\n";
    return;
  }
  if (settings_.quiet) return;
  std::cerr << kLog << path.string();
  int counts[3] = {0, 0, 0};
  for (const TargetVerdict& t : result.verdict.targets) ++counts[static_cast<int>(t.status)];
  std::cerr << " → " << (fs::path(settings_.out_dir) / draft).string() << " (" << counts[0] << " "
            << status_label(Status::kAddressed, settings_.language) << ", " << counts[1] << " "
            << status_label(Status::kMentioned, settings_.language) << ", " << counts[2] << " "
            << status_label(Status::kMissing, settings_.language) << ")\n";
}

void FolderWatch::log_walk_errors(const std::map<std::string, Failure>& errors) {
  std::set<std::string> now;
  for (const auto& entry : errors) {
    now.insert(entry.first);
    if (logged_walk_errors_.count(entry.first)) continue;
    std::cerr << kLog << entry.first << ": " << entry.second.code << ": " << entry.second.message << "\n";
  }
  logged_walk_errors_ = std::move(now);
}

void FolderWatch::remove_gone_drafts(const std::set<std::string>& present, ScanSummary& summary) {
  std::vector<std::string> gone_drafts;
  for (const auto& entry : state_.drafts()) {
    if (!present.count(entry.first) && gone(fs::path(settings_.in_dir) / entry.first)) gone_drafts.push_back(entry.first);
  }
  for (const std::string& draft : gone_drafts) {
    remove_reports(draft, *state_.find(draft));
    if (auto forgotten = state_.forget(draft); !forgotten) std::cerr << kLog << forgotten.failure().message << "\n";
    seen_.erase(draft);
    ++summary.removed;
  }
  for (auto it = seen_.begin(); it != seen_.end();) it = present.count(it->first) ? std::next(it) : seen_.erase(it);
}

void FolderWatch::remove_reports(const std::string& draft, const DraftRecord& record) const {
  const fs::path out_dir(settings_.out_dir);
  for (const std::string& report : record.reports) {
    const fs::path from = out_dir / report;
    std::error_code ec;
    if (settings_.removed_to.empty()) {
      fs::remove(from, ec);
    } else {
      const fs::path to = fs::path(settings_.removed_to) / report;
      fs::create_directories(to.parent_path(), ec);
      if (!ec) fs::rename(from, to, ec);
      if (ec == std::errc::cross_device_link) {  // another file system: copy, then remove
        ec.clear();
        if (fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec)) fs::remove(from, ec);
      }
    }
    if (ec) {
      std::cerr << kLog << "cannot " << (settings_.removed_to.empty() ? "remove " : "move ") << from.string() << ": "
                << ec.message() << "\n";
    }
    remove_empty_folders(from.parent_path(), out_dir);
  }
  if (settings_.quiet) return;
  std::cerr << kLog << (fs::path(settings_.in_dir) / draft).string() << " is gone: its reports were "
            << (settings_.removed_to.empty() ? "removed" : "moved to " + settings_.removed_to) << "\n";
}

}  // namespace jamkoll

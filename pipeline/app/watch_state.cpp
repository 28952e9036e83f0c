#include "app/watch_state.h"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "common/sha256.h"

namespace jamkoll {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kSchema = "jamkoll.watch-state/1";

json record_json(const DraftRecord& r) {
  return {{"size", r.size},       {"mtime", r.mtime},
          {"sha256", r.sha256},   {"reports", r.reports},
          {"report_sha256", r.report_sha256}, {"error", r.error_code}};
}

DraftRecord record_from(const json& j) {
  DraftRecord r;
  r.size = j.at("size").get<std::uintmax_t>();
  r.mtime = j.at("mtime").get<long long>();
  r.sha256 = j.at("sha256").get<std::string>();
  r.reports = j.at("reports").get<std::vector<std::string>>();
  r.report_sha256 = j.at("report_sha256").get<std::vector<std::string>>();
  if (r.report_sha256.size() != r.reports.size()) throw std::runtime_error("reports and report_sha256 differ in length");
  r.error_code = j.value("error", "");
  return r;
}

std::string read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Writes `bytes` to a temporary file beside `path` and renames it over `path`.
bool replace_file(const fs::path& path, const std::string& bytes) {
  const std::string temp = path.string() + ".tmp-" + std::to_string(::getpid());
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const bool written = done == bytes.size() && ::fsync(fd) == 0;
  if (::close(fd) != 0 || !written || std::rename(temp.c_str(), path.c_str()) != 0) {
    ::unlink(temp.c_str());
    return false;
  }
  return true;
}

}  // namespace

WatchState::WatchState(fs::path out_dir, Settings settings)
    : out_dir_(std::move(out_dir)), settings_(std::move(settings)) {}

WatchState WatchState::open(const fs::path& out_dir, const Settings& settings, std::string* warning) {
  WatchState state(out_dir, settings);
  state.changed_ = true;  // a fresh snapshot at every start: the journal always follows one
  const fs::path snapshot = out_dir / kSnapshotName;
  std::error_code ec;
  if (fs::exists(snapshot, ec)) {
    try {
      const json j = json::parse(read_whole(snapshot));
      if (j.at("schema") == kSchema && j.at("settings").get<Settings>() == settings) {
        for (const auto& item : j.at("drafts").items()) state.drafts_[item.key()] = record_from(item.value());
        state.apply_journal(warning);
      }
    } catch (const std::exception& e) {
      if (warning) *warning = snapshot.string() + " is unreadable (" + e.what() + "); every draft is judged again";
      state.drafts_.clear();
    }
  }
  for (auto it = state.drafts_.begin(); it != state.drafts_.end();) {
    it = state.reports_exist(it->second) ? std::next(it) : state.drafts_.erase(it);
  }
  (void)state.save();
  return state;
}

void WatchState::apply_journal(std::string* warning) {
  std::ifstream in(out_dir_ / kJournalName);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    try {
      const json j = json::parse(line);
      const std::string draft = j.at("path");
      drafts_.erase(draft);
      if (j.contains("removed")) continue;
      DraftRecord record = record_from(j.at("record"));
      if (reports_match(record)) drafts_[draft] = std::move(record);  // else killed before the renames
    } catch (const std::exception&) {
      // A line cut off by a kill: the draft it was for is judged again.
      if (warning) *warning = "an incomplete line in " + (out_dir_ / kJournalName).string() + " was ignored";
    }
  }
}

bool WatchState::reports_exist(const DraftRecord& record) const {
  for (const std::string& report : record.reports) {
    std::error_code ec;
    if (!fs::is_regular_file(out_dir_ / report, ec)) return false;
  }
  return true;
}

bool WatchState::reports_match(const DraftRecord& record) const {
  for (std::size_t i = 0; i < record.reports.size(); ++i) {
    const fs::path report = out_dir_ / record.reports[i];
    std::error_code ec;
    if (!fs::is_regular_file(report, ec) || sha256_hex(read_whole(report)) != record.report_sha256[i]) return false;
  }
  return true;
}

const DraftRecord* WatchState::find(const std::string& draft) const {
  auto it = drafts_.find(draft);
  return it == drafts_.end() ? nullptr : &it->second;
}

Outcome<void> WatchState::record(const std::string& draft, DraftRecord record) {
  const json line = {{"path", draft}, {"record", record_json(record)}};
  drafts_[draft] = std::move(record);
  changed_ = true;
  return append(line.dump());
}

Outcome<void> WatchState::forget(const std::string& draft) {
  drafts_.erase(draft);
  changed_ = true;
  return append(json{{"path", draft}, {"removed", true}}.dump());
}

Outcome<void> WatchState::append(const std::string& line) {
  const fs::path journal = out_dir_ / kJournalName;
  const int fd = ::open(journal.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return Failure::write_failed("cannot write " + journal.string());
  const std::string bytes = line + "\n";
  const bool written = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
  if (::close(fd) != 0 || !written) return Failure::write_failed("cannot write " + journal.string());
  return {};
}

Outcome<void> WatchState::save() {
  if (!changed_) return {};
  json drafts = json::object();
  for (const auto& [draft, record] : drafts_) drafts[draft] = record_json(record);
  const json j = {{"schema", kSchema}, {"settings", settings_}, {"drafts", drafts}};
  std::error_code ec;
  fs::create_directories(out_dir_, ec);
  const fs::path snapshot = out_dir_ / kSnapshotName;
  if (!replace_file(snapshot, j.dump(1) + "\n")) return Failure::write_failed("cannot write " + snapshot.string());
  fs::remove(out_dir_ / kJournalName, ec);
  changed_ = false;
  return {};
}

}  // namespace jamkoll

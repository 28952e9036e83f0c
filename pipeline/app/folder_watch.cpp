#include "app/folder_watch.h"

#include <filesystem>
#include <iostream>
#include <thread>

#include "app/atomic_output.h"
#include "app/document_checker.h"
#include "app/input_files.h"
#include "app/render_report.h"
#include "report/labels.h"

namespace jamkoll {
namespace fs = std::filesystem;

FolderWatch::FolderWatch(WatchSettings settings, std::shared_ptr<const Judge> judge)
    : settings_(std::move(settings)), judge_(std::move(judge)) {}

std::size_t FolderWatch::scan(bool require_stable) {
  std::size_t written = 0;
  for (const std::string& path : collect_inputs({settings_.in_dir}).files) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) continue;
    const long long mtime = fs::last_write_time(path, ec).time_since_epoch().count();
    if (ec) continue;
    Seen& seen = seen_[path];
    const bool same = seen.size == size && seen.mtime == mtime;
    if (same && seen.done) continue;               // already reported
    if (!same) seen = Seen{size, mtime, false};    // new or changed: wait for it to settle
    if (require_stable && !same) continue;
    report(path);
    seen.done = true;
    ++written;
  }
  return written;
}

void FolderWatch::run(std::chrono::milliseconds interval, const std::atomic<bool>& stop) {
  while (!stop) {
    scan(true);
    for (auto slept = std::chrono::milliseconds(0); slept < interval && !stop; slept += std::chrono::milliseconds(50)) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
}

void FolderWatch::report(const std::string& path) {
  const DocumentResult result = check_file(path, *judge_, settings_.read);
  const ReportContext context{&judge_->pack().pack, settings_.language};
  const fs::path relative = fs::relative(path, settings_.in_dir);
  const fs::path target = fs::path(settings_.out_dir) / relative;
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  for (const std::string& format : settings_.formats) {
    const std::string extension = format == "text" ? ".txt" : format == "junit" ? ".junit.xml" : "." + format;
    ReportOutput out(target.string() + extension);
    render_report(out.stream(), {result}, context, format);
    if (auto committed = out.commit(); !committed) {
      std::cerr << "jamkoll watch: " << committed.failure().message << "\n";
    }
  }
  std::cerr << "jamkoll watch: " << path;
  if (result.error) {
    std::cerr << ": " << result.error->code << ": " << result.error->message << "\n";
    return;
  }
  int counts[3] = {0, 0, 0};
  for (const TargetVerdict& t : result.verdict.targets) ++counts[static_cast<int>(t.status)];
  std::cerr << " → " << target.string() << " (" << counts[0] << " " << status_label(Status::kAddressed, settings_.language)
            << ", " << counts[1] << " " << status_label(Status::kMentioned, settings_.language) << ", " << counts[2] << " "
            << status_label(Status::kMissing, settings_.language) << ")\n";
}

}  // namespace jamkoll

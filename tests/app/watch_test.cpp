// `jamkoll watch IN_DIR OUT_DIR`: drafts dropped in get reports written beside their relative path.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::TempDir;
using Clock = std::chrono::steady_clock;

// Starts `jamkoll ARGS…` in the background, its stderr into `log`.
pid_t start_jamkoll(const std::vector<std::string>& args, const fs::path& log) {
  const pid_t pid = fork();
  if (pid != 0) return pid;
  const std::string bin = testing::binary().string();
  std::vector<char*> argv = {const_cast<char*>(bin.c_str())};
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  if (!freopen(log.c_str(), "w", stderr)) _exit(126);
  execv(bin.c_str(), argv.data());
  _exit(127);
}

int wait_exit_code(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Waits up to `limit` for `done()`. The bound is generous because CI runs these tests two at a time
// and again under the sanitizers; a passing wait returns as soon as the condition holds.
template <typename Condition>
bool wait_for(Condition done, std::chrono::milliseconds limit = std::chrono::milliseconds(30000)) {
  const auto until = Clock::now() + limit;
  while (!done()) {
    if (Clock::now() > until) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

std::size_t count_files(const fs::path& folder, const std::string& suffix) {
  std::size_t n = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) ++n;
  }
  return n;
}

std::size_t count_temp_files(const fs::path& folder) {
  std::size_t n = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename().string().find(".tmp-") != std::string::npos) ++n;
  }
  return n;
}

// What a downstream sync would look at: inode and modification time.
struct FileIdentity {
  ino_t inode = 0;
  long long mtime_ns = 0;
  bool operator==(const FileIdentity&) const = default;
};

FileIdentity identity(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  return {st.st_ino, st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec};
}

// "" until the child has opened it.
std::string read_log(const fs::path& log) { return fs::exists(log) ? testing::read_file(log) : ""; }

std::string status_of(const fs::path& report) {
  return json::parse(testing::read_file(report)).at("documents")[0].at("status");
}

void copy_drafts(const fs::path& folder, int count) {
  fs::create_directories(folder);
  for (int i = 0; i < count; ++i) {
    fs::copy_file(testing::source_dir() / "samples/komplett_strategi.docx", folder / ("utkast" + std::to_string(i) + ".docx"));
  }
}

TEST(Watch, OnceReportsEveryDraftInTheFolder) {
  TempDir dir;
  fs::create_directories(dir / "in" / "län");
  fs::copy_file(testing::source_dir() / "samples/komplett_strategi.docx", dir / "in" / "län" / "strategi.docx");
  testing::write_file(dir / "in" / "trasig.docx", "PK\x03\x04");
  testing::write_file(dir / "in" / "~$strategi.docx", "lock");
  const auto r = testing::run_jamkoll({"watch", "--once", (dir / "in").string(), (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const json report = json::parse(testing::read_file(dir / "out" / "län" / "strategi.docx.json"));
  EXPECT_EQ(report.at("documents")[0].at("status"), "ok");
  EXPECT_TRUE(fs::exists(dir / "out" / "län" / "strategi.docx.html"));
  EXPECT_EQ(json::parse(testing::read_file(dir / "out" / "trasig.docx.json")).at("documents")[0].at("status"), "error");
  EXPECT_FALSE(fs::exists(dir / "out" / "~$strategi.docx.json"));
}

TEST(Watch, ADraftDroppedInLaterIsReportedAndSigtermStops) {
  TempDir dir;
  fs::create_directories(dir / "in");
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    const std::string in = (dir / "in").string(), out = (dir / "out").string(), bin = testing::binary().string();
    freopen("/dev/null", "w", stderr);
    execl(bin.c_str(), bin.c_str(), "watch", "--interval", "0.1", "--format", "json", in.c_str(), out.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  // Written in two steps, as a slow copy would: the watch must wait for it to settle.
  const std::string bytes = testing::read_file(testing::source_dir() / "samples/tidigt_skelett.docx");
  testing::write_file(dir / "in" / "nytt.docx", bytes.substr(0, bytes.size() / 2));
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  testing::write_file(dir / "in" / "nytt.docx", bytes);
  const fs::path report = dir / "out" / "nytt.docx.json";
  for (int i = 0; i < 200 && !fs::exists(report); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ASSERT_TRUE(fs::exists(report));
  EXPECT_EQ(json::parse(testing::read_file(report)).at("documents")[0].at("status"), "ok");
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(Watch, MissingFolderAndUsage) {
  EXPECT_EQ(testing::run_jamkoll({"watch", "--once", "/finns/inte", "/tmp/ut"}).exit_code, 2);
  EXPECT_EQ(testing::run_jamkoll({"watch", "/tmp"}).exit_code, 64);
}

TEST(Watch, OutDirInsideInDirIsRefusedBeforeAnythingIsWritten) {
  TempDir dir;
  copy_drafts(dir / "in", 1);
  const auto inside = testing::run_jamkoll({"watch", "--once", (dir / "in").string(), (dir / "in" / "ut").string()});
  EXPECT_EQ(inside.exit_code, 64) << inside.err;
  EXPECT_NE(inside.err.find("overlap"), std::string::npos) << inside.err;
  EXPECT_FALSE(fs::exists(dir / "in" / "ut"));
  const auto same = testing::run_jamkoll({"watch", "--once", (dir / "in").string(), (dir / "in/.").string()});
  EXPECT_EQ(same.exit_code, 64) << same.err;
  const auto around = testing::run_jamkoll({"watch", "--once", (dir / "in").string(), dir.path().string()});
  EXPECT_EQ(around.exit_code, 64) << around.err;
  EXPECT_EQ(count_files(dir.path(), ".json"), 0u);
}

TEST(Watch, ReportsOfADeletedOrRenamedDraftAreRemovedWithALogLine) {
  TempDir dir;
  copy_drafts(dir / "in" / "län", 2);
  const std::vector<std::string> once = {"watch", "--once", (dir / "in").string(), (dir / "out").string()};
  ASSERT_EQ(testing::run_jamkoll(once).exit_code, 0);
  ASSERT_TRUE(fs::exists(dir / "out/län/utkast0.docx.json"));
  fs::remove(dir / "in/län/utkast0.docx");
  fs::rename(dir / "in/län/utkast1.docx", dir / "in/län/nytt_namn.docx");
  const auto r = testing::run_jamkoll(once);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (const char* gone : {"out/län/utkast0.docx.json", "out/län/utkast0.docx.html", "out/län/utkast1.docx.json",
                           "out/län/utkast1.docx.html"}) {
    EXPECT_FALSE(fs::exists(dir / gone)) << gone;
  }
  EXPECT_EQ(status_of(dir / "out/län/nytt_namn.docx.json"), "ok");
  EXPECT_NE(r.err.find("utkast0.docx is gone"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("utkast1.docx is gone"), std::string::npos) << r.err;
}

TEST(Watch, RemovedToMovesTheReportsOfAGoneDraftAside) {
  TempDir dir;
  copy_drafts(dir / "in" / "län", 1);
  const std::vector<std::string> once = {"watch",  "--once", "--removed-to", (dir / "borttagna").string(),
                                         (dir / "in").string(), (dir / "out").string()};
  ASSERT_EQ(testing::run_jamkoll(once).exit_code, 0);
  fs::remove(dir / "in/län/utkast0.docx");
  EXPECT_EQ(testing::run_jamkoll(once).exit_code, 0);
  EXPECT_FALSE(fs::exists(dir / "out/län/utkast0.docx.json"));
  EXPECT_EQ(status_of(dir / "borttagna/län/utkast0.docx.json"), "ok");
  EXPECT_TRUE(fs::exists(dir / "borttagna/län/utkast0.docx.html"));
}

TEST(Watch, ARestartRewritesOnlyWhatChangedAndKeepsAVersionedState) {
  TempDir dir;
  copy_drafts(dir / "in", 3);
  const std::vector<std::string> once = {"watch", "--once", (dir / "in").string(), (dir / "out").string()};
  ASSERT_EQ(testing::run_jamkoll(once).exit_code, 0);
  const FileIdentity untouched = identity(dir / "out/utkast0.docx.json");
  const FileIdentity touched = identity(dir / "out/utkast1.docx.html");
  const FileIdentity changed = identity(dir / "out/utkast2.docx.json");
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  fs::last_write_time(dir / "in/utkast1.docx", fs::file_time_type::clock::now());  // same bytes
  fs::copy_file(testing::source_dir() / "samples/tidigt_skelett.docx", dir / "in/utkast2.docx",
                fs::copy_options::overwrite_existing);
  const auto r = testing::run_jamkoll(once);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(identity(dir / "out/utkast0.docx.json"), untouched);
  EXPECT_EQ(identity(dir / "out/utkast1.docx.html"), touched);
  EXPECT_FALSE(identity(dir / "out/utkast2.docx.json") == changed);
  EXPECT_EQ(r.err.find("utkast0.docx →"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("utkast2.docx →"), std::string::npos) << r.err;

  const json state = json::parse(testing::read_file(dir / "out/.jamkoll-watch.json"));
  EXPECT_EQ(state.at("schema"), "jamkoll.watch-state/1");
  EXPECT_FALSE(state.at("settings").at("jamkoll_version").get<std::string>().empty());
  EXPECT_EQ(state.at("settings").at("pack_sha256").get<std::string>().size(), 64u);
  const json& draft = state.at("drafts").at("utkast2.docx");
  EXPECT_EQ(draft.at("size"), fs::file_size(dir / "in/utkast2.docx"));
  EXPECT_EQ(draft.at("sha256").get<std::string>().size(), 64u);
  EXPECT_EQ(draft.at("reports"), json::array({"utkast2.docx.json", "utkast2.docx.html"}));
  EXPECT_EQ(count_temp_files(dir / "out"), 0u);

  // Other settings: every report is made again.
  const auto english = testing::run_jamkoll({"watch", "--once", "--lang", "en", (dir / "in").string(), (dir / "out").string()});
  EXPECT_EQ(english.exit_code, 0) << english.err;
  EXPECT_FALSE(identity(dir / "out/utkast0.docx.json") == untouched);
}

TEST(Watch, StaleTemporaryFilesAreRemovedAtStart) {
  TempDir dir;
  copy_drafts(dir / "in", 1);
  fs::create_directories(dir / "out" / "län");
  // PIDs above the kernel's pid_max (4194304 at most) are never running.
  testing::write_file(dir / "out/län/utkast.docx.json.tmp-999999999", "{\"halv");
  testing::write_file(dir / "out/.jamkoll-watch.json.tmp-999999998", "{");
  const std::string alive = "out/annan.json.tmp-" + std::to_string(::getpid());  // a running writer's
  testing::write_file(dir / alive, "pågår");
  const auto r = testing::run_jamkoll({"watch", "--once", (dir / "in").string(), (dir / "out").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out/län/utkast.docx.json.tmp-999999999"));
  EXPECT_FALSE(fs::exists(dir / "out/.jamkoll-watch.json.tmp-999999998"));
  EXPECT_TRUE(fs::exists(dir / alive));
  EXPECT_NE(r.err.find("removed 2 temporary file"), std::string::npos) << r.err;
}

TEST(Watch, OnceExitsTwoWhenAReportCannotBeWritten) {
  TempDir dir;
  fs::create_directories(dir / "in" / "län");
  testing::write_file(dir / "in/län/utkast.txt", "Strategi för jämställdhet\n\nVi arbetar med våld.\n");
  testing::write_file(dir / "in/annat.txt", "Strategi\n");
  fs::create_directories(dir / "out");
  testing::write_file(dir / "out/län", "a file where the report folder should be");
  const std::vector<std::string> once = {"watch", "--once", (dir / "in").string(), (dir / "out").string()};
  const auto r = testing::run_jamkoll(once);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("utkast.txt: report not written"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(dir / "out/annat.txt.json"));  // the others are written
  fs::remove(dir / "out/län");
  const auto again = testing::run_jamkoll(once);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(fs::exists(dir / "out/län/utkast.txt.json"));
}

TEST(Watch, AFailedWriteIsTriedAgainWithBackOff) {
  TempDir dir;
  fs::create_directories(dir / "in" / "län");
  testing::write_file(dir / "in/län/utkast.txt", "Strategi för jämställdhet\n");
  fs::create_directories(dir / "out");
  testing::write_file(dir / "out/län", "blocks the report folder");
  const pid_t pid = start_jamkoll({"watch", "--interval", "0.05", "--format", "json", (dir / "in").string(),
                                   (dir / "out").string()},
                                  dir / "log");
  ASSERT_GT(pid, 0);
  EXPECT_TRUE(wait_for([&] { return read_log(dir / "log").find("report not written") != std::string::npos; }));
  fs::remove(dir / "out/län");
  EXPECT_TRUE(wait_for([&] { return fs::exists(dir / "out/län/utkast.txt.json"); }));
  kill(pid, SIGTERM);
  EXPECT_EQ(wait_exit_code(pid), 0);
}

TEST(Watch, SigtermStopsAfterTheCurrentDraft) {
  TempDir dir;
  constexpr int kDrafts = 400;
  copy_drafts(dir / "in", kDrafts);
  const pid_t pid = start_jamkoll({"watch", "--interval", "0.05", "--format", "json", (dir / "in").string(),
                                   (dir / "out").string()},
                                  dir / "log");
  ASSERT_GT(pid, 0);
  ASSERT_TRUE(wait_for([&] { return count_files(dir / "out", ".docx.json") > 0; }));
  kill(pid, SIGTERM);
  const auto asked = Clock::now();
  EXPECT_EQ(wait_exit_code(pid), 0);
  EXPECT_LT(Clock::now() - asked, std::chrono::milliseconds(1000));
  EXPECT_LT(count_files(dir / "out", ".docx.json"), static_cast<std::size_t>(kDrafts));
  EXPECT_EQ(count_temp_files(dir / "out"), 0u);
}

TEST(Watch, AWriterPausingLongerThanTwoIntervalsGetsNoErrorReport) {
  TempDir dir;
  fs::create_directories(dir / "in");
  const pid_t pid = start_jamkoll({"watch", "--interval", "0.1", "--format", "json", (dir / "in").string(),
                                   (dir / "out").string()},
                                  dir / "log");
  ASSERT_GT(pid, 0);
  const std::string bytes = testing::read_file(testing::source_dir() / "samples/komplett_strategi.docx");
  testing::write_file(dir / "in/långsam.docx", bytes.substr(0, bytes.size() / 2));
  const fs::path report = dir / "out/långsam.docx.json";
  // The writer pauses 0.35 s (3.5 intervals): the half file is stable but unreadable.
  EXPECT_FALSE(wait_for([&] { return fs::exists(report); }, std::chrono::milliseconds(350)))
      << testing::read_file(report);
  testing::write_file(dir / "in/långsam.docx", bytes);
  ASSERT_TRUE(wait_for([&] { return fs::exists(report); }));
  EXPECT_EQ(status_of(report), "ok");
  kill(pid, SIGTERM);
  EXPECT_EQ(wait_exit_code(pid), 0);
}

// Under ThreadSanitizer CI runs Watch.* only; this one starts the binary three times on 200 drafts.
TEST(WatchKill, KillNineMidwayThenRestartLosesDuplicatesAndRewritesNothing) {
  TempDir dir;
  constexpr std::size_t kDrafts = 200;
  copy_drafts(dir / "in" / "län", kDrafts / 2);
  copy_drafts(dir / "in" / "kommun", kDrafts / 2);
  const std::vector<std::string> args = {"watch", "--once", "--format", "json,html", (dir / "in").string(),
                                         (dir / "out").string()};
  const pid_t pid = start_jamkoll(args, dir / "log");
  ASSERT_GT(pid, 0);
  ASSERT_TRUE(wait_for([&] { return count_files(dir / "out", ".docx.html") >= kDrafts / 3; },
                       std::chrono::milliseconds(90000)));
  kill(pid, SIGKILL);
  wait_exit_code(pid);
  const std::size_t before = count_files(dir / "out", ".docx.html");
  ASSERT_LT(before, kDrafts) << "the watch finished before the kill: make the drafts slower";
  std::map<fs::path, FileIdentity> written;
  for (const auto& entry : fs::recursive_directory_iterator(dir / "out")) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name[0] != '.' && name.find(".tmp-") == std::string::npos) {
      written[entry.path()] = identity(entry.path());
    }
  }

  const auto r = testing::run_jamkoll(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::size_t reports = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir / "out")) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name == ".jamkoll-watch.json") continue;
    ++reports;
    EXPECT_EQ(name.find(".tmp-"), std::string::npos) << entry.path();
  }
  EXPECT_EQ(reports, 2 * kDrafts);  // every draft has its two reports, nothing more
  std::size_t rewritten = 0;
  for (const auto& [path, before_kill] : written) rewritten += identity(path) == before_kill ? 0 : 1;
  EXPECT_EQ(rewritten, 0u) << "of " << written.size();
  for (const char* folder : {"län", "kommun"}) {
    for (std::size_t i = 0; i < kDrafts / 2; ++i) {
      const fs::path report = dir / "out" / folder / ("utkast" + std::to_string(i) + ".docx.json");
      ASSERT_TRUE(fs::exists(report)) << report;
      EXPECT_EQ(status_of(report), "ok") << report;
    }
  }
  // A third run finds nothing to do.
  const auto third = testing::run_jamkoll(args);
  EXPECT_EQ(third.exit_code, 0);
  EXPECT_EQ(third.err.find(" → "), std::string::npos) << third.err;
}

}  // namespace
}  // namespace jamkoll

// `jamkoll watch IN_DIR OUT_DIR`: drafts dropped in get reports written beside their relative path.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::TempDir;

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

}  // namespace
}  // namespace jamkoll

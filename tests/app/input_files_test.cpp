// The directory walk of `jamkoll check` (and the watch folder): nothing is skipped without a
// word. Unreadable folders, Office files jamkoll cannot read and files without read permission
// become error entries; a path named twice counts once.
#include <fcntl.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "app/input_files.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::TempDir;

constexpr fs::perms kOpen = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                           fs::perms::others_read | fs::perms::others_exec;

// Runs jamkoll as a user without special rights, so that permissions hold (tests often run as
// root, which reads everything): as "nobody" when we are root, else as ourselves. The binary is
// copied into `dir` (which must be open to others) so that "nobody" can run it wherever the
// build tree is.
testing::CommandResult run_jamkoll_unprivileged(const std::vector<std::string>& args, const TempDir& dir) {
  const fs::path out = dir / "stdout", err = dir / "stderr", bin_copy = dir / "jamkoll";
  fs::copy_file(testing::binary(), bin_copy, fs::copy_options::overwrite_existing);
  fs::permissions(bin_copy, kOpen);
  const int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  const int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  const pid_t pid = fork();
  if (pid == 0) {
    if (::dup2(out_fd, 1) < 0 || ::dup2(err_fd, 2) < 0) _exit(126);
    if (::getuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)) _exit(125);
    const std::string bin = bin_copy.string();
    std::vector<char*> argv = {const_cast<char*>(bin.c_str())};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  ::close(out_fd);
  ::close(err_fd);
  int status = 0;
  waitpid(pid, &status, 0);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, testing::read_file(out), testing::read_file(err)};
}

const json& document(const json& report, const std::string& path) {
  for (const json& d : report.at("documents")) {
    if (d.at("path") == path) return d;
  }
  static const json none;
  ADD_FAILURE() << "no document " << path << " in " << report.dump(1);
  return none;
}

std::string error_code(const json& d) { return d.is_null() ? "" : d.at("error").at("code").get<std::string>(); }

TEST(InputWalk, AnUnreadableSubfolderIsAnErrorEntryNotAllComplete) {
  TempDir dir;
  fs::permissions(dir.path(), kOpen);  // reachable for "nobody"
  fs::create_directories(dir / "in" / "låst");
  fs::copy_file(testing::source_dir() / "samples/komplett_strategi.docx", dir / "in/strategi.docx");
  fs::copy_file(testing::source_dir() / "samples/komplett_strategi.docx", dir / "in/låst/dold.docx");
  fs::permissions(dir / "in/låst", fs::perms::none);
  const std::string in = (dir / "in").string();
  const auto r = run_jamkoll_unprivileged({"check", "--format", "json", in}, dir);
  fs::permissions(dir / "in/låst", fs::perms::owner_all);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const json report = json::parse(r.out);
  EXPECT_EQ(document(report, in + "/strategi.docx").at("status"), "ok");
  const json& folder = document(report, in + "/låst");
  EXPECT_EQ(error_code(folder), "permission-denied");
  EXPECT_NE(r.err.find("låst: permission-denied"), std::string::npos) << r.err;
}

TEST(InputWalk, AFileWithoutReadPermissionIsPermissionDeniedNotNotFound) {
  TempDir dir;
  fs::permissions(dir.path(), kOpen);
  testing::write_file(dir / "hemlig.txt", "Strategi\n");
  fs::permissions(dir / "hemlig.txt", fs::perms::owner_write);
  const auto r = run_jamkoll_unprivileged({"check", "--format", "json", (dir / "hemlig.txt").string()}, dir);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(error_code(document(json::parse(r.out), (dir / "hemlig.txt").string())), "permission-denied");
  const auto missing = testing::run_jamkoll({"check", "--format", "json", (dir / "finns_inte.txt").string()});
  EXPECT_EQ(error_code(document(json::parse(missing.out), (dir / "finns_inte.txt").string())), "not-found");
}

TEST(InputWalk, OfficeFilesInAFolderGetTheAdviceTheyGetWhenNamedAlone) {
  TempDir dir;
  fs::create_directories(dir / "in");
  fs::copy_file(testing::source_dir() / "samples/komplett_strategi.docx", dir / "in/strategi.docx");
  testing::write_file(dir / "in/gammal.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0'));
  testing::write_file(dir / "in/brev.rtf", "{\\rtf1\\ansi Strategi}");
  testing::write_file(dir / "in/budget.xlsx", "not really a spreadsheet");
  testing::write_file(dir / "in/anteckning.bak", "not an Office file: skipped");
  const auto walked = testing::run_jamkoll({"check", "--format", "json", (dir / "in").string()});
  EXPECT_EQ(walked.exit_code, 2) << walked.err;
  const json report = json::parse(walked.out);
  EXPECT_EQ(report.at("documents").size(), 4u);
  for (const char* name : {"gammal.doc", "brev.rtf", "budget.xlsx"}) {
    const std::string path = (dir / "in" / name).string();
    const json& in_walk = document(report, path);
    const json alone = document(json::parse(testing::run_jamkoll({"check", "--format", "json", path}).out), path);
    EXPECT_EQ(in_walk.at("status"), "error") << name;
    EXPECT_EQ(in_walk.at("error"), alone.at("error")) << name;
  }
  EXPECT_NE(document(report, (dir / "in/gammal.doc").string()).at("error").at("message").get<std::string>().find("docx"),
            std::string::npos);
}

TEST(InputWalk, InputFormatPdfIsAccepted) {
  const std::string pdf = (testing::source_dir() / "samples/aktivitetsplan_pdf.pdf").string();
  const auto r = testing::run_jamkoll({"check", "--format", "json", "--input-format", "pdf", pdf});
  EXPECT_NE(r.exit_code, 64) << r.err;
  EXPECT_EQ(document(json::parse(r.out), pdf).at("format"), "pdf");
  EXPECT_EQ(testing::run_jamkoll({"check", "--input-format", "rtf", pdf}).exit_code, 64);
}

TEST(InputWalk, AFolderNamedTwoWaysCountsOnce) {
  TempDir dir;
  fs::create_directories(dir / "samples");
  testing::write_file(dir / "samples/a.txt", "Strategi\n");
  testing::write_file(dir / "samples/b.md", "# Strategi\n");
  const std::string plain = (dir / "samples").string();
  const InputList inputs = collect_inputs({plain + "/", dir.path().string() + "/./samples/", plain + "//a.txt"});
  EXPECT_EQ(inputs.files, (std::vector<std::string>{plain + "/a.txt", plain + "/b.md"}));
  const auto r = testing::run_jamkoll({"check", "--format", "json", plain + "/", dir.path().string() + "/./samples"});
  EXPECT_EQ(json::parse(r.out).at("documents").size(), 2u) << r.out;
}

TEST(InputWalk, RelativePathsAreNormalisedToo) {
  const fs::path was = fs::current_path();
  fs::current_path(testing::source_dir());
  const InputList twice = collect_inputs({"samples/", "./samples", "./samples/komplett_strategi.docx"});
  const InputList once = collect_inputs({"samples"});
  fs::current_path(was);
  ASSERT_FALSE(once.files.empty());
  EXPECT_EQ(twice.files, once.files);
  EXPECT_EQ(once.files.front().rfind("samples/", 0), 0u) << once.files.front();
}

}  // namespace
}  // namespace jamkoll

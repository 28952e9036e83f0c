// --quiet silences what went well (the copy written, the drafts a watch reported, its start and
// stop), never warnings or errors.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace jamkoll {
namespace {

using testing::run_jamkoll;
using testing::sample;
using testing::TempDir;

TEST(Quiet, AnnotateWritesTheCopyWithoutSayingSo) {
  TempDir dir;
  const auto loud = run_jamkoll({"annotate", sample("tidigt_skelett.docx"), "-o", (dir / "a.docx").string()});
  EXPECT_NE(loud.err.find("jamkoll: skrev "), std::string::npos) << loud.err;
  const auto quiet = run_jamkoll({"annotate", "--quiet", sample("tidigt_skelett.docx"), "-o", (dir / "b.docx").string()});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
  EXPECT_TRUE(std::filesystem::exists(dir / "b.docx"));
  // Errors are still said.
  const auto missing = run_jamkoll({"annotate", "--quiet", (dir / "nej.docx").string(), "-o", (dir / "c.docx").string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("not-found"), std::string::npos) << missing.err;
}

TEST(Quiet, CheckKeepsErrors) {
  const auto r = run_jamkoll({"check", "--quiet", sample("komplett_strategi.docx"), sample("no-such-draft.docx")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no-such-draft.docx: not-found"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, run_jamkoll({"check", sample("komplett_strategi.docx"), sample("no-such-draft.docx")}).out);
}

// check's progress line is drawn only on a terminal: run it under script(1)'s pseudo-terminal,
// with the report itself sent to /dev/null, so that what the terminal shows is stderr alone.
std::string terminal_stderr(const std::string& options) {
  TempDir dir;
  const std::string command = testing::binary().string() + " check " + options + " '" + sample("komplett_strategi.docx") +
                              "' '" + sample("tidigt_skelett.docx") + "' >/dev/null";
  const std::string shell = "script -qec \"" + command + "\" /dev/null >'" + (dir / "tty").string() + "' 2>&1";
  (void)std::system(shell.c_str());  // the check's own exit code (1: a draft with gaps)
  return testing::read_file(dir / "tty");
}

TEST(Quiet, CheckDrawsNoProgressOnATerminal) {
  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "script(1) is not installed";
  EXPECT_NE(terminal_stderr("").find("2/2 filer"), std::string::npos) << "the progress line is drawn without --quiet";
  EXPECT_EQ(terminal_stderr("--quiet"), "");
}

TEST(Quiet, WatchLogsOnlyFailures) {
  TempDir dir;
  std::filesystem::create_directories(dir / "in");
  std::filesystem::copy_file(sample("tidigt_skelett.docx"), dir / "in" / "utkast.docx");
  testing::write_file(dir / "in" / "trasig.docx", "inte en zip");
  const auto loud = run_jamkoll({"watch", "--once", (dir / "in").string(), (dir / "out1").string()});
  EXPECT_EQ(loud.exit_code, 0) << loud.err;
  EXPECT_NE(loud.err.find("utkast.docx → "), std::string::npos) << loud.err;
  EXPECT_NE(loud.err.find("trasig.docx: "), std::string::npos) << loud.err;
  const auto quiet = run_jamkoll({"watch", "--once", "--quiet", (dir / "in").string(), (dir / "out2").string()});
  EXPECT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_EQ(quiet.err.find("utkast.docx"), std::string::npos) << quiet.err;
  EXPECT_NE(quiet.err.find("trasig.docx: "), std::string::npos) << quiet.err;
  EXPECT_TRUE(std::filesystem::exists(dir / "out2" / "utkast.docx.json")) << "reports are still written";
}

}  // namespace
}  // namespace jamkoll

// "-" as a draft path: the draft is read from standard input, within the same size limit as a
// file, its format detected as for a file (helped by --name's extension) or given by
// --input-format, and reported under --name (default "-").
#include "app/standard_input.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace jamkoll {
namespace {

using nlohmann::json;
using testing::run_jamkoll;
using testing::sample;
using testing::TempDir;

// read_bounded() on a file of `size` bytes.
Outcome<std::string> read_file_of(std::size_t size, std::uint64_t max_bytes) {
  TempDir dir;
  testing::write_file(dir / "in", std::string(size, 'a'));
  const int fd = ::open((dir / "in").c_str(), O_RDONLY);
  auto read = read_bounded(fd, max_bytes);
  ::close(fd);
  return read;
}

TEST(StandardInput, ReadsEverythingUpToTheLimit) {
  auto exactly = read_file_of(3u << 20, 3u << 20);
  ASSERT_TRUE(exactly) << exactly.failure().message;
  EXPECT_EQ(exactly->size(), 3u << 20);

  auto refused = read_file_of((3u << 20) + 1, 3u << 20);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.failure().code, "too-large");
  EXPECT_NE(refused.failure().message.find("3 MiB (--max-file-size)"), std::string::npos) << refused.failure().message;

  auto nothing = read_file_of(0, 10);
  ASSERT_TRUE(nothing);
  EXPECT_EQ(*nothing, "");

  // A folder cannot be read: an error, not an empty draft.
  TempDir dir;
  const int fd = ::open(dir.path().c_str(), O_RDONLY | O_DIRECTORY);
  auto folder = read_bounded(fd, 10);
  ::close(fd);
  ASSERT_FALSE(folder);
  EXPECT_EQ(folder.failure().code, "not-found");
  EXPECT_NE(folder.failure().message.find("standard input could not be read"), std::string::npos);
}

TEST(StandardInput, NameIsDashUnlessGivenAndOnlyWithDash) {
  ParsedArguments args;
  ASSERT_TRUE(standard_input_name(args, true));
  EXPECT_EQ(*standard_input_name(args, true), "-");
  args.values["--name"] = "utkast.docx";
  ASSERT_TRUE(standard_input_name(args, true));
  EXPECT_EQ(*standard_input_name(args, true), "utkast.docx");
  ASSERT_FALSE(standard_input_name(args, false));
  EXPECT_EQ(standard_input_name(args, false).failure().code, "usage");
  args.values["--name"] = "";
  EXPECT_FALSE(standard_input_name(args, true));
}

// The JSON report's documents, without the path (which depends on how the draft was named).
json without_paths(const std::string& report) {
  json documents = json::parse(report).at("documents");
  for (json& d : documents) d.erase("path");
  return documents;
}

TEST(StandardInputCommand, CheckJudgesStdinAsTheFile) {
  const std::string draft = sample("tidigt_skelett.docx");
  const auto from_file = run_jamkoll({"check", "--format", "json", draft});
  const auto from_stdin = run_jamkoll({"check", "--format", "json", "-"}, draft);
  EXPECT_EQ(from_stdin.exit_code, from_file.exit_code);
  EXPECT_EQ(from_stdin.exit_code, 1) << from_stdin.err;
  EXPECT_EQ(without_paths(from_stdin.out), without_paths(from_file.out));
  EXPECT_EQ(json::parse(from_stdin.out).at("documents")[0].at("path"), "-");
  EXPECT_EQ(json::parse(from_stdin.out).at("documents")[0].at("format"), "docx");

  const auto named = run_jamkoll({"check", "--format", "json", "--name", "Utkast för Gävleborg.docx", "-"}, draft);
  EXPECT_EQ(json::parse(named.out).at("documents")[0].at("path"), "Utkast för Gävleborg.docx");
  // In the text report too.
  const auto text = run_jamkoll({"check", "--name", "Utkast för Gävleborg.docx", "-"}, draft);
  EXPECT_NE(text.out.find("Utkast för Gävleborg.docx"), std::string::npos) << text.out;
}

TEST(StandardInputCommand, TheNamesExtensionAndInputFormatChooseTheReader) {
  TempDir dir;
  testing::write_file(dir / "utkast", "# Jämställdhet\n\nLänsstyrelsen ska analysera lönegapet.\n");
  const auto plain = run_jamkoll({"check", "--format", "json", "-"}, dir / "utkast");
  EXPECT_EQ(json::parse(plain.out).at("documents")[0].at("format"), "txt") << plain.err;
  const auto markdown = run_jamkoll({"check", "--format", "json", "--name", "utkast.md", "-"}, dir / "utkast");
  EXPECT_EQ(json::parse(markdown.out).at("documents")[0].at("format"), "md") << markdown.err;
  const auto forced = run_jamkoll({"check", "--format", "json", "--input-format", "md", "-"}, dir / "utkast");
  EXPECT_EQ(json::parse(forced.out).at("documents")[0].at("format"), "md") << forced.err;
}

TEST(StandardInputCommand, StdinComesFirstBesideFiles) {
  const auto r = run_jamkoll({"check", "--format", "json", sample("komplett_strategi.docx"), "-"},
                             sample("tidigt_skelett.docx"));
  const json documents = json::parse(r.out).at("documents");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].at("path"), "-");
  EXPECT_NE(documents[1].at("path").get<std::string>().find("komplett_strategi.docx"), std::string::npos);
}

TEST(StandardInputCommand, OverTheLimitIsUnreadable) {
  TempDir dir;
  testing::write_file(dir / "big.txt", std::string((1u << 20) + 10, 'a'));
  const auto r = run_jamkoll({"check", "--format", "json", "--max-file-size", "1", "-"}, dir / "big.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("jamkoll: -: too-large: standard input holds more than the limit of 1 MiB (--max-file-size)"),
            std::string::npos)
      << r.err;
  const json document = json::parse(r.out).at("documents")[0];
  EXPECT_EQ(document.at("status"), "error");
  EXPECT_EQ(document.at("error").at("code"), "too-large");
  // The same for extract and annotate.
  EXPECT_EQ(run_jamkoll({"extract", "--max-file-size", "1", "-"}, dir / "big.txt").exit_code, 2);
  const auto annotate = run_jamkoll({"annotate", "--max-file-size", "1", "-o", (dir / "k.docx").string(), "-"}, dir / "big.txt");
  EXPECT_EQ(annotate.exit_code, 2);
  EXPECT_NE(annotate.err.find("too-large"), std::string::npos) << annotate.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "k.docx"));
  // An empty standard input is not a document.
  const auto empty = run_jamkoll({"check", "-"});
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_NE(empty.err.find("jamkoll: -: not-a-document"), std::string::npos) << empty.err;
}

TEST(StandardInputCommand, UsageErrors) {
  const std::string draft = sample("tidigt_skelett.docx");
  const auto twice = run_jamkoll({"check", "-", "-"}, draft);
  EXPECT_EQ(twice.exit_code, 64);
  EXPECT_NE(twice.err.find("- (standard input) can be named once"), std::string::npos) << twice.err;
  const auto name_without_dash = run_jamkoll({"check", "--name", "x.docx", draft});
  EXPECT_EQ(name_without_dash.exit_code, 64);
  EXPECT_NE(name_without_dash.err.find("--name goes with -"), std::string::npos) << name_without_dash.err;
  EXPECT_EQ(run_jamkoll({"extract", "--name", "x.docx", draft}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"check", "--name", "", "-"}, draft).exit_code, 64);
  const auto annotate = run_jamkoll({"annotate", "-"}, draft);
  EXPECT_EQ(annotate.exit_code, 64);
  EXPECT_NE(annotate.err.find("behöver -o KOPIA"), std::string::npos) << annotate.err;
}

TEST(StandardInputCommand, ExtractReadsStdinUnderItsName) {
  const std::string draft = sample("komplett_strategi.docx");
  const auto file = run_jamkoll({"extract", "--format", "json", draft});
  const auto in = run_jamkoll({"extract", "--format", "json", "--name", "k.docx", "-"}, draft);
  ASSERT_EQ(in.exit_code, 0) << in.err;
  json a = json::parse(file.out), b = json::parse(in.out);
  EXPECT_EQ(b.at("path"), "k.docx");
  a.erase("path");
  b.erase("path");
  EXPECT_EQ(a, b);
}

TEST(StandardInputCommand, AnnotateWritesTheCopyOfStdin) {
  TempDir dir;
  const std::string draft = sample("tidigt_skelett.docx");
  const auto from_file = run_jamkoll({"annotate", draft, "-o", (dir / "a.docx").string()});
  const auto from_stdin = run_jamkoll({"annotate", "-o", (dir / "b.docx").string(), "-"}, draft);
  ASSERT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  ASSERT_EQ(from_file.exit_code, 0) << from_file.err;
  // The copies judge the same (their bytes may differ: each comment carries the time it was written).
  json a = without_paths(run_jamkoll({"check", "--format", "json", (dir / "a.docx").string()}).out);
  json b = without_paths(run_jamkoll({"check", "--format", "json", (dir / "b.docx").string()}).out);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].at("targets"), a[0].at("targets"));
  EXPECT_EQ(b[0].at("format"), "docx");
}

}  // namespace
}  // namespace jamkoll

// Helpers shared by the tests: paths into the source tree, temporary folders, running the jamkoll
// binary as a user would.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace jamkoll::testing {

std::filesystem::path source_dir();  // the repository root
std::filesystem::path binary();      // build/jamkoll
std::filesystem::path pdf_binary();  // build/jamkoll-pdf, the PDF child
std::string sample(const std::string& name);  // samples/NAME, as a path string
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& bytes);

// A fresh empty folder, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs build/jamkoll with `args` (each shell-quoted), capturing stdout and stderr apart; standard
// input is the file `input` (nothing by default).
CommandResult run_jamkoll(const std::vector<std::string>& args, const std::filesystem::path& input = "/dev/null");
// The same for any program (`ldd`, build/jamkoll-pdf).
CommandResult run_program(const std::filesystem::path& program, const std::vector<std::string>& args,
                          const std::filesystem::path& input = "/dev/null");

// Writes a zip archive with the given members (name, bytes), deflated, via libzip.
void write_zip(const std::filesystem::path& path, const std::vector<std::pair<std::string, std::string>>& members,
               bool store_uncompressed = false);

// A minimal valid DOCX whose body is `body_xml` (w:p elements), plus extra parts.
std::vector<std::pair<std::string, std::string>> minimal_docx(const std::string& body_xml);

// An RFC 4180 reader for the CSV reports: fields may be quoted, quotes doubled, separators and line
// breaks inside quotes; rows end with CRLF or LF; a leading UTF-8 BOM is skipped.
std::vector<std::vector<std::string>> parse_csv(std::string text, char separator);

}  // namespace jamkoll::testing

// A batch of 1 000 files with 10 % broken ones: every good file is reported, every broken one gets
// its error entry, and the run exits 2. A PDF that stalls poppler costs its own entry only.
#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::TempDir;

TEST(Batch, ThousandFilesWithTenPercentBrokenAreAllReported) {
  TempDir dir;
  const fs::path good = testing::source_dir() / "tests/fixtures/docx/tables.docx";
  const std::string bytes = testing::read_file(good);
  // The broken kinds, each with the error code it must get.
  const std::vector<std::pair<std::string, std::string>> broken = {
      {bytes.substr(0, bytes.size() / 3), "corrupt-zip"},
      {"", "not-a-document"},
      {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + std::string(600, '\0'), "unsupported-format"},
      {"%PDF-1.7\n%âãÏÓ\n", "corrupt-pdf"},
  };
  std::map<std::string, std::string> expected_error;
  for (int i = 0; i < 1000; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "utkast_%04d.docx", i);
    if (i % 10 == 3) {
      const auto& [content, code] = broken[static_cast<std::size_t>(i / 10) % broken.size()];
      testing::write_file(dir / name, content);
      expected_error[(dir / name).string()] = code;
    } else {
      fs::copy_file(good, dir / name);
    }
  }
  const auto r = testing::run_jamkoll({"check", "--format", "jsonl", "-j", "2", dir.path().string()});
  EXPECT_EQ(r.exit_code, 2);
  std::istringstream lines(r.out);
  std::string line;
  std::size_t ok = 0, errors = 0, total = 0;
  std::string previous;
  while (std::getline(lines, line)) {
    const json d = json::parse(line);
    const std::string path = d.at("path");
    EXPECT_LT(previous, path);  // sorted by path
    previous = path;
    ++total;
    if (expected_error.count(path)) {
      ++errors;
      EXPECT_EQ(d.at("status"), "error") << path;
      EXPECT_EQ(d.at("error").at("code"), expected_error.at(path)) << path;
    } else {
      ok += d.at("status") == "ok" && d.at("targets").size() >= 15;
    }
  }
  EXPECT_EQ(total, 1000u);
  EXPECT_EQ(ok, 900u);
  EXPECT_EQ(errors, 100u);
}

// A small PDF that keeps poppler busy for long: the same words drawn 20 000 times on one spot
// (poppler merges text quadratically; 20 s here, half an hour at 200 000).
std::string stalling_pdf() {
  std::string content;
  for (int i = 0; i < 20000; ++i) content += "BT /F1 12 Tf 72 720 Td (Kvinnor och m\xE4n) Tj ET\n";
  return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
         "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
         "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
         "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
         "4 0 obj << /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream\nendobj\n"
         "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
         "trailer << /Root 1 0 R >>\n%%EOF\n";
}

TEST(Batch, APdfThatStallsTheReaderIsATimeoutAndTheRestIsReported) {
  TempDir dir;
  testing::write_file(dir / "a_fastnar.pdf", stalling_pdf());
  fs::copy_file(testing::source_dir() / "samples/komplett_strategi.docx", dir / "b_strategi.docx");
  const auto start = std::chrono::steady_clock::now();
  const auto r = testing::run_jamkoll({"check", "--format", "json", "--pdf-timeout", "1", dir.path().string()});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(15));  // not the 20 s poppler wants
  EXPECT_EQ(r.exit_code, 2);
  const json documents = json::parse(r.out).at("documents");
  ASSERT_EQ(documents.size(), 2u);
  EXPECT_EQ(documents[0].at("error").at("code"), "timeout");
  EXPECT_EQ(documents[1].at("status"), "ok");
}

}  // namespace
}  // namespace jamkoll

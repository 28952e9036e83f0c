// `jamkoll annotate`: the reviewed copy from the command line — what is written, what is refused,
// and that the copy checks and extracts like the draft.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "ingest/limits.h"
#include "ingest/zip_archive.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::run_jamkoll;
using testing::source_dir;
using testing::TempDir;

std::string sample(const std::string& name) { return (source_dir() / name).string(); }

std::size_t count_of(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

std::string member(const fs::path& zip, const std::string& name) {
  const std::string bytes = testing::read_file(zip);
  auto archive = ZipArchive::open(bytes, ReadLimits{});
  if (!archive || !(*archive)->contains(name)) return "";
  auto read = (*archive)->read(name);
  return read ? *read : "";
}

json targets_of(const std::string& path) {
  const auto r = run_jamkoll({"check", "--format", "json", path});
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  return json::parse(r.out).at("documents").at(0).at("targets");
}

json blocks_of(const std::string& path) {
  const auto r = run_jamkoll({"extract", "--format", "json", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return json::parse(r.out).at("blocks");
}

bool only_entries(const fs::path& dir, const std::set<std::string>& names) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!names.count(entry.path().filename().string())) return false;
  }
  return true;
}

TEST(AnnotateCommand, TheCopyChecksAndExtractsLikeTheDraft) {
  TempDir dir;
  for (const char* draft :
       {"samples/tidigt_skelett.docx", "samples/sparade_andringar.docx", "tests/fixtures/docx/comments.docx",
        "tests/fixtures/docx/tracked_changes.docx", "samples/utfyllnad_under_rubriker.docx"}) {
    SCOPED_TRACE(draft);
    const std::string copy = (dir / "kopia.docx").string();
    const auto r = run_jamkoll({"annotate", sample(draft), "-o", copy});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(r.out.empty());  // stdout carries reports only
    EXPECT_EQ(targets_of(copy), targets_of(sample(draft)));
    EXPECT_EQ(blocks_of(copy), blocks_of(sample(draft)));
    EXPECT_TRUE(only_entries(dir.path(), {"kopia.docx"}));  // no temporary file left behind
  }
}

TEST(AnnotateCommand, WritesDraftGranskadBesideTheDraftByDefault) {
  TempDir dir;
  fs::copy_file(sample("samples/tidigt_skelett.docx"), dir / "utkast.docx");
  const auto r = run_jamkoll({"annotate", (dir / "utkast.docx").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_TRUE(fs::exists(dir / "utkast.granskad.docx"));
  const std::string comments = member(dir / "utkast.granskad.docx", "word/comments.xml");
  EXPECT_NE(comments.find("w:author=\"jamkoll\""), std::string::npos);
  EXPECT_NE(comments.find("w:initials=\"JK\""), std::string::npos);
  EXPECT_EQ(testing::read_file(dir / "utkast.docx"), testing::read_file(sample("samples/tidigt_skelett.docx")));
}

TEST(AnnotateCommand, AnOdtDraftGetsAnOdtCopyWithAnnotations) {
  TempDir dir;
  fs::copy_file(sample("tests/fixtures/cross_format/avgransningar_platshallare.odt"), dir / "utkast.odt");
  const auto r = run_jamkoll({"annotate", (dir / "utkast.odt").string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const fs::path copy = dir / "utkast.granskad.odt";
  ASSERT_TRUE(fs::exists(copy));
  EXPECT_EQ(member(copy, "mimetype"), "application/vnd.oasis.opendocument.text");
  EXPECT_GT(count_of(member(copy, "content.xml"), "<dc:creator>jamkoll</dc:creator>"), 1u);
  EXPECT_EQ(targets_of(copy.string()), targets_of((dir / "utkast.odt").string()));
  EXPECT_EQ(blocks_of(copy.string()), blocks_of((dir / "utkast.odt").string()));
}

TEST(AnnotateCommand, CommentsAllAndEnglish) {
  TempDir dir;
  const std::string draft = sample("samples/komplett_strategi.docx");
  ASSERT_EQ(run_jamkoll({"annotate", draft, "-o", (dir / "a.docx").string()}).exit_code, 0);
  ASSERT_EQ(
      run_jamkoll({"annotate", "--comments", "all", "--lang", "en", draft, "-o", (dir / "b.docx").string()}).exit_code,
      0);
  const std::string mentioned = member(dir / "a.docx", "word/comments.xml");
  const std::string all = member(dir / "b.docx", "word/comments.xml");
  EXPECT_GT(count_of(all, "<w:comment "), count_of(mentioned, "<w:comment "));
  EXPECT_NE(all.find("is addressed here."), std::string::npos);
  EXPECT_NE(all.find("jamkoll: review "), std::string::npos);
  EXPECT_EQ(all.find("behandlas här"), std::string::npos);
}

TEST(AnnotateCommand, AnUnreadableDraftGetsCheckErrorLineAndNothingIsWritten) {
  TempDir dir;
  testing::write_file(dir / "trasig.docx", std::string("PK\x03\x04 inte alls en zip"));
  auto doctype = testing::minimal_docx("<w:p><w:r><w:t>Text</w:t></w:r></w:p>");
  doctype[2].second.insert(doctype[2].second.find("<w:document"), "<!DOCTYPE w:document [<!ENTITY x \"y\">]>");
  testing::write_zip(dir / "doctype.docx", doctype);
  for (const std::string& path :
       {(dir / "trasig.docx").string(), (dir / "finns_inte.docx").string(), (dir / "doctype.docx").string()}) {
    SCOPED_TRACE(path);
    const auto checked = run_jamkoll({"check", path});
    const auto annotated = run_jamkoll({"annotate", path, "-o", (dir / "ut.docx").string()});
    EXPECT_EQ(annotated.exit_code, 2);
    EXPECT_EQ(annotated.exit_code, checked.exit_code);
    const std::string entry = "jamkoll: " + path + ": ";
    const std::string check_line = checked.err.substr(checked.err.find(entry));
    EXPECT_EQ(annotated.err, check_line.substr(0, check_line.find('\n') + 1));
    EXPECT_FALSE(fs::exists(dir / "ut.docx"));
  }
  EXPECT_TRUE(only_entries(dir.path(), {"trasig.docx", "doctype.docx"}));
}

TEST(AnnotateCommand, AnotherFormatIsRefusedInSwedishNamingTheFile) {
  TempDir dir;
  for (const char* other : {"tests/fixtures/odf/comments.fodt", "samples/aktivitetsplan_pdf.pdf",
                            "tests/fixtures/cross_format/komplett_strategi.html"}) {
    SCOPED_TRACE(other);
    const auto r = run_jamkoll({"annotate", sample(other), "-o", (dir / "ut.docx").string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("jamkoll: " + sample(other) +
                         ": unsupported-format: annotate stöder bara Word-dokument (DOCX) och OpenDocument-text (ODT)"),
              std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(dir / "ut.docx"));
  }
}

TEST(AnnotateCommand, ACopyThatCannotBeWrittenIsExitTwo) {
  TempDir dir;
  const auto r =
      run_jamkoll({"annotate", sample("samples/tidigt_skelett.docx"), "-o", (dir / "saknas" / "ut.docx").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("kan inte skriva"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(AnnotateCommand, UsageErrors) {
  TempDir dir;
  const std::string draft = sample("samples/tidigt_skelett.docx");
  EXPECT_EQ(run_jamkoll({"annotate"}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"annotate", draft, draft}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"annotate", "--comments", "some", draft}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"annotate", "--lang", "de", draft}).exit_code, 64);
  EXPECT_EQ(run_jamkoll({"annotate", draft, "-o", draft}).exit_code, 64);  // never over the draft
}

// LibreOffice reads the copy: converted to ODT headless, every original and every new comment is
// an office:annotation.
TEST(AnnotateCommand, LibreOfficeReadsEveryComment) {
  if (std::system("command -v soffice >/dev/null 2>&1") != 0) GTEST_SKIP() << "soffice (LibreOffice) is not installed";
  TempDir dir;
  for (const char* draft :
       {"tests/fixtures/docx/comments.docx", "samples/tidigt_skelett.docx", "samples/sparade_andringar.docx"}) {
    SCOPED_TRACE(draft);
    const fs::path copy = dir / "kopia.docx";
    ASSERT_EQ(run_jamkoll({"annotate", sample(draft), "-o", copy.string()}).exit_code, 0);
    const std::size_t comments = count_of(member(copy, "word/comments.xml"), "<w:comment ");
    const std::string command = "cd '" + dir.path().string() + "' && HOME='" + dir.path().string() +
                                "' soffice --headless --convert-to odt --outdir out kopia.docx >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0);
    const std::string content = member(dir / "out" / "kopia.odt", "content.xml");
    ASSERT_FALSE(content.empty());
    EXPECT_EQ(count_of(content, "<office:annotation>") + count_of(content, "<office:annotation "), comments);
    EXPECT_GE(count_of(content, "<dc:creator>jamkoll</dc:creator>"), 1u);
  }
}

}  // namespace
}  // namespace jamkoll

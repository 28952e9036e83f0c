// PDFs read in a child process (pipeline/ingest/pdf_child.h): the jamkoll binary as the child reads
// what the in-process reader reads; a child that crashes or hangs is one file's error; the words
// cross the pipe intact (pdf_content_codec.h).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "ingest/block_expectations.h"
#include "ingest/pdf_content_codec.h"
#include "ingest/read_document.h"
#include "support/test_support.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;
using testing::source_dir;
using testing::TempDir;

fs::path fixture(const std::string& name) { return source_dir() / "tests/fixtures/pdf" / name; }

ReadLimits through(const std::string& helper) {
  ReadLimits limits;
  limits.pdf_helper = helper;
  return limits;
}

// A stand-in for the child: a shell script doing `body`.
std::string script(const TempDir& dir, const std::string& name, const std::string& body) {
  const fs::path path = dir / name;
  testing::write_file(path, "#!/bin/sh\n" + body + "\n");
  fs::permissions(path, fs::perms::owner_all);
  return path.string();
}

TEST(PdfChild, TheJamkollBinaryReadsWhatTheInProcessReaderReads) {
  const std::string path = fixture("aktivitetsplan.pdf").string();
  auto in_process = read_document(path, ReadLimits{});
  auto in_child = read_document(path, through(testing::binary().string()));
  ASSERT_TRUE(in_process);
  ASSERT_TRUE(in_child) << in_child.failure().code << ": " << in_child.failure().message;
  EXPECT_EQ(testing::blocks_tsv(in_child->document), testing::blocks_tsv(in_process->document));
  EXPECT_EQ(testing::blocks_tsv(in_child->document), testing::read_file(fixture("aktivitetsplan.blocks.tsv")));
}

TEST(PdfChild, TheChildsErrorsComeThrough) {
  auto r = read_document(fixture("losenord.pdf").string(), through(testing::binary().string()));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "encrypted");
}

TEST(PdfChild, AReaderThatCrashesIsAnErrorForThatFileOnly) {
  TempDir dir;
  auto r = read_document(fixture("aktivitetsplan.pdf").string(), through(script(dir, "krasch", "kill -SEGV $$")));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "corrupt-pdf");
  EXPECT_NE(r.failure().message.find("crashed"), std::string::npos) << r.failure().message;
}

TEST(PdfChild, AReaderThatHangsIsKilledAtTheTimeout) {
  TempDir dir;
  ReadLimits limits = through(script(dir, "hänger", "exec sleep 60"));
  limits.pdf_timeout_seconds = 1;
  const auto start = std::chrono::steady_clock::now();
  auto r = read_document(fixture("aktivitetsplan.pdf").string(), limits);
  const auto took = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "timeout");
  EXPECT_LT(took, std::chrono::seconds(30));  // killed, not waited for (60 s)
}

TEST(PdfChild, AReaderThatCannotStartOrAnswersNonsenseIsAnInternalError) {
  TempDir dir;
  EXPECT_EQ(read_document(fixture("aktivitetsplan.pdf").string(), through((dir / "saknas").string())).failure().code,
            "internal-error");
  const std::string nonsense = script(dir, "struntprat", "cat > /dev/null; echo hej");
  EXPECT_EQ(read_document(fixture("aktivitetsplan.pdf").string(), through(nonsense)).failure().code, "internal-error");
}

TEST(PdfContentCodec, WordsOutlineAndErrorsCrossThePipeIntact) {
  PdfContent content;
  content.outline = {{"1 Inledning\tmed tab", 1}, {"1.1 Bakgrund\\del", 2}};
  PdfPage page;
  page.width = 595.304;
  page.height = 841.89;
  page.words.push_back({"Länsstyrelsen", 71, 35.351, 129.005, 47.051, 9, true, true});
  page.words.push_back({"rad\nbryt", 72.5, 50, 100.25, 60, 12, false, false});
  content.pages = {page, PdfPage{}};
  auto back = decode_pdf_content(encode_pdf_content(content));
  ASSERT_TRUE(back) << back.failure().message;
  ASSERT_EQ(back->outline.size(), 2u);
  EXPECT_EQ(back->outline[0].title, "1 Inledning\tmed tab");
  EXPECT_EQ(back->outline[1].title, "1.1 Bakgrund\\del");
  EXPECT_EQ(back->outline[1].level, 2);
  ASSERT_EQ(back->pages.size(), 2u);
  ASSERT_EQ(back->pages[0].words.size(), 2u);
  const PdfWord& w = back->pages[0].words[1];
  EXPECT_EQ(w.text, "rad\nbryt");
  EXPECT_DOUBLE_EQ(w.left, 72.5);
  EXPECT_DOUBLE_EQ(w.right, 100.25);
  EXPECT_FALSE(w.bold);
  EXPECT_TRUE(back->pages[0].words[0].bold);
  EXPECT_TRUE(back->pages[0].words[0].space_after);
  EXPECT_NEAR(back->pages[0].height, 841.89, 0.001);

  auto error = decode_pdf_content(encode_pdf_content(Failure{"encrypted", "needs a password"}));
  ASSERT_FALSE(error);
  EXPECT_EQ(error.failure().code, "encrypted");
  EXPECT_EQ(error.failure().message, "needs a password");

  EXPECT_EQ(decode_pdf_content("hej\n").failure().code, "internal-error");
  EXPECT_EQ(decode_pdf_content("jamkoll.pdf-content/1\nword\tx\n").failure().code, "internal-error");
}

}  // namespace
}  // namespace jamkoll

// PDFs read in a child process (pipeline/ingest/pdf/pdf_child.h): jamkoll-pdf as the child reads
// what the in-process reader reads, and the jamkoll binary itself never loads poppler; a child that crashes or hangs is one file's error; the blocks
// cross the pipe intact (pdf_blocks_codec.h).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <map>

#include "ingest/block_expectations.h"
#include "ingest/pdf/pdf_blocks_codec.h"
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

TEST(PdfChild, JamkollPdfReadsWhatTheInProcessReaderReads) {
  const std::string path = fixture("aktivitetsplan.pdf").string();
  auto in_process = read_document(path, ReadLimits{});
  auto in_child = read_document(path, through(testing::pdf_binary().string()));
  ASSERT_TRUE(in_process);
  ASSERT_TRUE(in_child) << in_child.failure().code << ": " << in_child.failure().message;
  EXPECT_EQ(testing::blocks_tsv(in_child->document), testing::blocks_tsv(in_process->document));
  EXPECT_EQ(testing::blocks_tsv(in_child->document), testing::read_file(fixture("aktivitetsplan.blocks.tsv")));
}

TEST(PdfChild, TheChildsErrorsComeThrough) {
  auto r = read_document(fixture("losenord.pdf").string(), through(testing::pdf_binary().string()));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.failure().code, "encrypted");
}

// A DOCX check does not pay for poppler and its twenty libraries: the jamkoll binary does not link
// them, and still reads a PDF, through jamkoll-pdf beside it.
TEST(PdfChild, TheJamkollBinaryDoesNotLoadPopplerYetReadsPdfs) {
  const auto ldd = testing::run_program("ldd", {testing::binary().string()});
  ASSERT_EQ(ldd.exit_code, 0) << ldd.err;
  EXPECT_NE(ldd.out.find("libicuuc"), std::string::npos) << ldd.out;  // the listing is real
  EXPECT_EQ(ldd.out.find("poppler"), std::string::npos) << ldd.out;
  // The allocator (CMake option JAMKOLL_JEMALLOC, off under the sanitizers).
  EXPECT_EQ(ldd.out.find("libjemalloc") != std::string::npos, JAMKOLL_WITH_JEMALLOC != 0) << ldd.out;
  const auto pdf_ldd = testing::run_program("ldd", {testing::pdf_binary().string()});
  EXPECT_NE(pdf_ldd.out.find("libpoppler"), std::string::npos) << pdf_ldd.out;
  const auto check = testing::run_jamkoll({"check", "--format", "json", fixture("aktivitetsplan.pdf").string()});
  EXPECT_LE(check.exit_code, 1) << check.err;
  EXPECT_NE(check.out.find("\"format\": \"pdf\""), std::string::npos) << check.out.substr(0, 400);
}

TEST(PdfChild, JamkollPdfRefusesToBeRunByHand) {
  const auto r = testing::run_program(testing::pdf_binary(), {});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("startas av jamkoll"), std::string::npos) << r.err;
  EXPECT_EQ(testing::run_program(testing::pdf_binary(), {"__pdf-content", "--max-text-bytes", "x"}).exit_code,
            64);
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

TEST(PdfBlocksCodec, BlocksNotesAndErrorsCrossThePipeIntact) {
  PdfBlocks laid_out;
  Block heading;
  heading.kind = BlockKind::kHeading;
  heading.level = 2;
  heading.part = "page 1";
  heading.text = "1.1 Bakgrund\tmed tab och \\";
  Block cell;
  cell.kind = BlockKind::kTableCell;
  cell.part = "page 2";
  cell.table = TableLocation{3, 4, 1};
  cell.text = "rad\nbryt";
  Block note;
  note.kind = BlockKind::kFootnote;
  note.part = "page 2";
  note.text = "Källa: SCB.";
  laid_out.blocks = {heading, cell, note};
  laid_out.anchors.anchor_of_note[2] = 1;
  auto back = decode_pdf_blocks(encode_pdf_blocks(laid_out));
  ASSERT_TRUE(back) << back.failure().message;
  ASSERT_EQ(back->blocks.size(), 3u);
  EXPECT_EQ(back->blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(back->blocks[0].level, 2);
  EXPECT_EQ(back->blocks[0].text, "1.1 Bakgrund\tmed tab och \\");
  EXPECT_FALSE(back->blocks[0].table.has_value());
  ASSERT_TRUE(back->blocks[1].table.has_value());
  EXPECT_EQ(back->blocks[1].table->table, 3);
  EXPECT_EQ(back->blocks[1].table->row, 4);
  EXPECT_EQ(back->blocks[1].table->column, 1);
  EXPECT_EQ(back->blocks[1].text, "rad\nbryt");
  EXPECT_EQ(back->blocks[2].kind, BlockKind::kFootnote);
  EXPECT_EQ(back->blocks[2].part, "page 2");
  EXPECT_EQ(back->anchors.anchor_of_note, (std::map<std::size_t, std::size_t>{{2, 1}}));

  auto error = decode_pdf_blocks(encode_pdf_blocks(Failure::encrypted("needs a password")));
  ASSERT_FALSE(error);
  EXPECT_EQ(error.failure().code, "encrypted");
  EXPECT_EQ(error.failure().message, "needs a password");

  EXPECT_EQ(decode_pdf_blocks("hej\n").failure().code, "internal-error");
  EXPECT_EQ(decode_pdf_blocks("jamkoll.pdf-blocks/1\nblock\tparagraf\t0\tp\t-1\t0\t0\ttext\n").failure().code,
            "internal-error");  // no such kind
  EXPECT_EQ(decode_pdf_blocks("jamkoll.pdf-blocks/1\nword\tx\n").failure().code, "internal-error");
}

}  // namespace
}  // namespace jamkoll

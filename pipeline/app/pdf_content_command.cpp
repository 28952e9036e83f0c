// `jamkoll __pdf-content --max-text-bytes N`: the child side of ingest/pdf/pdf_child.h, not a user
// command. Reads a PDF on stdin and writes its laid-out blocks (ingest/pdf/pdf_blocks_codec.h) on
// stdout, under a memory cap of its own, so a hostile PDF that makes poppler or the layout crash,
// hang or allocate without end costs this process only.
#include <sys/resource.h>

#include <iostream>
#include <iterator>
#include <new>

#include "app/commands.h"
#include "ingest/pdf/pdf_blocks_codec.h"
#include "ingest/pdf/pdf_reader.h"

namespace jamkoll {
namespace {

// Address space for one PDF (not capped under the sanitizers, see cap_memory).
constexpr rlim_t kMemoryCap = rlim_t{4} << 30;

void cap_memory() {
  // AddressSanitizer and ThreadSanitizer reserve terabytes of shadow memory: no cap under them.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
  return;
#endif
#endif
  const rlimit cap{kMemoryCap, kMemoryCap};
  ::setrlimit(RLIMIT_AS, &cap);
}

}  // namespace

const CommandSpec& pdf_content_command_spec() {
  static const CommandSpec spec{
      "__pdf-content",
      {{"__pdf-content",
        {"--max-text-bytes N"},
        {"internt: PDF-läsarens barnprocess (PDF på standard in, block på standard ut); inte för hand",
         "internal: the PDF reader's child process (a PDF on standard input, blocks on standard output); not for "
         "use by hand"}}},
      {{{}, {{{"--max-text-bytes"}, {"N"}, {"mest text som läses ut", "most text read out"}, {}}}}},
      {},
      true};
  return spec;
}

int run_pdf_content(const std::vector<std::string>& args) {
  ReadLimits limits;
  if (args.size() != 2 || args[0] != "--max-text-bytes") return 64;
  limits.max_total_unpacked_bytes = std::stoull(args[1]);
  cap_memory();
  std::cin >> std::noskipws;
  const std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  Outcome<PdfBlocks> laid_out = Failure{"internal-error", "not read"};
  try {
    laid_out = read_pdf_blocks(bytes, limits);
  } catch (const std::bad_alloc&) {
    laid_out = Failure{"too-large", "reading the PDF needs more than the reader's " + std::to_string(kMemoryCap >> 30) +
                                        " GiB of memory"};
  }
  std::cout << encode_pdf_blocks(laid_out);
  std::cout.flush();
  return std::cout ? 0 : 2;
}

}  // namespace jamkoll

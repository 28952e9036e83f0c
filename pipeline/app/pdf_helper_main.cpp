// `jamkoll-pdf __pdf-content --max-text-bytes N`: the child side of ingest/pdf/pdf_child.h, a program
// of its own and not a user command. Reads a PDF on stdin and writes its laid-out blocks
// (ingest/pdf/pdf_blocks_codec.h) on stdout, under a memory cap of its own, so a hostile PDF that
// makes poppler or the layout crash, hang or allocate without end costs this process only. It is
// the only program that links poppler: the jamkoll binary starts without loading it.
#include <sys/resource.h>

#include <charconv>
#include <cstdint>
#include <iostream>
#include <iterator>
#include <new>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/pdf/pdf_blocks_codec.h"
#include "ingest/pdf/pdf_poppler.h"

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

// "--max-text-bytes N": N, or nothing when the arguments are not exactly that.
std::optional<std::uint64_t> max_text_bytes(int argc, char** argv) {
  if (argc != 4 || std::string_view(argv[1]) != "__pdf-content" || std::string_view(argv[2]) != "--max-text-bytes") {
    return std::nullopt;
  }
  const std::string_view n = argv[3];
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(n.data(), n.data() + n.size(), value);
  if (error != std::errc() || end != n.data() + n.size() || value == 0) return std::nullopt;
  return value;
}

int run_pdf_content(std::uint64_t max_text) {
  ReadLimits limits;
  limits.max_total_unpacked_bytes = max_text;
  cap_memory();
  std::cin >> std::noskipws;
  const std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  Outcome<PdfBlocks> laid_out = Failure::internal_error("not read");
  try {
    laid_out = read_pdf_blocks(bytes, limits);
  } catch (const std::bad_alloc&) {
    laid_out = Failure::too_large("reading the PDF needs more than the reader's " + std::to_string(kMemoryCap >> 30) +
                                        " GiB of memory");
  }
  std::cout << encode_pdf_blocks(laid_out);
  std::cout.flush();
  return std::cout ? 0 : 2;
}

}  // namespace
}  // namespace jamkoll

int main(int argc, char** argv) {
  const std::optional<std::uint64_t> max_text = jamkoll::max_text_bytes(argc, argv);
  if (!max_text) {
    std::cerr << "jamkoll-pdf är jamkolls PDF-läsare och startas av jamkoll, inte för hand "
                 "(användning: jamkoll-pdf __pdf-content --max-text-bytes N, en PDF på standard in)\n";
    return 64;  // EX_USAGE, as jamkoll's usage errors
  }
  return jamkoll::run_pdf_content(*max_text);
}

// `jamkoll __pdf-content --max-text-bytes N`: the child side of ingest/pdf_child.h, not a user
// command. Reads a PDF on stdin and writes its words (ingest/pdf_content_codec.h) on stdout, under
// a memory cap of its own, so a hostile PDF that makes poppler crash, hang or allocate without end
// costs this process only.
#include <sys/resource.h>

#include <iostream>
#include <iterator>

#include "app/commands.h"
#include "ingest/pdf_content_codec.h"
#include "ingest/pdf_reader.h"

namespace jamkoll {
namespace {

// Address space for one PDF. Not under AddressSanitizer, which reserves terabytes of shadow memory.
constexpr rlim_t kMemoryCap = rlim_t{4} << 30;

void cap_memory() {
#if defined(__SANITIZE_ADDRESS__)
  return;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  return;
#endif
#endif
  const rlimit cap{kMemoryCap, kMemoryCap};
  ::setrlimit(RLIMIT_AS, &cap);
}

}  // namespace

int run_pdf_content(const std::vector<std::string>& args) {
  ReadLimits limits;
  if (args.size() != 2 || args[0] != "--max-text-bytes") return 64;
  limits.max_total_unpacked_bytes = std::stoull(args[1]);
  cap_memory();
  std::cin >> std::noskipws;
  const std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  std::cout << encode_pdf_content(read_pdf_content(bytes, limits));
  std::cout.flush();
  return std::cout ? 0 : 2;
}

}  // namespace jamkoll

// Fuzzes what the HTTP service does with a request head before any draft is read: the head scan
// (complete / too large), Poco's request parser as the connection hands it the head, the request
// line check, the query of POST /check (format, lang, name validation), the upload's extension
// and the access log line. Invariants checked: a complete head ends inside the limit; a name the
// query accepts is short printable UTF-8; the extension is '.' plus letters and digits; a log line
// has no line break.
#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequest.h>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "app/access_log.h"
#include "app/check_query.h"
#include "app/request_head.h"
#include "app/upload_file.h"

namespace {

void check_extension(const std::string& extension) {
  if (extension.empty()) return;
  if (extension[0] != '.' || extension.size() > 1 + jamkoll::UploadFile::kMaxExtensionLength) __builtin_trap();
  for (std::size_t i = 1; i < extension.size(); ++i) {
    const char c = extension[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) __builtin_trap();
  }
}

void check_query(const std::string& target) {
  jamkoll::CheckQuery query;
  if (jamkoll::parse_check_query(target, query)) return;
  if (jamkoll::name_problem(query.name) || query.name.size() > jamkoll::kMaxNameBytes) __builtin_trap();
  check_extension(jamkoll::upload_extension(query.name));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const jamkoll::HeadProgress progress = jamkoll::scan_head(bytes, jamkoll::kMaxHeadBytes);
  if (progress == jamkoll::HeadProgress::kTooLarge && size <= jamkoll::kMaxHeadBytes) __builtin_trap();
  std::istringstream in(bytes);
  Poco::Net::HTTPRequest request;
  try {
    request.read(in);
  } catch (const Poco::Exception& e) {
    (void)jamkoll::head_refusal_status(e.message());
    return 0;
  }
  (void)jamkoll::is_http_request_line(request.getMethod(), request.getVersion());
  check_query(request.getURI());
  const std::string line = jamkoll::access_line({request.getMethod(), request.getURI(), 200, size, std::chrono::milliseconds(1)});
  if (line.find('\n') != std::string::npos || line.find('\r') != std::string::npos) __builtin_trap();
  return 0;
}

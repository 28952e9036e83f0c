#include "app/request_head.h"

#include <algorithm>

namespace jamkoll {

using Poco::Net::HTTPResponse;

HeadProgress scan_head(std::string_view received, std::size_t max_bytes) {
  // Poco's parser, like RFC 9112 2.2 allows, takes a bare LF for CRLF: "\n\r\n" or "\n\n" ends the head.
  const std::string_view window = received.substr(0, max_bytes);
  for (std::size_t at = window.find('\n'); at != std::string_view::npos; at = window.find('\n', at + 1)) {
    const std::string_view rest = window.substr(at + 1);
    if (rest.starts_with("\n") || rest.starts_with("\r\n")) return HeadProgress::kComplete;
  }
  return received.size() > max_bytes ? HeadProgress::kTooLarge : HeadProgress::kIncomplete;
}

bool is_http_request_line(const std::string& method, const std::string& version) {
  static constexpr std::string_view kTokenSymbols = "!#$%&'*+-.^_`|~";
  auto token_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || kTokenSymbols.find(c) != std::string_view::npos;
  };
  if (method.empty() || !std::all_of(method.begin(), method.end(), token_char)) return false;
  return version == "HTTP/1.0" || version == "HTTP/1.1";
}

HTTPResponse::HTTPStatus head_refusal_status(const std::string& parser_message) {
  if (parser_message.find("Field name too long") != std::string::npos ||
      parser_message.find("Field value too long") != std::string::npos ||
      parser_message.find("Too many") != std::string::npos) {
    return HTTPResponse::HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE;
  }
  return HTTPResponse::HTTP_BAD_REQUEST;
}

}  // namespace jamkoll

// The head of a request as the HTTP service (check_service.h) waits for it: how much of it has
// arrived, and what a head the parser refused is answered with. Pure functions on bytes, so the
// fuzz target (tests/fuzz/fuzz_request.cpp) can drive them.
//
//   switch (scan_head(peeked, kMaxHeadBytes)) { case HeadProgress::kComplete: … }
//
// Thread-safety: none needed (no state).
// Tests: tests/app/request_head_test.cpp, tests/app/check_service_test.cpp; fuzzed by tests/fuzz/fuzz_request.cpp
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <Poco/Net/HTTPResponse.h>

namespace jamkoll {

// A head above this is refused with 431 before it is parsed. Apache and nginx allow about 8 KiB
// per line; 32 KiB leaves room for a long `name` (16 KiB, Poco's URI limit) and ordinary headers.
constexpr std::size_t kMaxHeadBytes = 32 << 10;

enum class HeadProgress {
  kIncomplete,  // no blank line yet: wait for more
  kComplete,    // the blank line that ends the head is within the bytes
  kTooLarge,    // more than `max_bytes` without the blank line
};

// `received`: the bytes of the connection from the start of the request.
HeadProgress scan_head(std::string_view received, std::size_t max_bytes);

// Poco's parser takes any three words as a request line ("\x16\x03\x01 not http" is method, target,
// version); a request line is HTTP only with a method of RFC 9110 token characters and the version
// HTTP/1.0 or HTTP/1.1.
bool is_http_request_line(const std::string& method, const std::string& version);

// The status for a head that Poco's parser refused, from its MessageException's message: 431 for
// a field too long (name 256, value 8 KiB) or too many fields (100), else 400 (Poco says "URI
// invalid or too long" alike for an empty target and one above 16 KiB).
Poco::Net::HTTPResponse::HTTPStatus head_refusal_status(const std::string& parser_message);

}  // namespace jamkoll

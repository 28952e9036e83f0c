// Writing the HTTP service's answers (check_service.h): a status line with its own reason phrase
// (Poco's setStatus() alone writes "OK" whatever the code), a length, and for every answer that is
// no report a JSON error {"status": "error", "error": "…"}.
// Thread-safety: free functions on one response each.
// Tests: through the in-process service in tests/app/check_service_test.cpp (status lines, JSON errors)
#pragma once

#include <string>

#include <Poco/Net/HTTPResponse.h>

namespace Poco::Net {
class HTTPServerResponse;
}

#include "app/words.h"

namespace jamkoll {

using HttpStatus = Poco::Net::HTTPResponse::HTTPStatus;

// RFC 9110's phrase ("Content Too Large", "Request Header Fields Too Large", …).
std::string reason_phrase(HttpStatus status);

void send_answer(Poco::Net::HTTPServerResponse& response, HttpStatus status, const std::string& type, const std::string& body);
// A JSON error in the request's language (Swedish unless the query says lang=en).
void send_error(Poco::Net::HTTPServerResponse& response, HttpStatus status, const Words& message, Language language);

// The JSON error's body: {"status": "error", "error": MESSAGE} and a newline.
std::string error_json(const std::string& message);

// A whole JSON answer as it goes on the wire, with "Connection: close" and the given extra header
// lines ("Retry-After: 2\r\n"): for a connection refused before a request could be parsed.
std::string raw_json_response(HttpStatus status, const std::string& body, const std::string& extra_headers = "");

}  // namespace jamkoll

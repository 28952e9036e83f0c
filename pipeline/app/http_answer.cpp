#include "app/http_answer.h"

#include <Poco/Net/HTTPServerResponse.h>

#include <nlohmann/json.hpp>

namespace jamkoll {

using Poco::Net::HTTPResponse;

std::string error_json(const std::string& message) {
  const nlohmann::json j = {{"status", "error"}, {"error", message}};
  return j.dump() + "\n";
}

// Poco 1.11 still has RFC 2616's phrases for 408 and 413, which RFC 9110 renamed, and none for 431.
std::string reason_phrase(HttpStatus status) {
  if (status == HTTPResponse::HTTP_REQUEST_TIMEOUT) return "Request Timeout";
  if (status == HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE) return "Content Too Large";
  if (status == HTTPResponse::HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE) return "Request Header Fields Too Large";
  return HTTPResponse::getReasonForStatus(status);
}

void send_answer(Poco::Net::HTTPServerResponse& response, HttpStatus status, const std::string& type, const std::string& body) {
  response.setStatusAndReason(status, reason_phrase(status));
  response.setContentType(type);
  response.setContentLength64(static_cast<Poco::Int64>(body.size()));
  response.send() << body;
}

void send_error(Poco::Net::HTTPServerResponse& response, HttpStatus status, const Words& message, Language language) {
  send_answer(response, status, "application/json; charset=utf-8", error_json(message.in(language)));
}

std::string raw_json_response(HttpStatus status, const std::string& body, const std::string& extra_headers) {
  return "HTTP/1.1 " + std::to_string(static_cast<int>(status)) + " " + reason_phrase(status) +
         "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\nConnection: close\r\n" + extra_headers + "\r\n" + body;
}

}  // namespace jamkoll

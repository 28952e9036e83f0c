// The request head as the service waits for it: when it is complete, too large, or no HTTP.
#include <gtest/gtest.h>

#include "app/request_head.h"

namespace jamkoll {
namespace {

using Poco::Net::HTTPResponse;

TEST(RequestHead, CompleteAtTheBlankLine) {
  EXPECT_EQ(scan_head("GET / HTTP/1.1\r\nHost: x\r\n\r\n", kMaxHeadBytes), HeadProgress::kComplete);
  EXPECT_EQ(scan_head("GET / HTTP/1.1\n\n", kMaxHeadBytes), HeadProgress::kComplete);  // bare LF, as Poco reads it
  EXPECT_EQ(scan_head("POST / HTTP/1.1\r\n\r\nbody bytes", kMaxHeadBytes), HeadProgress::kComplete);
}

TEST(RequestHead, IncompleteUntilThen) {
  EXPECT_EQ(scan_head("", kMaxHeadBytes), HeadProgress::kIncomplete);
  EXPECT_EQ(scan_head("GET / HTTP/1.1\r\nHost: x\r\n", kMaxHeadBytes), HeadProgress::kIncomplete);
  EXPECT_EQ(scan_head("GET / HTTP/1.1\r\nHost: x\r\n\r", kMaxHeadBytes), HeadProgress::kIncomplete);
}

TEST(RequestHead, TooLargeOnlyPastTheLimitWithoutAnEnd) {
  const std::string fields = "GET / HTTP/1.1\r\nX: " + std::string(100, 'a');
  EXPECT_EQ(scan_head(fields, 100), HeadProgress::kTooLarge);
  EXPECT_EQ(scan_head(fields.substr(0, 100), 100), HeadProgress::kIncomplete);
  // The end inside the limit counts, whatever follows it.
  EXPECT_EQ(scan_head("GET / HTTP/1.1\r\n\r\n" + std::string(200, 'b'), 100), HeadProgress::kComplete);
  // The end past the limit does not.
  EXPECT_EQ(scan_head(fields + "\r\n\r\n", 100), HeadProgress::kTooLarge);
}

TEST(RequestHead, OnlyHttp1RequestLines) {
  EXPECT_TRUE(is_http_request_line("GET", "HTTP/1.1"));
  EXPECT_TRUE(is_http_request_line("POST", "HTTP/1.0"));
  EXPECT_TRUE(is_http_request_line("M-SEARCH", "HTTP/1.1"));
  EXPECT_FALSE(is_http_request_line("\x16\x03\x01", "http"));
  EXPECT_FALSE(is_http_request_line("GET", "HTTP/2.0"));
  EXPECT_FALSE(is_http_request_line("G(E)T", "HTTP/1.1"));
  EXPECT_FALSE(is_http_request_line("", "HTTP/1.1"));
}

TEST(RequestHead, ParserRefusalsMapToTheirStatus) {
  EXPECT_EQ(head_refusal_status("Field name too long"), HTTPResponse::HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE);
  EXPECT_EQ(head_refusal_status("Field value too long"), HTTPResponse::HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE);
  EXPECT_EQ(head_refusal_status("Too many header fields"), HTTPResponse::HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE);
  EXPECT_EQ(head_refusal_status("HTTP request URI invalid or too long"), HTTPResponse::HTTP_BAD_REQUEST);
  EXPECT_EQ(head_refusal_status("No HTTP request header"), HTTPResponse::HTTP_BAD_REQUEST);
}

}  // namespace
}  // namespace jamkoll

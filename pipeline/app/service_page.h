// The service's page for people (GET /, check_service.h): one self-contained HTML document, Swedish
// or English, that lets a user choose or drop drafts, POSTs each to /check as a form and shows the
// verdict table, with downloads of the JSON, CSV and Excel CSV reports and of the reviewed copy
// (POST /annotate). No external assets: its one style sheet and one script carry the nonce of the
// answer's Content-Security-Policy (service_page_policy()), and the script attaches every handler
// itself (no inline handlers), so the policy needs no 'unsafe-inline'.
//
//   const std::string nonce = page_nonce();
//   response.set("Content-Security-Policy", service_page_policy(nonce));
//   send_answer(response, 200, "text/html; charset=utf-8", service_page(Language::kSwedish, nonce));
//
// Thread-safety: none needed (no shared state; page_nonce() reads the system's random source).
// Tests: through the in-process service in tests/app/check_service_test.cpp (GET /, Content-Security-Policy nonce)
#pragma once

#include <string>

#include "report/document_result.h"

namespace jamkoll {

// 128 random bits, base64: fresh for every answer.
std::string page_nonce();

std::string service_page_policy(const std::string& nonce);

std::string service_page(Language language, const std::string& nonce);

}  // namespace jamkoll

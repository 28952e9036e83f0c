#include "common/failure.h"

#include <array>

namespace jamkoll {
namespace {

const std::array<std::string, FailureCode::kCount>& names() {
  static const std::array<std::string, FailureCode::kCount> table = {
      "usage",         "not-found",     "permission-denied", "not-a-document", "unsupported-format", "encrypted",
      "corrupt-zip",   "corrupt-pdf",   "xml-malformed",     "xml-forbidden",  "too-large",          "zip-bomb",
      "encoding",      "timeout",       "rules-missing",     "rules-invalid",  "lexicon-syntax",     "bad-form",
      "upload-write",  "write-failed",  "internal-error"};
  return table;
}

}  // namespace

const std::string& FailureCode::name() const { return names()[static_cast<std::size_t>(value_)]; }

std::optional<FailureCode> FailureCode::named(std::string_view name) {
  for (int i = 0; i < kCount; ++i) {
    if (names()[static_cast<std::size_t>(i)] == name) return FailureCode(static_cast<Value>(i));
  }
  return std::nullopt;
}

}  // namespace jamkoll

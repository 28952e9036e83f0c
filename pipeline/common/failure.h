// The closed set of failure codes and the Failure a user can cause (a broken file, a bad rule, a
// usage error), with one named constructor per code, LevelDB-style:
//
//   return Failure::corrupt_zip("word/document.xml is truncated");
//   if (failure.code == FailureCode::kUsage) …
//
// A code's name ("corrupt-zip") is the stable contract of the JSON and CSV reports and the service
// (docs/json-contract.md); which exit code a code leads to is decided in app/exit_codes.h.
// Tests: tests/common/failure_test.cpp
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace jamkoll {

class FailureCode {
 public:
  enum Value {
    kUsage,              // a bad command line or request option
    kNotFound,           // no such file
    kPermissionDenied,   // a file or folder that may not be read
    kNotADocument,       // not a format jamkoll reads
    kUnsupportedFormat,  // a known format jamkoll does not read (.doc, a scanned PDF)
    kEncrypted,          // needs a password
    kCorruptZip,
    kCorruptPdf,
    kXmlMalformed,
    kXmlForbidden,       // a DOCTYPE or entity a document part never needs
    kTooLarge,           // over a size limit
    kZipBomb,            // expands beyond the ratio limit
    kEncoding,           // text that is not UTF-8 (or declared otherwise)
    kTimeout,            // the PDF reader took too long
    kRulesMissing,       // no pack.xml
    kRulesInvalid,       // a pack that is not valid
    kLexiconSyntax,      // a lexicon line that cannot be read
    kBadForm,            // a multipart form that cannot be read
    kUploadWrite,        // an upload that could not be stored
    kWriteFailed,        // a report that could not be written
    kInternalError,      // a bug, or the system failing
  };
  static constexpr int kCount = kInternalError + 1;

  constexpr FailureCode(Value value) : value_(value) {}  // NOLINT: implicit by design
  constexpr Value value() const { return value_; }
  const std::string& name() const;  // "corrupt-zip"
  static std::optional<FailureCode> named(std::string_view name);

  friend constexpr bool operator==(FailureCode a, FailureCode b) { return a.value_ == b.value_; }
  friend bool operator==(FailureCode code, std::string_view name) { return code.name() == name; }
  friend std::ostream& operator<<(std::ostream& out, FailureCode code) { return out << code.name(); }

 private:
  Value value_;
};

struct Failure {
  FailureCode code;
  std::string message;  // for people; names the part or line where it helps

  static Failure usage(std::string message) { return {FailureCode::kUsage, std::move(message)}; }
  static Failure not_found(std::string message) { return {FailureCode::kNotFound, std::move(message)}; }
  static Failure permission_denied(std::string message) { return {FailureCode::kPermissionDenied, std::move(message)}; }
  static Failure not_a_document(std::string message) { return {FailureCode::kNotADocument, std::move(message)}; }
  static Failure unsupported_format(std::string message) { return {FailureCode::kUnsupportedFormat, std::move(message)}; }
  static Failure encrypted(std::string message) { return {FailureCode::kEncrypted, std::move(message)}; }
  static Failure corrupt_zip(std::string message) { return {FailureCode::kCorruptZip, std::move(message)}; }
  static Failure corrupt_pdf(std::string message) { return {FailureCode::kCorruptPdf, std::move(message)}; }
  static Failure xml_malformed(std::string message) { return {FailureCode::kXmlMalformed, std::move(message)}; }
  static Failure xml_forbidden(std::string message) { return {FailureCode::kXmlForbidden, std::move(message)}; }
  static Failure too_large(std::string message) { return {FailureCode::kTooLarge, std::move(message)}; }
  static Failure zip_bomb(std::string message) { return {FailureCode::kZipBomb, std::move(message)}; }
  static Failure encoding(std::string message) { return {FailureCode::kEncoding, std::move(message)}; }
  static Failure timeout(std::string message) { return {FailureCode::kTimeout, std::move(message)}; }
  static Failure rules_missing(std::string message) { return {FailureCode::kRulesMissing, std::move(message)}; }
  static Failure rules_invalid(std::string message) { return {FailureCode::kRulesInvalid, std::move(message)}; }
  static Failure lexicon_syntax(std::string message) { return {FailureCode::kLexiconSyntax, std::move(message)}; }
  static Failure bad_form(std::string message) { return {FailureCode::kBadForm, std::move(message)}; }
  static Failure upload_write(std::string message) { return {FailureCode::kUploadWrite, std::move(message)}; }
  static Failure write_failed(std::string message) { return {FailureCode::kWriteFailed, std::move(message)}; }
  static Failure internal_error(std::string message) { return {FailureCode::kInternalError, std::move(message)}; }
};

}  // namespace jamkoll

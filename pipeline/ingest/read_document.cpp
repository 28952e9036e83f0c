#include "ingest/read_document.h"

#include <filesystem>
#include <fstream>

#include "common/sha256.h"
#include "ingest/docx_reader.h"

namespace jamkoll {
namespace {

bool starts_with(std::string_view bytes, std::string_view magic) {
  return bytes.size() >= magic.size() && bytes.substr(0, magic.size()) == magic;
}

// Password-protected OOXML is an OLE compound file holding an "EncryptionInfo" stream; its
// directory names are UTF-16LE.
bool looks_like_encrypted_ooxml(std::string_view bytes) {
  static const std::string name = [] {
    std::string s;
    for (char c : std::string("EncryptionInfo")) {
      s += c;
      s += '\0';
    }
    return s;
  }();
  return bytes.find(name) != std::string_view::npos;
}

}  // namespace

Outcome<LoadedDocument> read_document(const std::string& path, const ReadLimits& limits) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return Failure{"not-found", "no such file"};
  if (!std::filesystem::is_regular_file(status)) return Failure{"not-found", "not a regular file"};
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Failure{"not-found", "cannot read file: " + ec.message()};
  if (size > limits.max_file_bytes) {
    return Failure{"too-large", "file is " + std::to_string(size >> 20) + " MiB, above the limit of " +
                                    std::to_string(limits.max_file_bytes >> 20) + " MiB (--max-file-size)"};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Failure{"not-found", "cannot open file for reading"};
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::uint64_t>(in.gcount()) != size) return Failure{"not-found", "file changed or could not be read whole"};

  if (bytes.empty()) return Failure{"not-a-document", "file is empty"};
  LoadedDocument out;
  out.sha256 = sha256_hex(bytes);
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, std::string_view("PK\x05\x06", 4))) {
    auto doc = read_docx(bytes, limits);
    if (!doc) return doc.failure();
    out.document = std::move(*doc);
    return out;
  }
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    if (looks_like_encrypted_ooxml(bytes)) {
      return Failure{"encrypted", "password-protected Word document: open it in Word, remove the password "
                                  "(File > Info > Protect Document) and save again"};
    }
    return Failure{"unsupported-format", "legacy binary Word (.doc) file: save it as .docx (Word: Save As; or "
                                         "soffice --headless --convert-to docx FILE)"};
  }
  if (starts_with(bytes, "%PDF")) {
    return Failure{"unsupported-format", "PDF is not read yet: convert the strategy to .docx (e.g. open it in Word, "
                                         "or save the source document as .docx)"};
  }
  return Failure{"unsupported-format", "not a format jamkoll reads yet (this version reads .docx)"};
}

}  // namespace jamkoll

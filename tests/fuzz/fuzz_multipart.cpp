// Fuzzes the service's reading of a multipart/form-data upload (form_upload.h): the input's first
// line is the boundary of the Content-Type, the rest the stored envelope. Poco's MultipartReader
// once looped forever on an unterminated form; -timeout catches a return of that. Invariants
// checked: a draft taken out of a form has a name without folders that the query would accept,
// and its file exists and holds no more bytes than the envelope.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include <unistd.h>

#include "app/check_query.h"
#include "app/form_upload.h"
#include "app/upload_file.h"

namespace {

// The folder the uploads of this process go to, removed when the process ends.
struct ParentFolder {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("jamkoll-fuzz-multipart-" + std::to_string(::getpid()));
  ParentFolder() { std::filesystem::create_directories(path); }
  ~ParentFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

const std::filesystem::path& parent() {
  static const ParentFolder folder;
  return folder.path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = input.find('\n');
  if (newline == std::string::npos || newline > 200) return 0;
  const std::string content_type = "multipart/form-data; boundary=" + input.substr(0, newline);
  const std::string envelope_bytes = input.substr(newline + 1);
  auto envelope = jamkoll::UploadFile::create(parent(), "");
  if (!envelope) __builtin_trap();
  if (!(*envelope)->write(envelope_bytes.data(), envelope_bytes.size()) || !(*envelope)->finish()) __builtin_trap();
  auto draft = jamkoll::form_draft((*envelope)->path(), content_type, parent());
  if (!draft) return 0;
  const std::string& name = draft->filename;
  if (name.find('/') != std::string::npos || name.find('\\') != std::string::npos) __builtin_trap();
  if (!name.empty() && jamkoll::name_problem(name)) __builtin_trap();
  std::error_code ec;
  const auto bytes = std::filesystem::file_size(draft->file->path(), ec);
  if (ec || bytes > envelope_bytes.size()) __builtin_trap();
  return 0;
}

// A private place on disk for one upload of the HTTP service (check_service.h): a fresh directory
// made by mkdtemp (mode 0700, an unpredictable name, never an existing one) holding one file with a
// fixed name ("upload" plus the extension the client's name suggests), created with
// O_CREAT|O_EXCL|O_NOFOLLOW and mode 0600. No other user can read the draft, and no symlink or
// directory planted in the shared temp directory can redirect the write. The destructor removes
// the file and the directory on every path (success, error, exception).
//
//   auto upload = UploadFile::create(std::filesystem::temp_directory_path(), ".docx");
//   if (!upload) return upload.failure();
//   if (auto w = upload->write(bytes, n); !w) return w.failure();
//   if (auto c = upload->finish(); !c) return c.failure();
//   check_file(upload->path().string(), …);
//
// Failure code: upload-write (the message says which step failed and the system's reason).
// Thread-safety: one object per request; distinct objects need no locking.
// Tests: tests/app/upload_file_test.cpp; fuzzed by tests/fuzz/fuzz_request.cpp, tests/fuzz/fuzz_multipart.cpp
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

#include "common/outcome.h"

namespace jamkoll {

class UploadFile {
 public:
  // `parent`: where the private directory is made (the system temp directory in the service).
  // `extension`: ".docx", ".md", …; anything but a dot and up to kMaxExtensionLength letters and
  // digits is dropped (the file is then read by its content alone).
  static Outcome<std::unique_ptr<UploadFile>> create(const std::filesystem::path& parent, const std::string& extension);

  ~UploadFile();
  UploadFile(const UploadFile&) = delete;
  UploadFile& operator=(const UploadFile&) = delete;

  // Writes all `size` bytes (retrying short writes and EINTR). REQUIRES: finish() not called yet.
  Outcome<void> write(const char* bytes, std::size_t size);
  // Closes the file, reporting a failed close (a delayed write error). REQUIRES: called once.
  Outcome<void> finish();

  const std::filesystem::path& directory() const { return directory_; }
  const std::filesystem::path& path() const { return path_; }

  // Longest extension kept from the client's name: ".markdown" is the longest the readers know.
  static constexpr std::size_t kMaxExtensionLength = 16;

 private:
  UploadFile(std::filesystem::path directory, std::filesystem::path path, int fd);

  std::filesystem::path directory_;
  std::filesystem::path path_;
  int fd_ = -1;
};

// The extension of `name` that UploadFile keeps ("" when there is none or it is not plain).
std::string upload_extension(const std::string& name);

}  // namespace jamkoll

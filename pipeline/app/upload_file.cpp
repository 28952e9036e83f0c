#include "app/upload_file.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jamkoll {
namespace {

namespace fs = std::filesystem;

Failure write_failure(const std::string& step) {
  return Failure::upload_write("cannot store the upload (" + step + "): " + std::strerror(errno));
}

}  // namespace

std::string upload_extension(const std::string& name) {
  const std::string extension = fs::path(name).extension().string();
  if (extension.size() < 2 || extension.size() > UploadFile::kMaxExtensionLength + 1) return "";
  for (std::size_t i = 1; i < extension.size(); ++i) {
    if (!std::isalnum(static_cast<unsigned char>(extension[i]))) return "";
  }
  return extension;
}

Outcome<std::unique_ptr<UploadFile>> UploadFile::create(const fs::path& parent, const std::string& extension) {
  // mkdtemp makes the directory itself (mode 0700) under a fresh random name and fails rather than
  // reuse anything that exists, a symlink included.
  std::string pattern = (parent / "jamkoll-serve-XXXXXX").string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (::mkdtemp(buffer.data()) == nullptr) return write_failure("private directory in " + parent.string());
  const fs::path directory(buffer.data());
  const fs::path path = directory / ("upload" + upload_extension("upload" + extension));
  // The directory is new and ours alone; O_EXCL|O_NOFOLLOW still refuse anything found in its place.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
  if (fd < 0) {
    const Failure failure = write_failure("open");
    ::rmdir(directory.c_str());
    return failure;
  }
  return std::unique_ptr<UploadFile>(new UploadFile(directory, path, fd));
}

UploadFile::UploadFile(fs::path directory, fs::path path, int fd)
    : directory_(std::move(directory)), path_(std::move(path)), fd_(fd) {}

UploadFile::~UploadFile() {
  if (fd_ >= 0) ::close(fd_);
  ::unlink(path_.c_str());
  ::rmdir(directory_.c_str());
}

Outcome<void> UploadFile::write(const char* bytes, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd_, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return write_failure("write");
    }
    bytes += n;
    size -= static_cast<std::size_t>(n);
  }
  return {};
}

Outcome<void> UploadFile::finish() {
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return write_failure("close");
  return {};
}

}  // namespace jamkoll

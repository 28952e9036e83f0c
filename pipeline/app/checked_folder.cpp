#include "app/checked_folder.h"

#include <system_error>

#include "common/unicode.h"

namespace jamkoll {
namespace fs = std::filesystem;
namespace {

// Absolute and lexically normal, without a trailing separator ("/a/b/" → "/a/b").
fs::path absolute_normal(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec).lexically_normal();
  if (ec) p = fs::path(path).lexically_normal();
  if (!p.has_filename() && p.has_parent_path() && p != p.root_path()) p = p.parent_path();
  return p;
}

// The longest leading run of parts `a` and `b` share.
fs::path common_folder(const fs::path& a, const fs::path& b) {
  fs::path out;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end() && *i == *j; ++i, ++j) out /= *i;
  return out;
}

}  // namespace

CheckedFolder::CheckedFolder(const std::vector<std::string>& named) {
  bool first = true;
  for (const std::string& path : named) {
    const fs::path p = absolute_normal(path);
    std::error_code ec;
    const fs::path folder = fs::is_directory(p, ec) ? p : p.parent_path();
    folder_ = first ? folder : common_folder(folder_, folder);
    first = false;
  }
}

std::string CheckedFolder::relative(const std::string& path) const {
  if (folder_.empty()) return path;
  const fs::path rel = absolute_normal(path).lexically_relative(folder_);
  // Not below the folder (cannot happen for the paths a run checks): the path as given.
  if (rel.empty() || *rel.begin() == "..") return path;
  return to_nfc(rel.generic_string());
}

}  // namespace jamkoll

#include "app/input_files.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace jamkoll {
namespace fs = std::filesystem;

bool has_document_extension(const std::string& path) {
  static const std::set<std::string> known = {".docx", ".odt", ".fodt", ".xml", ".html", ".htm", ".xhtml", ".pdf", ".txt", ".md"};
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return known.count(ext) > 0;
}

namespace {

bool skipped_name(const std::string& name) {
  const auto ends_with = [&](const std::string& s) {
    return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
  };
  return name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0 || ends_with(".expected.json");
}

}  // namespace

InputList collect_inputs(const std::vector<std::string>& paths) {
  InputList out;
  std::set<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (skipped_name(name)) {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec) && has_document_extension(name)) files.insert(it->path().string());
      }
    } else if (fs::exists(p, ec)) {
      files.insert(p);
    } else {
      out.missing.push_back(p);
      files.insert(p);  // reported as a "not-found" error in its sorted place
    }
  }
  out.files.assign(files.begin(), files.end());
  return out;
}

}  // namespace jamkoll

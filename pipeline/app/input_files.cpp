#include "app/input_files.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "common/ascii.h"

namespace jamkoll {
namespace fs = std::filesystem;

namespace {

std::string lower_extension(const std::string& path) {
  return ascii_lower(fs::path(path).extension().string());
}

bool skipped_name(const std::string& name) {
  const auto ends_with = [&](const std::string& s) {
    return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
  };
  return name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0 || ends_with(".expected.json");
}

Failure folder_failure(const std::error_code& ec) {
  const bool denied = ec == std::errc::permission_denied || ec == std::errc::operation_not_permitted;
  return Failure{denied ? FailureCode::kPermissionDenied : FailureCode::kNotFound,
                 "folder cannot be read (" + ec.message() + "): the drafts in it are not checked"};
}

bool walk_takes(const std::string& name) {
  return has_document_extension(name) || has_office_extension(name);
}

// One folder and, depth first, the folders below it. Symlinked folders are not followed (as
// std::filesystem's recursive walk by default), symlinked files are.
void walk_folder(const fs::path& folder, std::set<std::string>& files, std::map<std::string, Failure>& errors) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec), end;
  if (ec) {
    errors.emplace(normalised_path(folder.string()), folder_failure(ec));
    return;
  }
  std::vector<fs::path> subfolders;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& entry = it->path();
    const std::string name = entry.filename().string();
    if (skipped_name(name)) continue;
    std::error_code type_ec;
    if (it->is_symlink(type_ec) ? false : it->is_directory(type_ec)) {
      subfolders.push_back(entry);
    } else if (walk_takes(name) && it->is_regular_file(type_ec)) {
      files.insert(normalised_path(entry.string()));
    }
  }
  if (ec) errors.emplace(normalised_path(folder.string()), folder_failure(ec));
  for (const fs::path& sub : subfolders) walk_folder(sub, files, errors);
}

}  // namespace

// "./samples/" → "samples", "a//b/../c.docx" → "a/c.docx"; "/" stays as it is.
std::string normalised_path(const std::string& path) {
  std::string out = fs::path(path).lexically_normal().string();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out.empty() ? "." : out;
}

bool has_document_extension(const std::string& path) {
  static const std::set<std::string> known = {".docx", ".odt", ".fodt", ".xml", ".html", ".htm", ".xhtml", ".pdf", ".txt", ".md"};
  return known.count(lower_extension(path)) > 0;
}

bool has_office_extension(const std::string& path) {
  static const std::set<std::string> office = {".doc", ".dot",  ".docm", ".dotx", ".dotm", ".rtf", ".ott", ".wpd",
                                               ".xls", ".xlsx", ".xlsm", ".ods",  ".ppt",  ".pptx", ".odp", ".pages"};
  return office.count(lower_extension(path)) > 0;
}

InputList collect_inputs(const std::vector<std::string>& paths) {
  InputList out;
  std::set<std::string> files;
  for (const std::string& named : paths) {
    const std::string p = normalised_path(named);
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      walk_folder(p, files, out.walk_errors);
    } else if (fs::exists(p, ec) || (ec && ec != std::errc::no_such_file_or_directory)) {
      files.insert(p);  // read as named; an unreadable one gets its error from the reader
    } else {
      out.missing.push_back(p);
      files.insert(p);  // reported as a "not-found" error in its sorted place
    }
  }
  for (const auto& entry : out.walk_errors) files.insert(entry.first);
  out.files.assign(files.begin(), files.end());
  return out;
}

}  // namespace jamkoll

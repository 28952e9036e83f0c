#include "report/document_labels.h"

#include <algorithm>
#include <filesystem>

namespace jamkoll {
namespace {

std::vector<std::string> components(const std::string& path) {
  std::vector<std::string> parts;
  for (const auto& part : std::filesystem::path(path).lexically_normal()) {
    if (!part.empty() && part != ".") parts.push_back(part.string());
  }
  return parts;
}

std::string joined(const std::vector<std::string>& parts, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < parts.size(); ++i) {
    if (!out.empty() && out.back() != '/') out += '/';
    out += parts[i];
  }
  return out;
}

}  // namespace

std::vector<std::string> relative_labels(const std::vector<std::string>& paths) {
  std::vector<std::vector<std::string>> split;
  for (const std::string& p : paths) split.push_back(components(p));
  // The shared folder: components every path has in the same place, never a path's last one (its
  // file name), so each label keeps at least its name.
  std::size_t shared = split.empty() ? 0 : split.front().size();
  for (const auto& parts : split) {
    shared = std::min(shared, parts.empty() ? 0 : parts.size() - 1);
    std::size_t i = 0;
    while (i < shared && parts[i] == split.front()[i]) ++i;
    shared = i;
  }
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const std::string label = joined(split[i], shared);
    labels.push_back(label.empty() ? paths[i] : label);
  }
  return labels;
}

}  // namespace jamkoll

#include "judge/data_source.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/embedded_data.h"

namespace jamkoll {
namespace {

std::optional<std::string> embedded(const std::string& path) {
  for (const EmbeddedFile& f : embedded_files()) {
    if (path == f.path) return std::string(f.data, f.size);
  }
  return std::nullopt;
}

class EmbeddedSource : public DataSource {
 public:
  explicit EmbeddedSource(std::string pack) : pack_(std::move(pack)) {}
  std::optional<std::string> read(const std::string& path) const override { return embedded(full(path)); }
  std::string describe(const std::string& path) const override { return full(path) + " (built in)"; }

 private:
  std::string full(const std::string& path) const {
    return path.rfind("lexicons/", 0) == 0 ? path : "rules/" + pack_ + "/" + path;
  }
  std::string pack_;
};

class DirectorySource : public DataSource {
 public:
  explicit DirectorySource(std::filesystem::path dir) : dir_(std::move(dir)) {}
  std::optional<std::string> read(const std::string& path) const override {
    std::ifstream in(locate(path), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  }
  std::string describe(const std::string& path) const override { return locate(path).string(); }

 private:
  std::filesystem::path locate(const std::string& path) const {
    const std::filesystem::path here = dir_ / path;
    if (path.rfind("lexicons/", 0) == 0 && !std::filesystem::exists(here)) {
      const std::filesystem::path repo = dir_ / ".." / ".." / path;
      if (std::filesystem::exists(repo)) return repo.lexically_normal();
    }
    return here;
  }
  std::filesystem::path dir_;
};

}  // namespace

std::unique_ptr<DataSource> embedded_pack_source(const std::string& pack_id) {
  return std::make_unique<EmbeddedSource>(pack_id);
}

std::unique_ptr<DataSource> directory_pack_source(const std::string& directory) {
  return std::make_unique<DirectorySource>(directory);
}

std::string rulepack_schema() { return embedded("rules/rulepack.xsd").value_or(""); }

}  // namespace jamkoll

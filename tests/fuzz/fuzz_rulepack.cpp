// Fuzzes the rule pack loader (schema validation, references, patterns) with a fuzzed pack.xml and
// the built-in lexicons.
#include <cstddef>
#include <cstdint>
#include <string>

#include "judge/data_source.h"
#include "judge/judge.h"
#include "judge/pack_loader.h"

namespace {

class FuzzedPack : public jamkoll::DataSource {
 public:
  explicit FuzzedPack(std::string xml) : xml_(std::move(xml)), builtin_(jamkoll::embedded_pack_source("lansstrategi")) {}
  std::optional<std::string> read(const std::string& path) const override {
    return path == "pack.xml" ? std::optional<std::string>(xml_) : builtin_->read(path);
  }
  std::string describe(const std::string& path) const override { return "fuzz/" + path; }

 private:
  std::string xml_;
  std::unique_ptr<jamkoll::DataSource> builtin_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const FuzzedPack source(std::string(reinterpret_cast<const char*>(data), size));
  auto pack = jamkoll::load_pack(source);
  if (pack) (void)jamkoll::Judge::create(*pack);
  return 0;
}

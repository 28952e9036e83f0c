// Where a rule pack's files come from: the copy compiled into the binary (the default pack) or a
// folder on disk (--rules DIR). Paths are relative to the repository layout: "pack.xml",
// "lexicons/goal.power.lex", "lexicons/inflection.txt".
// Tests: tests/judge/rule_pack_test.cpp; fuzzed by tests/fuzz/fuzz_rulepack.cpp
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace jamkoll {

class DataSource {
 public:
  virtual ~DataSource() = default;
  // The file's bytes, or nullopt when it does not exist.
  virtual std::optional<std::string> read(const std::string& relative_path) const = 0;
  // How a file is named in messages ("rules/lansstrategi/pack.xml", "/tmp/pack/pack.xml").
  virtual std::string describe(const std::string& relative_path) const = 0;
};

// The pack named `pack_id` as compiled in (rules/<pack_id>/pack.xml, lexicons/*).
std::unique_ptr<DataSource> embedded_pack_source(const std::string& pack_id);

// A pack folder on disk: DIR/pack.xml; lexicons from DIR/lexicons/ or, failing that, from the
// repository's lexicons/ two levels up (rules/<pack>/ → lexicons/).
std::unique_ptr<DataSource> directory_pack_source(const std::string& directory);

// The rule pack schema (rules/rulepack.xsd), always the built-in copy.
std::string rulepack_schema();

}  // namespace jamkoll

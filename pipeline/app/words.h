// A phrase in both languages, for what the command line and the service say to people.
// Tests: tests/app/check_query_test.cpp (Swedish and English refusal words), tests/app/command_spec_test.cpp
#pragma once

#include <string>

#include "report/document_result.h"

namespace jamkoll {

// A phrase in both languages; an empty `en` falls back to `sv` (a value the same in both).
struct Words {
  std::string sv;
  std::string en = {};
  const std::string& in(Language language) const {
    return language == Language::kEnglish && !en.empty() ? en : sv;
  }
  bool empty() const { return sv.empty(); }
};

}  // namespace jamkoll

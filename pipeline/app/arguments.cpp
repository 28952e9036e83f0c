#include "app/arguments.h"

namespace jamkoll {

ParsedArguments parse_arguments(const std::vector<std::string>& args, const std::set<std::string>& with_value,
                                const std::set<std::string>& flags,
                                const std::map<std::string, std::string>& aliases) {
  ParsedArguments out;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a.size() < 2 || a[0] != '-') {
      out.positional.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    std::string name = a;
    std::optional<std::string> value;
    if (const std::size_t eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
    }
    const auto alias = aliases.find(name);
    const std::string& stored = alias == aliases.end() ? name : alias->second;
    if (with_value.count(name)) {
      if (!value) {
        if (i + 1 >= args.size()) {
          out.error = "option " + name + " needs a value";
          return out;
        }
        value = args[++i];
      }
      out.values[stored] = *value;
    } else if (flags.count(name) && !value) {
      out.flags.insert(stored);
    } else {
      out.error = "unknown option " + a;
      return out;
    }
  }
  return out;
}

}  // namespace jamkoll

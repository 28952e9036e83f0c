#include "app/access_log.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "common/utf8.h"

namespace jamkoll {
namespace {

// Longest path logged: a longer one is cut and marked with "…".
constexpr std::size_t kMaxLoggedPath = 200;

std::string printable(const std::string& text) {
  static const char* const kHex = "0123456789abcdef";
  std::string out;
  for (const char c : text.substr(0, kMaxLoggedPath)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte > 0x20 && byte < 0x7f && byte != '\\') {
      out += c;
    } else {
      out += "\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
    }
  }
  if (text.size() > kMaxLoggedPath) out += "…";
  return out;
}

// Code points of the query's `name`, if it has one (nullopt as well for a query Poco cannot read).
std::optional<std::size_t> name_length(const std::string& target) {
  try {
    for (const auto& [key, value] : Poco::URI(target).getQueryParameters()) {
      if (key != "name") continue;
      return code_points(value);
    }
  } catch (const Poco::Exception&) {
    // A query Poco cannot decode: no length to log.
  }
  return std::nullopt;
}

}  // namespace

std::string access_line(const AccessEntry& entry) {
  std::string line = "jamkoll serve: " + printable(entry.method) + " " + printable(entry.target.substr(0, entry.target.find('?'))) +
                     " " + std::to_string(entry.status) + " " + std::to_string(entry.bytes) + " B " +
                     std::to_string(entry.elapsed.count()) + " ms";
  if (const auto length = name_length(entry.target)) line += " name=" + std::to_string(*length);
  return line;
}

void AccessLog::write(const AccessEntry& entry) {
  if (!out_) return;
  const std::string line = access_line(entry) + "\n";
  std::lock_guard lock(mutex_);
  *out_ << line << std::flush;
}

}  // namespace jamkoll

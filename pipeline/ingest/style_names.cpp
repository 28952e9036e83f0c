#include "ingest/style_names.h"

#include <algorithm>
#include <cctype>

namespace jamkoll {
namespace {

bool numbered(std::string_view name, std::string_view prefix) {
  return name.size() == prefix.size() + 1 && name.substr(0, prefix.size()) == prefix &&
         std::isdigit(static_cast<unsigned char>(name.back()));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

int heading_level_from_style_name(std::string_view name) {
  for (const std::string_view prefix : {"heading ", "rubrik "}) {
    if (numbered(name, prefix) && name.back() >= '1') return name.back() - '0';
  }
  return 0;
}

bool is_toc_style_name(std::string_view name) {
  for (const std::string_view prefix : {"toc ", "contents ", "innehåll "}) {
    if (numbered(name, prefix)) return true;
  }
  return name == "toc heading" || name == "contents heading" || name == "innehållsförteckningsrubrik";
}

bool is_title_style_name(std::string_view name) { return name == "title" || name == "rubrik"; }

std::string decode_odf_style_name(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '_' && i + 3 < name.size() && name[i + 3] == '_' && hex_digit(name[i + 1]) >= 0 &&
        hex_digit(name[i + 2]) >= 0) {
      const int code = hex_digit(name[i + 1]) * 16 + hex_digit(name[i + 2]);
      if (code >= 0x20 && code < 0x7F) {
        out += static_cast<char>(code);
        i += 3;
        continue;
      }
    }
    out += name[i];
  }
  return out;
}

void NamedStyleTraits::add(std::string_view lower_name, std::optional<int> declared_level) {
  is_title = is_title || is_title_style_name(lower_name);
  is_toc = is_toc || is_toc_style_name(lower_name);
  if (heading_decided_) return;
  if (const int level = heading_level_from_style_name(lower_name)) {
    heading_level = level;
    heading_decided_ = true;
  } else if (declared_level) {
    heading_level = *declared_level;
    heading_decided_ = true;
  }
}

}  // namespace jamkoll

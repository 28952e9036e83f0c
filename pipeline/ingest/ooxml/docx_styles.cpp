#include "ingest/ooxml/docx_styles.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "common/ascii.h"
#include "ingest/ooxml/ooxml_names.h"
#include "ingest/style_names.h"

namespace jamkoll {
namespace {

std::optional<int> int_attr(const xmlNode* node) {
  if (!node) return std::nullopt;
  const std::string value = ooxml::w_attr(node, "val");
  if (value.empty() || value.size() > 6) return std::nullopt;
  try {
    return std::stoi(value);
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace

DocxStyles::DocxStyles(const xmlNode* root) {
  for (const xmlNode* s = root ? root->children : nullptr; s; s = s->next) {
    if (!ooxml::is_w(s, "style") || ooxml::w_attr(s, "type") != "paragraph") continue;
    Style style;
    const std::string id = ooxml::w_attr(s, "styleId");
    style.name = ascii_lower(decode_odf_style_name(ooxml::w_attr(ooxml::w_child(s, "name"), "val")));
    style.based_on = ooxml::w_attr(ooxml::w_child(s, "basedOn"), "val");
    if (const xmlNode* ppr = ooxml::w_child(s, "pPr")) {
      style.outline_level = int_attr(ooxml::w_child(ppr, "outlineLvl"));
      if (const xmlNode* num = ooxml::w_child(ppr, "numPr")) {
        style.num_id = int_attr(ooxml::w_child(num, "numId"));
        style.list_level = int_attr(ooxml::w_child(num, "ilvl")).value_or(0);
      } else if (const xmlNode* list = ooxml::w_child(ppr, "listPr")) {  // Word 2003
        style.num_id = int_attr(ooxml::w_child(list, "ilfo"));
        style.list_level = int_attr(ooxml::w_child(list, "ilvl")).value_or(0);
      }
    }
    const std::string is_default = ooxml::w_attr(s, "default");
    if ((is_default == "1" || is_default == "true" || is_default == "on") && default_style_.empty()) default_style_ = id;
    styles_.emplace(id, std::move(style));
  }
}

ParagraphStyleTraits DocxStyles::traits(const std::string& style_id) const {
  ParagraphStyleTraits out;
  NamedStyleTraits named;
  bool list_decided = false;
  std::set<std::string> seen;  // basedOn chains can loop in damaged files
  std::string id = styles_.count(style_id) ? style_id : default_style_;
  while (!id.empty() && seen.insert(id).second) {
    auto it = styles_.find(id);
    if (it == styles_.end()) break;
    const Style& s = it->second;
    // w:outlineLvl counts from 0; 9 (and anything out of range) is body text.
    std::optional<int> declared;
    if (s.outline_level) declared = (*s.outline_level >= 0 && *s.outline_level <= 8) ? *s.outline_level + 1 : 0;
    named.add(s.name, declared);
    if (!list_decided && s.num_id) {
      out.is_list = *s.num_id != 0;
      out.list_level = s.list_level;
      list_decided = true;
    }
    id = s.based_on;
  }
  out.heading_level = named.heading_level;
  out.is_title = named.is_title;
  out.is_toc = named.is_toc;
  return out;
}

}  // namespace jamkoll

#include "ingest/odf_styles.h"

#include <set>

#include "ingest/odf_names.h"
#include "ingest/style_names.h"

namespace jamkoll {

void OdfStyles::add(const xmlNode* container) {
  for (const xmlNode* s = container ? container->children : nullptr; s; s = s->next) {
    if (!odf::is_style(s, "style") || odf::attr(s, odf::kStyle, "family") != "paragraph") continue;
    const std::string name = odf::attr(s, odf::kStyle, "name");
    std::string display = odf::attr(s, odf::kStyle, "display-name");
    if (display.empty()) display = decode_odf_style_name(name);
    Style style;
    style.name = lower_ascii(display);
    style.parent = odf::attr(s, odf::kStyle, "parent-style-name");
    const int level = odf::count_attr(s, odf::kStyle, "default-outline-level", 0, 9);
    if (level > 0) style.outline_level = level;
    styles_[name] = std::move(style);
  }
}

OdfParagraphTraits OdfStyles::traits(const std::string& style_name) const {
  OdfParagraphTraits out;
  bool heading_decided = false;
  bool title_decided = false;
  std::set<std::string> seen;  // parent chains can loop in damaged files
  for (std::string name = style_name; !name.empty() && seen.insert(name).second;) {
    auto it = styles_.find(name);
    if (it == styles_.end()) break;
    const Style& s = it->second;
    if (!title_decided && is_title_style_name(s.name)) {
      out.is_title = true;
      title_decided = true;
    }
    if (is_toc_style_name(s.name)) out.is_toc = true;
    if (!heading_decided) {
      if (const int level = heading_level_from_style_name(s.name)) {
        out.heading_level = level;
        heading_decided = true;
      } else if (s.outline_level) {
        out.heading_level = *s.outline_level;
        heading_decided = true;
      }
    }
    name = s.parent;
  }
  return out;
}

}  // namespace jamkoll

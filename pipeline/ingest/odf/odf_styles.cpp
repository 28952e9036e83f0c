#include "ingest/odf/odf_styles.h"

#include <set>

#include "common/ascii.h"
#include "ingest/odf/odf_names.h"
#include "ingest/style_names.h"

namespace jamkoll {

void OdfStyles::add(const xmlNode* container) {
  for (const xmlNode* s = container ? container->children : nullptr; s; s = s->next) {
    if (!odf::is_style(s, "style") || odf::attr(s, odf::kStyle, "family") != "paragraph") continue;
    const std::string name = odf::attr(s, odf::kStyle, "name");
    std::string display = odf::attr(s, odf::kStyle, "display-name");
    if (display.empty()) display = decode_odf_style_name(name);
    Style style;
    style.name = ascii_lower(display);
    style.parent = odf::attr(s, odf::kStyle, "parent-style-name");
    const int level = odf::count_attr(s, odf::kStyle, "default-outline-level", 0, 9);
    if (level > 0) style.outline_level = level;
    styles_[name] = std::move(style);
  }
}

OdfParagraphTraits OdfStyles::traits(const std::string& style_name) const {
  NamedStyleTraits named;
  std::set<std::string> seen;  // parent chains can loop in damaged files
  for (std::string name = style_name; !name.empty() && seen.insert(name).second;) {
    auto it = styles_.find(name);
    if (it == styles_.end()) break;
    const Style& s = it->second;
    named.add(s.name, s.outline_level);
    name = s.parent;
  }
  return {named.heading_level, named.is_title, named.is_toc};
}

}  // namespace jamkoll

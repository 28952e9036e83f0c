// Small helpers for walking a libxml2 tree by namespace and local name. Entity-reference nodes
// are never followed (asking libxml2 for their content could expand them).
// Tests: end to end through read_document in tests/ingest/docx_fixtures_test.cpp, tests/ingest/odf_test.cpp
#pragma once

#include <libxml/tree.h>

#include <initializer_list>
#include <string>
#include <string_view>

namespace jamkoll::xml {

inline std::string_view local_name(const xmlNode* node) {
  return node && node->name ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

inline std::string_view ns_href(const xmlNode* node) {
  return node && node->ns && node->ns->href ? std::string_view(reinterpret_cast<const char*>(node->ns->href))
                                            : std::string_view();
}

inline bool is_element(const xmlNode* node) { return node && node->type == XML_ELEMENT_NODE; }

// A NUL-terminated UTF-8 string as libxml2's xmlChar*, for building trees.
inline const xmlChar* chars(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
inline const xmlChar* chars(const std::string& s) { return chars(s.c_str()); }

// Direct text content of a text or CDATA node (never entity references).
inline std::string_view node_text(const xmlNode* node) {
  if (!node || (node->type != XML_TEXT_NODE && node->type != XML_CDATA_SECTION_NODE) || !node->content) return {};
  return reinterpret_cast<const char*>(node->content);
}

// Concatenated text and CDATA children (one level), entity references skipped.
inline std::string child_text(const xmlNode* node) {
  std::string out;
  for (const xmlNode* c = node ? node->children : nullptr; c; c = c->next) out += node_text(c);
  return out;
}

// Value of the attribute `name` in any of `namespaces` (or with no namespace); "" if absent.
inline std::string attribute(const xmlNode* node, std::string_view name,
                             std::initializer_list<std::string_view> namespaces = {}) {
  if (!node) return {};
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    if (std::string_view(reinterpret_cast<const char*>(a->name)) != name) continue;
    bool ns_ok = a->ns == nullptr || namespaces.size() == 0;
    if (!ns_ok) {
      const std::string_view href(reinterpret_cast<const char*>(a->ns->href));
      for (std::string_view n : namespaces) ns_ok = ns_ok || n == href;
    }
    if (!ns_ok) continue;
    std::string out;
    for (const xmlNode* c = a->children; c; c = c->next) out += node_text(c);
    return out;
  }
  return {};
}

}  // namespace jamkoll::xml

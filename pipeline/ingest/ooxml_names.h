// Namespaces and element tests for WordprocessingML, in both the Transitional and the Strict
// (ISO 29500 strict, "purl.oclc.org") flavours.
#pragma once

#include <string_view>

#include "common/xml_node.h"

namespace jamkoll::ooxml {

inline constexpr std::string_view kWordTransitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view kWordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
inline constexpr std::string_view kMarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
inline constexpr std::string_view kMath = "http://schemas.openxmlformats.org/officeDocument/2006/math";
inline constexpr std::string_view kMathStrict = "http://purl.oclc.org/ooxml/officeDocument/math";
inline constexpr std::string_view kPackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

inline bool is_word_ns(std::string_view href) { return href == kWordTransitional || href == kWordStrict; }

// True for a WordprocessingML element named `name` (w:p, w:r, …).
inline bool is_w(const xmlNode* node, std::string_view name) {
  return xml::is_element(node) && xml::local_name(node) == name && is_word_ns(xml::ns_href(node));
}

inline bool is_mc(const xmlNode* node, std::string_view name) {
  return xml::is_element(node) && xml::local_name(node) == name && xml::ns_href(node) == kMarkupCompatibility;
}

// The w:-namespaced attribute (w:val, w:type, …).
inline std::string w_attr(const xmlNode* node, std::string_view name) {
  return xml::attribute(node, name, {kWordTransitional, kWordStrict});
}

// First child element w:name, or nullptr.
inline const xmlNode* w_child(const xmlNode* node, std::string_view name) {
  for (const xmlNode* c = node ? node->children : nullptr; c; c = c->next) {
    if (is_w(c, name)) return c;
  }
  return nullptr;
}

// The branch of an mc:AlternateContent to read: the first mc:Choice, else mc:Fallback. Text boxes
// live in both branches; reading both would count them twice.
inline const xmlNode* chosen_alternative(const xmlNode* alternate_content) {
  const xmlNode* fallback = nullptr;
  for (const xmlNode* c = alternate_content->children; c; c = c->next) {
    if (is_mc(c, "Choice")) return c;
    if (is_mc(c, "Fallback") && !fallback) fallback = c;
  }
  return fallback;
}

}  // namespace jamkoll::ooxml

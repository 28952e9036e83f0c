// Namespaces and element tests for WordprocessingML, in both the Transitional and the Strict
// (ISO 29500 strict, "purl.oclc.org") flavours, and for its predecessor, Word 2003 XML
// ("WordprocessingML 2003", one file with root w:wordDocument), whose w: vocabulary is the same
// for everything the walker reads.
// Tests: tests/report/annotate/docx_annotator_test.cpp, tests/ingest/docx_fixtures_test.cpp (strict fixture,
//   through read_document)
#pragma once

#include <string_view>

#include "common/xml_node.h"

namespace jamkoll::ooxml {

inline constexpr std::string_view kWordTransitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view kWordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
inline constexpr std::string_view kWord2003 = "http://schemas.microsoft.com/office/word/2003/wordml";
inline constexpr std::string_view kWord2003AuxHint = "http://schemas.microsoft.com/office/word/2003/auxHint";
inline constexpr std::string_view kAnnotationMarkup = "http://schemas.microsoft.com/aml/2001/core";
inline constexpr std::string_view kMarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
inline constexpr std::string_view kMath = "http://schemas.openxmlformats.org/officeDocument/2006/math";
inline constexpr std::string_view kMathStrict = "http://purl.oclc.org/ooxml/officeDocument/math";
inline constexpr std::string_view kPackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

inline bool is_word_ns(std::string_view href) {
  return href == kWordTransitional || href == kWordStrict || href == kWord2003;
}

// True for a WordprocessingML element named `name` (w:p, w:r, …).
inline bool is_w(const xmlNode* node, std::string_view name) {
  return xml::is_element(node) && xml::local_name(node) == name && is_word_ns(xml::ns_href(node));
}

inline bool is_mc(const xmlNode* node, std::string_view name) {
  return xml::is_element(node) && xml::local_name(node) == name && xml::ns_href(node) == kMarkupCompatibility;
}

// The w:-namespaced attribute (w:val, w:type, …).
inline std::string w_attr(const xmlNode* node, std::string_view name) {
  return xml::attribute(node, name, {kWordTransitional, kWordStrict, kWord2003});
}

// First child element w:name, or nullptr.
inline const xmlNode* w_child(const xmlNode* node, std::string_view name) {
  for (const xmlNode* c = node ? node->children : nullptr; c; c = c->next) {
    if (is_w(c, name)) return c;
  }
  return nullptr;
}

// Word 2003's aml:annotation; its w:type says what it is ("Word.Insertion", "Word.Deletion",
// "Word.Comment", bookmarks, …).
inline bool is_annotation(const xmlNode* node) {
  return xml::is_element(node) && xml::local_name(node) == "annotation" && xml::ns_href(node) == kAnnotationMarkup;
}

// The aml:content of a Word 2003 insertion (its text counts), else nullptr: deletions, comments
// and bookmarks hold no reading text.
inline const xmlNode* inserted_content(const xmlNode* annotation) {
  if (!is_annotation(annotation) || w_attr(annotation, "type") != "Word.Insertion") return nullptr;
  for (const xmlNode* c = annotation->children; c; c = c->next) {
    if (xml::is_element(c) && xml::local_name(c) == "content" && xml::ns_href(c) == kAnnotationMarkup) return c;
  }
  return nullptr;
}

// Word 2003's auxiliary wrappers (wx:sect, wx:sub-section, wx:pBdrGroup): read their children.
inline bool is_aux_hint_wrapper(const xmlNode* node) {
  return xml::is_element(node) && xml::ns_href(node) == kWord2003AuxHint;
}

// Word 2003 writes smart tags and custom XML as elements of their own schema's namespace
// (st1:place, ns0:Avsnitt) around runs and paragraphs: read through them. Elements of Office's own
// namespaces never are.
inline bool is_foreign_wrapper(const xmlNode* node) {
  if (!xml::is_element(node)) return false;
  const std::string_view ns = xml::ns_href(node);
  if (ns == "urn:schemas-microsoft-com:office:smarttags") return true;
  for (const std::string_view office : {"http://schemas.openxmlformats.org/", "http://schemas.microsoft.com/",
                                        "http://purl.oclc.org/ooxml/", "urn:schemas-microsoft-com:",
                                        "http://www.w3.org/"}) {
    if (ns.substr(0, office.size()) == office) return false;
  }
  return !ns.empty();
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

#include "report/annotate/package_parts.h"

#include <set>

#include "common/xml_node.h"
#include "ingest/ooxml/ooxml_names.h"

namespace jamkoll {
namespace {

const xmlChar* to_xml(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

std::string attribute_of(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

// A child element named like the root's children, in the root's namespace.
xmlNode* add_child_like_root(xmlNode* root, const char* name) {
  return xmlAddChild(root, xmlNewNode(root->ns, reinterpret_cast<const xmlChar*>(name)));
}

}  // namespace

XmlDocPtr new_relationships_part() {
  XmlDocPtr doc(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
  xmlNode* root = xmlNewNode(nullptr, reinterpret_cast<const xmlChar*>("Relationships"));
  xmlSetNs(root, xmlNewNs(root, to_xml(std::string(ooxml::kPackageRelationships)), nullptr));
  xmlDocSetRootElement(doc.get(), root);
  doc->standalone = 1;
  return doc;
}

std::string add_relationship(xmlDoc* rels, std::string_view type, std::string_view target) {
  xmlNode* root = xmlDocGetRootElement(rels);
  std::set<std::string> used;
  for (const xmlNode* c = root->children; c; c = c->next) {
    if (xml::is_element(c)) used.insert(attribute_of(c, "Id"));
  }
  std::string id;
  for (int n = 1; id.empty() || used.count(id); ++n) id = "rIdJamkoll" + std::to_string(n);
  xmlNode* rel = add_child_like_root(root, "Relationship");
  xmlNewProp(rel, reinterpret_cast<const xmlChar*>("Id"), to_xml(id));
  xmlNewProp(rel, reinterpret_cast<const xmlChar*>("Type"), to_xml(std::string(type)));
  xmlNewProp(rel, reinterpret_cast<const xmlChar*>("Target"), to_xml(std::string(target)));
  return id;
}

void ensure_content_type_override(xmlDoc* types, std::string_view part_name, std::string_view content_type) {
  xmlNode* root = xmlDocGetRootElement(types);
  for (const xmlNode* c = root->children; c; c = c->next) {
    if (xml::is_element(c) && xml::local_name(c) == "Override" && attribute_of(c, "PartName") == part_name) return;
  }
  xmlNode* entry = add_child_like_root(root, "Override");
  xmlNewProp(entry, reinterpret_cast<const xmlChar*>("PartName"), to_xml(std::string(part_name)));
  xmlNewProp(entry, reinterpret_cast<const xmlChar*>("ContentType"), to_xml(std::string(content_type)));
}

std::string serialize_part(xmlDoc* doc) {
  xmlChar* buffer = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(doc, &buffer, &size, "UTF-8");
  std::string out = buffer ? std::string(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(size)) : "";
  xmlFree(buffer);
  return out;
}

}  // namespace jamkoll

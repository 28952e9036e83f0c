#include "report/annotate/package_parts.h"

#include <set>

#include "common/xml_node.h"
#include "ingest/ooxml/ooxml_names.h"

namespace jamkoll {
namespace {

// A child element named like the root's children, in the root's namespace.
xmlNode* add_child_like_root(xmlNode* root, const char* name) {
  return xmlAddChild(root, xmlNewNode(root->ns, xml::chars(name)));
}

}  // namespace

XmlDocPtr new_relationships_part() {
  XmlDocPtr doc(xmlNewDoc(xml::chars("1.0")));
  xmlNode* root = xmlNewNode(nullptr, xml::chars("Relationships"));
  xmlSetNs(root, xmlNewNs(root, xml::chars(std::string(ooxml::kPackageRelationships)), nullptr));
  xmlDocSetRootElement(doc.get(), root);
  doc->standalone = 1;
  return doc;
}

std::string add_relationship(xmlDoc* rels, std::string_view type, std::string_view target) {
  xmlNode* root = xmlDocGetRootElement(rels);
  std::set<std::string> used;
  for (const xmlNode* c = root->children; c; c = c->next) {
    if (xml::is_element(c)) used.insert(xml::attribute(c, "Id"));
  }
  std::string id;
  for (int n = 1; id.empty() || used.count(id); ++n) id = "rIdJamkoll" + std::to_string(n);
  xmlNode* rel = add_child_like_root(root, "Relationship");
  xmlNewProp(rel, xml::chars("Id"), xml::chars(id));
  xmlNewProp(rel, xml::chars("Type"), xml::chars(std::string(type)));
  xmlNewProp(rel, xml::chars("Target"), xml::chars(std::string(target)));
  return id;
}

void ensure_content_type_override(xmlDoc* types, std::string_view part_name, std::string_view content_type) {
  xmlNode* root = xmlDocGetRootElement(types);
  for (const xmlNode* c = root->children; c; c = c->next) {
    if (xml::is_element(c) && xml::local_name(c) == "Override" && xml::attribute(c, "PartName") == part_name) return;
  }
  xmlNode* entry = add_child_like_root(root, "Override");
  xmlNewProp(entry, xml::chars("PartName"), xml::chars(std::string(part_name)));
  xmlNewProp(entry, xml::chars("ContentType"), xml::chars(std::string(content_type)));
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

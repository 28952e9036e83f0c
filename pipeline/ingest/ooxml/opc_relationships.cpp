#include "ingest/ooxml/opc_relationships.h"

#include "common/xml_node.h"

namespace jamkoll {

std::string relationships_part_for(const std::string& part) {
  if (part.empty()) return "_rels/.rels";
  const std::size_t slash = part.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? part : part.substr(slash + 1);
  return dir + "_rels/" + name + ".rels";
}

std::string resolve_part_name(const std::string& source_part, const std::string& target) {
  std::string joined;
  if (!target.empty() && target[0] == '/') {
    joined = target.substr(1);
  } else {
    const std::size_t slash = source_part.rfind('/');
    joined = (slash == std::string::npos ? "" : source_part.substr(0, slash + 1)) + target;
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    const std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

Outcome<std::vector<Relationship>> read_relationships(OpcPackage& package, const std::string& part) {
  const std::string rels_part = relationships_part_for(part);
  std::vector<Relationship> out;
  if (!package.contains(rels_part)) return out;
  auto parsed = package.xml_part(rels_part);
  if (!parsed) return parsed.failure();
  const xmlNode* root = parsed->root;
  for (const xmlNode* c = root ? root->children : nullptr; c; c = c->next) {
    if (!xml::is_element(c) || xml::local_name(c) != "Relationship") continue;
    if (xml::attribute(c, "TargetMode") == "External") continue;
    out.push_back({xml::attribute(c, "Id"), xml::attribute(c, "Type"),
                   resolve_part_name(part, xml::attribute(c, "Target"))});
  }
  return out;
}

bool relationship_is(const Relationship& relationship, std::string_view kind) {
  const std::string& type = relationship.type;
  return type.size() > kind.size() && type.compare(type.size() - kind.size(), kind.size(), kind) == 0 &&
         type[type.size() - kind.size() - 1] == '/';
}

const Relationship* find_relationship(const std::vector<Relationship>& rels, std::string_view kind) {
  for (const Relationship& r : rels) {
    if (relationship_is(r, kind)) return &r;
  }
  return nullptr;
}

}  // namespace jamkoll

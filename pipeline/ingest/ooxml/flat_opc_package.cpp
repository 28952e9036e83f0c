#include "ingest/ooxml/flat_opc_package.h"

#include "common/xml_node.h"
#include "common/xml_parser.h"

namespace jamkoll {
namespace {

bool is_pkg(const xmlNode* node, std::string_view name) {
  return xml::is_element(node) && xml::local_name(node) == name && xml::ns_href(node) == kFlatOpcNamespace;
}

const xmlNode* pkg_child(const xmlNode* node, std::string_view name) {
  for (const xmlNode* c = node ? node->children : nullptr; c; c = c->next) {
    if (is_pkg(c, name)) return c;
  }
  return nullptr;
}

int base64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// Decodes base64, skipping whitespace; stops at '='. Fails on other characters or above max_bytes.
Outcome<std::string> decode_base64(std::string_view text, const std::string& part, std::uint64_t max_bytes) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == '=') break;
    const int v = base64_value(c);
    if (v < 0) return Failure::xml_malformed("part " + part + " holds invalid base64 data");
    buffer = (buffer << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
      if (out.size() > max_bytes) {
        return Failure::too_large("part " + part + " decodes to more than " + std::to_string(max_bytes >> 20) +
                                        " MiB (limit --max-member-size)");
      }
    }
  }
  return out;
}

}  // namespace

Outcome<std::unique_ptr<FlatOpcPackage>> FlatOpcPackage::open(std::string_view bytes, const ReadLimits& limits) {
  auto doc = parse_xml(bytes, "the Flat OPC file", {.large_text_nodes = true});
  if (!doc) return doc.failure();
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  if (!is_pkg(root, "package")) {
    return Failure::not_a_document("not a Flat OPC package (root element <" + std::string(xml::local_name(root)) +
                                         ">, expected pkg:package)");
  }
  std::unique_ptr<FlatOpcPackage> package(new FlatOpcPackage(*doc, limits));
  for (const xmlNode* c = root->children; c; c = c->next) {
    if (!is_pkg(c, "part")) continue;
    std::string name = xml::attribute(c, "name", {kFlatOpcNamespace});
    while (!name.empty() && name.front() == '/') name.erase(0, 1);
    if (!name.empty()) package->parts_.emplace(name, c);
  }
  return package;
}

bool FlatOpcPackage::contains(const std::string& part) const { return parts_.count(part) > 0; }

Outcome<XmlPart> FlatOpcPackage::xml_part(const std::string& part) {
  auto it = parts_.find(part);
  if (it == parts_.end()) return Failure::not_a_document("Flat OPC package has no part " + part);
  if (const xmlNode* data = pkg_child(it->second, "xmlData")) {
    for (const xmlNode* c = data->children; c; c = c->next) {
      if (xml::is_element(c)) return XmlPart{doc_, c};
    }
    return Failure::xml_malformed("part " + part + " has an empty pkg:xmlData");
  }
  if (const xmlNode* data = pkg_child(it->second, "binaryData")) {
    auto bytes = decode_base64(xml::child_text(data), part, limits_.max_member_bytes);
    if (!bytes) return bytes.failure();
    auto doc = parse_xml(*bytes, part);
    if (!doc) return doc.failure();
    return XmlPart{*doc, xmlDocGetRootElement(doc->get())};
  }
  return Failure::xml_malformed("part " + part + " has neither pkg:xmlData nor pkg:binaryData");
}

}  // namespace jamkoll

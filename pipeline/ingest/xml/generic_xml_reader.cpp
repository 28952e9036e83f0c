#include "ingest/xml/generic_xml_reader.h"

#include <libxml/xpath.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "common/unicode.h"
#include "common/xml_node.h"
#include "common/xml_parser.h"
#include "ingest/document_builder.h"

namespace jamkoll {
namespace {

const std::set<std::string>& mapping_kinds() {
  static const std::set<std::string> kinds = {"heading", "section", "list-item", "table-cell", "footnote", "skip"};
  return kinds;
}

bool has_direct_text(const xmlNode* n) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (!trim(xml::node_text(c)).empty()) return true;
  }
  return false;
}

class Walker {
 public:
  Walker(std::map<const xmlNode*, std::string> roles, std::vector<Block>& out) : roles_(std::move(roles)), out_(out) {}

  void walk(const xmlNode* node, int sections) {
    for (const xmlNode* c = node; c; c = c->next) {
      if (!xml::is_element(c)) continue;
      const std::string role = role_of(c);
      if (role == "skip") continue;
      const int depth = sections + (role == "section" ? 1 : 0);
      if (is_block(c, role)) {
        emit(c, role, depth);
      } else {
        walk(c->children, depth);
      }
    }
  }

 private:
  std::string role_of(const xmlNode* n) const {
    auto it = roles_.find(n);
    return it == roles_.end() ? "" : it->second;
  }
  bool is_block(const xmlNode* n, const std::string& role) const {
    return role == "heading" || role == "list-item" || role == "table-cell" || role == "footnote" || has_direct_text(n);
  }
  // Text of a block in document order; nested blocks that are mapped (a footnote inside a
  // paragraph) are lifted out and emitted after it.
  void collect(const xmlNode* n, std::string& text, std::vector<const xmlNode*>& lifted) const {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        text += xml::node_text(c);
      } else if (xml::is_element(c)) {
        const std::string role = role_of(c);
        if (role == "skip") continue;
        if (role == "footnote" || role == "heading" || role == "list-item" || role == "table-cell") {
          lifted.push_back(c);
          continue;
        }
        collect(c, text, lifted);
      }
    }
  }
  void emit(const xmlNode* n, const std::string& role, int sections) {
    std::string text;
    std::vector<const xmlNode*> lifted;
    collect(n, text, lifted);
    std::string clean;  // whitespace runs (indentation of the XML) become one space
    bool space = false;
    for (char ch : std::string(trim(text))) {
      const bool is_space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
      if (is_space) {
        space = true;
        continue;
      }
      if (space && !clean.empty()) clean += ' ';
      space = false;
      clean += ch;
    }
    if (!clean.empty()) {
      Block b;
      b.kind = role == "heading"      ? BlockKind::kHeading
               : role == "list-item"  ? BlockKind::kListItem
               : role == "table-cell" ? BlockKind::kTableCell
               : role == "footnote"   ? BlockKind::kFootnote
                                      : BlockKind::kParagraph;
      b.level = b.kind == BlockKind::kHeading ? std::max(1, std::min(sections, 9)) : 0;
      b.text = std::move(clean);
      b.part = "xml";
      out_.push_back(std::move(b));
    }
    for (const xmlNode* l : lifted) emit(l, role_of(l), sections);
  }

  std::map<const xmlNode*, std::string> roles_;
  std::vector<Block>& out_;
};

}  // namespace

Outcome<XmlMapping> parse_xml_mapping(const std::string& text, const std::string& source) {
  XmlMapping mapping;
  std::istringstream in(text);
  std::string raw;
  for (int n = 1; std::getline(in, raw); ++n) {
    const std::size_t hash = raw.find('#');
    const std::string line(trim(hash == std::string::npos ? raw : raw.substr(0, hash)));
    if (line.empty()) continue;
    const std::size_t eq = line.find('=');
    const std::string kind(trim(line.substr(0, eq)));
    const std::string path = eq == std::string::npos ? "" : std::string(trim(line.substr(eq + 1)));
    if (!mapping_kinds().count(kind) || path.empty()) {
      return Failure::usage(source + ":" + std::to_string(n) +
                                  ": expected 'KIND = XPath' with KIND heading, section, list-item, table-cell, footnote or skip");
    }
    mapping.rules.emplace_back(kind, path);
  }
  return mapping;
}

Outcome<Document> read_generic_xml(std::string_view bytes, const XmlMapping& mapping, const ReadLimits& limits) {
  (void)limits;  // the caller enforced the file size; libxml2's own limits bound the rest
  auto parsed = parse_xml(bytes, "xml", {.large_text_nodes = true});  // exports can hold one long text field
  if (!parsed) return parsed.failure();
  xmlDoc* doc = parsed->get();
  std::map<const xmlNode*, std::string> roles;
  xmlXPathContextPtr context = xmlXPathNewContext(doc);
  context->error = [](void*, xmlError*) {};  // a bad XPath is reported as a value below, not on stderr
  for (const auto& [kind, path] : mapping.rules) {
    xmlXPathObjectPtr result = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(path.c_str()), context);
    if (!result) {
      xmlXPathFreeContext(context);
      return Failure::usage("XML mapping: '" + path + "' is not an XPath expression that selects elements");
    }
    if (result->type == XPATH_NODESET && result->nodesetval) {
      for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
        const xmlNode* node = result->nodesetval->nodeTab[i];
        if (xml::is_element(node)) roles.emplace(node, kind);  // the first rule naming a node wins
      }
    }
    xmlXPathFreeObject(result);
  }
  xmlXPathFreeContext(context);
  std::vector<Block> blocks;
  Walker(std::move(roles), blocks).walk(xmlDocGetRootElement(doc), 0);
  // Footnotes go after the body, as in every other format.
  std::stable_partition(blocks.begin(), blocks.end(), [](const Block& b) { return b.kind != BlockKind::kFootnote; });
  return build_document("xml", std::move(blocks), {});
}

}  // namespace jamkoll

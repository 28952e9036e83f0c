#include "report/annotate/odt_annotator.h"

#include <set>

#include "common/xml_node.h"
#include "common/xml_parser.h"
#include "ingest/odf/odf_names.h"
#include "ingest/odf/odf_reader.h"
#include "ingest/zip_archive.h"
#include "report/annotate/package_parts.h"
#include "report/annotate/zip_rewrite.h"

namespace jamkoll {
namespace {

constexpr std::string_view kDublinCore = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view kMeta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";

// A prefixed declaration of `href` in scope at the root, declared there (as `prefix`, or a free
// variant of it) when the part has none.
xmlNs* namespace_on_root(xmlDoc* doc, std::string_view href, const std::string& prefix) {
  xmlNode* root = xmlDocGetRootElement(doc);
  const std::string h(href);
  if (xmlNs* ns = xmlSearchNsByHref(doc, root, xml::chars(h)); ns && ns->prefix) return ns;
  std::string free_prefix = prefix;
  for (int n = 2; xmlSearchNs(doc, root, xml::chars(free_prefix)); ++n) free_prefix = prefix + std::to_string(n);
  return xmlNewNs(root, xml::chars(h), xml::chars(free_prefix));
}

struct OdfNamespaces {
  xmlNs* office = nullptr;
  xmlNs* text = nullptr;
  xmlNs* dc = nullptr;
  xmlNs* meta = nullptr;
};

OdfNamespaces namespaces_of(xmlDoc* doc) {
  return {namespace_on_root(doc, odf::kOffice, "office"), namespace_on_root(doc, odf::kText, "text"),
          namespace_on_root(doc, kDublinCore, "dc"), namespace_on_root(doc, kMeta, "meta")};
}

void names_in_use(const xmlNode* node, std::set<std::string>& names) {
  for (const xmlNode* c = node; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    if (odf::is_office(c, "annotation") || odf::is_office(c, "annotation-end"))
      names.insert(odf::attr(c, odf::kOffice, "name"));
    names_in_use(c->children, names);
  }
}

// Paragraph-like elements: where an annotation may stand.
bool is_paragraph(const xmlNode* n) { return odf::is_text(n, "p") || odf::is_text(n, "h"); }

// The first (or last) paragraph at or below `node` in reading order, never inside the deleted
// text kept in text:tracked-changes, an annotation or a note.
xmlNode* find_paragraph(xmlNode* node, bool last) {
  xmlNode* found = nullptr;
  for (xmlNode* c = node ? node->children : nullptr; c; c = c->next) {
    if (!xml::is_element(c) || odf::is_text(c, "tracked-changes") || odf::is_office(c, "annotation") ||
        odf::is_text(c, "note") || xml::ns_href(c) == odf::kDraw) {
      continue;
    }
    xmlNode* hit = is_paragraph(c) ? c : find_paragraph(c, last);
    if (hit) {
      found = hit;
      if (!last) return found;
    }
  }
  return found;
}

xmlNode* add_element(xmlNode* parent, xmlNs* ns, const char* name, const std::string& content = "") {
  xmlNode* node = xmlAddChild(parent, xmlNewNode(ns, xml::chars(name)));
  if (!content.empty())
    xmlAddChild(node, xmlNewDocTextLen(parent->doc, xml::chars(content), static_cast<int>(content.size())));
  return node;
}

// <office:annotation office:name=…> with author, date, initials and one text:p per paragraph.
xmlNode* new_annotation(xmlNode* paragraph, const OdfNamespaces& ns, const std::string& name,
                        const CommentAuthor& author, const std::vector<std::string>& paragraphs) {
  xmlNode* annotation = xmlNewNode(ns.office, xml::chars("annotation"));
  xmlNewNsProp(annotation, ns.office, xml::chars("name"), xml::chars(name));
  if (paragraph->children) {
    xmlAddPrevSibling(paragraph->children, annotation);
  } else {
    xmlAddChild(paragraph, annotation);
  }
  add_element(annotation, ns.dc, "creator", author.name);
  if (!author.date.empty()) add_element(annotation, ns.dc, "date", author.date);
  add_element(annotation, ns.meta, "creator-initials", author.initials);
  for (const std::string& text : paragraphs) {
    xmlNode* p = add_element(annotation, ns.text, "p");
    std::size_t start = 0;
    for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
      xmlAddChild(p, xmlNewDocTextLen(p->doc, xml::chars(text.substr(start, nl - start)), static_cast<int>(nl - start)));
      add_element(p, ns.text, "line-break");
    }
    const std::string rest = text.substr(start);
    xmlAddChild(p, xmlNewDocTextLen(p->doc, xml::chars(rest), static_cast<int>(rest.size())));
  }
  return annotation;
}

// Marks the content of `target` (a paragraph, or a cell from its first to its last paragraph).
bool anchor_annotation(xmlNode* target, const OdfNamespaces& ns, const std::string& name, const CommentAuthor& author,
                       const std::vector<std::string>& paragraphs) {
  xmlNode* first = is_paragraph(target) ? target : find_paragraph(target, false);
  xmlNode* last = is_paragraph(target) ? target : find_paragraph(target, true);
  if (!first || !last) return false;
  new_annotation(first, ns, name, author, paragraphs);
  xmlNode* end = add_element(last, ns.office, "annotation-end");
  xmlNewNsProp(end, ns.office, xml::chars("name"), xml::chars(name));
  return true;
}

xmlNode* office_text(xmlNode* content_root) {
  return const_cast<xmlNode*>(odf::child(odf::child(content_root, odf::kOffice, "body"), odf::kOffice, "text"));
}

Outcome<std::shared_ptr<xmlDoc>> parse_member(ZipArchive& archive, const std::string& name) {
  auto bytes = archive.read(name);
  if (!bytes) return bytes.failure();
  return parse_xml(*bytes, name);
}

}  // namespace

Outcome<std::string> annotate_odt(std::string_view odt, const ReadLimits& limits, const DocumentVerdict& verdict,
                                  const ReportContext& context, const AnnotateOptions& options) {
  auto archive = ZipArchive::open(odt, limits);
  if (!archive) return archive.failure();
  if (!(*archive)->contains("content.xml")) return Failure::not_a_document("zip archive has no content.xml");
  auto content = parse_member(**archive, "content.xml");
  if (!content) return content.failure();
  std::shared_ptr<xmlDoc> styles;
  if ((*archive)->contains("styles.xml")) {
    auto parsed = parse_member(**archive, "styles.xml");
    if (!parsed) return parsed.failure();
    styles = *parsed;
  }
  xmlNode* root = xmlDocGetRootElement(content->get());
  xmlNode* text = office_text(root);
  if (!text) return Failure::not_a_document("content.xml has no office:body/office:text");
  // The origins are elements of `content`, which this function owns and may change.
  const std::vector<const xmlNode*> origins =
      odf_body_block_origins(root, styles ? xmlDocGetRootElement(styles.get()) : nullptr);
  auto anchorable = [&](int block) {
    return block >= 0 && static_cast<std::size_t>(block) < origins.size() && origins[static_cast<std::size_t>(block)];
  };
  const std::vector<PlannedComment> plan =
      plan_comments(verdict, context, options.scope, anchorable, options.date.substr(0, 10));

  std::set<std::string> used;
  names_in_use(root, used);
  const OdfNamespaces ns = namespaces_of(content->get());
  CommentAuthor author;
  author.date = options.date;
  int n = 1;
  for (const PlannedComment& comment : plan) {
    std::string name;
    do name = "jamkoll" + std::to_string(n++);
    while (used.count(name));
    xmlNode* target = comment.block < 0 ? find_paragraph(text, false)
                                        : const_cast<xmlNode*>(origins[static_cast<std::size_t>(comment.block)]);
    if (target) anchor_annotation(target, ns, name, author, comment.paragraphs);
  }
  return rewrite_zip(odt, {{"content.xml", serialize_part(content->get())}});
}

}  // namespace jamkoll

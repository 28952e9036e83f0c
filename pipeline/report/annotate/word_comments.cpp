#include "report/annotate/word_comments.h"

#include <algorithm>
#include <cctype>

#include "common/xml_node.h"
#include "ingest/ooxml/ooxml_names.h"

namespace jamkoll {
namespace {

int decimal_or(const std::string& value, int fallback) {
  if (value.empty() || value.size() > 9 ||
      !std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); })) {
    return fallback;
  }
  return std::stoi(value);
}

// Every w:id attribute counts, not only the comments': bookmarks, tracked changes and permissions
// are annotations too, and Word is safest when no two annotations share an id.
void highest_id(const xmlNode* node, int& highest) {
  for (const xmlNode* c = node; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    if (ooxml::is_word_ns(xml::ns_href(c))) highest = std::max(highest, decimal_or(ooxml::w_attr(c, "id"), -1));
    highest_id(c->children, highest);
  }
}

// A prefixed declaration of the namespace of `like`: attributes (w:id) need a prefix, and a part
// may declare WordprocessingML as its default namespace. Declares one on the root when none is
// in scope.
xmlNs* prefixed_ns(const xmlNode* like) {
  if (like->ns && like->ns->prefix) return like->ns;
  xmlNode* root = xmlDocGetRootElement(like->doc);
  const xmlChar* href = like->ns ? like->ns->href : nullptr;
  if (!root || !href) return like->ns;
  if (xmlNs** in_scope = xmlGetNsList(like->doc, like)) {
    xmlNs* found = nullptr;
    for (xmlNs** n = in_scope; *n && !found; ++n) {
      if ((*n)->prefix && xmlStrEqual((*n)->href, href)) found = *n;
    }
    xmlFree(in_scope);
    if (found) return found;
  }
  std::string prefix = "w";
  for (int n = 2; xmlSearchNs(like->doc, root, xml::chars(prefix.c_str())); ++n) prefix = "w" + std::to_string(n);
  return xmlNewNs(root, href, xml::chars(prefix.c_str()));
}

// A new element w:`name` in the namespace of `like`, with w:id when id ≥ 0.
xmlNode* new_w_element(const xmlNode* like, const char* name, int id = -1) {
  xmlNs* ns = prefixed_ns(like);
  xmlNode* node = xmlNewNode(ns, xml::chars(name));
  if (id >= 0) xmlNewNsProp(node, ns, xml::chars("id"), xml::chars(std::to_string(id).c_str()));
  return node;
}

xmlNode* add_w_child(xmlNode* parent, const char* name) { return xmlAddChild(parent, new_w_element(parent, name)); }

void add_text_run(xmlNode* paragraph, const std::string& text) {
  std::size_t start = 0;
  xmlNode* run = add_w_child(paragraph, "r");
  while (true) {
    const std::size_t nl = text.find('\n', start);
    const std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    xmlNode* t = add_w_child(run, "t");
    xmlNodeSetSpacePreserve(t, 1);
    xmlAddChild(t, xmlNewDocTextLen(paragraph->doc, xml::chars(line.c_str()), static_cast<int>(line.size())));
    if (nl == std::string::npos) break;
    add_w_child(run, "br");
    start = nl + 1;
  }
}

xmlNode* first_child_w(xmlNode* parent, std::string_view name) {
  for (xmlNode* c = parent ? parent->children : nullptr; c; c = c->next) {
    if (ooxml::is_w(c, name)) return c;
  }
  return nullptr;
}

xmlNode* last_child_w(xmlNode* parent, std::string_view name) {
  xmlNode* last = nullptr;
  for (xmlNode* c = parent ? parent->children : nullptr; c; c = c->next) {
    if (ooxml::is_w(c, name)) last = c;
  }
  return last;
}

// The first (or last) w:p at or below `node`, in document order.
xmlNode* find_paragraph(xmlNode* node, bool last) {
  xmlNode* found = nullptr;
  for (xmlNode* c = node ? node->children : nullptr; c; c = c->next) {
    if (!xml::is_element(c)) continue;
    xmlNode* hit = ooxml::is_w(c, "p") ? c : find_paragraph(c, last);
    if (hit) {
      found = hit;
      if (!last) return found;
    }
  }
  return found;
}

void mark_start(xmlNode* paragraph, int id) {
  xmlNode* start = new_w_element(paragraph, "commentRangeStart", id);
  if (xmlNode* ppr = first_child_w(paragraph, "pPr")) {
    xmlAddNextSibling(ppr, start);
  } else if (paragraph->children) {
    xmlAddPrevSibling(paragraph->children, start);
  } else {
    xmlAddChild(paragraph, start);
  }
}

void mark_end(xmlNode* paragraph, int id) {
  xmlAddChild(paragraph, new_w_element(paragraph, "commentRangeEnd", id));
  xmlNode* run = add_w_child(paragraph, "r");
  xmlAddChild(run, new_w_element(paragraph, "commentReference", id));
}

}  // namespace

int next_comment_id(const xmlNode* document_root, const xmlNode* comments_root) {
  int highest = -1;
  highest_id(document_root, highest);
  highest_id(comments_root, highest);
  return highest + 1;
}

XmlDocPtr new_comments_part(std::string_view word_namespace) {
  XmlDocPtr doc(xmlNewDoc(xml::chars("1.0")));
  xmlNode* root = xmlNewNode(nullptr, xml::chars("comments"));
  xmlNs* ns = xmlNewNs(root, xml::chars(std::string(word_namespace).c_str()), xml::chars("w"));
  xmlSetNs(root, ns);
  xmlDocSetRootElement(doc.get(), root);
  doc->standalone = 1;
  return doc;
}

void append_comment(xmlNode* comments_root, int id, const CommentAuthor& author,
                    const std::vector<std::string>& paragraphs) {
  xmlNode* comment = xmlAddChild(comments_root, new_w_element(comments_root, "comment", id));
  xmlNs* ns = comment->ns;
  xmlNewNsProp(comment, ns, xml::chars("author"), xml::chars(author.name.c_str()));
  if (!author.date.empty()) xmlNewNsProp(comment, ns, xml::chars("date"), xml::chars(author.date.c_str()));
  xmlNewNsProp(comment, ns, xml::chars("initials"), xml::chars(author.initials.c_str()));
  bool first = true;
  for (const std::string& text : paragraphs) {
    xmlNode* p = add_w_child(comment, "p");
    if (first) xmlAddChild(add_w_child(p, "r"), new_w_element(p, "annotationRef"));
    first = false;
    add_text_run(p, text);
  }
}

bool anchor_comment(xmlNode* target, int id) {
  xmlNode* first = target;
  xmlNode* last = target;
  if (!ooxml::is_w(target, "p")) {
    first = first_child_w(target, "p");
    last = last_child_w(target, "p");
    if (!first) first = find_paragraph(target, false);
    if (!last) last = find_paragraph(target, true);
  }
  if (!first || !last) return false;
  mark_start(first, id);
  mark_end(last, id);
  return true;
}

xmlNode* first_body_paragraph(xmlNode* document_root) {
  return find_paragraph(first_child_w(document_root, "body"), false);
}

}  // namespace jamkoll

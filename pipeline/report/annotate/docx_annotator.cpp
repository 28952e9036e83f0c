#include "report/annotate/docx_annotator.h"

#include <map>

#include "ingest/ooxml/docx_block_origins.h"
#include "ingest/ooxml/ooxml_names.h"
#include "ingest/ooxml/opc_package.h"
#include "ingest/ooxml/opc_relationships.h"
#include "report/annotate/package_parts.h"
#include "report/annotate/word_comments.h"
#include "report/annotate/zip_rewrite.h"

namespace jamkoll {
namespace {

constexpr std::string_view kCommentsRelationship =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
constexpr std::string_view kCommentsRelationshipStrict =
    "http://purl.oclc.org/ooxml/officeDocument/relationships/comments";

// The parts the annotation reads and changes. The documents are the package's own parsed parts.
struct WordParts {
  std::string main;  // "word/document.xml"
  std::shared_ptr<xmlDoc> document;
  std::shared_ptr<xmlDoc> styles;  // may be null
  std::string comments;            // the comments part's name
  std::shared_ptr<xmlDoc> comments_doc;
  bool comments_are_new = false;
};

std::string folder_of(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// A name for a new comments part beside the main part that no member uses yet.
std::string free_comments_name(const OpcPackage& package, const std::string& main) {
  std::string name = folder_of(main) + "comments.xml";
  for (int n = 2; package.contains(name); ++n) name = folder_of(main) + "comments" + std::to_string(n) + ".xml";
  return name;
}

Outcome<WordParts> open_parts(OpcPackage& package) {
  auto package_rels = read_relationships(package, "");
  if (!package_rels) return package_rels.failure();
  const Relationship* main = find_relationship(*package_rels, "officeDocument");
  if (!main || !package.contains(main->target)) return Failure::not_a_document("package has no Office document part");
  WordParts parts;
  parts.main = main->target;
  auto document = package.xml_part(parts.main);
  if (!document) return document.failure();
  if (!ooxml::is_w(document->root, "document") || !ooxml::w_child(document->root, "body")) {
    return Failure::not_a_document(parts.main + " is not a WordprocessingML document with a body");
  }
  parts.document = document->doc;
  auto rels = read_relationships(package, parts.main);
  if (!rels) return rels.failure();
  if (const Relationship* r = find_relationship(*rels, "styles"); r && package.contains(r->target)) {
    auto styles = package.xml_part(r->target);
    if (!styles) return styles.failure();
    parts.styles = styles->doc;
  }
  if (const Relationship* r = find_relationship(*rels, "comments"); r && package.contains(r->target)) {
    auto comments = package.xml_part(r->target);
    if (!comments) return comments.failure();
    if (!ooxml::is_w(comments->root, "comments"))
      return Failure::not_a_document(r->target + " is not a comments part");
    parts.comments = r->target;
    parts.comments_doc = comments->doc;
  } else {
    parts.comments = free_comments_name(package, parts.main);
    parts.comments_doc = new_comments_part(xml::ns_href(document->root));
    parts.comments_are_new = true;
  }
  return parts;
}

xmlNode* root_of(const std::shared_ptr<xmlDoc>& doc) { return doc ? xmlDocGetRootElement(doc.get()) : nullptr; }

// The paragraph the summary stands at; a body without any paragraph gets an empty one first
// (no text, so no block).
xmlNode* summary_anchor(xmlNode* document_root) {
  if (xmlNode* p = first_body_paragraph(document_root)) return p;
  xmlNode* body = const_cast<xmlNode*>(ooxml::w_child(document_root, "body"));
  xmlNode* p = xmlNewNode(body->ns, xml::chars("p"));
  return body->children ? xmlAddPrevSibling(body->children, p) : xmlAddChild(body, p);
}

// Puts every planned comment into the parts.
void write_comments(WordParts& parts, const std::vector<PlannedComment>& plan,
                    const std::vector<const xmlNode*>& origins, const AnnotateOptions& options) {
  xmlNode* document_root = root_of(parts.document);
  xmlNode* comments_root = root_of(parts.comments_doc);
  CommentAuthor author;
  author.date = options.date;
  int id = next_comment_id(document_root, comments_root);
  for (const PlannedComment& comment : plan) {
    // The origins are elements of parts.document, which this function owns and may change.
    xmlNode* target = comment.block < 0 ? summary_anchor(document_root)
                                        : const_cast<xmlNode*>(origins[static_cast<std::size_t>(comment.block)]);
    if (!anchor_comment(target, id)) continue;
    append_comment(comments_root, id, author, comment.paragraphs);
    ++id;
  }
}

// For a new comments part: its relationship from the main part and its content type.
Outcome<void> register_comments_part(OpcPackage& package, const WordParts& parts,
                                     std::map<std::string, std::string>& replacements) {
  const std::string rels_name = relationships_part_for(parts.main);
  std::shared_ptr<xmlDoc> rels;
  if (package.contains(rels_name)) {
    auto existing = package.xml_part(rels_name);
    if (!existing) return existing.failure();
    rels = existing->doc;
  } else {
    rels = std::shared_ptr<xmlDoc>(new_relationships_part().release(), XmlDocDeleter{});
  }
  const bool strict = xml::ns_href(root_of(parts.document)) == ooxml::kWordStrict;
  add_relationship(rels.get(), strict ? kCommentsRelationshipStrict : kCommentsRelationship,
                   parts.comments.substr(folder_of(parts.main).size()));
  replacements[rels_name] = serialize_part(rels.get());
  if (!package.contains("[Content_Types].xml")) return Failure::not_a_document("package has no [Content_Types].xml");
  auto types = package.xml_part("[Content_Types].xml");
  if (!types) return types.failure();
  ensure_content_type_override(types->doc.get(), "/" + parts.comments, kCommentsContentType);
  replacements["[Content_Types].xml"] = serialize_part(types->doc.get());
  return {};
}

}  // namespace

Outcome<std::string> annotate_docx(std::string_view docx, const ReadLimits& limits, const DocumentVerdict& verdict,
                                   const ReportContext& context, const AnnotateOptions& options) {
  auto package = ZipOpcPackage::open(docx, limits);
  if (!package) return package.failure();
  auto parts = open_parts(**package);
  if (!parts) return parts.failure();
  const std::vector<const xmlNode*> origins = docx_body_block_origins(root_of(parts->document), root_of(parts->styles));
  auto anchorable = [&](int block) {
    return block >= 0 && static_cast<std::size_t>(block) < origins.size() && origins[static_cast<std::size_t>(block)];
  };
  const std::vector<PlannedComment> plan =
      plan_comments(verdict, context, options.scope, anchorable, options.date.substr(0, 10));
  write_comments(*parts, plan, origins, options);

  std::map<std::string, std::string> replacements;
  replacements[parts->main] = serialize_part(parts->document.get());
  replacements[parts->comments] = serialize_part(parts->comments_doc.get());
  if (parts->comments_are_new) {
    if (auto registered = register_comments_part(**package, *parts, replacements); !registered) {
      return registered.failure();
    }
  }
  return rewrite_zip(docx, replacements);
}

}  // namespace jamkoll

#include "ingest/odf/odf_reader.h"

#include <memory>

#include "common/xml_parser.h"
#include "ingest/document_builder.h"
#include "ingest/odf/odf_content_walker.h"
#include "ingest/odf/odf_names.h"
#include "ingest/zip_archive.h"

namespace jamkoll {
namespace {

// Where the pieces of an OpenDocument text are: one root for .fodt, two parts for .odt.
struct OdfSource {
  const xmlNode* content_root = nullptr;  // office:document-content or office:document
  const xmlNode* styles_root = nullptr;   // office:document-styles or office:document; may be null
  std::string body_part;                  // recorded on body blocks and notes
  std::string styles_part;                // recorded on headers and footers
};

Outcome<const xmlNode*> office_text(const xmlNode* content_root, const std::string& where) {
  const xmlNode* body = odf::child(content_root, odf::kOffice, "body");
  if (const xmlNode* text = odf::child(body, odf::kOffice, "text")) return text;
  for (const xmlNode* c = body ? body->children : nullptr; c; c = c->next) {
    if (xml::is_element(c)) {
      return Failure::unsupported_format("OpenDocument file holds office:" + std::string(xml::local_name(c)) +
                                               ", not a text document: jamkoll reads text documents (.odt, .fodt)");
    }
  }
  return Failure::not_a_document(where + " has no office:body/office:text");
}

OdfStyles common_styles(const OdfSource& source) {
  OdfStyles common;
  common.add(odf::child(source.styles_root, odf::kOffice, "styles"));
  if (source.styles_root != source.content_root) common.add(odf::child(source.content_root, odf::kOffice, "styles"));
  return common;
}

// The styles the body's paragraphs are read with.
OdfStyles body_styles_of(const OdfSource& source) {
  OdfStyles body_styles = common_styles(source);
  body_styles.add(odf::child(source.content_root, odf::kOffice, "automatic-styles"));
  return body_styles;
}

Outcome<Document> read_odf(const std::string& format, const OdfSource& source) {
  auto text = office_text(source.content_root, source.body_part);
  if (!text) return text.failure();

  const OdfStyles common = common_styles(source);
  const OdfStyles body_styles = body_styles_of(source);
  OdfStyles page_styles = common;
  page_styles.add(odf::child(source.styles_root, odf::kOffice, "automatic-styles"));

  std::vector<Block> blocks;
  const std::set<std::string> deletions = odf_deletion_ids(*text);
  OdfContentWalker body(body_styles, deletions, source.body_part, blocks);
  body.read_container(*text);

  NoteAnchors anchors;
  for (const BlockKind kind : {BlockKind::kFootnote, BlockKind::kEndnote}) {
    for (const OdfContentWalker::Note& note : body.notes()) {
      if (note.block.kind != kind) continue;
      anchors.anchor_of_note[blocks.size()] = note.anchor;
      blocks.push_back(note.block);
    }
  }

  std::vector<Comment> comments = body.comments();
  const std::set<std::string> no_deletions;
  OdfContentWalker pages(page_styles, no_deletions, source.styles_part, blocks);
  const xmlNode* master_styles = odf::child(source.styles_root, odf::kOffice, "master-styles");
  for (const BlockKind kind : {BlockKind::kHeader, BlockKind::kFooter}) {
    const std::string base = kind == BlockKind::kHeader ? "header" : "footer";
    for (const xmlNode* page = master_styles ? master_styles->children : nullptr; page; page = page->next) {
      if (!odf::is_style(page, "master-page")) continue;
      for (const xmlNode* c = page->children; c; c = c->next) {
        const std::string_view name = xml::local_name(c);
        if (!xml::is_element(c) || name.substr(0, base.size()) != base) continue;  // header, header-left, header-first
        if (odf::attr(c, odf::kStyle, "display") == "false") continue;
        pages.read_container(c, kind);
      }
    }
  }
  for (const Comment& c : pages.comments()) comments.push_back(c);
  return build_document(format, std::move(blocks), std::move(comments), anchors);
}

Outcome<std::shared_ptr<xmlDoc>> parse_member(ZipArchive& archive, const std::string& name) {
  auto bytes = archive.read(name);
  if (!bytes) return bytes.failure();
  return parse_xml(*bytes, name);
}

}  // namespace

std::vector<const xmlNode*> odf_body_block_origins(const xmlNode* content_root, const xmlNode* styles_root) {
  OdfSource source;
  source.content_root = content_root;
  source.styles_root = styles_root;
  auto text = office_text(content_root, "content.xml");
  if (!text) return {};
  std::vector<Block> raw;
  std::vector<const xmlNode*> raw_origins;
  const OdfStyles styles = body_styles_of(source);
  const std::set<std::string> deletions = odf_deletion_ids(*text);
  OdfContentWalker body(styles, deletions, "content.xml", raw);
  body.record_origins(&raw_origins);
  body.read_container(*text);
  if (raw_origins.size() != raw.size()) return {};  // cannot happen: every appended block records one
  std::vector<const xmlNode*> origins;
  for (std::size_t source_index : built_block_sources(std::move(raw))) origins.push_back(raw_origins[source_index]);
  return origins;
}

Outcome<Document> read_odt(std::string_view bytes, const ReadLimits& limits) {
  auto opened = ZipArchive::open(bytes, limits);
  if (!opened) return opened.failure();
  ZipArchive& archive = **opened;
  if (archive.contains("META-INF/manifest.xml")) {
    auto manifest = archive.read("META-INF/manifest.xml");
    if (!manifest) return manifest.failure();
    if (manifest->find("encryption-data") != std::string::npos) {
      return Failure::encrypted("password-protected OpenDocument file: open it in LibreOffice, save it again "
                                  "without a password (File > Save As, untick \"Save with password\")");
    }
  }
  if (!archive.contains("content.xml")) {
    return Failure::not_a_document("zip archive has no content.xml; is it really an OpenDocument text (.odt)?");
  }
  auto content = parse_member(archive, "content.xml");
  if (!content) return content.failure();
  std::shared_ptr<xmlDoc> styles;
  if (archive.contains("styles.xml")) {
    auto parsed = parse_member(archive, "styles.xml");
    if (!parsed) return parsed.failure();
    styles = *parsed;
  }
  OdfSource source;
  source.content_root = xmlDocGetRootElement(content->get());
  source.styles_root = styles ? xmlDocGetRootElement(styles.get()) : nullptr;
  source.body_part = "content.xml";
  source.styles_part = "styles.xml";
  if (!odf::is_office(source.content_root, "document-content")) {
    return Failure::not_a_document("content.xml is not OpenDocument content (root element <" +
                                         std::string(xml::local_name(source.content_root)) + ">)");
  }
  return read_odf("odt", source);
}

Outcome<Document> read_fodt(std::string_view bytes, const ReadLimits& limits) {
  (void)limits;  // the file size limit was applied before; one DOM holds the whole file
  auto doc = parse_xml(bytes, "the flat OpenDocument file", {.large_text_nodes = true});
  if (!doc) return doc.failure();
  OdfSource source;
  source.content_root = xmlDocGetRootElement(doc->get());
  source.styles_root = source.content_root;
  source.body_part = "office:text";
  source.styles_part = "office:master-styles";
  if (!odf::is_office(source.content_root, "document") && !odf::is_office(source.content_root, "document-content")) {
    return Failure::not_a_document("not a flat OpenDocument file (root element <" +
                                         std::string(xml::local_name(source.content_root)) + ">, expected office:document)");
  }
  return read_odf("fodt", source);
}

}  // namespace jamkoll

#include "ingest/document_builder.h"

#include <algorithm>

#include "common/unicode.h"
#include "common/utf8.h"

namespace jamkoll {
namespace {

// Bullets typed or pasted as characters (from a web page or a PDF) rather than made by the list
// feature: "• ", "◦ ", "▪ ", "– ", "o ", "* ", Word's Symbol-font bullet (U+F0B7).
bool is_literal_bullet(char32_t c) {
  switch (c) {
    case U'•': case U'◦': case U'▪': case U'▫': case U'‣': case U'●': case U'○': case U'■': case U'□':
    case U'–': case U'—': case U'-': case U'*': case U'o': case U'·': case U'\uF0B7': case U'➢': case U'►': case U'✓':
      return true;
    default:
      return false;
  }
}

}  // namespace

std::size_t literal_bullet_prefix(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.empty()) return 0;
  const char32_t c = first_code_point(t);
  const std::size_t lead = static_cast<std::size_t>(t.data() - line.data());
  std::size_t width = 1;
  while (width < t.size() && is_utf8_continuation(t[width])) ++width;
  if (!is_literal_bullet(c) || width >= t.size() || (t[width] != ' ' && t[width] != '\t')) return 0;
  std::size_t end = width;
  while (end < t.size() && (t[end] == ' ' || t[end] == '\t')) ++end;
  return lead + end;
}

namespace {

// A paragraph that begins with a literal bullet is a list item; one whose every line begins with
// one is a list of items. Returns, per old block index, its new index (a split paragraph's first
// item), so note anchors can follow.
std::vector<std::size_t> read_literal_bullets(std::vector<Block>& blocks) {
  std::vector<Block> out;
  std::vector<std::size_t> new_index;
  out.reserve(blocks.size());
  for (Block& b : blocks) {
    new_index.push_back(out.size());
    if (b.kind != BlockKind::kParagraph || literal_bullet_prefix(b.text) == 0) {
      out.push_back(std::move(b));
      continue;
    }
    std::vector<std::string_view> lines;
    std::string_view rest = b.text;
    for (std::size_t nl; (nl = rest.find('\n')) != std::string_view::npos; rest.remove_prefix(nl + 1)) {
      lines.push_back(rest.substr(0, nl));
    }
    lines.push_back(rest);
    const bool every_line = std::all_of(lines.begin(), lines.end(), [](std::string_view l) {
      return trim(l).empty() || literal_bullet_prefix(l) > 0;
    });
    if (!every_line) lines = {std::string_view(b.text)};
    for (std::string_view line : lines) {
      if (trim(line).empty()) continue;
      Block item = b;
      item.kind = BlockKind::kListItem;
      item.level = 1;
      item.text = std::string(trim(line.substr(literal_bullet_prefix(line))));
      if (!item.text.empty()) out.push_back(std::move(item));
    }
  }
  blocks = std::move(out);
  return new_index;
}

}  // namespace

void append_block(std::vector<Block>& blocks, BlockKind kind, std::string text, int level, const std::string& part) {
  if (trim(text).empty()) return;
  Block block;
  block.kind = kind;
  block.text = std::move(text);
  block.level = level;
  block.part = part;
  blocks.push_back(std::move(block));
}

std::vector<std::size_t> built_block_sources(std::vector<Block> raw_blocks) {
  const std::vector<std::size_t> first_built = read_literal_bullets(raw_blocks);
  std::vector<std::size_t> sources(raw_blocks.size());
  std::size_t raw = 0;
  for (std::size_t built = 0; built < sources.size(); ++built) {
    // The last raw block whose first built block is at or before this one (a raw block that made
    // no block shares its first index with the next).
    while (raw + 1 < first_built.size() && first_built[raw + 1] <= built) ++raw;
    sources[built] = raw;
  }
  return sources;
}

Document build_document(std::string format, std::vector<Block> blocks, std::vector<Comment> comments,
                        const NoteAnchors& anchors) {
  Document doc;
  doc.format = std::move(format);
  const std::vector<std::size_t> new_index = read_literal_bullets(blocks);
  std::vector<std::string> path;  // titles of the open headings, index = level - 1
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    b.index = static_cast<int>(i);
    b.text = to_nfc(b.text);
    if (b.kind == BlockKind::kHeading) {
      const std::size_t level = static_cast<std::size_t>(std::max(1, std::min(b.level, 9)));
      path.resize(std::min(path.size(), level - 1));
      while (path.size() < level - 1) path.emplace_back();  // a skipped level stays visible as ""
      std::string title = b.text;
      for (char& c : title) {
        if (c == '\n' || c == '\t') c = ' ';
      }
      path.push_back(title);
      b.heading_path = path;
    } else if (is_body_block(b.kind) || b.kind == BlockKind::kTocEntry) {
      b.heading_path = path;
    }
  }
  for (auto [old_note, old_anchor] : anchors.anchor_of_note) {
    if (old_note >= new_index.size() || old_anchor >= new_index.size()) continue;
    const std::size_t note = new_index[old_note];
    const std::size_t anchor = new_index[old_anchor];
    if (note < blocks.size() && anchor < blocks.size()) {
      const Block& a = blocks[anchor];
      blocks[note].heading_path = a.heading_path;
    }
  }
  for (Comment& c : comments) c.text = to_nfc(c.text);
  doc.blocks = std::move(blocks);
  doc.comments = std::move(comments);
  return doc;
}

}  // namespace jamkoll

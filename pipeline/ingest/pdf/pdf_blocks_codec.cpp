#include "ingest/pdf/pdf_blocks_codec.h"

#include <charconv>
#include <optional>
#include <vector>

namespace jamkoll {
namespace {

constexpr std::string_view kHeader = "jamkoll.pdf-blocks/1";

constexpr BlockKind kKinds[] = {BlockKind::kTitle,     BlockKind::kHeading,  BlockKind::kParagraph, BlockKind::kListItem,
                                BlockKind::kTableCell, BlockKind::kFootnote, BlockKind::kEndnote,   BlockKind::kHeader,
                                BlockKind::kFooter,    BlockKind::kTextBox,  BlockKind::kTocEntry};

std::string escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string unescaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      const char next = text[++i];
      out += next == 't' ? '\t' : next == 'n' ? '\n' : next;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t tab = line.find('\t'); tab != std::string_view::npos; tab = line.find('\t', start)) {
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  out.push_back(line.substr(start));
  return out;
}

bool parse(std::string_view field, long long& out) {
  const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), out);
  return error == std::errc() && end == field.data() + field.size();
}

std::optional<BlockKind> kind_named(std::string_view name) {
  for (BlockKind k : kKinds) {
    if (block_kind_name(k) == name) return k;
  }
  return std::nullopt;
}

}  // namespace

std::string encode_pdf_blocks(const Outcome<PdfBlocks>& laid_out) {
  std::string out(kHeader);
  out += '\n';
  if (!laid_out) {
    out += "error\t" + escaped(laid_out.failure().code.name()) + "\t" + escaped(laid_out.failure().message) + "\n";
    return out;
  }
  for (const Block& b : laid_out->blocks) {
    out += "block\t" + std::string(block_kind_name(b.kind)) + "\t" + std::to_string(b.level) + "\t" + escaped(b.part) +
           "\t" + (b.table ? std::to_string(b.table->table) + "\t" + std::to_string(b.table->row) + "\t" +
                                 std::to_string(b.table->column)
                           : std::string("-1\t0\t0")) +
           "\t" + escaped(b.text) + "\n";
  }
  for (const auto& [note, anchor] : laid_out->anchors.anchor_of_note) {
    out += "note\t" + std::to_string(note) + "\t" + std::to_string(anchor) + "\n";
  }
  return out;
}

Outcome<PdfBlocks> decode_pdf_blocks(std::string_view text) {
  const Failure garbled{FailureCode::kInternalError, "the PDF reader's output was not understood"};
  if (text.substr(0, kHeader.size()) != kHeader || text.size() == kHeader.size() || text[kHeader.size()] != '\n') {
    return garbled;
  }
  PdfBlocks laid_out;
  std::size_t start = kHeader.size() + 1;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::vector<std::string_view> f = fields_of(text.substr(start, end - start));
    start = end + 1;
    if (f[0] == "error" && f.size() == 3) {
      const std::optional<FailureCode> code = FailureCode::named(unescaped(f[1]));
      return code ? Failure{*code, unescaped(f[2])} : garbled;  // a code the parent does not know
    }
    if (f[0] == "block" && f.size() == 8) {
      const std::optional<BlockKind> kind = kind_named(f[1]);
      long long level = 0, table = 0, row = 0, column = 0;
      if (!kind || !parse(f[2], level) || !parse(f[4], table) || !parse(f[5], row) || !parse(f[6], column)) return garbled;
      Block b;
      b.kind = *kind;
      b.level = static_cast<int>(level);
      b.part = unescaped(f[3]);
      if (table >= 0) b.table = TableLocation{static_cast<int>(table), static_cast<int>(row), static_cast<int>(column)};
      b.text = unescaped(f[7]);
      laid_out.blocks.push_back(std::move(b));
    } else if (f[0] == "note" && f.size() == 3) {
      long long note = 0, anchor = 0;
      if (!parse(f[1], note) || !parse(f[2], anchor) || note < 0 || anchor < 0) return garbled;
      laid_out.anchors.anchor_of_note[static_cast<std::size_t>(note)] = static_cast<std::size_t>(anchor);
    } else {
      return garbled;
    }
  }
  return laid_out;
}

}  // namespace jamkoll

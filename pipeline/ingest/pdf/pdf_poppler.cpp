#include "ingest/pdf/pdf_poppler.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-toc.h>

#include <climits>
#include <cmath>
#include <memory>
#include <mutex>

#include "ingest/pdf/pdf_reader.h"

namespace jamkoll {
namespace {

std::string utf8_of(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

void collect_outline(const poppler::toc_item& item, int level, std::vector<PdfOutlineItem>& out) {
  for (const poppler::toc_item* child : item.children()) {
    out.push_back({utf8_of(child->title()), level});
    collect_outline(*child, level + 1, out);
  }
}

bool is_bold_font(const std::string& name) {
  return name.find("Bold") != std::string::npos || name.find("bold") != std::string::npos ||
         name.find("Black") != std::string::npos || name.find("Heavy") != std::string::npos;
}

// A word with a box no page has (NaN, infinite or absurd coordinates in a broken or hostile PDF)
// is dropped: the layout sorts and compares positions and must get numbers.
bool placed_on_a_page(const poppler::rectf& box, double font_size) {
  constexpr double kFar = 1e6;  // points; a page is at most 14 400 (200 inches)
  for (const double v : {box.left(), box.top(), box.right(), box.bottom(), font_size}) {
    if (!std::isfinite(v) || std::abs(v) > kFar) return false;
  }
  return font_size > 0;
}

}  // namespace

Outcome<PdfContent> read_pdf_content(std::string_view bytes, const ReadLimits& limits) {
  silence_poppler();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return Failure::too_large("PDF larger than 2 GiB");
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) return Failure::corrupt_pdf("the PDF cannot be opened (damaged or not a PDF)");
  if (document->is_locked()) {
    return Failure::encrypted("the PDF needs a password to open: save an unprotected copy, or check the "
                                "source document (.docx/.odt) instead");
  }
  PdfContent content;
  if (std::unique_ptr<poppler::toc> toc(document->create_toc()); toc && toc->root()) {
    collect_outline(*toc->root(), 1, content.outline);
  }
  std::uint64_t text_bytes = 0;
  std::size_t words = 0;
  for (int index = 0; index < document->pages(); ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    PdfPage out;
    if (!page) {
      content.pages.push_back(std::move(out));
      continue;
    }
    const poppler::rectf box = page->page_rect(poppler::media_box);
    out.width = box.width();
    out.height = box.height();
    for (const poppler::text_box& t : page->text_list(poppler::page::text_list_include_font)) {
      const poppler::rectf b = t.bbox();
      if (!placed_on_a_page(b, t.get_font_size())) continue;
      PdfWord w;
      w.text = utf8_of(t.text());
      w.left = b.left();
      w.top = b.top();
      w.right = b.right();
      w.bottom = b.bottom();
      w.font_size = t.get_font_size();
      w.bold = is_bold_font(t.get_font_name());
      w.space_after = t.has_space_after();
      text_bytes += w.text.size() + 1;
      if (text_bytes > limits.max_total_unpacked_bytes) {
        return Failure::too_large("the PDF holds more than " + std::to_string(limits.max_total_unpacked_bytes >> 20) +
                                        " MiB of text (--max-unpacked-size)");
      }
      out.words.push_back(std::move(w));
    }
    words += out.words.size();
    content.pages.push_back(std::move(out));
  }
  if (words == 0) {
    return Failure::unsupported_format("the PDF has no text layer (a scan?): run OCR on it first, or check the "
                                         "source document (.docx/.odt) instead");
  }
  return content;
}

Outcome<PdfBlocks> read_pdf_blocks(std::string_view bytes, const ReadLimits& limits) {
  auto content = read_pdf_content(bytes, limits);
  if (!content) return content.failure();
  return layout_pdf_blocks(*content);
}

// Linked into jamkoll-pdf, the tests, the benchmarks and the fuzzers: read_pdf with no helper
// reads in this process through this reader (pdf_reader.h).
[[maybe_unused]] const bool kRegistered = (register_in_process_pdf_reader(&read_pdf_blocks), true);

}  // namespace jamkoll

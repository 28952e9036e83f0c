#include "ingest/pdf_content_codec.h"

#include <charconv>
#include <cstdio>
#include <vector>

namespace jamkoll {
namespace {

constexpr std::string_view kHeader = "jamkoll.pdf-content/1";

std::string escaped(std::string_view text) {
  std::string out;
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

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", v);
  return buffer;
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

bool parse(std::string_view field, double& out) {
  // std::from_chars for double is in GCC 12's libstdc++.
  const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), out);
  return error == std::errc() && end == field.data() + field.size();
}

}  // namespace

std::string encode_pdf_content(const Outcome<PdfContent>& content) {
  std::string out(kHeader);
  out += '\n';
  if (!content) {
    out += "error\t" + escaped(content.failure().code) + "\t" + escaped(content.failure().message) + "\n";
    return out;
  }
  for (const PdfOutlineItem& item : content->outline) {
    out += "outline\t" + std::to_string(item.level) + "\t" + escaped(item.title) + "\n";
  }
  for (const PdfPage& page : content->pages) {
    out += "page\t" + number(page.width) + "\t" + number(page.height) + "\n";
    for (const PdfWord& w : page.words) {
      out += "word\t" + number(w.left) + "\t" + number(w.top) + "\t" + number(w.right) + "\t" + number(w.bottom) + "\t" +
             number(w.font_size) + "\t" + (w.bold ? "1" : "0") + "\t" + (w.space_after ? "1" : "0") + "\t" +
             escaped(w.text) + "\n";
    }
  }
  return out;
}

Outcome<PdfContent> decode_pdf_content(std::string_view text) {
  const Failure garbled{"internal-error", "the PDF reader's output was not understood"};
  if (text.substr(0, kHeader.size()) != kHeader) return garbled;
  PdfContent content;
  std::size_t start = text.find('\n');
  while (start != std::string_view::npos && start + 1 < text.size()) {
    const std::size_t end = text.find('\n', start + 1);
    const std::string_view line = text.substr(start + 1, end == std::string_view::npos ? std::string_view::npos : end - start - 1);
    start = end;
    const std::vector<std::string_view> f = fields_of(line);
    if (f[0] == "error" && f.size() == 3) return Failure{unescaped(f[1]), unescaped(f[2])};
    if (f[0] == "outline" && f.size() == 3) {
      double level = 0;
      if (!parse(f[1], level)) return garbled;
      content.outline.push_back({unescaped(f[2]), static_cast<int>(level)});
    } else if (f[0] == "page" && f.size() == 3) {
      PdfPage page;
      if (!parse(f[1], page.width) || !parse(f[2], page.height)) return garbled;
      content.pages.push_back(std::move(page));
    } else if (f[0] == "word" && f.size() == 9 && !content.pages.empty()) {
      PdfWord w;
      if (!parse(f[1], w.left) || !parse(f[2], w.top) || !parse(f[3], w.right) || !parse(f[4], w.bottom) ||
          !parse(f[5], w.font_size)) {
        return garbled;
      }
      w.bold = f[6] == "1";
      w.space_after = f[7] == "1";
      w.text = unescaped(f[8]);
      content.pages.back().words.push_back(std::move(w));
    } else {
      return garbled;
    }
  }
  return content;
}

}  // namespace jamkoll

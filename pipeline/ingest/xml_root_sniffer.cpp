#include "ingest/xml_root_sniffer.h"

#include <algorithm>
#include <cctype>

#include "common/ascii.h"

namespace jamkoll {
namespace {

// The first `max` bytes as ASCII-compatible text: UTF-16 code units become one byte each (non-ASCII
// ones '?'), which keeps every tag and namespace name intact.
std::string ascii_prefix(std::string_view bytes, std::size_t max) {
  auto narrow = [&](bool little_endian, std::size_t start) {
    std::string out;
    for (std::size_t i = start; i + 1 < bytes.size() && out.size() < max; i += 2) {
      const auto lo = static_cast<unsigned char>(bytes[i + (little_endian ? 0 : 1)]);
      const auto hi = static_cast<unsigned char>(bytes[i + (little_endian ? 1 : 0)]);
      out += (hi == 0 && lo < 0x80) ? static_cast<char>(lo) : '?';
    }
    return out;
  };
  auto at = [&](std::size_t i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0x100; };
  if (at(0) == 0xFF && at(1) == 0xFE) return narrow(true, 2);
  if (at(0) == 0xFE && at(1) == 0xFF) return narrow(false, 2);
  if (at(0) == '<' && at(1) == 0 && at(2) != 0) return narrow(true, 0);   // UTF-16LE without BOM
  if (at(0) == 0 && at(1) == '<' && at(3) == 0) return narrow(false, 0);  // UTF-16BE without BOM
  std::size_t start = (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) ? 3 : 0;
  return std::string(bytes.substr(start, std::min(max, bytes.size() - std::min(start, bytes.size()))));
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool starts_with_nocase(std::string_view text, std::size_t at, std::string_view word) {
  if (text.size() - std::min(at, text.size()) < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (ascii_lower(text[at + i]) != word[i]) return false;
  }
  return true;
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == ':' || c == '_' || c == '-' || c == '.' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Skips a DOCTYPE starting at `i` (after "<!DOCTYPE"), including a bracketed internal subset.
std::size_t skip_doctype(std::string_view text, std::size_t i) {
  int depth = 0;
  char quote = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[') {
      ++depth;
    } else if (c == ']') {
      --depth;
    } else if (c == '>' && depth <= 0) {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// "<!DOCTYPE name …>" at `i`: the name, lower-cased, into the hint; returns the index after the
// DOCTYPE, npos when it does not end.
std::size_t read_doctype(const std::string& text, std::size_t i, XmlRootHint& hint) {
  std::size_t n = i + 9;
  while (n < text.size() && is_space(text[n])) ++n;
  const std::size_t name_start = n;
  while (n < text.size() && is_name_char(text[n])) ++n;
  hint.doctype = text.substr(name_start, n - name_start);
  hint.doctype = ascii_lower(hint.doctype);
  return skip_doctype(text, n);
}

// Where the scan of what comes before the root stopped.
enum class Prolog { kRootTag, kNotMarkup, kUnclosedDoctype };

// Steps over processing instructions, comments and a DOCTYPE; `i` ends at the root's '<'.
Prolog skip_prolog(const std::string& text, std::size_t& i, XmlRootHint& hint) {
  for (;;) {
    while (i < text.size() && is_space(text[i])) ++i;
    if (i >= text.size() || text[i] != '<') return Prolog::kNotMarkup;
    if (text.compare(i, 2, "<?") == 0) {
      const std::size_t end = text.find("?>", i);
      if (end == std::string::npos) return Prolog::kNotMarkup;
      i = end + 2;
    } else if (text.compare(i, 4, "<!--") == 0) {
      const std::size_t end = text.find("-->", i + 4);
      if (end == std::string::npos) return Prolog::kNotMarkup;
      i = end + 3;
    } else if (starts_with_nocase(text, i, "<!doctype")) {
      i = read_doctype(text, i, hint);
      if (i == std::string::npos) return Prolog::kUnclosedDoctype;
    } else {
      return Prolog::kRootTag;
    }
  }
}

// The root's attributes from `n` up to '>': the value of `wanted` (its xmlns or xmlns:prefix) into
// the hint. False when a quoted value does not end; `n` ends at the '>' (or the end of the text).
bool read_namespace_attributes(const std::string& text, std::size_t& n, const std::string& wanted, XmlRootHint& hint) {
  while (n < text.size() && text[n] != '>') {
    while (n < text.size() && (is_space(text[n]) || text[n] == '/')) ++n;
    const std::size_t name_start = n;
    while (n < text.size() && is_name_char(text[n])) ++n;
    const std::string name = text.substr(name_start, n - name_start);
    while (n < text.size() && is_space(text[n])) ++n;
    if (name.empty() || n >= text.size() || text[n] != '=') {
      if (name.empty() && n < text.size() && text[n] != '>') ++n;  // stray character: step over it
      continue;
    }
    ++n;
    while (n < text.size() && is_space(text[n])) ++n;
    if (n >= text.size() || (text[n] != '"' && text[n] != '\'')) continue;
    const char quote = text[n];
    const std::size_t value_end = text.find(quote, n + 1);
    if (value_end == std::string::npos) return false;
    if (name == wanted) hint.ns = text.substr(n + 1, value_end - n - 1);
    n = value_end + 1;
  }
  return true;
}

// The root's start tag at `i`: name, then attributes up to '>'. False when it is not all there.
bool read_root_tag(const std::string& text, std::size_t i, XmlRootHint& hint) {
  std::size_t n = i + 1;
  while (n < text.size() && is_name_char(text[n])) ++n;
  const std::string qname = text.substr(i + 1, n - i - 1);
  if (qname.empty()) return false;
  const std::size_t colon = qname.find(':');
  const std::string prefix = colon == std::string::npos ? "" : qname.substr(0, colon);
  hint.local_name = colon == std::string::npos ? qname : qname.substr(colon + 1);
  const std::string wanted = prefix.empty() ? "xmlns" : "xmlns:" + prefix;
  if (!read_namespace_attributes(text, n, wanted, hint)) return false;
  return n < text.size();
}

}  // namespace

std::optional<XmlRootHint> sniff_xml_root(std::string_view bytes, std::size_t max_scan) {
  const std::string text = ascii_prefix(bytes, max_scan);
  XmlRootHint hint;
  std::size_t i = 0;
  while (i < text.size() && is_space(text[i])) ++i;
  if (i >= text.size() || text[i] != '<') return std::nullopt;
  hint.xml_declaration = text.compare(i, 5, "<?xml") == 0;
  switch (skip_prolog(text, i, hint)) {
    case Prolog::kNotMarkup:
      return std::nullopt;
    case Prolog::kUnclosedDoctype:
      return hint.doctype == "html" ? std::optional(hint) : std::nullopt;
    case Prolog::kRootTag:
      break;
  }
  if (!read_root_tag(text, i, hint)) return std::nullopt;
  return hint;
}

}  // namespace jamkoll

#include "ingest/plain/markdown_inline.h"

#include <cctype>

#include "common/ascii.h"
#include "common/unicode.h"

namespace jamkoll {
namespace {

bool is_ascii_punct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Index of the ']' that closes the '[' at `open`, honouring nesting and escapes; npos if none.
std::size_t closing_bracket(std::string_view s, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '[') {
      ++depth;
    } else if (s[i] == ']' && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

// Index of the ')' that closes the '(' at `open`; npos if none.
std::size_t closing_paren(std::string_view s, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '(') {
      ++depth;
    } else if (s[i] == ')' && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

// How far the ';' of a reference may stand from its '&': 9 in "&#x10FFFF;", the named ones less;
// longer runs are not looked up.
constexpr std::size_t kMaxReferenceLength = 10;

// &name; and &#NN; references; returns bytes consumed (0 if none at i).
std::size_t character_reference(std::string_view s, std::size_t i, std::string& out) {
  const std::size_t end = s.find(';', i);
  if (end == std::string_view::npos || end - i > kMaxReferenceLength) return 0;
  const std::string_view name = s.substr(i + 1, end - i - 1);
  static const std::pair<const char*, const char*> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}, {"shy", ""}};
  for (const auto& [n, text] : kNamed) {
    if (name == n) {
      out += text;
      return end - i + 1;
    }
  }
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    char32_t code = 0;
    if (digits.empty() || digits.size() > 6) return 0;
    for (const char c : digits) {
      const int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10
                                                                           : -1;
      if (v < 0) return 0;
      code = code * (hex ? 16 : 10) + static_cast<char32_t>(v);
    }
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    append_utf8(out, code);
    return end - i + 1;
  }
  return 0;
}

// How deep link text inside link text is rendered; deeper nesting is dropped (a guard against
// hostile input, not a CommonMark limit: real drafts nest at most once).
constexpr int kMaxLinkNesting = 8;

void render(std::string_view s, std::string& out, std::vector<std::string>* citations, int depth);

// Each render_* step below handles the construct that starts at s[i] and returns the index of the
// last byte it consumed.

// `code` spans (any run of backticks): the code is kept literally.
std::size_t render_code_span(std::string_view s, std::size_t i, std::string& out) {
  std::size_t run = 1;
  while (i + run < s.size() && s[i + run] == '`') ++run;
  const std::size_t close = s.find(std::string(run, '`'), i + run);
  if (close == std::string_view::npos) {
    out.append(run, '`');
  } else {
    out += trim(s.substr(i + run, close - i - run));  // code is kept literally
    run = close - i + run;
  }
  return i + run - 1;
}

// ![alt](src): an image; its alt text is not reading text.
std::size_t render_image(std::string_view s, std::size_t i, std::string& out) {
  const std::size_t close = closing_bracket(s, i + 1);
  if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(' &&
      closing_paren(s, close + 1) != std::string_view::npos) {
    return closing_paren(s, close + 1);  // an image: its alt text is not reading text
  }
  out += s[i];
  return i;
}

// [text](url), [text][ref] and [^id] footnote citations.
std::size_t render_link(std::string_view s, std::size_t i, std::string& out, std::vector<std::string>* citations,
                        int depth) {
  const std::size_t close = closing_bracket(s, i);
  if (close == std::string_view::npos) {
    out += s[i];
    return i;
  }
  if (s[i + 1] == '^' && s.substr(i + 2, close - i - 2).find(' ') == std::string_view::npos) {
    if (citations) citations->emplace_back(s.substr(i + 2, close - i - 2));
    return close;
  }
  std::size_t end = close;
  if (close + 1 < s.size() && s[close + 1] == '(' && closing_paren(s, close + 1) != std::string_view::npos) {
    end = closing_paren(s, close + 1);
  } else if (close + 1 < s.size() && s[close + 1] == '[' && closing_bracket(s, close + 1) != std::string_view::npos) {
    end = closing_bracket(s, close + 1);
  }
  if (depth < kMaxLinkNesting) render(s.substr(i + 1, close - i - 1), out, citations, depth + 1);
  return end;
}

// <…>: an HTML comment, an autolink (shows its address) or an inline HTML tag (<br> breaks the line).
std::size_t render_angle_bracket(std::string_view s, std::size_t i, std::string& out) {
  const std::size_t close = s.find('>', i);
  const std::string_view inner = close == std::string_view::npos ? std::string_view() : s.substr(i + 1, close - i - 1);
  if (inner.substr(0, 3) == "!--") {
    const std::size_t end = s.find("-->", i);
    return end == std::string_view::npos ? s.size() : end + 2;
  }
  if (inner.find("://") != std::string_view::npos ||
      (inner.find('@') != std::string_view::npos && inner.find(' ') == std::string_view::npos)) {
    out += inner;  // an autolink shows its address
    return close;
  }
  if (!inner.empty() && (std::isalpha(static_cast<unsigned char>(inner[0])) || inner[0] == '/')) {
    std::string tag;
    for (const char t : inner) {
      if (!std::isalnum(static_cast<unsigned char>(t)) && t != '/') break;
      tag += ascii_lower(t);
    }
    if (tag == "br" || tag == "br/") out += '\n';
    return close;  // other inline HTML tags are markup
  }
  out += s[i];
  return i;
}

// &amp; and the like; a lone '&' is text.
std::size_t render_reference(std::string_view s, std::size_t i, std::string& out) {
  const std::size_t used = character_reference(s, i, out);
  if (used == 0) {
    out += s[i];
    return i;
  }
  return i + used - 1;
}

// A run of *, _ or ~: emphasis markers go, the same characters used as text stay.
std::size_t render_emphasis(std::string_view s, std::size_t i, std::string& out) {
  const char c = s[i];
  std::size_t run = 1;
  while (i + run < s.size() && s[i + run] == c) ++run;
  const char before = i > 0 ? s[i - 1] : ' ';
  const char after = i + run < s.size() ? s[i + run] : ' ';
  // Emphasis markers touch a word on at least one side ("2 * 3" is arithmetic); an underscore
  // inside a word (snake_case) and a single tilde are text.
  const bool touches_word = !is_space(before) || !is_space(after);
  const bool intraword = is_word(before) && is_word(after);
  const bool delimiter = touches_word && !(c == '_' && intraword) && !(c == '~' && run < 2);
  if (!delimiter) out.append(run, c);
  return i + run - 1;
}

void render(std::string_view s, std::string& out, std::vector<std::string>* citations, int depth) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && is_ascii_punct(s[i + 1])) {
      out += s[++i];
    } else if (c == '`') {
      i = render_code_span(s, i, out);
    } else if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
      i = render_image(s, i, out);
    } else if (c == '[') {
      i = render_link(s, i, out, citations, depth);
    } else if (c == '<') {
      i = render_angle_bracket(s, i, out);
    } else if (c == '&') {
      i = render_reference(s, i, out);
    } else if (c == '*' || c == '_' || c == '~') {
      i = render_emphasis(s, i, out);
    } else {
      out += c;
    }
  }
}

}  // namespace

std::string markdown_inline_text(std::string_view source, std::vector<std::string>* citations) {
  std::string out;
  render(source, out, citations, 0);
  return out;
}

}  // namespace jamkoll

#include "match/lexicon.h"

#include <optional>
#include <sstream>

#include "common/unicode.h"
#include "text/text_analyzer.h"

namespace jamkoll {
namespace {

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    out.emplace_back(trim(text.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

// Words of a term as the tokenizer will see them: spaces and hyphens separate ("MR-arbete" is
// "mr" "arbete"), other punctuation stays ("fn:s").
std::vector<std::string> words_of(const std::string& folded) {
  std::string spaced = folded;
  for (char& c : spaced) {
    if (c == '-') c = ' ';
  }
  std::vector<std::string> out;
  std::istringstream in(spaced);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

std::string strip_comment(const std::string& line) {
  // '#' starts a comment at the line start or after whitespace; "note=" text may not hold one.
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  }
  return line;
}

// min-part= and gap= take at most three digits: no term has parts or gaps near 1000 words, and the
// limit keeps std::stoi in range.
constexpr std::size_t kMaxOptionDigits = 3;

// A small non-negative number into `target`; false when `value` is not one.
bool read_option_number(const std::string& value, int& target) {
  if (value.empty() || value.size() > kMaxOptionDigits || value.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  target = std::stoi(value);
  return true;
}

// compound=head|modifier|any; false for any other value.
bool read_compound_option(const std::string& value, LexiconEntry& e) {
  if (value == "head") {
    e.compound_head = true;
  } else if (value == "modifier") {
    e.compound_modifier = true;
  } else if (value == "any") {
    e.compound_head = e.compound_modifier = true;
  } else {
    return false;
  }
  return true;
}

// One "key" or "key=value" field after the term, applied to the entry; the error's wording when
// the field is wrong.
std::optional<std::string> read_option(const std::string& f, LexiconEntry& e) {
  const std::size_t eq = f.find('=');
  const std::string key(trim(f.substr(0, eq)));
  const std::string value = eq == std::string::npos ? "" : std::string(trim(f.substr(eq + 1)));
  if (key == "exact") {
    e.mode = MatchMode::kExact;
  } else if (key == "inflected") {
    e.mode = MatchMode::kInflected;
  } else if (key == "prefix") {
    e.mode = MatchMode::kPrefix;
  } else if (key == "compound") {
    if (!read_compound_option(value, e)) return "compound= takes head, modifier or any, not '" + value + "'";
  } else if (key == "min-part") {
    if (!read_option_number(value, e.min_part)) return "min-part= takes a number";
  } else if (key == "gap") {
    if (!read_option_number(value, e.gap)) return "gap= takes a number";
  } else if (key == "strong") {
    e.strong = true;
  } else if (key == "weak") {
    e.strong = false;
  } else if (key == "except") {
    for (const std::string& x : split(value, ',')) {
      if (!x.empty()) e.exceptions.push_back(fold_case(x));
    }
  } else if (key == "not-before") {
    for (const std::string& x : split(value, ',')) {
      if (!x.empty()) e.not_before.push_back(fold_case(x));
    }
    if (e.not_before.empty()) return "not-before= takes one or more words";
  } else if (key == "not-after") {
    for (const std::string& x : split(value, ',')) {
      if (!x.empty()) e.not_after.push_back(fold_case(x));
    }
    if (e.not_after.empty()) return "not-after= takes one or more words";
  } else if (key == "note") {
    e.note = value;
  } else {
    return "unknown option '" + key + "' (known: exact, inflected, prefix, compound=, min-part=, gap=, "
           "except=, not-before=, not-after=, strong, weak, note=)";
  }
  return std::nullopt;
}

}  // namespace

Outcome<Lexicon> parse_lexicon(const std::string& name, const std::string& text, const std::string& source) {
  Lexicon lexicon;
  lexicon.name = name;
  std::istringstream in(text);
  std::string raw;
  int line_no = 0;
  while (std::getline(in, raw)) {
    ++line_no;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    const std::string line(trim(strip_comment(raw)));
    if (line.empty()) continue;
    const std::vector<std::string> fields = split(line, ';');
    auto error = [&](const std::string& what) {
      return Failure::lexicon_syntax(source + ":" + std::to_string(line_no) + ": " + what);
    };
    LexiconEntry e;
    e.lexicon = name;
    e.line = line_no;
    e.text = to_nfc(fields[0]);
    e.words = words_of(fold_case(e.text));
    if (e.words.empty()) return error("entry has no term before ';'");
    for (std::size_t i = 1; i < fields.size(); ++i) {
      if (const std::optional<std::string> wrong = read_option(fields[i], e)) return error(*wrong);
    }
    lexicon.entries.push_back(std::move(e));
  }
  return lexicon;
}

std::vector<std::string> parse_word_list(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string raw;
  while (std::getline(in, raw)) {
    const std::string line(trim(strip_comment(raw)));
    if (line.empty()) continue;
    out.push_back(line == "-" ? "" : fold_case(line));
  }
  return out;
}

}  // namespace jamkoll

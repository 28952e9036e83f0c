#include "text/text_analyzer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cctype>
#include <mutex>
#include <optional>

#include "common/unicode.h"
#include "common/utf8.h"

namespace jamkoll {

struct TextAnalyzer::Iterators {
  std::unique_ptr<icu::BreakIterator> words;
  std::unique_ptr<icu::BreakIterator> sentences;
  std::mutex mutex;  // clone() of the prototypes is guarded: ICU iterators are not thread-safe
  std::uint64_t serial = 0;  // which analyzer these are, for the per-thread copies below
};

namespace {

std::atomic<std::uint64_t> next_serial{1};

// Each thread's own copies of one analyzer's iterators, cloned once and reused for every block of
// every document that thread reads (a clone costs more than segmenting a short paragraph). Keyed
// by the analyzer's serial, never by its address: a later analyzer may be built at the same place.
struct ThreadIterators {
  std::uint64_t serial = 0;
  std::unique_ptr<icu::BreakIterator> words;
  std::unique_ptr<icu::BreakIterator> sentences;
};

ThreadIterators& iterators_for(TextAnalyzer::Iterators& prototypes) {
  thread_local ThreadIterators mine;
  if (mine.serial != prototypes.serial) {
    std::lock_guard<std::mutex> lock(prototypes.mutex);
    mine.words.reset(prototypes.words->clone());
    mine.sentences.reset(prototypes.sentences->clone());
    mine.serial = prototypes.serial;
  }
  return mine;
}

// Decodes UTF-8 into UTF-16 and records, for every UTF-16 index, the byte offset in the input
// where its code point starts (the last entry is the input's size). Ill-formed sequences become
// U+FFFD but keep their own byte lengths, so offsets always stay inside the given text.
icu::UnicodeString decode_with_offsets(std::string_view text, std::vector<std::size_t>& offsets) {
  icu::UnicodeString out;
  offsets.clear();
  offsets.resize(text.size() + 1);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  // At most one UTF-16 unit per input byte: written straight into the string's buffer.
  char16_t* units = out.getBuffer(std::max<int32_t>(length, 1));
  int32_t written = 0;
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) c = 0xFFFD;
    const int32_t first = written;
    U16_APPEND_UNSAFE(units, written, c);
    for (int32_t k = first; k < written; ++k) offsets[static_cast<std::size_t>(k)] = static_cast<std::size_t>(start);
  }
  out.releaseBuffer(written);
  offsets.resize(static_cast<std::size_t>(written) + 1);
  offsets.back() = text.size();
  return out;
}

bool has_letter_or_digit(const icu::UnicodeString& text, int32_t begin, int32_t end) {
  for (int32_t i = begin; i < end;) {
    const UChar32 c = text.char32At(i);
    if (u_isalnum(c)) return true;
    i += U16_LENGTH(c);
  }
  return false;
}

// The last whitespace-separated chunk of `sentence`, case-folded ("t.ex." in "… t.ex.").
std::string last_word(std::string_view sentence) {
  sentence = trim(sentence);
  const std::size_t space = sentence.find_last_of(" \t\n(");
  return fold_case(space == std::string_view::npos ? sentence : sentence.substr(space + 1));
}


}  // namespace

namespace {

// Swedish words are ASCII plus Latin-1 letters (å ä ö é ü …): their full case folding is known
// without ICU. ASCII lower-cases; U+00C0–U+00DE but × (U+00D7) is its lower-case letter U+0020
// higher; U+00E0–U+00FF fold to themselves; and precomposed letters with nothing combining after
// them are NFC already. Anything else (ß folds to "ss", µ to μ, the soft hyphen is removed, combining
// marks need NFC) is ICU's: nullopt. Tested letter by letter and over real text against ICU.
std::optional<std::string> fold_latin(std::string_view utf8) {
  std::string out(utf8);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 0x20);
      continue;
    }
    if (c != 0xC3 || i + 1 >= out.size()) return std::nullopt;
    const auto next = static_cast<unsigned char>(out[i + 1]);
    if (next < 0x80 || next > 0xBF || next == 0x9F) return std::nullopt;  // not U+00C0–U+00FF, or ß
    if (next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
    ++i;
  }
  return out;
}

}  // namespace

std::string fold_case(std::string_view utf8) {
  if (std::optional<std::string> latin = fold_latin(utf8)) return std::move(*latin);
  return fold_case_with_icu(utf8);
}

std::string fold_case_with_icu(std::string_view utf8) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  u.foldCase(U_FOLD_CASE_DEFAULT);
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00AD)), icu::UnicodeString());
  std::string out;
  u.toUTF8String(out);
  return to_nfc(out);
}

TextAnalyzer::TextAnalyzer(std::set<std::string> abbreviations, std::set<std::string> closing_abbreviations)
    : abbreviations_(std::move(abbreviations)),
      closing_abbreviations_(std::move(closing_abbreviations)),
      prototypes_(std::make_unique<Iterators>()) {
  prototypes_->serial = next_serial.fetch_add(1);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale swedish("sv", "SE");
  prototypes_->words.reset(icu::BreakIterator::createWordInstance(swedish, status));
  prototypes_->sentences.reset(icu::BreakIterator::createSentenceInstance(swedish, status));
  if (U_FAILURE(status) || !prototypes_->words || !prototypes_->sentences) {
    throw std::runtime_error("ICU break iterators for Swedish are not available");  // installation error
  }
}

TextAnalyzer::~TextAnalyzer() = default;

std::vector<Sentence> TextAnalyzer::analyze(std::string_view text) const {
  if (text.size() <= kWindowBytes) return analyze_window(text);
  std::vector<Sentence> out;
  analyze(text, [&out](Sentence&& s) { out.push_back(std::move(s)); });
  return out;
}

void TextAnalyzer::analyze(std::string_view text, const std::function<void(Sentence&&)>& sink) const {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + kWindowBytes);
    if (end < text.size()) {
      const std::string_view window = text.substr(start, end - start);
      std::size_t cut = window.rfind(". ");
      if (cut == std::string_view::npos || cut < window.size() / 2) cut = window.find_last_of(" \n\t");
      if (cut != std::string_view::npos && cut > 0) {
        end = start + cut + 1;
      } else {
        while (end > start + 1 && is_utf8_continuation(text[end])) --end;  // UTF-8 boundary
      }
    }
    for (Sentence& s : analyze_window(text.substr(start, end - start))) {
      s.begin += start;
      s.end += start;
      for (Token& t : s.tokens) {
        t.begin += start;
        t.end += start;
      }
      sink(std::move(s));
    }
    start = end;
  }
}

std::vector<Sentence> TextAnalyzer::analyze_window(std::string_view text) const {
  ThreadIterators& iterators = iterators_for(*prototypes_);
  icu::BreakIterator* words = iterators.words.get();
  icu::BreakIterator* sentences = iterators.sentences.get();
  std::vector<std::size_t> to_byte;
  const icu::UnicodeString u = decode_with_offsets(text, to_byte);

  // 1. Sentence spans (UTF-16), merged where the break followed an abbreviation.
  std::vector<std::pair<int32_t, int32_t>> spans;
  sentences->setText(u);
  int32_t start = sentences->first();
  for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE; start = end, end = sentences->next()) {
    if (!spans.empty()) {
      const std::size_t prev_begin = to_byte[static_cast<std::size_t>(spans.back().first)];
      const std::size_t prev_end = to_byte[static_cast<std::size_t>(spans.back().second)];
      const std::string_view previous = text.substr(prev_begin, prev_end - prev_begin);
      const std::string_view current = text.substr(to_byte[static_cast<std::size_t>(start)],
                                                   to_byte[static_cast<std::size_t>(end)] - to_byte[static_cast<std::size_t>(start)]);
      const bool ends_in_line_break = previous.find('\n') != std::string_view::npos &&
                                      trim(previous.substr(previous.rfind('\n'))).empty();
      // A closing abbreviation ("m.m.") falls through to the lower-case test like any word.
      if (!ends_in_line_break && (abbreviations_.count(last_word(previous)) || continues_sentence(trim(current)))) {
        spans.back().second = end;
        continue;
      }
    }
    spans.emplace_back(start, end);
  }

  // 2. Word tokens, assigned to their sentence.
  std::vector<Sentence> out;
  out.reserve(spans.size());
  for (const auto& [b, e] : spans) {
    Sentence s;
    s.begin = to_byte[static_cast<std::size_t>(b)];
    s.end = to_byte[static_cast<std::size_t>(e)];
    out.push_back(std::move(s));
  }
  words->setText(u);
  std::size_t current = 0;
  int32_t wb = words->first();
  for (int32_t we = words->next(); we != icu::BreakIterator::DONE; wb = we, we = words->next()) {
    while (current + 1 < spans.size() && wb >= spans[current].second) ++current;
    if (out.empty()) break;
    const bool word = has_letter_or_digit(u, wb, we);
    const UChar32 first = u.char32At(wb);
    if (!word && (u_isspace(first) || first == 0x00AD)) continue;
    Token t;
    t.begin = to_byte[static_cast<std::size_t>(wb)];
    t.end = to_byte[static_cast<std::size_t>(we)];
    t.is_word = word;
    const std::string_view written = text.substr(t.begin, t.end - t.begin);
    out[current].keys.push_back(word ? fold_case(written) : std::string(written));
    out[current].tokens.push_back(t);
  }
  return out;
}

}  // namespace jamkoll

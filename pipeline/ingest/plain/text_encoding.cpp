#include "ingest/plain/text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <memory>

namespace jamkoll {
namespace {

// Length of the well-formed UTF-8 sequence at `i`, 0 if none starts there.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const unsigned c = b(i);
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t k) { return (b(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return b(i + 1) >= lo && b(i + 1) <= hi && cont(i + 2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return b(i + 1) >= lo && b(i + 1) <= hi && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

Outcome<std::string> convert_to_utf8(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &status), ucnv_close);
  if (U_SUCCESS(status)) {
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  }
  icu::UnicodeString text;
  if (U_SUCCESS(status)) {
    const char* source = bytes.data();
    const char* limit = bytes.data() + bytes.size();
    const std::size_t capacity = bytes.size() + 1;
    UChar* target_start = text.getBuffer(static_cast<int32_t>(capacity));
    UChar* target = target_start;
    ucnv_toUnicode(converter.get(), &target, target_start + capacity, &source, limit, nullptr, true, &status);
    text.releaseBuffer(static_cast<int32_t>(target - target_start));
    if (U_FAILURE(status)) {
      return Failure::encoding(std::string("the file says it is ") + charset + " but holds invalid " + charset +
                                     " at byte " + std::to_string(source - bytes.data()) + ": save it again as UTF-8");
    }
  }
  if (U_FAILURE(status)) return Failure::encoding(std::string("cannot convert from ") + charset + ": " + u_errorName(status));
  std::string out;
  text.toUTF8String(out);
  return out;
}

// What ICU's detector makes of the first 64 KiB: the best guess, and whether a Western 8-bit
// charset is among its matches.
struct Guess {
  std::string best;
  bool western = false;
};

Guess guess_charset(std::string_view bytes) {
  Guess guess;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), ucsdet_close);
  const std::string_view sample = bytes.substr(0, 1u << 16);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  if (U_FAILURE(status)) return guess;
  for (int32_t i = 0; i < count; ++i) {
    const std::string name = ucsdet_getName(matches[i], &status);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status)) break;
    if (i == 0) {
      const char* language = ucsdet_getLanguage(matches[i], &status);
      guess.best = name + (language && *language ? std::string(", language ") + language : "") + ", confidence " +
                   std::to_string(confidence);
    }
    if ((name == "ISO-8859-1" || name == "windows-1252") && confidence >= 10) guess.western = true;
  }
  return guess;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes, std::size_t* first_invalid) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t n = utf8_sequence(bytes, i);
    if (n == 0) {
      if (first_invalid) *first_invalid = i;
      return false;
    }
    i += n;
  }
  return true;
}

Outcome<DecodedText> decode_text(std::string_view bytes) {
  DecodedText out;
  const char* wide = nullptr;  // the charset a byte order mark announces
  if (bytes.starts_with(std::string_view("\xFF\xFE\x00\x00", 4))) {
    wide = "UTF-32LE";
  } else if (bytes.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) {
    wide = "UTF-32BE";
  } else if (bytes.starts_with("\xFF\xFE")) {
    wide = "UTF-16LE";
  } else if (bytes.starts_with("\xFE\xFF")) {
    wide = "UTF-16BE";
  } else if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
  }
  if (wide) {
    if (bytes.size() > (1u << 30)) return Failure::too_large("text file larger than 1 GiB");
    auto text = convert_to_utf8(bytes, wide);
    if (!text) return text.failure();
    out.utf8 = text->substr(text->compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0);  // the BOM, decoded
    return out;
  }

  std::size_t bad = 0;
  if (is_valid_utf8(bytes, &bad)) {
    out.utf8 = std::string(bytes);
    return out;
  }
  bool has_utf8_sequence = false;
  bool undefined_byte = false;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0xC2 && utf8_sequence(bytes, i) > 1) has_utf8_sequence = true;
    if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D || c == 0x7F ||
        (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
      undefined_byte = true;
    }
  }
  const std::string where = "invalid UTF-8 at byte " + std::to_string(bad);
  if (has_utf8_sequence) {
    return Failure::encoding(where + " in a file that is otherwise UTF-8: the file is damaged; save it again as UTF-8");
  }
  const Guess guess = guess_charset(bytes);
  if (undefined_byte || !guess.western) {
    return Failure::encoding(where + ", and not a Windows-1252 or ISO-8859-1 text either" +
                                   (guess.best.empty() ? std::string() : " (ICU guesses " + guess.best + ")") +
                                   ": save the file as UTF-8");
  }
  if (bytes.size() > (1u << 30)) return Failure::too_large("text file larger than 1 GiB");
  auto text = convert_to_utf8(bytes, "windows-1252");
  if (!text) return text.failure();
  out.utf8 = std::move(*text);
  out.warning = "not UTF-8 (" + where + "): read as Windows-1252 (ICU detects " + guess.best +
                "); save the file as UTF-8 to be sure of every character";
  return out;
}

}  // namespace jamkoll

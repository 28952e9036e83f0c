#include "match/term_matcher.h"

#include <algorithm>
#include <atomic>
#include <set>
#include <tuple>

#include "common/utf8.h"

namespace jamkoll {
namespace {

bool starts_with_vowel(std::string_view s) {
  static const std::string_view vowels[] = {"a", "e", "i", "o", "u", "y", "å", "ä", "ö"};
  for (std::string_view v : vowels) {
    if (s.starts_with(v)) return true;
  }
  return false;
}

// Stems of a term that only take a vowel ending: kvinna → kvinn(or), förälder → föräldr(ar).
std::vector<std::string> alternate_stems(const std::string& term) {
  std::vector<std::string> out;
  if (term.size() >= 4) {
    const char last = term.back();
    if (last == 'a' || last == 'e' || last == 'o') out.push_back(term.substr(0, term.size() - 1));
    const std::string tail = term.substr(term.size() - 2);
    if (tail == "el" || tail == "en" || tail == "er") out.push_back(term.substr(0, term.size() - 2) + term.back());
  }
  return out;
}

// How a term may stand as the first part of a compound: as it is, and for terms in -a the
// Swedish joint forms with -o-, -e- or no vowel (kvinna → kvinnofrid, förskola → förskoleklass,
// folkhälsa → folkhälsoarbete, flicka → flickgrupp).
std::vector<std::string> modifier_forms(const std::string& term) {
  std::vector<std::string> out = {term};
  if (term.size() >= 4 && term.back() == 'a') {
    const std::string stem = term.substr(0, term.size() - 1);
    out.push_back(stem + "o");
    out.push_back(stem + "e");
    out.push_back(stem);
  }
  return out;
}

// "cedaw:s", "fn:s", "scb:s": an abbreviation with its ending after a colon, which ICU keeps as one
// word. Returns the part before the colon when the rest is a short ending, else "".
std::string without_colon_ending(const std::string& key) {
  const std::size_t colon = key.find(':');
  if (colon == std::string::npos || colon == 0 || key.size() - colon - 1 > 3) return "";
  return key.substr(0, colon);
}

TermHit hit(const LexiconEntry* entry, std::size_t first, std::size_t last, const std::vector<Token>& tokens) {
  return {entry, static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(last), tokens[first].begin, tokens[last].end};
}

bool is_coordinating(const std::string& key) {
  return key == "och" || key == "eller" || key == "samt" || key == "respektive" || key == ",";
}

// How far a hyphen coordination reaches: from the word before the hyphen, the tokens up to the
// shared last part ("hem- , vård- och omsorgsarbetet"); longer runs are not read as one.
constexpr std::size_t kMaxCoordinationTokens = 8;

bool is_hyphen(const std::string& key) { return key == "-" || key == "\u2010" || key == "\u2011"; }

const std::set<std::string>& derivation_suffixes() {
  static const std::set<std::string> suffixes = {"sam", "lös", "nad", "het", "ig", "lig", "isk", "aktig", "bar"};
  return suffixes;
}

}  // namespace

namespace {
std::atomic<std::uint64_t> next_matcher_serial{1};
}  // namespace

MatchCache& TermMatcher::thread_cache() const {
  struct Kept {
    std::uint64_t serial = 0;
    MatchCache cache;
  };
  thread_local Kept kept;
  if (kept.serial != serial_ || kept.cache.by_token.size() > kThreadCacheTokens) {
    kept.cache.by_token.clear();
    kept.serial = serial_;
  }
  return kept.cache;
}

TermMatcher::TermMatcher(std::vector<Lexicon> lexicons, std::vector<std::string> endings)
    : lexicons_(std::move(lexicons)), endings_(std::move(endings)), serial_(next_matcher_serial.fetch_add(1)) {
  if (std::find(endings_.begin(), endings_.end(), "") == endings_.end()) endings_.push_back("");
  // Endings that follow a shortened stem: vowel endings (kvinn-or, föräldr-ar), and -na/-nas after
  // nouns in -are (medarbetar-na, handläggar-nas).
  for (const std::string& e : endings_) ending_set_[e] = starts_with_vowel(e) || e == "na" || e == "nas";
  std::set<std::size_t> head_lengths, modifier_lengths, prefix_lengths;
  for (const Lexicon& lexicon : lexicons_) {
    for (const LexiconEntry& e : lexicon.entries) {
      const std::string& first = e.words.front();
      if (e.mode == MatchMode::kPrefix) {
        prefix_index_.emplace(first, &e);
        prefix_lengths.insert(first.size());
        continue;
      }
      word_index_.emplace(first, &e);
      if (e.mode == MatchMode::kInflected) {
        for (const std::string& alt : alternate_stems(first)) alternate_index_.emplace(alt, &e);
      }
      if (e.compound_modifier) {
        for (const std::string& form : modifier_forms(first)) {
          modifier_index_.emplace(form, &e);
          modifier_lengths.insert(form.size());
        }
      }
      if (e.compound_head && e.words.size() == 1) {
        head_index_.emplace(first, &e);
        head_lengths.insert(first.size());
        for (const std::string& alt : alternate_stems(first)) {
          head_alternate_index_.emplace(alt, &e);
          head_lengths.insert(alt.size());
        }
      }
    }
  }
  head_lengths_.assign(head_lengths.begin(), head_lengths.end());
  modifier_lengths_.assign(modifier_lengths.begin(), modifier_lengths.end());
  prefix_lengths_.assign(prefix_lengths.begin(), prefix_lengths.end());
}

bool TermMatcher::inflects_to(const std::string& term, const std::string& token, MatchMode mode) const {
  if (mode == MatchMode::kExact) return token == term;
  if (mode == MatchMode::kPrefix) return token.starts_with(term);
  if (token.starts_with(term) && ending_set_.count(token.substr(term.size()))) return true;
  for (const std::string& alt : alternate_stems(term)) {
    if (!token.starts_with(alt)) continue;
    auto it = ending_set_.find(token.substr(alt.size()));
    if (it != ending_set_.end() && it->second) return true;
  }
  return false;
}

bool TermMatcher::is_derivation_suffix(std::string_view rest) const {
  for (const std::string& e : endings_) {
    if (rest.size() >= e.size() && rest.substr(rest.size() - e.size()) == e &&
        derivation_suffixes().count(std::string(rest.substr(0, rest.size() - e.size())))) {
      return true;
    }
  }
  return false;
}

bool TermMatcher::word_matches(const LexiconEntry& entry, std::size_t word_index, const std::string& token) const {
  for (const std::string& x : entry.exceptions) {
    if (token.find(x) != std::string::npos) return false;
  }
  const std::string& word = entry.words[word_index];
  if (inflects_to(word, token, entry.mode)) return true;
  if (entry.mode == MatchMode::kPrefix) return false;
  const std::size_t min_part = static_cast<std::size_t>(std::max(1, entry.min_part));
  const bool last = word_index + 1 == entry.words.size();
  if (entry.compound_head && last) {
    for (std::size_t p = 1; p < token.size(); ++p) {
      if (!is_char_start(token, p)) continue;
      if (code_points(std::string_view(token).substr(0, p)) < min_part) continue;
      if (inflects_to(word, token.substr(p), MatchMode::kInflected)) return true;
    }
  }
  if (entry.compound_modifier && word_index == 0) {
    for (const std::string& form : modifier_forms(word)) {
      if (!token.starts_with(form)) continue;
      std::string_view rest = std::string_view(token).substr(form.size());
      for (int link = 0; link < 2; ++link) {
        if (code_points(rest) >= min_part && !is_derivation_suffix(rest)) return true;
        if (rest.empty() || std::string_view("seauo").find(rest[0]) == std::string_view::npos) break;
        rest.remove_prefix(1);
      }
    }
  }
  return false;
}

void TermMatcher::lookup_stem(const std::string& stem, bool vowel_ending, std::vector<const LexiconEntry*>& out,
                              const std::unordered_multimap<std::string, const LexiconEntry*>& index,
                              const std::unordered_multimap<std::string, const LexiconEntry*>& alternate) const {
  auto [b, e] = index.equal_range(stem);
  for (auto it = b; it != e; ++it) out.push_back(it->second);
  if (vowel_ending) {
    auto [ab, ae] = alternate.equal_range(stem);
    for (auto it = ab; it != ae; ++it) out.push_back(it->second);
  }
}

const std::vector<const LexiconEntry*>& TermMatcher::candidates(const std::string& token, MatchCache& cache) const {
  auto cached = cache.by_token.find(token);
  if (cached != cache.by_token.end()) return cached->second;
  std::vector<const LexiconEntry*> found;
  for (const auto& [ending, vowel] : ending_set_) {
    if (ending.size() > token.size() || token.compare(token.size() - ending.size(), ending.size(), ending) != 0) continue;
    const std::string stem = token.substr(0, token.size() - ending.size());
    lookup_stem(stem, vowel, found, word_index_, alternate_index_);
    for (std::size_t length : head_lengths_) {
      if (length >= stem.size() || !is_char_start(stem, stem.size() - length)) continue;
      lookup_stem(stem.substr(stem.size() - length), vowel, found, head_index_, head_alternate_index_);
    }
  }
  for (std::size_t length : modifier_lengths_) {
    if (length < token.size() && is_char_start(token, length)) {
      auto [b, e] = modifier_index_.equal_range(token.substr(0, length));
      for (auto it = b; it != e; ++it) found.push_back(it->second);
    }
  }
  for (std::size_t length : prefix_lengths_) {
    if (length <= token.size() && is_char_start(token, length)) {
      auto [b, e] = prefix_index_.equal_range(token.substr(0, length));
      for (auto it = b; it != e; ++it) found.push_back(it->second);
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  std::vector<const LexiconEntry*> verified;
  for (const LexiconEntry* e : found) {
    if (word_matches(*e, 0, token)) verified.push_back(e);
  }
  return cache.by_token.emplace(token, std::move(verified)).first->second;
}

// Where the entry's last word stands (an index into `words`) when its words after the first follow
// the word at `w` in order, each within the entry's gap; nullopt when they do not.
std::optional<std::size_t> TermMatcher::following_words(const LexiconEntry& entry, const std::vector<std::size_t>& words,
                                                        const std::vector<std::string>& keys, std::size_t w) const {
  std::size_t at = w;
  for (std::size_t k = 1; k < entry.words.size(); ++k) {
    bool ok = false;
    for (std::size_t next = at + 1; next < words.size() && next <= at + 1 + static_cast<std::size_t>(entry.gap); ++next) {
      if (word_matches(entry, k, keys[words[next]])) {
        at = next;
        ok = true;
        break;
      }
    }
    if (!ok) return std::nullopt;
  }
  return at;
}

// Entries whose words stand in the sentence, starting at each word token.
void TermMatcher::match_entries(const Sentence& sentence, MatchCache& cache, std::vector<TermHit>& hits) const {
  const std::vector<Token>& tokens = sentence.tokens;
  const std::vector<std::string>& keys = sentence.keys;
  std::vector<std::size_t> words;  // indices of word tokens
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].is_word) words.push_back(i);
  }
  for (std::size_t w = 0; w < words.size(); ++w) {
    const std::size_t i = words[w];
    auto try_entries = [&](const std::vector<const LexiconEntry*>& first_words) {
      for (const LexiconEntry* entry : first_words) {
        if (const std::optional<std::size_t> at = following_words(*entry, words, keys, w)) {
          hits.push_back(hit(entry, i, words[*at], tokens));
        }
      }
    };
    try_entries(candidates(keys[i], cache));
    if (keys[i].find(':') != std::string::npos) {
      if (const std::string bare = without_colon_ending(keys[i]); !bare.empty()) try_entries(candidates(bare, cache));
    }
  }
}

// Hyphen coordination: "hem- och omsorgsarbetet" also says "hemarbetet".
void TermMatcher::match_hyphen_coordination(const Sentence& sentence, MatchCache& cache,
                                            std::vector<TermHit>& hits) const {
  const std::vector<Token>& tokens = sentence.tokens;
  const std::vector<std::string>& keys = sentence.keys;
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (!tokens[i].is_word || !is_hyphen(keys[i + 1])) continue;
    std::size_t j = i + 2;
    while (j < tokens.size() && j < i + kMaxCoordinationTokens &&
           (!tokens[j].is_word || is_coordinating(keys[j]) || (j + 1 < tokens.size() && is_hyphen(keys[j + 1])))) {
      ++j;
    }
    if (j >= tokens.size() || j == i + 2 || !tokens[j].is_word) continue;
    const std::string& whole = keys[j];
    // Two-word entries written with a hyphen ("mr arbete" for MR-arbete): "MR- och
    // jämställdhetsarbetet" says "MR-arbetet" too.
    const auto& first_words = candidates(keys[i], cache);
    for (std::size_t k = 1; k + 2 < whole.size(); ++k) {
      if (!is_char_start(whole, k)) continue;
      for (const LexiconEntry* entry : candidates(keys[i] + whole.substr(k), cache)) {
        if (entry->words.size() == 1) hits.push_back(hit(entry, i, j, tokens));
      }
      for (const LexiconEntry* entry : first_words) {
        if (entry->words.size() == 2 && word_matches(*entry, 1, whole.substr(k))) hits.push_back(hit(entry, i, j, tokens));
      }
    }
  }
}

namespace {

// A hit whose entry's not-before= word follows it ("utbildning om våld" is training) or whose
// not-after= word precedes it ("till kommunerna"), however the hit was found.
bool next_to_excluded_word(const TermHit& h, const Sentence& sentence) {
  const LexiconEntry& entry = *h.entry;
  if (entry.not_before.empty() && entry.not_after.empty()) return false;
  auto listed = [](const std::vector<std::string>& list, const std::string& word) {
    return std::find(list.begin(), list.end(), word) != list.end();
  };
  const std::vector<Token>& tokens = sentence.tokens;
  for (std::size_t i = h.last_token + 1; i < tokens.size(); ++i) {
    if (tokens[i].is_word) {
      if (listed(entry.not_before, sentence.keys[i])) return true;
      break;
    }
  }
  for (std::size_t i = h.first_token; i-- > 0;) {
    if (tokens[i].is_word) return listed(entry.not_after, sentence.keys[i]);
  }
  return false;
}

}  // namespace

std::vector<TermHit> TermMatcher::match(const Sentence& sentence, MatchCache& cache) const {
  std::vector<TermHit> hits;
  match_entries(sentence, cache, hits);
  match_hyphen_coordination(sentence, cache, hits);
  hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const TermHit& h) { return next_to_excluded_word(h, sentence); }),
             hits.end());
  std::sort(hits.begin(), hits.end(), [](const TermHit& a, const TermHit& b) {
    return std::tie(a.first_token, a.last_token, a.entry) < std::tie(b.first_token, b.last_token, b.entry);
  });
  hits.erase(std::unique(hits.begin(), hits.end(),
                         [](const TermHit& a, const TermHit& b) {
                           return a.entry == b.entry && a.first_token == b.first_token && a.last_token == b.last_token;
                         }),
             hits.end());
  return hits;
}

}  // namespace jamkoll

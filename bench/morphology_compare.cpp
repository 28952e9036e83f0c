// Which Swedish morphology should the matcher use? Measures, on bench/morphology_pairs.tsv
// (inflected form → lexicon lemma), how often each candidate recognises the form as its lemma, and
// how fast it is:
//   ending table   jamkoll's TermMatcher: lemma + ending from lexicons/inflection.txt, with the
//                  -a/-e/-o and -el/-en/-er stem alternations (what ships)
//   snowball       libstemmer's Swedish stemmer: stem(form) == stem(lemma)
//   hunspell       hunspell with hunspell-sv: lemma ∈ stem(form)
// Built only when libhunspell and libstemmer are installed (see bench/README.md).
#include <hunspell/hunspell.hxx>
#include <libstemmer.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "judge/data_source.h"
#include "judge/pack_loader.h"
#include "match/term_matcher.h"

using namespace jamkoll;

int main() {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::ifstream in(std::string(JAMKOLL_SOURCE_DIR) + "/bench/morphology_pairs.tsv");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    pairs.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  const std::string endings = *embedded_pack_source("lansstrategi")->read("lexicons/inflection.txt");

  // 1. The ending table (one inflected entry per lemma).
  Lexicon lexicon;
  lexicon.name = "pairs";
  for (const auto& [form, lemma] : pairs) {
    LexiconEntry e;
    e.lexicon = "pairs";
    e.text = lemma;
    e.words = {lemma};
    lexicon.entries.push_back(e);
  }
  const TermMatcher matcher({lexicon}, parse_word_list(endings));
  // 2. Snowball.
  sb_stemmer* snowball = sb_stemmer_new("swedish", "UTF_8");
  auto stem = [&](const std::string& w) {
    const sb_symbol* s = sb_stemmer_stem(snowball, reinterpret_cast<const sb_symbol*>(w.data()), static_cast<int>(w.size()));
    return std::string(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(snowball)));
  };
  // 3. Hunspell.
  Hunspell hunspell("/usr/share/hunspell/sv_SE.aff", "/usr/share/hunspell/sv_SE.dic");

  int ok_table = 0, ok_snowball = 0, ok_hunspell = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const auto& [form, lemma] = pairs[i];
    const bool table = matcher.word_matches(matcher.lexicons()[0].entries[i], 0, form);
    const bool snow = stem(form) == stem(lemma);
    bool hun = false;
    for (const std::string& s : hunspell.stem(form)) hun = hun || s == lemma;
    ok_table += table;
    ok_snowball += snow;
    ok_hunspell += hun;
    if (!table || !snow || !hun) {
      std::cout << "  " << form << " → " << lemma << ": table " << (table ? "yes" : "NO") << ", snowball "
                << (snow ? "yes" : "NO") << " (" << stem(form) << "/" << stem(lemma) << "), hunspell "
                << (hun ? "yes" : "NO") << "\n";
    }
  }
  auto rate = [&](auto&& f) {
    const int rounds = 200;
    const auto start = std::chrono::steady_clock::now();
    std::size_t sink = 0;
    for (int r = 0; r < rounds; ++r) {
      for (std::size_t i = 0; i < pairs.size(); ++i) sink += f(i);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return sink ? static_cast<double>(rounds * pairs.size()) / seconds : 0.0;
  };
  const double table_rate = rate([&](std::size_t i) { return 1 + matcher.word_matches(matcher.lexicons()[0].entries[i], 0, pairs[i].first); });
  const double snowball_rate = rate([&](std::size_t i) { return 1 + stem(pairs[i].first).size(); });
  const double hunspell_rate = rate([&](std::size_t i) { return 1 + hunspell.stem(pairs[i].first).size(); });
  const double n = static_cast<double>(pairs.size());
  std::cout << pairs.size() << " pairs\n"
            << "ending table: " << ok_table << " right (" << 100.0 * ok_table / n << " %), " << table_rate << " words/s\n"
            << "snowball:     " << ok_snowball << " right (" << 100.0 * ok_snowball / n << " %), " << snowball_rate << " words/s\n"
            << "hunspell-sv:  " << ok_hunspell << " right (" << 100.0 * ok_hunspell / n << " %), " << hunspell_rate << " words/s\n";
  sb_stemmer_delete(snowball);
  return 0;
}

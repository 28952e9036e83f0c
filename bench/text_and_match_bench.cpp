// Throughput of the text and match stages, in MB/s of block text:
//   Analyze      ICU sentences + word tokens + case folding
//   Match/1x     the term matcher over analysed sentences, with the shipped lexicons
//   Match/10x    the same with ten times as many entries (synthetic ones added)
//   Judge        the whole judge stage per document (analysis, rules, verdicts)
// Input: the reading text of samples/*.docx (or of JAMKOLL_BENCH_CORPUS=DIR with .docx drafts,
// e.g. from ../shared/bench/make_corpus.py).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>

#include "ingest/read_document.h"
#include "judge/data_source.h"
#include "judge/judge.h"
#include "judge/pack_loader.h"

namespace jamkoll {
namespace {

namespace fs = std::filesystem;

struct Corpus {
  std::vector<Document> documents;
  std::vector<std::string> texts;  // every judged block's text
  std::size_t bytes = 0;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    const char* env = std::getenv("JAMKOLL_BENCH_CORPUS");
    const fs::path dir = env ? fs::path(env) : fs::path(JAMKOLL_SOURCE_DIR) / "samples";
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".docx") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      auto loaded = read_document(f.string(), ReadLimits{});
      if (!loaded) continue;
      for (const Block& b : loaded->document.blocks) {
        out.texts.push_back(b.text);
        out.bytes += b.text.size();
      }
      out.documents.push_back(std::move(loaded->document));
    }
    return out;
  }();
  return c;
}

std::shared_ptr<const LoadedPack> default_pack() {
  static const auto pack = *load_default_pack();
  return pack;
}

// Synthetic Swedish-looking entries that never occur in real text, with the shipped mix of modes.
std::vector<Lexicon> enlarged_lexicons(std::size_t factor) {
  std::vector<Lexicon> out = default_pack()->matcher->lexicons();
  std::size_t real = 0;
  for (const Lexicon& l : out) real += l.entries.size();
  static const char* syllables[] = {"kva", "bre", "tö", "lin", "sku", "fjä", "dro", "mal", "vin", "sty",
                                    "grå", "pel", "nu", "hav", "rok", "sel", "tja", "blö", "kun", "dre"};
  std::mt19937 rng(20241124);
  Lexicon synthetic;
  synthetic.name = "synthetic";
  for (std::size_t i = 0; i < real * (factor - 1); ++i) {
    LexiconEntry e;
    e.lexicon = "synthetic";
    std::string word;
    const int parts = 2 + static_cast<int>(rng() % 3);
    for (int p = 0; p < parts; ++p) word += syllables[rng() % 20];
    e.text = word;
    e.words = {word};
    if (rng() % 4 == 0) e.words.push_back(syllables[rng() % 20] + std::string("ning"));
    const unsigned mode = rng() % 4;
    e.compound_head = mode == 1 || mode == 3;
    e.compound_modifier = mode == 2 || mode == 3;
    synthetic.entries.push_back(e);
  }
  out.push_back(std::move(synthetic));
  return out;
}

const std::vector<Sentence>& analysed() {
  static const std::vector<Sentence> sentences = [] {
    std::vector<Sentence> out;
    for (const std::string& t : corpus().texts) {
      for (Sentence& s : default_pack()->analyzer->analyze(t)) out.push_back(std::move(s));
    }
    return out;
  }();
  return sentences;
}

void BM_Analyze(benchmark::State& state) {
  const TextAnalyzer& analyzer = *default_pack()->analyzer;
  for (auto _ : state) {
    for (const std::string& t : corpus().texts) benchmark::DoNotOptimize(analyzer.analyze(t));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().bytes));
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

void BM_Match(benchmark::State& state) {
  const std::size_t factor = static_cast<std::size_t>(state.range(0));
  // The shipped endings, as real runs use them (lexicons/inflection.txt).
  const std::vector<std::string> endings =
      parse_word_list(*embedded_pack_source("lansstrategi")->read("lexicons/inflection.txt"));
  const TermMatcher matcher(enlarged_lexicons(factor), endings);
  std::size_t entries = 0;
  for (const Lexicon& l : matcher.lexicons()) entries += l.entries.size();
  for (auto _ : state) {
    MatchCache cache;  // a fresh cache per pass over the corpus: a real run keeps one per thread
    for (const Sentence& s : analysed()) benchmark::DoNotOptimize(matcher.match(s, cache));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().bytes));
  state.counters["entries"] = static_cast<double>(entries);
}
BENCHMARK(BM_Match)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);

void BM_Judge(benchmark::State& state) {
  const auto judge = *Judge::create(default_pack());
  for (auto _ : state) {
    for (const Document& d : corpus().documents) benchmark::DoNotOptimize(judge->judge(d));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().bytes));
}
BENCHMARK(BM_Judge)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace jamkoll

BENCHMARK_MAIN();

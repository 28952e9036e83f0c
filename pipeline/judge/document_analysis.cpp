#include "judge/document_analysis.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "common/unicode.h"
#include "text/text_analyzer.h"

namespace jamkoll {

bool is_judged_block(BlockKind kind) { return kind != BlockKind::kHeader && kind != BlockKind::kFooter; }

bool introduces_list(std::string_view paragraph_text) {
  const std::string_view text = trim(paragraph_text);
  if (text.empty()) return false;
  if (text.back() == ':') return true;
  constexpr std::string_view kAtt = " att";
  return text.size() > kAtt.size() && text.substr(text.size() - kAtt.size()) == kAtt;
}

namespace {

bool is_content(const AnalyzedBlock& b) {
  const BlockKind k = b.block->kind;
  const bool text_kind = k == BlockKind::kParagraph || k == BlockKind::kListItem || k == BlockKind::kTableCell ||
                         k == BlockKind::kTextBox || k == BlockKind::kFootnote || k == BlockKind::kEndnote;
  return text_kind && !b.placeholder && !b.exclusion_only && !b.filler && b.word_count >= kContentMinWords;
}

// Blocks under a heading for which `opens` holds: `flag` is set on each of them.
template <typename Opens>
void mark_sections(DocumentAnalysis& a, Opens opens, bool AnalyzedBlock::*flag) {
  std::set<std::string> headings;
  for (const AnalyzedBlock& b : a.blocks) {
    if (b.block->kind == BlockKind::kHeading && b.facts.paragraph && opens(*b.facts.paragraph)) {
      headings.insert(b.block->heading_path.empty() ? b.block->text : b.block->heading_path.back());
    }
  }
  if (headings.empty()) return;
  for (AnalyzedBlock& b : a.blocks) {
    if (b.block->kind == BlockKind::kHeading) continue;
    for (const std::string& h : b.block->heading_path) b.*flag = b.*flag || headings.count(h);
  }
}

// Blocks under a heading that opens a background section ("Inledning", "Bakgrund") or a section
// on other actors ("Andra aktörer").
void mark_background_and_others_sections(DocumentAnalysis& a, const StatementReader& statements) {
  mark_sections(a, [&](const SentenceFacts& h) { return statements.is_background_heading(h); },
                &AnalyzedBlock::in_background_section);
  mark_sections(a, [&](const SentenceFacts& h) { return statements.is_others_heading(h); },
                &AnalyzedBlock::in_others_section);
}

// Filler: a paragraph or list item whose every sentence is a filler line, or whose text stands
// word for word under two or more different headings ("Länsstyrelsen ska arbeta med detta under
// perioden" under fifteen goal headings is no content under any of them).
void mark_filler(DocumentAnalysis& a) {
  std::map<std::string, std::set<std::string>> headings_by_text;
  for (const AnalyzedBlock& b : a.blocks) {
    const BlockKind k = b.block->kind;
    if ((k != BlockKind::kParagraph && k != BlockKind::kListItem) || b.block->heading_path.empty()) continue;
    headings_by_text[std::string(trim(b.block->text))].insert(b.block->heading_path.back());
  }
  for (AnalyzedBlock& b : a.blocks) {
    const BlockKind k = b.block->kind;
    if ((k != BlockKind::kParagraph && k != BlockKind::kListItem) || b.sentences.empty()) continue;
    const bool all_filler = std::all_of(b.sentences.begin(), b.sentences.end(),
                                        [](const auto& s) { return s->statement.whole == WholeSentence::kFiller; });
    auto it = headings_by_text.find(std::string(trim(b.block->text)));
    const bool repeated = it != headings_by_text.end() && it->second.size() >= 2;
    b.filler = all_filler || repeated;
  }
}

// Blocks under a heading that matches the scope-section cue ("Avgränsningar").
void mark_scope_sections(DocumentAnalysis& a, const std::string& lexicon) {
  if (lexicon.empty()) return;
  std::set<std::string> scope_headings;
  for (const AnalyzedBlock& b : a.blocks) {
    if (b.block->kind == BlockKind::kHeading && b.facts.paragraph && b.facts.paragraph->hits_by_lexicon.count(lexicon)) {
      scope_headings.insert(b.block->heading_path.empty() ? b.block->text : b.block->heading_path.back());
    }
  }
  for (AnalyzedBlock& b : a.blocks) {
    for (const std::string& h : b.block->heading_path) b.in_scope_section = b.in_scope_section || scope_headings.count(h);
  }
}

// A block every sentence of which is set aside as a whole: a negation, deferral, question or
// report, definition, framing or filler ("Det är viktigt att arbetet följs upp. En plan för
// uppföljningen tas fram under 2025.").
bool all_set_aside(const AnalyzedBlock& b) {
  return !b.sentences.empty() &&
         std::all_of(b.sentences.begin(), b.sentences.end(), [](const auto& s) {
           return s->statement.whole != WholeSentence::kNone || s->statement.unless_firm != WholeSentence::kNone;
         });
}

// Does some sentence of the block exclude, negate or defer ("Regionen ansvarar för vården. Ingen
// aktivitet i denna plan.")? Such a cell lends no substance to its row.
bool not_here(const AnalyzedSentence& s) {
  const WholeSentence w = s.statement.whole;
  return s.exclusion || w == WholeSentence::kNegation || w == WholeSentence::kDeferral;
}

bool says_not_here(const AnalyzedBlock& b) {
  return std::any_of(b.sentences.begin(), b.sentences.end(), [](const auto& s) { return not_here(*s); });
}

// A short table cell with nothing beside it in its row ("Heltid i omsorgen | Se länsstrategin |
// – "): a label, no content under a heading.
bool is_bare_label_cell(const AnalyzedBlock& b) {
  return b.block->kind == BlockKind::kTableCell && b.word_count <= kLabelCellMaxWords && !b.has_content && !b.row_substance;
}

// Headings have content when a content block follows before the next heading of the same or a
// higher level (deeper sub-headings are looked through); a block that only defers, negates or
// frames is none.
void mark_heading_content(DocumentAnalysis& a) {
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    AnalyzedBlock& h = a.blocks[i];
    if (h.block->kind != BlockKind::kHeading) continue;
    bool filler = false;
    for (std::size_t j = i + 1; j < a.blocks.size(); ++j) {
      const AnalyzedBlock& b = a.blocks[j];
      if (b.block->kind == BlockKind::kHeading && b.block->level <= h.block->level) break;
      if (!is_body_block(b.block->kind)) continue;
      filler = filler || b.filler;
      if (is_content(b) && !all_set_aside(b) && !is_bare_label_cell(b)) {
        h.has_content = true;
        break;
      }
    }
    h.filler_under = !h.has_content && filler;
  }
}

enum class NumberCell { kNone, kFigure, kYear };

// A number after one of these words points somewhere ("Se kapitel 4", "bilaga 2", "Delmål 4"): no figure.
bool is_pointer_word(std::string_view word) {
  static const std::set<std::string, std::less<>> kWords = {
      "kapitel", "avsnitt", "avsnittet", "sidan", "sid", "s", "bilaga", "bilagan", "punkt", "tabell", "figur",
      "delmål", "delmålet", "mål", "målet", "prioritering", "område", "fokusområde", "nr", "nummer"};
  return !word.empty() && kWords.count(fold_case(word)) > 0;
}

// A figure cell: a few words holding a number ("42", "58 %", "12,5 procent"); a cell holding only
// a year is a time ("2026"). A bare number in a table's first column numbers the rows ("1").
NumberCell number_cell(const AnalyzedBlock& b) {
  if (b.word_count > 3 || b.placeholder || b.exclusion_only) return NumberCell::kNone;
  const std::string_view text = trim(b.block->text);
  const bool row_number = b.block->table && b.block->table->column == 0 && !text.empty() && text.size() <= 3 &&
                          std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; });
  if (row_number) return NumberCell::kNone;
  NumberCell found = NumberCell::kNone;
  for (const auto& s : b.sentences) {
    std::string_view previous;
    for (const Token& t : s->sentence().tokens) {
      if (!t.is_word) continue;
      const std::string_view word = std::string_view(b.block->text).substr(t.begin, t.end - t.begin);
      const bool number = std::isdigit(static_cast<unsigned char>(word.front())) != 0;
      const bool pointer = is_pointer_word(previous);
      previous = word;
      if (!number || pointer) continue;
      if (!is_year(word)) return NumberCell::kFigure;
      found = NumberCell::kYear;
    }
  }
  return found;
}

bool carries_substance(const AnalyzedBlock& b) {
  return std::any_of(b.sentences.begin(), b.sentences.end(), [](const auto& s) { return s->statement.has_substance(); });
}

// The first row of a table with more rows is a row of column headings when every cell is short. A
// heading over an empty column, or a column that only repeats it, is a label; over a filled one,
// the column is its content. A cell below with
// the heading's own text repeats it ("Uppföljning" in every row: the column is not filled in).
void mark_column_labels(DocumentAnalysis& a, const std::vector<std::size_t>& first_row, const std::vector<std::vector<std::size_t>>& body) {
  const bool short_cells = std::all_of(first_row.begin(), first_row.end(),
                                       [&](std::size_t i) { return a.blocks[i].word_count <= kColumnHeadingMaxWords; });
  if (!short_cells || body.empty()) return;
  for (std::size_t h : first_row) {
    const std::string_view heading = trim(a.blocks[h].block->text);
    bool filled = false;
    for (const auto& row : body) {
      for (std::size_t i : row) {
        if (a.blocks[i].block->table->column != a.blocks[h].block->table->column) continue;
        if (trim(a.blocks[i].block->text) == heading) {
          a.blocks[i].column_label = true;
        } else if (a.blocks[i].word_count > 0) {
          filled = true;
        }
      }
    }
    a.blocks[h].column_label = !filled;
    if (filled) a.blocks[h].has_content = true;  // the column under it is its content
  }
}

// A table whose first row carries substance ("Insats | Ansvar | Indikator") makes every row below it
// a statement of that kind, unless a cell of the row points elsewhere or says it is not done here
// ("Heltid i omsorgen | Se länsstrategin, avsnitt 3.1 | Pågår | –": the work is described elsewhere).
void mark_header_substance(DocumentAnalysis& a, const std::map<std::tuple<std::string, int, int>, std::vector<std::size_t>>& rows) {
  std::map<std::pair<std::string, int>, std::vector<std::size_t>> first_row;
  for (const auto& [key, cells] : rows) {
    const auto table = std::make_pair(std::get<0>(key), std::get<1>(key));
    if (!first_row.count(table)) first_row[table] = cells;  // rows are ordered by row index
  }
  std::map<std::pair<std::string, int>, std::vector<std::vector<std::size_t>>> body;
  for (const auto& [key, cells] : rows) {
    const auto table = std::make_pair(std::get<0>(key), std::get<1>(key));
    if (first_row[table] != cells) body[table].push_back(cells);
  }
  for (const auto& [table, header] : first_row) mark_column_labels(a, header, body[table]);
  for (const auto& [key, cells] : rows) {
    const auto& header = first_row[std::make_pair(std::get<0>(key), std::get<1>(key))];
    if (header == cells) continue;
    const bool substance = std::any_of(header.begin(), header.end(), [&](std::size_t h) { return carries_substance(a.blocks[h]); });
    const bool elsewhere = std::any_of(cells.begin(), cells.end(), [&](std::size_t i) {
      return all_set_aside(a.blocks[i]);
    });
    if (!substance || elsewhere) continue;
    for (std::size_t i : cells) a.blocks[i].row_substance = true;
  }
}

// A table cell has content beside it when another cell of its row is content or a figure (a
// statistics row: "Andel kvinnor i fullmäktige | 42 | 58"), or a year beside a cell of two words or
// more ("Utbildning för handläggare | 2026"; a one-word cell beside a year is a list of documents:
// "Uppföljningsrapport | Rapport | 2023").
void mark_row_content(DocumentAnalysis& a) {
  std::map<std::tuple<std::string, int, int>, std::vector<std::size_t>> rows;
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    const Block& b = *a.blocks[i].block;
    if (b.kind == BlockKind::kTableCell && b.table) rows[{b.part, b.table->table, b.table->row}].push_back(i);
  }
  for (const auto& [key, cells] : rows) {
    for (std::size_t i : cells) {
      for (std::size_t j : cells) {
        if (i == j) continue;
        const NumberCell number = number_cell(a.blocks[j]);
        const bool time_beside = number == NumberCell::kYear && a.blocks[i].word_count >= 2;
        if (is_content(a.blocks[j]) || number == NumberCell::kFigure || time_beside) a.blocks[i].has_content = true;
        const bool lends = carries_substance(a.blocks[j]) && !all_set_aside(a.blocks[j]) && !says_not_here(a.blocks[j]);
        if (number == NumberCell::kFigure || time_beside || lends) a.blocks[i].row_substance = true;
        if (a.blocks[j].exclusion_only) a.blocks[i].row_excluded = true;
      }
    }
  }
  mark_header_substance(a, rows);
}

// Items after a lead that carries substance and introduces them ("Länsstyrelsen ska under 2026:",
// "Indikatorer för delmålet:", "Vi ska under perioden arbeta för att") continue its statement.
void mark_lead_substance(DocumentAnalysis& a) {
  for (std::size_t i = 0; i + 1 < a.blocks.size(); ++i) {
    const AnalyzedBlock& lead = a.blocks[i];
    if (lead.block->kind != BlockKind::kParagraph) continue;
    if (!introduces_list(lead.block->text) || !carries_substance(lead)) continue;
    for (std::size_t j = i + 1; j < a.blocks.size() && a.blocks[j].block->kind == BlockKind::kListItem; ++j) {
      a.blocks[j].lead_substance = true;
    }
  }
}

}  // namespace

DocumentAnalysis analyze_document(const Document& document, const LoadedPack& pack, const StatementReader& statements) {
  DocumentAnalysis out;
  out.blocks.resize(document.blocks.size());
  MatchCache& cache = pack.matcher->thread_cache();
  const bool paragraph_span = uses_paragraph_span(pack.pack);
  for (std::size_t i = 0; i < document.blocks.size(); ++i) {
    const Block& block = document.blocks[i];
    AnalyzedBlock& ab = out.blocks[i];
    ab.block = &block;
    if (!is_judged_block(block.kind)) continue;
    std::size_t placeholders = 0;
    // Headings are looked up whole (mark_scope_sections).
    ab.facts = gather_facts(block.text, *pack.analyzer, *pack.matcher, cache,
                            paragraph_span || block.kind == BlockKind::kHeading);
    for (const auto& facts : ab.facts.sentences) {
      auto as = std::make_unique<AnalyzedSentence>();
      as->facts = facts.get();
      for (const Token& t : facts->sentence.tokens) as->word_count += t.is_word;
      const auto& hits = facts->hits_by_lexicon;
      as->placeholder = hits.count(pack.pack.placeholder_lexicon) > 0;
      as->exclusion = hits.count(pack.pack.exclusion_lexicon) > 0;
      as->recitation = hits.count(pack.pack.recitation_lexicon) > 0;
      as->definition = hits.count(pack.pack.definition_lexicon) > 0;
      as->statement = statements.read(*facts);
      ab.word_count += as->word_count;
      placeholders += as->placeholder;
      ab.sentences.push_back(std::move(as));
    }
    ab.placeholder = placeholders > 0;
    // Every sentence excludes, negates or defers ("omfattas inte", "prioriteras inte", "beskrivs i
    // den regionala handlingsplanen"): no content under a heading or beside a label cell.
    ab.exclusion_only = !ab.sentences.empty() &&
                        std::all_of(ab.sentences.begin(), ab.sentences.end(), [](const auto& s) { return not_here(*s); });
  }
  mark_scope_sections(out, pack.pack.scope_section_lexicon);
  mark_background_and_others_sections(out, statements);
  mark_filler(out);
  mark_row_content(out);
  mark_heading_content(out);
  mark_lead_substance(out);
  return out;
}

}  // namespace jamkoll

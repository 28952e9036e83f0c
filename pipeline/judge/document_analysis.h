// The facts the judge needs about a document, computed once: every judged block split into
// sentences with their lexicon hits, and the structure around them — which headings have real
// content under them, which list items and table cells merely name things.
//
// Headers and footers are running page furniture and are not judged.
// Tests: end to end through Judge in tests/judge/verdict_cases_test.cpp
#pragma once

#include <memory>
#include <vector>

#include "ingest/document.h"
#include "judge/pack_loader.h"
#include "judge/rule_evaluator.h"
#include "judge/statement.h"

namespace jamkoll {

struct AnalyzedSentence {
  const SentenceFacts* facts = nullptr;  // owned by the block's TextFacts
  const Sentence& sentence() const { return facts->sentence; }
  std::size_t word_count = 0;
  bool placeholder = false;  // placeholder cue ("Text kommer", "TODO")
  bool exclusion = false;    // exclusion cue ("omfattas inte")
  bool recitation = false;   // recitation cue ("belysa, analysera och beakta", "sex delmål")
  bool definition = false;   // a goal's definition ("ska ha samma …")
  Statement statement;       // kinds of substance, sentence-wide reasons, clause cues
};

struct AnalyzedBlock {
  const Block* block = nullptr;
  TextFacts facts;
  std::vector<std::unique_ptr<AnalyzedSentence>> sentences;
  std::size_t word_count = 0;
  bool placeholder = false;       // some sentence is placeholder text: the block is unfinished
  bool exclusion_only = false;    // every sentence excludes, negates or defers ("omfattas inte", "prioriteras inte")
  bool in_scope_section = false;  // under a heading about scope ("Avgränsningar")
  bool in_background_section = false;  // under a heading such as "Inledning", "Bakgrund"
  bool in_others_section = false;      // under a heading such as "Andra aktörer"
  // Paragraphs and list items: content-free (every sentence is filler) or the same text as a block
  // under another heading.
  bool filler = false;
  // Headings: the section holds filler and nothing else.
  bool filler_under = false;
  bool row_excluded = false;      // table cells: another cell of the row excludes ("Ingår inte")
  // Headings and short table cells: is there substantive text under / beside them?
  bool has_content = false;
  // Table cells: another cell of the row carries substance ("Dialogmöten med arbetsgivare |
  // Länsstyrelsen | 2026"): the row is one statement.
  bool row_substance = false;
  // Table cells: a column heading ("Aktivitet | Ansvar | Uppföljning") over a column with nothing
  // else in it, or a cell below that only repeats its column's heading (not filled in).
  bool column_label = false;
  // List items: the lead paragraph before them carries substance and ends with a colon.
  bool lead_substance = false;
};

struct DocumentAnalysis {
  std::vector<AnalyzedBlock> blocks;  // same order as Document::blocks; unjudged blocks have no sentences
};

DocumentAnalysis analyze_document(const Document& document, const LoadedPack& pack, const StatementReader& statements);

// Is this block judged at all (headers and footers are not)?
bool is_judged_block(BlockKind kind);

// Does this paragraph introduce the list items after it: it ends with a colon, or it breaks off after
// "att" ("Länsstyrelsen har bland annat i uppdrag att" + items, as PDF exports often leave it)?
bool introduces_list(std::string_view paragraph_text);

// A table cell this short that names a target is a label ("Delmål 4"), judged by its row.
inline constexpr std::size_t kLabelCellMaxWords = 12;
// A first-row cell this short is a column heading when every cell of the row is.
inline constexpr std::size_t kColumnHeadingMaxWords = 3;
// A block needs at least this many words to count as content under a heading.
inline constexpr std::size_t kContentMinWords = 4;

}  // namespace jamkoll

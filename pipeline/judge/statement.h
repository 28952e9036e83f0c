// What kind of statement a sentence is, read from the pack's statement cues (pack.xml
// <statements>): which kinds of substance it carries (analysis, objective, activity,
// responsibility, indicator, timeframe: the commitment profile), whether the whole sentence is
// framing, a definition, a negation, a deferral, filler, or a question or reported speech, and
// where a clause begins whose targets are not the sentence's topic (causes, purposes, audiences,
// lists of perspectives).
//
//   StatementReader reader(pack);
//   Statement s = reader.read(sentence_facts);
//   if (s.whole == WholeSentence::kNegation) …   // "prioriteras inte"
//
// Thread-safety: a StatementReader is immutable; read() may run concurrently.
// Tests: tests/judge/statement_test.cpp
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "judge/rule_evaluator.h"
#include "judge/rule_pack.h"

namespace jamkoll {

// The six kinds of substance a reviewer looks for, in profile order.
enum class Substance { kAnalysis, kObjective, kActivity, kResponsibility, kIndicator, kTimeframe };
inline constexpr std::size_t kSubstanceCount = 6;
std::string substance_name(Substance s);  // "analysis", …, "timeframe"

// A sentence-wide reason why what it names is not worked on.
enum class WholeSentence { kNone, kFraming, kDefinition, kNegation, kDeferral, kFiller, kReported };

struct Statement {
  std::array<bool, kSubstanceCount> substance{};  // kinds of substance present
  WholeSentence whole = WholeSentence::kNone;
  // Clause cues: the byte offset (in the block text) where the clause they open begins; what is
  // named after it is demoted. nullopt when the cue is absent.
  std::optional<std::size_t> passing_from, purpose_from, audience_from, label_from;
  // Byte ranges of actor words, words for women and men, and name-only vocabulary.
  std::vector<std::pair<std::size_t, std::size_t>> actors, gender, name_only;
  bool has_substance() const;
  // Substance that commits to something (objective, activity, responsibility, indicator), as
  // opposed to a description of the situation.
  bool commits() const;
  // Commits to something or analyses the situation: enough to outweigh filler.
  bool shows_work() const;
  // Analysis, an owner, an indicator, or a commitment with a time: enough to outweigh filler,
  // framing, a definition or a background section, where objective and activity words also
  // describe concepts ("jämställdhets-
  // integrering innebär att perspektivet ska genomsyra beslutsfattandet", "konventionen om
  // förebyggande och bekämpning av våld").
  bool firm_work() const;
  // Firm work in a background section ("Inledning", "Begrepp", "Läsanvisning"): analysis only by
  // figures and an indicator only with a time, since cue words there describe concepts and the
  // document ("synliggöra skillnader", "statistik som analyseras", "avsnitt 5 beskriver
  // uppföljningen").
  bool firm_work_in_background() const;
  // Shows work beyond the words that name a target (`own`, byte ranges of its matched terms): a
  // figure, a substance cue outside them (an activity, objective or owner counts even inside
  // them: "Länsstyrelsen *samordnar* ett nätverk"), or a time beside a commitment. "En plan för
  // uppföljning finns" indicates only by *uppföljning*, the name of req.followup, so it does not
  // work on it; "Strategin följs upp varje år" says when.
  bool shows_work_beyond(const std::vector<std::pair<std::size_t, std::size_t>>& own) const;
  // Commits to something by a cue outside `names` (byte ranges of the goals and areas the sentence
  // names): an owner word inside a name ("kvinnor tar det största *ansvaret för hem och barn*")
  // commits to nothing.
  bool commits_beyond(const std::vector<std::pair<std::size_t, std::size_t>>& names) const;
  // Firm work beyond a target's own words ("Strategin ska ge mål och indikatorer för uppföljning"
  // is framing for req.followup: its only indicator is the target's name).
  bool firm_work_beyond(const std::vector<std::pair<std::size_t, std::size_t>>& own) const;
  // When `whole` is kNone because of firm work: the definition or framing the sentence would
  // otherwise be, which holds for a target whose own words are all the firm work there is.
  WholeSentence unless_firm = WholeSentence::kNone;
  bool figure = false;  // a number with a unit or a counted thing ("42 %", "1 200 fall")
  bool by_author = false;  // names the board itself ("länsstyrelsen", "vi"): its own work
  bool names_strategy = false;  // names the strategy itself ("strategin", "handlingsplanen")
  bool other_actor_leads = false;  // another actor is the subject and the board is not named
  bool population = false;  // a figure's population is named ("anställda", "svarade"): role population
  bool year = false;    // a year of work ("2026"), part of the timeframe
  struct Cue {
    Substance kind;
    std::size_t begin, end;  // byte range in the block text
  };
  std::vector<Cue> cues;  // the substance cue hits that count, after the ones inside other cues are dropped
};

class StatementReader {
 public:
  explicit StatementReader(const RulePack& pack);
  Statement read(const SentenceFacts& sentence) const;
  // Does this heading open a background section ("Inledning", "Bakgrund")?
  bool is_background_heading(const SentenceFacts& heading) const;
  // Does this heading open a section on what other actors do ("Andra aktörers ansvar")?
  bool is_others_heading(const SentenceFacts& heading) const;

 private:
  bool heading_has(const SentenceFacts& heading, CueRole role) const;
  std::vector<StatementCue> cues_;
};

// A word of four digits from 1900 to 2099 ("2026"): a year, a timeframe.
bool is_year(std::string_view word);

}  // namespace jamkoll

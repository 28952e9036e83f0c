#include "judge/mention_classifier.h"

#include <algorithm>
#include <string_view>

#include "common/unicode.h"

namespace jamkoll {
namespace {

bool is_goal_or_area(const Target& t) { return t.kind == TargetKind::kGoal || t.kind == TargetKind::kArea; }

bool is_running_text(BlockKind k) {
  return k == BlockKind::kParagraph || k == BlockKind::kListItem || k == BlockKind::kTableCell ||
         k == BlockKind::kTextBox || k == BlockKind::kFootnote || k == BlockKind::kEndnote;
}

std::size_t first_span(const RuleMatch& m) {
  std::size_t first = SIZE_MAX;
  for (const auto& span : m.spans) first = std::min(first, span.first);
  return first;
}

bool inside_any(const std::pair<std::size_t, std::size_t>& span, const std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
  return std::any_of(ranges.begin(), ranges.end(), [&](const auto& r) { return span.first >= r.first && span.second <= r.second; });
}

// Is a word for women or men close to this matched term?
bool gender_near(const std::pair<std::size_t, std::size_t>& span, const Statement& s) {
  return std::any_of(s.gender.begin(), s.gender.end(), [&](const auto& g) {
    const std::size_t gap = g.first >= span.second ? g.first - span.second : (span.first >= g.second ? span.first - g.second : 0);
    return gap <= kActorGenderReachBytes;
  });
}

// Is the passage about other goals/areas than `target`?
bool passage_about_other(const Target& target, const std::set<const Target*>& topic) {
  return !topic.empty() && !topic.count(&target);
}

// Does another goal/area lead the sentence, named before `cue_end`? A weak term also leads
// ("Kvinnornas lägre sysselsättning förklaras av sjukskrivningar").
bool other_leads(const Target& target, const Found& f, std::size_t cue_end, const MentionContext& c) {
  for (const auto* names : {&c.named_in_sentence, &c.weakly_named_in_sentence}) {
    auto it = names->find(f.sentence);
    if (it == names->end()) continue;
    if (std::any_of(it->second.begin(), it->second.end(),
                    [&](const NamedSpan& n) { return n.target != &target && n.begin < cue_end; })) {
      return true;
    }
  }
  return false;
}

// Does the sentence commit to something by a cue outside every goal's or area's name in it? Only a
// strong name holds a cue ("ansvaret för hem och barn"); a weak one does not ("*Utbildning* i
// barnkonsekvensanalys för handläggare" is an activity, though "utbildning" names education weakly).
bool commits_outside_names(const Found& f, const MentionContext& c) {
  std::vector<std::pair<std::size_t, std::size_t>> names;
  auto it = c.named_in_sentence.find(f.sentence);
  if (it != c.named_in_sentence.end()) {
    for (const NamedSpan& n : it->second) names.emplace_back(n.begin, n.end);
  }
  return f.sentence->statement.commits_beyond(names);
}

// Does the owner cue open an "att" clause ("ansvarar för *att* barnkonsekvensanalyser görs"), by
// its own last word or by the words after it?
bool opens_att_clause(const Found& f, const Statement::Cue& cue) {
  const std::string_view text = f.block->block->text;
  if (cue.end > text.size() || cue.begin >= cue.end) return false;
  if (text.substr(cue.begin, cue.end - cue.begin).ends_with(" att")) return true;
  std::string_view rest = trim(text.substr(cue.end));
  constexpr std::string_view kFor = "för ";
  if (rest.starts_with(kFor)) rest = trim(rest.substr(kFor.size()));  // "ansvarar | för att"
  return rest.starts_with("att ");
}

// Another actor's remit: a sentence that does not name the board, whose only substance is an owner
// word standing before the target ("Regionen ansvarar för det regionala tillväxtarbetet",
// "Kommunerna har ansvar för föräldraskapsstödet"), says who does it, not what the strategy does.
bool names_anothers_remit(const Found& f) {
  const Statement& s = f.sentence->statement;
  if (s.by_author || s.figure) return false;
  const std::size_t at = first_span(f.match);
  bool owner_before = false;
  for (const Statement::Cue& cue : s.cues) {
    if (cue.kind == Substance::kTimeframe) continue;
    if (cue.kind != Substance::kResponsibility) return false;
    owner_before = owner_before || (cue.end <= at && !opens_att_clause(f, cue));
  }
  return owner_before;
}

MentionReason furniture_reason(const Found& f) {
  const Block& b = *f.block->block;
  const AnalyzedSentence& s = *f.sentence;
  if (b.kind == BlockKind::kTocEntry) return MentionReason::kTableOfContents;
  if (b.kind == BlockKind::kTitle) return MentionReason::kTitle;
  if (s.placeholder) return MentionReason::kPlaceholder;
  if (s.exclusion || f.block->in_scope_section) return MentionReason::kExclusion;
  if (s.recitation) return MentionReason::kRecitation;
  return MentionReason::kNone;
}

MentionReason whole_sentence_reason(const Found& f) {
  if (!is_running_text(f.block->block->kind)) return MentionReason::kNone;
  if (f.block->filler) return MentionReason::kFiller;
  const Statement& s = f.sentence->statement;
  switch (s.whole) {
    case WholeSentence::kNegation: return MentionReason::kNegation;
    case WholeSentence::kDeferral: return MentionReason::kDeferral;
    case WholeSentence::kFiller: return MentionReason::kFiller;
    case WholeSentence::kDefinition: return MentionReason::kDefinition;
    case WholeSentence::kFraming: return MentionReason::kFraming;
    case WholeSentence::kReported: return MentionReason::kReported;
    case WholeSentence::kNone: break;
  }
  if (s.unless_firm != WholeSentence::kNone && !s.firm_work_beyond(f.match.spans)) {
    return s.unless_firm == WholeSentence::kDefinition ? MentionReason::kDefinition : MentionReason::kFraming;
  }
  if (f.block->in_background_section && !s.firm_work_in_background()) return MentionReason::kFraming;
  // Under "Andra aktörer", a sentence that does not name the board tells what another actor does.
  if (f.block->in_others_section && !s.by_author) return MentionReason::kAudience;
  return MentionReason::kNone;
}

// A goal or area named in a clause that is not the sentence's topic, or in a passage about
// another goal.
MentionReason topic_reason(const Target& target, const Found& f, const MentionContext& c) {
  const Statement& s = f.sentence->statement;
  const std::size_t at = first_span(f.match);
  const std::size_t bi = static_cast<std::size_t>(f.block->block->index);
  const std::set<const Target*>& section = c.section_topic[bi];
  static const std::set<const Target*> kNoLead;
  const bool first_sentence = !f.block->sentences.empty() && f.block->sentences.front().get() == f.sentence;
  const std::set<const Target*>& lead = first_sentence ? kNoLead : c.paragraph_lead[bi];
  const bool elsewhere = passage_about_other(target, section) || passage_about_other(target, lead);
  const bool commits = commits_outside_names(f, c);
  // Each matched term on its own: name-only vocabulary, an actor word, an audience, a purpose. When
  // every term is one of these ("kommunernas barnrättsstrateger …, i syfte att barnets bästa …"),
  // the first one's reason holds.
  auto term_reason = [&](const std::pair<std::size_t, std::size_t>& span) {
    if (inside_any(span, s.name_only) && !s.shows_work()) return MentionReason::kNameOnly;
    if (inside_any(span, s.actors) && !gender_near(span, s)) return MentionReason::kAudience;
    if (s.audience_from && span.first >= *s.audience_from) return MentionReason::kAudience;
    if (s.purpose_from && span.first >= *s.purpose_from && (elsewhere || other_leads(target, f, *s.purpose_from, c))) {
      return MentionReason::kPurpose;
    }
    return MentionReason::kNone;
  };
  std::vector<std::pair<std::size_t, std::size_t>> spans = f.match.spans;
  std::sort(spans.begin(), spans.end());
  if (!spans.empty() && std::all_of(spans.begin(), spans.end(), [&](const auto& sp) { return term_reason(sp) != MentionReason::kNone; })) {
    return term_reason(spans.front());
  }
  if (s.passing_from) {
    // After the cue: a cause or consequence of what leads the sentence or the passage. Before it,
    // in a passage about another goal: the target explains that goal, unless the sentence commits.
    const bool after = at >= *s.passing_from;
    if (after && (elsewhere || other_leads(target, f, *s.passing_from, c))) return MentionReason::kPassing;
    // After it, outside the target's own section, in a sentence that commits to nothing: a cause of
    // something that is no goal ("Utflyttningen förklaras delvis av … lägre inkomster").
    if (after && !commits && section.count(&target) == 0) return MentionReason::kPassing;
    if (!after && elsewhere && !commits) return MentionReason::kPassing;
    // Before it, after another goal, in a sentence that commits to nothing: one more link of a
    // chain of causes ("den som saknar egen ekonomi …, och länets tillväxt påverkas när …").
    if (!after && !commits && other_leads(target, f, at, c)) return MentionReason::kPassing;
  }
  if (names_anothers_remit(f)) return MentionReason::kAudience;
  // In another goal's section, a sentence that commits to nothing and gives no figure names a
  // cause or consequence of that goal ("könsmönstren i gymnasievalen … bidrar till skillnaderna i
  // lön" under "Arbete och försörjning", "under pandemin ökade anmälningarna om våld i nära
  // relationer" under "Civil beredskap"); a figure about the target ("sysselsättningen bland
  // utrikes födda kvinnor är 51 procent") or a commitment still counts, unless the figure only
  // counts the people of a sector or a survey's respondents ("82 procent av de anställda i vården
  // är kvinnor" under "Civil beredskap": role population).
  if (passage_about_other(target, section) && !commits && (!s.figure || s.population)) return MentionReason::kPassing;
  return MentionReason::kNone;
}

MentionReason structure_reason(const Found& f) {
  const Block& b = *f.block->block;
  if (b.kind == BlockKind::kHeading) {
    // A heading naming a unit ("Enheten för integration och mänskliga rättigheter") names an actor.
    const Statement& s = f.sentence->statement;
    const bool actor_only = !f.match.spans.empty() && std::all_of(f.match.spans.begin(), f.match.spans.end(), [&](const auto& sp) {
      return inside_any(sp, s.actors) && !gender_near(sp, s);
    });
    if (actor_only) return MentionReason::kAudience;
    if (f.block->has_content) return MentionReason::kNone;
    return f.block->filler_under ? MentionReason::kFiller : MentionReason::kEmptyHeading;
  }
  if (b.kind == BlockKind::kTableCell && f.block->column_label) return MentionReason::kLabel;  // "Uppföljning" over a column
  if (b.kind == BlockKind::kTableCell && f.block->word_count <= kLabelCellMaxWords && !f.block->has_content) {
    // A label cell ("Delmål 4") with nothing beside it, or with "Ingår inte".
    return f.block->row_excluded ? MentionReason::kExclusion : MentionReason::kEmptyHeading;
  }
  if (b.kind == BlockKind::kListItem && f.block->word_count <= kLabelItemMaxWords && !f.sentence->statement.shows_work()) {
    return MentionReason::kLabel;
  }
  if (b.kind == BlockKind::kParagraph && f.block->word_count <= kLabelParagraphMaxWords) {
    return MentionReason::kLabel;  // a line such as "Uppföljningsrapport" or "Jämställd hälsa": no statement
  }
  return MentionReason::kNone;
}

}  // namespace

MentionReason classify_match(const Target& target, const Found& f, const MentionContext& context) {
  if (MentionReason r = furniture_reason(f); r != MentionReason::kNone) return r;
  if (context.recited_duty_items.count(static_cast<std::size_t>(f.block->block->index))) return MentionReason::kRecitation;
  if (is_goal_or_area(target)) {
    const Statement& s = f.sentence->statement;
    if (s.label_from && first_span(f.match) >= *s.label_from) return MentionReason::kLabel;  // before enumerations
    if (context.enumerations.count(f.sentence)) return MentionReason::kRecitation;
    if (context.recited_items.count(static_cast<std::size_t>(f.block->block->index))) return MentionReason::kRecitation;
  }
  if (MentionReason r = whole_sentence_reason(f); r != MentionReason::kNone) return r;
  // The board's own work (work="board"), told of another actor that leads the sentence without the
  // board: "Kommunerna följer redan upp sin verksamhet med könsuppdelad statistik".
  if (f.match.rule && f.match.rule->board_work && is_running_text(f.block->block->kind) &&
      f.sentence->statement.other_actor_leads) {
    return MentionReason::kAudience;
  }
  if (is_goal_or_area(target) && is_running_text(f.block->block->kind)) {
    if (MentionReason r = topic_reason(target, f, context); r != MentionReason::kNone) return r;
  }
  if (MentionReason r = structure_reason(f); r != MentionReason::kNone) return r;
  // A requirement about the strategy as a whole, in a goal's or area's section, by a sentence that
  // does not name the strategy: the follow-up of that goal's own activity.
  if (target.about_strategy && !f.sentence->statement.names_strategy &&
      !context.section_topic[static_cast<std::size_t>(f.block->block->index)].empty()) {
    return MentionReason::kPassing;
  }
  // Work is analysis, an objective, an activity, an owner or an indicator (of the row, in a table);
  // a sentence with none of them only names the target, and a date alone ("inför mötet den 4
  // november") is no work; nor are cue words that are the target's own name ("användningen av
  // könsuppdelad statistik ökar").
  const bool row = (f.block->block->kind == BlockKind::kTableCell && f.block->row_substance) ||
                   (f.block->block->kind == BlockKind::kListItem && f.block->lead_substance);
  if (is_running_text(f.block->block->kind) && !f.sentence->statement.shows_work_beyond(f.match.spans) && !row) {
    return MentionReason::kNoSubstance;
  }
  return MentionReason::kNone;
}

}  // namespace jamkoll

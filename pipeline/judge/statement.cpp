#include "judge/statement.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "common/unicode.h"

namespace jamkoll {

std::string substance_name(Substance s) {
  switch (s) {
    case Substance::kAnalysis: return "analysis";
    case Substance::kObjective: return "objective";
    case Substance::kActivity: return "activity";
    case Substance::kResponsibility: return "responsibility";
    case Substance::kIndicator: return "indicator";
    case Substance::kTimeframe: return "timeframe";
  }
  return "analysis";
}

bool Statement::has_substance() const {
  return std::any_of(substance.begin(), substance.end(), [](bool b) { return b; });
}

bool Statement::commits() const {
  return substance[static_cast<std::size_t>(Substance::kObjective)] ||
         substance[static_cast<std::size_t>(Substance::kActivity)] ||
         substance[static_cast<std::size_t>(Substance::kResponsibility)] ||
         substance[static_cast<std::size_t>(Substance::kIndicator)];
}

bool Statement::shows_work() const { return commits() || substance[static_cast<std::size_t>(Substance::kAnalysis)]; }

bool Statement::firm_work() const {
  return substance[static_cast<std::size_t>(Substance::kAnalysis)] ||
         substance[static_cast<std::size_t>(Substance::kResponsibility)] ||
         substance[static_cast<std::size_t>(Substance::kIndicator)] ||
         (commits() && substance[static_cast<std::size_t>(Substance::kTimeframe)]);
}

namespace {

bool overlaps_any(const Statement::Cue& c, const std::vector<std::pair<std::size_t, std::size_t>>& spans) {
  return std::any_of(spans.begin(), spans.end(), [&c](const auto& o) { return c.begin < o.second && o.first < c.end; });
}

// A cue that only names the target: an analysis or indicator word inside the target's own matched
// words ("könsuppdelad *statistik*", "en plan för *uppföljning*"). An activity, objective or owner
// inside them is still work ("länsstyrelsen *samordnar* nätverket").
bool names_the_target(const Statement::Cue& c, const std::vector<std::pair<std::size_t, std::size_t>>& own) {
  return (c.kind == Substance::kAnalysis || c.kind == Substance::kIndicator) && overlaps_any(c, own);
}

}  // namespace

bool Statement::commits_beyond(const std::vector<std::pair<std::size_t, std::size_t>>& names) const {
  return commits() && std::any_of(cues.begin(), cues.end(), [&](const Cue& c) {
           return c.kind != Substance::kAnalysis && c.kind != Substance::kTimeframe && !overlaps_any(c, names);
         });
}

bool Statement::shows_work_beyond(const std::vector<std::pair<std::size_t, std::size_t>>& own) const {
  if (figure) return true;
  bool timed = year;
  bool work_outside = false;
  for (const Cue& c : cues) {
    if (c.kind == Substance::kTimeframe) {
      timed = true;
    } else if (!names_the_target(c, own)) {
      work_outside = true;
    }
  }
  return work_outside || (timed && commits());
}

bool Statement::firm_work_beyond(const std::vector<std::pair<std::size_t, std::size_t>>& own) const {
  Statement rest = *this;
  rest.substance = {};
  for (const Cue& c : cues) {
    if (!names_the_target(c, own)) rest.substance[static_cast<std::size_t>(c.kind)] = true;
  }
  if (figure) rest.substance[static_cast<std::size_t>(Substance::kAnalysis)] = true;
  if (year) rest.substance[static_cast<std::size_t>(Substance::kTimeframe)] = true;
  return rest.firm_work();
}

bool Statement::firm_work_in_background() const {
  return figure || substance[static_cast<std::size_t>(Substance::kResponsibility)] ||
         (commits() && substance[static_cast<std::size_t>(Substance::kTimeframe)]);
}

bool is_year(std::string_view word) {
  if (word.size() != 4 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return word.substr(0, 2) == "19" || word.substr(0, 2) == "20";
}

namespace {

// Number words that open a figure ("sex procent", "tre gånger").
bool is_number_word(std::string_view word) {
  static const std::set<std::string_view> kWords = {"två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
                                                     "elva", "tolv", "femton", "tjugo", "trettio", "fyrtio", "femtio",
                                                     "hundra", "dubbelt", "halva"};
  return kWords.count(word) > 0;
}

bool is_number(std::string_view word) {
  if (is_number_word(word)) return true;
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; }) &&
         word.front() >= '0' && word.front() <= '9';
}

// A number followed by a unit of a figure ("42 %", "12,5 procent", "3 000 kronor").
// A share of people said in words: "var tredje kvinna", "vart femte barn", "varannan man" (not a
// frequency: "var tredje vecka").
bool counts_people(std::string_view word) {
  static const std::array<std::string_view, 15> kStems = {"kvinn", "man",     "män",     "flick",  "pojk",
                                                          "elev",  "barn",    "person",  "invånar", "ungdom",
                                                          "unga",  "anställd", "förälder", "föräldr", "företag"};
  return std::any_of(kStems.begin(), kStems.end(), [&](std::string_view st) { return word.rfind(st, 0) == 0; });
}

bool is_share_in_words(const SentenceFacts& s, std::size_t i) {
  static const std::set<std::string_view> kEvery = {"var", "Var", "vart", "Vart"};
  static const std::set<std::string_view> kOrdinals = {"tredje", "fjärde", "femte", "sjätte", "sjunde",
                                                       "åttonde", "nionde", "tionde", "tjugonde"};
  static const std::set<std::string_view> kEveryOther = {"varannan", "Varannan", "vartannat", "Vartannat"};
  const auto& tokens = s.sentence.tokens;
  auto word_at = [&](std::size_t k) {
    return k < tokens.size() ? s.block_text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin) : std::string_view();
  };
  if (kEveryOther.count(word_at(i)) > 0) return counts_people(word_at(i + 1));
  return kEvery.count(word_at(i)) > 0 && kOrdinals.count(word_at(i + 1)) > 0 && counts_people(word_at(i + 2));
}

bool has_figure(const SentenceFacts& s) {
  const auto& tokens = s.sentence.tokens;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const std::string_view word = s.block_text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    if (is_share_in_words(s, i)) return true;
    if (!is_number(word) || is_year(word)) continue;
    const std::string_view next = s.block_text.substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin);
    // Units and counted things: "12 procent", "32 dagar", "1 200 fall", "412 kvinnor".
    static const std::array<std::string_view, 33> kUnits = {
        "procent",   "kronor",      "gånger",        "dagar",         "timmar",     "poäng",      "meritpoäng",
        "fall",      "anmälningar", "personer",      "kvinnor",       "män",        "flickor",    "pojkar",
        "barn",      "invånare",    "elever",        "ärenden",       "anställda",  "kommuner",   "företag",
        "deltagare", "ansökningar", "föreningar",    "detaljplaner",  "översiktsplaner", "beslut", "miljoner",
        "miljarder", "tusen",       "procentenheter", "organisationer", "hushåll"};
    auto is_unit = [&](std::string_view w) {
      return std::any_of(kUnits.begin(), kUnits.end(), [&](std::string_view u) { return w.rfind(u, 0) == 0; });
    };
    // One word may stand between: "14 senaste detaljplaner", "412 unika kvinnor".
    const std::string_view after_next =
        i + 2 < tokens.size() ? s.block_text.substr(tokens[i + 2].begin, tokens[i + 2].end - tokens[i + 2].begin)
                              : std::string_view();
    if (next == "%" || next == "kr" || is_unit(next) || (tokens[i + 1].is_word && is_unit(after_next))) {
      return true;
    }
  }
  return false;
}

// A share: "41 procent", "12 %", "3 procentenheter", "19 av 23", "var tredje kvinna" — what a
// count of participants ("14 deltagare", "sju träffar") is not.
bool has_share(const SentenceFacts& s) {
  const auto& tokens = s.sentence.tokens;
  auto word_at = [&](std::size_t k) {
    return k < tokens.size() ? s.block_text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin) : std::string_view();
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (is_share_in_words(s, i)) return true;
    const std::string_view word = word_at(i);
    if (!is_number(word) || is_year(word)) continue;
    const std::string_view next = word_at(i + 1);
    if (next == "%" || next.rfind("procent", 0) == 0) return true;
    if (next == "av" && is_number(word_at(i + 2))) return true;
  }
  return false;
}

// A year of work: not the year something began ("lag sedan 2020", "Sedan 2016 har regionen …").
bool has_year(const SentenceFacts& s) {
  const auto& tokens = s.sentence.tokens;
  std::string_view previous;
  for (const Token& t : tokens) {
    if (!t.is_word) continue;
    const std::string_view word = s.block_text.substr(t.begin, t.end - t.begin);
    if (is_year(word) && previous != "sedan" && previous != "Sedan") return true;
    previous = word;
  }
  return false;
}

std::optional<Substance> substance_of(CueRole role) {
  switch (role) {
    case CueRole::kAnalysis: return Substance::kAnalysis;
    case CueRole::kObjective: return Substance::kObjective;
    case CueRole::kActivity: return Substance::kActivity;
    case CueRole::kResponsibility: return Substance::kResponsibility;
    case CueRole::kIndicator: return Substance::kIndicator;
    case CueRole::kTimeframe: return Substance::kTimeframe;
    default: return std::nullopt;
  }
}

// A definition cue among the first words of a sentence makes the whole sentence a definition
// ("Strategin innebär att …", "Med jämställdhetsintegrering menas att …").
constexpr std::size_t kDefinitionLeadWords = 4;
constexpr std::size_t kSubjectLeadWords = 2;  // an other-actor cue this early is the subject

// What the cues of one sentence say, before the whole-sentence reason is decided.
struct CueReading {
  std::array<bool, kCueRoleCount> seen{};
  std::vector<std::tuple<Substance, std::size_t, std::size_t>> substance_hits;
  std::vector<std::pair<std::size_t, std::size_t>> fillers;
  bool definition_leads = false;
  bool has_year = false;
  bool reported = false;  // a question, reported speech or a past event
  bool past_event = false;  // a past event with no analysis left (keep_analysis_of_past)
  bool other_actor_leads = false;  // an other-actor cue among the sentence's first words
};

// Firm work left when the words of a filler line are taken out ("Uppföljning sker löpande":
// "uppföljning" is no indicator of its own there). A time outside the filler line gives its
// commitment a when ("Strategin kommer att följas upp årligen", "… under 2027"), which is firm.
bool firm_outside_filler(const CueReading& r, const Statement& s) {
  Statement rest = s;
  rest.substance = {};
  std::array<bool, kSubstanceCount> inside{};
  for (const auto& hit : r.substance_hits) {
    const std::size_t begin = std::get<1>(hit);
    const std::size_t end = std::get<2>(hit);
    const bool in_filler = std::any_of(r.fillers.begin(), r.fillers.end(),
                                       [begin, end](const auto& f) { return begin < f.second && f.first < end; });
    (in_filler ? inside : rest.substance)[static_cast<std::size_t>(std::get<0>(hit))] = true;
  }
  if (s.figure) rest.substance[static_cast<std::size_t>(Substance::kAnalysis)] = true;
  if (r.has_year) rest.substance[static_cast<std::size_t>(Substance::kTimeframe)] = true;
  if (rest.substance[static_cast<std::size_t>(Substance::kTimeframe)]) {
    for (Substance k : {Substance::kObjective, Substance::kActivity, Substance::kIndicator}) {
      if (inside[static_cast<std::size_t>(k)]) rest.substance[static_cast<std::size_t>(k)] = true;
    }
  }
  return rest.firm_work();
}

// A framing sentence whose only work is analysis by cue words, with no figure and not about the county
// ("Könsuppdelad statistik är en förutsättning för …", "Jämställdhet är en förutsättning för att
// minska skillnaderna i hälsa"): the analysis words are part of the claim, not a description of the
// county's situation.
bool framing_analysis_only(const CueReading& r, const Statement& s) {
  if (s.figure || r.seen[static_cast<std::size_t>(CueRole::kCounty)]) return false;
  Statement rest = s;
  rest.substance[static_cast<std::size_t>(Substance::kAnalysis)] = false;
  return s.substance[static_cast<std::size_t>(Substance::kAnalysis)] && !rest.firm_work();
}

// The reason that holds unless the sentence shows firm work: a definition or framing.
WholeSentence yielding_reason(const CueReading& r) {
  if (r.seen[static_cast<std::size_t>(CueRole::kDefinition)]) return WholeSentence::kDefinition;
  if (r.seen[static_cast<std::size_t>(CueRole::kFraming)]) return WholeSentence::kFraming;
  return WholeSentence::kNone;
}

// Whole-sentence reasons by precedence: a negation or deferral holds whatever else the sentence
// says ("beskrivs i en separat handlingsplan som tas fram 2026"); then a question, reported speech
// or a past event, no work of this strategy even in a list item of an action plan ("Hur kan vi
// minska löneskillnaden?"); a sentence that opens with a definition is one unless it gives a
// figure or a year; filler, definitions and framing when the sentence shows no firm work
// ("Länsstyrelsen ska arbeta med detta under perioden" is filler, "… och länsstyrelsen ska därför
// utbilda socialtjänsten under 2026" is not framing).
WholeSentence whole_reason(const CueReading& r, const Statement& s) {
  auto has = [&](CueRole role) { return r.seen[static_cast<std::size_t>(role)]; };
  if (has(CueRole::kNegation)) return WholeSentence::kNegation;
  if (has(CueRole::kDeferral)) return WholeSentence::kDeferral;
  if (r.reported || r.past_event) return WholeSentence::kReported;
  if (has(CueRole::kFiller) && !firm_outside_filler(r, s)) return WholeSentence::kFiller;
  if (r.definition_leads && !s.figure && !r.has_year) return WholeSentence::kDefinition;
  if (has(CueRole::kFraming) && framing_analysis_only(r, s)) return WholeSentence::kFraming;
  if (s.firm_work()) return WholeSentence::kNone;
  return yielding_reason(r);
}

std::size_t words_before(const SentenceFacts& s, std::size_t at) {
  return static_cast<std::size_t>(std::count_if(s.sentence.tokens.begin(), s.sentence.tokens.end(),
                                                [&](const Token& t) { return t.is_word && t.begin < at; }));
}

void keep_first(std::optional<std::size_t>& at, std::size_t end) {
  if (!at || end < *at) at = end;
}

// The statement's kinds of substance again from the cue hits left (after some were dropped).
void recount_substance(const CueReading& r, Statement& s) {
  s.substance = {};
  for (const auto& hit : r.substance_hits) s.substance[static_cast<std::size_t>(std::get<0>(hit))] = true;
}

// Substance cue hits inside a cause/consequence cue ("kan öka", "kan leda till") are part of that
// cue and carry no substance of their own.
void drop_substance_inside(const std::vector<std::pair<std::size_t, std::size_t>>& cues, CueReading& r, Statement& s) {
  if (cues.empty()) return;
  auto inside = [&cues](const auto& hit) {
    const std::size_t begin = std::get<1>(hit);
    const std::size_t end = std::get<2>(hit);
    return std::any_of(cues.begin(), cues.end(), [begin, end](const auto& c) { return c.first <= begin && end <= c.second; });
  };
  r.substance_hits.erase(std::remove_if(r.substance_hits.begin(), r.substance_hits.end(), inside), r.substance_hits.end());
  recount_substance(r, s);
}

// The clauses of a sentence, split at ";", at a comma before a conjunction ("…, och …", "…, men …")
// and before a subordinate clause ("… följer upp hur enheterna har genomfört …"): byte offsets
// where each clause begins, the first at 0.
std::vector<std::size_t> clause_starts(std::string_view text) {
  static const std::array<std::string_view, 5> kJoins = {", och ", ", men ", ", medan ", ", samtidigt ", ", så "};
  static const std::array<std::string_view, 6> kSubordinate = {" hur ", " att ", " som ", " när ", " där ", " vilket "};
  std::vector<std::size_t> starts = {0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ';') starts.push_back(i + 1);
    if (text[i] == ',') {
      for (std::string_view join : kJoins) {
        if (text.substr(i, join.size()) == join) starts.push_back(i + 1);
      }
    }
    if (text[i] == ' ') {
      for (std::string_view word : kSubordinate) {
        if (text.substr(i, word.size()) == word) starts.push_back(i + 1);
      }
    }
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  return starts;
}

// A past event ("Trygghetsvandringen genomfördes i september 2026 med 14 deltagare", "Nätverket
// har mötts tre gånger"): in its clause, what was done commits to nothing and a count of its
// participants analyses nothing; an analysis cue or a share still analyses ("andelen … har ökat
// från 41 till 57 procent"), and another clause keeps its commitments ("Ett samråd hölls i augusti,
// och två workshoppar planeras under hösten").
void keep_analysis_of_past(const SentenceFacts& sentence, const std::vector<std::pair<std::size_t, std::size_t>>& past,
                           CueReading& r, Statement& s) {
  const std::size_t base = sentence.sentence.begin;
  const std::vector<std::size_t> starts =
      clause_starts(sentence.block_text.substr(base, sentence.sentence.end - base));
  auto clause_of = [&](std::size_t at) {
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), at - base) - starts.begin());
  };
  std::set<std::size_t> past_clauses;
  for (const auto& p : past) past_clauses.insert(clause_of(p.first));
  r.substance_hits.erase(std::remove_if(r.substance_hits.begin(), r.substance_hits.end(),
                                        [&](const auto& h) {
                                          return std::get<0>(h) != Substance::kAnalysis && past_clauses.count(clause_of(std::get<1>(h)));
                                        }),
                         r.substance_hits.end());
  const bool analysis_cue = std::any_of(r.substance_hits.begin(), r.substance_hits.end(),
                                        [](const auto& h) { return std::get<0>(h) == Substance::kAnalysis; });
  const bool commitment_left = std::any_of(r.substance_hits.begin(), r.substance_hits.end(), [](const auto& h) {
    return std::get<0>(h) != Substance::kAnalysis && std::get<0>(h) != Substance::kTimeframe;
  });
  recount_substance(r, s);
  s.figure = s.figure && (analysis_cue || commitment_left || has_share(sentence));
  if (s.figure) s.substance[static_cast<std::size_t>(Substance::kAnalysis)] = true;
  r.has_year = r.has_year && commitment_left;
  if (r.has_year) s.substance[static_cast<std::size_t>(Substance::kTimeframe)] = true;
  r.past_event = !s.has_substance();
}

// Objective words after a cause or consequence cue describe the consequence ("…, och på sikt ger
// det ett lägre antal födda och *ökad* ohälsa", "… leder till *minskade* inkomster"), not an aim.
void drop_objectives_after(std::optional<std::size_t> passing_from, CueReading& r, Statement& s) {
  if (!passing_from) return;
  const auto after = [&](const auto& h) { return std::get<0>(h) == Substance::kObjective && std::get<1>(h) >= *passing_from; };
  if (std::none_of(r.substance_hits.begin(), r.substance_hits.end(), after)) return;
  r.substance_hits.erase(std::remove_if(r.substance_hits.begin(), r.substance_hits.end(), after), r.substance_hits.end());
  recount_substance(r, s);
}

}  // namespace

StatementReader::StatementReader(const RulePack& pack) : cues_(pack.statement_cues) {}

Statement StatementReader::read(const SentenceFacts& sentence) const {
  Statement s;
  CueReading r;
  auto& seen = r.seen;
  std::vector<std::pair<std::size_t, std::size_t>> purposes, activities, passings, pasts;
  for (const StatementCue& cue : cues_) {
    auto it = sentence.hits_by_lexicon.find(cue.lexicon);
    if (it == sentence.hits_by_lexicon.end() || it->second.empty()) continue;
    seen[static_cast<std::size_t>(cue.role)] = true;
    const auto kind = substance_of(cue.role);
    if (kind) s.substance[static_cast<std::size_t>(*kind)] = true;
    for (const TermHit* hit : it->second) {
      if (kind) r.substance_hits.emplace_back(*kind, hit->begin, hit->end);
      switch (cue.role) {
        case CueRole::kFiller: r.fillers.emplace_back(hit->begin, hit->end); break;
        case CueRole::kDefinition:
          r.definition_leads = r.definition_leads || words_before(sentence, hit->begin) < kDefinitionLeadWords;
          break;
        case CueRole::kPassing:
          keep_first(s.passing_from, hit->end);
          passings.emplace_back(hit->begin, hit->end);
          break;
        case CueRole::kPurpose: purposes.emplace_back(hit->begin, hit->end); break;
        case CueRole::kActivity: activities.emplace_back(hit->begin, hit->end); break;
        case CueRole::kPastEvent: pasts.emplace_back(hit->begin, hit->end); break;
        case CueRole::kOtherActor:
          r.other_actor_leads = r.other_actor_leads || words_before(sentence, hit->begin) < kSubjectLeadWords;
          break;
        case CueRole::kAudience: keep_first(s.audience_from, hit->end); break;
        case CueRole::kLabel: keep_first(s.label_from, hit->end); break;
        case CueRole::kActor: s.actors.emplace_back(hit->begin, hit->end); break;
        case CueRole::kGender: s.gender.emplace_back(hit->begin, hit->end); break;
        case CueRole::kNameOnly: s.name_only.emplace_back(hit->begin, hit->end); break;
        default: break;
      }
    }
  }
  drop_substance_inside(passings, r, s);  // "kan öka" is a possibility, not the objective "öka"
  drop_objectives_after(s.passing_from, r, s);  // "… leder till ökad ohälsa": a consequence, not an aim
  for (const auto& p : purposes) {
    const bool in_activity = std::any_of(activities.begin(), activities.end(),
                                         [&](const auto& a) { return p.first < a.second && a.first < p.second; });
    if (!in_activity) keep_first(s.purpose_from, p.second);
  }
  s.figure = has_figure(sentence);
  if (s.figure) s.substance[static_cast<std::size_t>(Substance::kAnalysis)] = true;
  // The country and not the county: its figures and comparisons analyse nothing here.
  if (seen[static_cast<std::size_t>(CueRole::kNational)] && !seen[static_cast<std::size_t>(CueRole::kCounty)]) {
    s.substance[static_cast<std::size_t>(Substance::kAnalysis)] = false;
    s.figure = false;
    r.substance_hits.erase(std::remove_if(r.substance_hits.begin(), r.substance_hits.end(),
                                          [](const auto& h) { return std::get<0>(h) == Substance::kAnalysis; }),
                           r.substance_hits.end());
  }
  r.has_year = has_year(sentence);
  if (r.has_year) s.substance[static_cast<std::size_t>(Substance::kTimeframe)] = true;
  if (!pasts.empty()) keep_analysis_of_past(sentence, pasts, r, s);
  // A question, reported speech or a past event analyses nothing and commits to nothing ("Hur kan
  // vi minska våldet?", "Någon undrade om …", "Projektet avslutades 2021").
  const std::string_view text = trim(sentence.block_text.substr(sentence.sentence.begin, sentence.sentence.end - sentence.sentence.begin));
  r.reported = (!text.empty() && text.back() == '?') || seen[static_cast<std::size_t>(CueRole::kReported)];
  if (r.reported) {
    s.substance = {};
    s.figure = false;
    r.substance_hits.clear();
    r.has_year = false;
  }
  s.year = r.has_year;
  s.by_author = seen[static_cast<std::size_t>(CueRole::kAuthor)];
  s.names_strategy = seen[static_cast<std::size_t>(CueRole::kStrategy)];
  s.population = seen[static_cast<std::size_t>(CueRole::kPopulation)];
  s.other_actor_leads = r.other_actor_leads && !s.by_author;
  for (const auto& [kind, begin, end] : r.substance_hits) s.cues.push_back({kind, begin, end});
  s.whole = whole_reason(r, s);
  if (s.whole == WholeSentence::kNone) s.unless_firm = yielding_reason(r);
  return s;
}

bool StatementReader::heading_has(const SentenceFacts& heading, CueRole role) const {
  return std::any_of(cues_.begin(), cues_.end(), [&](const StatementCue& cue) {
    if (cue.role != role) return false;
    auto it = heading.hits_by_lexicon.find(cue.lexicon);
    return it != heading.hits_by_lexicon.end() && !it->second.empty();
  });
}

bool StatementReader::is_background_heading(const SentenceFacts& heading) const {
  // "Bakgrund och nulägesanalys" opens an analysis, not a background.
  return heading_has(heading, CueRole::kBackgroundSection) && !heading_has(heading, CueRole::kAnalysis);
}

bool StatementReader::is_others_heading(const SentenceFacts& heading) const {
  return heading_has(heading, CueRole::kOthersSection);
}

}  // namespace jamkoll

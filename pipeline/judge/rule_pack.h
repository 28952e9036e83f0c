// A rule pack: the targets a strategy is checked against (goals, areas, requirements) and the
// evidence rules for each. Packs are data (rules/<pack>/pack.xml, validated against
// rules/rulepack.xsd); this header is their in-memory form. See docs/rule-packs.md.
// Tests: tests/judge/rule_pack_test.cpp, tests/judge/rule_evaluator_test.cpp
#pragma once

#include <string>
#include <vector>

namespace jamkoll {

enum class TargetKind { kGoal, kArea, kRequirement, kOptional };

// What a statement cue tells about a sentence (pack.xml <statements>, docs/verdicts.md). Closed
// set; cue_role_name() gives the name used in pack.xml.
enum class CueRole {
  // Substance: the sentence works on what it names, and of which kind (the commitment profile).
  kAnalysis,        // the situation: figures, women and men compared ("andelen", "lägre än")
  kObjective,       // what should change ("ska öka", "målet är att")
  kActivity,        // who does what ("genomföra", "erbjuda", "ta fram")
  kResponsibility,  // an owner ("ansvarar för", "ansvarig")
  kIndicator,       // how it is measured or followed up ("indikator", "följs upp")
  kTimeframe,       // when ("senast", "årligen"; years are recognised from the tokens)
  // The whole sentence does not work on what it names, unless it also carries substance.
  kFraming,     // a value or framing statement ("handlar om", "är en mänsklig rättighet")
  kDefinition,  // a definition of the method or a goal ("innebär att", "omfattar")
  kNegation,    // "prioriteras inte", "är inte aktuellt"
  kDeferral,    // "i nästa strategi", "i en separat handlingsplan"
  kFiller,      // a content-free line ("arbeta med detta under perioden")
  // What is named after the cue is not the sentence's topic when something else leads it.
  kPassing,  // causes and consequences ("förklaras av", "leder till", "kostnader för")
  kPurpose,  // "syftet med … är att", "i syfte att"
  kAudience, // "riktar sig till", "målgrupp", "till exempel"
  kLabel,    // lists of perspectives ("perspektiv som", "aspekter såsom")
  // Words for actors and bodies (beslutsfattare, kommunfullmäktige, styrelse): a target named
  // only by them is an audience unless a word for women or men stands close to it.
  kActor,
  kGender,
  // Vocabulary that names a target without showing work on it (diskriminering, DO).
  kNameOnly,
  // A heading opening a background section ("Inledning", "Bakgrund", "Uppdraget"): its sentences
  // without substance are framing.
  kBackgroundSection,
  // The national picture ("i Sverige", "i riket") and the county's own ("i länet", "länets"): figures
  // about the country alone are no analysis of the county.
  kNational,
  kCounty,
  // Reported speech and past events ("berättade om", "undrade om", "arrangerade", "avslutades"):
  // minutes and follow-up reports tell what was said or done, which is no work of this strategy.
  kReported,
  // A heading opening a section on what other actors do ("Andra aktörer", "Andra aktörers ansvar"):
  // its sentences that do not name the board itself (role "author") describe others' work.
  kOthersSection,
  kAuthor,    // the board itself ("länsstyrelsen", "vi")
  kStrategy,  // the strategy itself ("strategin", "handlingsplanen"), for targets about="strategy"
  // Something done before, told in the past ("Trygghetsvandringen genomfördes i september",
  // "Nätverket har mötts tre gånger"): a report of an activity commits to nothing and counting its
  // participants analyses nothing; a share or a trend it states still analyses.
  kPastEvent,
  // Who a figure counts ("anställda", "personalen", "svarade", "enkät"): in a section about another
  // goal or area, a figure about the people of a sector or the respondents of a survey says who the
  // section is about ("82 procent av de anställda i vården är kvinnor" under "Civil beredskap"), and
  // is no analysis of the sector's own goal.
  kPopulation,
  // Another actor as the sentence's subject ("Kommunerna", "Regionen", "Myndigheterna" in its first
  // words): when the sentence does not name the board (role author), what it does is that actor's
  // own work — no work of the board for a rule with work="board".
  kOtherActor,
};
inline constexpr int kCueRoleCount = static_cast<int>(CueRole::kOtherActor) + 1;

std::string cue_role_name(CueRole role);  // "analysis", "framing", …, "background-section"
bool parse_cue_role(const std::string& name, CueRole& role);

// One <cue role="…" lexicon="…"/> of the pack's <statements>.
struct StatementCue {
  CueRole role = CueRole::kAnalysis;
  std::string lexicon;
};

// One condition on a sentence: a lexicon (by name) or an RE2 pattern.
struct Condition {
  std::string lexicon;  // either this …
  std::string pattern;  // … or this (RE2 syntax, matched case-insensitively on the sentence)
};

struct RuleExample {
  bool should_match = true;
  std::string text;
  int line = 0;
};

// A rule matches a sentence when any `any` condition holds (or `any` is empty), every `all`
// condition holds, and no `none` condition holds.
struct Rule {
  std::string id;
  std::vector<Condition> any;
  std::vector<Condition> all;
  std::vector<Condition> none;
  double weight = 1.0;
  // Block kinds the rule looks at: "heading", "body", "table", "footnote", "text-box"; empty = all.
  std::vector<std::string> scope;
  // Proximity of the all-conditions: within this many tokens of an any-hit (0 = anywhere in the
  // span), and in the same sentence (default) or anywhere in the same paragraph.
  int within_tokens = 0;
  bool span_paragraph = false;
  // work="board": the rule is about the board's own work (its collaboration, its operations, its
  // follow-up), so a sentence led by another actor that does not name the board does not count.
  bool board_work = false;
  std::vector<RuleExample> examples;
  int line = 0;
  // How a reader names what this rule stands for in a target that needs every rule (<aspect>):
  // "kvinnors och mäns villkor"; empty when the pack gives none.
  std::string aspect_sv, aspect_en;
};

struct Target {
  std::string id;
  TargetKind kind = TargetKind::kGoal;
  bool required = true;
  std::string label_sv;
  std::string label_en;
  std::string source;
  // What the target means, from <description lang="sv|en">; a description without lang is Swedish.
  // Either may be empty (older packs have only the Swedish one).
  std::string description;     // Swedish
  std::string description_en;  // English
  // What would count as work on it, from <counts lang="sv|en"> (optional; empty: the reports' line
  // for the target's kind).
  std::string counts_sv;
  std::string counts_en;
  std::vector<Rule> rules;
  // true: every rule must find substance somewhere in the document (req.conditions needs both
  // women/men and girls/boys); false: one rule is enough.
  bool needs_all_rules = false;
  // true (about="strategy"): the target is about the strategy as a whole; in a goal's or area's
  // section only a sentence naming the strategy works on it ("Uppföljningen görs genom en årlig
  // enkät" under "Mäns våld mot kvinnor" follows up that goal's activity, not the strategy).
  bool about_strategy = false;
};

struct RulePack {
  std::string id;
  std::string version;
  std::string label_sv;
  std::string label_en;
  std::string sha256;  // of pack.xml and every lexicon it uses, in a fixed order
  std::vector<Target> targets;
  // Lexicons that classify sentences rather than name targets.
  std::string exclusion_lexicon;    // "omfattas inte", "ingår inte"
  std::string placeholder_lexicon;  // "Text kommer", "TODO"
  std::string recitation_lexicon;   // phrases that recite the assignment or the goals' wording
  std::string definition_lexicon;   // a goal's definition ("ska ha samma …"): marks recited list items
  std::string scope_section_lexicon;  // a heading opening a section on scope ("Avgränsningar")
  std::vector<StatementCue> statement_cues;  // what kind of statement a sentence is (may be empty)
  std::string endings_file;         // Swedish inflection endings
  std::string abbreviations_file;   // abbreviations that do not end a sentence
};

std::string target_kind_name(TargetKind kind);

}  // namespace jamkoll

#include "judge/pack_loader.h"

#include <libxml/xmlschemas.h>

#include <set>
#include <sstream>

#include "common/sha256.h"
#include "common/unicode.h"
#include "common/xml_node.h"
#include "common/xml_parser.h"

namespace jamkoll {
namespace {

constexpr std::string_view kPackNs = "urn:jamkoll:rulepack:1";

bool is_r(const xmlNode* n, std::string_view name) {
  return xml::is_element(n) && xml::local_name(n) == name && xml::ns_href(n) == kPackNs;
}

std::string text_of(const xmlNode* n) { return to_nfc(trim(xml::child_text(n))); }

struct SchemaErrors {
  std::string file;
  std::vector<std::string> messages;
};

void collect_schema_error(void* user, xmlError* error) {
  auto* errors = static_cast<SchemaErrors*>(user);
  std::string message = error && error->message ? error->message : "invalid";
  while (!message.empty() && message.back() == '\n') message.pop_back();
  errors->messages.push_back(errors->file + ":" + std::to_string(error ? error->line : 0) + ": " + message);
}

Outcome<void> validate(xmlDoc* doc, const std::string& file) {
  const std::string xsd = rulepack_schema();
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size()));
  xmlSchemaPtr schema = parser ? xmlSchemaParse(parser) : nullptr;
  if (parser) xmlSchemaFreeParserCtxt(parser);
  if (!schema) return Failure::rules_invalid("the built-in rule pack schema could not be read");
  xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(schema);
  SchemaErrors errors{file, {}};
  xmlSchemaSetValidStructuredErrors(valid, collect_schema_error, &errors);
  const int result = xmlSchemaValidateDoc(valid, doc);
  xmlSchemaFreeValidCtxt(valid);
  xmlSchemaFree(schema);
  if (result == 0) return {};
  std::string message;
  for (const std::string& m : errors.messages) message += (message.empty() ? "" : "\n") + m;
  return Failure::rules_invalid(message.empty() ? file + ": does not match the rule pack schema" : message);
}

std::vector<Condition> read_conditions(const xmlNode* parent) {
  std::vector<Condition> out;
  for (const xmlNode* c = parent ? parent->children : nullptr; c; c = c->next) {
    if (is_r(c, "lexicon")) out.push_back({xml::attribute(c, "ref"), ""});
    if (is_r(c, "pattern")) out.push_back({"", to_nfc(xml::child_text(c))});
  }
  return out;
}

const xmlNode* child(const xmlNode* n, std::string_view name) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
    if (is_r(c, name)) return c;
  }
  return nullptr;
}

void read_labels(const xmlNode* n, std::string& sv, std::string& en) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (!is_r(c, "label")) continue;
    (xml::attribute(c, "lang") == "sv" ? sv : en) = text_of(c);
  }
}

// <NAME lang="en"> is the English one; lang="sv" or no lang is the Swedish one (<description>, <counts>).
void read_by_language(const xmlNode* n, std::string_view name, std::string& sv, std::string& en) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (!is_r(c, name)) continue;
    (xml::attribute(c, "lang") == "en" ? en : sv) = text_of(c);
  }
}

Target read_target(const xmlNode* t) {
  Target target;
  target.id = xml::attribute(t, "id");
  const std::string kind = xml::attribute(t, "kind");
  target.kind = kind == "area"          ? TargetKind::kArea
                : kind == "requirement" ? TargetKind::kRequirement
                : kind == "optional"    ? TargetKind::kOptional
                                        : TargetKind::kGoal;
  target.required = xml::attribute(t, "required") == "true" || xml::attribute(t, "required") == "1";
  target.needs_all_rules = xml::attribute(t, "addressed-when") == "all-rules";
  target.about_strategy = xml::attribute(t, "about") == "strategy";
  read_labels(t, target.label_sv, target.label_en);
  target.source = text_of(child(t, "source"));
  read_by_language(t, "description", target.description, target.description_en);
  read_by_language(t, "counts", target.counts_sv, target.counts_en);
  for (const xmlNode* r = t->children; r; r = r->next) {
    if (!is_r(r, "rule")) continue;
    Rule rule;
    rule.id = xml::attribute(r, "id");
    rule.line = static_cast<int>(xmlGetLineNo(r));
    const std::string weight = xml::attribute(r, "weight");
    rule.weight = weight.empty() ? 1.0 : std::stod(weight);
    std::istringstream scope(xml::attribute(r, "scope"));
    for (std::string kind; scope >> kind;) rule.scope.push_back(kind);
    const std::string within = xml::attribute(r, "within");
    rule.within_tokens = within.empty() ? 0 : std::stoi(within);
    rule.span_paragraph = xml::attribute(r, "span") == "paragraph";
    rule.board_work = xml::attribute(r, "work") == "board";
    read_by_language(r, "aspect", rule.aspect_sv, rule.aspect_en);
    rule.any = read_conditions(child(r, "any"));
    rule.all = read_conditions(child(r, "all"));
    rule.none = read_conditions(child(r, "none"));
    for (const xmlNode* e = r->children; e; e = e->next) {
      if (!is_r(e, "example")) continue;
      const std::string m = xml::attribute(e, "matches");
      rule.examples.push_back({m == "true" || m == "1", text_of(e), static_cast<int>(xmlGetLineNo(e))});
    }
    target.rules.push_back(std::move(rule));
  }
  return target;
}

// <language> and <cues>: the files and lexicons the pack names for sentence splitting and cues.
void read_language_and_cues(const xmlNode* root, RulePack& pack) {
  const xmlNode* language = child(root, "language");
  pack.endings_file = xml::attribute(language, "endings");
  pack.abbreviations_file = xml::attribute(language, "abbreviations");
  const xmlNode* cues = child(root, "cues");
  pack.exclusion_lexicon = xml::attribute(cues, "exclusion");
  pack.placeholder_lexicon = xml::attribute(cues, "placeholder");
  pack.recitation_lexicon = xml::attribute(cues, "recitation");
  pack.definition_lexicon = xml::attribute(cues, "definition");
  pack.scope_section_lexicon = xml::attribute(cues, "scope-section");
}

// <statements>: the cues that tell a statement's type.
Outcome<void> read_statement_cues(const xmlNode* root, const std::string& file, RulePack& pack) {
  if (const xmlNode* statements = child(root, "statements")) {
    for (const xmlNode* c = statements->children; c; c = c->next) {
      if (!is_r(c, "cue")) continue;
      StatementCue cue;
      cue.lexicon = xml::attribute(c, "lexicon");
      if (!parse_cue_role(xml::attribute(c, "role"), cue.role)) {  // the schema lists the roles too
        return Failure::rules_invalid(file + ":" + std::to_string(xmlGetLineNo(c)) + ": unknown cue role '" +
                                            xml::attribute(c, "role") + "'");
      }
      pack.statement_cues.push_back(std::move(cue));
    }
  }
  return {};
}

// Every lexicon the pack names, in a fixed order (for the pack's fingerprint).
std::set<std::string> lexicon_names(const RulePack& pack) {
  std::set<std::string> names = {pack.exclusion_lexicon, pack.placeholder_lexicon, pack.recitation_lexicon};
  for (const std::string* optional : {&pack.definition_lexicon, &pack.scope_section_lexicon}) {
    if (!optional->empty()) names.insert(*optional);
  }
  for (const StatementCue& cue : pack.statement_cues) names.insert(cue.lexicon);
  for (const Target& t : pack.targets) {
    for (const Rule& r : t.rules) {
      for (const auto* list : {&r.any, &r.all, &r.none}) {
        for (const Condition& c : *list) {
          if (!c.lexicon.empty()) names.insert(c.lexicon);
        }
      }
    }
  }
  return names;
}

// lexicons/NAME.lex for each name, parsed; their text is added to the fingerprint.
Outcome<std::vector<Lexicon>> read_lexicons(const DataSource& source, const std::string& file,
                                            const std::set<std::string>& names, std::string& fingerprint) {
  std::vector<Lexicon> lexicons;
  for (const std::string& name : names) {
    const std::string path = "lexicons/" + name + ".lex";
    const std::optional<std::string> text = source.read(path);
    if (!text) return Failure::rules_invalid(file + ": lexicon '" + name + "' not found (" + source.describe(path) + ")");
    auto lexicon = parse_lexicon(name, *text, source.describe(path));
    if (!lexicon) return lexicon.failure();
    lexicons.push_back(std::move(*lexicon));
    fingerprint += *text;
  }
  return lexicons;
}

// The sentence splitter, from the abbreviation list. "m.m. $": an abbreviation that may also end
// a sentence.
std::unique_ptr<TextAnalyzer> make_analyzer(const std::string& abbreviations) {
  std::set<std::string> never_final, may_be_final;
  for (const std::string& a : parse_word_list(abbreviations)) {
    if (a.size() > 2 && a.compare(a.size() - 2, 2, " $") == 0) {
      may_be_final.insert(a.substr(0, a.size() - 2));
    } else {
      never_final.insert(a);
    }
  }
  return std::make_unique<TextAnalyzer>(std::move(never_final), std::move(may_be_final));
}

}  // namespace

Outcome<std::shared_ptr<const LoadedPack>> load_pack(const DataSource& source) {
  const std::optional<std::string> xml_text = source.read("pack.xml");
  if (!xml_text) return Failure::rules_missing(source.describe("pack.xml") + ": no such file");
  const std::string file = source.describe("pack.xml");
  auto parsed = parse_xml(*xml_text, file);
  if (!parsed) return Failure::rules_invalid(parsed.failure().message);
  if (auto valid = validate(parsed->get(), file); !valid) return valid.failure();

  auto loaded = std::make_shared<LoadedPack>();
  RulePack& pack = loaded->pack;
  const xmlNode* root = xmlDocGetRootElement(parsed->get());
  pack.id = xml::attribute(root, "id");
  pack.version = xml::attribute(root, "version");
  read_labels(root, pack.label_sv, pack.label_en);
  read_language_and_cues(root, pack);
  if (auto cues = read_statement_cues(root, file, pack); !cues) return cues.failure();
  for (const xmlNode* t = root->children; t; t = t->next) {
    if (is_r(t, "target")) pack.targets.push_back(read_target(t));
  }

  std::string fingerprint = *xml_text;
  auto lexicons = read_lexicons(source, file, lexicon_names(pack), fingerprint);
  if (!lexicons) return lexicons.failure();
  const std::optional<std::string> endings = source.read("lexicons/" + pack.endings_file);
  const std::optional<std::string> abbreviations = source.read("lexicons/" + pack.abbreviations_file);
  if (!endings || !abbreviations) {
    return Failure::rules_invalid(file + ": language files lexicons/" + pack.endings_file + " and lexicons/" +
                                        pack.abbreviations_file + " must exist");
  }
  fingerprint += *endings + *abbreviations;
  pack.sha256 = sha256_hex(fingerprint);

  loaded->analyzer = make_analyzer(*abbreviations);
  loaded->matcher = std::make_unique<TermMatcher>(std::move(*lexicons), parse_word_list(*endings));
  return std::shared_ptr<const LoadedPack>(std::move(loaded));
}

Outcome<std::shared_ptr<const LoadedPack>> load_default_pack() {
  return load_pack(*embedded_pack_source("lansstrategi"));
}

}  // namespace jamkoll

#include "report/labels.h"

namespace jamkoll {

std::string status_label(Status status, Language language) {
  const bool sv = language == Language::kSwedish;
  switch (status) {
    case Status::kAddressed: return sv ? "behandlas" : "addressed";
    case Status::kMentioned: return sv ? "nämns" : "mentioned";
    case Status::kMissing: return sv ? "saknas" : "missing";
  }
  return "";
}

const char* status_symbol(Status status) {
  switch (status) {
    case Status::kAddressed: return "✔";
    case Status::kMentioned: return "~";
    case Status::kMissing: return "✘";
  }
  return "";
}

std::string target_label(const Target& target, Language language) {
  if (language == Language::kEnglish && !target.label_en.empty()) return target.label_en;
  return target.label_sv;
}

std::string target_description(const Target& target, Language language) {
  if (language == Language::kEnglish && !target.description_en.empty()) return target.description_en;
  return target.description;
}

std::string why_sentence(MentionReason reason, Language language) {
  const bool sv = language == Language::kSwedish;
  switch (reason) {
    case MentionReason::kNone:
      return "";
    case MentionReason::kRecitation:
      return sv ? "Nämns bara i en uppräkning av mål eller områden, inte som eget arbete."
                : "Only named in a recitation of goals or areas, not worked on.";
    case MentionReason::kTableOfContents:
      return sv ? "Nämns bara i innehållsförteckningen." : "Only named in the table of contents.";
    case MentionReason::kEmptyHeading:
      return sv ? "Rubriken saknar innehåll eller har bara platshållartext under sig."
                : "A heading with nothing or only placeholder text under it.";
    case MentionReason::kPlaceholder:
      return sv ? "Nämns bara i platshållartext." : "Only named in placeholder text.";
    case MentionReason::kExclusion:
      return sv ? "Uttryckligen avgränsat bort från strategin." : "Explicitly excluded from the strategy.";
    case MentionReason::kTitle:
      return sv ? "Nämns bara i dokumentets titel." : "Only named in the document title.";
    case MentionReason::kPartial:
      return sv ? "Bara en del av kravet behandlas (t.ex. kvinnor och män men inte flickor och pojkar)."
                : "Only part of the requirement is covered (e.g. women and men but not girls and boys).";
    case MentionReason::kPassing:
      return sv ? "Nämns bara i förbigående, som orsak, följd eller exempel i ett stycke om något annat. "
                  "Det räknas när texten arbetar med målet självt: läge, mål, insatser, ansvar eller uppföljning."
                : "Only named in passing, as a cause, consequence or example in a passage about something else. "
                  "It counts when the text works on the target itself: situation, objective, activities, owner or follow-up.";
    case MentionReason::kFraming:
      return sv ? "Nämns bara i en värdegrunds- eller inramningsmening, utan analys, mål eller insatser."
                : "Only named in a value or framing statement, without analysis, objectives or activities.";
    case MentionReason::kPurpose:
      return sv ? "Nämns bara som syfte med eller effekt av något annat, inte som eget arbete."
                : "Only named as the purpose or effect of something else, not worked on.";
    case MentionReason::kAudience:
      return sv ? "Nämns bara som målgrupp, aktör eller organ (t.ex. beslutsfattare, kommunfullmäktige), "
                  "inte som arbete med målet."
                : "Only named as an audience, actor or body (e.g. decision-makers, the municipal council), "
                  "not as work on the target.";
    case MentionReason::kDefinition:
      return sv ? "Nämns bara i en definition av metoden eller av målet, inte i arbete med det."
                : "Only named in a definition of the method or of the goal, not worked on.";
    case MentionReason::kLabel:
      return sv ? "Nämns bara som rubrikord, prioritering eller perspektiv i en lista, utan innehåll."
                : "Only named as a label, a priority or a perspective in a list, with no content.";
    case MentionReason::kNegation:
      return sv ? "Texten säger att det inte prioriteras eller inte är aktuellt."
                : "The text says it is not prioritised or not relevant.";
    case MentionReason::kDeferral:
      return sv ? "Skjuts upp till en senare strategi eller en separat plan; strategin själv behandlar det inte."
                : "Deferred to a later strategy or a separate plan; the strategy itself does not cover it.";
    case MentionReason::kFiller:
      return sv ? "Under rubriken står bara en innehållslös rad (eller samma rad som under andra rubriker)."
                : "Only a content-free line stands under the heading (or the same line as under other headings).";
    case MentionReason::kNameOnly:
      return sv ? "Nämns bara med ord som inte i sig visar arbete (t.ex. diskriminering, DO), utan insatser eller analys."
                : "Only named with words that do not show work by themselves (e.g. discrimination), without activities or analysis.";
    case MentionReason::kNoSubstance:
      return sv ? "Nämns i en mening som varken analyserar läget eller anger mål, insats, ansvar, indikator eller tid."
                : "Named in a sentence that neither analyses the situation nor states an objective, activity, owner, indicator or time.";
    case MentionReason::kReported:
      return sv ? "Nämns bara i en fråga, i en återgiven diskussion eller om något som redan gjorts (t.ex. i en tidigare strategi), "
                  "inte som arbete i denna strategi."
                : "Only named in a question, in a reported discussion or about something already done (e.g. in an earlier strategy), "
                  "not as work in this strategy.";
  }
  return "";
}

std::string substance_label(Substance s, Language language) {
  const bool sv = language == Language::kSwedish;
  switch (s) {
    case Substance::kAnalysis: return sv ? "analys" : "analysis";
    case Substance::kObjective: return sv ? "mål" : "objectives";
    case Substance::kActivity: return sv ? "insatser" : "activities";
    case Substance::kResponsibility: return sv ? "ansvar" : "responsibility";
    case Substance::kIndicator: return sv ? "indikatorer/uppföljning" : "indicators/follow-up";
    case Substance::kTimeframe: return sv ? "tidsram" : "timeframe";
  }
  return "";
}

std::string mention_reason_label(MentionReason r, Language language) {
  const bool sv = language == Language::kSwedish;
  switch (r) {
    case MentionReason::kNone: return "";
    case MentionReason::kRecitation: return sv ? "uppräkning" : "recitation";
    case MentionReason::kTableOfContents: return sv ? "innehållsförteckning" : "table of contents";
    case MentionReason::kEmptyHeading: return sv ? "rubrik utan innehåll" : "empty heading";
    case MentionReason::kPlaceholder: return sv ? "platshållare" : "placeholder";
    case MentionReason::kExclusion: return sv ? "avgränsat bort" : "excluded";
    case MentionReason::kTitle: return sv ? "titel" : "title";
    case MentionReason::kPartial: return sv ? "bara en del" : "partial";
    case MentionReason::kPassing: return sv ? "i förbigående" : "in passing";
    case MentionReason::kFraming: return sv ? "inramning" : "framing";
    case MentionReason::kPurpose: return sv ? "syfte med något annat" : "purpose of something else";
    case MentionReason::kAudience: return sv ? "målgrupp eller aktör" : "audience or actor";
    case MentionReason::kDefinition: return sv ? "definition" : "definition";
    case MentionReason::kLabel: return sv ? "etikett" : "label";
    case MentionReason::kNegation: return sv ? "prioriteras inte" : "not prioritised";
    case MentionReason::kDeferral: return sv ? "uppskjutet" : "deferred";
    case MentionReason::kFiller: return sv ? "innehållslös rad" : "filler";
    case MentionReason::kNameOnly: return sv ? "bara ordval" : "name only";
    case MentionReason::kNoSubstance: return sv ? "utan innehåll" : "no substance";
    case MentionReason::kReported: return sv ? "fråga eller återgivet" : "question or reported";
  }
  return "";
}

std::string target_kind_label(TargetKind kind, Language language) {
  const bool sv = language == Language::kSwedish;
  switch (kind) {
    case TargetKind::kGoal: return sv ? "mål" : "goal";
    case TargetKind::kArea: return sv ? "område" : "area";
    case TargetKind::kRequirement: return sv ? "krav" : "requirement";
    case TargetKind::kOptional: return sv ? "valfritt" : "optional";
  }
  return "";
}

std::string heading_path_label(const std::vector<std::string>& path) {
  std::string out;
  for (const std::string& h : path) out += (out.empty() ? "" : " › ") + h;
  return out;
}

std::string statement_label(StatementType type, MentionReason reason, Language language) {
  const bool sv = language == Language::kSwedish;
  switch (type) {
    case StatementType::kAnalysis: return sv ? "Analys" : "Analysis";
    case StatementType::kObjective: return sv ? "Mål" : "Objective";
    case StatementType::kActivity: return sv ? "Insats" : "Activity";
    case StatementType::kResponsibility: return sv ? "Ansvar" : "Responsibility";
    case StatementType::kIndicator: return sv ? "Uppföljning" : "Follow-up";
    case StatementType::kTimeframe: return sv ? "Tidsram" : "Timeframe";
    case StatementType::kDescription: return sv ? "Beskrivning" : "Description";
    case StatementType::kHeading: return sv ? "Rubrik med innehåll" : "Heading with content";
    case StatementType::kNotSubstantive: return (sv ? "Räknas inte: " : "Does not count: ") + mention_reason_label(reason, language);
  }
  return "";
}

std::string profile_codes(const CommitmentProfile& profile) {
  std::string out;
  for (std::size_t k = 0; k < kSubstanceCount; ++k) {
    if (profile[k] > 0) out += (out.empty() ? "" : ";") + substance_name(static_cast<Substance>(k));
  }
  return out;
}

std::string profile_sentence(const CommitmentProfile& profile, Language language) {
  const bool sv = language == Language::kSwedish;
  std::string found, lacking;
  for (std::size_t k = 0; k < kSubstanceCount; ++k) {
    std::string& list = profile[k] > 0 ? found : lacking;
    list += (list.empty() ? "" : ", ") + substance_label(static_cast<Substance>(k), language);
  }
  std::string out = (sv ? "Innehåll: " : "Content: ") + (found.empty() ? (sv ? "inget av slagen" : "none of the kinds") : found);
  if (!lacking.empty()) out += (sv ? " · saknas: " : " · lacking: ") + lacking;
  return out;
}

namespace {

struct ErrorWords {
  const char* sv;
  const char* en;
};

// Every code's words (docs/json-contract.md lists the codes a report can carry).
ErrorWords error_words(FailureCode code) {
  switch (code.value()) {
    case FailureCode::kUsage: return {"felaktig användning", "wrong usage"};
    case FailureCode::kNotFound: return {"filen finns inte", "the file does not exist"};
    case FailureCode::kPermissionDenied:
      return {"filen eller en mapp ovanför den får inte läsas", "the file, or a folder above it, may not be read"};
    case FailureCode::kNotADocument: return {"inget dokument som kan granskas", "not a document that can be checked"};
    case FailureCode::kUnsupportedFormat: return {"filformatet stöds inte", "the file format is not supported"};
    case FailureCode::kEncrypted:
      return {"dokumentet är krypterat eller lösenordsskyddat", "the document is encrypted or password-protected"};
    case FailureCode::kCorruptZip:
      return {"filen är skadad (inget läsbart zip-arkiv)", "the file is damaged (not a readable zip archive)"};
    case FailureCode::kCorruptPdf: return {"PDF-filen är skadad", "the PDF file is damaged"};
    case FailureCode::kXmlMalformed: return {"dokumentets XML är trasig", "the document's XML is malformed"};
    case FailureCode::kXmlForbidden:
      return {"dokumentets XML innehåller något som inte tillåts", "the document's XML contains something not allowed"};
    case FailureCode::kTooLarge: return {"filen är för stor", "the file is too large"};
    case FailureCode::kZipBomb:
      return {"filen packas upp till orimligt mycket data", "the file unpacks to an unreasonable amount of data"};
    case FailureCode::kEncoding:
      return {"texten har en teckenkodning som inte kan läsas", "the text has an encoding that cannot be read"};
    case FailureCode::kTimeout: return {"läsningen tog för lång tid", "reading took too long"};
    case FailureCode::kRulesMissing: return {"regelpaketet saknas", "the rule pack is missing"};
    case FailureCode::kRulesInvalid: return {"regelpaketet är inte giltigt", "the rule pack is not valid"};
    case FailureCode::kLexiconSyntax: return {"en rad i en ordlista kan inte läsas", "a lexicon line cannot be read"};
    case FailureCode::kBadForm: return {"formuläret kan inte läsas", "the form cannot be read"};
    case FailureCode::kUploadWrite: return {"uppladdningen kunde inte sparas", "the upload could not be stored"};
    case FailureCode::kWriteFailed: return {"rapporten kunde inte skrivas", "the report could not be written"};
    case FailureCode::kInternalError: return {"internt fel i jamkoll", "internal error in jamkoll"};
  }
  return {"", ""};
}

}  // namespace

std::string error_label(FailureCode code, Language language) {
  const ErrorWords w = error_words(code);
  return language == Language::kSwedish ? w.sv : w.en;
}

std::string error_label(std::string_view code, Language language) {
  const std::optional<FailureCode> known = FailureCode::named(code);
  return known ? error_label(*known, language) : "";
}

std::string error_sentence(const Failure& error, Language language) {
  return error_label(error.code, language) + ": " + error.message;
}

std::string block_kind_label(BlockKind kind, Language language) {
  const bool sv = language == Language::kSwedish;
  switch (kind) {
    case BlockKind::kTitle: return sv ? "titel" : "title";
    case BlockKind::kHeading: return sv ? "rubrik" : "heading";
    case BlockKind::kParagraph: return sv ? "stycke" : "paragraph";
    case BlockKind::kListItem: return sv ? "punkt i lista" : "list item";
    case BlockKind::kTableCell: return sv ? "tabellcell" : "table cell";
    case BlockKind::kFootnote: return sv ? "fotnot" : "footnote";
    case BlockKind::kEndnote: return sv ? "slutnot" : "endnote";
    case BlockKind::kHeader: return sv ? "sidhuvud" : "header";
    case BlockKind::kFooter: return sv ? "sidfot" : "footer";
    case BlockKind::kTextBox: return sv ? "textruta" : "text box";
    case BlockKind::kTocEntry: return sv ? "innehållsförteckning" : "table of contents";
  }
  return "";
}

std::string page_label(const std::string& part, Language language) {
  const std::string prefix = "page ";
  if (part.compare(0, prefix.size(), prefix) != 0) return "";
  return (language == Language::kSwedish ? "sida " : "page ") + part.substr(prefix.size());
}

}  // namespace jamkoll

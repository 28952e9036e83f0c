// Statement types, read from the built-in pack's cues: kinds of substance, sentence-wide reasons
// and their precedence, clause cues; and every why code has Swedish and English wording.
#include <gtest/gtest.h>

#include <set>

#include "judge/judge.h"
#include "judge/pack_loader.h"
#include "judge/statement.h"
#include "report/labels.h"

namespace jamkoll {
namespace {

class Statements : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = load_default_pack();
    ASSERT_TRUE(loaded) << loaded.failure().message;
    pack_ = *loaded;
    reader_ = std::make_unique<StatementReader>(pack_->pack);
  }
  // The statement of the first sentence of `text`.
  Statement read(const std::string& text) {
    text_ = text;
    facts_ = gather_facts(text_, *pack_->analyzer, *pack_->matcher, cache_);
    EXPECT_FALSE(facts_.sentences.empty());
    return reader_->read(*facts_.sentences.front());
  }
  static bool has(const Statement& s, Substance k) { return s.substance[static_cast<std::size_t>(k)]; }

  std::shared_ptr<const LoadedPack> pack_;
  std::unique_ptr<StatementReader> reader_;
  MatchCache cache_;
  std::string text_;
  TextFacts facts_;
};

TEST_F(Statements, KindsOfSubstanceAreRead) {
  const Statement s = read("Länsstyrelsen ansvarar för att genomföra en kartläggning av sjukskrivningarna senast 2026.");
  EXPECT_TRUE(has(s, Substance::kResponsibility));
  EXPECT_TRUE(has(s, Substance::kActivity));
  EXPECT_TRUE(has(s, Substance::kTimeframe));
  EXPECT_TRUE(s.commits());
  EXPECT_EQ(s.whole, WholeSentence::kNone);
  EXPECT_TRUE(has(read("Andelen kvinnor i kommunfullmäktige är 42 procent."), Substance::kAnalysis));
  EXPECT_TRUE(has(read("Kvinnorna tjänar 12 procent mindre."), Substance::kAnalysis));  // a figure
  EXPECT_TRUE(read("Var femte pojke i årskurs 9 saknar behörighet.").figure);  // a share in words
  EXPECT_TRUE(read("Varannan kvinna har varit utsatt.").figure);
  EXPECT_FALSE(read("Var tredje vecka träffas nätverket.").figure);  // a frequency
  EXPECT_TRUE(read("I länets 14 senaste detaljplaner saknas en analys.").figure);  // one word between
  EXPECT_FALSE(read("Se kapitel 14 för en analys.").figure);
  EXPECT_TRUE(has(read("Strategin följs upp årligen med indikatorer."), Substance::kIndicator));
}

TEST_F(Statements, NegationAndDeferralHoldWhateverElseTheSentenceSays) {
  EXPECT_EQ(read("Föräldraskapsstöd prioriteras inte under 2025.").whole, WholeSentence::kNegation);
  EXPECT_EQ(read("Arbetet beskrivs i en separat handlingsplan som tas fram 2026.").whole, WholeSentence::kDeferral);
}

TEST_F(Statements, FramingDefinitionAndFillerGiveWayToSubstance) {
  EXPECT_EQ(read("Ett liv fritt från våld är en mänsklig rättighet.").whole, WholeSentence::kFraming);
  EXPECT_EQ(read("Jämställdhetsintegrering innebär att perspektivet finns i alla beslut.").whole, WholeSentence::kDefinition);
  EXPECT_EQ(read("Länsstyrelsen ska arbeta med detta under perioden.").whole, WholeSentence::kFiller);
  // Firm work outweighs them: analysis, an owner, an indicator, or a commitment with a time.
  EXPECT_EQ(read("Jämställdhet handlar om makt, och länsstyrelsen ska därför genomföra utbildningar 2026.").whole,
            WholeSentence::kNone);
  EXPECT_EQ(read("Ett liv fritt från våld är en mänsklig rättighet, men var tredje kvinna utsätts.").whole,
            WholeSentence::kNone);
  // Analysis words inside a framing claim, with no figure and not about the county, are part of the claim.
  EXPECT_EQ(read("Könsuppdelad statistik är en förutsättning för förändringsarbetet.").whole, WholeSentence::kFraming);
  EXPECT_EQ(read("Könsuppdelad statistik för länet är en förutsättning för förändringsarbetet.").whole,
            WholeSentence::kNone);
  EXPECT_EQ(read("Ett liv fritt från våld är en mänsklig rättighet, men kvinnor utsätts.").whole,
            WholeSentence::kFraming);
  // Objective and activity words alone also describe concepts and conventions.
  EXPECT_EQ(read("Jämställdhet handlar om makt, och länsstyrelsen ska därför genomföra utbildningar.").whole,
            WholeSentence::kFraming);
  EXPECT_EQ(read("Jämställdhetsintegrering innebär att perspektivet ska genomsyra beslutsfattandet.").whole,
            WholeSentence::kDefinition);
}

// Byte range of `word` in `text` (the words that name a target).
std::vector<std::pair<std::size_t, std::size_t>> span_of(const std::string& text, const std::string& word) {
  const std::size_t at = text.find(word);
  EXPECT_NE(at, std::string::npos) << word;
  return {{at, at + word.size()}};
}

TEST_F(Statements, CueWordsThatNameTheTargetAreNoWorkOnIt) {
  const std::string usage = "Användningen av könsuppdelad statistik ökar.";
  const Statement a = read(usage);
  EXPECT_TRUE(a.shows_work_beyond(span_of(usage, "könsuppdelad statistik")));  // "ökar" is analysis
  const std::string plan = "En plan för uppföljning av arbetet finns.";
  const Statement p = read(plan);
  EXPECT_TRUE(p.shows_work());  // for another target, "uppföljning" indicates
  EXPECT_FALSE(p.shows_work_beyond(span_of(plan, "uppföljning")));
  const std::string yearly = "Strategin följs upp under 2027.";
  EXPECT_TRUE(read(yearly).shows_work_beyond(span_of(yearly, "följs upp")));  // says when
  const std::string offers = "Strategin ska ge mål och indikatorer för uppföljning.";
  const Statement o = read(offers);
  EXPECT_EQ(o.whole, WholeSentence::kNone);  // the indicator words are firm work for other targets
  EXPECT_EQ(o.unless_firm, WholeSentence::kFraming);
  EXPECT_FALSE(o.firm_work_beyond(span_of(offers, "indikatorer för uppföljning")));
}

TEST_F(Statements, TheYearSomethingBeganIsNoTimeframe) {
  EXPECT_FALSE(read("Barnkonventionen är svensk lag sedan 2020.").year);
  EXPECT_FALSE(has(read("Sedan 2016 har regionen en handlingsplan."), Substance::kTimeframe));
  EXPECT_TRUE(read("Barnkonventionen ska tillämpas i alla beslut 2026.").year);
}

TEST_F(Statements, QuestionsAndPointersAreNoWork) {
  EXPECT_FALSE(read("Hur kan vi minska våldet i nära relationer under 2026?").has_substance());
  EXPECT_TRUE(read("Vi ska minska våldet i nära relationer under 2026.").has_substance());
  EXPECT_EQ(read("Arbetet mot våld beskrivs närmare i kapitel 5.").whole, WholeSentence::kFiller);
  // Reported speech and past events: minutes and follow-up reports.
  EXPECT_FALSE(read("Någon undrade om pojkarnas skolresultat är sämre här än i andra län.").has_substance());
  EXPECT_FALSE(read("Projektet om föräldraskapsstöd avslutades 2021 när medlen tog slut.").has_substance());
}

TEST_F(Statements, ADefinitionOpeningTheSentenceHoldsUnlessItGivesAFigureOrAYear) {
  EXPECT_EQ(read("Strategin innebär att de som fattar besluten ansvarar för perspektivet.").whole, WholeSentence::kDefinition);
  EXPECT_EQ(read("Målet innebär att andelen ska öka till 40 procent.").whole, WholeSentence::kNone);
  // Later in the sentence a definition cue gives way to firm work as before.
  EXPECT_EQ(read("Länsstyrelsen ansvarar för att ta fram det som strategin innebär.").whole, WholeSentence::kNone);
}

TEST_F(Statements, TheWordsOfAFillerLineAreNoWork) {
  EXPECT_EQ(read("Uppföljning sker löpande.").whole, WholeSentence::kFiller);
  EXPECT_EQ(read("Strategin kommer att följas upp.").whole, WholeSentence::kFiller);
  EXPECT_EQ(read("Uppföljning sker löpande och redovisas till ledningsgruppen varje år.").whole, WholeSentence::kNone);
}

TEST_F(Statements, TheNationalPictureIsNoAnalysisOfTheCounty) {
  EXPECT_FALSE(has(read("I Sverige är löneskillnaden mellan kvinnor och män 10 procent."), Substance::kAnalysis));
  EXPECT_TRUE(has(read("Löneskillnaden är större i länet än i riket."), Substance::kAnalysis));
  EXPECT_TRUE(has(read("I Sverige ska länsstyrelserna erbjuda utbildningar."), Substance::kActivity));
}

TEST_F(Statements, NumberWordsMakeFigures) {
  EXPECT_TRUE(has(read("Lönegapet i länet är fortfarande sex procent."), Substance::kAnalysis));
  EXPECT_TRUE(has(read("Riskbruket är tre gånger så vanligt."), Substance::kAnalysis));
  EXPECT_FALSE(has(read("Strategin har sex delmål."), Substance::kAnalysis));
}

TEST_F(Statements, ClauseCuesMarkWhereTheDependentClauseBegins) {
  const Statement s = read("Kvinnors lägre sysselsättning förklaras av sjukskrivningar.");
  ASSERT_TRUE(s.passing_from.has_value());
  EXPECT_EQ(text_.substr(*s.passing_from, 1), " ");  // just after "förklaras av"
  EXPECT_TRUE(read("Syftet med stödet är att främja hälsan.").purpose_from.has_value());
  EXPECT_TRUE(read("Kampanjen riktar sig till beslutsfattare.").audience_from.has_value());
  EXPECT_TRUE(read("Vi tar hänsyn till perspektiv som folkhälsa och trygghet.").label_from.has_value());
  EXPECT_FALSE(read("Vi tar hänsyn till folkhälsa och trygghet.").label_from.has_value());
}

TEST_F(Statements, YearsAreFourDigitsFrom1900To2099) {
  EXPECT_TRUE(is_year("2026"));
  EXPECT_TRUE(is_year("1998"));
  EXPECT_FALSE(is_year("2150"));
  EXPECT_FALSE(is_year("202"));
  EXPECT_FALSE(is_year("20a6"));
}

TEST(WhyCodes, EveryReasonHasACodeAndSwedishAndEnglishWording) {
  std::set<std::string> codes;
  for (MentionReason r : all_mention_reasons()) {
    const std::string code = mention_reason_code(r);
    EXPECT_FALSE(code.empty());
    EXPECT_TRUE(codes.insert(code).second) << "duplicate code " << code;
    const std::string sv = why_sentence(r, Language::kSwedish);
    const std::string en = why_sentence(r, Language::kEnglish);
    EXPECT_FALSE(sv.empty()) << code;
    EXPECT_FALSE(en.empty()) << code;
    EXPECT_NE(sv, en) << code;
    EXPECT_NE(statement_label(StatementType::kNotSubstantive, r, Language::kSwedish),
              statement_label(StatementType::kNotSubstantive, MentionReason::kNone, Language::kSwedish))
        << code;
  }
  EXPECT_EQ(codes.size(), 19u);
  for (const char* code : {"passing", "framing", "purpose", "audience", "definition", "label", "negation", "deferral",
                           "filler", "name-only", "reported"}) {
    EXPECT_TRUE(codes.count(code)) << code;
  }
}

TEST(Profile, SentenceNamesWhatIsFoundAndWhatIsLacking) {
  CommitmentProfile p{};
  p[static_cast<std::size_t>(Substance::kAnalysis)] = 2;
  p[static_cast<std::size_t>(Substance::kActivity)] = 1;
  EXPECT_EQ(profile_codes(p), "analysis;activity");
  EXPECT_EQ(profile_sentence(p, Language::kSwedish),
            "Innehåll: analys, insatser · saknas: mål, ansvar, indikatorer/uppföljning, tidsram");
  EXPECT_EQ(profile_sentence(p, Language::kEnglish),
            "Content: analysis, activities · lacking: objectives, responsibility, indicators/follow-up, timeframe");
}

}  // namespace
}  // namespace jamkoll

// check --fail-on: which required targets make the check exit 1. `mentioned` (the default) is the
// behaviour from before the option; `missing` only a target missing altogether; `never` gaps never.
#include "app/fail_on.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace jamkoll {
namespace {

using testing::run_jamkoll;
using testing::sample;

Target target(const std::string& id) {
  Target t;
  t.id = id;
  return t;
}

struct Fixture {
  Target a = target("goal.a"), b = target("goal.b");
  DocumentResult with(Status status_a, bool required_a, Status status_b) const {
    DocumentResult r;
    r.path = "x.docx";
    TargetVerdict va, vb;
    va.target = &a;
    va.required = required_a;
    va.status = status_a;
    vb.target = &b;
    vb.status = status_b;
    r.verdict.targets = {va, vb};
    return r;
  }
};

TEST(FailOn, NamesRoundTrip) {
  for (FailOn policy : {FailOn::kMentioned, FailOn::kMissing, FailOn::kNever}) {
    EXPECT_EQ(fail_on_from_name(fail_on_name(policy)), policy);
  }
  EXPECT_EQ(fail_on_from_name("missing"), FailOn::kMissing);
  EXPECT_FALSE(fail_on_from_name("Missing"));
  EXPECT_FALSE(fail_on_from_name(""));
}

TEST(FailOn, MentionedFailsOnAnyRequiredGapMissingOnlyOnAMissingOne) {
  const Fixture f;
  const DocumentResult mentioned = f.with(Status::kMentioned, true, Status::kAddressed);
  EXPECT_TRUE(fails_check(mentioned, FailOn::kMentioned));
  EXPECT_FALSE(fails_check(mentioned, FailOn::kMissing));
  EXPECT_FALSE(fails_check(mentioned, FailOn::kNever));

  const DocumentResult missing = f.with(Status::kAddressed, true, Status::kMissing);
  EXPECT_TRUE(fails_check(missing, FailOn::kMentioned));
  EXPECT_TRUE(fails_check(missing, FailOn::kMissing));
  EXPECT_FALSE(fails_check(missing, FailOn::kNever));

  // An optional target missing fails nothing; nor does a gap a baseline accepts.
  const DocumentResult optional = f.with(Status::kMissing, false, Status::kAddressed);
  EXPECT_FALSE(fails_check(optional, FailOn::kMentioned));
  EXPECT_FALSE(fails_check(optional, FailOn::kMissing));
  DocumentResult accepted = f.with(Status::kAddressed, true, Status::kMissing);
  accepted.accepted_gaps = {"goal.b"};
  EXPECT_FALSE(fails_check(accepted, FailOn::kMissing));
  EXPECT_FALSE(fails_check(f.with(Status::kAddressed, true, Status::kAddressed), FailOn::kMentioned));
}

TEST(FailOnCommand, ExitCodesFollowThePolicy) {
  // partiell_rabblar_mal only mentions some required targets; tidigt_skelett misses some outright.
  const std::string mentions = sample("partiell_rabblar_mal.docx");
  const std::string misses = sample("tidigt_skelett.docx");
  EXPECT_EQ(run_jamkoll({"check", mentions}).exit_code, 1);  // the default: mentioned
  EXPECT_EQ(run_jamkoll({"check", "--fail-on", "mentioned", mentions}).exit_code, 1);
  EXPECT_EQ(run_jamkoll({"check", "--fail-on", "missing", mentions}).exit_code, 0);
  EXPECT_EQ(run_jamkoll({"check", "--fail-on=missing", misses}).exit_code, 1);
  EXPECT_EQ(run_jamkoll({"check", "--fail-on", "never", misses}).exit_code, 0);
  EXPECT_EQ(run_jamkoll({"check", "--fail-on", "never", misses, sample("no-such-draft.docx")}).exit_code, 2);
  // The report itself does not change.
  EXPECT_EQ(run_jamkoll({"check", "--format", "json", "--fail-on", "never", mentions}).out,
            run_jamkoll({"check", "--format", "json", mentions}).out);
  const auto bad = run_jamkoll({"check", "--fail-on", "sometimes", misses});
  EXPECT_EQ(bad.exit_code, 64);
  EXPECT_NE(bad.err.find("--fail-on takes mentioned, missing or never"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace jamkoll

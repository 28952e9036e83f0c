// The naive baseline jamkoll is measured against: a target is "addressed" as soon as any of its
// lexicon terms or patterns occurs anywhere in the document (table of contents, recitations and
// headings included), else "missing". Used only by `jamkoll eval`.
// Tests: end to end through tests/judge/eval_samples_test.cpp (jamkoll eval: jamkoll beats the keyword baseline)
#pragma once

#include "ingest/document.h"
#include "judge/judge.h"
#include "judge/verdict.h"

namespace jamkoll {

DocumentVerdict keyword_baseline(const Judge& judge, const Document& document);

}  // namespace jamkoll

#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a time budget, seeded from samples/,
# the DOCX fixtures, the lexicons, the rule pack and request heads (tests/fuzz/seeds/). Fails on any crash, leak, sanitizer report or
# timeout. Inputs that once crashed a target live in tests/fuzz/regressions/<target>/ and seed its
# corpus, so every run replays them first. Usage: tests/fuzz/run.sh [SECONDS_PER_TARGET] (default 30; .ci/run uses 20).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
build=build-fuzz
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DJAMKOLL_FUZZ=ON >&2
cmake --build "$build" -j "$(nproc)" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed() {  # seed DIR FILES...: copy seeds into a fresh corpus folder (the repository stays clean)
  local dir="$work/$1"; shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/"; done
  echo "$dir"
}
docs=(samples/*.docx samples/*.pdf tests/fixtures/pdf/*.pdf tests/fixtures/docx/*.docx tests/fixtures/*/*.odt tests/fixtures/*/*.fodt tests/fixtures/*/*.html tests/fixtures/*/*.xml tests/fixtures/*/*.txt tests/fixtures/*/*.md)
declare -A corpus=(
  [fuzz_docx]=$(seed docx samples/*.docx tests/fixtures/docx/*.docx)
  [fuzz_annotate]=$(seed annotate samples/*.docx tests/fixtures/docx/*.docx)
  [fuzz_read_document]=$(seed any "${docs[@]}")
  [fuzz_xml]=$(seed xml rules/lansstrategi/pack.xml rules/rulepack.xsd tests/fixtures/junit/junit.xsd)
  [fuzz_text]=$(seed text tests/fixtures/docx/*.plain.txt tests/fuzz/regressions/fuzz_text/*)
  [fuzz_lexicon]=$(seed lexicon lexicons/*.lex)
  [fuzz_rulepack]=$(seed rulepack rules/lansstrategi/pack.xml tests/fixtures/packs/proximity/pack.xml)
  [fuzz_request]=$(seed request tests/fuzz/seeds/fuzz_request/* tests/fuzz/regressions/fuzz_request/*)
  [fuzz_multipart]=$(seed multipart tests/fuzz/seeds/fuzz_multipart/* tests/fuzz/regressions/fuzz_multipart/*)
)
# Third-party one-time caches reported at exit (tests/lsan.supp says which and why).
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
status=0
for target in fuzz_docx fuzz_annotate fuzz_read_document fuzz_xml fuzz_text fuzz_lexicon fuzz_rulepack fuzz_request fuzz_multipart; do
  echo "== $target: $seconds s" >&2
  if ! "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=1048576 \
       -artifact_prefix="$work/$target-" -print_final_stats=1 "${corpus[$target]}" 2> "$work/$target.log"; then
    echo "FAIL $target" >&2; tail -40 "$work/$target.log" >&2; status=1
    mkdir -p fuzz-findings && cp "$work/$target-"* fuzz-findings/ 2>/dev/null || true
  else
    grep -E "stat::number_of_executed_units|Done" "$work/$target.log" | tail -2 >&2
  fi
done
exit $status

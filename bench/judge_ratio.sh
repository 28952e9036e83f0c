#!/bin/sh
# The judge stage's cost as ratios against floors measured in the same run (timing targets live
# here, never in tests). Interleaved rounds, medians:
#   judge / analyze   build/jamkoll_bench: BM_Judge (analysis, rules, verdicts per document) over
#                     BM_Analyze (ICU sentences and tokens only) on the same drafts
#   check / floor     `jamkoll check --format jsonl -j 1` over the extraction floor
#                     (unzip -p … word/document.xml, then xmllint --stream), whole processes
#
#   python3 ../shared/bench/make_corpus.py --out /tmp/corpus100 --n 100 --seed 20240601 -j 2
#   cmake --build build --target jamkoll jamkoll_bench
#   bench/judge_ratio.sh /tmp/corpus100 [BUILD_DIR] [ROUNDS]
set -eu
corpus=${1:?usage: bench/judge_ratio.sh CORPUS_DIR [BUILD_DIR] [ROUNDS]}
build=${2:-build}
rounds=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

floor_run() {
  mkdir -p "$work/xml"
  i=0
  for f in "$corpus"/*.docx; do
    i=$((i + 1))
    unzip -p "$f" word/document.xml > "$work/xml/$i.xml"
  done
  xmllint --stream --noout "$work"/xml/*.xml
  rm -rf "$work/xml"
}

: > "$work/check"; : > "$work/bench"
for r in $(seq "$rounds"); do
  t0=$(now); floor_run; t1=$(now)
  "$build/jamkoll" check --format jsonl -j 1 --quiet "$corpus" > /dev/null || true
  t2=$(now)
  echo "$t0 $t1 $t2" | awk '{printf "%.6f %.6f\n", $2-$1, ($3-$2)/($2-$1)}' >> "$work/check"
  JAMKOLL_BENCH_CORPUS="$corpus" "$build/jamkoll_bench" --benchmark_filter='BM_(Analyze|Judge)$' \
    --benchmark_format=csv 2>/dev/null |
    awk -F, '/BM_Analyze/ {a=$4} /BM_Judge/ {j=$4} END {printf "%.3f %.3f %.4f\n", a, j, j/a}' >> "$work/bench"
done

echo "rounds: $rounds, corpus: $corpus ($(ls "$corpus"/*.docx | wc -l) drafts)"
echo "floor (unzip + xmllint --stream):  $(cut -d' ' -f1 "$work/check" | median) s"
echo "check -j 1 / floor:                $(cut -d' ' -f2 "$work/check" | median)"
echo "BM_Analyze:                        $(cut -d' ' -f1 "$work/bench" | median) ms"
echo "BM_Judge:                          $(cut -d' ' -f2 "$work/bench" | median) ms"
echo "judge / analyze:                   $(cut -d' ' -f3 "$work/bench" | median)"

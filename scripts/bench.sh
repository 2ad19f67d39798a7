#!/bin/sh
# Benchmarks: Google Benchmark runs, then whole-process runs of the CLI
# with peak memory. Usage: scripts/bench.sh BUILD_DIR
set -eu
BUILD=${1:-build}
G="$BUILD/guidepost"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

echo "== load and check (Google Benchmark) =="
"$BUILD/bench/load_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true 2>&1 | grep -E "median|^BM" || true

echo "== decide one incident (Google Benchmark) =="
"$BUILD/bench/decide_bench" 2>&1 | grep -E "median" || true

echo "== read a description (Google Benchmark) =="
"$BUILD/bench/read_bench" 2>&1 | grep -E "median" || true

echo "== diff (Google Benchmark) =="
"$BUILD/bench/diff_bench" --benchmark_filter="${BENCH_DIFF:-.}" 2>&1 | grep -E "median" || true

peak() {  # peak resident memory of a command, in MB
  /usr/bin/time -f "%M" -o "$TMP/rss" "$@" > /dev/null 2>"$TMP/err" || true
  echo "$(( $(tail -1 "$TMP/rss") / 1024 )) MB"
}

echo "== whole process: check =="
"$BUILD/bench/gen_policy" 1000 2000 > "$TMP/generated.policy"
for p in policies/minnesota-model/minnesota-model.policy "$TMP/generated.policy"; do
  start=$(date +%s.%N); "$G" check "$p" > /dev/null || true; end=$(date +%s.%N)
  echo "check $(basename "$p"): $(echo "$end - $start" | bc) s, peak $(peak "$G" check "$p")"
done

echo "== whole process: eval --jsonl, 1,000,000 incidents =="
N=${BENCH_INCIDENTS:-1000000}
python3 bench/gen_incidents.py "$N" > "$TMP/incidents.jsonl"
ls -l "$TMP/incidents.jsonl" | awk '{printf "input: %.0f MB\n", $5/1048576}'
P=policies/minnesota-model/minnesota-model.policy
for run in 1 2 3 4 5; do
  start=$(date +%s.%N)
  "$G" eval -p "$P" --jsonl --explain none "$TMP/incidents.jsonl" > /dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc >> "$TMP/times"
  echo "run $run: $(echo "$end - $start" | bc) s, $(echo "$N / ($end - $start)" | bc) incidents/s"
done
med=$(sort -n "$TMP/times" | sed -n 3p)
echo "median of 5: $med s, $(echo "$N / $med" | bc) incidents/s"
echo "(output discarded: this measures the engine, not this machine's disk)"
start=$(date +%s.%N)
"$G" eval -p "$P" --jsonl --explain none "$TMP/incidents.jsonl" > "$TMP/out.jsonl"
end=$(date +%s.%N)
echo "with the output written to a file ($(du -m "$TMP/out.jsonl" | cut -f1) MB): $(echo "$end - $start" | bc) s"
echo "peak memory: $(peak "$G" eval -p "$P" --jsonl --explain none "$TMP/incidents.jsonl")"
if [ "${BENCH_BIG:-0}" = 1 ]; then
  echo "== 1 GB input, streamed from a pipe =="
  for i in 1 2 3 4 5 6 7 8; do cat "$TMP/incidents.jsonl"; done > "$TMP/big.jsonl"
  ls -l "$TMP/big.jsonl" | awk '{printf "input: %.0f MB\n", $5/1048576}'
  echo "peak memory: $(peak sh -c "cat $TMP/big.jsonl | $G eval -p $P --jsonl --explain none -")"
fi

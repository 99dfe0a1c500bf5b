#!/usr/bin/env bash
# Runs every libFuzzer target (test/fuzz/) to depth, with its seed corpus and
# dictionary, and prints one line per target: executions, time, corpus size,
# crashes. Exit 1 when any target found a crash, a leak or a timeout (the
# input is kept as build/test/fuzz/<target>/crash-*; make it a unit test).
#
#   scripts/fuzz.sh [--runs N] [--time SECONDS] [--jobs J] [--build DIR] [TARGET...]
#
#   --runs N       executions per target (default 10000000, the number
#                  docs/reliability.md records)
#   --time S       or a time budget per target instead (libFuzzer's
#                  -max_total_time)
#   --jobs J       targets fuzzed at once (default: the number of cores)
#   --build DIR    the build tree (default build/; configured and built here)
#   TARGET         carve-out url conninfo odbc cipher priority host-patterns
#                  (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10000000 time_budget="" jobs="$(nproc)" build=build targets=()
while (($#)); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --time) time_budget="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
all=(carve-out url conninfo odbc cipher priority host-patterns)
((${#targets[@]})) || targets=("${all[@]}")
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz.sh: no target '$t' (${all[*]})" >&2; exit 2; }
done

if [[ ! -f "$build/build.ninja" ]]; then
  scripts/setup.sh >/dev/null
fi
cmake "$build" >/dev/null
if ! grep -q transit-fuzzers "$build/build.ninja"; then
  echo "fuzz.sh: $build has no fuzz targets: libFuzzer is missing (apt-get install libclang-rt-<M>-dev)" >&2
  exit 2
fi
ninja -C "$build" transit-fuzzers >/dev/null

budget=(-runs="$runs")
[[ -n "$time_budget" ]] && budget=(-max_total_time="$time_budget" -runs=-1)

run_one() {
  local t="$1" work="$build/test/fuzz/$1"
  mkdir -p "$work/corpus"
  local start=$SECONDS
  "$build/test/transit-fuzz-$t" "${budget[@]}" -max_len=512 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -dict="test/fuzz/dict/$t.dict" \
    -artifact_prefix="$work/" "$work/corpus" "test/fuzz/corpus/$t" \
    >"$work/log" 2>&1
  echo $? >"$work/rc"
  echo $((SECONDS - start)) >"$work/seconds"
}

running=0
for t in "${targets[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if ((running >= jobs)); then wait -n || true; running=$((running - 1)); fi
done
wait || true

status=0
printf '%-14s %14s %9s %8s %s\n' target executions seconds corpus result
for t in "${targets[@]}"; do
  work="$build/test/fuzz/$t"
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
  corpus=$(find "$work/corpus" -type f | wc -l)
  artifacts=$(find "$work" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'leak-*' \
              -o -maxdepth 1 -name 'timeout-*' -o -maxdepth 1 -name 'oom-*' | wc -l)
  result=ok
  if [[ "$(cat "$work/rc")" != 0 || "$artifacts" != 0 ]]; then
    result="FAILED (see $work/log)"; status=1
  fi
  printf '%-14s %14s %9s %8s %s\n' "$t" "${execs:-?}" "$(cat "$work/seconds")" "$corpus" "$result"
done
exit $status

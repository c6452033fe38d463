#!/bin/sh
# Times `netgen diff` against a root that matches the model (a host that is up to date: every
# file is read and compared, nothing differs) next to `netgen render` of the same model: the
# median wall time of 5 runs each, JVM start-up included, through ./netgen, the launcher users
# run. The target is diff within 1.5x of render.
# Usage: bench/diff.sh [N...]   (default: 4000; models from bench/render-model.sh)
set -eu
cd "$(dirname "$0")/.."
./netgen --version > /dev/null
mkdir -p bench/out
# other work on the machine skews wall times: show how busy it was
echo "load average: $(cut -d" " -f1-3 /proc/loadavg), $(nproc) cores" >&2

# measure CMD...: sets median (ms) and runs to the wall times of 5 runs; exit 1 counts as a
# run too (diff exits 1 on differences)
measure() {
  runs=""
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$@" > /dev/null || [ $? -eq 1 ]
    end=$(date +%s%N)
    runs="$runs $(( (end - start) / 1000000 ))"
  done
  median=$(echo "$runs" | tr ' ' '\n' | grep . | sort -n | sed -n 3p)
}

row() { # row LABEL [BASE-MS]: prints the last measure, and its ratio to BASE-MS
  ratio=""
  if [ -n "${2:-}" ]; then
    ratio=$(awk -v a="$median" -v b="$2" 'BEGIN { printf "%.2fx render --stdout", a / b }')
  fi
  printf '%-34s %6s ms  %-24s (runs:%s ms)\n' "$1" "$median" "$ratio" "$runs"
}

[ $# -gt 0 ] || set -- 4000
for n in "$@"; do
  model=bench/out/render-$n.yaml
  root=bench/out/diff-root-$n
  sh bench/render-model.sh "$n" > "$model"
  rm -rf "$root"
  ./netgen render "$model" --out "$root" > /dev/null
  ./netgen diff "$model" --root "$root" --quiet   # the root matches: exit 0, or set -e stops here
  echo "N=$n: $(find "$root" ! -type d ! -name .lock | wc -l) files under $root" >&2
  measure ./netgen render "$model" --stdout
  base=$median
  row "render --stdout N=$n"
  measure ./netgen render "$model" --out "$root"
  row "render --out (all unchanged)" "$base"
  measure ./netgen diff "$model" --root "$root" --quiet
  row "diff --quiet (all same)" "$base"
  measure ./netgen diff "$model" --root "$root" --format json
  row "diff --format json (all same)" "$base"
done

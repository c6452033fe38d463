#!/bin/sh
# Times `netgen diff` against a root that matches the model (a host that is up to date: every
# file is read and compared, nothing differs) next to `netgen render` of the same model: the
# median wall time of 5 runs each, JVM start-up included, through ./netgen, the launcher users
# run, and their CPU time. The target is diff within 1.5x of render.
# Usage: bench/diff.sh [N...]   (default: 4000; models from bench/render-model.sh)
set -eu
cd "$(dirname "$0")/.."
./netgen --version > /dev/null
mkdir -p bench/out
# other work on the machine skews wall times: show how busy it was
echo "load average: $(cut -d" " -f1-3 /proc/loadavg), $(nproc) cores" >&2

# measure CMD...: sets median (wall ms), cpu (median user + system ms, all threads: other
# work on the machine disturbs it less than wall time) and runs (the wall times) over 5 runs;
# exit 1 counts as a run too (diff exits 1 on differences)
measure() {
  runs=""
  cpus=""
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    /usr/bin/time -o bench/out/time.txt -f '%U %S' "$@" > /dev/null 2>&1 || [ $? -eq 1 ]
    end=$(date +%s%N)
    runs="$runs $(( (end - start) / 1000000 ))"
    cpus="$cpus $(tail -n 1 bench/out/time.txt | awk '{ printf "%d", ($1 + $2) * 1000 }')"
  done
  median=$(echo "$runs" | tr ' ' '\n' | grep . | sort -n | sed -n 3p)
  cpu=$(echo "$cpus" | tr ' ' '\n' | grep . | sort -n | sed -n 3p)
}

row() { # row LABEL [BASE-MS BASE-CPU]: the last measure, and its ratios to render --stdout's
  ratio=""
  if [ -n "${2:-}" ]; then
    ratio=$(awk -v a="$median" -v b="$2" -v c="$cpu" -v d="$3" 'BEGIN { printf "%.2fx wall %.2fx CPU", a / b, c / d }')
  fi
  printf '%-32s %5s ms wall %5s ms CPU  %-20s (runs:%s ms)\n' "$1" "$median" "$cpu" "$ratio" "$runs"
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
  base_cpu=$cpu
  row "render --stdout N=$n"
  measure ./netgen render "$model" --out "$root"
  row "render --out (all unchanged)" "$base" "$base_cpu"
  measure ./netgen diff "$model" --root "$root" --quiet
  row "diff --quiet (all same)" "$base" "$base_cpu"
  measure ./netgen diff "$model" --root "$root" --format json
  row "diff --format json (all same)" "$base" "$base_cpu"
done

#!/bin/sh
# Times `netgen render --stdout` (render only: nothing is written, so the figure is not the
# disk's) on fixtures/nat and on generated models: the median wall time of 5 runs each, JVM
# start-up included, next to `netgen --version` as the start-up baseline. Runs ./netgen, the
# launcher users run (class-data sharing, C1 only), which builds the jar when it is stale.
# Usage: bench/render.sh [N...]   (default: 4000)
set -eu
cd "$(dirname "$0")/.."
./netgen --version > /dev/null
mkdir -p bench/out
# other work on the machine skews wall times: show how busy it was
echo "load average: $(cut -d" " -f1-3 /proc/loadavg), $(nproc) cores" >&2

# median_ms CMD...: the median wall time of 5 runs in milliseconds, the runs, and the median
# CPU time (user + system, all threads), which other work on the machine disturbs less
median_ms() {
  times=""
  cpus=""
  for run in 1 2 3 4 5; do
    start=$(date +%s%N)
    cpu=$(/usr/bin/time -f '%U %S' "$@" 2>&1 > /dev/null | tail -n 1)
    end=$(date +%s%N)
    times="$times $(( (end - start) / 1000000 ))"
    cpus="$cpus $(echo "$cpu" | awk '{ printf "%d", ($1 + $2) * 1000 }')"
  done
  median=$(echo $times | tr ' ' '\n' | sort -n | sed -n 3p)
  cpu_median=$(echo $cpus | tr ' ' '\n' | sort -n | sed -n 3p)
  echo "$median ms wall, $cpu_median ms CPU  (runs:$times ms)"
}

printf '%-28s %s\n' "--version (start-up)" "$(median_ms ./netgen --version)"
printf '%-28s %s\n' "render fixtures/nat" "$(median_ms ./netgen render fixtures/nat/model.yaml --stdout)"
for n in ${*:-4000}; do
  model=bench/out/render-$n.yaml
  sh bench/render-model.sh "$n" > "$model"
  files=$(./netgen render "$model" --stdout | grep -c '^==> ')
  printf '%-28s %s\n' "render N=$n ($files files)" "$(median_ms ./netgen render "$model" --stdout)"
done

#!/bin/sh
# Times `netgen lint` on generated models: the median wall time of 5 runs for each size,
# start-up included, as a user or a config-management tool would see it.
# Usage: bench/lint.sh [N...]   (default: 1000 4000)
set -eu
cd "$(dirname "$0")/.."
jar=target/netgen.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml templates -newer "$jar" -type f 2>/dev/null | head -n 1)" ]; then
  echo "building $jar ..." >&2
  mvn -q -o package -DskipTests
fi
mkdir -p bench/out
sizes=${*:-1000 4000}
# other work on the machine skews wall times: show how busy it was
echo "load average: $(cut -d" " -f1-3 /proc/loadavg), $(nproc) cores" >&2
for n in $sizes; do
  model=bench/out/model-$n.yaml
  sh bench/generate.sh "$n" > "$model"
  # the model must be lint-clean, or the figure would include printing findings
  java -jar "$jar" lint "$model" --fail-on warning > /dev/null
  times=""
  for run in 1 2 3 4 5; do
    start=$(date +%s%N)
    java -jar "$jar" lint "$model" > /dev/null
    end=$(date +%s%N)
    times="$times $(( (end - start) / 1000000 ))"
  done
  median=$(echo $times | tr ' ' '\n' | sort -n | sed -n 3p)
  printf 'lint N=%-5s %6s bytes  median %5s ms  (runs:%s ms)\n' "$n" "$(wc -c < "$model")" "$median" "$times"
done

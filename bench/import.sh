#!/bin/sh
# Times `netgen import` on the render of a generated model of N bridges (default 1, 1000 and
# 4000), for both targets, and checks on the way that rendering the imported model gives the
# same files. Usage: bench/import.sh [N...]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd -P)
jar="$here/target/netgen.jar"
[ -f "$jar" ] || (cd "$here" && mvn -q -B -DskipTests package)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ms() { echo $(( $(date +%s%N) / 1000000 )); }
[ $# -gt 0 ] || set -- 1 1000 4000
for n in "$@"; do
  "$here/bench/generate.sh" "$n" > "$work/model.yaml"
  for target in gentoo debian; do
    root="$work/root-$n-$target"
    java -jar "$jar" render "$work/model.yaml" --target "$target" --force --out "$root" >/dev/null 2>&1
    java -jar "$jar" render "$work/model.yaml" --target "$target" --force --stdout > "$work/before" 2>/dev/null
    start=$(ms)
    java -jar "$jar" import --from "$target" --root "$root" > "$work/imported.yaml"
    took=$(( $(ms) - start ))
    cp "$work/imported.yaml" "$work/model.yaml.imported"
    mv "$work/model.yaml" "$work/model.yaml.orig"
    cp "$work/imported.yaml" "$work/model.yaml"
    java -jar "$jar" render "$work/model.yaml" --target "$target" --force --stdout > "$work/after" 2>/dev/null
    mv "$work/model.yaml.orig" "$work/model.yaml"
    same=same; cmp -s "$work/before" "$work/after" || same=DIFFERENT
    printf '%6s bridges  %-6s  import %6d ms  %7d model lines  round trip %s\n' \
      "$n" "$target" "$took" "$(wc -l < "$work/imported.yaml")" "$same"
  done
done

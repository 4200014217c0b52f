#!/usr/bin/env bash
# Replays a long synthetic history and compares schemata with the git floor (DESIGN §6).
#
#   benches/history.sh [SCHEMAS] [COMMITS] [RUNS]     (defaults: 500 5000 3)
#
# The floor is what any tool must do at least: `git log --raw` over the same first-parent
# commits, plus `git cat-file --batch` reading every changed blob once. schemata's figure is
# `schemata log --format json` over the whole history. Both are timed in the same run; the
# medians and their ratio are printed. Needs git, python3 and a release build of schemata.
set -euo pipefail
cd "$(dirname "$0")/.."
schemas=${1:-500}
commits=${2:-5000}
runs=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
bin=$PWD/target/release/schemata
repo=$work/registry
git init -q -b main "$repo"
python3 benches/gen_history.py "$schemas" "$commits" 7 | git -C "$repo" fast-import --quiet
git -C "$repo" checkout -q main
git -C "$repo" gc -q --aggressive >/dev/null 2>&1 || true
echo "registry: $(git -C "$repo" ls-files | wc -l) schema files, $(git -C "$repo" rev-list --count HEAD) commits"

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
floor_times=()
ours_times=()
for _ in $(seq "$runs"); do
  t0=$(now)
  git -C "$repo" log --first-parent --raw --no-abbrev --format=%H -M HEAD \
    | awk '/^:/ { if ($4 !~ /^0+$/) print $4 }' \
    | sort -u | git -C "$repo" cat-file --batch >/dev/null
  t1=$(now)
  (cd "$repo" && "$bin" log --format json >/dev/null)
  t2=$(now)
  floor_times+=("$(awk "BEGIN{print $t1 - $t0}")")
  ours_times+=("$(awk "BEGIN{print $t2 - $t1}")")
done
floor=$(printf '%s\n' "${floor_times[@]}" | median)
ours=$(printf '%s\n' "${ours_times[@]}" | median)
printf 'git floor (log --raw + cat-file --batch): %.3f s (median of %d)\n' "$floor" "$runs"
printf 'schemata log --format json:               %.3f s (median of %d)\n' "$ours" "$runs"
printf 'ratio: %.2fx (target: at most 2x)\n' "$(awk "BEGIN{print $ours / $floor}")"

#!/bin/sh
# history on real Nova: cold history of create, resize and live_migrate over every N.0.0 tag from
# 12.0.0, against one cold trace --all of a single release (12.0.0 and the newest), then a warm history.
# Usage: NOVA_REPO=/path/to/nova.git bench/history.sh
set -eu
project=$(cd "$(dirname "$0")/.." && pwd)
repo=${NOVA_REPO:-/work/.mirror/openstack+nova/repo}
if [ ! -d "$repo" ]; then
  echo "history.sh: set NOVA_REPO to a Nova clone or bare mirror with tags" >&2
  exit 2
fi
st=$project/bin/seqtrace
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
newest=$(git -C "$repo" tag | grep -E '^[0-9]+\.0\.0$' | sort -V | tail -1)

# Wall and CPU (user + system) seconds of one command, its output kept for the summaries.
timed() {
  name=$1; shift
  /usr/bin/time -f '%e %U %S' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$work/$name.time"
}

"$st" --version >/dev/null
# Untimed: records bin/seqtrace's class-data-sharing archive, so every timed run starts alike.
"$st" ops --repo "$repo" --ref 12.0.0 --cache-dir "$work/warmup" >/dev/null 2>&1
ops="--op create --op resize --op live_migrate"
old=$(timed old "$st" trace --repo "$repo" --ref 12.0.0 --all --cache-dir "$work/c1" --out "$work/t1")
new=$(timed new "$st" trace --repo "$repo" --ref "$newest" --all --cache-dir "$work/c2" --out "$work/t2")
# shellcheck disable=SC2086
cold=$(timed cold "$st" history --repo "$repo" --from 12.0.0 $ops --cache-dir "$work/c3")
# shellcheck disable=SC2086
warm=$(timed warm "$st" history --repo "$repo" --from 12.0.0 $ops --cache-dir "$work/c3")

ratio() { echo "scale=1; $1 / $2" | bc; }
set -- $old; old_wall=$1; old_cpu=$2
set -- $new; new_wall=$1; new_cpu=$2
set -- $cold; cold_wall=$1; cold_cpu=$2
set -- $warm; warm_wall=$1; warm_cpu=$2
echo "| run | wall s | CPU s | history / this (wall, CPU) |"
echo "| --- | ---: | ---: | ---: |"
echo "| trace --all 12.0.0, cache cold | $old_wall | $old_cpu | $(ratio "$cold_wall" "$old_wall")x, $(ratio "$cold_cpu" "$old_cpu")x |"
echo "| trace --all $newest, cache cold | $new_wall | $new_cpu | $(ratio "$cold_wall" "$new_wall")x, $(ratio "$cold_cpu" "$new_cpu")x |"
echo "| history 12.0.0 .. $newest (3 operations), caches cold | $cold_wall | $cold_cpu | 1.0x |"
echo "| the same history again, caches warm | $warm_wall | $warm_cpu | |"
echo
echo "summaries:"
for f in old new cold warm; do printf '%s: %s\n' "$f" "$(tail -1 "$work/$f.err")"; done

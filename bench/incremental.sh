#!/bin/sh
# Incremental analysis on real Nova: cold vs warm trace --all, then diff of two releases vs one warm trace.
# Usage: NOVA_REPO=/path/to/nova.git bench/incremental.sh
set -eu
project=$(cd "$(dirname "$0")/.." && pwd)
repo=${NOVA_REPO:-/work/.mirror/openstack+nova/repo}
if [ ! -d "$repo" ]; then
  echo "incremental.sh: set NOVA_REPO to a Nova clone or bare mirror with tags" >&2
  exit 2
fi
st=$project/bin/seqtrace
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cache=$work/cache

# Wall seconds of one command; its own summary line (stderr) is kept for the in-process split.
timed() {
  name=$1; shift
  start=$(date +%s.%N)
  "$@" >"$work/$name.out" 2>"$work/$name.err"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

"$st" --version >/dev/null
# One untimed run first, so that bin/seqtrace's class-data-sharing archive exists before any
# timed run (the run that records it pays for writing it) and every run below starts alike.
"$st" ops --repo "$repo" --ref 12.0.0 --cache-dir "$work/warmup" >/dev/null 2>&1
cold=$(timed cold "$st" trace --repo "$repo" --ref 12.0.0 --all --cache-dir "$cache" --out "$work/t")
warm=$(timed warm "$st" trace --repo "$repo" --ref 12.0.0 --all --cache-dir "$cache" --out "$work/t")
parse_warm=$(timed parse "$st" parse --repo "$repo" --ref 12.0.0 --cache-dir "$cache")
diff=$(timed diff "$st" diff --repo "$repo" --from 12.0.0 --to 13.0.0 --cache-dir "$cache")
warm13=$(timed warm13 "$st" trace --repo "$repo" --ref 13.0.0 --all --cache-dir "$cache" --out "$work/t13")
diff_warm=$(timed diffwarm "$st" diff --repo "$repo" --from 12.0.0 --to 13.0.0 --cache-dir "$cache")

ratio() { echo "scale=2; $1 / $2" | bc; }
echo "| run | wall s | ratio |"
echo "| --- | ---: | ---: |"
echo "| trace --all 12.0.0, cache cold | $cold | $(ratio "$cold" "$warm")x of warm |"
echo "| trace --all 12.0.0, cache warm | $warm | 1.00x |"
echo "| parse 12.0.0, cache warm (load only) | $parse_warm | $(ratio "$parse_warm" "$warm")x of warm trace |"
echo "| diff 12.0.0..13.0.0 (12.0.0 warm, 13.0.0 cold) | $diff | $(ratio "$diff" "$warm")x of warm trace |"
echo "| trace --all 13.0.0, cache warm | $warm13 | |"
echo "| diff 12.0.0..13.0.0, both warm | $diff_warm | $(ratio "$diff_warm" "$warm")x of warm trace |"
echo
echo "summaries:"
for f in cold warm parse diff warm13 diffwarm; do printf '%s: %s\n' "$f" "$(tail -1 "$work/$f.err")"; done

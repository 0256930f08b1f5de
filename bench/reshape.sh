#!/usr/bin/env bash
# trace --all --no-cache (parse and trace) at one Nova release with this checkout and with another commit's build
# (default: the tracer before its reshape into sub-packages), alternating, in one run.
# Usage: NOVA_REPO=/path/to/nova.git bench/reshape.sh [REF] [COMMIT]   (defaults 12.0.0, dd9308e)
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:-12.0.0}
commit=${2:-dd9308eab7ebae444ca1f5d8d2d37ac98ba77dda}
runs=${RUNS:-3}
NOVA_REPO=${NOVA_REPO:-/work/.mirror/openstack+nova/repo}
if [[ ! -d "$NOVA_REPO" ]]; then
  echo "reshape.sh: set NOVA_REPO to a Nova clone or bare mirror with tags" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'git -C "$project" worktree remove --force "$work/other" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$project" worktree add -q --detach "$work/other" "$commit"
(cd "$work/other" && ./mvnw -q -B -DskipTests package)
"$project/bin/seqtrace" --version > /dev/null
timed() {
  local start end; start=$(date +%s.%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s.%N); echo "$end - $start" | bc
}
for i in $(seq "$runs"); do
  for side in other this; do
    bin=$project/bin/seqtrace; [[ $side == other ]] && bin=$work/other/bin/seqtrace
    rm -rf "$work/out-$side"
    t=$(timed "$bin" trace --repo "$NOVA_REPO" --ref "$ref" --all --no-cache --out "$work/out-$side")
    echo "$side $t"
  done
done | awk '{s[$1]+=$2; n[$1]++; print} END {o=s["other"]/n["other"]; t=s["this"]/n["this"];
  printf "mean: before %.2f s, now %.2f s, ratio %.2f\n", o, t, t/o}'

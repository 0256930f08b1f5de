#!/usr/bin/env bash
# Builds a seqtrace report of a few operations of real Nova and screenshots its index and one
# operation page with headless Chromium, into bench/results/ (git-ignored).
# Usage: NOVA_REPO=/path/to/nova.git bench/report-screenshot.sh [REF] [FROM]
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:-33.0.0}
from=${2:-30.0.0}
results=$project/bench/results
out=$results/report-$ref

chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $chromium ]]; then
  echo "bench/report-screenshot.sh: chromium not found; skipping (apt-get install -y chromium)" >&2
  exit 0
fi
if [[ -z ${NOVA_REPO:-} ]]; then
  if [[ -d /work/.mirror/openstack+nova/repo ]]; then
    NOVA_REPO=/work/.mirror/openstack+nova/repo
  else
    echo "bench/report-screenshot.sh: set NOVA_REPO to a clone of Nova with its tags" >&2
    exit 2
  fi
fi

mkdir -p "$results"
start=$(date +%s.%N)
"$project/bin/seqtrace" report --repo "$NOVA_REPO" --ref "$ref" --from "$from" \
  --op pause --op unpause --op live_migrate --op resize --op servers.create --op shelve \
  --op servers.show --op bare_metal_node.show --op add_interface --out "$out"
end=$(date +%s.%N)
echo "report of 9 operations at $ref (vs $from): $(awk "BEGIN { printf \"%.1f\", $end - $start }") s wall"

shot() {
  local profile
  profile=$(mktemp -d)
  "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --screenshot="$2" --window-size="$3" "file://$1" 2>/dev/null
  rm -rf "$profile"
  echo "$2 ($(stat -c %s "$2") bytes)"
}
shot "$out/index.html" "$results/report-index.png" 1400,1150
shot "$out/ops/pause.html" "$results/report-pause.png" 1400,2400

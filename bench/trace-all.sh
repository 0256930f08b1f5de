#!/usr/bin/env bash
# trace --all at one Nova release, cold and warm caches, beside CPython's ast.parse of the same tree.
# Usage: NOVA_REPO=/path/to/nova.git bench/trace-all.sh [REF]     (default REF: 33.0.0)
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
seqtrace=$project/bin/seqtrace
ref=${1:-33.0.0}
NOVA_REPO=${NOVA_REPO:-/work/.mirror/openstack+nova/repo}
if [[ ! -d "$NOVA_REPO" ]]; then
  echo "trace-all.sh: set NOVA_REPO to a Nova clone or bare mirror with tags" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The files seqtrace reads by default: every .py under nova/ outside a tests directory.
git --git-dir "$NOVA_REPO" archive "$ref" nova | tar -x -C "$work"
(cd "$work" && find nova -name '*.py' -not -path '*/tests/*' | LC_ALL=C sort) > "$work/files.txt"
cat > "$work/ast_parse.py" <<'PY'
import ast, sys
names = open(sys.argv[1]).read().split()
for name in names:
    with open(name, 'rb') as f:
        try:
            ast.parse(f.read(), name)
        except SyntaxError:
            pass
PY
"$seqtrace" --version > /dev/null   # builds the jar and its class-data archive before any timed run
"$seqtrace" ops --repo "$NOVA_REPO" --ref "$ref" --cache-dir "$work/warmup" > /dev/null 2>&1

timed() {  # timed NAME COMMAND...: wall seconds of one whole process
  local name=$1 start end; shift
  start=$(date +%s.%N)
  "$@" > "$work/$name.out" 2> "$work/$name.err"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
cpython=$(cd "$work" && timed cpython python3 ast_parse.py files.txt)
cold=$(timed cold "$seqtrace" trace --repo "$NOVA_REPO" --ref "$ref" --all --cache-dir "$work/cache" --out "$work/t")
warm=$(timed warm "$seqtrace" trace --repo "$NOVA_REPO" --ref "$ref" --all --cache-dir "$work/cache" --out "$work/t")
ratio() { echo "scale=2; $1 / $2" | bc; }
echo "Nova $ref: $(wc -l < "$work/files.txt") non-test .py files"
echo "| run | wall s | vs CPython ast.parse |"
echo "| --- | ---: | ---: |"
echo "| python3 ast.parse of the same files | $cpython | 1.00x |"
echo "| seqtrace trace --all, caches cold | $cold | $(ratio "$cold" "$cpython")x |"
echo "| seqtrace trace --all, caches warm | $warm | $(ratio "$warm" "$cpython")x |"
echo "cold: $(tail -1 "$work/cold.err")"
echo "warm: $(tail -1 "$work/warm.err")"

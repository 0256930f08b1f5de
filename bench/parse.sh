#!/usr/bin/env bash
# Times a whole `seqtrace parse` of Nova 12.0.0 against CPython's ast.parse over the same files.
# Usage: NOVA_REPO=/path/to/nova.git bench/parse.sh   (a clone or bare mirror with tags)
#        BENCH_FLAGS=1 ... also compares JVM flag sets for bin/seqtrace (C1/C2, Parallel/Serial/G1 GC)
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
seqtrace=$project/bin/seqtrace
ref=12.0.0
reps=3

if [[ -z ${NOVA_REPO:-} ]]; then
  if [[ -d /work/.mirror/openstack+nova/repo ]]; then
    NOVA_REPO=/work/.mirror/openstack+nova/repo
  else
    echo "bench/parse.sh: set NOVA_REPO to a clone of Nova with its tags," >&2
    echo "  e.g. git clone --mirror https://opendev.org/openstack/nova nova.git && NOVA_REPO=\$PWD/nova.git $0" >&2
    exit 2
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The files seqtrace parses by default: every .py under nova/ outside a tests directory.
git --git-dir "$NOVA_REPO" archive "$ref" nova | tar -x -C "$work"
(cd "$work" && find nova -name '*.py' -not -path '*/tests/*' | LC_ALL=C sort) > "$work/files.txt"
lines=$(cd "$work" && xargs cat < files.txt | wc -l)
echo "Nova $ref: $(wc -l < "$work/files.txt") non-test .py files, $lines lines; $reps runs each, interleaved"

cat > "$work/ast_parse.py" <<'PY'
import ast, sys
rejected = []
names = open(sys.argv[1]).read().split()
for name in names:
    with open(name, 'rb') as f:
        source = f.read()
    try:
        ast.parse(source, name)
    except SyntaxError as e:
        rejected.append(f"{name}:{e.lineno}")  # Liberty is Python 2; CPython 3 refuses some of it
print(f"{len(names)} files, {len(rejected)} rejected as Python 3 {' '.join(rejected[:5])}".rstrip(), file=sys.stderr)
PY

# Builds the jar now, if needed, so that no run below pays for it.
"$seqtrace" --version > /dev/null

# run NAME COMMAND...: appends "wall_seconds peak_rss_kb" to $work/NAME.times.
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%e %M' -o /dev/null true 2> /dev/null; then
  run() {
    local name=$1; shift
    /usr/bin/time -f '%e %M' -a -o "$work/$name.times" "$@" > "$work/$name.out" 2> "$work/$name.err"
  }
else
  # No GNU time: bash's clock, and no memory figure.
  run() {
    local name=$1; shift
    local start end
    start=$(date +%s.%N)
    "$@" > "$work/$name.out" 2> "$work/$name.err"
    end=$(date +%s.%N)
    echo "$(echo "$end - $start" | bc) 0" >> "$work/$name.times"
  }
fi

# name=SEQTRACE_JAVA_OPTS; the launcher's defaults are C1 only and ParallelGC.
flag_sets=()
if [[ ${BENCH_FLAGS:-} == 1 ]]; then
  flag_sets=("c2-parallel=-XX:TieredStopAtLevel=4" "c1-serial=-XX:+UseSerialGC"
    "c2-serial=-XX:TieredStopAtLevel=4 -XX:+UseSerialGC" "c1-g1=-XX:+UseG1GC")
fi

cache=$work/cache
for ((i = 1; i <= reps; i++)); do
  run seqtrace "$seqtrace" parse --repo "$NOVA_REPO" --ref "$ref" --no-cache
  (cd "$work" && run cpython python3 ast_parse.py files.txt)
  for set in "${flag_sets[@]}"; do
    SEQTRACE_JAVA_OPTS=${set#*=} run "${set%%=*}" "$seqtrace" parse --repo "$NOVA_REPO" --ref "$ref" --no-cache
  done
done
run cold "$seqtrace" parse --repo "$NOVA_REPO" --ref "$ref" --cache-dir "$cache"
for ((i = 1; i <= reps; i++)); do
  run warm "$seqtrace" parse --repo "$NOVA_REPO" --ref "$ref" --cache-dir "$cache"
done

median() { cut -d' ' -f"$2" "$work/$1.times" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
peak() { cut -d' ' -f2 "$work/$1.times" | sort -n | tail -1 | awk '{printf "%d", $1 / 1024}'; }

echo "seqtrace: $(head -1 "$work/seqtrace.out")"
echo "cpython:  $(cat "$work/cpython.err")"
py=$(median cpython 1)
printf '\n%-34s %10s %14s %12s\n' "run" "median s" "peak RSS MiB" "vs CPython"
for name in seqtrace cpython cold warm "${flag_sets[@]%%=*}"; do
  t=$(median "$name" 1)
  case $name in
    seqtrace) label="seqtrace parse --no-cache" ;;
    cpython) label="python3 ast.parse" ;;
    cold) label="seqtrace parse, cache cold (1 run)" ;;
    warm) label="seqtrace parse, cache warm" ;;
    *) label="  --no-cache, JVM $name" ;;
  esac
  printf '%-34s %10s %14s %11sx\n' "$label" "$t" "$(peak "$name")" "$(awk -v a="$t" -v b="$py" 'BEGIN {printf "%.2f", a / b}')"
done

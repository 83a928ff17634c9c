#!/usr/bin/env bash
# Measures frise's tagger and chrono-node's on the same 1 MB of French news
# text, and on the 43 KB of real news of the French TimeBank part, side by
# side, on this machine. The two take turns, ROUNDS times (default 3): on
# a shared machine one run of each can land on a busy and a quiet second,
# so the ratio given is the median of the rounds'. Run from the repository
# root:
#   bash timeline/bench.sh            # or ROUNDS=5 bash timeline/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
text=../shared/bench/bench_fr.txt
[ -f "$text" ] || { echo "bench: $text not found"; exit 1; }
if [ ! -d node_modules/chrono-node ]; then
  # Both packages: npm prunes what it is not told about.
  npm install --no-save --no-audit --no-fund chrono-node@2.10.3 echarts@5.5.1 >/dev/null
fi
news=../shared/eval/ftib_dev.jsonl
rounds=${ROUNDS:-3}
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go test -c -o "$bin/timeline.test" ./timeline
go test -c -o "$bin/tag.test" ./timeline/tag

# frise PKG BENCH PASSES: the benchmark's MB/s on one core.
frise() {
  (cd "$2" && "$bin/$1.test" -test.run '^$' -test.bench "$3" -test.benchtime "$4" -test.cpu 1) |
    awk '/^Benchmark/ { for (i = 1; i <= NF; i++) if ($(i+1) == "MB/s") print $i }'
}
chrono() { node timeline/bench_chrono.mjs "$@" | awk '{ print $(NF-1) }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for which in bench news; do
  [ "$which" = news ] && [ ! -f "$news" ] && continue
  ratios=()
  for r in $(seq "$rounds"); do
    if [ "$which" = bench ]; then
      f=$(frise tag timeline/tag 'TagResolve$' 20x)
      c=$(chrono "$text")
    else
      # The news is 43 KB: a pass takes a few milliseconds, so many more.
      f=$(frise tag timeline/tag 'TagResolveNews$' 100x)
      c=$(chrono "$news" "$text")
    fi
    ratio=$(awk -v f="$f" -v c="$c" 'BEGIN { printf "%.1f", f / c }')
    ratios+=("$ratio")
    echo "$which round $r: frise $f MB/s, chrono-node $c MB/s: ${ratio}x"
  done
  echo "== $which: frise / chrono-node, median of $rounds rounds: $(median "${ratios[@]}")x"
done

#!/usr/bin/env bash
# Measures frise's tagger and chrono-node's on the same 1 MB of French news
# text, and on the 43 KB of real news of the French TimeBank part, side by
# side, on this machine. Run from the repository root:
#   bash timeline/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
text=../shared/bench/bench_fr.txt
[ -f "$text" ] || { echo "bench: $text not found"; exit 1; }
if [ ! -d node_modules/chrono-node ]; then
  # Both packages: npm prunes what it is not told about.
  npm install --no-save --no-audit --no-fund chrono-node@2.10.3 echarts@5.5.1 >/dev/null
fi
news=../shared/eval/ftib_dev.jsonl
echo "== frise (one core): the benchmark file, then real news it has never read"
go test -run '^$' -bench 'TagResolve$' -benchtime 5x -cpu 1 ./timeline | grep Benchmark
# The news is 43 KB: a pass takes a few milliseconds, so many more.
go test -run '^$' -bench 'TagResolveNews$' -benchtime 100x -cpu 1 ./timeline/tag | grep Benchmark
echo "== chrono-node: the same"
node timeline/bench_chrono.mjs "$text"
[ -f "$news" ] && node timeline/bench_chrono.mjs "$news" "$text"

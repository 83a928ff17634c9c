// Runs chrono-node's French parser over a text, one line (or one JSONL
// article's "text") at a time as frise's benchmarks do, and prints its
// throughput, for bench.sh to set beside frise's. With a second file, that
// one is parsed first, untimed, so the JIT is warm as frise's tagger is.
// chrono-node comes from npm, installed by bench-tagger in a directory
// it names as CHRONO_DIR, never from the repository.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire((process.env.CHRONO_DIR || process.cwd()) + "/");
const chrono = require("chrono-node");

function texts(file) {
  const raw = readFileSync(file, "utf8").trim().split("\n");
  return file.endsWith(".jsonl") ? raw.map((l) => JSON.parse(l).text) : raw;
}

const lines = texts(process.argv[2]);
const ref = new Date("2022-01-05T00:00:00Z");
if (process.argv[3]) {
  for (const line of texts(process.argv[3])) chrono.fr.parse(line, ref);
}
const runs = 3;
let found = 0;
const t0 = process.hrtime.bigint();
for (let r = 0; r < runs; r++) {
  found = 0;
  for (const line of lines) {
    found += chrono.fr.parse(line, ref).length;
  }
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9 / runs;
const mb = lines.reduce((n, l) => n + Buffer.byteLength(l), 0) / 1e6;
console.log(`chrono-node ${mb.toFixed(2)} MB, ${found} phrases: ${(mb / secs).toFixed(2)} MB/s`);

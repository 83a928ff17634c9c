// Runs chrono-node's French parser over the benchmark text, one line at a
// time as frise's BenchmarkTagResolve does, and prints its throughput, for
// bench.sh to set beside frise's. chrono-node comes from npm
// (npm install --no-save chrono-node), never from the repository.
import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";

const file = process.argv[2];
const text = readFileSync(file, "utf8");
const lines = text.trim().split("\n");
const ref = new Date("2022-01-05T00:00:00Z");
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
const mb = Buffer.byteLength(text) / 1e6;
console.log(`chrono-node ${mb.toFixed(2)} MB, ${found} phrases: ${(mb / secs).toFixed(2)} MB/s`);

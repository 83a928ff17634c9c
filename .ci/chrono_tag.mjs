// chrono-node as a command, the way frise tag --jsonl is one: reads JSONL
// articles ({"id","date","text"}) from a file, parses each text with
// chrono-node's French parser against the article's date, and writes one
// JSONL line per article with the phrases found. bench-commands times it
// beside frise as a whole process. chrono-node comes from npm into a
// directory given as CHRONO_DIR (never the repository).
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire((process.env.CHRONO_DIR || process.cwd()) + "/");
const chrono = require("chrono-node");

const rl = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
const out = [];
let size = 0;
for await (const line of rl) {
  if (!line.trim()) continue;
  const a = JSON.parse(line);
  const found = chrono.fr.parse(a.text, new Date(a.date));
  const s = JSON.stringify({
    id: a.id,
    mentions: found.map((r) => ({ span: [r.index, r.index + r.text.length], text: r.text, value: r.start.date().toISOString() })),
  });
  out.push(s);
  size += s.length;
  if (size > 1 << 18) {
    process.stdout.write(out.join("\n") + "\n");
    out.length = 0;
    size = 0;
  }
}
if (out.length) process.stdout.write(out.join("\n") + "\n");

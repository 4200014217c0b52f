#!/usr/bin/env bash
# Validates a large JSON Lines file (recorded LLM tool calls) against a realistic schema,
# with schemata and with Ajv (the widely used JavaScript validator, from npm), in one run.
#
#   benches/validate_jsonl.sh [LINES]     (default 1000000)
#
# Both read the file line by line, parse each line and validate it, and count the invalid
# ones (about 1% are invalid). Prints instances per second for each. Needs python3, node and
# npm (Ajv is installed into a temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
bin=$PWD/target/release/schemata

cat > "$work/schema.json" <<'JSON'
{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "A recorded tool call",
  "type": "object",
  "additionalProperties": false,
  "required": ["id", "model", "created", "tool", "arguments", "usage"],
  "properties": {
    "id": { "type": "string", "pattern": "^call_[A-Za-z0-9]{8,}$" },
    "model": { "enum": ["gpt-4.1", "claude-sonnet", "gemini-2.5-pro"] },
    "created": { "type": "integer", "minimum": 0 },
    "tool": { "enum": ["search_flights", "book_hotel", "get_weather"] },
    "arguments": {
      "type": "object",
      "additionalProperties": false,
      "required": ["query", "limit"],
      "properties": {
        "query": { "type": "string", "minLength": 1, "maxLength": 200 },
        "limit": { "type": "integer", "minimum": 1, "maximum": 50 },
        "filters": {
          "type": "array",
          "maxItems": 5,
          "items": {
            "type": "object",
            "required": ["field", "op", "value"],
            "properties": {
              "field": { "type": "string" },
              "op": { "enum": ["eq", "lt", "gt", "in"] },
              "value": { "type": ["string", "number", "boolean"] }
            }
          }
        }
      }
    },
    "usage": {
      "type": "object",
      "required": ["input_tokens", "output_tokens"],
      "properties": {
        "input_tokens": { "type": "integer", "minimum": 0 },
        "output_tokens": { "type": "integer", "minimum": 0 }
      }
    }
  }
}
JSON

python3 - "$work/calls.jsonl" "$lines" <<'PY'
import json, random, sys
path, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
with open(path, "w") as f:
    for i in range(n):
        call = {
            "id": "call_%08x" % rng.getrandbits(40),
            "model": rng.choice(["gpt-4.1", "claude-sonnet", "gemini-2.5-pro"]),
            "created": 1_760_000_000 + i,
            "tool": rng.choice(["search_flights", "book_hotel", "get_weather"]),
            "arguments": {
                "query": "flights from %s to %s" % (rng.choice(["LHR", "CDG", "JFK"]), rng.choice(["SFO", "NRT", "SYD"])),
                "limit": rng.randint(1, 50),
                "filters": [{"field": "price", "op": "lt", "value": rng.randint(100, 900)}] * rng.randint(0, 3),
            },
            "usage": {"input_tokens": rng.randint(10, 4000), "output_tokens": rng.randint(1, 800)},
        }
        if i % 100 == 99:  # about 1% invalid, in varied ways
            kind = (i // 100) % 3
            if kind == 0:
                call["arguments"]["limit"] = 0
            elif kind == 1:
                call["model"] = "unknown-model"
            else:
                del call["usage"]
        f.write(json.dumps(call) + "\n")
PY
echo "file: $(wc -l < "$work/calls.jsonl") lines, $(du -h "$work/calls.jsonl" | cut -f1)"

(cd "$work" && npm init -y >/dev/null 2>&1 && npm install --silent --no-audit --no-fund ajv@8 >/dev/null 2>&1)
cat > "$work/ajv-validate.js" <<'JS'
// Ajv, the usual way: compile once, then parse and validate each line.
const fs = require("fs");
const readline = require("readline");
const Ajv = require("ajv");
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
let total = 0, invalid = 0;
const rl = readline.createInterface({ input: fs.createReadStream(process.argv[3]), crlfDelay: Infinity });
rl.on("line", (line) => {
  if (!line.trim()) return;
  total++;
  let doc;
  try { doc = JSON.parse(line); } catch (e) { invalid++; return; }
  if (!validate(doc)) invalid++;
});
rl.on("close", () => console.log(`${total} instances, ${invalid} invalid`));
JS

now() { date +%s.%N; }
t0=$(now)
ours=$("$bin" validate --schema "$work/schema.json" "$work/calls.jsonl" --max-errors 0 | tail -n 1 || true)
t1=$(now)
theirs=$(node "$work/ajv-validate.js" "$work/schema.json" "$work/calls.jsonl")
t2=$(now)
rate() { awk "BEGIN { printf \"%.0f\", $lines / ($2 - $1) }"; }
echo "schemata: $ours"
echo "ajv:      $theirs"
printf 'schemata validate: %6.2f s  %9s instances/s\n' "$(awk "BEGIN{print $t1-$t0}")" "$(rate "$t0" "$t1")"
printf 'ajv 8 (node):      %6.2f s  %9s instances/s\n' "$(awk "BEGIN{print $t2-$t1}")" "$(rate "$t1" "$t2")"

#!/usr/bin/env bash
# Benchmark: diff a generated registry of ~50 .proto files (~500 messages, imports across
# files and packages) between two commits of realistic edits, as `schemata diff --from
# HEAD~1 --to HEAD` does for a pull request.
# Usage: benches/protobuf_large.sh [runs]   (needs python3 and git; builds schemata in release mode)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/gen_protobuf.py "$work/registry"
cargo build --release --quiet
bin=$(pwd)/target/release/schemata
cd "$work/registry"
"$bin" diff --from HEAD~1 --to HEAD --format json > "$work/out.json"
python3 - "$bin" "$work" "$runs" <<'PY'
import json, subprocess, sys, time, statistics
bin, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
report = json.load(open(f"{work}/out.json"))
schemas = report["schemas"]
changes = [c for s in schemas for c in (s.get("changes") or [])]
print(f"schemas changed: {len(schemas)}, changes: {len(changes)}, breaking: {sum(bool(c.get('breaking')) for c in changes)}")
for label, extra in [("diff --from HEAD~1 --to HEAD (witnesses)", []), ("… --no-witness", ["--no-witness"])]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([bin, "diff", "--from", "HEAD~1", "--to", "HEAD", "--format", "json", *extra], stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t) * 1000)
    print(f"{label}: median {statistics.median(times):.0f} ms, min {min(times):.0f} ms over {runs} runs")
PY

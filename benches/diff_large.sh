#!/usr/bin/env bash
# Benchmark: diff two ~5 MB schemas (~10,000 properties, deep $defs).
# Usage: benches/diff_large.sh [runs]   (needs python3; builds schemata in release mode)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/gen_large_schema.py "$work"
cargo build --release --quiet
bin=target/release/schemata
"$bin" diff "$work/old.json" "$work/new.json" --format json > "$work/out.json"
python3 - "$bin" "$work" "$runs" <<'PY'
import json, subprocess, sys, time, statistics
bin, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
report = json.load(open(f"{work}/out.json"))
print(f"changes: {len(report['changes'])}, breaking: {sum(c['breaking'] for c in report['changes'])}, witnesses: {sum('witness' in c for c in report['changes'])}")
for label, extra in [("diff (with witnesses)", []), ("diff --no-witness", ["--no-witness"])]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([bin, "diff", f"{work}/old.json", f"{work}/new.json", "--format", "json", *extra], stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t) * 1000)
    print(f"{label}: median {statistics.median(times):.0f} ms, min {min(times):.0f} ms over {runs} runs")
PY

#!/usr/bin/env bash
# Benchmark: diff two versions of a large generated Avro schema (~2,000 fields in nested
# records, shared named types, unions, enums, logical types; a release's worth of edits).
# Usage: benches/avro_large.sh [runs] [fields]   (needs python3; builds schemata in release mode)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
fields=${2:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/gen_large_avsc.py "$work" "$fields"
cargo build --release --quiet
bin=target/release/schemata
"$bin" diff "$work/old.avsc" "$work/new.avsc" --format json > "$work/out.json"
python3 - "$bin" "$work" "$runs" <<'PY'
import json, subprocess, sys, time, statistics, os
bin, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
report = json.load(open(f"{work}/out.json"))
size = os.path.getsize(f"{work}/new.avsc")
print(f"new.avsc: {size // 1024} KiB; changes: {len(report['changes'])}, breaking: {sum(c['breaking'] for c in report['changes'])}, witnesses: {sum('witness' in c for c in report['changes'])}")
for label, extra in [("diff (with witnesses)", []), ("diff --no-witness", ["--no-witness"])]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([bin, "diff", f"{work}/old.avsc", f"{work}/new.avsc", "--format", "json", *extra], stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t) * 1000)
    print(f"{label}: median {statistics.median(times):.0f} ms, min {min(times):.0f} ms over {runs} runs")
PY

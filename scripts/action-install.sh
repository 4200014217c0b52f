#!/usr/bin/env bash
# action.yml's install step: puts on PATH the released schemata binary matching the action's
# own version (the `version` of its Cargo.toml), verified by its SHA-256 (scripts/install.sh).
# Only when no release archive exists for that version and this runner does it build from
# the action's source with `cargo install --locked` (minutes instead of seconds).
set -euo pipefail
action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
version=$(sed -n 's/^version = "\([^"]*\)".*/\1/p' "$action_path/Cargo.toml" | head -n 1)
[ -n "$version" ] || { echo "::error title=schemata::cannot read the version from $action_path/Cargo.toml"; exit 2; }
root="${RUNNER_TOOL_CACHE:-${HOME:-.}/.cache}/schemata/$version"
bin="$root/bin"

on_path() {
  if [ -n "${GITHUB_PATH:-}" ]; then
    echo "$bin" >> "$GITHUB_PATH"
  fi
  echo "schemata $version: $bin"
}

if [ -x "$bin/schemata" ] && [ "$("$bin/schemata" --version 2>/dev/null)" = "schemata $version" ]; then
  echo "schemata $version is already installed"
  on_path
  exit 0
fi
code=0
bash "$action_path/scripts/install.sh" --version "$version" --to "$bin" || code=$?
case "$code" in
  0) ;;
  3)
    echo "::notice title=schemata::no release binary of schemata $version for this runner; building it from source (cargo install --locked)"
    cargo install --locked --path "$action_path" --root "$root"
    ;;
  *)
    echo "::error title=schemata::installing the schemata $version release failed (exit $code)"
    exit "$code"
    ;;
esac
on_path

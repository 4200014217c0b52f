#!/usr/bin/env bash
# The binary pre-commit hooks (`schemata-check-binary`, `schemata-validate-binary`): run the
# released schemata binary matching this hook repository's version, downloaded once into
# pre-commit's cache and verified by its SHA-256 (scripts/install.sh), instead of compiling
# schemata as the `language: rust` hooks do. A `schemata` of the same version already on
# PATH is used as is. Arguments are schemata's (e.g. `check --staged`).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's/^version = "\([^"]*\)".*/\1/p' "$here/Cargo.toml" | head -n 1)
cache="${PRE_COMMIT_HOME:-${XDG_CACHE_HOME:-${HOME:-.}/.cache}/pre-commit}/schemata-$version"
exe=schemata
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) exe=schemata.exe ;; esac

if command -v schemata >/dev/null 2>&1 && [ "$(schemata --version 2>/dev/null)" = "schemata $version" ]; then
  exec schemata "$@"
fi
if [ ! -x "$cache/$exe" ]; then
  code=0
  bash "$here/scripts/install.sh" --version "$version" --to "$cache" >&2 || code=$?
  if [ "$code" -ne 0 ]; then
    if [ "$code" -eq 3 ]; then
      echo "schemata: no release binary of $version for this machine; use the schemata-check hook (it builds from source) or install schemata $version on PATH" >&2
    fi
    exit 2
  fi
fi
exec "$cache/$exe" "$@"

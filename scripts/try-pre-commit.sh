#!/usr/bin/env bash
# Tries .pre-commit-hooks.yaml for real: installs the pre-commit framework from PyPI into a
# virtual environment, makes a scratch git repository with schemas, and runs this
# repository's hooks there through `pre-commit try-repo` (which builds schemata with cargo,
# as pre-commit's rust language does for every user). CI runs it; so can you.
#
#   scripts/try-pre-commit.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet pre-commit
precommit="$work/venv/bin/pre-commit"
export PRE_COMMIT_HOME="$work/cache"
# pre-commit builds the hook with `cargo install`; share a target folder and skip
# optimisation so the build is as fast as a debug build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$here/target}/pre-commit"
export CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_DEBUG=false
# A scratch HOME keeps the user's git config out; cargo and rustup keep theirs.
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export GIT_CONFIG_NOSYSTEM=1 HOME="$work/home"
mkdir -p "$HOME"
git config --global user.name "pre-commit try" && git config --global user.email "try@example.com"
git config --global init.defaultBranch main

repo="$work/registry"
git init -q "$repo"
cd "$repo"
mkdir -p schemas
echo '{"type": "object", "properties": {"status": {"enum": ["new", "paid"]}}}' > schemas/order.json
git add -A && git commit -qm "first"

fail() { echo "try-pre-commit: $*" >&2; exit 1; }

# A compatible change passes the hook.
echo '{"type": "object", "properties": {"status": {"enum": ["new", "paid", "void"]}}}' > schemas/order.json
git add schemas/order.json
"$precommit" try-repo "$here" schemata-check --files schemas/order.json >"$work/ok.log" 2>&1 \
  || { cat "$work/ok.log"; fail "a compatible change was rejected"; }
grep -q "Passed" "$work/ok.log" || { cat "$work/ok.log"; fail "the hook did not report Passed"; }

# A breaking change fails it, and says why.
echo '{"type": "object", "properties": {"status": {"enum": ["new"]}}}' > schemas/order.json
git add schemas/order.json
if "$precommit" try-repo "$here" schemata-check --files schemas/order.json >"$work/bad.log" 2>&1; then
  cat "$work/bad.log"; fail "a breaking change passed"
fi
grep -q "enum-value-removed" "$work/bad.log" || { cat "$work/bad.log"; fail "the failure does not name the rule"; }

# The validate hook, on a valid and an invalid schema.
if "$CARGO_TARGET_DIR/../debug/schemata" validate --help >/dev/null 2>&1 || schemata validate --help >/dev/null 2>&1; then
  "$precommit" try-repo "$here" schemata-validate --files schemas/order.json >"$work/val.log" 2>&1 \
    || { cat "$work/val.log"; fail "a valid schema was rejected"; }
  echo '{"type": "objekt"}' > schemas/bad.json
  git add schemas/bad.json
  if "$precommit" try-repo "$here" schemata-validate --files schemas/bad.json >"$work/val-bad.log" 2>&1; then
    cat "$work/val-bad.log"; fail "an invalid schema passed"
  fi
  echo "pre-commit hooks: schemata-validate passed a valid schema and rejected an invalid one"
fi
echo "pre-commit hooks: schemata-check passed a compatible change and rejected a breaking one"

# The binary hook, fed a release folder made from the schemata just built (file://, so
# nothing is downloaded): it installs that release into pre-commit's cache and runs it.
built="${CARGO_TARGET_DIR}/../debug/schemata"
[ -x "$built" ] || built="$here/target/debug/schemata"
if [ -x "$built" ]; then
  version=$(sed -n 's/^version = "\([^"]*\)".*/\1/p' "$here/Cargo.toml" | head -n 1)
  case "$(uname -m)" in
    x86_64|amd64) target=x86_64-unknown-linux-musl ;;
    *) target=aarch64-unknown-linux-gnu ;;
  esac
  bash "$here/scripts/package-release.sh" "$built" "$target" "$version" "$work/releases/v$version" >/dev/null
  export SCHEMATA_RELEASE_URL="file://$work/releases"
  git rm -q --cached --ignore-unmatch schemas/bad.json && rm -f schemas/bad.json
  echo '{"type": "object", "properties": {"status": {"enum": ["new"]}}}' > schemas/order.json
  git add schemas/order.json
  if "$precommit" try-repo "$here" schemata-check-binary --files schemas/order.json >"$work/bin.log" 2>&1; then
    cat "$work/bin.log"; fail "the binary hook passed a breaking change"
  fi
  grep -q "enum-value-removed" "$work/bin.log" || { cat "$work/bin.log"; fail "the binary hook does not name the rule"; }
  [ -x "$PRE_COMMIT_HOME/schemata-$version/schemata" ] || fail "the binary hook did not install the release into pre-commit's cache"
  echo "pre-commit hooks: schemata-check-binary installed the release binary and rejected a breaking change"
fi

#!/usr/bin/env bash
# The logic of action.yml, kept in a script so it can be run and tested outside GitHub.
#
# Runs `schemata check` once, writing the JSON report and the Markdown report to files and
# printing INPUT_FORMAT (default: github annotations) to the log; appends the Markdown to
# $GITHUB_STEP_SUMMARY; sets the outputs result, breaking and report-json in $GITHUB_OUTPUT;
# optionally posts or updates one pull-request comment; exits with check's exit code.
set -uo pipefail

out_dir="${RUNNER_TEMP:-$(mktemp -d)}"
json="$out_dir/schemata-report.json"
md="$out_dir/schemata-report.md"
rm -f "$json" "$md"

if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = "true" ]; then
  echo "::warning title=schemata::This is a shallow clone, so the base revision may be missing. Use actions/checkout with 'fetch-depth: 0'."
fi

args=()
if [ -n "${INPUT_CONFIG:-}" ]; then
  args+=(--config "$INPUT_CONFIG")
fi
args+=(check --format "${INPUT_FORMAT:-github}" --fail-on "${INPUT_FAIL_ON:-breaking}"
  --output "json=$json" --output "markdown=$md")
against="${INPUT_AGAINST:-}"
if [ -z "$against" ] && [ -n "${GITHUB_BASE_REF:-}" ]; then
  # A pull request: compare with the merge-base of its base branch.
  if base=$(git merge-base HEAD "origin/$GITHUB_BASE_REF" 2>/dev/null); then
    against="$base"
  fi
fi
if [ -z "$against" ] && [ "${GITHUB_EVENT_NAME:-}" = "push" ] && [ -n "${GITHUB_EVENT_PATH:-}" ]; then
  # A push: compare with the commit the branch pointed at before it.
  before=$(python3 -c 'import json,os; print(json.load(open(os.environ["GITHUB_EVENT_PATH"])).get("before") or "")' 2>/dev/null || true)
  if [ -n "$before" ] && [ "$before" != "0000000000000000000000000000000000000000" ] \
    && git cat-file -e "$before^{commit}" 2>/dev/null; then
    against="$before"
  fi
fi
if [ -n "$against" ]; then
  args+=(--against "$against")
fi

schemata "${args[@]}"
code=$?

case "$code" in
  0) result=passed ;;
  1) result=failed ;;
  *) result=error ;;
esac
breaking=0
if [ -f "$json" ]; then
  # The summary's count is the only numeric "breaking" in the report.
  breaking=$(grep -o '"breaking": [0-9][0-9]*' "$json" | tail -n 1 | grep -o '[0-9][0-9]*' || echo 0)
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "result=$result"
    echo "breaking=$breaking"
    echo "report-json=$json"
  } >> "$GITHUB_OUTPUT"
fi
if [ -f "$md" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat "$md" >> "$GITHUB_STEP_SUMMARY"
fi

# One pull-request comment, found again by its hidden marker and updated in place.
if [ -n "${INPUT_GITHUB_TOKEN:-}" ] && [ "${INPUT_COMMENT:-true}" = "true" ] && [ -f "$md" ] \
  && [[ "${GITHUB_EVENT_NAME:-}" == pull_request* ]]; then
  pr=$(python3 -c 'import json,os; print(json.load(open(os.environ["GITHUB_EVENT_PATH"]))["pull_request"]["number"])' 2>/dev/null || true)
  if [ -n "$pr" ]; then
    api="${GITHUB_API_URL:-https://api.github.com}/repos/$GITHUB_REPOSITORY/issues"
    auth=(-H "Authorization: Bearer $INPUT_GITHUB_TOKEN" -H "Accept: application/vnd.github+json")
    body=$(python3 -c 'import json,sys; print(json.dumps({"body": open(sys.argv[1]).read()}))' "$md")
    existing=$(curl -fsS "${auth[@]}" "$api/$pr/comments?per_page=100" 2>/dev/null \
      | python3 -c 'import json,sys
for c in json.load(sys.stdin):
    if "<!-- schemata-report -->" in (c.get("body") or ""):
        print(c["id"]); break' 2>/dev/null || true)
    if [ -n "$existing" ]; then
      curl -fsS -X PATCH "${auth[@]}" "$api/comments/$existing" -d "$body" >/dev/null \
        || echo "::warning title=schemata::could not update the pull-request comment"
    else
      curl -fsS -X POST "${auth[@]}" "$api/$pr/comments" -d "$body" >/dev/null \
        || echo "::warning title=schemata::could not post the pull-request comment"
    fi
  fi
fi
exit "$code"

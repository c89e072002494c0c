#!/bin/sh
# provenance pre-commit hook: gate the drafts staged in this commit against the sourcing policy.
#
# Install:   cp docs/pre-commit-hook.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
# Settings:  PROVENANCE_DRAFTS  folder holding drafts (default: drafts)
#            PROVENANCE_POLICY  policy file (default: the shipped rules/policy.yaml)
#            PROVENANCE_FAIL_ON error (default) or warning
# Skip once: git commit --no-verify
#
# It checks the working-tree copy of each staged draft (.txt, .html, .htm, .jsonl): stage the
# version you mean to publish. Exit codes as the gate's: 0 pass, 1 findings, 2 bad input or policy.
set -u

drafts=${PROVENANCE_DRAFTS:-drafts}
staged=$(mktemp) || exit 2
trap 'rm -f "$staged"' EXIT

git diff --cached --name-only --diff-filter=ACMR -z -- \
    "$drafts/*.txt" "$drafts/*.html" "$drafts/*.htm" "$drafts/*.jsonl" >"$staged" || exit 2
[ -s "$staged" ] || exit 0   # no drafts in this commit

set -- --fail-on "${PROVENANCE_FAIL_ON:-error}"
[ -n "${PROVENANCE_POLICY:-}" ] && set -- "$@" --policy "$PROVENANCE_POLICY"

# xargs -0 keeps file names with spaces or Arabic letters whole; its own status is 123 when the gate fails.
xargs -0 provenance gate "$@" <"$staged"
status=$?
if [ "$status" -ne 0 ]; then
    echo "pre-commit: provenance gate found problems above; fix the drafts, or commit with --no-verify" >&2
    exit 1
fi

#!/usr/bin/env bash
# .pre-commit-hooks.yaml with Debian's pre-commit on a scratch repository (no
# network): the hooks repository is a local git copy of the hooks file, the
# scratch repository commits a cdkpp.yaml, and `git commit` runs the hooks.
set -uo pipefail
: "${CDKPP_BIN:?}" "${CDKPP_SOURCE_DIR:?}"
command -v pre-commit >/dev/null || { echo "FAIL: pre-commit is not installed (scripts/dev.sh installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$(dirname "$CDKPP_BIN"):$PATH" PRE_COMMIT_HOME="$work/cache"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
passes=0 failures=0
expect() {  # expect NAME CONDITION-EXIT-STATUS [DETAIL]
  if [[ $2 == 0 ]]; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAIL $1: ${3:-}"; fi
}

hooks="$work/hooks"
git init -q "$hooks"
cp "$CDKPP_SOURCE_DIR/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" add . && git -C "$hooks" commit -qm hooks
rev=$(git -C "$hooks" rev-parse HEAD)

repo="$work/infra"
git init -q "$repo"
cd "$repo"
cdkpp synth -q -c "$CDKPP_SOURCE_DIR/examples/pipeline.yaml" -o deployed >/dev/null
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: cdkpp-validate
      - id: cdkpp-diff
        args: [--synth, deployed/DmsMysqlKinesisCloudwatch1Stack.template.json, --fail-on, "security,replacement"]
YAML
pre-commit install >/dev/null
cp "$CDKPP_SOURCE_DIR/examples/pipeline.yaml" cdkpp.yaml
git add -A
out=$(git commit -qm "the deployed config" 2>&1); expect "clean config commits" $? "$out"
grep -q "cdkpp validate.*Passed" <<<"$out"; expect "validate hook ran" $? "$out"
grep -q "cdkpp diff.*Passed" <<<"$out"; expect "diff hook ran" $? "$out"

sed -i -E 's/shardCount: [^ ]+/shardCount: 2/' cdkpp.yaml
grep -q 'shardCount: 2' cdkpp.yaml; expect "the config changed" $?
git add cdkpp.yaml
out=$(git commit -qm "more shards: an in-place update" 2>&1); expect "an update commits" $? "$out"

sed -i 's|0.0.0.0/0|10.0.0.0/8|' cdkpp.yaml
git add cdkpp.yaml
out=$(git commit -qm "narrower ingress: a security change" 2>&1)
[[ $? != 0 ]]; expect "a security change is refused by cdkpp-diff" $? "$out"
grep -q "cdkpp diff.*Failed" <<<"$out"; expect "diff hook failed" $? "$out"
git checkout -q -- cdkpp.yaml 2>/dev/null; git reset -q --hard

# A bare config is private; the seed's public posture without its suppressions is not.
printf 'stacks: [{name: Demo, database: {publiclyAccessible: true, allowedCidrs: [0.0.0.0/0]}}]\n' > cdkpp.yaml
git add cdkpp.yaml
out=$(git commit -qm "a public database without suppressions" 2>&1)
[[ $? != 0 ]]; expect "validation errors are refused" $? "$out"
grep -q "cdkpp validate.*Failed" <<<"$out" && grep -q "CDKPP-SEC-003" <<<"$out"; expect "validate output shown" $? "$out"

echo "$passes passed, $failures failed"
((failures == 0))

#!/usr/bin/env bash
# cdkpp init end to end: exit codes, no overwrite without --force, and every
# template synthesizes to a template cfn-lint accepts without findings.
set -euo pipefail
: "${CDKPP_BIN:?}" "${CDKPP_SOURCE_DIR:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() { echo "FAIL: $*" >&2; exit 1; }

"$CDKPP_BIN" init -q || fail "init in an empty directory"
cmp cdkpp.yaml "$CDKPP_SOURCE_DIR/templates/default/cdkpp.yaml" || fail "default template bytes"
# Editors find the schema through the config's first line.
"$CDKPP_BIN" schema > printed.schema.json
cmp cdkpp.schema.json printed.schema.json || fail "cdkpp.schema.json differs from cdkpp schema"
[ "$(head -n 1 cdkpp.yaml)" = '# yaml-language-server: $schema=./cdkpp.schema.json' ] ||
  fail "the config does not name its schema on line 1"

echo "# mine" > cdkpp.yaml
set +e
"$CDKPP_BIN" init 2> err.txt
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "overwrite without --force: exit $rc, expected 2"
grep -q "already exists; use --force" err.txt || fail "overwrite message: $(cat err.txt)"
[ "$(cat cdkpp.yaml)" = "# mine" ] || fail "existing file was changed"
"$CDKPP_BIN" init -q --force || fail "init --force"
cmp -s cdkpp.yaml "$CDKPP_SOURCE_DIR/templates/default/cdkpp.yaml" || fail "--force did not write"

set +e
"$CDKPP_BIN" init --template nope sub 2> err.txt
rc=$?
set -e
[ "$rc" -eq 2 ] || fail "unknown template: exit $rc, expected 2"
[ ! -e sub ] || fail "unknown template created the directory"

# Every directory under templates/ is offered, so the loop below covers them all.
listed=$("$CDKPP_BIN" init --list | sort | tr '\n' ' ')
shipped=$(cd "$CDKPP_SOURCE_DIR/templates" && ls -d -- */ | tr -d / | sort | tr '\n' ' ')
[ -n "$listed" ] && [ "$listed" = "$shipped" ] || fail "init --list: '$listed', templates/: '$shipped'"
for name in $("$CDKPP_BIN" init --list); do
  "$CDKPP_BIN" init -q --template "$name" "t-$name" || fail "init --template $name"
  "$CDKPP_BIN" synth -q -c "t-$name/cdkpp.yaml" -o "t-$name/cdk.out" || fail "synth of $name"
  cfn-lint "t-$name"/cdk.out/*.template.json || fail "cfn-lint findings in template $name"
done
echo "init_test: ok"

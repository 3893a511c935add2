#!/usr/bin/env bash
# Regenerates the golden template of the example from examples/pipeline.yaml.
# Review every line of the resulting `git diff tests/testdata/golden` before
# committing: the golden file is what the tests hold the synthesizer to.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${CDKPP_BIN:-$root/build/cdkpp}
out=$(mktemp -d)
"$bin" -q synth -c "$root/examples/pipeline.yaml" -o "$out"
cp "$out/DmsMysqlKinesisCloudwatch1Stack.template.json" "$out/manifest.json" "$root/tests/testdata/golden/"
rm -rf "$out"
git -C "$root" --no-pager diff --stat -- tests/testdata/golden || true
echo "Golden files updated; review: git diff tests/testdata/golden"

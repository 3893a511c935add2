#!/usr/bin/env bash
# Regenerates the golden templates: examples/pipeline.yaml's in
# tests/testdata/golden/, every other examples/<name>.yaml's in
# tests/testdata/golden/<name>/.
# Review every line of the resulting `git diff tests/testdata/golden` before
# committing: the golden file is what the tests hold the synthesizer to.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${CDKPP_BIN:-$root/build/cdkpp}
out=$(mktemp -d)
"$bin" -q synth -c "$root/examples/pipeline.yaml" -o "$out"
cp "$out/DmsMysqlKinesisCloudwatch1Stack.template.json" "$out/manifest.json" "$root/tests/testdata/golden/"
rm -rf "$out"
for config in "$root"/examples/*.yaml; do
  name=$(basename "$config" .yaml)
  [ "$name" = pipeline ] && continue
  out=$(mktemp -d)
  "$bin" -q synth -c "$config" -o "$out"
  rm -rf "$root/tests/testdata/golden/$name"
  mkdir -p "$root/tests/testdata/golden/$name"
  cp "$out"/*.json "$root/tests/testdata/golden/$name/"
  rm -rf "$out"
done
git -C "$root" --no-pager diff --stat -- tests/testdata/golden || true
echo "Golden files updated; review: git diff tests/testdata/golden"

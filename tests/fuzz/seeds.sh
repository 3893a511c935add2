#!/usr/bin/env bash
# Writes the seed corpus of one fuzz target into DIR, from files the
# repository already has: configs for the config targets, templates for the
# template target, and OLD\0NEW pairs of templates for the diff target.
#   bash tests/fuzz/seeds.sh TARGET DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
target=$1
dir=$2
mkdir -p "$dir"
shopt -s nullglob
n=0
seed() {  # seed FILE...: one seed, the files joined by NUL bytes
  n=$((n + 1))
  local out="$dir/seed-$(printf %03d $n)" first=1
  : >"$out"
  for f in "$@"; do
    ((first)) || printf '\0' >>"$out"
    first=0
    cat "$f" >>"$out"
  done
}
case "$target" in
  fuzz_config_yaml)
    for f in "$root"/examples/*.yaml "$root"/templates/*/cdkpp.yaml \
             "$root"/tests/testdata/config/*.yaml "$root"/tests/testdata/synth/*.yaml \
             "$root"/tests/deploy/configs/*.yaml; do seed "$f"; done ;;
  fuzz_config_json)
    for f in "$root"/tests/testdata/config/*.json; do seed "$f"; done ;;
  fuzz_template_validate)
    for f in "$root"/tests/testdata/validate/corpus/* "$root"/tests/testdata/golden/*.template.json \
             "$root"/tests/testdata/diff/*/*.json "$root"/tests/testdata/diff/*/*.yaml; do
      seed "$f"
    done ;;
  fuzz_diff)
    pipeline="$root/tests/testdata/diff/pipeline"
    for f in "$pipeline"/*.yaml; do seed "$pipeline/base.yaml" "$f"; done
    seed "$root"/tests/testdata/diff/aws-cdk/v1.template.json \
         "$root"/tests/testdata/diff/aws-cdk/v2.template.json
    # JSON pairs of the same text (LoadTemplatePair steps over each resource).
    for f in "$root"/tests/testdata/golden/*.template.json "$root"/tests/testdata/golden/*/*.template.json; do
      seed "$f" "$f"
    done
    for f in "$root"/tests/testdata/diff/malformed/*.{json,yaml}; do seed "$f" "$pipeline/base.yaml"; done ;;
  fuzz_yaml_subset)
    for f in "$root"/examples/*.yaml "$root"/tests/input/yaml_subset_corpus/*.yaml \
             "$root"/tests/testdata/diff/*/*.yaml "$root"/tests/testdata/cfn-lint/good/*/*.yaml; do
      seed "$f"
    done ;;
  *) echo "unknown fuzz target: $target" >&2; exit 2 ;;
esac
echo "$n seeds in $dir"

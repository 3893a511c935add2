#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS on a fresh copy of its seed corpus.
#   bash tests/fuzz/run.sh BUILD_DIR TARGET SECONDS [libFuzzer flags...]
# BUILD_DIR is a build configured with -DCDKPP_FUZZ=ON (clang). New inputs
# go to BUILD_DIR/fuzz/TARGET/corpus (kept between runs), crashes to
# BUILD_DIR/fuzz/TARGET/crash-* (replay one: BUILD_DIR/tests/fuzz/TARGET FILE).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
target=$2
seconds=$3
shift 3
work="$build/fuzz/$target"
mkdir -p "$work/corpus"
rm -rf "$work/seeds"
bash "$here/seeds.sh" "$target" "$work/seeds" >/dev/null
# -timeout: one input may not take more than 10 s (a hang is a finding too);
# -rss_limit_mb: nor 2 GB of memory.
exec "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$work/" "$@" "$work/corpus" "$work/seeds"

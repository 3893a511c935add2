#!/usr/bin/env bash
# Proves that clang accepts every translation unit the clang fuzz build does
# not compile: the unit tests and the CLI (g++ builds them; the fuzz build
# compiles the library and the fuzz targets with clang). Syntax and semantic
# analysis only (-fsyntax-only), so it costs a parse per file, not a build.
#   bash tests/clang/syntax_check.sh [jobs]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
jobs=${1:-$(nproc 2>/dev/null || echo 2)}
command -v clang++ >/dev/null || { echo "error: clang++ not found" >&2; exit 2; }
export CLANG_FLAGS="-fsyntax-only -std=c++20 -Wall -Wextra -Wno-unused-parameter -DFMT_HEADER_ONLY=1
  -DCDKPP_VERSION=\"0\" -DCDKPP_SOURCE_DIR=\"$root\" -Iinclude -Isrc -Itests"
files=$( (find tests -name '*.cc' -not -path 'tests/fuzz/*'; ls src/cli/*.cc) | LC_ALL=C sort)
count=$(wc -l <<<"$files")
# xargs exits non-zero when any clang run fails; every error is printed.
if xargs -P "$jobs" -I{} sh -c 'clang++ $CLANG_FLAGS "$1" || { echo "clang rejects $1" >&2; exit 1; }' _ {} <<<"$files"; then
  echo "clang++ accepts all $count test and CLI sources"
else
  exit 1
fi

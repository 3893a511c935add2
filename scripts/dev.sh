#!/usr/bin/env bash
# The README's two commands:
#   bash scripts/dev.sh example   install what is missing, build, synthesize the default example
#   bash scripts/dev.sh test      install what is missing, build, run every test (what CI runs)
# Run as root on Debian 12. Debian packages are installed only when missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=${1:-}
case "$mode" in
  example|test) ;;
  *) echo "usage: bash scripts/dev.sh example|test" >&2; exit 2 ;;
esac

# Build tools and the libraries cdkpp finds with find_package.
packages=(g++ cmake make python3 nlohmann-json3-dev libcli11-dev libfmt-dev libspdlog-dev
          libgtest-dev libyaml-dev pkg-config libbenchmark-dev clang libclang-rt-14-dev lld dpkg-dev graphviz
          pre-commit)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
# A unity build: 16 sources per compiler run. Each source spends most of its
# compile on the same headers and template instantiations (nlohmann::json,
# fmt), so batching cuts the build's CPU time about fivefold. The price: two
# sources' private helpers must not share a name (CI catches it at once).
unity=(-DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "${unity[@]}" >/dev/null
cmake --build build -j "$jobs"

if [[ $mode == example ]]; then
  ./build/cdkpp synth -c examples/pipeline.yaml -o cdk.out
  exit 0
fi

# The tests also drive cfn-lint, the AWS CLI and moto (Python tools every
# machine here has); say clearly if one is missing instead of failing later.
for tool in cfn-lint aws moto_server; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found (pip install cfn-lint awscli 'moto[server]')" >&2; exit 2; }
done
# The AWS CDK CLI (npm), pinned, to prove `cdk ... --app cdk.out` accepts our cloud assembly.
cdk_cli_version=2.1148.1
if [[ ! -x build/tools/node_modules/.bin/cdk ]] ||
   [[ $(build/tools/node_modules/.bin/cdk --version 2>/dev/null) != "$cdk_cli_version"* ]]; then
  command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs npm; }
  npm install --silent --no-audit --no-fund --prefix build/tools "aws-cdk@$cdk_cli_version"
fi
ctest --test-dir build --output-on-failure -j "$jobs"

# The clang build (tests/fuzz): clang, libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer, in a tree of its own so the g++ build above is
# untouched. It compiles everything g++ does (the library, the CLI, the unit
# tests), runs the unit tests under the sanitizers, then each fuzz target 20 s.
# -O0: this tree compiles 2.7 times faster than at -O1; 20-second fuzz runs
# are a smoke test either way (long runs: README, "Fuzzing").
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ -DCDKPP_FUZZ=ON \
      -DCDKPP_FUZZ_OPT=-O0 "${unity[@]}" >/dev/null
cmake --build build-fuzz -j "$jobs" --target cdkpp_fuzzers cdkpp cdkpp_tests
# The unit tests under the sanitizers take a minute in one process: one
# gtest shard per core, side by side (wait fails the script if one fails).
shards=()
for ((shard = 0; shard < jobs; shard++)); do
  GTEST_TOTAL_SHARDS=$jobs GTEST_SHARD_INDEX=$shard ./build-fuzz/tests/cdkpp_tests --gtest_brief=1 &
  shards+=($!)
done
for pid in "${shards[@]}"; do wait "$pid"; done
ctest --test-dir build-fuzz --output-on-failure -j "$jobs" -R '^fuzz[.]'

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
          libgtest-dev libyaml-dev pkg-config libbenchmark-dev clang libclang-rt-14-dev dpkg-dev graphviz
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
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
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

# The fuzz targets (tests/fuzz): clang, libFuzzer, ASan and UBSan, in a build
# of their own so the g++ build above is untouched; 20 seconds each.
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ -DCDKPP_FUZZ=ON \
      -DCDKPP_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j "$jobs" --target cdkpp_fuzzers
ctest --test-dir build-fuzz --output-on-failure -j "$jobs"

# clang accepts the sources the fuzz build does not compile (unit tests, CLI).
bash tests/clang/syntax_check.sh "$jobs"

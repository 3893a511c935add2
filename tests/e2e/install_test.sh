#!/usr/bin/env bash
# Installing and packaging the main build (nothing is rebuilt but the example):
# `cmake --install` lays out the binary, headers, library, CMake package, man
# page and completions; examples/dms_to_kinesis builds out of tree with
# find_package(cdkpp) and writes what `cdkpp synth` writes; `cpack -G DEB`
# makes cdkpp_<version>_<arch>.deb whose extracted binary runs.
set -euo pipefail
: "${CDKPP_BIN:?}" "${CDKPP_SOURCE_DIR:?}" "${CDKPP_BUILD_DIR:?}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
failures=0 checks=0
ok() { checks=$((checks + 1)); }
version=$("$CDKPP_BIN" --version | awk '{print $2}')

cmake --install "$CDKPP_BUILD_DIR" --prefix "$work/prefix" >/dev/null
cd "$work/prefix"
for f in bin/cdkpp include/cdkpp/core/app.h include/cdkpp/template/format_yaml.h \
         share/man/man1/cdkpp.1 share/bash-completion/completions/cdkpp \
         share/zsh/vendor-completions/_cdkpp share/fish/vendor_completions.d/cdkpp.fish; do
  [[ -f $f ]] && ok || fail "not installed: $f"
done
lib=$(find . -name libcdkpp.a | head -1)
cmake_dir=$(dirname "$(find . -name cdkppConfig.cmake | head -1)")
[[ -n $lib ]] && ok || fail "libcdkpp.a not installed"
for f in cdkppConfig.cmake cdkppConfigVersion.cmake cdkppTargets.cmake; do
  [[ -f $cmake_dir/$f ]] && ok || fail "CMake package file missing: $f"
done
grep -q "find_dependency(fmt)" "$cmake_dir/cdkppConfig.cmake" && ok || fail "no find_dependency"
[[ $(bin/cdkpp --version) == "cdkpp $version" ]] && ok || fail "installed binary: $(bin/cdkpp --version)"

# The man page is the --help texts: every line of `cdkpp synth --help` is in it.
while IFS= read -r line; do
  [[ -z $line ]] && continue
  grep -qF -- "${line//\\/\\e}" share/man/man1/cdkpp.1 || { fail "man page lacks: $line"; break; }
done < <("$CDKPP_BIN" synth --help)
ok
cmp -s share/bash-completion/completions/cdkpp <("$CDKPP_BIN" completion bash) && ok || fail "bash completion differs"

# Out of tree, against the installed prefix only.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$CDKPP_SOURCE_DIR/examples/dms_to_kinesis" -B "$work/example" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_PREFIX_PATH="$work/prefix" "${launcher[@]}" >/dev/null
cmake --build "$work/example" -j 2 >/dev/null
"$work/example/dms_to_kinesis_example" "$work/from-code" >/dev/null
"$CDKPP_BIN" -q synth -c "$CDKPP_SOURCE_DIR/examples/pipeline.yaml" -o "$work/from-config" >/dev/null
diff -r "$work/from-code" "$work/from-config" >/dev/null && ok || fail "out-of-tree example differs from synth"

# The Debian package, made from the same build.
(cd "$CDKPP_BUILD_DIR" && cpack -G DEB -B "$work/pkg" >/dev/null)
arch=$(dpkg --print-architecture)
deb="$work/pkg/cdkpp_${version}_${arch}.deb"
[[ -f $deb ]] && ok || { fail "no $deb: $(ls "$work/pkg")"; echo "$checks passed, $failures failed"; exit 1; }
info=$(dpkg-deb -f "$deb" Package Version Architecture Maintainer Description Depends)
for field in "Package: cdkpp" "Version: $version" "Architecture: $arch" "Maintainer: " "Description: "; do
  grep -q "^$field" <<<"$info" && ok || fail "control lacks $field: $info"
done
# dpkg-shlibdeps declares the shared libraries the binary loads: libc6 for a
# dynamic binary, none for the static-pie one the default build links.
if readelf -l "$CDKPP_BIN" | grep -q "program interpreter"; then
  grep -q "^Depends: libc6" <<<"$info" && ok || fail "control lacks Depends: libc6: $info"
else
  ! grep -q "^Depends:" <<<"$info" && ok || fail "a static binary depends on nothing: $info"
fi
dpkg-deb -x "$deb" "$work/root"
[[ $("$work/root/usr/bin/cdkpp" --version) == "cdkpp $version" ]] && ok || fail "packaged binary does not run"
"$work/root/usr/bin/cdkpp" -q synth -c "$CDKPP_SOURCE_DIR/examples/pipeline.yaml" -o "$work/from-deb" >/dev/null &&
  diff -r "$work/from-deb" "$work/from-config" >/dev/null && ok || fail "packaged binary synthesizes differently"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/share/man/man1/cdkpp.1 ./usr/share/bash-completion/completions/cdkpp \
         ./usr/share/zsh/vendor-completions/_cdkpp ./usr/share/fish/vendor_completions.d/cdkpp.fish; do
  grep -qxF "$f" <<<"$contents" && ok || fail "package lacks $f"
done
echo "$checks passed, $failures failed"
((failures == 0))

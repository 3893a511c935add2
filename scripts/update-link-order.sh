#!/usr/bin/env bash
# Regenerates cmake/cdkpp.order, the functions `cdkpp synth`, `validate` and
# `diff` run, which the link places first and together (CMakeLists.txt,
# "Text layout"). Run it after large changes; a stale list only costs page
# faults, never correctness.
#   bash scripts/update-link-order.sh [BIN]   (default build/cdkpp; needs valgrind)
#
# Each command's functions are kept together, so each touches as few pages
# of code as it can: grouped by the set of commands that run them, as
#   synth only | synth+validate | synth+diff (+validate) | diff (+validate) | validate only
# synth's functions are then one run, and diff's the run right after; only
# validate's are in two parts. (Listed in callgrind's order of one profile
# after the other, a diff touched 20 64 KB windows of code instead of 8.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/cdkpp}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile() {  # the mangled names of the functions one command runs, in callgrind's order
  # validate exits 1: the example's template has findings.
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/cg" "$bin" "$@" >/dev/null 2>&1 || true
  sed -n -E "s/^c?fn=\([0-9]+\) ([^ ]+)$/\1/p" "$work/cg" | sed -E "s/'[0-9]+$//" | grep -v '^0x'
}
{
  profile -q synth -c "$root/examples/pipeline.yaml" -o "$work/out"
  # Again: an unchanged assembly is compared, not written (another path).
  profile -q synth -c "$root/examples/pipeline.yaml" -o "$work/out"
} | awk '!seen[$0]++' > "$work/synth"
template="$work/out/DmsMysqlKinesisCloudwatch1Stack.template.json"
# Large templates nobody synthesized (the benchmarks' pair) reach rules and
# diff paths the example's template does not.
python3 "$root/bench/diff/gen_templates.py" "$work/pair" >/dev/null
{
  profile -q validate "$template"
  profile -q validate "$work/pair/new.json"
} | awk '!seen[$0]++' > "$work/validate"
{
  profile -q diff "$template" "$template"
  profile -q diff "$work/pair/old.json" "$work/pair/new.json"
} | awk '!seen[$0]++' > "$work/diff"
nm "$bin" | awk '{print $NF}' | grep -E '_(evex|avx512)' | sort -u > "$work/wide_variants"
# The static libraries' symbol tables: which of their functions share an
# input section (glibc's objects are not compiled with -ffunction-sections).
for lib in libc.a libstdc++.a libgcc.a libgcc_eh.a libyaml.a; do
  path=$(c++ -print-file-name="$lib")
  [ -f "$path" ] && objdump -t "$path"
done > "$work/library_symbols"

python3 - "$work" > "$root/cmake/cdkpp.order" <<'EOF'
import re
import sys

work = sys.argv[1]
def read(name):
    with open(f"{work}/{name}") as f:
        return [line.strip() for line in f if line.strip()]

synth, validate, diff = read("synth"), read("validate"), read("diff")
in_synth, in_validate, in_diff = set(synth), set(validate), set(diff)

# The functions of one input section land together, where the section's
# first listed function is. A glibc object holds several functions in one
# .text (tolower with the ctype functions synth runs, _IO_file_xsputn with
# the stdio ones): its section goes to the group of every command that runs
# any of them, or a diff touches synth's code for one function (4 of its
# 13 64 KB windows of code were such strays).
def input_sections():
    owner, ambiguous = {}, set()
    archive = member = None
    for line in open(f"{work}/library_symbols"):
        if line.startswith("In archive "):
            archive = line[len("In archive "):].rstrip(":\n")
        elif line.rstrip().endswith("file format elf64-x86-64"):
            member = line.split(":")[0]
        else:
            m = re.match(r"[0-9a-f]{16} (.{7}) (\.text\S*)\s+[0-9a-f]{16}\s+(?:\.hidden )?(\S+)$", line)
            if not m or "F" not in m.group(1):
                continue
            key = (archive, member, m.group(2))
            if owner.setdefault(m.group(3), key) != key:
                ambiguous.add(m.group(3))  # a local name in several objects
    return {name: key for name, key in owner.items() if name not in ambiguous}

section_of = input_sections()
runs = {}
for command, functions in (("synth", synth), ("validate", validate), ("diff", diff)):
    for f in functions:
        runs.setdefault(section_of.get(f, f), set()).add(command)
def commands_of(f):
    return frozenset(runs[section_of.get(f, f)])

ALL = frozenset({"synth", "validate", "diff"})
group_of = {commands: i for i, commands in enumerate([
    frozenset({"synth"}), frozenset({"synth", "validate"}), frozenset({"synth", "diff"}), ALL,
    frozenset({"diff", "validate"}), frozenset({"diff"}), frozenset({"validate"})])}
groups = [[] for _ in group_of]
# Start-up code no profile names, run by every command: the entry point and
# glibc's _start (valgrind names no symbol without a size) and crtbegin's.
groups[group_of[ALL]] = ["cdkpp_entry", "_start", "deregister_tm_clones", "register_tm_clones",
                         "__do_global_dtors_aux", "frame_dummy"]
for f in dict.fromkeys(synth + diff + validate):
    groups[group_of[commands_of(f)]].append(f)
# valgrind's CPU has no AVX-512, so glibc's string functions run as their
# AVX2 variants under it; on the real CPU they may be the EVEX or AVX-512
# ones. Those siblings go right after the first profiled variant of their
# family (__memcpy_avx_unaligned_erms -> __memcpy_evex_unaligned_erms, ...).
wide = read("wide_variants")
print("# Generated by scripts/update-link-order.sh: functions grouped by the commands"
      " (synth, validate, diff) that run them.")
placed = set()
for group in groups:
    for f in group:
        if f in placed:
            continue
        placed.add(f)
        print(f)
        family = re.match(r"(__[a-z0-9]+)_avx(2|_)", f)
        if not family:
            continue
        for sibling in wide:
            if sibling.startswith(family.group(1) + "_") and sibling not in placed and sibling not in in_synth | in_validate | in_diff:
                placed.add(sibling)
                print(sibling)
EOF
echo "cmake/cdkpp.order: $(($(wc -l < "$root/cmake/cdkpp.order") - 1)) functions"

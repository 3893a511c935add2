#!/usr/bin/env bash
# `cdkpp completion bash` in bash: the function is registered (complete -p),
# and simulated completions of commands, options, enum values, stack names
# from the config and files give what a user would see. The commands are the
# ones `cdkpp --help` lists, so a newly registered command is completed too.
set -uo pipefail
failures=0 passes=0
expect() {  # expect NAME ACTUAL WANT
  if [[ $2 == "$3" ]]; then passes=$((passes + 1)); else
    failures=$((failures + 1)); echo "FAIL $1: got [$2], want [$3]"; fi
}
complete_line() {  # complete_line WORD... : the words, the last one being completed
  COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
  _cdkpp
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}
export PATH="$(dirname "$CDKPP_BIN"):$PATH"
source <(cdkpp completion bash) || { echo "FAIL the script does not load"; exit 1; }

expect "registered" "$(complete -p cdkpp)" "complete -o filenames -F _cdkpp cdkpp"
expect "sy<TAB>" "$(complete_line cdkpp sy)" "synth"
commands=$(cdkpp --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF {print $1}' | sort | tr '\n' ' ' | sed 's/ $//')
expect "<TAB> lists every registered command" "$(complete_line cdkpp '' | tr ' ' '\n' | grep -v '^-' | tr '\n' ' ' | sed 's/ $//')" "$commands"
expect "diff --format <TAB>" "$(complete_line cdkpp diff --format '')" "json markdown text"
expect "synth --format <TAB>" "$(complete_line cdkpp synth --format '')" "json yaml"
expect "validate --format s<TAB>" "$(complete_line cdkpp validate --format s)" "sarif"
expect "init --template <TAB>" "$(complete_line cdkpp init --template '')" "$(cdkpp init --list | sort | tr '\n' ' ' | sed 's/ $//')"
expect "--color <TAB>" "$(complete_line cdkpp --color '')" "always auto never"
expect "synth --pr<TAB>" "$(complete_line cdkpp synth --pr)" "--print"
expect "completion <TAB>" "$(complete_line cdkpp completion '' | tr ' ' '\n' | grep -v '^-' | tr '\n' ' ' | sed 's/ $//')" "bash fish zsh"

two="$CDKPP_SOURCE_DIR/tests/testdata/synth/two_stacks.yaml"
stacks=$(grep -E '^ *- name:' "$two" | awk '{print $3}' | sort | tr '\n' ' ' | sed 's/ $//')
expect "--stack <TAB> with -c" "$(complete_line cdkpp synth -c "$two" --stack '')" "$stacks"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp "$two" "$work/cdkpp.yaml"; touch "$work/other.json"; mkdir "$work/outdir"
cd "$work"
expect "--stack <TAB> from ./cdkpp.yaml" "$(complete_line cdkpp validate --stack '')" "$stacks"
expect "-c <TAB> files" "$(complete_line cdkpp synth -c '')" "cdkpp.yaml other.json outdir"
expect "-o <TAB> directories" "$(complete_line cdkpp synth -o '')" "outdir"
expect "diff <TAB> templates" "$(complete_line cdkpp diff o)" "other.json outdir"

for shell in zsh fish; do
  script=$(cdkpp completion "$shell")
  expect "$shell script names every command" \
    "$(for c in $commands; do grep -q -- "$c" <<<"$script" && echo "$c"; done | tr '\n' ' ' | sed 's/ $//')" "$commands"
done
echo "$passes passed, $failures failed"
((failures == 0))

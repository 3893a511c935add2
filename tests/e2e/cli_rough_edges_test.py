"""The CLI's edges, each compared as whole output: unknown commands, -o "" and
-o ., output that cannot be written, --stack suggestions, cdkpp.yml, -q/-v,
--color, help usage lines, several --fail-on values, - as stdin, validate DIR,
SARIF paths and fixes, and --list-rules --format json."""
import json
import os
import shutil
import subprocess

from e2e_support import CDKPP, EXAMPLE_CONFIG, STACK, cdkpp, check, run, synth, tempdir
from e2e_support import on_terminal as terminal

TEMPLATE = f"{STACK}.template.json"
COMMANDS = "commands: synth init diff validate"


def commands_line():
    """The registered commands, as the error lists them (others may be added)."""
    help_text = cdkpp("--help").stdout
    names = [line.split()[0] for line in help_text.split("Subcommands:")[1].splitlines() if line.strip()]
    return "commands: " + " ".join(names)


def unknown(word, suggestion):
    hint = f'; did you mean "{suggestion}"?' if suggestion else ""
    return (f'error: unknown command "{word}"{hint}\n{commands_line()}\n'
            "run `cdkpp --help` for usage\n")


@check
def unknown_commands_say_so_with_a_suggestion():
    for args, word, suggestion in [(["synt"], "synt", "synth"),
                                   (["deploy"], "deploy", ""),
                                   (["help"], "help", "--help"),
                                   (["-q", "--color", "never", "valdate", "-c", "x"], "valdate", "validate")]:
        result = cdkpp(*args)
        assert (result.returncode, result.stdout, result.stderr) == (2, "", unknown(word, suggestion)), result


@check
def empty_output_directory_is_refused():
    work = tempdir()
    result = cdkpp("synth", "-c", EXAMPLE_CONFIG, "-o", "", cwd=work)
    assert result.returncode == 2 and result.stdout == "", result
    assert result.stderr == "error: synth -o: the output directory is empty (use -o . for this directory)\n"
    assert os.listdir(work) == [], os.listdir(work)


@check
def output_dot_works_beside_a_cdk_out_folder():
    work = tempdir()
    os.mkdir(os.path.join(work, "cdk.out"))
    result = cdkpp("synth", "-c", EXAMPLE_CONFIG, "-o", ".", cwd=work)
    assert result.returncode == 0, result.stderr
    with open(os.path.join(work, TEMPLATE), encoding="utf-8") as f:
        resources = len(json.load(f)["Resources"])
    assert result.stdout.startswith(f"Synthesized {STACK} -> ./{TEMPLATE} ({resources} resources, "), result.stdout
    assert sorted(os.listdir(work)) == sorted([TEMPLATE, "cdk.out", "manifest.json"]), os.listdir(work)
    assert os.listdir(os.path.join(work, "cdk.out")) == []


@check
def a_directory_in_the_way_writes_nothing():
    work = tempdir()
    os.makedirs(os.path.join(work, "out", "manifest.json"))
    result = cdkpp("synth", "-c", EXAMPLE_CONFIG, "-o", "out", cwd=work)
    assert result.returncode == 2, result
    assert result.stderr == "error: out/manifest.json: cannot replace: a directory is in the way\n", result.stderr
    assert os.listdir(os.path.join(work, "out")) == ["manifest.json"]


def to_dev_full(*args, stdin=None):
    with open("/dev/full", "w") as full:
        return subprocess.run([CDKPP, *args], stdout=full, stderr=subprocess.PIPE, text=True, input=stdin)


@check
def output_that_cannot_be_written_is_an_error():
    out = tempdir()
    synth(EXAMPLE_CONFIG, out)
    template = os.path.join(out, TEMPLATE)
    expected = "error: cannot write the output to stdout: No space left on device\n"
    for args in [("diff", template, template), ("synth", "-c", EXAMPLE_CONFIG, "-o", tempdir()),
                 ("validate", "--format", "sarif", "-c", EXAMPLE_CONFIG), ("--help",)]:
        result = to_dev_full(*args)
        assert (result.returncode, result.stderr) == (2, expected), (args, result)


@check
def unknown_stack_lists_the_stacks_and_suggests_one():
    config = os.path.join(os.path.dirname(EXAMPLE_CONFIG), "..", "tests", "testdata", "synth", "two_stacks.yaml")
    config = os.path.normpath(config)
    with open(config) as f:
        names = [line.split(":", 1)[1].strip() for line in f if line.strip().startswith("- name:")]
    result = cdkpp("synth", "-c", config, "--stack", names[0].lower(), "-o", tempdir())
    assert result.returncode == 2, result
    assert result.stderr == (f'error: {config}: no stack named "{names[0].lower()}"; did you mean '
                             f'"{names[0]}"? The config\'s stacks: {" ".join(names)}\n'), result.stderr


@check
def cdkpp_yml_is_found_like_cdkpp_yaml():
    work = tempdir()
    shutil.copy(EXAMPLE_CONFIG, os.path.join(work, "cdkpp.yml"))
    result = cdkpp("synth", cwd=work)
    assert result.returncode == 0, result.stderr
    assert os.path.exists(os.path.join(work, "cdk.out", TEMPLATE))
    missing = cdkpp("validate", cwd=tempdir())
    assert missing.stderr == ("error: no config file: looked for cdkpp.yaml, cdkpp.yml and cdkpp.json in the "
                              "current directory (write one with `cdkpp init`, or pass -c FILE)\n"), missing.stderr


@check
def quiet_keeps_results_and_excludes_verbose():
    normal = cdkpp("synth", "-c", EXAMPLE_CONFIG, "-o", "out", cwd=tempdir())
    quiet = cdkpp("-q", "synth", "-c", EXAMPLE_CONFIG, "-o", "out", cwd=tempdir())
    assert quiet.returncode == 0 and quiet.stdout == normal.stdout and quiet.stderr == "", quiet
    verbose = cdkpp("-v", "synth", "-c", EXAMPLE_CONFIG, "-o", "out", cwd=tempdir())
    assert "wrote out/manifest.json" in verbose.stderr and verbose.stdout == normal.stdout, verbose
    both = cdkpp("-q", "-v", "synth")
    assert (both.returncode, both.stdout) == (2, ""), both
    assert both.stderr == "--verbose excludes --quiet\nRun with --help for more information.\n", both.stderr


def on_terminal(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(env_extra or {})
    return terminal(*args, env=env)


@check
def color_flag_and_environment():
    args = ("validate", "-c", EXAMPLE_CONFIG)
    assert "\x1b[" in on_terminal(*args)
    assert "\x1b[" not in on_terminal("--color", "never", *args)
    assert "\x1b[" not in on_terminal(*args, "--no-color")
    assert "\x1b[" not in on_terminal(*args, env_extra={"NO_COLOR": "1"})
    assert "\x1b[" in on_terminal("--color=always", *args, env_extra={"NO_COLOR": "1"})
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    assert "\x1b[" in cdkpp(*args, env={**env, "FORCE_COLOR": "1"}).stdout
    assert "\x1b[" not in cdkpp(*args, env={**env, "FORCE_COLOR": "0"}).stdout
    assert "\x1b[" in cdkpp("--color", "always", *args).stdout
    assert cdkpp("--color", "sometimes", *args).returncode == 2


@check
def help_usage_lines_name_cdkpp():
    assert cdkpp("--help").stdout.splitlines()[1] == "Usage: cdkpp [OPTIONS] SUBCOMMAND"
    assert cdkpp("synth", "--help").stdout.splitlines()[1] == "Usage: cdkpp synth [OPTIONS]"
    assert cdkpp("diff", "--help").stdout.splitlines()[1] == "Usage: cdkpp diff [OPTIONS] OLD [NEW]"


@check
def synth_summary_counts_suppressed_findings():
    work = tempdir()
    config = os.path.join(work, "cdkpp.yaml")
    with open(config, "w") as f:
        f.write("stacks:\n  - name: Demo\n"
                "    database: {publiclyAccessible: true, allowedCidrs: [0.0.0.0/0]}\n"
                "    suppressions:\n"
                "      - {rule: CDKPP-SEC-002, reason: test database}\n"
                "      - {rule: CDKPP-SEC-003, reason: test database}\n")
    result = cdkpp("synth", "-c", config, "-o", os.path.join(work, "out"))
    validate = cdkpp("validate", "-c", config)
    assert result.returncode == 0, result.stderr
    summary = f"Demo ({config}): 0 errors, 7 warnings, 1 info, 2 suppressed"
    assert result.stderr.splitlines()[-1] == summary, result.stderr
    assert validate.stdout.splitlines()[-1] == summary, validate.stdout
    assert "suppressed error" not in result.stderr, "synth lists only what is not accepted"


def shard_change():
    out = tempdir()
    synth(EXAMPLE_CONFIG, out)
    old = os.path.join(out, TEMPLATE)
    with open(old) as f:
        text = f.read()
    new = os.path.join(out, "new.json")
    with open(new, "w") as f:
        f.write(text.replace('"ShardCount": 1', '"ShardCount": 2'))
    return old, new


@check
def diff_fail_on_takes_several_values():
    old, new = shard_change()
    assert cdkpp("diff", "--fail-on", "security,replacement", old, new).returncode == 0
    assert cdkpp("diff", "--fail-on", "security,any", old, new).returncode == 1
    assert cdkpp("diff", "--fail-on", "security", "--fail-on", "any", old, new).returncode == 1
    assert cdkpp("diff", "--fail-on", "security,bogus", old, new).returncode == 2


@check
def dash_reads_stdin():
    old, new = shard_change()
    with open(old) as f:
        text = f.read()
    from_stdin = subprocess.run([CDKPP, "diff", "-", new], input=text, capture_output=True, text=True)
    from_file = cdkpp("diff", old, new)
    assert from_stdin.returncode == 0 and from_stdin.stdout == from_file.stdout.replace(old, "-", 1), from_stdin
    checked = subprocess.run([CDKPP, "validate", "-"], input=text, capture_output=True, text=True)
    assert checked.returncode == 1 and checked.stdout.splitlines()[0] == "-", checked.stdout
    assert "-: 2 errors, 7 warnings, 1 info, 0 suppressed" in checked.stdout, checked.stdout


@check
def validate_directory_checks_every_template_of_the_assembly():
    config = os.path.normpath(os.path.join(os.path.dirname(EXAMPLE_CONFIG), "..", "tests", "testdata", "synth",
                                           "two_stacks.yaml"))
    out = tempdir()
    synth(config, out)
    manifest = json.load(open(os.path.join(out, "manifest.json")))
    files = [a["properties"]["templateFile"] for a in manifest["artifacts"].values()]
    assert len(files) == 2, files
    result = cdkpp("validate", "--format", "json", out)
    names = [t["name"] for t in json.loads(result.stdout)["templates"]]
    assert names == [os.path.join(out, f) for f in files], names
    empty = tempdir()
    missing = cdkpp("validate", empty)
    assert missing.returncode == 2 and missing.stderr.startswith(f"error: {empty}/manifest.json: "), missing.stderr


@check
def sarif_paths_are_relative_to_the_root_and_fixes_are_separate():
    work = tempdir()
    os.makedirs(os.path.join(work, "infra"))
    shutil.copy(EXAMPLE_CONFIG, os.path.join(work, "infra", "cdkpp.yaml"))
    result = cdkpp("validate", "--format", "sarif", "-c", "infra/cdkpp.yaml", cwd=work)
    sarif_run = json.loads(result.stdout)["runs"][0]
    assert sarif_run["originalUriBaseIds"] == {"SRCROOT": {"uri": "file://" + os.path.realpath(work) + "/"}} or \
        sarif_run["originalUriBaseIds"] == {"SRCROOT": {"uri": "file://" + work + "/"}}, sarif_run["originalUriBaseIds"]
    first = sarif_run["results"][0]
    assert first["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "infra/cdkpp.yaml", "uriBaseId": "SRCROOT"}, first["locations"]
    assert "Fix" not in first["message"]["text"] and first["properties"]["fix"], first
    rooted = cdkpp("validate", "--format", "sarif", "--sarif-root", "infra", "-c", "infra/cdkpp.yaml", cwd=work)
    location = json.loads(rooted.stdout)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "cdkpp.yaml", "uriBaseId": "SRCROOT"}, location


@check
def list_rules_as_json():
    result = cdkpp("validate", "--list-rules", "--format", "json")
    rules = json.loads(result.stdout)
    markdown = cdkpp("validate", "--list-rules").stdout
    assert [r["id"] for r in rules] == [l.split(" | ")[0][2:] for l in markdown.splitlines()[2:]], rules[:2]
    assert set(rules[0]) == {"id", "severity", "title", "fix"}


run()

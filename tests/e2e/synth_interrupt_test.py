"""`cdkpp synth` writes an assembly whole or not at all, even when
interrupted: after SIGINT at any moment the output directory holds either
the previous assembly or the new one, exactly the files its manifest lists,
and no temporary file survives next to it."""
import json
import os
import signal
import subprocess
import time

from e2e_support import CDKPP, check, run, synth, tempdir

STACKS = 40  # about 2 MB of templates: long enough to be interrupted mid-write


def config(path, prefix):
    """A config with STACKS stacks whose names start with prefix."""
    lines = ["stacks:"]
    for i in range(STACKS):
        lines += [
            f"  - name: {prefix}{i}",
            "    database:",  # private: no validation error blocks the write
            "      publiclyAccessible: false",
            "      allowedCidrs: []",
            "    replication:",
            f"      instanceIdentifier: {prefix.lower()}-cdc-{i}",
            f"      createServiceRoles: {'true' if i == 0 else 'false'}",
            "    stream:",
            f"      name: {prefix.lower()}-stream-{i}",
        ]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def assert_whole_assembly(out, prefixes):
    """out holds one complete assembly (stack names with one of prefixes)."""
    parent = os.path.dirname(out)
    leftovers = [n for n in os.listdir(parent) if ".tmp-" in n or ".old-" in n]
    assert not leftovers, f"temporary files left: {leftovers}"
    with open(os.path.join(out, "manifest.json")) as f:
        manifest = json.load(f)
    listed = {a["properties"]["templateFile"] for a in manifest["artifacts"].values()}
    assert len(listed) == STACKS, len(listed)
    stacks = {name[: -len(".template.json")] for name in listed}
    assert any(all(s.startswith(p) for s in stacks) for p in prefixes), sorted(stacks)[:3]
    assert set(os.listdir(out)) == listed | {"manifest.json", "cdk.out"}, sorted(os.listdir(out))
    for name in listed:
        with open(os.path.join(out, name)) as f:
            json.load(f)  # whole, not truncated


@check
def a_renamed_stacks_template_does_not_linger():
    work = tempdir()
    out = os.path.join(work, "cdk.out")
    synth(config(os.path.join(work, "a.yaml"), "Alpha"), out)
    synth(config(os.path.join(work, "b.yaml"), "Beta"), out)
    assert_whole_assembly(out, ["Beta"])


@check
def sigint_leaves_the_old_or_the_new_assembly():
    work = tempdir()
    out = os.path.join(work, "cdk.out")
    first = config(os.path.join(work, "a.yaml"), "Alpha")
    second = config(os.path.join(work, "b.yaml"), "Beta")
    synth(first, out)
    start = time.monotonic()
    synth(second, os.path.join(work, "timing"))
    duration = time.monotonic() - start
    interrupted = 0
    for attempt in range(12):
        proc = subprocess.Popen([CDKPP, "-q", "synth", "-c", second if attempt % 2 else first,
                                 "-o", out], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # Spread the signals over the whole run, the write phase included.
        time.sleep(duration * (attempt + 1) / 12)
        proc.send_signal(signal.SIGINT)
        proc.wait()
        interrupted += proc.returncode != 0
        assert_whole_assembly(out, ["Alpha", "Beta"])
    assert interrupted > 0, "no run was interrupted: the test exercised nothing"


run()

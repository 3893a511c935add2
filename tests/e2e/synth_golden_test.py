"""The examples' templates equal the reviewed golden files, byte for byte:
examples/pipeline.yaml's in tests/testdata/golden/, every other
examples/<name>.yaml's in tests/testdata/golden/<name>/.

Regenerate after an intended change with `scripts/update-golden.sh`, then
read the whole `git diff tests/testdata/golden` before committing it.
"""
import difflib
import glob
import os

from e2e_support import EXAMPLE_CONFIG, SOURCE_DIR, STACK, check, read_bytes, run, synth, tempdir

GOLDEN = os.path.join(SOURCE_DIR, "tests", "testdata", "golden")


def compare(out, golden, names):
    for name in names:
        got = read_bytes(os.path.join(out, name))
        want = read_bytes(os.path.join(golden, name))
        if got != want:
            diff = "".join(difflib.unified_diff(want.decode().splitlines(True), got.decode().splitlines(True),
                                                "golden/" + name, "synth/" + name))
            raise AssertionError(f"{name} differs from the golden file "
                                 f"(run scripts/update-golden.sh if intended):\n{diff[:4000]}")


@check
def example_template_matches_golden():
    out = tempdir()
    synth(EXAMPLE_CONFIG, out)
    compare(out, GOLDEN, (f"{STACK}.template.json", "manifest.json"))


@check
def variant_examples_match_golden():
    variants = [c for c in sorted(glob.glob(os.path.join(SOURCE_DIR, "examples", "*.yaml")))
                if c != EXAMPLE_CONFIG]
    assert variants, "examples/ has the variant configs"
    for config in variants:
        out = tempdir()
        synth(config, out)
        golden = os.path.join(GOLDEN, os.path.splitext(os.path.basename(config))[0])
        written = sorted(os.path.basename(p) for p in glob.glob(os.path.join(out, "*.json")))
        kept = sorted(os.path.basename(p) for p in glob.glob(os.path.join(golden, "*.json")))
        assert written == kept, f"{config}: synth wrote {written}, golden has {kept}"
        compare(out, golden, written)


run()

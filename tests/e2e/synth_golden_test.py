"""The example's template equals the reviewed golden file, byte for byte.

Regenerate after an intended change with `scripts/update-golden.sh`, then
read the whole `git diff tests/testdata/golden` before committing it.
"""
import difflib
import os

from e2e_support import EXAMPLE_CONFIG, SOURCE_DIR, STACK, check, read_bytes, run, synth, tempdir

GOLDEN = os.path.join(SOURCE_DIR, "tests", "testdata", "golden")


@check
def example_template_matches_golden():
    out = tempdir()
    synth(EXAMPLE_CONFIG, out)
    for name in (f"{STACK}.template.json", "manifest.json"):
        got = read_bytes(os.path.join(out, name))
        want = read_bytes(os.path.join(GOLDEN, name))
        if got != want:
            diff = "".join(difflib.unified_diff(want.decode().splitlines(True), got.decode().splitlines(True),
                                                "golden/" + name, "synth/" + name))
            raise AssertionError(f"{name} differs from the golden file "
                                 f"(run scripts/update-golden.sh if intended):\n{diff[:4000]}")


run()

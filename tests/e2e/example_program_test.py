"""The C++ example program (library API) and `cdkpp synth` on the example
config produce the same bytes: config defaults and mapping equal the API's."""
import os

from e2e_support import EXAMPLE_BIN, EXAMPLE_CONFIG, STACK, check, read_bytes, run, synth, tempdir
import subprocess


@check
def example_program_matches_config_synth():
    from_config = tempdir()
    synth(EXAMPLE_CONFIG, from_config)
    from_code = tempdir()
    result = subprocess.run([EXAMPLE_BIN, from_code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # CheckSynthesis ran and found nothing left open: every finding of the
    # test stack is suppressed with a reason, as in examples/pipeline.yaml.
    assert result.stderr == "", result.stderr
    for name in (f"{STACK}.template.json", "manifest.json", "cdk.out"):
        assert read_bytes(os.path.join(from_config, name)) == read_bytes(os.path.join(from_code, name)), name


run()

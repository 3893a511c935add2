"""Identical input gives identical bytes: across runs, locales, time zones,
working directories and relative or absolute config paths."""
import os
import shutil

from e2e_support import EXAMPLE_CONFIG, check, read_bytes, run, synth, tempdir


def assembly(out_dir):
    return {name: read_bytes(os.path.join(out_dir, name)) for name in sorted(os.listdir(out_dir))}


@check
def same_bytes_across_runs_locales_and_directories():
    runs = []
    for lang, tz in (("C", "UTC"), ("C.UTF-8", "Asia/Kolkata"), ("POSIX", "America/New_York")):
        env = dict(os.environ, LC_ALL=lang, LANG=lang, TZ=tz)
        out = tempdir()
        synth(EXAMPLE_CONFIG, out, env=env)
        runs.append(assembly(out))
    # A relative config path from another working directory.
    work = tempdir()
    shutil.copy(EXAMPLE_CONFIG, os.path.join(work, "pipeline.yaml"))
    synth("pipeline.yaml", "out", cwd=work)
    runs.append(assembly(os.path.join(work, "out")))
    for other in runs[1:]:
        assert other == runs[0], "outputs differ between runs"
    assert len(runs[0]) == 3, sorted(runs[0])


run()

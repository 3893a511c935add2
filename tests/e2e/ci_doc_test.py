"""docs/ci.md: every `run:` step of its workflow runs, in order and as
written, on a scratch repository holding the example config, with cdkpp's
sources checked out at ./cdkpp (this tree) and the AWS CLI pointed at the local
emulator with the example deployed; the SARIF log and the Markdown diff the
`uses:` steps would upload and post are checked."""
import json
import os
import re
import subprocess
import sys

import yaml

from e2e_support import EXAMPLE_CONFIG, SOURCE_DIR, STACK, check, run, tempdir

sys.path.insert(0, os.path.join(SOURCE_DIR, "tests"))
from deploy.harness import Aws, Emulator, REGION  # noqa: E402


def workflow():
    with open(os.path.join(SOURCE_DIR, "docs", "ci.md")) as f:
        block = re.search(r"```yaml\n(.*?)```", f.read(), re.S).group(1)
    return yaml.safe_load(block)


@check
def every_workflow_command_runs():
    job = workflow()["jobs"]["cdkpp"]
    steps = [s for s in job["steps"] if "run" in s]
    assert [s["name"] for s in steps] == ["Build and install cdkpp", "Validate", "Diff against the deployed stack"]
    repo = tempdir()
    os.symlink(SOURCE_DIR, os.path.join(repo, "cdkpp"))
    with open(EXAMPLE_CONFIG) as src, open(os.path.join(repo, "cdkpp.yaml"), "w") as dst:
        dst.write(src.read().replace("shardCount: 1", "shardCount: 2"))  # the pull request's change
    prefix = os.path.join(repo, "prefix")
    with Emulator() as emulator, Aws(emulator) as aws:
        deployed = os.path.join(tempdir(), "deployed")
        subprocess.run([os.environ["CDKPP_BIN"], "-q", "synth", "-c", EXAMPLE_CONFIG, "-o", deployed], check=True)
        aws.deploy(STACK, os.path.join(deployed, f"{STACK}.template.json"))
        env = dict(aws.env, **job["env"], AWS_REGION=REGION)
        env["PATH"] = os.path.join(prefix, "bin") + os.pathsep + env["PATH"]
        if "CMAKE_CXX_COMPILER_LAUNCHER" not in env and subprocess.run(["sh", "-c", "command -v ccache"]).returncode == 0:
            env["CMAKE_CXX_COMPILER_LAUNCHER"] = "ccache"  # a rebuild costs seconds, as on CI with a cache
        for step in steps:
            # The documented install prefix becomes one inside the scratch repository.
            script = step["run"].replace("--prefix /usr/local", f"--prefix {prefix}")
            done = subprocess.run(["bash", "-eo", "pipefail", "-c", script], cwd=repo, env=env,
                                  capture_output=True, text=True, timeout=1200)
            assert done.returncode == 0, (step["name"], done.stdout[-3000:], done.stderr[-3000:])
    sarif = json.load(open(os.path.join(repo, "cdkpp.sarif")))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"], "findings to upload"
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "cdkpp.yaml", "uriBaseId": "SRCROOT"}, uri
    diff = open(os.path.join(repo, "diff.md")).read()
    assert "ShardCount" in diff and "| 1 | 2 |" in diff.replace("`", ""), diff[:3000]


run()

"""docs/ci.md: every `run:` step of its workflow runs, in order and as
written, on a scratch repository holding a changed example config: the
package is made by `cpack -G DEB` from this build, $HOME and $GITHUB_PATH are
scratch ones (Actions adds $GITHUB_PATH's lines to PATH for later steps), and
the AWS CLI talks to the deploy tests' emulator with the example deployed.
The SARIF log and the Markdown diff the `uses:` steps would upload and post
are checked."""
import json
import os
import re
import subprocess
import sys

import yaml

from e2e_support import CDKPP, EXAMPLE_CONFIG, SOURCE_DIR, STACK, check, run, tempdir

sys.path.insert(0, os.path.join(SOURCE_DIR, "tests"))
from deploy.harness import REGION, Aws, Emulator  # noqa: E402


def workflow():
    with open(os.path.join(SOURCE_DIR, "docs", "ci.md")) as f:
        block = re.search(r"```yaml\n(.*?)```", f.read(), re.S).group(1)
    return yaml.safe_load(block)


def package_into(directory):
    """The .deb, where the workflow's download step puts it."""
    subprocess.run(["cpack", "-G", "DEB", "-B", directory], cwd=os.environ["CDKPP_BUILD_DIR"],
                   check=True, capture_output=True)


@check
def every_workflow_command_runs():
    job = workflow()["jobs"]["cdkpp"]
    steps = [s for s in job["steps"] if "run" in s]
    assert [s["name"] for s in steps] == ["Install cdkpp", "Validate", "Diff against the deployed stack"]
    repo, home = tempdir(), tempdir()
    package_into(os.path.join(repo, "pkg"))
    with open(EXAMPLE_CONFIG) as src, open(os.path.join(repo, "cdkpp.yaml"), "w") as dst:
        dst.write(re.sub(r"shardCount: \S+", "shardCount: 2", src.read()))  # the pull request's change
    github_path = os.path.join(tempdir(), "github_path")
    open(github_path, "w").close()
    with Emulator() as emulator, Aws(emulator) as aws:
        deployed = tempdir()
        subprocess.run([CDKPP, "-q", "synth", "-c", EXAMPLE_CONFIG, "-o", deployed], check=True)
        aws.run("cloudformation", "deploy", "--stack-name", STACK, "--capabilities", "CAPABILITY_NAMED_IAM",
                "--template-file", os.path.join(deployed, f"{STACK}.template.json"))
        for step in steps:
            with open(github_path) as f:
                added = [line.strip() for line in f if line.strip()]
            env = dict(aws.env, **job["env"], HOME=home, GITHUB_PATH=github_path, AWS_REGION=REGION)
            env["PATH"] = os.pathsep.join([*reversed(added), env["PATH"]])
            done = subprocess.run(["bash", "-eo", "pipefail", "-c", step["run"]], cwd=repo, env=env,
                                  capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, (step["name"], done.stdout[-3000:], done.stderr[-3000:])
    assert open(github_path).read() == f"{home}/cdkpp/usr/bin\n"
    sarif = json.load(open(os.path.join(repo, "cdkpp.sarif")))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"], "findings to upload"
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "cdkpp.yaml", "uriBaseId": "SRCROOT"}, uri
    diff = open(os.path.join(repo, "diff.md")).read()
    assert "ShardCount" in diff and f"synthesized {STACK}" in diff, diff[:3000]


run()

"""scripts/local-aws.py, the developer's local AWS: it starts in the
foreground on 127.0.0.1, prints the endpoint and the environment to export,
the printed commands deploy the example's YAML template into it, and Ctrl-C
(SIGINT) stops it cleanly, freeing the port."""
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import time

from e2e_support import CDKPP, EXAMPLE_CONFIG, SOURCE_DIR, STACK, check, run, tempdir

sys.path.insert(0, os.path.join(SOURCE_DIR, "tests"))
from deploy.harness import _clean_env  # noqa: E402  (dummy credentials, loopback only)


def start():
    process = subprocess.Popen([sys.executable, os.path.join(SOURCE_DIR, "scripts", "local-aws.py")],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               start_new_session=True)
    lines = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if line.startswith("Ctrl-C stops it."):
            return process, lines
    process.kill()
    raise AssertionError("local-aws did not start: " + "\n".join(lines))


def printed_environment(lines):
    env = _clean_env()
    for line in lines:
        if line.strip().startswith("export "):
            for assignment in shlex.split(line.strip())[1:]:
                key, value = assignment.split("=", 1)
                env[key] = value
    return env


def printed_commands(lines):
    """The deploy commands as printed (continuation lines joined), pointed at
    this build's binary and the example by absolute path."""
    start = lines.index(next(l for l in lines if "synth -c examples/pipeline.yaml" in l))
    text = "\n".join(lines[start:start + 3]).replace("\\\n", " ")
    text = text.replace("build/cdkpp", CDKPP).replace("examples/pipeline.yaml", EXAMPLE_CONFIG)
    return [shlex.split(line) for line in text.splitlines()]


@check
def prints_endpoint_deploys_the_yaml_example_and_stops_on_ctrl_c():
    process, lines = start()
    try:
        endpoint = lines[0].rsplit(" ", 1)[1]
        assert endpoint.startswith("http://127.0.0.1:"), lines[0]
        assert f"--endpoint-url {endpoint}" in "\n".join(lines)
        env = printed_environment(lines)
        assert env["AWS_ENDPOINT_URL"] == endpoint, env.get("AWS_ENDPOINT_URL")
        work = tempdir()
        for command in printed_commands(lines):
            done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, (command, done.stdout[-2000:], done.stderr[-2000:])
        assert os.path.exists(os.path.join(work, "cdk.out", f"{STACK}.template.yaml"))
        described = subprocess.run(["aws", "cloudformation", "describe-stacks", "--stack-name", STACK,
                                    "--output", "json"], env=env, capture_output=True, text=True)
        assert json.loads(described.stdout)["Stacks"][0]["StackStatus"] == "CREATE_COMPLETE", described
    finally:
        os.killpg(process.pid, signal.SIGINT)
    assert process.wait(timeout=30) == 0
    assert process.stdout.read().strip() == "stopped"
    port = int(endpoint.rsplit(":", 1)[1])
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0, "the port is still open"


run()

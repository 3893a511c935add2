"""Plumbing for the deploy tests: the emulator child process, the AWS CLI
pointed at it, cdkpp itself, and a pass/fail tally.

Nothing here reaches beyond 127.0.0.1: the CLI gets dummy credentials, no
config or credentials file, no proxy and no instance metadata lookups.
"""
import glob
import json
import os
import select
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from typing import NamedTuple

HERE = os.path.dirname(os.path.abspath(__file__))
REGION = "us-east-1"


class HarnessError(Exception):
    pass


def _clean_env():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("AWS_") and k.lower() not in
           ("http_proxy", "https_proxy", "all_proxy", "no_proxy")}
    env.update({
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing", "AWS_DEFAULT_REGION": REGION,
        "AWS_CONFIG_FILE": os.devnull, "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        "AWS_EC2_METADATA_DISABLED": "true", "AWS_PAGER": "",
        # Anything not bound for loopback goes to a dead proxy on the discard
        # port and fails at once instead of leaving the machine.
        "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
        "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
    })
    return env


def _stop(process, ask_to_stop):
    """Asks a running child to stop, gives it 10 s, then kills it by its PID."""
    if process is None or process.poll() is not None:
        return
    ask_to_stop()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()


class Emulator:
    """moto + cfn_handlers in a child process on 127.0.0.1; stopped by PID."""

    def __init__(self, startup_timeout=60):
        self.startup_timeout = startup_timeout
        self.process = None
        self.port = None

    def __enter__(self):
        self.log = tempfile.TemporaryFile(mode="w+")
        self.process = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "emulator.py"), "--port", "0"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True,
            env=_clean_env())
        deadline = time.monotonic() + self.startup_timeout
        line = ""
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.process.stdout], [], [], 0.5)
            if ready:
                line = self.process.stdout.readline()
                break
            if self.process.poll() is not None:
                break
        if not line.startswith("READY "):
            stderr = self.stderr_tail()
            self.__exit__(None, None, None)
            raise HarnessError("emulator did not start: " + stderr)
        self.port = int(line.split()[1])
        return self

    def stderr_tail(self, chars=4000):
        self.log.seek(0)
        return self.log.read()[-chars:]

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and self.process:  # the server side of a failure
            print("--- emulator log (tail) ---\n" + "\n".join(
                line for line in self.stderr_tail(12000).splitlines()
                if '"POST / HTTP/1.1" 200' not in line)[-6000:], flush=True)
        _stop(self.process, lambda: os.kill(self.process.pid, signal.SIGTERM))
        return False

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.port}"


class Aws:
    """The AWS CLI, talking to the emulator only. run() starts the `aws`
    executable (deploy, delete, wait: what users type); calls through
    __call__ (the describe calls) go to one cli_worker.py process running the
    same CLI code without a start-up per call. Use as a context manager."""

    def __init__(self, emulator):
        self.endpoint = emulator.endpoint
        self.env = _clean_env()
        # --endpoint-url reaches only the command's own client: `deploy
        # --s3-bucket` builds its S3 client without it and would upload to
        # the real s3.amazonaws.com. botocore's AWS_ENDPOINT_URL applies to
        # every client, so nothing can leave the loopback emulator.
        self.env["AWS_ENDPOINT_URL"] = self.endpoint
        self.binary = shutil.which("aws")
        if not self.binary:
            raise HarnessError("the AWS CLI (`aws`) is not on PATH")
        self.worker = None

    def __enter__(self):
        self.worker = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "cli_worker.py")], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env=self.env)
        return self

    def __exit__(self, *exc):
        _stop(self.worker, self.worker.stdin.close if self.worker else None)
        return False

    def _args(self, args):
        return ["--endpoint-url", self.endpoint, "--region", REGION, "--output", "json", *args]

    def run(self, *args, check=True):
        """Runs the `aws` executable with args; returns the CompletedProcess."""
        done = subprocess.run([self.binary, *self._args(args)], capture_output=True, text=True,
                              env=self.env, timeout=300)
        if check and done.returncode != 0:
            raise HarnessError(f"`aws {' '.join(args)}` exited {done.returncode}:\n"
                               f"{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
        return done

    def __call__(self, *args):
        """`aws <args>` in the worker; returns the parsed JSON output ({} if none)."""
        if self.worker is None:
            raise HarnessError("use Aws as a context manager")
        self.worker.stdin.write(json.dumps(self._args(args)) + "\n")
        self.worker.stdin.flush()
        line = self.worker.stdout.readline()
        if not line:
            raise HarnessError(f"the CLI worker died during `aws {' '.join(args)}`")
        reply = json.loads(line)
        if reply["rc"] != 0:
            raise HarnessError(f"`aws {' '.join(args)}` exited {reply['rc']}:\n"
                               f"{reply['out'][-2000:]}\n{reply['err'][-4000:]}")
        out = reply["out"].strip()
        return json.loads(out) if out else {}

    def deploy(self, printed, s3_bucket=None, check=True):
        """`aws cloudformation deploy` with exactly the stack, template and
        capabilities of the command `cdkpp synth` printed (a DeployCommand)."""
        args = ["cloudformation", "deploy", "--stack-name", printed.stack,
                "--template-file", printed.template, "--no-fail-on-empty-changeset"]
        if printed.capabilities:
            args += ["--capabilities", *printed.capabilities]
        if s3_bucket:
            args += ["--s3-bucket", s3_bucket]
        return self.run(*args, check=check)

    def stack_resources(self, stack):
        """{logical id: (type, physical id)} as CloudFormation reports them."""
        out = self("cloudformation", "describe-stack-resources", "--stack-name", stack)
        return {r["LogicalResourceId"]: (r["ResourceType"], r.get("PhysicalResourceId"))
                for r in out["StackResources"]}

    def outputs(self, stack):
        out = self("cloudformation", "describe-stacks", "--stack-name", stack)
        return {o["OutputKey"]: o["OutputValue"] for o in out["Stacks"][0].get("Outputs") or []}


class DeployCommand(NamedTuple):
    """One `aws cloudformation deploy` command as `cdkpp synth` printed it."""
    stack: str
    template: str
    capabilities: tuple
    wants_s3_bucket: bool


def parse_deploy_commands(stdout):
    """{stack name: DeployCommand} for every deploy command in synth's output."""
    prefix = "aws cloudformation deploy "
    commands = {}
    for line in stdout.splitlines():
        if not line.strip().startswith(prefix):
            continue  # prose and other commands, which may quote unevenly
        options, current = {}, None
        for word in shlex.split(line)[3:]:
            if word.startswith("--"):
                current = options.setdefault(word, [])
            elif current is None:
                raise HarnessError(f"unexpected {word!r} in the printed command: {line}")
            else:
                current.append(word)
        (stack,), (template,) = options["--stack-name"], options["--template-file"]
        commands[stack] = DeployCommand(stack, template,
                                        tuple(options.get("--capabilities", ())),
                                        "--s3-bucket" in options)
    return commands


class Cdkpp:
    """The cdkpp binary under test (CDKPP_BIN)."""

    def __init__(self):
        self.binary = os.environ.get("CDKPP_BIN") or shutil.which("cdkpp")
        if not self.binary:
            raise HarnessError("set CDKPP_BIN to the cdkpp executable")

    def run(self, *args, check=True):
        done = subprocess.run([self.binary, *args], capture_output=True, text=True, timeout=60)
        if check and done.returncode != 0:
            raise HarnessError(f"`cdkpp {' '.join(args)}` exited {done.returncode}:\n"
                               f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
        return done

    def synth(self, config, out_dir, template_format="json"):
        """Synthesizes config into out_dir (templates in template_format: json
        or yaml); returns {stack name: DeployCommand} from the deploy commands
        synth printed, one per template it wrote."""
        done = self.run("synth", "-c", config, "-o", out_dir, "--format", template_format)
        written = sorted(glob.glob(os.path.join(out_dir, f"*.template.{template_format}")))
        if not written:
            raise HarnessError(f"cdkpp synth wrote no template into {out_dir}")
        commands = parse_deploy_commands(done.stdout)
        printed = sorted(os.path.abspath(c.template) for c in commands.values())
        if printed != [os.path.abspath(p) for p in written]:
            raise HarnessError(f"synth wrote {written} but printed deploy commands for "
                               f"{printed}:\n{done.stdout}")
        return commands


def source_dir():
    return os.environ.get("CDKPP_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))


class Checks:
    """Counts named checks; main() turns the count into the exit code."""

    def __init__(self):
        self.passed = 0
        self.failed = []

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed.append(name)
            print(f"FAIL {name}" + (f": {detail}" if detail else ""), flush=True)
        return ok

    def equal(self, name, actual, expected):
        return self.check(name, actual == expected, f"got {actual!r}, want {expected!r}")


def main(test):
    """Runs test(checks) and prints `N passed, M failed`; exit 1 on any failure."""
    checks = Checks()
    started = time.monotonic()
    try:
        test(checks)
    except Exception:  # a crash is a failure with its traceback, never a pass
        traceback.print_exc()
        checks.failed.append("uncaught exception")
    if not checks.passed and not checks.failed:
        checks.failed.append("no check ran")  # a flow that checked nothing proved nothing
    print(f"({time.monotonic() - started:.1f} s)")
    print(f"{checks.passed} passed, {len(checks.failed)} failed")
    sys.exit(1 if checks.failed else 0)

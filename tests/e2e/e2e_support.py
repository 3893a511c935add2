"""Shared helpers for the whole-process tests in tests/e2e.

Each *_test.py registers checks with @check and ends with run(), which prints
one line per check and the closing "N passed, M failed" line ctest reads.
"""
import atexit
import glob
import os
import pty
import shutil
import subprocess
import sys
import tempfile
import traceback

CDKPP = os.environ.get("CDKPP_BIN", "build/cdkpp")
EXAMPLE_BIN = os.environ.get("CDKPP_EXAMPLE_BIN", "build/examples/dms_to_kinesis_example")
SOURCE_DIR = os.environ.get("CDKPP_SOURCE_DIR", os.getcwd())
EXAMPLE_CONFIG = os.path.join(SOURCE_DIR, "examples", "pipeline.yaml")
STACK = "DmsMysqlKinesisCloudwatch1Stack"

_checks = []


def check(fn):
    _checks.append(fn)
    return fn


def cdkpp(*args, cwd=None, env=None):
    """Runs the cdkpp binary; returns the CompletedProcess (text mode)."""
    return subprocess.run([CDKPP, *args], cwd=cwd, env=env, capture_output=True, text=True)


CDK = os.path.join(SOURCE_DIR, "build", "tools", "node_modules", ".bin", "cdk")


def cdk(*args):
    """The pinned AWS CDK CLI that scripts/dev.sh installs, in a clean environment."""
    assert os.path.exists(CDK), f"{CDK} is missing: `bash scripts/dev.sh test` installs it"
    # A clean environment: the CLI reads every CDK* variable (CDKPP_BIN too) as
    # an option, and with CI=true it logs to stdout.
    home = tempdir()
    env = {"PATH": os.environ["PATH"], "HOME": home, "CDK_HOME": home,
           "CDK_DISABLE_VERSION_CHECK": "1", "AWS_ACCESS_KEY_ID": "testing",
           "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "us-east-1",
           "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"}
    return subprocess.run([CDK, *args], capture_output=True, text=True, env=env, timeout=120)


def synth(config, out_dir, *extra, env=None, cwd=None):
    result = cdkpp("synth", "-c", config, "-o", out_dir, *extra, env=env, cwd=cwd)
    assert result.returncode == 0, f"synth failed ({result.returncode}):\n{result.stderr}"
    return result


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def tempdir():
    """A fresh directory, removed when the test process exits (pass or fail)."""
    path = tempfile.mkdtemp(prefix="cdkpp-e2e-")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def run_on_tty(argv, env):
    """Runs argv with stdout on a pseudo-terminal; returns what it printed."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(argv, stdout=slave, stderr=subprocess.DEVNULL, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait()
    os.close(master)
    return b"".join(chunks).decode()


def on_terminal(*args, env=None):
    """Runs cdkpp with stdout on a pseudo-terminal; returns what it printed,
    with the terminal's line ends turned back into "\\n"."""
    output = run_on_tty([CDKPP, *args], env if env is not None else dict(os.environ))
    return output.replace("\r\n", "\n")


def configs():
    """Every config whose templates must be cfn-lint clean."""
    found = sorted(glob.glob(os.path.join(SOURCE_DIR, "examples", "*.yaml")))
    found += sorted(glob.glob(os.path.join(SOURCE_DIR, "templates", "*", "cdkpp.yaml")))
    found += sorted(glob.glob(os.path.join(SOURCE_DIR, "tests", "testdata", "synth", "*.yaml")))
    return found


def lint(paths):
    """cfn-lint with zero errors and zero warnings on every path."""
    result = subprocess.run(["cfn-lint", "--format", "parseable", *paths], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), (
        f"cfn-lint exit {result.returncode}:\n{result.stdout}{result.stderr}")


def run():
    assert _checks, "no @check registered: a test that checks nothing proves nothing"
    passed = failed = 0
    for fn in _checks:
        try:
            fn()
            passed += 1
            print(f"PASS {fn.__name__}")
        except Exception:  # noqa: BLE001 - report every failure, keep going
            failed += 1
            print(f"FAIL {fn.__name__}")
            traceback.print_exc()
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)

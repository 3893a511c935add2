"""Runs AWS CLI commands in one long-lived process, so the describe calls of a
test do not each pay the CLI's start-up (~0.4 s of CPU, which dominated the
suite's time). Each request builds a fresh driver with awscli's own
create_clidriver() and calls its main(): the same entry point, argument
parsing, botocore calls and output formatting as the `aws` executable.

Protocol: one JSON array of arguments per stdin line; one JSON object
{"rc": int, "out": str, "err": str} per stdout line. The environment is the
caller's (harness._clean_env: dummy credentials, no config files).
"""
import contextlib
import io
import json
import sys

from awscli.clidriver import create_clidriver

# The loader of the first driver's session, shared by every later one: it
# caches the parsed service models (EC2's is megabytes of JSON), which each
# fresh session would otherwise parse again.
_loader = None


def fresh_driver():
    global _loader
    driver = create_clidriver()
    if _loader is None:
        _loader = driver.session.get_component("data_loader")
    else:
        driver.session.register_component("data_loader", _loader)
    return driver


def main():
    channel = sys.stdout
    for line in sys.stdin:
        args = json.loads(line)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = fresh_driver().main(args)
            except SystemExit as exit_:  # argparse errors exit
                rc = exit_.code if isinstance(exit_.code, int) else 2
        channel.write(json.dumps({"rc": rc, "out": out.getvalue(), "err": err.getvalue()}) + "\n")
        channel.flush()


if __name__ == "__main__":
    main()

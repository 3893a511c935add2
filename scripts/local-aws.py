#!/usr/bin/env python3
"""A local AWS to try deploys without an account: moto's server plus the
CloudFormation handlers of the deploy tests (tests/deploy/), which add what
plain moto cannot deploy (Secrets Manager, DMS and CloudWatch alarm resources,
and its DBParameterGroup bug). Runs in the foreground on 127.0.0.1 only.

    python3 scripts/local-aws.py [--port N]     # default: a free port

It prints the --endpoint-url and the environment to export, and stops cleanly
on Ctrl-C (or SIGTERM). Nothing is kept: state lives in this process only.
"""
import argparse
import os
import signal
import sys
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
os.environ.setdefault("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")

from deploy.emulator import start_server  # noqa: E402

REGION = "us-east-1"


def instructions(port):
    endpoint = f"http://127.0.0.1:{port}"
    return f"""Local AWS (moto + cdkpp's CloudFormation handlers) listening on {endpoint}

Export this in the shell you deploy from (every AWS CLI call then goes here):
  export AWS_ENDPOINT_URL={endpoint}
  export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION={REGION}

or pass --endpoint-url {endpoint} to each aws command. Deploy the example:
  build/cdkpp synth -c examples/pipeline.yaml --format yaml
  aws cloudformation deploy --template-file cdk.out/DmsMysqlKinesisCloudwatch1Stack.template.yaml \\
      --stack-name DmsMysqlKinesisCloudwatch1Stack --capabilities CAPABILITY_IAM

Ctrl-C stops it."""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    args = parser.parse_args()
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    server, port = start_server(args.port)
    print(instructions(port), flush=True)
    stop.wait()
    server.stop()
    print("stopped", flush=True)


if __name__ == "__main__":
    main()

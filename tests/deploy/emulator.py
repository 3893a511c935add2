"""The AWS emulator for the deploy tests: moto's server plus cfn_handlers.

Run as a child process: `python3 emulator.py [--port N]`. It listens on
127.0.0.1 only (port 0 = a free port), prints `READY <port>` on stdout once it
accepts requests, and serves until SIGTERM/SIGINT or until its stdin closes
(the test that started it died, even by SIGKILL: no orphaned emulator).
"""
import argparse
import os
import signal
import sys
import threading

# AWS managed policies (AmazonDMSVPCManagementRole, ...) exist in every real
# account; moto only knows them when asked to load them.
os.environ["MOTO_IAM_LOAD_MANAGED_POLICIES"] = "true"

# Imported as the package module deploy.cfn_handlers: moto's model metaclass
# files every model class under the second component of its module name.
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from deploy import cfn_custom, cfn_handlers  # noqa: E402
from moto.moto_server.threaded_moto_server import ThreadedMotoServer  # noqa: E402


def start_server(port):
    """moto with the CloudFormation handlers, serving on 127.0.0.1:port (0 =
    a free port) in a thread; returns (server, the port it listens on). Also
    what scripts/local-aws.py runs for people. Exits 2 on a moto version the
    handlers do not support."""
    try:
        cfn_handlers.install()
    except cfn_handlers.MotoVersionError as error:
        print(f"error: {error}", file=sys.stderr, flush=True)
        sys.exit(2)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    port = server.get_host_and_port()[1]
    # The custom resource handlers call the emulator's own APIs (cfn_custom.py).
    os.environ[cfn_custom.ENDPOINT_VARIABLE] = f"http://127.0.0.1:{port}"
    return server, port


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server, port = start_server(args.port)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())

    def watch_parent():
        sys.stdin.read()  # returns at EOF: the parent closed the pipe or died
        stop.set()

    threading.Thread(target=watch_parent, daemon=True).start()
    print(f"READY {port}", flush=True)
    stop.wait()
    server.stop()


if __name__ == "__main__":
    main()

"""Godstart servers started from the built binary by a test, each with its own environment and
database (a SQLite file, or PostgreSQL when given a postgres:// address)."""

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

ROOT = Path(__file__).resolve().parent.parent
# Instances that share a PostgreSQL database must share the key its private texts are sealed with.
TEXT_KEY = "Z29kc3RhcnQtZTJlLXRlc3Qta2V5LTMyLWJ5dGVzISE="
BINARY = Path(os.environ.get("GODSTART_BINARY", ROOT / ".build" / "debug" / "godstart"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Instance:
    """A Godstart server from the built binary, with its own environment."""

    def __init__(self, work, name, database, env, demo=False):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(work / f"{name}.log", "w")
        arguments = [str(BINARY), "serve", "--hostname", "127.0.0.1", "--port", str(self.port)]
        if demo:
            arguments.append("--demo")
        # "{base}" in a value is this instance's own address (for GODSTART_PUBLIC_URL).
        environment = dict(os.environ, **{key: value.replace("{base}", self.base) for key, value in env.items()})
        if database.startswith("postgres"):
            environment["DATABASE_URL"] = database
            environment.setdefault("GODSTART_TEXT_KEYS", TEXT_KEY)
        else:
            arguments += ["--db", database]
        self.process = subprocess.Popen(arguments, cwd=work, env=environment, stdout=self.log, stderr=subprocess.STDOUT)
        for _ in range(120):
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=2)
                return
            except OSError:
                assert self.process.poll() is None, (work / f"{name}.log").read_text()[-3000:]
                time.sleep(0.5)
        raise AssertionError(f"{name} did not start: " + (work / f"{name}.log").read_text()[-3000:])

    def metric(self, name, **labels):
        """A sample of /metrics, read with prometheus-client's parser; None when it is not there."""
        text = urllib.request.urlopen(self.base + "/metrics", timeout=5).read().decode()
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == name and sample.labels == labels:
                    return sample.value
        return None

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()



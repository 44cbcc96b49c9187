"""Durability: the server is killed with SIGKILL in the middle of a stream of writes, on SQLite (in
WAL mode) and on PostgreSQL; after the restart every write the client saw acknowledged is there,
and the database passes its integrity check (SQLite's integrity_check, PostgreSQL's pg_amcheck)."""

import io
import json
import os
import re
import sqlite3
import subprocess
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import pytest
import requests

from instances import Instance

NEWCOMER = "ida@demo.godstart.dk"
PASSWORD = "godstart-demo"


def signed_in(base):
    """A requests session signed in as the new hire, with the form token of the logbook form."""
    session = requests.Session()
    page = session.get(base + "/sign-in", timeout=10).text
    token = re.search(r'name="csrfToken" value="([^"]+)"', page).group(1)
    session.post(base + "/sign-in", data={"email": NEWCOMER, "password": PASSWORD, "csrfToken": token}, timeout=10)
    form = session.get(base + "/logbook/new", timeout=10).text
    session.token = re.search(r'name="csrfToken" value="([^"]+)"', form).group(1)
    return session


def write_until_killed(base, acknowledged, stop):
    """Writes logbook entries one after another; keeps each text the server acknowledged."""
    session = signed_in(base)
    number = 0
    while not stop.is_set():
        number += 1
        text = f"Holdbarhed {time.time_ns()} nr. {number}"
        try:
            answer = session.post(base + "/logbook", data={"unsure": text, "csrfToken": session.token},
                                  allow_redirects=False, timeout=5)
        except requests.RequestException:
            return
        if answer.status_code == 303:
            acknowledged.append(text)


def written_entries(base):
    """Every logbook text the new hire has, from her own data archive (the database holds them sealed)."""
    session = signed_in(base)
    answer = session.get(base + "/settings/my-data/archive.zip", timeout=30)
    assert answer.status_code == 200
    data = json.loads(zipfile.ZipFile(io.BytesIO(answer.content)).read("data.json"))
    logbook = next(section for section in data["sections"] if section["title"] == "Logbog")
    return {field["value"] for item in logbook["items"] for field in item["fields"]}


def kill_during_writes(work, database, name):
    server = Instance(work, f"{name}-before", database, {}, demo=True)
    acknowledged, stop = [], threading.Event()
    writers = [threading.Thread(target=write_until_killed, args=(server.base, acknowledged, stop)) for _ in range(3)]
    for writer in writers:
        writer.start()
    deadline = time.time() + 30
    while len(acknowledged) < 40 and time.time() < deadline:
        time.sleep(0.05)
    server.process.kill()  # SIGKILL: no shutdown, no flush
    server.process.wait(timeout=10)
    stop.set()
    for writer in writers:
        writer.join(timeout=10)
    server.log.close()
    assert len(acknowledged) >= 40, "the writes did not get going"

    restarted = Instance(work, f"{name}-after", database, {}, demo=True)
    try:
        found = written_entries(restarted.base)
    finally:
        restarted.stop()
    missing = [text for text in acknowledged if text not in found]
    assert not missing, f"{len(missing)} of {len(acknowledged)} acknowledged writes are gone: {missing[:3]}"
    return acknowledged


def test_sqlite_in_wal_mode_keeps_every_acknowledged_write_through_sigkill():
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database = work / "durable.sqlite"
        kill_during_writes(work, str(database), "sqlite")
        connection = sqlite3.connect(database)
        try:
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            connection.close()


def test_postgresql_keeps_every_acknowledged_write_through_sigkill():
    url = os.environ.get("GODSTART_DURABILITY_DATABASE_URL")
    bindir = os.environ.get("GODSTART_PG_BINDIR")
    if not url or not bindir:
        pytest.skip("set GODSTART_DURABILITY_DATABASE_URL and GODSTART_PG_BINDIR (scripts/test.sh does)")
    with tempfile.TemporaryDirectory() as folder:
        kill_during_writes(Path(folder), url, "postgres")
        match = re.match(r"postgres(?:ql)?://([^@/]+)@([^:/]+):(\d+)/(.+)", url)
        user, host, port, name = match.groups()
        check = subprocess.run([str(Path(bindir) / "pg_amcheck"), "-h", host, "-p", port, "-U", user, "--install-missing",
                                "--heapallindexed", name], capture_output=True, text=True, timeout=300)
        assert check.returncode == 0, check.stdout + check.stderr

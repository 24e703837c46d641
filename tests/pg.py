"""A throwaway PostgreSQL cluster on 127.0.0.1 for the tests that ask for one (recipe: notes/mail-stack.md §5)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import free_port


def _bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.fail("PostgreSQL is not installed: apt-get install -y postgresql")
    return Path(found[-1]).parent


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A private cluster (trust auth, loopback only); yields a SQLAlchemy URL to a fresh database."""
    pgbin = _bin()
    root = Path(tempfile.mkdtemp(prefix="pg.", dir="/tmp"))
    os.chmod(root, 0o755)
    port = free_port()
    as_user: list[str] = []
    if os.getuid() == 0:  # initdb and postgres refuse to run as root
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data = root / "data"
    subprocess.run([*as_user, str(pgbin / "initdb"), "-D", str(data), "-U", "test", "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync", "--no-instructions"], check=True, capture_output=True, cwd="/")
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c synchronous_commit=off"
    subprocess.run([*as_user, str(pgbin / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "-t", "30",
                    "-o", opts, "start"], check=True, capture_output=True, cwd="/")
    try:
        yield f"postgresql+psycopg://test@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(pgbin / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True, cwd="/")
        shutil.rmtree(root, ignore_errors=True)

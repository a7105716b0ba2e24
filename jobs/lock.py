"""One run at a time: an OS file lock shared by the daemon and cron-started runs.

flock(2) is released by the kernel when the holder dies, even by SIGKILL, so a crashed run never
leaves a stale lock behind. The lock file is derived from the database URL: two runs writing to
the same database exclude each other, runs on different databases do not.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from pathlib import Path


def lock_path_for(database_url: str) -> Path:
    if database_url.startswith("sqlite:///") and ":memory:" not in database_url:
        db = Path(database_url.removeprefix("sqlite:///")).expanduser().resolve()
        return db.with_name(db.name + ".lock")
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"sentinella-{digest}.lock"


class LockBusy(RuntimeError):
    """Another run holds the lock."""


class RunLock:
    def __init__(self, path: Path, *, wait: bool = False):
        self.path = path
        self.wait = wait                       # used by the context manager
        self._fd: int | None = None

    def acquire(self, *, wait: bool = False) -> None:
        """Take the lock, or raise LockBusy (naming the holder's pid) unless `wait`."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise LockBusy(f"another Sentinella run (pid {holder}) is in progress ({self.path})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd

    @property
    def fd(self) -> int | None:
        """The locked descriptor, for a child process that must keep the lock while it lives."""
        return self._fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire(wait=self.wait)
        return self

    def __exit__(self, *exc) -> None:
        self.release()

"""Reading one file safely, with nothing heavier than `os` (the `tag` command uses it too):
never a device, FIFO, socket or kernel file, never more than a size limit, never blocking."""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from functools import cache

from dateline.store.ingest.report import MAX_BYTES, format_size, os_reason


class Unreadable(Exception):
    """A file that is not read; the message is the one-line reason."""


# File systems whose "files" are the kernel's (reading one may block, or leak secrets).
_KERNEL_FS = {
    "proc", "sysfs", "devtmpfs", "devpts", "debugfs", "tracefs", "securityfs", "cgroup",
    "cgroup2", "configfs", "pstore", "bpf", "efivarfs", "fusectl", "binfmt_misc", "mqueue",
    "autofs", "rpc_pipefs", "nsfs",
}  # fmt: skip
_KERNEL_DIRS = ("/proc", "/sys")
_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def printable(path: str | os.PathLike) -> str:
    """A path as text that can always be printed and stored: bytes of a file name that are
    not UTF-8 (kept by Python as lone surrogates) appear as `\\xe9`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


@cache
def kernel_devices() -> frozenset[int]:
    """Device numbers of the mounted kernel file systems (`/proc/self/mountinfo`)."""
    found = set()
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.split()
                if " - " not in line or len(fields) < 3:
                    continue
                fstype = line.split(" - ", 1)[1].split()[0]
                if fstype in _KERNEL_FS:
                    major, _, minor = fields[2].partition(":")
                    found.add(os.makedev(int(major), int(minor)))
    except (OSError, ValueError):
        pass  # not Linux: the paths below still say what is the kernel's
    for folder in _KERNEL_DIRS:
        with suppress(OSError):
            found.add(os.stat(folder).st_dev)
    return frozenset(found)


def special(path: str | os.PathLike, st: os.stat_result) -> str | None:
    """Why a file is not one to read — a device, a FIFO, a socket, the kernel's (`/proc`,
    `/sys`) — or None for a regular file. Never opens the file."""
    for test, kind in _KINDS:
        if test(st.st_mode):
            return f"not a regular file: {kind}"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    real = os.path.realpath(path)
    if st.st_dev in kernel_devices() or any(
        real == d or real.startswith(d + os.sep) for d in _KERNEL_DIRS
    ):
        return f"not read: a kernel file ({printable(real)}), not an article"
    return None


def _too_big(size: int, max_bytes: int) -> Unreadable:
    shown, limit = format_size(size), format_size(max_bytes)
    if shown == limit:  # just over: rounding would say "10 MB; the limit is 10 MB"
        shown, limit = f"{size:,} bytes", f"{max_bytes:,} bytes = {limit}"
    return Unreadable(f"file too large ({shown}; the limit is {limit})")


def open_nonblocking(path: str | os.PathLike) -> int:
    """A read-only descriptor whose reads never wait (a FIFO) and that no child inherits."""
    return os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))


def read_limited(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; `Unreadable` when it cannot be read, is not a regular file, is the
    kernel's or is over the limit. Opened non-blocking: a FIFO must not hang the caller."""
    try:
        fd = open_nonblocking(path)
    except OSError as exc:
        raise Unreadable(os_reason(exc)) from None
    with os.fdopen(fd, "rb") as f:
        try:
            st = os.fstat(fd)
            refused = special(path, st)
            if refused:
                raise Unreadable(refused)
            if st.st_size > max_bytes:
                raise _too_big(st.st_size, max_bytes)
            data = f.read(max_bytes + 1)
        except OSError as exc:
            raise Unreadable(os_reason(exc)) from None
    if data is None:  # non-blocking and nothing there: a regular file never does this
        raise Unreadable("not a regular file: nothing to read without waiting")
    if len(data) > max_bytes:
        raise _too_big(len(data), max_bytes)
    return data

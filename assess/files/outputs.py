"""Outputs written whole or not at all, never over a workspace or over the command's own input.

Every file a command writes (a report in any format, an export, a new workspace) goes through
here. Its content is written to a file in the target's folder that has no name yet (Linux's
``O_TMPFILE``; elsewhere a hidden file, see ``leftovers``) and is then linked into place, so a
reader sees the old file or the new one and a killed command leaves nothing. Before that, the
target is refused when it is a workspace (any SQLite database) or the same file as an input,
compared by device and inode so that symlinks and hard links are caught too.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from assess.errors import BadInput
from assess.files.leftovers import hidden_name, sweep
from assess.files.open_databases import connected_here

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's files beside a database
OUT_FIX = "choose another output file"


def refuse_target(out: Path, inputs: Sequence[Path] = ()) -> None:
    """BadInput when writing ``out`` would destroy a workspace or one of ``inputs``."""
    for source in inputs:
        if _side_file_of(out, source):
            raise BadInput.one(out, f"this is a file SQLite keeps beside {source}", fix=OUT_FIX)
    try:
        found = os.stat(out)
    except FileNotFoundError:
        if not out.parent.is_dir():
            raise BadInput.one(out, "the folder does not exist", fix="create it first") from None
        return
    except OSError as exc:
        raise BadInput.one(out, f"cannot look at the file ({exc.strerror})", fix=OUT_FIX) from None
    if stat.S_ISDIR(found.st_mode):
        raise BadInput.one(out, "this is a folder", fix="name a file inside it")
    if not stat.S_ISREG(found.st_mode):
        raise BadInput.one(out, "this is not a regular file", fix=OUT_FIX)
    for source in inputs:
        if _same_file(found, source):
            raise BadInput.one(
                out,
                f"this is the input {source} itself (the same file); it is never overwritten",
                fix=OUT_FIX,
            )
    if _is_database(out):
        raise BadInput.one(
            out,
            "this is a workspace (a SQLite database); no output ever overwrites one",
            fix=OUT_FIX,
        )


def write_output(out: Path, content: bytes, inputs: Sequence[Path] = ()) -> Path:
    """Write ``content`` to ``out`` whole (replacing an earlier output), after ``refuse_target``."""
    with output_file(out, inputs) as handle:
        handle.write(content)
    return out


@contextmanager
def output_file(out: Path, inputs: Sequence[Path] = ()) -> Iterator[BinaryIO]:
    """A file to write ``out``'s content into; it appears at ``out`` once the block succeeds."""
    refuse_target(out, inputs)
    with _draft(out) as draft:
        yield draft.handle
        draft.handle.flush()
        refuse_target(out, inputs)  # again: the target may have changed meanwhile
        draft.publish(out, replace=True)


def output_folder(folder: Path) -> Path:
    """``folder``, created (with its parents) when missing; BadInput when that cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise BadInput.one(folder, "this is a file, not a folder", fix="name a folder") from None
    except OSError as exc:
        raise BadInput.one(
            folder, f"cannot create the folder ({exc.strerror})", fix="name a folder you may write"
        ) from None
    return folder


def publish_new(out: Path, content: bytes) -> None:
    """Write ``content`` to ``out``, which must not exist yet (nor appear meanwhile)."""
    with _draft(out) as draft:
        draft.handle.write(content)
        draft.handle.flush()
        try:
            draft.publish(out, replace=False)
        except FileExistsError:
            raise BadInput.one(
                out,
                "a file already exists here; it is never overwritten",
                fix="choose another file name",
            ) from None


class _Draft:
    """An output's content before it has its name: an anonymous file, or a hidden named one."""

    def __init__(self, target: Path) -> None:
        self.named: Path | None = None
        fd = _anonymous_file(target.parent)
        if fd is None:
            self.named = hidden_name(target)
            fd = os.open(self.named, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        self.handle: BinaryIO = os.fdopen(fd, "w+b")

    def publish(self, out: Path, *, replace: bool) -> None:
        os.fchmod(self.handle.fileno(), 0o666 & ~_UMASK)
        if self.named is None and self._link_anonymous(out, replace=replace):
            return
        if self.named is None:  # no /proc to link through: give the content a name first
            self.named = hidden_name(out)
            self.handle.seek(0)
            with self.named.open("xb") as copy:
                copy.write(self.handle.read())
        if replace:
            os.replace(self.named, out)
            self.named = None
        else:
            _link_or_copy(self.named, out)

    def _link_anonymous(self, out: Path, *, replace: bool) -> bool:
        """Give the anonymous file its name; False where the system cannot."""
        source = f"/proc/self/fd/{self.handle.fileno()}"
        try:
            if not replace:
                _link_fd(source, out)
                return True
            temp = hidden_name(out)
            _link_fd(source, temp)
        except FileExistsError:
            raise
        except OSError:
            return False
        try:
            os.replace(temp, out)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return True

    def discard(self) -> None:
        self.handle.close()
        if self.named is not None:
            self.named.unlink(missing_ok=True)


@contextmanager
def _draft(target: Path) -> Iterator[_Draft]:
    sweep(target.parent)
    draft = _Draft(target)
    try:
        yield draft
    finally:
        draft.discard()


def _anonymous_file(folder: Path) -> int | None:
    """A file in ``folder`` with no name (gone with the process whatever happens), if possible."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None:
        return None
    try:
        return os.open(folder, flag | os.O_RDWR, 0o600)
    except OSError:  # a file system or system without anonymous files
        return None


def _link_fd(source: str, target: Path) -> None:
    """linkat(…, AT_SYMLINK_FOLLOW): a plain link() refuses /proc/self/fd's magic links."""
    root = os.open("/", os.O_RDONLY)
    try:
        os.link(source, target, src_dir_fd=root, follow_symlinks=True)
    finally:
        os.close(root)


def _link_or_copy(source: Path, target: Path) -> None:
    """``target`` as a new name of ``source`` (never replacing a file), then ``source`` gone."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: exclusive create, then copy
        with source.open("rb") as src, target.open("xb") as dst:
            dst.write(src.read())
    source.unlink(missing_ok=True)


def _same_file(found: os.stat_result, source: Path) -> bool:
    try:
        return os.path.samestat(found, os.stat(source))
    except OSError:
        return False


def _side_file_of(out: Path, source: Path) -> bool:
    try:
        same_folder = out.parent.resolve() == source.parent.resolve()
    except OSError:
        return False
    return same_folder and any(out.name == source.name + side for side in SIDE_FILES)


def _is_database(path: Path) -> bool:
    if connected_here(path):
        return True
    with suppress(OSError), path.open("rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    return False


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()

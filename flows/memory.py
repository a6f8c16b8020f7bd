"""Give the flow process's freed heap back to the system between batches (glibc keeps it otherwise)."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none (musl, macOS, Windows)."""
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None


def release_free_memory() -> None:
    """Return freed pages to the system: a batch's rows are Python objects and Arrow buffers allocated through
    malloc (`ARROW_DEFAULT_MEMORY_POOL=system`), and glibc would keep their pages, so the resident size of a long
    run grew with every batch (20 000 documents: peak 478 MB without, 409 MB with one trim per batch)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)

"""Exception hierarchy: every message names the file, span or text at fault."""

from __future__ import annotations


class VnreportError(Exception):
    """Base class for errors raised by vnreport."""


class DecodeError(VnreportError):
    """Bytes that are not a Vietnamese text in any supported encoding."""

    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status


class NumberFormatError(VnreportError):
    """A number surface that cannot be read unambiguously."""

    def __init__(self, surface: str, reason: str) -> None:
        super().__init__(f"cannot read number {surface!r}: {reason}")
        self.surface = surface
        self.reason = reason


class VocabularyError(VnreportError):
    """A reference table under data/reference/ that breaks its schema."""


class ParameterError(VnreportError):
    """A run parameter with a value outside the allowed ones."""

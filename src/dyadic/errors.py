"""Dyadic's exceptions: one root, stage-aware subclasses that survive pickling (Dask moves them)."""

from __future__ import annotations


class DyadicError(Exception):
    """Root of every error Dyadic raises on purpose.

    Args:
        message: what was wrong and what to do about it.
        doc_id: the document concerned, when there is one.
        stage: the pipeline stage that raised it (ingest, document, nlp, actors, events, ...).
    """

    def __init__(
        self, message: str, *, doc_id: str | None = None, stage: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.doc_id = doc_id
        self.stage = stage

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.message, self.doc_id, self.stage))

    def __str__(self) -> str:
        where = ", ".join(
            part
            for part in (
                f"document {self.doc_id}" if self.doc_id else "",
                f"stage {self.stage}" if self.stage else "",
            )
            if part
        )
        return f"{self.message} ({where})" if where else self.message


def _rebuild(
    cls: type[DyadicError], message: str, doc_id: str | None, stage: str | None
) -> DyadicError:
    return cls(message, doc_id=doc_id, stage=stage)


class InputError(DyadicError):
    """An input could not be read or decoded; it goes to the rejects output."""


class ConfigError(DyadicError):
    """A setting, model or data file is missing or invalid."""


class StoreError(DyadicError):
    """The store could not be opened, read or written."""


class UsageError(DyadicError):
    """The caller asked for something that makes no sense (bad option, unknown name)."""

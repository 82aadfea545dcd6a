"""Readers turn source text into a `Document`: one module per format.

Each reader is registered through the `newslint_readers` hook as a
`ReaderSpec` whose `target` is imported only when a file of that format is
read, so start-up does not pay for the HTML or Markdown parser.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newslint.document import Document

ReadFunc = Callable[[str, str], "Document"]


@dataclass(frozen=True)
class ReaderSpec:
    """A format: its name, file extensions and `module:function` reader."""

    name: str
    extensions: tuple[str, ...]
    target: str | ReadFunc

    def load(self) -> ReadFunc:
        if callable(self.target):
            return self.target
        module, _, func = self.target.partition(":")
        return getattr(importlib.import_module(module), func)

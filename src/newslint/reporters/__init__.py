"""Output formats: one module per format, each a reporter class.

A reporter is built as `factory(stream, options)` and receives `start()`,
then `file(result)` for each linted file as results stream in, then
`finish(summary)`. Formats register through the `newslint_output_formats`
hook with a lazy `"module:Class"` target, so the SARIF writer is imported
only when `--format sarif` asks for it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ReporterSpec:
    name: str
    target: Any  # a callable or "module:Class"

    def load(self):
        if callable(self.target):
            return self.target
        module, _, attr = self.target.partition(":")
        return getattr(importlib.import_module(module), attr)

"""Errors that end a run with exit 2 and one clear line, never a traceback."""


class NewslintError(Exception):
    """A usage, config, pack or plugin error: the message is shown as is."""

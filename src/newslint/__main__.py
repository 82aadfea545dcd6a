"""`python -m newslint` runs the same CLI as the `newslint` script."""

from newslint.cli import run

run()

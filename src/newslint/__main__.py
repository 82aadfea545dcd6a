"""`python -m newslint` runs the same CLI as the `newslint` script."""

import sys

from newslint.cli import main

sys.exit(main())

"""Entry point for the frozen app: the same `dorpsboek` command (no arguments = the window)."""

import sys

from dorpsboek.cli.main import main

if __name__ == "__main__":
    sys.exit(main())

"""Run the CLI with ``python -m archive``."""

from archive.cli import main

main()

"""``python -m lagebild``: the command line."""

from lagebild.cli import main

main()

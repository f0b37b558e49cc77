"""``python -m lagebild``: the command line."""

from lagebild.cli import app

app(prog_name="lagebild")

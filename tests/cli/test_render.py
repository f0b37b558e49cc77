"""Tables that fit the terminal: columns by rank and width, cells cut at words."""

from __future__ import annotations

from rich.console import Console

from lagebild.cli.render import Column, build_table, fit_columns, shorten, source_cell

COLUMNS = (
    Column("id", 3, 0),
    Column("source", 12, 1, wrap=True, ratio=3, share=0.15),
    Column("form", 8, 5),
    Column("modality", 11, 2),
    Column("message", 20, 0, wrap=True, ratio=5, share=0.35),
    Column("figures", 12, 3, wrap=True, ratio=2),
    Column("event", 15, 4, wrap=True, ratio=2),
)
ROWS = [
    {
        "id": "c8",
        "source": source_cell(
            "Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow", "Kyrylo Budanov"
        ),
        "form": "indirect",
        "modality": "possible",
        "message": "dass rund 11.000 Infanteristen aus Nordkorea im Osten Russlands ausgebildet "
        "werden und ab November gegen die Ukraine kämpfen könnten",
        "figures": "≈11.000 Infanteristen",
        "event": "DEPLOY_TROOPS\nNorth Korea -> Russia",
    },
    {"id": "c9", "source": "(author)", "form": "unattributed", "modality": "asserted",
     "message": "Nordkorea liefert bereits erhebliche Mengen an Waffen", "figures": "",
     "event": ""},
]  # fmt: skip


def render(width: int, wide: bool = False) -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    with console.capture() as capture:
        console.print(build_table(COLUMNS, ROWS, width, wide))
    return capture.get().splitlines()


def test_columns_by_rank_and_width() -> None:
    narrow = [c.name for c in fit_columns(COLUMNS, ROWS, 80)]
    broad = [c.name for c in fit_columns(COLUMNS, ROWS, 120)]
    assert narrow[:2] == ["id", "source"] and "message" in narrow and "form" not in narrow
    assert set(narrow) < set(broad) and "event" in broad
    assert [c.name for c in fit_columns(COLUMNS, ROWS, 40, wide=True)] == [c.name for c in COLUMNS]
    # a column no row fills is left out
    assert "event" not in [c.name for c in fit_columns(COLUMNS, ROWS[1:], 200)]


def test_tables_fit_and_cut_only_at_words() -> None:
    words = {w for row in ROWS for cell in row.values() for w in cell.split()}
    words |= {c.name for c in COLUMNS}
    for width in (60, 80, 120):
        lines = render(width)
        assert lines and all(len(line) <= width for line in lines), width
        for token in " ".join(lines).split():
            if set(token) <= set("─━"):
                continue
            assert token in words or token.endswith("…"), (width, token)


def test_source_shows_the_text_beside_the_entity() -> None:
    assert source_cell("die Polizei", None) == "die Polizei -> ?"
    assert source_cell("DRK", "German Red Cross") == "DRK -> German Red Cross"
    assert source_cell("Budanov", "budanov") == "Budanov"
    assert source_cell("intelligence chief Kyrylo Budanov", "Kyrylo Budanov") == (
        "intelligence chief Kyrylo Budanov"
    )
    assert source_cell("Kyrylo Budanow", "Kyrylo Budanov") == "Kyrylo Budanow -> Kyrylo Budanov"
    assert source_cell(None, None, form="unattributed") == "(author)"
    assert source_cell("NIS", "NIS", relayed_by="Yonhap") == "NIS (via Yonhap)"


def test_shorten_cuts_at_a_word() -> None:
    text = "Die Donau ist in Passau über die Ufer getreten, viele Keller stehen unter Wasser"
    short = shorten(text, 30)
    assert short == "Die Donau ist in Passau über …"
    assert shorten("kurz", 30) == "kurz"

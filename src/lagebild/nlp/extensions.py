"""The ``Doc`` extensions lagebild's components read and write, registered in one place."""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = (
    "doc_date",
    "body_start",  # where the body begins after a dateline (a character offset)
    "mentions",
    "quantities",
    "times",
    "claims",  # attribution: ClaimSpans
    "modalities",  # modality: one Modality per claim
    "events",  # events: one Event or None per claim
    "parses",
)


def register_extensions() -> None:
    """Register every lagebild ``Doc`` extension (default None) unless already there."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)

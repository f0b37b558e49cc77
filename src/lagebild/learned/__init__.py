"""A learned attribution tagger over frozen encoder features, stacked on the rules.

Opt-in only: a model is trained by the user (``lagebild train attribution``) on an
annotated corpus and inherits its licence; the default pipeline never loads one.
"""

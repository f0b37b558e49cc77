"""A learned attribution tagger over the pretrained encoder, stacked on the rules.

Opt-in only: a model is trained by the user (``lagebild train attribution``) on an
annotated corpus and inherits its licence; the default pipeline never loads one. The
encoder's layers 7-10 are fine-tuned with the tagger (:mod:`lagebild.learned.tune`, torch,
training only) or stay frozen (``--frozen``); either model runs without torch.
"""

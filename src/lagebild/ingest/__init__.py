"""lagebild.ingest"""

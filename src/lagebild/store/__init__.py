"""lagebild.store"""

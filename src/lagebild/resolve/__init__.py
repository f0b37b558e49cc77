"""lagebild.resolve"""

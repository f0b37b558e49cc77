"""lagebild.evaluate"""

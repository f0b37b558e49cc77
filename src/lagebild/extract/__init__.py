"""lagebild.extract"""

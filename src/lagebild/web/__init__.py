"""lagebild.web"""

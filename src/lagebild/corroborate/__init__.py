"""lagebild.corroborate"""

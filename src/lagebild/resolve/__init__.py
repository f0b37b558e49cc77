"""lagebild.resolve: the knowledge base of entities and the keys mentions are matched on."""

from lagebild.resolve.kb import Alias, KnowledgeBase, save_user_entity
from lagebild.resolve.normalize import normalize_key

__all__ = ["Alias", "KnowledgeBase", "normalize_key", "save_user_entity"]

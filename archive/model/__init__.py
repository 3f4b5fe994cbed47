"""The one model in the middle: frozen dataclasses that mirror the profile schema."""

from archive.model.item import Block, EditNote, NewsItem, Original, Person, Role

__all__ = ["Block", "EditNote", "NewsItem", "Original", "Person", "Role"]

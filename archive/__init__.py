"""archive: scraped news pages to canonical NewsML-G2 items, published as EPUB, PDF and JSON-LD."""

__version__ = "0.1.0"

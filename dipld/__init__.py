"""dipld: diplomacy news turned into Linked Data facts linked to Wikidata, served over SPARQL."""

__version__ = "0.1.0"

__all__ = ["__version__"]

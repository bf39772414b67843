"""The domain: vocabularies, dataclasses, validation and errors. Standard library only."""

"""Use cases: one short session per user action."""

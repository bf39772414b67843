"""What the app writes for people (reports, rosters, slips, cards). Pure functions; no Qt, no SQL."""

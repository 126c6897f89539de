"""Decide what the extracted pieces mean together: who each statement and figure belongs to
(entities, discourse), and what each figure counts (quantities)."""

"""Understanding and telling: money amounts, deal rules, events and notification delivery."""

"""Qt models: adapt records to views. No SQL here; data comes from services."""

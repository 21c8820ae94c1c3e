"""Models for the reminders app."""

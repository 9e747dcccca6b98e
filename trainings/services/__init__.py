"""Writes for sessions, trainees and certificates, one module per concern."""

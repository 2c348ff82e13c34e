"""Dateline's terminal reader (Textual) and command line."""

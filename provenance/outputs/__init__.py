"""Outputs of audited articles: the text and HTML reports, and the SQLite database for Datasette."""

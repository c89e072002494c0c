"""Stage 1: reading inputs (files, URLs, JSON Lines, standard input) and extracting the article from a page."""

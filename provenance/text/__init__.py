"""Stage 2: the article's text: its language, the boilerplate that is not the article, interviews, and its sentences."""

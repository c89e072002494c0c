"""HTML extraction (ingest/extract.py): what trafilatura leaves out and the page shows as the article's."""
from pathlib import Path

import pytest

from provenance.ingest.extract import extract_html

PAGES = Path(__file__).resolve().parents[2] / "shared" / "data" / "html-pages"


@pytest.mark.skipif(not PAGES.exists(), reason="../shared/data/html-pages is not next to the project")
def test_the_standfirst_under_the_headline_opens_the_text():
    # topagrar.com.schnee.solat.html: trafilatura drops the paragraph under the <h2> headline, which is also
    # the page's description; the page's expected snippets need it
    page = (PAGES / "topagrar.com.schnee.solat.html").read_text(encoding="utf-8")
    text = extract_html(page, "https://www.topagrar.com/energie/news/schnee-belastet-module-10558804.html", "t").text
    assert text.startswith("Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur")
    assert text.count("Das Gewicht belastet auch Module") == 1


def test_a_description_the_page_does_not_show_stays_out():
    body = " ".join(f"<p>Paragraph {i} of the article tells what happened in the town on Monday morning.</p>"
                    for i in range(12))
    page = ("<html><head><title>Storm hits the town</title><meta name='description' content='A teaser written "
            "for search engines that the page itself never shows to its readers at all.'></head><body>"
            f"<article><h1>Storm hits the town</h1>{body}</article></body></html>")
    text = extract_html(page, None, "t").text
    assert "Paragraph 3 of the article" in text
    assert "teaser written for search engines" not in text

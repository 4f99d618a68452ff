"""A generic web page names its outlet in its <title> when it has no site metadata."""

from __future__ import annotations

import pytest
from positions_plugins.generic_html import site_from_title

from positions import Source, extract_source


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Israel rejects Russian patrols | Levant Daily", "Levant Daily"),
        ("Talks resume in Baku – The Caspian Herald", "The Caspian Herald"),
        ("Talks resume in Baku", None),
        ("A | headline that is really far too long to be the name of any outlet at all", None),
        (None, None),
    ],
)
def test_site_from_title(title: str | None, site: str | None) -> None:
    assert site_from_title(title) == site


def test_a_page_without_site_metadata_is_named_by_its_title() -> None:
    html = (
        "<html><head><title>Israel rejects Russian patrols | Levant Daily</title></head>"
        "<body><nav>Home | World</nav><article><h1>Israel rejects Russian patrols</h1>"
        "<p>Israel rejected the deployment of Russian patrols in southern Syria, officials "
        "said on Monday.</p></article></body></html>"
    )
    article = extract_source(Source.from_text(html, name="page.html")).article
    assert article is not None
    assert article.outlet == "Levant Daily"
    assert article.title == "Israel rejects Russian patrols"
    assert "Home | World" not in article.body


def test_site_metadata_wins_over_the_title() -> None:
    html = (
        "<html><head><title>Story | Some Aggregator</title>"
        '<meta property="og:site_name" content="The Real Outlet"></head>'
        "<body><article><h1>Story</h1><p>Syria rejected the corridor to Sweida.</p>"
        "</article></body></html>"
    )
    article = extract_source(Source.from_text(html, name="page.html")).article
    assert article is not None and article.outlet == "The Real Outlet"


def test_an_embedded_post_is_story_text_but_a_share_bar_is_not() -> None:
    html = (
        "<html><head><title>Saar draws three lines | Levant Daily</title></head><body>"
        "<article><h1>Saar draws three lines</h1>"
        "<p>The foreign minister set out his position in a post on Monday.</p>"
        '<div class="social-share"><a href="#">Share on X</a></div>'
        '<blockquote class="embed social-post"><p>No Turkish bases in southern Syria.</p>'
        "&mdash; Gideon Saar (@gidonsaar)</blockquote>"
        "<p>Ankara did not respond.</p></article></body></html>"
    )
    article = extract_source(Source.from_text(html, name="page.html")).article
    assert article is not None
    assert "No Turkish bases in southern Syria." in article.body
    assert "Share on X" not in article.body

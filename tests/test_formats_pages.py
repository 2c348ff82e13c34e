"""Real pages read cleanly (issue 14): feed markup, titles without the site's name, error
pages and paywall stubs, boilerplate, JSON Feed and MHTML. Every page and feed here is
written for the test; none is a publisher's text."""

from __future__ import annotations

import datetime as dt
import json
import quopri
import warnings

import pytest

from dateline.store.formats import read_articles, read_file
from dateline.store.formats.article import ArticleError
from dateline.store.formats.boilerplate import clean_paragraphs
from dateline.store.formats.detect import detect
from dateline.store.formats.pagemeta import without_site

STORY = [
    "The harbour ferry returned to service on Monday after a winter of repairs, the operator "
    "said, and the first crossing carried more than two hundred passengers.",
    "Engineers replaced both engines and the steering gear, work that took four months and "
    "cost the town council about 1.2 million pounds, according to its accounts.",
    "Regular passengers said the timetable had been missed, and shop owners on the quay "
    "expected trade to recover quickly now that the boat was running again.",
]


def page(
    *,
    title: str = "Ferry returns to the harbour - Valley Post",
    head: str = "",
    body: list[str] | None = None,
    extra: str = "",
) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in (STORY if body is None else body))
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Ferry returns to the harbour</h1>"
        f"{paras}{extra}</article><footer>Contact us</footer></body></html>"
    ).encode()


# -- feeds: plain text ------------------------------------------------------------------------

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Valley &amp;amp; Hill</title>
<item><title>&lt;b&gt;Ferry&lt;/b&gt; fares rise to &amp;#x0024;12</title>
<link>https://valley.example/ferry</link><pubDate>Mon, 02 Mar 2020 10:00:00 EDT</pubDate>
<description>&lt;p&gt;Fares &lt;i&gt;rose&lt;/i&gt; on Monday.&amp;nbsp;...&lt;/p&gt;
</description></item>
<item><title>Bakery sells PB&amp;amp;J   sandwiches &amp;#8212; again</title>
<link>https://valley.example/bakery</link>
<description>Sales doubled, &amp;amp;quot;easily&amp;amp;quot;, the owner said.</description></item>
</channel></rss>"""


def test_feed_titles_and_summaries_are_plain_text():
    first, second = read_articles("feed.xml", FEED.encode())
    assert first.title == "Ferry fares rise to $12"
    assert first.paragraphs[0].text == "Fares rose on Monday. ..."
    assert second.title == "Bakery sells PB&J sandwiches — again"
    assert second.paragraphs[0].text == 'Sales doubled, "easily", the owner said.'
    assert first.source == "Valley & Hill"


def test_unknown_time_zone_never_leaks_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning fails the test
        first, _ = read_articles("feed.xml", FEED.encode())
        [a] = read_articles(
            "a.txt", b"Quay reopens\nMarch 2, 2020 10:31 EDT\n\nThe quay reopened on Monday.\n"
        )
    assert first.published == dt.date(2020, 3, 2) and a.published == dt.date(2020, 3, 2)


# -- titles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, sites, expected",
    [
        ("Bridge reopens - Valley Post", ["Valley Post"], "Bridge reopens"),
        ("Bridge reopens | Valley Post | Valley Post", [], "Bridge reopens"),
        ("Bridge reopens - Telegraph", ["Telegraph.co.uk"], "Bridge reopens"),
        ("Bridge reopens | VP | 19.01.2020", ["VP.COM"], "Bridge reopens"),
        ("Bridge reopens - By Ann Lee - Valley Post", ["Valley Post"], "Bridge reopens"),
        ("Fires - the view from the hill", ["Valley Post"], "Fires - the view from the hill"),
        ("Valley Post", ["Valley Post"], "Valley Post"),
    ],
)
def test_site_name_is_cut_from_the_title(title, sites, expected):
    assert without_site(title, sites) == expected


def test_page_title_comes_from_its_metadata_without_the_site():
    head = (
        '<meta property="og:title" content="Ferry returns to the harbour &amp; quay | Valley Post">'
        '<meta property="og:site_name" content="Valley Post">'
        '<link rel="canonical" href="https://valley.example/ferry">'
    )
    [a] = read_articles("p.html", page(head=head))
    assert a.title == "Ferry returns to the harbour & quay"
    assert (a.source, a.url) == ("Valley Post", "https://valley.example/ferry")


@pytest.mark.parametrize(
    "stamp, expected",
    [
        ("2020-07-09T03:02:34-05:00", dt.date(2020, 7, 9)),  # the publisher's local day
        ("2020-07-09 18:09:55", dt.date(2020, 7, 9)),
        ("2020-07-09T10:04:04Z", dt.date(2020, 7, 9)),  # a UTC hour of one day everywhere
        ("2020-07-09T01:09:55Z", dt.date(2020, 7, 8)),  # the evening before in America: not
    ],  # read, the CMS's creation date below stands
)
def test_the_articles_declared_publication_day_wins_over_a_cms_or_caption_date(stamp, expected):
    """A page's JSON-LD article declares its publication; a CMS's "date_created" (when the
    draft began, a day early) or a photo's caption date is not it."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": stamp}
    head = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        '<meta name="date" content="2020-07-08">'
    )
    extra = "<figure><figcaption>The ferry on July 1, 2020.</figcaption></figure>"
    [a] = read_articles("p.html", page(head=head, extra=extra))
    assert a.published == expected


def test_json_ld_headline_and_publisher_name_the_site():
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "headline": "Ferry returns to the harbour"},
            {"@type": "Organization", "name": "Valley Post"},
        ],
        "publisher": {"name": "Valley Post"},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    [a] = read_articles("p.html", page(head=head, title="Ferry returns - Valley Post"))
    assert a.title == "Ferry returns to the harbour"


def test_title_entities_are_decoded_even_when_escaped_twice():
    head = '<meta property="og:title" content="Ferry &amp;#039;returns&amp;#039; to the harbour">'
    [a] = read_articles("p.html", page(head=head))
    assert a.title == "Ferry 'returns' to the harbour"


# -- error pages and stubs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, body",
    [
        ("Page Not Found", ["Sorry, we looked everywhere for this page. Try the search box."]),
        ("403 Forbidden", ["nginx"]),
        ("Valley Post", ["Oops! The page you requested could not be found. Go back home."]),
        ("Access denied | Valley Post", ["You do not have permission to access this server."]),
        (
            "Ferry returns to the harbour",
            ["The ferry returned on Monday.", "To continue reading, subscribe for one pound."],
        ),
    ],
)
def test_error_pages_and_paywall_stubs_are_refused_with_the_reason(title, body):
    with pytest.raises(ArticleError, match=r"^an error page|^a paywall stub"):
        read_articles("p.html", page(title=title, body=body))


def test_an_article_that_mentions_an_error_is_still_an_article():
    body = [*STORY, "The council said the page had been not found in its archive for years."]
    [a] = read_articles("p.html", page(body=body))
    assert len(a.paragraphs) >= 3


# -- boilerplate ------------------------------------------------------------------------------


def test_teasers_copyright_and_credits_are_cut_and_a_date_line_dates_the_article():
    extra = (
        "<p>Published March 5, 2020</p>"
        "<p>Read more: Council votes on new bus lanes</p>"
        "<h2>Trending On Valley Post</h2><p>Mayor opens new library</p><p>School wins prize</p>"
        "<p>Photo by Ann Lee/Valley Post</p>"
        "<p>© Valley Post 2020. All rights reserved.</p>"
        "<p>Sign up for our free daily newsletter</p>"
        "<p>Get the day's news sent to your inbox!</p>"
    )
    [a] = read_articles("p.html", page(extra=extra))
    texts = [p.text for p in a.paragraphs]
    assert texts == STORY
    assert a.published == dt.date(2020, 3, 5)


def test_caption_credits_go_and_captions_stay():
    kept, _ = clean_paragraphs(
        [
            ("caption", "Passengers board the ferry on Monday. Photograph: Ann Lee/Valley Post"),
            ("caption", "The captain on the bridge (Image: Harbour Trust)"),
            ("caption", "Ann Lee/Valley Post"),
            ("body", "The ferry returned on Monday."),
        ]
    )
    assert kept == [
        ("caption", "Passengers board the ferry on Monday."),
        ("caption", "The captain on the bridge"),
        ("body", "The ferry returned on Monday."),
    ]


def test_a_wire_photo_caption_set_as_a_paragraph_is_a_caption():
    """A page may set its photo's caption as the first paragraph ("FILE PHOTO: … January
    16, 2020. Ann Lee/Pool via REUTERS"): its date is the photo's, and read as body it set
    the time of the story's undated lead; kept as a caption, without its credit."""
    kept, _ = clean_paragraphs(
        [
            (
                "body",
                "FILE PHOTO: The mayor speaks at the harbour, January 16, 2020. "
                "Ann Lee/Pool via REUTERS",
            ),
            ("body", "The mayor opens the bridge, May 4, 2019. REUTERS/Tom Ray"),
            ("body", "The ferry returned on Friday, the harbour master said."),
            ("body", "Filed under: ferries. The quay reopened via a side gate."),
        ]
    )
    assert kept == [
        ("caption", "The mayor speaks at the harbour, January 16, 2020."),
        ("caption", "The mayor opens the bridge, May 4, 2019."),
        ("body", "The ferry returned on Friday, the harbour master said."),
        ("body", "Filed under: ferries. The quay reopened via a side gate."),
    ]


def test_a_digest_page_keeps_its_first_story_up_to_the_writers_name():
    """A digest page prints brief after brief, each signed by its writer ("… for the 13th
    day running. Ann Lee"); the briefs after the first are other stories, which became the
    saved story's events. A name in a sentence is no signature."""
    kept, _ = clean_paragraphs(
        [
            ("body", "The mayor opened the bridge on Monday."),
            ("body", "Crowds cheered as the ribbon was cut, said Tom Ray."),
            ("body", "It was the first bridge in a decade. Ann Lee"),
            ("body", "The harbour board raised fees on Tuesday."),
            ("body", "Fishermen protested. Tom Ray"),
        ]
    )
    assert kept == [
        ("body", "The mayor opened the bridge on Monday."),
        ("body", "Crowds cheered as the ribbon was cut, said Tom Ray."),
        ("body", "It was the first bridge in a decade."),
    ]


def test_teasers_cut_off_mid_sentence_go_and_a_writers_trailing_off_stays():
    kept, _ = clean_paragraphs(
        [
            ("body", "The ferry returned on Monday."),
            ("body", "Little did the crew know…"),
            ("body", "Stocks were mixed on Monday as traders awaited the ..."),
            ("body", "HARBOUR CITY - The council met on Friday to discuss the..."),
        ]
    )
    assert kept == [
        ("body", "The ferry returned on Monday."),
        ("body", "Little did the crew know…"),
    ]


def test_more_links_gallery_links_headline_lists_and_hidden_addresses_go():
    """Another story's "… more" teaser, a gallery's link, a list of headlines set as one
    paragraph, and the "[email protected]" a page shows for a hidden address are furniture;
    a sentence about pictures or with one bullet stays."""
    kept, _ = clean_paragraphs(
        [
            ("body", "The ferry returned on Monday."),
            ("body", "Hundreds gathered at the quay as a heavy blow was struck... more"),
            ("body", "Ferry returns to the harbour, in pictures"),
            ("body", "• Crew safe after storm • Captain praised • Quay to reopen"),
            ("body", "Or by Email [email protected]"),
            ("body", "The captain showed reporters pictures of the storm."),
            ("body", "• The quay reopens on Friday."),
        ]
    )
    assert kept == [
        ("body", "The ferry returned on Monday."),
        ("body", "The captain showed reporters pictures of the storm."),
        ("body", "• The quay reopens on Friday."),
    ]


def test_shouted_lines_contributors_and_more_information_blocks_go():
    kept, _ = clean_paragraphs(
        [
            ("body", "The ferry returned on Monday."),
            ("body", "MAYOR OPENS NEW LIBRARY IN THE OLD TOWN: REPORTS"),
            ("body", "CLICK HERE TO GET THE VALLEY POST APP"),
            ("body", "The captain thanked the crew."),
            ("body", "Valley Post's Ann Lee and Tom Ray contributed to this report."),
            ("body", "This story was provided by Harbour News, a partner site."),
            ("body", "This article originally appeared on Harbour News."),
            ("body", "Posted by Ann Lee, Valley Post"),
            ("body", "Written by: Tom Ray"),
            ("body", "READ | Council votes on new bus lanes"),
            ("body", "More Information"),
            ("body", "Council votes on new bus lanes"),
            ("body", "School wins prize"),
        ]
    )
    assert kept == [
        ("body", "The ferry returned on Monday."),
        ("body", "The captain thanked the crew."),
    ]


def test_advertisers_disclosures_go_and_a_sign_up_box_ends_the_story():
    """A review site's page: the disclosure before the story, and after the story the card
    offers under a sign-up box's confirmation, none of which is the story."""
    kept, _ = clean_paragraphs(
        [
            (
                "body",
                "This page lists cards chosen by one or more of our "
                "advertisers. We may earn compensation if you use these links.",
            ),
            ("body", "The ferry line has set a new date for its first crossing: March 31."),
            ("body", "Welcome to the new ferry terminal, which opened on Monday!"),
            ("body", "Thanks for subscribing!"),
            ("body", "Earn 6,000 reward points once you spend $250 in the first 3 months."),
            ("body", "Terms apply to the offers shown here."),
        ]
    )
    assert kept == [
        ("body", "The ferry line has set a new date for its first crossing: March 31."),
        ("body", "Welcome to the new ferry terminal, which opened on Monday!"),
    ]


def test_a_sentence_is_not_taken_for_boilerplate():
    story = [
        ("body", "Subscribers to the ferry pass paid less on Monday."),
        ("body", "Thanks to the crew, the ferry reached the port on Monday."),
        ("body", "Related talks were held in March, the council said."),
        ("body", "The paper was published on March 5, 2020, two days late."),
        ("body", "TWO men were hurt when the NHS van hit a BBC car."),
        ("body", "Reporters who contributed to the paper's coverage of the flood were praised."),
    ]
    kept, day = clean_paragraphs(story)
    assert kept == story and day is None


# -- JSON Feed and MHTML --------------------------------------------------------------------


def test_json_feed_items_are_articles_and_a_bad_item_fails_alone():
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Valley Post",
        "items": [
            {
                "id": "1",
                "url": "https://valley.example/ferry",
                "title": "<b>Ferry</b> returns",
                "content_html": "<p>The ferry returned on Monday.</p><p>Fares stay the same.</p>",
                "date_published": "2021-03-04T10:00:00-05:00",
                "authors": [{"name": "Ann Lee"}],
            },
            {"id": "2", "title": "No text"},
            {"id": "3", "content_text": "Bridge opens.\n\nIt opened on Tuesday.", "author": {}},
        ],
    }
    result = read_file("feed.json", json.dumps(feed, indent=2).encode())
    assert result.format == "jsonfeed" and result.several
    first, bad, third = result.entries
    assert (first.article.title, first.article.author) == ("Ferry returns", "Ann Lee")
    assert first.article.published == dt.date(2021, 3, 4)
    assert [p.text for p in first.article.paragraphs] == [
        "The ferry returned on Monday.",
        "Fares stay the same.",
    ]
    assert bad.article is None and bad.where == "item 2 ('No text')"
    assert third.article.source == "Valley Post"


def test_json_feed_1_0_by_content_whatever_its_name():
    feed = {
        "version": "https://jsonfeed.org/version/1",
        "items": [{"id": "a", "title": "Quay", "summary": "The quay reopened."}],
    }
    text = json.dumps(feed)
    assert detect("feed.txt", text) == "jsonfeed"
    [a] = read_articles("feed", text.encode())
    assert a.paragraphs[0].text == "The quay reopened."


def mhtml(html: bytes, location: str = "https://valley.example/ferry") -> bytes:
    body = quopri.encodestring(html).decode()
    return (
        "From: <Saved by a browser>\n"
        f"Snapshot-Content-Location: {location}\n"
        "Subject: Ferry returns\nMIME-Version: 1.0\n"
        'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="--b--"\n\n'
        "----b--\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n"
        f"Content-Location: {location}\n\n{body}\n"
        "----b--\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
        "----b----\n"
    ).encode()


@pytest.mark.parametrize("name", ["ferry.mhtml", "ferry.mht", "ferry"])
def test_mhtml_pages_import(name):
    result = read_file(name, mhtml(page()))
    [entry] = result.entries
    assert result.format == "mhtml"
    assert [p.text for p in entry.article.paragraphs] == STORY
    assert entry.article.url == "https://valley.example/ferry"


def test_a_captions_courtesy_credit_goes():
    kept, _ = clean_paragraphs(
        [
            ("body", "The museum bought the painting on Monday."),
            ("caption", "Bowl of Ripe Plums (1774). Courtesy Portville Museum"),
        ]
    )
    assert kept == [
        ("body", "The museum bought the painting on Monday."),
        ("caption", "Bowl of Ripe Plums (1774)."),
    ]

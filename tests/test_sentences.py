from dateline.store.extract.sentences import split


def _sentences(text):
    return [text[s:e] for s, e in split(text)]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Gov. Jane Q. Public met the U.S. envoy on Jan. 5. Then she left."
    assert _sentences(text) == [
        "Gov. Jane Q. Public met the U.S. envoy on Jan. 5.",
        "Then she left.",
    ]


def test_a_temperature_ends_a_sentence():
    text = "Models show a rise of about 1.9°C. This May was the wettest."
    assert _sentences(text) == [
        "Models show a rise of about 1.9°C.",
        "This May was the wettest.",
    ]


def test_quotes_are_not_split_inside():
    text = "“We tried. Now we wait,” the chief said. Nobody answered."
    assert _sentences(text) == ["“We tried. Now we wait,” the chief said.", "Nobody answered."]


def test_offsets_cover_text():
    text = "  First one!  Second one? Third."
    for s, e in split(text):
        assert text[s:e].strip() == text[s:e]
    assert len(split(text)) == 3


def test_a_camel_case_brand_starts_a_sentence():
    text = "Sales rose in 2011. iPhone shipments doubled. It was a good e.g. year."
    assert [text[a:b] for a, b in split(text)] == [
        "Sales rose in 2011.",
        "iPhone shipments doubled.",
        "It was a good e.g. year.",
    ]


def test_a_case_name_is_one_sentence():
    text = "The ruling in Abbott v. Perez came on Monday. Lawyers appealed."
    assert [text[a:b] for a, b in split(text)] == [
        "The ruling in Abbott v. Perez came on Monday.",
        "Lawyers appealed.",
    ]

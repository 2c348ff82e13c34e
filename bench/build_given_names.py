"""Write `store/extract/data/given_names.txt`: given names that tell a person's sex, for
`extract.discourse` ("Nikki Haley said … Vivek Ramaswamy said … She told him": she is Haley).

    pip install faker && python -m bench.build_given_names

Read from the person providers of Faker (MIT License) for the locales whose names are written
in the Latin alphabet: a name Faker gives as male in one locale and female in another
("Andrea", "Jean") tells nothing and is left out, as are titles and places ("General",
"Orlando"). Faker reads no Cyrillic or other script, so a name only one of those locales gives
a man ("Nikita") may come out a woman's. Faker is needed only here, never at run time: the
product ships the list.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

from dateline.store.extract.discourse import GIVEN_NAMES_PATH
from dateline.store.extract.lexicon import PLACES, TITLES

HEADER = """\
# Given names by the sex they tell: "## he" then "## she", one name a line. Written by
# `python -m bench.build_given_names` from the person providers of Faker {version} (MIT
# License, Copyright (c) 2012 Daniele Faraglia), Latin-script locales; a name given for both
# in any locale, a title or a place is left out.
"""


def _latin(name: str) -> bool:
    return name[:1].isupper() and name.isalpha() and all(c < "\u0250" for c in name)


def main(argv: list[str] | None = None) -> int:
    try:
        import faker
        from faker.providers import person
    except ImportError:
        print("needs `pip install faker` (for building the list only)", file=sys.stderr)
        return 1
    names: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{info.name}").Provider
        for sex, attribute in (("he", "first_names_male"), ("she", "first_names_female")):
            for name in getattr(provider, attribute, ()) or ():
                # not a title or a place Faker also gives as a name ("General", "Orlando")
                if _latin(name) and len(name) > 2 and name not in TITLES | PLACES:
                    names.setdefault(name, set()).add(sex)
    told = {n: next(iter(s)) for n, s in names.items() if len(s) == 1}
    lines = [HEADER.format(version=faker.VERSION)]
    for sex in ("he", "she"):
        lines.append(f"## {sex}")
        lines += sorted(n for n, s in told.items() if s == sex)
    GIVEN_NAMES_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(told)} names ({len(names) - len(told)} left out as both) → {GIVEN_NAMES_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The layering the README promises, checked rather than promised.

Data flows one way: readers (`formats`) → extraction (`extract`) → the database (`db`) and
import (`ingest`) → the read side (`library`) → the UI (`tui`). Each contract below names a
package and what it must never import; the import graph is read from the source with `ast`
(every `import`, at any depth, so a function-level import counts too). A second set of
checks runs the command line in a fresh interpreter and looks at `sys.modules`: the
commands people run most must not pay for Textual or SQLAlchemy.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"dateline.store": ROOT / "store", "dateline.tui": ROOT / "tui"}


def _modules() -> dict[str, Path]:
    found = {}
    for package, folder in FOLDERS.items():
        for path in folder.rglob("*.py"):
            parts = path.relative_to(folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join((package, *parts))] = path
    return found


MODULES = _modules()


def _imports(module: str, path: Path) -> set[str]:
    """Every module `module` imports, absolute, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.add(name)
            out.update(f"{name}.{alias.name}" for alias in node.names)  # submodules
    return out


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


S = "dateline.store"
# (package, what it must never import, why)
CONTRACTS = [
    (S, ("textual", "rich", "dateline.tui"), "the store serves any front end"),
    (
        f"{S}.extract",
        ("sqlalchemy", "sqlmodel", "psycopg", f"{S}.db", f"{S}.ingest", f"{S}.library"),
        "extraction is pure functions of text: testable and usable without a database",
    ),
    (
        f"{S}.formats",
        ("sqlalchemy", "sqlmodel", f"{S}.extract", f"{S}.db", f"{S}.ingest", f"{S}.library"),
        "readers turn bytes into articles and know nothing of what follows",
    ),
    (f"{S}.db", (f"{S}.ingest", f"{S}.library"), "the database layer is below import and reads"),
    (f"{S}.ingest", (f"{S}.library",), "import writes; the read side sits above it"),
    (f"{S}.text", ("dateline",), "shared helpers depend on nothing of ours"),
    (f"{S}.dates", ("dateline",), "shared helpers depend on nothing of ours"),
    (f"{S}.paragraphs", ("dateline",), "shared helpers depend on nothing of ours"),
    (
        "dateline.tui",
        (
            "sqlalchemy",
            "sqlmodel",
            f"{S}.db",
            f"{S}.formats",
            f"{S}.library.queries",
            f"{S}.library.facade",
            f"{S}.ingest.files",
            f"{S}.ingest.prepare",
            f"{S}.ingest.write",
            f"{S}.extract.events",
            f"{S}.extract.verbs",
            f"{S}.extract.clauses",
            f"{S}.extract.dating",
            f"{S}.extract.summaries",
            f"{S}.extract.actors",
            f"{S}.extract.article",
            f"{S}.extract.sentences",
        ),
        "the UI reaches the store through `Library` and its records, and never parses text",
    ),
]
# The UI's only window on the tagger: `dateline tag` prints what it finds.
ALLOWED = {("dateline.tui.commands.tag", f"{S}.extract.temporal")}


@pytest.mark.parametrize("package, forbidden, why", CONTRACTS, ids=[c[0] for c in CONTRACTS])
def test_layer_contract(package: str, forbidden: tuple[str, ...], why: str) -> None:
    broken = []
    for module, path in MODULES.items():
        if not _within(module, (package,)):
            continue
        for name in _imports(module, path):
            if _within(name, forbidden) and not _within(module, (name,)):
                broken.append(f"{module} imports {name}")
    assert not broken, f"{package} must not import {forbidden} ({why}):\n" + "\n".join(broken)


def test_the_ui_may_tag_only_in_the_tag_command() -> None:
    users = {
        module
        for module, path in MODULES.items()
        if _within(module, ("dateline.tui",))
        and any(_within(n, (f"{S}.extract.temporal",)) for n in _imports(module, path))
    }
    assert users <= {m for m, _ in ALLOWED}, users


def test_the_contract_checker_sees_imports() -> None:
    """The checker itself: a forbidden import written any way is found."""
    sample = ROOT / "tests" / "_layers_sample.py"
    sample.write_text(
        "import sqlalchemy\nfrom ..db import models\ndef f():\n    from textual import app\n"
    )
    try:
        found = _imports("dateline.store.extract.x", sample)
    finally:
        sample.unlink()
    assert {"sqlalchemy", "dateline.store.db", "textual"} <= found
    assert "dateline.store.db.models" in found


def test_no_sql_in_the_ui() -> None:
    """No raw SQL in `tui/`: statements belong to the store's queries."""
    words = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "exec_driver_sql", ".execute(")
    hits = [
        f"{path.relative_to(ROOT)}: {word.strip()}"
        for module, path in MODULES.items()
        if module.startswith("dateline.tui")
        for word in words
        # a keyword on its own: Textual's `ALLOW_SELECT = False` is not SQL
        if re.search(
            (r"(?<!\w)" if word[0].isalpha() else "") + re.escape(word),
            path.read_text(encoding="utf-8"),
        )
    ]
    assert not hits, hits


def test_every_package_ships_in_the_wheel() -> None:
    """`pyproject.toml` lists packages by hand (the repository's folders map onto
    `dateline.*`): a new sub-package must be listed or the wheel silently lacks it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        module
        for module, path in MODULES.items()
        if path.name == "__init__.py" and path.parent.name != "__pycache__"
    }
    assert on_disk - listed == set(), "packages missing from pyproject.toml"
    assert listed - on_disk - {"dateline.seeds"} == set(), "listed packages that do not exist"


HEAVY = ("textual", "sqlalchemy", "sqlmodel")


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["--version"], ["tag", "{file}", "--dct", "2018-01-24"]],
    ids=["help", "version", "tag"],
)
def test_quick_commands_load_neither_textual_nor_sqlalchemy(argv, tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text("The mayor resigned on Monday.\n", encoding="utf-8")
    argv = [a.replace("{file}", str(article)) for a in argv]
    probe = (
        "import sys\n"
        "from dateline.tui.cli import main\n"
        "try:\n"
        f"    code = main({argv!r})\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        f"heavy = sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r})\n"
        "print('LOADED', heavy, code, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("LOADED"), done.stderr
    assert last == "LOADED [] 0", f"{argv}: {last}"
    if argv[0] == "tag":
        assert "Monday" in done.stdout  # it did tag the file


def test_readme_layout_names_real_files() -> None:
    """Every file and folder the README's "How it is built" table names exists, and every
    package of the store is in the table: a newcomer finds any module in one look."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How it is built", 1)[1].split("\n## ", 1)[0]
    table = [line for line in section.splitlines() if line.startswith("| `")]
    named = set()
    for line in table:
        where, holds = line.split(" | ", 1)
        folders = re.findall(r"`([\w/]+/)`", where)
        named.update(re.findall(r"`([\w/]+(?:\.py)?/?)`", where))
        for folder in folders:  # files listed in the row are inside its folder
            named.update(folder + f for f in re.findall(r"`([\w/]+(?:\.py|/))`", holds))
    missing = sorted(n for n in named if not (ROOT / n).exists())
    assert not missing, f"README names what does not exist: {missing}"
    packages = {
        p.parent.relative_to(ROOT).as_posix() + "/" for p in (ROOT / "store").glob("*/__init__.py")
    }
    assert packages <= named, f"store packages missing from the README: {packages - named}"


def test_ci_runs_the_readme_test_command() -> None:
    """The README's second set-up command is the one CI runs, word for word, so it stays
    true for a newcomer who copies it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = [block.split("```", 1)[0].strip() for block in setup.split("```sh\n")[1:]]
    assert len(commands) == 2, commands  # one opens the reader, one runs the tests
    assert "dateline" in commands[0] and "pytest" in commands[1]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")

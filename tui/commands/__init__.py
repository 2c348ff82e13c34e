"""The `dateline` subcommands, one module each.

Each module has NAME, HELP, NEEDS_LIBRARY, `configure(parser)` and `run(args, lib) -> int`.
"""

from dateline.tui.commands import (
    articles,
    export,
    importing,
    read,
    show,
    stories,
    tag,
    timeline,
)

COMMANDS = (read, importing, timeline, stories, articles, show, tag, export)

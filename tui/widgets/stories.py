"""The story list: the stories the library's articles are grouped into, each with what
happened, when and who; Enter shows the chosen story's timeline."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from dateline.store.library.records import StoryRow
from dateline.tui.widgets.pick import PickList
from dateline.tui.widgets.safe import one_line


def story_prompt(story: StoryRow) -> Text:
    """Its title, then its dates, how many articles and its main actors."""
    count = len(story.articles)
    line = Text.assemble(
        (story.span, "bold"),
        (f" · {count} article{'s' if count != 1 else ''}", "dim"),
        end="",
    )
    if story.actors:
        line.append(" · ", "dim")
        line.append_text(one_line(", ".join(story.actors), "dim italic", limit=200))
    return Text.assemble(one_line(story.title or "(untitled)", "bold", limit=300), "\n", line)


class StoryList(PickList):
    """Lists stories, the latest first (those of two articles or more before single ones);
    dismisses with the chosen story's id."""

    def __init__(self, stories: list[StoryRow], current: int | None = None) -> None:
        super().__init__()
        # a story of one article is that article: the others say more, so they come first
        self.stories = sorted(stories, key=lambda s: len(s.articles) < 2)
        self.current = current

    def compose(self) -> ComposeResult:
        box = OptionList(
            *(Option(story_prompt(s), id=str(s.id)) for s in self.stories), id="story-list"
        )
        several = sum(1 for s in self.stories if len(s.articles) > 1)
        box.border_title = f"Stories ({len(self.stories)}, {several} of several articles)"
        box.border_subtitle = "Enter: its timeline · Esc closes"
        yield box

    def on_mount(self) -> None:
        box = self.query_one(OptionList)
        at = next((i for i, s in enumerate(self.stories) if s.id == self.current), 0)
        box.highlighted = at if self.stories else None

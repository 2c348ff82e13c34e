"""Your settings: `config.toml` in the user config folder (`platformdirs`, e.g.
`~/.config/dateline/config.toml`; `$DATELINE_CONFIG` names another), read with `tomllib`.

Every setting is optional:

    theme = "nord"                  # a Textual theme (Ctrl+P lists them)
    pager = "less -R"               # for o (default: $PAGER, else less)
    editor = "nano"                 # for E (default: $VISUAL, else $EDITOR, else vi)
    library = "~/news/library.db"   # when neither --db nor $DATELINE_DB names one
    export_folder = "~/Documents"   # where the reader writes exports (default: your
                                    # documents folder, else downloads, else home)

    [keys]                          # binding id = keys (Textual key names, comma-separated)
    "timeline.next" = "n,ctrl+n"
    "app.quit" = "ctrl+q"

The binding ids are in `tui/keys.py` and the README's key table. A file that is not TOML,
a setting Dateline does not know, a value of the wrong kind or an unknown binding id is
an error that names the file and what is wrong; nothing is half-applied.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path

ENV_VAR = "DATELINE_CONFIG"
SETTINGS = ("theme", "pager", "editor", "library", "export_folder")


class ConfigError(ValueError):
    """The config file cannot be used; the message names it and says why."""


@dataclass(frozen=True, slots=True)
class Config:
    theme: str | None = None
    pager: str | None = None
    editor: str | None = None
    library: str | None = None
    export_folder: str | None = None
    keys: dict[str, str] = field(default_factory=dict)  # binding id -> keys
    path: Path | None = None  # the file read, if any

    def export_dir(self) -> Path:
        """Where the reader writes exports: the configured folder, else the person's
        documents folder, else downloads, else home (never the current folder)."""
        if self.export_folder:
            return Path(self.export_folder).expanduser()
        return default_export_dir()


def default_export_dir() -> Path:
    """The person's documents folder, else downloads, else home."""
    import platformdirs

    for folder in (platformdirs.user_documents_dir(), platformdirs.user_downloads_dir()):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def default_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("dateline")) / "config.toml"


def load(path: str | Path | None = None) -> Config:
    """Read the config (`path`, else `$DATELINE_CONFIG`, else the default); no file is no
    settings. Raises `ConfigError`."""
    path = Path(path or os.environ.get(ENV_VAR) or default_path()).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        why = getattr(exc, "strerror", None) or exc
        raise ConfigError(f"{path}: cannot read it: {why}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not TOML: {exc}") from None
    return _checked(data, path)


def _checked(data: dict, path: Path) -> Config:
    from dateline.tui.keys import ACTIONS, PANE_KEYS

    unknown = [name for name in data if name not in (*SETTINGS, "keys")]
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting {unknown[0]!r} (settings: {', '.join(SETTINGS)}, [keys])"
        )
    for name in SETTINGS:
        if name in data and not (isinstance(data[name], str) and data[name].strip()):
            raise ConfigError(f"{path}: {name} must be a non-empty string")
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        raise ConfigError(f'{path}: [keys] must be a table of binding id = "keys"')
    ids = [item.id for item in (*ACTIONS, *PANE_KEYS) if item.keys]
    for binding, value in keys.items():
        if binding not in ids:
            close = get_close_matches(binding, ids, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"{path}: [keys] has no binding {binding!r}{hint}")
        if not isinstance(value, str) or not value.strip(",").strip():
            raise ConfigError(f'{path}: [keys] {binding} must be keys such as "n,ctrl+n"')
    settings = {name: data[name].strip() for name in SETTINGS if name in data}
    return Config(**settings, keys={k: v.replace(" ", "") for k, v in keys.items()}, path=path)

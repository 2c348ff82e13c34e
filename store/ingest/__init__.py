"""Import: files → articles in the library, one transaction per article.

    files.py     finding the files a path names (folders walked, `-` for stdin)
    prepare.py   reading bytes (size-limited), skipping known content, parsing, extracting
    write.py     writing prepared articles and indexing their events, alone or in bulk
    serial.py    importing file after file in this process
    pipeline.py  importing many files on every core: workers prepare, one writer stores
    report.py    what an import tells: per-file results and one-line reasons

Every file is reported, failures with a one-line reason, and nothing already stored
changes because of a bad file: extraction runs outside any transaction, and each article is
written whole or not at all. May import `formats`, `extract`, `db` and the shared helpers;
never the read side (`library`) or the UI.
"""

from dateline.store.ingest.files import STDIN, iter_files
from dateline.store.ingest.pipeline import import_parallel
from dateline.store.ingest.prepare import MAX_BYTES
from dateline.store.ingest.report import ImportReport, ImportResult, format_size
from dateline.store.ingest.serial import import_file, import_paths

__all__ = [
    "MAX_BYTES",
    "STDIN",
    "ImportReport",
    "ImportResult",
    "format_size",
    "import_file",
    "import_parallel",
    "import_paths",
    "iter_files",
]

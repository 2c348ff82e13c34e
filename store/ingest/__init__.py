"""Import: files → articles in the library, one transaction per article.

    files.py     finding the files a path names (folders walked, links out of them and
                 special files refused, `-` for stdin)
    read.py      reading one file safely: never a device or kernel file, never past a
                 size limit, never blocking (the `tag` command uses it too)
    prepare.py   reading bytes (size-limited), skipping known content, parsing, extracting
                 (each within a CPU-time budget)
    write.py     writing prepared articles and indexing their events, alone or in bulk
    serial.py    importing file after file, written by this process
    entries.py   the articles of one file of many extracted on every core
    pipeline.py  importing many files on every core: workers prepare, one writer stores
    report.py    what an import tells: per-file results and one-line reasons

Every file is reported, failures with a one-line reason, and nothing already stored
changes because of a bad file: extraction runs outside any transaction, and each article is
written whole or not at all. May import `formats`, `extract`, `db` and the shared helpers;
never the read side (`library`) or the UI.
"""

from dateline.store import lazy_exports

# Loaded on first use: `report` (results, sizes, the per-file limit) imports without the
# database or the readers, for the command line's start-up.
_LAZY = {
    "MAX_BYTES": "dateline.store.ingest.report",
    "ImportReport": "dateline.store.ingest.report",
    "ImportResult": "dateline.store.ingest.report",
    "format_size": "dateline.store.ingest.report",
    "STDIN": "dateline.store.ingest.files",
    "iter_files": "dateline.store.ingest.files",
    "import_file": "dateline.store.ingest.serial",
    "import_paths": "dateline.store.ingest.serial",
    "import_parallel": "dateline.store.ingest.pipeline",
}
__all__ = sorted(_LAZY)

__getattr__ = lazy_exports(__name__, _LAZY)

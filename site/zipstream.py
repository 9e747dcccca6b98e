"""A ZIP archive written while it is sent: memory holds one chunk, not the archive."""

import zipfile
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

CHUNK = 64 * 1024


class _Sink:
    """A write-only, unseekable file: zipfile then writes each member's sizes
    after its data (a data descriptor), so nothing needs to be rewound."""

    def __init__(self):
        self.chunks: list[bytes] = []

    def write(self, data) -> int:
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def drain(self) -> bytes:
        data = b"".join(self.chunks)
        self.chunks.clear()
        return data


def zip_stream(
    members: Iterable[tuple[str, Callable[[], BinaryIO]]],
) -> Iterator[bytes]:
    """The archive of `members` (name in the archive, a function opening the
    file), as chunks for a StreamingHttpResponse. Files are opened one at a time."""
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, open_file in members:
            with open_file() as source, archive.open(name, "w") as target:
                while data := source.read(CHUNK):
                    target.write(data)
                    yield sink.drain()
            yield sink.drain()
    yield sink.drain()

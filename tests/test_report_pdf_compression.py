"""The PDF's streams are compressed at zlib level 6, and read back whole."""

from __future__ import annotations

import zlib

from assess.rendering.tuning.weasy import import_weasyprint


def test_pdf_streams_are_compressed_at_level_6() -> None:
    import_weasyprint()
    import pydyf

    raw = "".join(f"BT /F1 9 Tf {n} 700 Td ({n * 7919 % 1000}) Tj ET\n" for n in range(2000))
    stream = pydyf.Stream([raw.encode()], compress=True).data
    body = stream.split(b"stream\n", 1)[1].rsplit(b"\nendstream", 1)[0]
    assert body == zlib.compress(raw.encode(), 6) != zlib.compress(raw.encode(), 9)
    assert zlib.decompress(body) == raw.encode()

"""Fill one message's translation in the .ts files by hand (for a string or two after a change).

    .venv/bin/python scripts/fill_translation.py "source text" de="…" ar="…" fa="…" uk="…" tr="…"
"""

from __future__ import annotations

import re
import sys
from html import escape
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "i18n"


def fill(source: str, language: str, text: str) -> bool:
    path = I18N / f"welcome_point_{language}.ts"
    content = path.read_text(encoding="utf-8")
    pattern = re.compile(
        # Within the same message only: never across "</message>".
        r"(<source>" + re.escape(escape(source, quote=False)) + r"</source>(?:(?!</message>).)*?)"
        r"<translation type=\"unfinished\">[^<]*</translation>", re.S)
    translation = f"<translation>{escape(text, quote=False)}</translation>"
    new, count = pattern.subn(lambda m: m.group(1) + translation, content, count=1)
    if count:
        path.write_text(new, encoding="utf-8")
    return bool(count)


if __name__ == "__main__":
    source, pairs = sys.argv[1], sys.argv[2:]
    for pair in pairs:
        language, text = pair.split("=", 1)
        print(language, "filled" if fill(source, language, text) else "not found or already finished")

"""The e-mail draft: a MIME message a mail client opens for sending, with the report files attached."""

from __future__ import annotations

import email.policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from welcome_point.documents.eml import content_type, email_draft


@pytest.fixture
def attachments(tmp_path: Path) -> list[Path]:
    files = {
        "welcome-point-DUS-HBF-2026-10.pdf": b"%PDF-1.4\n\x00\xff binary",
        "welcome-point-DUS-HBF-2026-10-totals.csv": "\ufeffkey,value\r\nvisits,812\r\n".encode(),
        "welcome-point-DUS-HBF-2026-10.json": '{"site": {"name": "Düsseldorf"}}\n'.encode(),
        "SHA256SUMS": b"abc  welcome-point-DUS-HBF-2026-10.pdf\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return [tmp_path / name for name in files]


def parse(data: bytes):
    return BytesParser(policy=email.policy.default).parsebytes(data)


def test_the_draft_carries_every_file_with_its_type_and_bytes(attachments: list[Path]):
    message = parse(email_draft("Monatsbericht: Welcome Point Düsseldorf, Oktober 2026",
                                "Guten Tag,\n\nanbei die Zahlen.", attachments, to="statistik@example.org"))
    assert message["X-Unsent"] == "1"
    assert message["To"] == "statistik@example.org"
    assert message["Subject"] == "Monatsbericht: Welcome Point Düsseldorf, Oktober 2026"
    assert message.get_content_type() == "multipart/mixed"
    assert message.get_body(("plain",)).get_content().replace("\r\n", "\n") == "Guten Tag,\n\nanbei die Zahlen.\n"
    parts = list(message.iter_attachments())
    assert [(part.get_filename(), part.get_content_type()) for part in parts] == [
        ("welcome-point-DUS-HBF-2026-10.pdf", "application/pdf"),
        ("welcome-point-DUS-HBF-2026-10-totals.csv", "text/csv"),
        ("welcome-point-DUS-HBF-2026-10.json", "application/json"),
        ("SHA256SUMS", "text/plain"),
    ]
    for part, path in zip(parts, attachments, strict=True):
        assert part.get_payload(decode=True) == path.read_bytes()  # byte for byte, BOM and CRLF included


def test_the_draft_uses_crlf_and_needs_no_recipient(attachments: list[Path]):
    data = email_draft("Report", "Hello", attachments[:1])
    assert b"\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")
    message = parse(data)
    assert message["To"] is None
    assert message["From"] is None  # the mail client fills in the sender's account


def test_a_missing_attachment_raises_oserror(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        email_draft("Report", "Hello", [tmp_path / "gone.pdf"])


def test_content_types():
    assert content_type(Path("a.PDF")) == ("application", "pdf")
    assert content_type(Path("SHA256SUMS")) == ("text", "plain")
    assert content_type(Path("x.bin")) == ("application", "octet-stream")


def test_a_long_subject_reads_back_unchanged():
    subject = "Welcome Point monthly report: Welcome Point Düsseldorf-Hauptbahnhof und Umgebung, October 2026"
    data = email_draft(subject, "Hello", [])
    assert parse(data)["Subject"] == subject
    assert max(len(line) for line in data.split(b"\r\n")) <= 998

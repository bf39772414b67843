"""An e-mail draft as an .eml file: the system's mail client opens it, the person checks and sends it.

No network and no mail account in this app: the file is a complete MIME message with the report
files attached, marked "X-Unsent: 1" so that Outlook and Thunderbird open it as a message to send
rather than one received.
"""

from __future__ import annotations

import email.policy
from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path

MANIFEST = "SHA256SUMS"
_TYPES = {
    ".pdf": ("application", "pdf"),
    ".csv": ("text", "csv"),
    ".json": ("application", "json"),
    ".txt": ("text", "plain"),
}


def content_type(path: Path) -> tuple[str, str]:
    if path.name == MANIFEST:
        return "text", "plain"
    return _TYPES.get(path.suffix.lower(), ("application", "octet-stream"))


def email_draft(subject: str, body: str, attachments: Sequence[Path], to: str = "") -> bytes:
    """The draft as bytes (CRLF line ends, as mail clients on every system expect).

    Raises OSError when an attachment cannot be read.
    """
    message = EmailMessage(policy=email.policy.SMTP)
    if to:
        message["To"] = to
    message["Subject"] = subject
    message["X-Unsent"] = "1"
    message.set_content(body)
    for path in attachments:
        maintype, subtype = content_type(path)
        data = path.read_bytes()
        if maintype == "text":
            # Text parts are declared UTF-8 and sent as base64, so a BOM, CRLF and non-ASCII survive.
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=path.name,
                                   params={"charset": "utf-8"})
        else:
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=path.name)
    # Headers may run to 998 characters (RFC 5322): folded at 78, Python breaks a long subject right
    # after "Subject:", and some readers keep the break as a leading space. Attachments were
    # encoded above, in base64 lines of 76.
    return message.as_bytes(policy=email.policy.SMTP.clone(max_line_length=998))

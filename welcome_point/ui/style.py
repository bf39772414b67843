"""The window's style sheet: one place for colours and spacing of every page."""

# A calm, high-contrast look; the sidebar mirrors with the layout direction on its own.
STYLE = """
QListWidget#sidebar { background: #eef3f5; border: none; padding-top: 8px; font-size: 11pt;
                      outline: 0; }
QListWidget#sidebar::item { padding: 9px 10px; border-radius: 6px; margin: 1px 6px; color: #1f3b4d; }
QListWidget#sidebar::item:hover { background: #e0eaee; }
QListWidget#sidebar::item:selected { background: #cfe5eb; color: #0b3440; font-weight: 600; }
QLabel#emptyTitle { font-size: 18pt; font-weight: 600; color: #1f3b4d; margin-top: 8px; }
QLabel#emptyStatus { color: #8a5a00; margin-top: 6px; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #1f3b4d; }
QLabel#formHeading { font-size: 12pt; font-weight: 600; color: #1f3b4d; }
QLabel#fieldError { color: #b00020; }
QLabel#hint { color: #3f5563; }
QFrame#queuePanel { background: #f4f7f8; border: 1px solid #dde5e9; border-radius: 8px; }
QFrame#notice { background: #e3f4e8; border: 1px solid #8fcaa0; border-radius: 6px; }
QPushButton#topic { padding: 6px 8px; border: 1px solid #b8c7cf; border-radius: 5px; background: #fbfdfe;
                    text-align: left; }
QPushButton#topic:hover { background: #eaf2f5; }
QPushButton#topic:checked { background: #1f6f8b; border-color: #1f6f8b; color: white; font-weight: 600; }
QPushButton#topic[current="true"] { border: 2px solid #d98b00; }
QPushButton#primary { background: #1f6f8b; color: white; font-weight: 600; border: 1px solid #1a5d75;
                      border-radius: 5px; padding: 6px 14px; }
QPushButton#primary:disabled { background: #9bb5bf; }
QFrame#signInCard { background: #ffffff; border: 1px solid #d5e0e5; border-radius: 10px; }
QLabel#lockTitle { font-size: 16pt; font-weight: 600; color: #1f3b4d; }
QLabel#lockSite { font-size: 12pt; color: #1f3b4d; }
QLabel#lockClock { color: #3f5563; }
QPushButton#link { border: none; background: transparent; color: #1f6f8b; text-decoration: underline;
                   padding: 4px 2px; }
QLabel#userLabel { padding: 0 8px; font-weight: 600; color: #1f3b4d; }
QLabel#emptyHint { color: #1f3b4d; background: #e3eef2; border-radius: 6px; padding: 8px;
                   margin-top: 12px; }
"""

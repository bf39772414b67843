"""Welcome Point Desk: an offline desk app for walk-in advice points for refugees and migrants."""

__version__ = "0.5.0"
APP_NAME = "Welcome Point Desk"
APP_ID = "welcome-point"

"""The Qt user interface: pages, dialogs, thin item models. Never touches storage or SQL."""

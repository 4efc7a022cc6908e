"""Relations: a private, offline journal for the few relationships that matter."""

__version__ = "1.0.0"
APP_NAME = "Relations"
ORGANISATION_NAME = "Relations"
ORGANISATION_DOMAIN = "relations.invalid"

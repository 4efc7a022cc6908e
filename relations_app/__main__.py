"""``python -m relations_app``: the same entry point as the ``relations`` command."""

import sys

from relations_app.app import main

sys.exit(main())

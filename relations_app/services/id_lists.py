"""Reading a handful of rows by id with SQL whose text never changes.

A view that updates after an edit reads a few people or conversations among
thousands. peewee builds the SQL of a query anew on each call, which costs
more than running it (about a millisecond a query); a list of ids passed as
one JSON parameter (``IN (SELECT value FROM json_each(?))``) lets the text be
written once, whatever the number of ids.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

IN_IDS = "IN (SELECT value FROM json_each(?))"


def id_list(ids: Iterable[int]) -> str:
    """The parameter for IN_IDS."""
    return json.dumps(sorted(ids))


def column_list(fields) -> str:
    """The quoted column names of peewee fields, for a SELECT written out."""
    return ", ".join(f'"{field.model._meta.table_name}"."{field.column_name}"' for field in fields)

"""Exit statuses of the relations command."""

OK = 0
FAILED = 1  # the journal could not be used: damaged, already open, unwritable
BAD_INPUT = 2  # arguments or a file to import: nothing was changed

"""Exit statuses of the relations command: one rule for every command.

Which one is decided by what stood in the way, not by the command: the journal
and its data folder (1), or what was named on the command line (2).
"""

OK = 0
FAILED = 1  # the journal or its data folder could not be used: damaged, already open, missing,
# a full or read-only disk, no permission
BAD_INPUT = 2  # an argument, a file to import, a backup to restore or a file to write was at
# fault; the journal was not changed

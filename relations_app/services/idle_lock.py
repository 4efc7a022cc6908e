"""When the window locks an encrypted journal: after a chosen idle time.

Pure logic with an injected clock, like the backup schedule, so that tests
drive it without waiting. The wall clock, not a monotonic one: a laptop that
slept for an hour has been left for an hour, and must be found locked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]

DEFAULT_MINUTES = 15
CHOICES_MINUTES = (0, 1, 5, 15, 30, 60)  # 0: never


class IdleLock:
    def __init__(self, minutes: int, clock: Clock) -> None:
        self._clock = clock
        self.minutes = max(0, int(minutes))
        self._last = clock()

    @property
    def enabled(self) -> bool:
        return self.minutes > 0

    def touched(self) -> None:
        """The user did something (a key, a click): the idle time starts again."""
        self._last = self._clock()

    def due(self) -> bool:
        if not self.enabled:
            return False
        now = self._clock()
        if now < self._last:  # the clock was set back: count from now, never later
            self._last = now
        return now - self._last >= dt.timedelta(minutes=self.minutes)

"""The export stage: every file a run publishes (data files, calendar, TimelineJS, the timeline page)."""

from timeline.export.focus import focus_timeline
from timeline.export.writer import write_outputs

__all__ = ["focus_timeline", "write_outputs"]

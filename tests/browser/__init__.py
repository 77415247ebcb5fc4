"""Helpers for the headless-browser tests of the timeline page."""

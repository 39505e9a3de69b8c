"""Packaging tests: the wheel, the offline kit and the frozen bundle, as a user installs them."""

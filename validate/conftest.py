"""Opt in to claimpack's pytest plugin for this folder only: `pytest validate/` runs the suite in
suite.yaml against datapackage/, one test item per rule."""

from claimpack.pytest_plugin import pytest_addoption, pytest_collect_file

__all__ = ["pytest_addoption", "pytest_collect_file"]

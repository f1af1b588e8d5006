"""Shared fixtures. Tests run against the shipped model in models/ (trained from corpus/)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def clf():
    from scamguard.api import load_classifier

    return load_classifier()

"""Export fixtures: every kind of document printed once from a small demo database."""

from __future__ import annotations

import pytest

from tests.exports.demo_documents import DemoDocuments, print_all


@pytest.fixture(scope="session")
def demo_documents(tmp_path_factory: pytest.TempPathFactory) -> DemoDocuments:
    return print_all(tmp_path_factory.mktemp("demo-documents"))

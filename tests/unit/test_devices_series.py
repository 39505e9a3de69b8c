"""Which maintenance documents are versions of one another, and which upgrades were rolled back."""

from __future__ import annotations

from app.domain.devices.documents import DocumentKind, series_key
from app.domain.devices.upgrades import UpgradeResult, rollback_used


def test_titles_that_differ_only_in_spacing_or_case_are_one_document_series() -> None:
    first = series_key("SP", DocumentKind.MAINTENANCE_MANUAL, "NVR  维护手册 V2")
    assert first == series_key("SP", DocumentKind.MAINTENANCE_MANUAL, " nvr 维护手册 v2 ")
    assert first != series_key("SP", DocumentKind.MAINTENANCE_MANUAL, "NVR 维护手册V2")
    assert first != series_key("MJ", DocumentKind.MAINTENANCE_MANUAL, "NVR 维护手册 V2")
    assert first != series_key("SP", DocumentKind.OPERATION_MANUAL, "NVR 维护手册 V2")


def test_only_a_rolled_back_upgrade_used_its_rollback() -> None:
    assert [rollback_used(result) for result in UpgradeResult] == [False, True, False]

"""Roles, the permissions each grants, and which roles one person may not hold together."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from app.domain.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    """What a person is to the program."""

    ENGINEER = "engineer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    AUDITOR = "auditor"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.ENGINEER: QT_TRANSLATE_NOOP("enum", "驻场工程师"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("enum", "主管/甲方确认人"),
    Role.ADMIN: QT_TRANSLATE_NOOP("enum", "系统管理员"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("enum", "审计员"),
}


class Permission(StrEnum):
    """A kind of thing one may do; every write names the one it needs."""

    WORK = "work"  # tickets, inspections, store, plans, printing the documents
    READ = "read"  # see the records and export them
    SIGN = "sign"  # sign off a step for the client's side
    ADMINISTER = "administer"  # accounts, contract settings, security settings
    AUDIT = "audit"  # read and export the audit trail, its retention
    SELF = "self"  # one's own password
    SYSTEM = "system"  # the program itself: logins, escalation sweeps, set-up, demo data


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ENGINEER: frozenset({Permission.WORK, Permission.READ}),
    Role.SUPERVISOR: frozenset({Permission.READ, Permission.SIGN}),
    Role.ADMIN: frozenset({Permission.ADMINISTER}),
    Role.AUDITOR: frozenset({Permission.AUDIT}),
}


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    """Everything the roles together allow, and one's own password."""
    granted: set[Permission] = {Permission.SELF}
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


def parse_roles(text: str) -> frozenset[Role]:
    """Roles stored as space-separated codes; unknown codes are ignored."""
    known = {r.value for r in Role}
    return frozenset(Role(code) for code in text.split() if code in known)


def format_roles(roles: Iterable[Role]) -> str:
    """Roles as stored: codes in the enum's order, space-separated."""
    chosen = set(roles)
    return " ".join(r.value for r in Role if r in chosen)


def roles_text(roles: Iterable[Role]) -> str:
    """Roles in Chinese, in the enum's order, for messages and exports."""
    chosen = set(roles)
    return "、".join(r.label for r in Role if r in chosen)


def role_conflicts(
    roles: Iterable[Role], separate_admin_auditor: bool, separate_engineer_client: bool
) -> list[tuple[Role, Role]]:
    """The pairs of roles the settings keep apart that ``roles`` holds together.

    The administrator must not audit himself (三员分立); the engineer must not confirm or audit
    his own work for the client's side.
    """
    held = set(roles)
    pairs: list[tuple[Role, Role]] = []
    if separate_admin_auditor:
        pairs.append((Role.ADMIN, Role.AUDITOR))
    if separate_engineer_client:
        pairs += [(Role.ENGINEER, Role.SUPERVISOR), (Role.ENGINEER, Role.AUDITOR)]
    return [(a, b) for a, b in pairs if a in held and b in held]

"""Shared constants for the holdout4 generator (standard library only)."""

TARGETS = [
    "goal.power", "goal.economy", "goal.education", "goal.unpaid_care", "goal.health",
    "goal.violence", "area.planning", "area.child_rights", "area.parenting_support",
    "area.human_rights", "req.conditions", "req.statistics", "req.collaboration",
    "req.internal", "req.followup", "area.regional_growth", "area.rural",
    "area.integration", "area.preparedness", "area.andts",
]
_CODE = {"A": "addressed", "M": "mentioned", "-": "missing"}


def labels(code):
    """20-character code in TARGETS order: A = addressed, M = mentioned, - = missing."""
    code = code.replace(" ", "")
    assert len(code) == len(TARGETS), (code, len(code))
    return {t: _CODE[c] for t, c in zip(TARGETS, code)}


LAN = "Västra Bergslagens län"
LST = "Länsstyrelsen i Västra Bergslagen"
REG = "Region Västra Bergslagen"
KOMMUNER = ("Kolbäcksdal", "Järnvika", "Granåsen")

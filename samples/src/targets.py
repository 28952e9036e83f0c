"""The 20 target ids (a contract with jamkoll) and verdict validation."""

TARGET_IDS = [
    "goal.power", "goal.economy", "goal.education", "goal.unpaid_care",
    "goal.health", "goal.violence",
    "area.planning", "area.child_rights", "area.parenting_support", "area.human_rights",
    "req.conditions", "req.statistics", "req.collaboration", "req.internal", "req.followup",
    "area.regional_growth", "area.rural", "area.integration", "area.preparedness",
    "area.andts",
]

VERDICTS = ("addressed", "mentioned", "missing")

A, M, X = "addressed", "mentioned", "missing"


def check_expected(name, expected):
    keys = list(expected)
    if sorted(keys) != sorted(TARGET_IDS):
        extra = set(keys) - set(TARGET_IDS)
        lacking = set(TARGET_IDS) - set(keys)
        raise ValueError("%s: bad target ids, extra=%s missing=%s" % (name, extra, lacking))
    for k, v in expected.items():
        if v not in VERDICTS:
            raise ValueError("%s: %s has bad verdict %r" % (name, k, v))


def ordered(expected):
    return {k: expected[k] for k in TARGET_IDS}

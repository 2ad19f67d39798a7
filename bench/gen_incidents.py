#!/usr/bin/env python3
"""Writes N JSON-lines incidents in the shared vocabulary (deterministic).

usage: gen_incidents.py N > incidents.jsonl
"""
import json
import random
import sys

BEHAVIORS = ["disruption", "minor_defiance", "leaving_class", "device_misuse", "profanity",
             "dress_code", "cheating", "severe_defiance", "harassment", "vaping_tobacco", "theft",
             "vandalism", "false_alarm", "transient_threat", "fighting", "verbal_abuse", "bullying",
             "trespass", "assault", "drugs_possession", "substantive_threat", "sexual_harassment",
             "weapon_possession", "drug_distribution", "bomb_threat", "sexual_assault", "arson",
             "robbery"]
WEAPONS = ["none", "firearm", "knife", "explosive", "replica", "other"]
INJURY = ["none", "minor", "serious"]
LOCATIONS = ["classroom", "hallway", "cafeteria", "gym", "bus", "grounds"]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(42)
    out = sys.stdout
    lines = []
    for i in range(n):
        behaviors = rng.sample(BEHAVIORS, rng.choice([1, 1, 1, 2]))
        facts = {"injury": rng.choice(INJURY), "participants": rng.randint(1, 6),
                 "grade": rng.randint(0, 12), "location": rng.choice(LOCATIONS),
                 "iep": rng.random() < 0.15}
        if "weapon_possession" in behaviors:
            facts["weapon"] = rng.choice(WEAPONS[1:])
            facts["imminent_threat"] = rng.random() < 0.2
        lines.append(json.dumps({"id": "i%d" % (i + 1), "behaviors": behaviors, "facts": facts},
                                separators=(",", ":")))
        if len(lines) == 10000:
            out.write("\n".join(lines) + "\n")
            lines = []
    if lines:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

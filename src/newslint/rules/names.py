"""Word lists about names that several rule families share."""

from __future__ import annotations

# Particles that stay lowercase inside names (Robin van Persie, Dominique de
# Villepin, Gabriel García y Márquez).
NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "du",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "dos",
        "das",
        "ter",
        "zu",
        "y",
        "e",
    ]
)

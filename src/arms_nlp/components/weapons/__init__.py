"""arms_weapons: named weapon systems and weapon classes, with canonical name, family and category."""

from .component import WeaponRecognizer

__all__ = ["WeaponRecognizer"]

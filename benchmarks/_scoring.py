"""Precision, recall and F1 shared by the benchmark scripts."""

from __future__ import annotations


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """(precision, recall, F1); an empty prediction or gold set counts as vacuously precise or complete."""
    precision = tp / predicted if predicted else 1.0
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1

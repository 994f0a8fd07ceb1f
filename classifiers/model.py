"""A small multinomial logistic model over named features, stored as readable JSON.

Plain numpy on purpose: the model is a table of weights a person can read (feature x class),
a bias per class and one temperature that makes the probabilities honest on held-out data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np


@dataclass
class LogisticModel:
    classes: tuple[str, ...]
    features: tuple[str, ...]
    weights: np.ndarray  # (n_features, n_classes)
    bias: np.ndarray  # (n_classes,)
    temperature: float = 1.0

    def logits(self, x: np.ndarray) -> np.ndarray:
        return x @ self.weights + self.bias

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities for one vector (n_features,) or a matrix (n, n_features)."""
        return softmax(self.logits(x) / self.temperature)

    def to_dict(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "temperature": round(float(self.temperature), 4),
            "bias": {c: round(float(b), 4) for c, b in zip(self.classes, self.bias, strict=True)},
            "weights": {
                f: {c: round(float(w), 4) for c, w in zip(self.classes, row, strict=True)}
                for f, row in zip(self.features, self.weights, strict=True)
            },
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], features: tuple[str, ...]) -> LogisticModel:
        """Load weights by name, so that a feature missing from the file weighs nothing."""
        classes = tuple(data["classes"])
        table = data["weights"]
        weights = np.array(
            [[float(table.get(f, {}).get(c, 0.0)) for c in classes] for f in features]
        )
        bias = np.array([float(data["bias"][c]) for c in classes])
        return cls(classes, features, weights, bias, float(data.get("temperature", 1.0)))


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def fit(
    x: np.ndarray,
    y: np.ndarray,
    n_classes: int,
    *,
    l2: float = 0.01,
    steps: int = 3000,
    lr: float = 0.5,
) -> tuple[np.ndarray, np.ndarray]:
    """Weights and bias minimising cross-entropy + l2 * |W|^2 (full-batch Adam; convex).

    ``y`` is class indices, or one target distribution per row (soft labels).
    """
    n, d = x.shape
    w = np.zeros((d, n_classes))
    b = np.zeros(n_classes)
    onehot = targets(y, n_classes)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        p = softmax(x @ w + b)
        g = (p - onehot) / n
        gw = x.T @ g + 2 * l2 * w
        gb = g.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw**2
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb**2
        step = lr * np.sqrt(1 - beta2**t) / (1 - beta1**t)
        w -= step * mw / (np.sqrt(vw) + eps)
        b -= step * mb / (np.sqrt(vb) + eps)
        if t > 200 and t % 100 == 0 and np.abs(gw).max() < 1e-5:
            break
    return w, b


def targets(y: np.ndarray, n_classes: int) -> np.ndarray:
    """One-hot rows for class indices; target distributions pass through."""
    return y.astype(float) if y.ndim == 2 else np.eye(n_classes)[y]


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature that minimises held-out cross-entropy (grid, then refine)."""
    t_rows = targets(y, logits.shape[1])

    def nll(t: float) -> float:
        p = softmax(logits / t)
        return float(-(t_rows * np.log(np.clip(p, 1e-12, 1.0))).sum(axis=1).mean())

    grid = np.exp(np.linspace(np.log(0.2), np.log(10.0), 80))
    best = min(grid, key=nll)
    fine = np.linspace(best * 0.9, best * 1.1, 41)
    return float(min(fine, key=nll))


def load_models(path: Path, doc_features: tuple[str, ...], order_features: tuple[str, ...]):
    """(doc-type model, order-type model) from a model.json."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return (
        LogisticModel.from_dict(data["doc_type"], doc_features),
        LogisticModel.from_dict(data["order_type"], order_features),
    )

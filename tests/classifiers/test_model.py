"""The logistic model, its fitting, temperature and the calibration measures."""

from __future__ import annotations

import json

import numpy as np
import pytest

from classifiers import MODEL_PATH
from classifiers.features import DOC_FEATURES, ORDER_FEATURES
from classifiers.model import LogisticModel, fit, fit_temperature, softmax
from classifiers.train import calibration
from pipeline.records import DOC_TYPES, ORDER_TYPES


def test_fit_separates_separable_data() -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 300)
    x = np.eye(3)[y] + rng.normal(0, 0.1, (300, 3))
    w, b = fit(x, y, 3, l2=0.001, steps=800)
    assert (softmax(x @ w + b).argmax(axis=1) == y).mean() > 0.98


def test_fit_temperature_recovers_a_known_temperature() -> None:
    """Labels drawn from softmax(z / 2): the fitted temperature on z should be about 2."""
    rng = np.random.default_rng(1)
    z = rng.normal(0, 3, (4000, 4))
    p = softmax(z / 2.0)
    y = np.array([rng.choice(4, p=row) for row in p])
    assert fit_temperature(z, y) == pytest.approx(2.0, rel=0.15)


def test_calibration_measures_by_hand() -> None:
    probs = np.array([[0.8, 0.2], [0.8, 0.2], [0.6, 0.4], [0.6, 0.4]])
    y = np.array([0, 1, 0, 0])
    c = calibration(probs, y, bins=10)
    assert c["accuracy"] == 0.75
    # Brier: (0.04+0.04), (0.64+0.64), (0.16+0.16), (0.16+0.16) -> mean 0.5
    assert c["brier"] == pytest.approx(0.5)
    # bin (0.7,0.8]: conf 0.8, acc 0.5 ; bin (0.5,0.6]: conf 0.6, acc 1.0 -> 0.5*0.3+0.5*0.4
    assert c["ece"] == pytest.approx(0.35)


def test_committed_model_matches_the_features() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert tuple(data["doc_type"]["classes"]) == DOC_TYPES
    assert tuple(data["order_type"]["classes"]) == ORDER_TYPES
    assert set(data["doc_type"]["weights"]) == set(DOC_FEATURES)
    assert set(data["order_type"]["weights"]) == set(ORDER_FEATURES)
    assert data["doc_type"]["temperature"] > 0 and data["order_type"]["temperature"] > 0


def test_round_trip_by_feature_name() -> None:
    m = LogisticModel(("a", "b"), ("f", "g"), np.array([[1.0, -1.0], [0.5, 0.0]]), np.zeros(2))
    again = LogisticModel.from_dict(m.to_dict(), ("g", "f", "new"))
    x = np.array([1.0, 2.0])
    assert np.allclose(m.predict_proba(x), again.predict_proba(np.array([2.0, 1.0, 9.0])))

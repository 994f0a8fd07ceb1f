"""Document-type and order-type classification with calibrated probabilities.

``classify(text)`` reads named evidence off the OCR text (classifiers.features), and two
small logistic models (classifiers/model.json, fitted by classifiers.train) turn it into
probabilities. The order type is only asked of court orders; for other documents it is
None. A page with no evidence at all (blank, speckle, an OCR failure) gets a fixed unsure
answer (features.NO_EVIDENCE): the model has nothing to weigh.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.records import Classification

MODEL_PATH = Path(__file__).with_name("model.json")

__all__ = ["MODEL_PATH", "classify", "explain"]


@lru_cache(maxsize=1)
def _models():  # -> (doc-type model, order-type model)
    from classifiers.features import DOC_FEATURES, ORDER_FEATURES
    from classifiers.model import load_models

    return load_models(MODEL_PATH, DOC_FEATURES, ORDER_FEATURES)


def classify(text: str) -> Classification:
    """The document type (and for court orders the order type), each with its probability."""
    import numpy as np

    from classifiers.features import NO_EVIDENCE, evidence

    doc_model, order_model = _models()
    ev = evidence(text or "")
    probs = doc_model.predict_proba(ev.doc) if ev.telling else np.array(NO_EVIDENCE)
    best = int(probs.argmax())
    doc_type = doc_model.classes[best]
    order_type: str | None = None
    order_p: float | None = None
    if doc_type == "court_order":
        op = order_model.predict_proba(ev.order)
        k = int(op.argmax())
        order_type, order_p = order_model.classes[k], round(float(op[k]), 4)
    return Classification(
        doc_type=doc_type,
        doc_type_probability=round(float(probs[best]), 4),
        order_type=order_type,
        order_type_probability=order_p,
        probabilities={
            c: round(float(p), 4) for c, p in zip(doc_model.classes, probs, strict=True)
        },
    )


def explain(text: str) -> dict[str, float]:
    """The evidence that fired on a text (feature name -> value), for debugging only:
    it names phrases, never document content."""
    from classifiers.features import evidence

    return evidence(text or "").fired

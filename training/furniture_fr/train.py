"""Train the furniture classifier of the clean step on the project's invented passages.

Each line of ``passages/*.jsonl`` is one page excerpt: ``{"style", "lines": [{"text", "furniture"}]}``,
its lines in page order, each labelled page furniture or article content. The features of a line are
``recoupe.clean.line_features`` (its words and shape, its neighbours' shape), exactly as the clean step
computes them. One passage in ``held_out_every`` (by a hash of its style, stable as passages are added)
is held out; a logistic regression (numpy, full batch, Adam, L2, seed fixed) learns from the others,
and the threshold is the lowest at or above ``threshold_floor`` that rates at most ``max_content_rate``
of the held-out content lines furniture, among the lines the clean step would ask. The weights, the
threshold and the held-out figures are written to ``OUT`` (``src/recoupe/models/fr/furniture/model.json``).

    python training/furniture_fr/train.py OUT
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from recoupe.clean.furniture_model import standing_alone
from recoupe.clean.line_features import line_features

HERE = Path(__file__).parent


def load_passages() -> list[dict]:
    passages = []
    for path in sorted((HERE / "passages").glob("*.jsonl")):
        passages += [json.loads(row) for row in path.read_text(encoding="utf-8").splitlines() if row.strip()]
    return passages


def held_out(passage: dict, every: int) -> bool:
    return int(hashlib.sha1(passage["style"].encode("utf-8")).hexdigest(), 16) % every == 0


def examples(passages: list[dict]) -> list[tuple[list[str], int, bool]]:
    """(features, label, asked) of every line; ``asked``: the clean step would ask the model about it."""
    found = []
    for passage in passages:
        texts = [line["text"] for line in passage["lines"]]
        blocks = list(range(len(texts)))   # every line of a passage is its own paragraph
        for i, line in enumerate(passage["lines"]):
            above = texts[i - 1] if i else None
            below = texts[i + 1] if i + 1 < len(texts) else None
            found.append((line_features(texts[i], above, below), int(line["furniture"]),
                          standing_alone(texts, blocks, i)))
    return found


def matrix(rows: list[list[str]], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(index)), dtype=np.float64)
    for r, features in enumerate(rows):
        for f in features:
            if f in index:
                x[r, index[f]] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, config: dict) -> np.ndarray:
    """Logistic regression by full-batch Adam with an L2 penalty (the bias is penalised too: it is one weight of many)."""
    rng = np.random.default_rng(config["seed"])
    w = rng.normal(0.0, 0.01, x.shape[1])
    m, v = np.zeros_like(w), np.zeros_like(w)
    rate, b1, b2 = config["learning_rate"], 0.9, 0.999
    for step in range(1, config["epochs"] + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + config["l2"] * w
        m, v = b1 * m + (1 - b1) * grad, b2 * v + (1 - b2) * grad * grad
        w -= rate * (m / (1 - b1 ** step)) / (np.sqrt(v / (1 - b2 ** step)) + 1e-8)
    return w


def choose_threshold(p: np.ndarray, y: np.ndarray, config: dict) -> float:
    """The lowest threshold from the floor up that rates at most the allowed share of content lines furniture."""
    content = p[y == 0]
    for t in np.arange(config["threshold_floor"], 1.0, 0.01):
        if (content >= t).mean() <= config["max_content_rate"]:
            return round(float(t), 2)
    return 1.0


def figures(p: np.ndarray, y: np.ndarray, threshold: float) -> dict:
    flagged = p >= threshold
    hits = int((flagged & (y == 1)).sum())
    return {"lines": int(len(y)), "furniture": int(y.sum()),
            "precision": round(hits / max(1, int(flagged.sum())), 3),
            "recall": round(hits / max(1, int(y.sum())), 3),
            "content_flagged": int((flagged & (y == 0)).sum())}


def main(out: Path) -> None:
    config = json.loads((HERE / "config.json").read_text(encoding="utf-8"))
    passages = load_passages()
    train = examples([p for p in passages if not held_out(p, config["held_out_every"])])
    dev = [e for e in examples([p for p in passages if held_out(p, config["held_out_every"])]) if e[2]]
    counts = Counter(f for features, _, _ in train for f in set(features))
    names = sorted(f for f, n in counts.items() if n >= config["min_feature_count"])
    index = {f: i for i, f in enumerate(names)}
    w = fit(matrix([e[0] for e in train], index), np.array([e[1] for e in train], dtype=np.float64), config)
    y_dev = np.array([e[1] for e in dev])
    p_dev = 1.0 / (1.0 + np.exp(-(matrix([e[0] for e in dev], index) @ w)))
    threshold = choose_threshold(p_dev, y_dev, config)
    weights = {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 1e-3}
    model = {"enabled": config["enabled"], "threshold": threshold,
             "trained_on": {"passages": len(passages), "train_lines": len(train)},
             "held_out": figures(p_dev, y_dev, threshold), "weights": weights}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps({k: model[k] for k in ("threshold", "trained_on", "held_out")}), len(weights), "weights")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

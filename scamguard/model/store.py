"""The shipped model on disk: a joblib file plus a manifest with its SHA-256.

joblib files are pickles, and unpickling can run code: a file whose hash does not match `manifest.json` is refused
unless the caller trusts it explicitly. The payload holds only plain Python values (numbers, strings, lists, dicts
and the arrays' raw bytes), so it is read back with an unpickler that refuses every global: even a trusted file
cannot name a function to call, and loading needs neither joblib (~0.1 s of every cold start) nor a memory map.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .scorer import LinearModel

MODEL_FILE = "model.joblib"
MANIFEST_FILE = "manifest.json"
FORMAT = 2


class ModelError(RuntimeError):
    """The model is missing, tampered with or incompatible."""


@dataclass
class ShippedModel:
    version: str
    idf: np.ndarray
    label_model: LinearModel
    family_model: LinearModel
    dense_names: list[str]
    rules_sha256: str
    scam_threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)


def default_model_dir() -> Path:
    """models/ of a source checkout or editable install, else the copy installed as package data."""
    package = Path(__file__).resolve().parents[1]
    checkout = package.parent / "models"
    if (checkout / MANIFEST_FILE).is_file():
        return checkout
    return package / "_models"  # where pyproject.toml installs models/ as package data


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _array_state(a: np.ndarray) -> dict[str, Any]:
    a = np.ascontiguousarray(a)
    return {"dtype": a.dtype.str, "shape": list(a.shape), "data": a.tobytes()}


def _array(d: dict[str, Any]) -> np.ndarray:
    # A read-only view of the payload's bytes: no copy.
    return np.frombuffer(d["data"], dtype=np.dtype(d["dtype"])).reshape(d["shape"])


def _pack(m: LinearModel) -> dict[str, Any]:
    return {"classes": [str(c) for c in m.classes], "coef_hashed": _array_state(m.coef_hashed),
            "coef_dense": _array_state(m.coef_dense), "intercept": _array_state(m.intercept),
            "temperature": float(m.temperature), "fold_bits": int(m.fold_bits),
            "bias": None if m.bias is None else _array_state(m.bias), "prior_scale": float(m.prior_scale)}


def _unpack(d: dict[str, Any]) -> LinearModel:
    return LinearModel(tuple(d["classes"]), _array(d["coef_hashed"]), _array(d["coef_dense"]),
                       _array(d["intercept"]), d["temperature"], d["fold_bits"],
                       None if d.get("bias") is None else _array(d["bias"]),
                       # files from before the scale was stored applied the whole declared weight
                       float(d.get("prior_scale", 1.0)))


class _PlainUnpickler(pickle.Unpickler):
    """Plain values only: any class or function reference in the stream is refused."""

    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"the model file refers to {module}.{name}; a scamguard model holds plain data only")


def save(model: ShippedModel, directory: Path) -> str:
    """Write the model and its manifest; returns the SHA-256. Byte-identical for identical arrays."""
    import joblib

    directory.mkdir(parents=True, exist_ok=True)
    payload = {"format": FORMAT, "version": model.version, "idf": _array_state(model.idf),
               "label_model": _pack(model.label_model), "family_model": _pack(model.family_model),
               "dense_names": [str(n) for n in model.dense_names], "rules_sha256": str(model.rules_sha256),
               "scam_threshold": float(model.scam_threshold)}
    path = directory / MODEL_FILE
    tmp = directory / f".{MODEL_FILE}.tmp"
    # Uncompressed: reading ~9 MB back is cheaper than inflating it. Written aside and renamed, so a reader never
    # sees half a file.
    joblib.dump(payload, tmp, compress=0)
    digest = sha256_file(tmp)
    os.replace(tmp, path)
    manifest = {**model.meta, "file": MODEL_FILE, "sha256": digest, "version": model.version, "format": FORMAT}
    (directory / MANIFEST_FILE).write_text(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                           encoding="utf-8")
    return digest


def load(directory: Path | None = None, *, trust: bool = False) -> ShippedModel:
    """Load a model directory, refusing a file whose SHA-256 differs from the manifest unless `trust`."""
    directory = Path(directory) if directory else default_model_dir()
    manifest_path = directory / MANIFEST_FILE
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"no model found: {manifest_path} is missing (run `scamguard train`)") from None
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read the model manifest {manifest_path}: {exc}") from None
    name = manifest.get("file", MODEL_FILE) if isinstance(manifest, dict) else None
    if not isinstance(name, str) or "/" in name or "\\" in name:
        raise ModelError(f"{manifest_path} is not a scamguard model manifest (a JSON object naming a file in its "
                         "directory)")
    path = directory / name
    if not path.is_file():
        raise ModelError(f"no model found: {path} is missing (run `scamguard train`)")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != manifest.get("sha256") and not trust:
        raise ModelError(f"refusing to load {path}: its SHA-256 {digest[:12]}… does not match the manifest "
                         f"({str(manifest.get('sha256'))[:12]}…). The file may have been tampered with; "
                         "pass trust=True / --trust-model only if you know where it came from")
    try:
        payload = _PlainUnpickler(io.BytesIO(data)).load()
    except Exception as exc:  # a corrupt or foreign pickle can raise almost anything
        raise ModelError(f"cannot load {path}: {exc}") from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ModelError(f"{path} is not a scamguard model of format {FORMAT}")
    try:
        model = ShippedModel(version=payload["version"], idf=_array(payload["idf"]),
                             label_model=_unpack(payload["label_model"]),
                             family_model=_unpack(payload["family_model"]), dense_names=payload["dense_names"],
                             rules_sha256=payload["rules_sha256"], scam_threshold=payload.get("scam_threshold", 0.5),
                             meta=manifest)
        _check_shapes(model)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # A trusted file can still be damaged; say so in one line rather than fail later on the first message.
        raise ModelError(f"{path} is damaged or incomplete ({type(exc).__name__}: {exc})") from None
    return model


def _check_shapes(m: ShippedModel) -> None:
    """The arrays fit together: one IDF per bucket, one weight row per class, one dense weight per feature."""
    for lm in (m.label_model, m.family_model):
        n = len(lm.classes)
        if lm.coef_hashed.ndim != 2 or lm.coef_hashed.shape[0] != n or lm.intercept.shape != (n,) \
                or lm.coef_dense.shape != (n, len(m.dense_names)):
            raise ValueError("weight arrays of mismatched shapes")
    if m.label_model.coef_hashed.shape[1] != len(m.idf):
        raise ValueError("IDF and weights of mismatched sizes")

"""Training is deterministic, the numpy scorer equals scikit-learn, and the hash check guards loading."""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from scamguard.api import Classifier
from scamguard.corpus import load_corpus
from scamguard.model import store, train
from scamguard.model.features import N_BUCKETS
from scamguard.model.scorer import LABELS, apply_force, forced_by, rule_prior, softmax
from scamguard.rules.engine import Hit, Rule, builtin_rules


@pytest.fixture(scope="module")
def small(root):
    rows = load_corpus(root / "corpus")
    # A deterministic, label-balanced slice keeps these tests fast; `scamguard train` uses everything.
    picked = [r for i, r in enumerate(rows) if i % 12 == 0]
    return picked


def _fit(rows):
    # A loose tolerance keeps this fast; determinism does not depend on where lbfgs stops.
    model, _ = train.fit(rows, builtin_rules(), "test", tol=1e-2)
    return model


def test_training_is_deterministic(small, tmp_path):
    rows = small[::3]   # every 36th message: the whole recipe (five folds, two stages, families) runs twice
    a = store.save(_fit(rows), tmp_path / "a")
    b = store.save(_fit(rows), tmp_path / "b")
    assert a == b
    assert (tmp_path / "a" / "model.joblib").read_bytes() == (tmp_path / "b" / "model.joblib").read_bytes()


def test_numpy_scorer_equals_scikit_learn(small):
    rules = builtin_rules()
    texts = [r.text for r in small]
    prep = train.prepare(texts, [r.sender for r in small], [r.channel for r in small], rules)
    idf = train.compute_idf(prep.counts, len(small))
    X = train.design_matrix(prep.counts, train.tfidf_values(prep.counts, idf), prep.dense)
    clf = train._fit_lr(X, [r.label for r in small], train.C_LABEL)
    expected = clf.predict_proba(X)[:, [list(clf.classes_).index(c) for c in LABELS]]
    lin = train._as_linear(clf, N_BUCKETS, classes=LABELS)
    got = lin.probabilities(lin.logits(prep.counts, train.tfidf_values(prep.counts, idf), prep.dense))
    assert np.allclose(got, expected, atol=1e-6)


def test_stacked_model_scores_as_its_two_stages(small):
    # The shipped label model is stage 2 (rules, facts, stage-1 logits) folded into stage 1 (TF-IDF): scoring the
    # folded arrays must give what running the two scikit-learn stages one after the other gives.
    rules = builtin_rules()
    prep = train.prepare([r.text for r in small], [r.sender for r in small], [r.channel for r in small], rules)
    labels = [r.label for r in small]
    tfidf = train.tfidf_values(prep.counts, train.compute_idf(prep.counts, len(small)))
    X = train.design_matrix(prep.counts, tfidf, None)
    text_clf = train._fit_lr(X, labels, train.C_LABEL)
    stage1 = train._label_logits(text_clf, X)
    stack = train._fit_stack(stage1 * 0.5, prep.dense, labels)   # any second stage will do
    expected = train._label_logits(stack, np.hstack([stage1, prep.dense]))
    got = train._stacked_linear(text_clf, stack, 1.0).logits(prep.counts, tfidf, prep.dense)
    assert np.abs(stack.coef_[:, len(LABELS):]).max() > 0.1        # the rules do carry weight
    assert np.allclose(got, expected, atol=1e-3)


def test_classify_scores_as_training_calibrates(root, small):
    # Training fits the calibration and the threshold on held-out logits with the rule prior and the forced labels
    # applied (train.calibrate_combined); classify() must turn logits into probabilities the same way, or the
    # held-out figures would not describe the shipped classifier.
    clf = Classifier(store.load(), builtin_rules())
    lm = clf.model.label_model
    assert 0 < lm.prior_scale == train.PRIOR_SCALE
    rows = small[:300]
    prep = train.prepare([r.text for r in rows], [r.sender for r in rows], [r.channel for r in rows], clf.rules)
    logits = lm.logits(prep.counts, train.tfidf_values(prep.counts, clf.model.idf), prep.dense)
    hits = [a.hits for a in prep.analyses]
    expected = apply_force(softmax(logits / lm.temperature + lm.bias + rule_prior(hits, train.PRIOR_SCALE)),
                           np.array([forced_by(h) is not None for h in hits]))
    got = np.array([[v.probabilities[k] for k in LABELS]
                    for v in clf.classify_many([(r.text, r.sender, r.channel) for r in rows])])
    assert np.allclose(got, expected, atol=1e-9)
    assert any(h for h in hits) and np.abs(rule_prior(hits)).max() > 0


def test_rule_prior_scales_built_in_rules_only():
    def hit(rid: str, direction: str, weight: float, value: float = 1.0) -> Hit:
        return Hit(Rule(id=rid, direction=direction, weight=weight, zh="", en=""), None, value)

    hits = [[hit("ACT-01", "scam", 3), hit("MINE-1", "scam", 2), hit("HC-01", "genuine", 2, 0.25)], []]
    prior = rule_prior(hits, 0.5, builtin_ids={"ACT-01", "HC-01"})
    assert prior.tolist() == [[0.5 * 3 + 2, 0.5 * 2 * 0.25, 0.0], [0.0, 0.0, 0.0]]
    assert rule_prior(hits).tolist()[0] == [5.0, 0.5, 0.0]      # no ids given: every rule is built-in, scale 1


def test_hash_check_refuses_a_tampered_model(root, tmp_path):
    shutil.copytree(root / "models", tmp_path / "m")
    store.load(tmp_path / "m")  # intact: loads
    data = bytearray((tmp_path / "m" / "model.joblib").read_bytes())
    data[-20] ^= 0xFF
    (tmp_path / "m" / "model.joblib").write_bytes(bytes(data))
    with pytest.raises(store.ModelError, match="SHA-256"):
        store.load(tmp_path / "m")
    with pytest.raises(store.ModelError, match="no model"):
        store.load(tmp_path / "nowhere")


def test_a_trusted_model_file_still_cannot_run_code(root, tmp_path):
    # --trust-model skips the hash check, but the loader accepts plain data only: a pickle that names a callable
    # (here os.system) is refused before anything is called.
    import json
    import pickle

    shutil.copytree(root / "models", tmp_path / "m")

    class Evil:
        def __reduce__(self):
            import os
            return (os.system, ("echo pwned > " + str(tmp_path / "pwned"),))

    (tmp_path / "m" / "model.joblib").write_bytes(pickle.dumps({"format": store.FORMAT, "x": Evil()}))
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    with pytest.raises(store.ModelError, match="plain data only"):
        store.load(tmp_path / "m", trust=True)
    assert not (tmp_path / "pwned").exists()
    assert manifest["format"] == store.FORMAT


def test_shipped_model_matches_its_manifest_and_rules(root):
    model = store.load(root / "models")
    Classifier(model)  # raises if the rule layout changed since training
    assert model.meta["sha256"] == store.sha256_file(root / "models" / "model.joblib")
    assert (root / "models" / "README.md").read_text(encoding="utf-8").count(model.meta["sha256"]) == 1


def test_hashed_terms_do_not_depend_on_position_or_batch():
    from scamguard.model.features import hashed_counts

    alone = hashed_counts(["借呗"], [["借呗"]])
    batch = hashed_counts(["x", "我的借呗"], [["x"], ["我的", "借呗"]])
    row1 = set(batch.indices[batch.indptr[1]:batch.indptr[2]].tolist())
    assert set(alone.indices.tolist()) <= row1
    # a word and the character 2-gram with the same spelling are different features
    assert len(alone.indices) == 4      # 借, 呗, 借呗 (2-gram), 借呗 (word)


def test_hashed_counts_refuses_tokens_that_do_not_cover_the_text():
    from scamguard.model.features import hashed_counts

    with pytest.raises(ValueError):
        hashed_counts(["借呗逾期"], [["借呗"]])


def test_a_retold_scam_is_read_without_its_quotations():
    """A rule marked `reported` (HC-15) blanks the reported speech out of what the text model reads, keeping every
    offset; the same words in a message without such a frame are read as they are, and the rules read both in full."""
    from scamguard.model.features import analyse_many

    quote = "“您的学生账户需要注销，请下载会议软件”"
    retold, plain = analyse_many([(f"据警方通报，王某接到电话，对方称{quote}，王某信以为真。", None, "sms"),
                                  (f"通知：{quote}，详询客服。", None, "sms")], builtin_rules())
    assert "HC-15" in {h.rule.id for h in retold.hits}
    assert len(retold.model_text) == len(retold.norm.text)
    assert "注销" in retold.norm.text and "注销" not in retold.model_text and "信以为真" in retold.model_text
    assert "".join(retold.tokens) == retold.model_text
    assert plain.model_text == plain.norm.text and "注销" in plain.model_text
    assert "FAM-03" in {h.rule.id for h in retold.hits}    # the rules still see the quoted request (damped by HC-15b)


def test_reported_speech_is_quotations_and_clauses_after_a_verb_of_saying():
    from scamguard.text.quotes import quoted_spans, reported_spans, without_reported_speech

    assert quoted_spans("他说“转到安全账户”和\"加微信\"") == [(3, 9), (12, 15)]
    assert without_reported_speech("对方称“转账”，我挂了。") == "对方称“  ”，我挂了。"
    assert without_reported_speech("没有闭合的“引号") == "没有闭合的“引号"
    # a reported clause runs to the end of its sentence, merged with any quotation inside it
    assert without_reported_speech("他说我有个校园贷没注销。我挂了") == "他说" + " " * 9 + "。我挂了"
    assert reported_spans("骗子说“转账”，还说要交钱") == [(4, 6), (10, 13)]
    # a text forwarded after a colon, unmarked, to the end of its sentence
    assert without_reported_speech("这种短信别信：您的账户未注销，请联系专员。删了吧") == "这种短信别信：" + " " * 13 + "。删了吧"

import numpy as np

from listenwell.analysis.label import CTfidfLabeler, pick_summary, rank_quotes


def test_key_phrases_set_a_theme_apart() -> None:
    docs = [
        ["I copy the orders into a spreadsheet", "the spreadsheet export takes me an hour",
         "I keep a spreadsheet of every order"],
        ["my card was declined at checkout", "the checkout rejected my card",
         "card payment at checkout fails"],
    ]
    phrases = CTfidfLabeler().key_phrases(docs, top=3)
    assert any("spreadsheet" in p for p in phrases[0])
    assert any("checkout" in p or "card" in p for p in phrases[1])
    assert not any("spreadsheet" in p for p in phrases[1])
    assert all(p not in {"the", "my", "really", "i"} for ps in phrases for p in ps)


def test_quotes_prefer_central_statements_and_new_voices() -> None:
    centre = np.array([1.0, 0.0])
    vecs = np.array([[1.0, 0.0], [0.99, 0.14], [0.0, 1.0], [0.95, 0.31]])
    texts = ["one two three four five six"] * 4
    order = rank_quotes(vecs, centre, ["A", "A", "B", "C"], texts)
    assert order[:3] == [0, 3, 2], "one quote per voice first, by centrality"
    assert order[3] == 1


def test_summary_is_a_verbatim_statement() -> None:
    texts = ["ok", "The export to a spreadsheet takes me an hour every week", "spreadsheet"]
    summary = pick_summary(texts, [0, 1, 2], ["spreadsheet", "export"])
    assert summary == texts[1]

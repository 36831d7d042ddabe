"""German -> English machine translation of an edition: MarianMT through transformers or CTranslate2, glossary-aware.

    from lektorat.translation import load, translate_text
    backend = load("Helsinki-NLP/opus-mt-de-en", "transformers")
    result = translate_text(german, backend, glossary=glossary.load())
    result.text, result.violations

torch, transformers and ctranslate2 are optional extras, imported only when a back end is loaded.
"""

from .backends import BACKENDS, convert, load
from .models import DEFAULT_MODEL, MissingExtra, ModelUnavailable
from .translator import Translation, translate_text

__all__ = ["BACKENDS", "DEFAULT_MODEL", "MissingExtra", "ModelUnavailable", "Translation", "convert", "load",
           "translate_text"]

import pytest

from liguilla_tui import i18n


@pytest.fixture
def spanish():
    """Mexican Spanish for one test, English again after it."""
    i18n.set_language("es_MX")
    yield
    i18n.set_language(None)

"""check_texts looks at a record's texts all together before one by one: it
must refuse exactly what check_text refuses, with the same message and field."""

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from relations_app.services.validation import check_text, check_texts
from relations_app.storage.errors import ValidationError

LIMITS = {"name": 5, "notes": 12, "place": 3}
values = st.one_of(
    st.text(max_size=14),
    st.sampled_from(["\x00", "a\ud800", "\udfff", "é" * 4, "ok"]),
    st.none(),
    st.integers(),
    st.just(b"bytes"),
)


def outcome(check) -> tuple[str, str] | None:
    try:
        check()
    except ValidationError as error:
        return (error.field, str(error))
    return None


@settings(max_examples=500, deadline=None, database=None)
@given(st.fixed_dictionaries({field: values for field in LIMITS}))
def test_check_texts_refuses_what_check_text_refuses(fields):
    record = SimpleNamespace(**fields)

    def one_by_one() -> None:
        for field, limit in LIMITS.items():
            check_text(fields[field], field, limit)

    assert outcome(lambda: check_texts(record, LIMITS)) == outcome(one_by_one)

"""A name written right to left on paper: the sentence around it still reads
left to right, as the rest of the overview does."""

from relations_app.printing.pdf import write_pdf
from relations_app.records import Circle, Offer, Person
from tests.pdf_reading import pdf_text
from tests.printing.conftest import gather


def test_a_right_to_left_name_first_in_a_sentence_keeps_the_sentence_in_order(services, tmp_path):
    services.offers.save(Offer(name="Feedback on a CV"))
    services.people.save(
        Person(name="محمد עמית", circle=Circle.CLOSE, looking_for=("feedback on a CV",))
    )
    target = tmp_path / "overview.pdf"
    write_pdf(gather(services), target)
    lines = [line.strip() for line in pdf_text(target).splitlines()]
    sentence = next(line for line in lines if "is looking for" in line)
    assert sentence.startswith("محمد עמית is looking for “feedback on a CV”"), sentence

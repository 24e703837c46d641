"""An Arabic sentence that opens with a time or a pointer back, set off by a comma ("ومنذ ذلك الحين، نمت الجمعية ...",
"وخلال تلك الفترة، وسّعت الشبكة ..."), as the history paragraphs of a long letter do: Arabic has no capitals to tell
the opening phrase from a name, and the clause after the comma names the organisation, so the sentence read as
"name, organisation" invented a speaker. "Since" and the demonstratives are no name words, with the "و" of "and"
before them too."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_sender import person_lines
from tests.extracting import message, run


@pytest.mark.parametrize("sentence", [
    "وخلال تلك الفترة، وسّعت الجمعية نشاطها إلى ثلاث مدن جديدة.",
    "ومنذ ذلك التاريخ، أصبحت الشبكة شريكاً لعدد من المنظمات الدولية.",
    "وبعد ذلك، انتقل مقر المنظمة إلى عمّان.",
])
def test_an_opening_phrase_before_a_comma_is_no_person(sentence: str, rules: ExtractRules) -> None:
    assert person_lines(sentence, rules) == []


def test_a_long_letter_is_signed_by_its_speaker_not_its_history(rules: ExtractRules) -> None:
    body = ("السادة في أمانة الاستعراض الإقليمي المحترمين،\n\n"
            "تأسست جمعية الأفق للعمال المهاجرين في عمّان عام 2009. ومنذ ذلك الحين، توسّعت الجمعية من مكتب واحد إلى شبكة "
            "من المراكز في خمس محافظات.\n\n"
            "ويسرّنا أن نعرب عن رغبتنا في أن تتولى كاتبة هذه الرسالة دور المقرِّرة في المؤتمر الإقليمي.\n\n"
            "وتفضلوا بقبول فائق الاحترام،\n\nسلمى العمري\nمنسقة المشاريع\nجمعية الأفق للعمال المهاجرين\n")
    fields = run(message(body, subject="طلب مشاركة", from_="Salma Omari <s.omari@example.org>"), rules, language="ar")
    assert [sp.name for sp in fields.speakers] == ["سلمى العمري"]


@pytest.mark.parametrize(("line", "name"), [
    # a name that opens with "و" is one ("وليد", "وفاء" are given names)
    ("وليد منصور، منسق البرامج، جمعية الأمل للتنمية", "وليد منصور"),
    ("وفاء الخطيب - رئيسة رابطة العاملات المنزليات", "وفاء الخطيب"),
])
def test_near_miss_a_name_line_that_opens_with_waw_is_read(line: str, name: str, rules: ExtractRules) -> None:
    assert [c.name for c in person_lines(line, rules)] == [name]

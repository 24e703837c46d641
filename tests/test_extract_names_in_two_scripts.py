"""A speaker's name written in both scripts, in a form's two name rows ("اسم المتحدث: X" over "Name (Latin letters): Y")
or in one table cell ("رهف سامر القباني<br>Rahaf Samer Qabbani"): one person, named as first written."""

from __future__ import annotations

from intake.extract import ExtractRules
from intake.model import DocText
from tests.extracting import message, run


def test_a_form_naming_the_speaker_in_both_scripts(rules: ExtractRules) -> None:
    form = ("استمارة ترشيح متحدث\nالجهة: رابطة أبناء طهطا العائدين للتنمية\nاسم المتحدث: مصطفى كمال حسن الدمرداش\n"
            "Name (Latin letters): Mostafa Kamal Hassan El-Demerdash\nالصفة / الوظيفة: أمين صندوق الرابطة\n")
    docs = {"form.docx": DocText("form.docx", form)}
    fields = run(message("مرفقة الاستمارة بعد التوقيع.\n\nياسر"), rules, language="ar", docs=docs)
    assert [(s.name, s.title) for s in fields.speakers] == [("مصطفى كمال حسن الدمرداش", "أمين صندوق الرابطة")]


def test_a_table_cell_naming_the_speaker_in_both_scripts(rules: ExtractRules) -> None:
    html = ("<p>منقترح الشخصين التاليين:</p><table><tr><th>الاسم</th><th>الصفة</th><th>المشاركة المطلوبة</th></tr>"
            "<tr><td>رهف سامر القباني<br>Rahaf Samer Qabbani</td><td>مصممة رقص</td><td>المائدة المستديرة الثالثة</td></tr>"
            "<tr><td>أيهم عماد الطرطوسي<br>Ayham Imad Tartousi</td><td>عازف عود</td><td>النقاش المفتوح</td>"
            "</tr></table><p>سلافة</p>")
    fields = run(message("منقترح الشخصين التاليين.\n\nسلافة", html=html), rules, language="ar")
    assert [s.name for s in fields.speakers] == ["رهف سامر القباني", "أيهم عماد الطرطوسي"]

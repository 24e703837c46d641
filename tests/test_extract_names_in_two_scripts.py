"""A speaker's name written in both scripts, in a form's two name rows ("اسم المتحدث: X" over "Name (Latin letters): Y")
or in one table cell ("لمى عدنان سكر<br>Lama Adnan Sukkar"): one person, named as first written."""

from __future__ import annotations

from intake.extract import ExtractRules
from intake.model import DocText
from tests.extracting import message, run


def test_a_form_naming_the_speaker_in_both_scripts(rules: ExtractRules) -> None:
    form = ("استمارة ترشيح متحدث\nاسم المتحدث (رباعي): عمرو جمال الدين عبد الباقي\nName (Latin letters): Amr Gamal "
            "El-Din Abdel-Baky\nالصفة / الوظيفة: رئيس مجلس إدارة الرابطة\nالجهة: رابطة شباب جرجا العائدين للتنمية\n")
    docs = {"form.docx": DocText("form.docx", form)}
    fields = run(message("مرفق استمارة ترشيح المتحدث.\n\nأحمد"), rules, language="ar", docs=docs)
    assert [(s.name, s.title) for s in fields.speakers] == [("عمرو جمال الدين عبد الباقي", "رئيس مجلس إدارة الرابطة")]


def test_a_table_cell_naming_the_speaker_in_both_scripts(rules: ExtractRules) -> None:
    html = ("<p>منقترح الاسمين التاليين:</p><table><tr><th>الاسم</th><th>الصفة</th><th>المشاركة المطلوبة</th></tr>"
            "<tr><td>لمى عدنان سكر<br>Lama Adnan Sukkar</td><td>مخرجة مسرحية</td><td>النقاش المفتوح</td></tr>"
            "<tr><td>غيث مروان العبدالله<br>Ghaith Marwan Alabdallah</td><td>موسيقي</td><td>المائدة المستديرة الأولى</td>"
            "</tr></table><p>زينة</p>")
    fields = run(message("منقترح الاسمين التاليين.\n\nزينة", html=html), rules, language="ar")
    assert [s.name for s in fields.speakers] == ["لمى عدنان سكر", "غيث مروان العبدالله"]

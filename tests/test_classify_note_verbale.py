"""A permanent mission's note verbale, the diplomatic cover letter sent with its voluntary review, is no part of the
report, named in full or by its usual 'NV' and number ('NV_047-2021.pdf', « Note verbale n° 12 », 'مذكرة شفوية');
near misses: a report file whose name only begins with the letters 'nv' ('NVivo ...') or names no note verbale."""

from __future__ import annotations

import pytest

from tests.test_classify import decide, mail

PDF = "application/pdf"


@pytest.mark.parametrize(("body", "note"), [
    ("Please find attached Note Verbale No. 112/2021 of the Permanent Mission and its enclosure, the national voluntary "
     "review report.", "NV_112-2021_Regional_Review.pdf"),
    ("La Mission permanente vous transmet ci-joint sa note verbale et le rapport national d'examen volontaire.",
     "Note verbale n° 12 - Mission permanente.pdf"),
    ("تهدي البعثة الدائمة تحياتها وترفق مذكرتها الشفوية والتقرير الوطني الطوعي.", "مذكرة شفوية رقم 31.pdf"),
    ("Please find attached our note verbale and the national voluntary review report.", "Mission_note_verbale_2021.pdf"),
])
def test_a_note_verbale_is_no_part_of_the_report(ruleset, body, note):
    raw = mail("National voluntary GCM review", body, attachments=[("National_voluntary_GCM_review_2021.pdf", PDF),
                                                                   (note, PDF)])
    d = decide(ruleset, raw)
    assert d.category == "voluntary_report" and d.report_attachments == ("National_voluntary_GCM_review_2021.pdf",)


def test_near_miss_a_report_file_that_begins_with_nv_is_kept(ruleset):
    raw = mail("Voluntary GCM review report", "Please find attached our voluntary review report and its coding annex.",
               attachments=[("Voluntary_GCM_review_report.pdf", PDF), ("NVivo coding - voluntary review report annex.pdf", PDF)])
    assert decide(ruleset, raw).report_attachments == ("Voluntary_GCM_review_report.pdf",
                                                       "NVivo coding - voluntary review report annex.pdf")

"""A request sent again as a new message (new Message-ID, no reply headers): linked to the first by the
same sender and the same, or nearly the same, text within days (intake.resent); and a report sent again from another
address, linked by its file."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

from intake.analysis import load_context
from intake.config import Settings
from intake.export import record
from intake.pipeline import Pipeline
from intake.resent import body_print, near
from intake.store import MIGRATIONS, Store
from tests.mails import mail, minimal_pdf, raw

# (body with {title}, first title, changed title): each text is long enough to tell a re-send from habit.
REQUESTS = [
    ("Dear colleagues,\n\nFurther to the invitation to the regional review, the Coastal Migrant Workers Forum wishes to "
     "nominate one speaker for the thematic roundtable on labour mobility and decent work. Our nominee has worked for "
     "ten years with seasonal workers in the fishing ports and can speak to their recruitment fees and housing.\n\n"
     "Name: Rami Tannous\nTitle: {title}\nOrganization: Coastal Migrant Workers Forum\nParticipation: roundtable 3\n\n"
     "With our thanks and best regards,\nHala Sfeir", "Field Officer", "Senior Field Officer"),
    ("Madame, Monsieur,\n\nSuite à votre invitation à l'examen régional, l'Association des Travailleurs Saisonniers du "
     "Littoral souhaite proposer une intervenante pour la table ronde sur la mobilité de la main-d'oeuvre. Elle suit "
     "depuis dix ans les travailleuses des serres et pourra parler des frais de recrutement et du logement.\n\n"
     "Nom : Inès Bouaziz\nFonction : {title}\nOrganisation : Association des Travailleurs Saisonniers du Littoral\n"
     "Participation : table ronde 3\n\nAvec nos remerciements,\nKarima Haddad", "chargée de projet",
     "chargée de projet principale"),
    ("السادة الكرام،\n\nتحية طيبة وبعد، إشارة إلى دعوتكم للمشاركة في الاستعراض الإقليمي، يسر جمعية عمال الموانئ "
     "المهاجرين أن ترشح متحدثاً للمائدة المستديرة الخاصة بتنقل اليد العاملة والعمل اللائق، وهو يعمل منذ عشر سنوات مع "
     "العمال الموسميين في موانئ الصيد ويستطيع الحديث عن رسوم التوظيف والسكن.\n\n"
     "الاسم: سامر الخوري\nالوظيفة: {title}\nالجهة: جمعية عمال الموانئ المهاجرين\nالمشاركة: المائدة المستديرة الثالثة\n\n"
     "مع الشكر والتقدير،\nهالة صفير", "منسق ميداني", "منسق ميداني أول"),
]
SENDER = "Hala Sfeir <hala@forum.example.org>"


@pytest.fixture
def env(settings: Settings) -> tuple[Store, Pipeline, Settings]:
    store = Store(settings.database_url)
    store.migrate()
    return store, Pipeline(load_context(settings), store), settings


def test_a_print_is_the_same_for_the_same_text_near_for_a_word_changed_and_none_for_a_short_one() -> None:
    body, old, new = REQUESTS[0]
    first = body_print(body.format(title=old))
    assert first is not None and first == body_print(body.format(title=old).upper().replace("\n\n", "\n"))
    assert near(first, body_print(body.format(title=new)) or "")
    other = body_print(REQUESTS[1][0].format(title=REQUESTS[1][1]))
    assert other is not None and not near(first, other)
    assert body_print("Dear colleagues, please find attached our voluntary report. Best regards, Hala") is None


@pytest.mark.parametrize(("body", "old", "new"), REQUESTS)
def test_a_request_sent_again_with_a_title_changed_joins_the_first_and_gives_the_new_title(
        env: tuple[Store, Pipeline, Settings], body: str, old: str, new: str) -> None:
    store, pipeline, settings = env
    first = pipeline.handle(raw(mail(sender=SENDER, message_id="one@forum.example.org", body=body.format(title=old)),
                                "2021-02-02 10:00"))
    again = pipeline.handle(raw(mail(sender=SENDER, message_id="two@forum.example.org", body=body.format(title=new)),
                                "2021-02-02 10:25"))
    assert first.reference is not None and again.reference == first.reference
    msg = next(m for m in store.messages() if m.id == again.message_row_id)
    assert msg.thread_of == "one@forum.example.org"
    (sp,) = record(msg, settings.tz)["speakers"]
    assert sp["title"] == new
    sub = msg.submission
    assert sub is not None and len([s for s in sub.speakers if s.active]) == 1


@pytest.mark.parametrize(("sender", "received", "second_body"), [
    ("Sami Aziz <sami@other.example.org>", "2021-02-02 10:25", REQUESTS[0][0].format(title="Field Officer")),  # another sender
    (SENDER, "2021-02-15 10:00", REQUESTS[0][0].format(title="Field Officer")),  # two weeks later
    (SENDER, "2021-02-02 10:25", REQUESTS[1][0].format(title="chargée de projet")),  # another request of the same sender
])
def test_the_same_text_from_another_sender_or_weeks_later_or_another_text_opens_its_own(
        env: tuple[Store, Pipeline, Settings], sender: str, received: str, second_body: str) -> None:
    _store, pipeline, _ = env
    first = pipeline.handle(raw(mail(sender=SENDER, body=REQUESTS[0][0].format(title="Field Officer")), "2021-02-01 10:00"))
    second = pipeline.handle(raw(mail(sender=sender, body=second_body), received))
    assert first.reference is not None and second.reference not in (None, first.reference)


def test_short_texts_of_the_same_sender_are_not_linked_by_their_likeness(env: tuple[Store, Pipeline, Settings]) -> None:
    _store, pipeline, _ = env
    short = "Dear colleagues,\n\nWe would like a floor intervention in the plenary for {n}, Director of Levant Aid.\n\nBest,\nHala"
    first = pipeline.handle(raw(mail(sender=SENDER, body=short.format(n="Nour Haddad")), "2021-02-02 10:00"))
    second = pipeline.handle(raw(mail(sender=SENDER, body=short.format(n="Nour Hadad")), "2021-02-02 10:05"))
    assert first.reference is not None and second.reference not in (None, first.reference)


def test_a_database_made_before_the_print_is_migrated_with_its_rows_kept(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    store = Store(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        assert "body_print" not in {c["name"] for c in inspect(conn).get_columns("messages")}
        conn.execute(text("INSERT INTO messages (source_id, sha256, size, received_at, sender, sender_name, subject, status,"
                          " reasons, trail, archive_path, flagged_same_id, created_at) VALUES ('s1', :sha, 1,"
                          " '2021-02-01 10:00:00', 'a@x.org', '', '', 'filed', '[]', '{}', 'raw/x.eml', 0,"
                          " '2021-02-01 10:00:00')"), {"sha": "1" * 64})
    store.migrate()
    with store.engine.connect() as conn:
        assert "body_print" in {c["name"] for c in inspect(conn).get_columns("messages")}
        assert conn.execute(text("SELECT source_id, body_print FROM messages")).all() == [("s1", None)]


_REPORT = minimal_pdf("Voluntary GCM review report 2021: domestic workers in East Africa and the Gulf, recommendations")


@pytest.mark.parametrize(("second_file", "linked"), [
    (_REPORT, True),  # the same report, from the coordinator's personal address
    (minimal_pdf("Voluntary GCM review report 2021 of another network, its own findings"), False),  # near miss
])
def test_the_same_report_from_another_address_joins_the_first(
        env: tuple[Store, Pipeline, Settings], second_file: bytes, linked: bool) -> None:
    store, pipeline, _ = env
    body = "Dear colleagues,\n\nPlease find attached our voluntary GCM review report.\n\nBest regards,\nGrace"
    first = pipeline.handle(raw(mail(sender="EADWN <info@eadwn.example.org>", message_id="r1@eadwn.example.org",
                                     subject="Voluntary report", body=body,
                                     attachments=[("EADWN report.pdf", "application/pdf", _REPORT)]), "2021-02-10 10:00"))
    again = pipeline.handle(raw(mail(sender="Grace Otieno <grace.otieno@gmail.example.com>", subject="Voluntary report",
                                     body=body, attachments=[("EADWN report.pdf", "application/pdf", second_file)]),
                                "2021-02-10 11:00"))
    assert first.reference is not None and (again.reference == first.reference) is linked
    msg = next(m for m in store.messages() if m.id == again.message_row_id)
    assert (msg.thread_of == "r1@eadwn.example.org") is linked

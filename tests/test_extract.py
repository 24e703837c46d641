"""Speaker extraction: the labelled folders against their labels, and short messages they do not have."""

from __future__ import annotations

import io
import signal
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest

from intake.extract import ExtractRules, extract, load_extract_rules
from intake.extract_structured import _RULE_LINE, _label_pairs
from intake.folding import Folded, fold, fold_char
from intake.model import DocText, Parsed
from intake.parse import parse
from intake.text import carry_forward, split
from tests import corpus
from tests.extracting import RULES_PATH
from tests.extracting import decision as _decision
from tests.extracting import message as _mail
from tests.extracting import run as _run


def _docs(parsed: Parsed) -> dict[str, DocText]:
    """DOCX attachments read with python-docx, as the documents stage hands them over."""
    out = {}
    for a in parsed.attachments:
        if a.filename.lower().endswith(".docx"):
            d = docx.Document(io.BytesIO(a.payload))
            tables = tuple(tuple(tuple(c.text for c in row.cells) for row in t.rows) for t in d.tables)
            out[a.filename] = DocText(a.filename, "\n".join(p.text for p in d.paragraphs), tables=tables)
    return out


def _norm(value: str | None) -> str:
    return " ".join(fold(value or "").split())


FIELDS = ("name", "title", "affiliation", "roles")


def _corpus_scores(labels: list[dict], rules: ExtractRules) -> tuple[dict[str, tuple[int, int]], list[str], list[str]]:
    """Per-field (right, total) over labelled messages, the files with invented speakers, and the misses."""
    counts = {k: [0, 0] for k in FIELDS}
    invented, failures = [], []
    for label in labels:
        parsed = parse(label["path"].read_bytes())
        decision = _decision(label["category"], tuple(label["report_attachments"]))
        fields = extract(parsed, carry_forward(split(parsed.text), parsed.subject), decision, label["language"], _docs(parsed), rules)
        expected = label["speakers"]
        if not expected and fields.speakers:
            invented.append(label["file"])
        pool = list(fields.speakers)
        for want in expected:
            # match in order, or by best name match when the order differs
            got = next((s for s in pool if _norm(s.name) == _norm(want["name"])), pool[0] if pool else None)
            if got is not None:
                pool.remove(got)
            for key in ("name", "title", "affiliation"):
                counts[key][1] += 1
                value = getattr(got, key) if got else None
                if _norm(value) == _norm(want[key]):
                    counts[key][0] += 1
                else:
                    failures.append(f"{label['file']} {key}: {value!r} != {want[key]!r}")
            counts["roles"][1] += 1
            got_roles = (set(got.roles), got.roundtable) if got else None
            if got_roles == (set(want["roles"]), want["roundtable"]):
                counts["roles"][0] += 1
            else:
                failures.append(f"{label['file']} roles: {got_roles} != {want['roles']}, {want['roundtable']}")
    return {k: (a, b) for k, (a, b) in counts.items()}, invented, failures


@pytest.mark.parametrize("text", ["Plain ASCII, Text", "Réunion du comité", "الـمـؤتـمـر الإقليمي ١٢",
                                  "ﬁnal ½ e\u0301\u200f", "Ünïcode\u200f mixed عربي"])
def test_folded_text_maps_back_to_the_original(text: str) -> None:
    ft = Folded(text)
    assert ft.text == fold(text) == "".join(fold_char(c) for c in text)
    assert list(ft.idx) == [i for i, c in enumerate(text) for _ in fold_char(c)]


@pytest.mark.parametrize(
    ("folder", "speakers", "floors"),
    [
        # the dev corpus's floors are test_eval's, measured through the whole pipeline
        pytest.param(corpus.DEV, 20, {}, id="dev"),
        pytest.param(corpus.TUNING, 15, dict.fromkeys(FIELDS, 0.94), id="tuning"),
        pytest.param(corpus.TUNING2, 20, dict.fromkeys(FIELDS, 0.90), id="tuning2"),
        pytest.param(corpus.HOLDOUT, 15, dict.fromkeys(FIELDS, 0.94), id="holdout"),
        pytest.param(corpus.HOLDOUT2, 20, {"name": 1.0, "roles": 1.0, "title": 0.92, "affiliation": 0.92}, id="holdout2"),
    ],
)
def test_labelled_folder_speakers(rules: ExtractRules, folder: Path, speakers: int, floors: dict[str, float]) -> None:
    """Every labelled message of a folder, with the category its label gives: a floor per field at what it reaches."""
    counts, invented, failures = _corpus_scores(corpus.labels(folder), rules)
    rate = {k: a / b for k, (a, b) in counts.items()}
    print(f"\nextract {folder.name}:", {k: f"{a}/{b} = {a / b:.1%}" for k, (a, b) in counts.items()})
    assert counts["name"][1] >= speakers
    assert invented == []
    assert all(rate[k] >= floor for k, floor in floors.items()), failures


def test_english_prose_nomination_is_not_the_sender(rules: ExtractRules) -> None:
    parsed = _mail(
        "Dear colleagues,\n\nI would like to nominate Dr. John Okafor, Director of the Mobility Policy Institute, "
        "for the open discussion on 23 February.\n\nBest regards,\nMary Jones\n"
        "Communications Officer\nMobility Policy Institute\n",
        from_="Mary Jones <mary@example.org>",
    )
    (s,) = _run(parsed, rules).speakers
    assert (s.name, s.honorific, s.title, s.affiliation) == ("John Okafor", "Dr.", "Director", "Mobility Policy Institute")
    assert s.roles == ("open_discussion",) and s.roundtable is None
    assert dict(s.provenance)["name"] == "prose"


def test_french_first_person_with_ordinal_word(rules: ExtractRules) -> None:
    parsed = _mail(
        "Bonjour,\n\nJe suis Claire Martin, chargée de mission au sein de l'Association Horizons Partagés. "
        "Je souhaite intervenir à la deuxième table ronde thématique.\n\nCordialement,\nClaire\n"
    )
    (s,) = _run(parsed, rules, language="fr").speakers
    assert (s.name, s.title, s.affiliation) == ("Claire Martin", "chargée de mission", "Association Horizons Partagés")
    assert s.roles == ("roundtable",) and s.roundtable == 2


def test_arabic_labels_indic_digits_and_stacked_honorifics(rules: ExtractRules) -> None:
    parsed = _mail(
        "تحية طيبة،\n\nنرغب في المشاركة في الطاولة المستديرة رقم ٤.\n\n"
        "الاسم الكامل: سعادة الدكتور خالد يوسف\nالمنصب: مدير عام\nالمنظمة: المرصد الوطني للهجرة\n",
        from_="مكتب <office@example.org>",
    )
    (s,) = _run(parsed, rules, language="ar").speakers
    assert (s.name, s.honorific, s.title, s.affiliation) == ("خالد يوسف", "سعادة الدكتور", "مدير عام", "المرصد الوطني للهجرة")
    assert (s.roles, s.roundtable) == (("roundtable",), 4)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("We ask for a slot in Roundtable IV on decent work.", 4),
        ("We ask for a slot in the third thematic roundtable.", 3),
        ("Nous demandons à intervenir à la table ronde n° 2.", 2),
        ("Nous demandons à intervenir à la 1re table ronde.", 1),
        ("نطلب مداخلة في المائدة المستديرة الثالثة.", 3),
        ("نطلب مداخلة في المائدة المستديرة رقم ٢.", 2),
        ("We would like to join a roundtable. I hope this is possible.", None),
        ("We would like to join any of the four thematic roundtables (24-25 February).", None),
    ],
)
def test_roundtable_numbers(rules: ExtractRules, sentence: str, number: int | None) -> None:
    parsed = _mail(f"{sentence}\n\nName: Peter Brown\nTitle: Officer\nOrganisation: Aid Network\n")
    (s,) = _run(parsed, rules).speakers
    assert s.roles == ("roundtable",)
    assert s.roundtable == number


def test_roundtable_number_from_a_theme(rules: ExtractRules) -> None:
    themes = ("Protecting migrants' rights", "Decent work and labour migration", "Climate and mobility", "Data")
    parsed = _mail("We wish to speak at the roundtable on decent work and labour migration.\n\n"
                   "Name: Peter Brown\nTitle: Officer\nOrganisation: Aid Network\n")
    (s,) = _run(parsed, rules, themes=themes).speakers
    assert (s.roles, s.roundtable) == (("roundtable",), 2)


def test_honorific_and_noise_trimmed_from_labelled_values(rules: ExtractRules) -> None:
    parsed = _mail(
        "Please register our speaker for the plenary.\n\n"
        "Name: H.E. Mr. Ahmed Saleh\nPosition: Programme Officer | Tel: +961 1 234 567\n"
        "Organization: Horizon Network, Beirut, Lebanon\n"
    )
    (s,) = _run(parsed, rules).speakers
    assert (s.name, s.honorific) == ("Ahmed Saleh", "H.E. Mr.")
    assert (s.title, s.affiliation) == ("Programme Officer", "Horizon Network")
    assert s.roles == ("plenary",)


def test_signature_noise_is_not_a_title_or_affiliation(rules: ExtractRules) -> None:
    parsed = _mail(
        "Bonjour,\n\nJe souhaite intervenir dans la discussion ouverte du 23 février.\n\nBien à vous,\n"
        "Sofia Benamar\nResponsable de plaidoyer\nCollectif Solidarité Migrants\n12 rue des Oliviers, Tunis\n"
        "Tél. +216 71 000 000\nsofia@example.org\nwww.example.org\n"
    )
    (s,) = _run(parsed, rules, language="fr").speakers
    assert (s.name, s.title, s.affiliation) == ("Sofia Benamar", "Responsable de plaidoyer", "Collectif Solidarité Migrants")
    assert dict(s.provenance)["name"] == "signature"
    assert s.roles == ("open_discussion",)


def test_forwarded_nomination(rules: ExtractRules) -> None:
    inner = EmailMessage()
    inner["From"] = "Partner <partner@example.net>"
    inner["Subject"] = "Nomination"
    inner.set_content("Dear all,\n\nWe are pleased to nominate Ms. Amal Haddad, Senior Researcher at the Gulf "
                      "Labour Institute, for the plenary session.\n\nRegards,\nOmar Zein\n")
    parsed = _mail("FYI, please see the nomination below from our partner.\n\nRegards,\nJane Smith\nAssistant\n",
                   from_="Jane Smith <jane@example.org>", forward=inner)
    (s,) = _run(parsed, rules).speakers
    assert (s.name, s.honorific, s.title, s.affiliation) == ("Amal Haddad", "Ms.", "Senior Researcher", "Gulf Labour Institute")
    assert s.roles == ("plenary",)


def test_replacement_colleague_in_prose(rules: ExtractRules) -> None:
    parsed = _mail(
        "Unfortunately I cannot attend. We would like to propose my colleague, Mr. Tarek Nassar, Policy Officer, "
        "instead.\n\nBest regards,\nRania Aoun\nDirector\nCedar Migration Forum\n",
        from_="Rania Aoun <rania@example.org>",
    )
    fields = _run(parsed, rules)
    (s,) = fields.speakers
    assert (s.name, s.title) == ("Tarek Nassar", "Policy Officer")
    # "my colleague": the sender's organisation, read from her signature
    assert s.affiliation == "Cedar Migration Forum" and dict(s.provenance)["affiliation"] == "signature"
    assert fields.missing == ()
    assert s.roles == () and s.roundtable is None


def test_arabic_prose_nomination_with_reference_to_the_sender_organisation(rules: ExtractRules) -> None:
    parsed = _mail(
        "تحية طيبة،\n\nيسرنا ترشيح الأستاذة ريم سعادة، مسؤولة البرامج في الجمعية، للقيام بدور المقرر.\n\n"
        "مع التحية،\nسمير نصر\nالمدير التنفيذي\nجمعية الرجاء للمهاجرين – عمّان\n",
        from_="سمير نصر <samir@example.org>",
    )
    fields = _run(parsed, rules, language="ar")
    (s,) = fields.speakers
    assert (s.name, s.honorific, s.title) == ("ريم سعادة", "الأستاذة", "مسؤولة البرامج")
    assert s.affiliation == "جمعية الرجاء للمهاجرين" == fields.organisation
    assert s.roles == ("rapporteur",)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On behalf of the Jordanian Women's Union, I would like to nominate our President, Mrs. Amneh Zoubi, "
         "for the plenary.\n\nBest,\nRana Khalil\nProgramme Officer",
         ("Mrs.", "Amneh Zoubi", "President", "Jordanian Women's Union")),
        ("We are pleased to propose Mr. Hamid Reza (Executive Director, Gulf Migrants Network) as speaker.",
         ("Mr.", "Hamid Reza", "Executive Director", "Gulf Migrants Network")),
        ("Par la présente, l'ONG Solidarité Sans Frontières souhaite proposer son directeur, M. Ali Ben Salah, "
         "pour la table ronde 4.\n\nCordialement,\nNour Said\nAssistante",
         ("M.", "Ali Ben Salah", "directeur", "ONG Solidarité Sans Frontières")),
        ("يشرفنا أن نقترح الدكتور حسن المصري، مدير مركز دراسات الهجرة، للمشاركة في الطاولة المستديرة الرابعة.",
         ("الدكتور", "حسن المصري", "مدير", "مركز دراسات الهجرة")),
        ("My name is Dr. Ahmad al-Hassan and I am the Director of the Arab Migration Observatory.",
         ("Dr.", "Ahmad al-Hassan", "Director", "Arab Migration Observatory")),
    ],
)
def test_prose_shapes(rules: ExtractRules, body: str, expected: tuple[str, ...]) -> None:
    (s,) = _run(_mail(body, from_="Sender Person <s@example.org>"), rules).speakers
    assert (s.honorific, s.name, s.title, s.affiliation) == expected


def test_someone_else_named_means_the_sender_is_not_guessed(rules: ExtractRules) -> None:
    parsed = _mail("Please note that Ms. Dana Saad will replace Mr. Fadi Aoun as our speaker.\n\nKind regards,\nMaya",
                   from_="Maya Nasr <m@example.org>")
    fields = _run(parsed, rules)
    assert all(s.name != "Maya Nasr" for s in fields.speakers)


def test_role_words_only_in_the_quoted_invitation_do_not_count(rules: ExtractRules) -> None:
    parsed = _mail(
        "Hello,\n\nPlease register our speaker.\nName: Nadia Farah\nTitle: Coordinator\nOrganisation: Hope Network\n\n"
        "On Tue, 2 Feb 2021 at 15:00, GCM Regional Review <gcmrrarabstates@iom.int> wrote:\n"
        "> Interested stakeholders are invited to participate in the open discussion, to deliver the key\n"
        "> messages as a rapporteur, and to provide floor intervention during the plenary sessions and\n"
        "> the four thematic roundtables as a speaker.\n"
    )
    (s,) = _run(parsed, rules).speakers
    assert s.name == "Nadia Farah"
    assert s.roles == () and s.roundtable is None


def test_list_of_speakers_each_with_own_role(rules: ExtractRules) -> None:
    parsed = _mail(
        "We nominate the following speakers:\n"
        "1. Dr. Samir Khoury, Legal Adviser, Beirut Bar Association – plenary session\n"
        "2. Ms. Hiba Nour, Youth Officer, Arab Youth Network – roundtable 3\n"
    )
    a, b = _run(parsed, rules).speakers
    assert (a.name, a.title, a.affiliation, a.roles) == ("Samir Khoury", "Legal Adviser", "Beirut Bar Association", ("plenary",))
    assert (b.name, b.title, b.affiliation, b.roles, b.roundtable) == (
        "Hiba Nour", "Youth Officer", "Arab Youth Network", ("roundtable",), 3)


def test_html_label_value_table(rules: ExtractRules) -> None:
    html = ("<p>Our speaker for the open discussion:</p><table><tr><td>Name</td><td>Prof. Leila Aziz</td></tr>"
            "<tr><td>Position</td><td>Dean</td></tr><tr><td>Institution</td><td>Faculty of Law</td></tr></table>")
    parsed = _mail("Our speaker for the open discussion: see table", html=html)
    (s,) = _run(parsed, rules).speakers
    assert (s.name, s.honorific, s.title, s.affiliation) == ("Leila Aziz", "Prof.", "Dean", "Faculty of Law")
    assert dict(s.provenance)["name"] == "table"
    assert s.roles == ("open_discussion",)


def test_docx_form_table(rules: ExtractRules) -> None:
    form = DocText("form.docx", "Speaker form", tables=(
        (("Nom", "M. Idriss Kane"), ("Fonction", "Secrétaire exécutif"), ("Organisation", "Réseau Sahel Migrations"),
         ("Rôle souhaité", "Table ronde III")),))
    parsed = _mail("Bonjour,\n\nVeuillez trouver ci-joint notre formulaire.\n\nCordialement,\n")
    (s,) = _run(parsed, rules, language="fr", docs={"form.docx": form}).speakers
    assert (s.name, s.honorific, s.title, s.affiliation) == ("Idriss Kane", "M.", "Secrétaire exécutif", "Réseau Sahel Migrations")
    assert (s.roles, s.roundtable) == (("roundtable",), 3)
    assert dict(s.provenance)["name"] == "docx"


def test_missing_is_missing_and_nothing_is_invented(rules: ExtractRules) -> None:
    parsed = _mail("We would like to take part in the plenary.\n", from_="info@example.org")
    fields = _run(parsed, rules)
    assert fields.speakers == ()
    assert fields.missing == ("name", "title", "affiliation")
    other = _run(_mail("Name: Peter Brown\nTitle: Officer\n"), rules, category="other")
    assert other.speakers == () and other.missing == ()


def test_display_name_is_the_last_resort_for_the_name(rules: ExtractRules) -> None:
    parsed = _mail("Je voudrais intervenir en séance plénière.\n", from_='"Diallo, Aminata" <a@example.org>')
    fields = _run(parsed, rules, language="fr")
    (s,) = fields.speakers
    assert (s.name, s.title, s.affiliation) == ("Aminata Diallo", None, None)
    assert dict(s.provenance)["name"] == "display_name"
    assert fields.missing == ("title", "affiliation")


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("We hereby withdraw our request for a speaking role.", "en"),
        ("Nous souhaitons retirer notre candidature pour la table ronde.", "fr"),
        ("نود سحب طلب المشاركة في الجلسة العامة.", "ar"),
        # the body withdraws its own request, with a word between
        ("The Network therefore withdraws its request for a floor intervention.", "en"),
        ("Le Réseau retire donc sa demande d'intervention.", "fr"),
        ("Nos deux membres ne pourront pas venir : nous retirons malheureusement nos candidatures.", "fr"),
        # the request named first, then taken back by a pronoun
        ("Concerning our speaking request for roundtable 2: we must unfortunately withdraw it, as our director travels.", "en"),
        ("Au sujet de notre demande d'intervention à la table ronde : nous devons hélas la retirer.", "fr"),
        ("بخصوص طلب المداخلة في الجلسة العامة، للأسف نسحبه بسبب سفر المديرة.", "ar"),
    ],
)
def test_withdrawal(rules: ExtractRules, body: str, language: str) -> None:
    assert _run(_mail(body), rules, language=language).withdrawal is True


def test_no_withdrawal_in_an_ordinary_request(rules: ExtractRules) -> None:
    assert _run(_mail("Name: Peter Brown\nPlease register him."), rules).withdrawal is False


@pytest.mark.parametrize("body", [
    "Concerning our speaking request for roundtable 2: we confirm it and will send the bio soon.",
    "Notre demande d'intervention est maintenue : nous la confirmons.",
    "The photo we sent was blurry, so we withdraw it and attach a better one.",
])
def test_near_miss_a_request_named_and_kept_is_no_withdrawal(rules: ExtractRules, body: str) -> None:
    assert _run(_mail(body), rules).withdrawal is False


def test_report_fields(rules: ExtractRules) -> None:
    doc = DocText("r.pdf", "\n12\nVoluntary GCM Review Report of the Cedar Forum\nIntroduction\n")
    parsed = _mail("Please find our report attached.\n\nBest regards,\nRania Aoun\nDirector\nCedar Migration Forum\n",
                   subject="RE: Voluntary report")
    fields = extract(parsed, carry_forward(split(parsed.text), parsed.subject), _decision("voluntary_report", ("r.pdf",)), "en", {"r.pdf": doc}, rules)
    assert fields.speakers == ()
    assert fields.report_title == "Voluntary GCM Review Report of the Cedar Forum"
    assert fields.organisation == "Cedar Migration Forum"
    bare = extract(parsed, carry_forward(split(parsed.text), parsed.subject), _decision("voluntary_report"), "en", {}, rules)
    assert bare.report_title == "Voluntary report"


def test_bad_rules_are_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "extract.toml"
    path.write_text(
        "colour = 1\n[labels]\nname = ['name']\nnickname = ['x']\n"
        "[[prose]]\nname = 'broken'\nregex = '(unclosed'\n"
        "[[prose]]\nname = 'fine'\nregex = '\\bi am\\s+'\n"
        "[[role]]\nname = 'plenary'\npatterns = ['plenary', '[bad']\n",
        encoding="utf-8",
    )
    loaded, problems = load_extract_rules(path)
    joined = "\n".join(problems)
    assert "extract.toml: colour" in joined and "labels.nickname" in joined
    assert "extract.toml: broken: bad regex" in joined and "extract.toml: plenary: bad regex" in joined
    assert [c.name for c in loaded.prose] == ["fine"]
    parsed = _mail("I am Peter Brown, Officer at Aid Network. We want the plenary.")
    (s,) = _run(parsed, loaded).speakers
    assert (s.name, s.roles) == ("Peter Brown", ("plenary",))


@pytest.mark.parametrize("content", [b"[labels\n", b"\xff\xfe[labels]\n"])
def test_unreadable_rules_file_is_a_problem_not_a_crash(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "extract.toml"
    path.write_bytes(content)
    loaded, problems = load_extract_rules(path)
    assert problems and problems[0].startswith("extract.toml")
    assert _run(_mail("Name: Peter Brown"), loaded).speakers == ()


def test_rules_of_the_wrong_shape_are_problems_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "extract.toml"
    path.write_text(
        "prose = 5\n[limits]\nmax_name_words = 0\n[words]\ntitle = ['Director', 'director', 'Directrice']\n"
        "[[role]]\nname = 'roundtable'\npatterns = ['(?i)round ?table', 'x(?P<n>a)', 'table ronde']\n",
        encoding="utf-8",
    )
    loaded, problems = load_extract_rules(path)
    joined = "\n".join(problems)
    assert "prose: expected [[prose]] tables" in joined
    assert "limits: expected whole numbers of at least 1" in joined and loaded.max_name_words == 6
    assert "words.title: 'director' reads the same as 'Director'" in joined and "Directrice" not in joined
    assert joined.count("cannot be part of the roundtable-number patterns") == 2
    assert loaded.rt_after is not None and loaded.rt_after.search("table ronde 3").group("n") == "3"


# ---------------------------------------------------------------------------------------------
# How people write: each mechanism in English, French and Arabic, on short messages of their own.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Dear colleagues,\n\nIt would be an honour if Prof. Maha Tawil, Professor of Migration Law and Senior Fellow "
         "at the Cedar Policy Institute, could take the floor in a plenary session.\n\nKind regards,\nOmar Nassif",
         ("Prof.", "Maha Tawil", "Professor of Migration Law", "Cedar Policy Institute", ("plenary",))),
        ("Bonjour,\n\nNotre directrice adjointe, Mme Inès Karoui, aimerait prendre la parole pendant la discussion "
         "ouverte.\n\nCordialement,\nLina Ferjani\nAssistante, Association Tunisienne pour les Migrants (ATM)\n",
         ("Mme", "Inès Karoui", "directrice adjointe", "Association Tunisienne pour les Migrants (ATM)", ("open_discussion",))),
        ("تحية طيبة،\n\nنود إعلامكم برغبة سعادة السيد ماجد بن سالم الكعبي، رئيس الاتحاد العام لعمال النقل، في تقديم "
         "مداخلة خلال الجلسة العامة.\n\nمع التقدير،\nمكتب الرئيس\n",
         ("سعادة السيد", "ماجد بن سالم الكعبي", "رئيس", "الاتحاد العام لعمال النقل", ("plenary",))),
    ],
)
def test_honorific_mention_inside_a_sentence(rules: ExtractRules, body: str, expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules).speakers
    assert (s.honorific, s.name, s.title, s.affiliation, s.roles) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Dear organisers,\n\nThe Nile Basin Forum for Human Mobility would like to propose Dr. Karim Adel, Head of "
         "Research at the Forum, as a speaker in roundtable 3.\n\nBest,\nSara Lotfi\nAssistant\n",
         ("Karim Adel", "Head of Research", "Nile Basin Forum for Human Mobility")),
        ("Madame, Monsieur,\n\nPar la présente, la Fondation Atlas Solidaire a l'honneur de proposer M. Driss Bennis, "
         "qui est chargé des programmes jeunesse de la Fondation à Fès, pour la table ronde 3.\n\nCordialement,\n",
         ("Driss Bennis", "chargé des programmes jeunesse", "Fondation Atlas Solidaire")),
        ("تحية طيبة،\n\nيسر الجمعية الأردنية لحماية العمال المهاجرين ترشيح الدكتورة ليلى حمدان، منسقة المشاريع في "
         "الجمعية، لإلقاء مداخلة في المائدة المستديرة الثالثة.\n\nمع التقدير\n",
         ("ليلى حمدان", "منسقة المشاريع", "الجمعية الأردنية لحماية العمال المهاجرين")),
        ("تحية طيبة،\n\nيتشرف المركز اللبناني للدراسات بترشيح الأستاذ وائل حداد، رئيس مجلس إدارة المركز، للمشاركة في "
         "المائدة المستديرة الثالثة.\n",
         ("وائل حداد", "رئيس مجلس إدارة", "المركز اللبناني للدراسات")),
    ],
)
def test_reference_resolves_to_the_proposing_organisation(rules: ExtractRules, body: str, expected: tuple) -> None:
    (s,) = _run(_mail(body), rules).speakers
    assert (s.name, s.title, s.affiliation) == expected
    assert (s.roles, s.roundtable) == (("roundtable",), 3)


def test_subject_organisation_is_the_nominee_affiliation_but_an_earlier_one_is_not(rules: ExtractRules) -> None:
    body = ("Dear organisers,\n\nFollowing the invitation of the International Organization for Migration, the Levant "
            "Refugee Council wishes to nominate Mr. Omar Khaled for the open discussion.\n")
    (s,) = _run(_mail(body), rules).speakers
    assert (s.name, s.title, s.affiliation) == ("Omar Khaled", None, "Levant Refugee Council")
    apposed = _mail("Hello,\n\nOur organisation, the Red Sea Migrant Alliance (RSMA), nominates Ms. Hana Idris, Field "
                    "Coordinator, for the open discussion.\n")
    (s,) = _run(apposed, rules).speakers
    assert (s.name, s.title, s.affiliation) == ("Hana Idris", "Field Coordinator", "Red Sea Migrant Alliance (RSMA)")
    fr = _run(_mail("Bonjour,\n\nNous souhaitons proposer M. Hedi Mansour pour la séance plénière.\n"), rules, language="fr")
    assert fr.speakers[0].affiliation is None and "affiliation" in fr.missing  # "nous" names no organisation


@pytest.mark.parametrize(
    ("body", "affiliation"),
    [
        ("We nominate Ms. Rana Saleh, Advocacy Officer at ANLR, for the plenary.\n\nThe Arab Network for Labour Rights "
         "(ANLR) works in six countries.", "Arab Network for Labour Rights (ANLR)"),
        # an acronym whose letters do not spell the words before it is left as written
        ("Nous proposons M. Amadou Sow, chargé de plaidoyer à la FMMD, pour la plénière.\n\nCordialement,\nAwa Ba\n"
         "Fédération Malienne des Migrants de Retour et de la Diaspora (FMMD)", "FMMD"),
        ("Nous proposons M. Amadou Sow, chargé de plaidoyer à la FMMRD, pour la plénière.\n\nCordialement,\nAwa Ba\n"
         "Fédération Malienne des Migrants de Retour et de la Diaspora (FMMRD)",
         "Fédération Malienne des Migrants de Retour et de la Diaspora (FMMRD)"),
    ],
)
def test_acronym_expanded_to_the_fullest_form_written(rules: ExtractRules, body: str, affiliation: str) -> None:
    (s,) = _run(_mail(body), rules).speakers
    assert s.affiliation == affiliation


def test_signature_affiliation_with_a_comma_inside(rules: ExtractRules) -> None:
    parsed = _mail("Dear team,\n\nI wish to join the open discussion on 23 February.\n\nBest regards,\n"
                   "Dr. Hala Barakat\nResearch Fellow\nInstitute for Migration Studies, American University of Tripoli\n"
                   "Tel. +961 6 000 000\n", from_="Hala Barakat <h@example.edu>")
    (s,) = _run(parsed, rules).speakers
    assert (s.name, s.title, s.affiliation) == ("Hala Barakat", "Research Fellow",
                                                "Institute for Migration Studies, American University of Tripoli")


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        ("We are happy to propose two speakers: Mr. Karim Aziz, Legal Officer at the Migrant Justice Centre, for the "
         "plenary session, and Ms. Dina Fares, Researcher at the Centre, as rapporteur.",
         [("Karim Aziz", ("plenary",), None), ("Dina Fares", ("rapporteur",), None)]),
        ("Nous proposons Mme Salma Jaziri, juriste, et M. Nabil Chaabane, sociologue, pour la table ronde IV.",
         [("Salma Jaziri", ("roundtable",), 4), ("Nabil Chaabane", ("roundtable",), 4)]),
        ("يسر مؤسسة الحق للتنمية أن ترشح الأستاذ سمير الخطيب، المستشار القانوني للمؤسسة، للمشاركة في الجلسة العامة، "
         "والسيدة هدى منصور، الباحثة في المؤسسة، للمشاركة في المائدة المستديرة الثالثة.",
         [("سمير الخطيب", ("plenary",), None), ("هدى منصور", ("roundtable",), 3)]),
    ],
)
def test_each_speaker_gets_the_roles_stated_for_them(rules: ExtractRules, body: str, roles: list) -> None:
    fields = _run(_mail(body + "\n\nRegards,\nThe team\n"), rules)
    assert [(s.name, s.roles, s.roundtable) for s in fields.speakers] == roles


@pytest.mark.parametrize(
    ("body", "title", "affiliation"),
    [
        ("Dear team,\n\nI am the Executive Director of the Sahel Migration Observatory (SMO) and would be glad to "
         "join the open discussion.\n\nKind regards,\nAminata Traore", "Executive Director", "Sahel Migration Observatory (SMO)"),
        ("Bonjour,\n\nJe souhaite intervenir lors de la discussion ouverte. Je suis la coordinatrice de programmes au sein "
         "du Collectif Migrants Solidaires.\n\nBien à vous,\nAïcha Ndiaye", "coordinatrice de programmes",
         "Collectif Migrants Solidaires"),
    ],
)
def test_the_sender_describes_themself_in_prose(rules: ExtractRules, body: str, title: str, affiliation: str) -> None:
    (s,) = _run(_mail(body, from_="Someone <s@example.org>"), rules).speakers
    assert (s.title, s.affiliation, s.roles) == (title, affiliation, ("open_discussion",))
    assert dict(s.provenance)["title"] == "prose"


def test_reply_completing_a_speaker_named_in_the_quoted_request(rules: ExtractRules) -> None:
    parsed = _mail(
        "Dear team,\n\nApologies, I forgot Ms. Haddad's position: she is our Head of Protection. Her full name is "
        "Nadine Maria Haddad.\n\nBest,\nTarek\n\n"
        "On Mon, 1 Feb 2021, Tarek Aoun <t@example.org> wrote:\n"
        "> Dear team,\n>\n> The Beirut Migrant Support Network would like to nominate Ms. Nadine Haddad for "
        "roundtable 2.\n>\n> Regards,\n> Tarek Aoun\n",
        from_="Tarek Aoun <t@example.org>",
    )
    (s,) = _run(parsed, rules).speakers
    assert (s.name, s.title, s.affiliation) == ("Nadine Maria Haddad", "Head of Protection", "Beirut Migrant Support Network")
    assert (s.roles, s.roundtable) == (("roundtable",), 2)


def test_a_reply_naming_someone_new_is_not_a_completion(rules: ExtractRules) -> None:
    parsed = _mail("Thanks, Dr. Salem will not join after all.\n\n> The Cedar Forum would like to nominate Ms. Nadine "
                   "Haddad for roundtable 2.\n> Regards\n", from_="Tarek Aoun <t@example.org>")
    assert all(s.name != "Nadine Haddad" for s in _run(parsed, rules).speakers)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("تود جمعيتنا المشاركة في المائدة المستديرة التي تناقش الهدف 6 بشأن التوظيف العادل.", 1),
        ("We would like to speak at the roundtable covering Objective 23 on international cooperation.", 4),
        ("Nous souhaitons intervenir à la table ronde sur l'objectif 16.", 3),
        ("Our report covers objective 6. We would also like to join a roundtable.", None),
    ],
)
def test_roundtable_from_the_objective_it_covers(rules: ExtractRules, sentence: str, number: int | None) -> None:
    (s,) = _run(_mail(f"{sentence}\n\nName: Peter Brown\nTitle: Officer\nOrganisation: Aid Network\n"), rules).speakers
    assert (s.roles, s.roundtable) == (("roundtable",), number)


def test_html_table_with_wordy_headers_and_an_acronym_cell(rules: ExtractRules) -> None:
    html = ("<p>On behalf of the Maghreb Workers Solidarity Union (MWSU), our nominations:</p><table>"
            "<tr><th>Full name of speaker</th><th>Position held</th><th>Organisation (acronym)</th>"
            "<th>Speaking role requested</th></tr>"
            "<tr><td>Youssef Amrani</td><td>President</td><td>MWSU</td><td>Plenary</td></tr>"
            "<tr><td>Leila Chami</td><td>Lawyer</td><td>Rabat Bar Association</td><td>Roundtable II</td></tr></table>")
    parsed = _mail("On behalf of the Maghreb Workers Solidarity Union (MWSU), our nominations: see table", html=html)
    a, b = _run(parsed, rules).speakers
    assert (a.name, a.affiliation, a.roles) == ("Youssef Amrani", "Maghreb Workers Solidarity Union (MWSU)", ("plenary",))
    assert (b.name, b.affiliation, b.roles, b.roundtable) == ("Leila Chami", "Rabat Bar Association", ("roundtable",), 2)


def test_a_greeting_or_a_passing_mention_is_not_a_speaker(rules: ExtractRules) -> None:
    parsed = _mail("Dear Dr. Ahmed Karim,\n\nThank you for the invitation. We would like to take part in the plenary.\n\n"
                   "Best regards,\nLina Haddad\nProgramme Officer\nCedar Network for Migrants\n",
                   from_="Lina Haddad <l@example.org>")
    (s,) = _run(parsed, rules).speakers
    assert (s.name, s.title, s.affiliation) == ("Lina Haddad", "Programme Officer", "Cedar Network for Migrants")
    aside = _mail("Dear colleagues,\n\nOur director Dr. Hani Nasser will attend the conference as an observer.\n\n"
                  "Regards,\nMaya")
    assert _run(aside, rules).speakers == ()


# ---------------------------------------------------------------------------------------------
# Families of phrasing the extractor must read in any wording (issue 6): examples in the languages a
# family occurs in, written for these tests with invented people and organisations (no corpus wording).
# Each row: body, From, subject, forwarded original (or None), and the expected speakers as
# (name, title, affiliation, roles, roundtable); values compare folded.

def _original(from_: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = from_, "wrong@example.org", "Speaking request"
    msg["Date"] = "Mon, 1 Feb 2021 10:00:00 +0000"
    msg.set_content(body)
    return msg


FAMILIES = {
    # 1. the sender proposes themself: details from the signature, acronyms expanded from the body
    "self-en": ("Dear colleagues,\n\nThe Mashreq Centre for Work and Mobility (MCWM) would like to propose our deputy "
                "director - myself - for the open discussion on 23 February.\n\n"
                "With thanks,\nHanan Aziz\nDeputy Director | MCWM\n", "Hanan Aziz <h@example.org>", "Speaker", None,
                [("Hanan Aziz", "Deputy Director", "Mashreq Centre for Work and Mobility (MCWM)", ("open_discussion",), None)]),
    "self-fr": ("Bonjour,\n\nJe me propose pour intervenir lors de la table ronde 2, au nom de l'Association Tunisienne pour "
                "les Droits des Saisonniers (ATDS).\n\nCordialement,\nWalid Hammami\nCoordinateur de projets, ATDS\n",
                "Walid Hammami <w@example.org>", "Intervention", None,
                [("Walid Hammami", "Coordinateur de projets", "Association Tunisienne pour les Droits des Saisonniers (ATDS)",
                  ("roundtable",), 2)]),
    "self-fr-apposition": ("Madame, Monsieur,\n\nLe Collectif des Travailleurs Migrants du Maghreb (CTMM) souhaite proposer sa "
                           "secrétaire générale, moi-même, pour la séance plénière.\n\nBien cordialement,\n\nNora Belkacem\nCTMM\n",
                           "Nora Belkacem <n@example.org>", "Proposition", None,
                           [("Nora Belkacem", "secrétaire générale", "Collectif des Travailleurs Migrants du Maghreb (CTMM)",
                             ("plenary",), None)]),
    "self-ar": ("السادة الأفاضل،\n\nأرشح نفسي للمشاركة في النقاش المفتوح باسم الشبكة العربية لكرامة المهاجرين.\n\n"
                "مع خالص التحية،\nليلى حداد\nمنسقة البرامج\nالشبكة العربية لكرامة المهاجرين\n", "Layla <l@example.org>",
                "طلب مداخلة", None,
                [("ليلى حداد", "منسقة البرامج", "الشبكة العربية لكرامة المهاجرين", ("open_discussion",), None)]),
    "self-ar-apposition": ("تحية طيبة،\n\nيسر جمعية التآزر مع العمال المهاجرين أن ترشح رئيستها، أنا شخصياً، للمشاركة في "
                           "المائدة المستديرة الثالثة.\n\nمع الشكر،\nسلمى العلي\nرئيسة جمعية التآزر مع العمال المهاجرين\n",
                           "Salma <s@example.org>", "ترشيح", None,
                           [("سلمى العلي", "رئيسة", "جمعية التآزر مع العمال المهاجرين", ("roundtable",), 3)]),
    # 2. list items over several lines: one speaker per item, with its own title, affiliation and roles
    "list-en": ("Dear GCM team,\n\nThe Horn of Africa Labour Watch (HALW) wishes to nominate three speakers:\n\n"
                "1) Prof. Hani Rizk\n   Director, Centre for Displacement and Return Studies (CDRS)\n   -> open discussion on 23 "
                "February\n\n2) Mona Kassab (myself)\n   Policy Analyst, HALW\n   -> floor intervention in Roundtable 4\n\n"
                "3) Fadi Mourad, HALW\n-> also Roundtable 4\n\nBest wishes,\nMona Kassab\nPolicy Analyst\nHALW\n",
                "Mona Kassab <m@example.org>", "Nominations", None,
                [("Hani Rizk", "Director", "Centre for Displacement and Return Studies (CDRS)", ("open_discussion",), None),
                 ("Mona Kassab", "Policy Analyst", "Horn of Africa Labour Watch (HALW)", ("roundtable",), 4),
                 ("Fadi Mourad", None, "Horn of Africa Labour Watch (HALW)", ("roundtable",), 4)]),
    "list-fr": ("Bonjour,\n\nLe Réseau Maghrébin Migrations et Droits (RMMD) propose les intervenants suivants :\n\n"
                "- Mme Salma Ait Lahcen\n  Chargée de plaidoyer, RMMD\n  => table ronde 1\n"
                "- M. Youssef Karimi\n  Président de l'Association Solidarité Frontières (ASF)\n  => séance plénière\n\n"
                "Cordialement,\nKhadija Mernissi\n", "Khadija Mernissi <k@example.org>", "Intervenants", None,
                [("Salma Ait Lahcen", "Chargée de plaidoyer", "Réseau Maghrébin Migrations et Droits (RMMD)", ("roundtable",), 1),
                 ("Youssef Karimi", "Président", "Association Solidarité Frontières (ASF)", ("plenary",), None)]),
    "list-ar": ("السادة في الأمانة،\n\nتتشرف الشبكة الإقليمية للعمل اللائق (RNDW) بترشيح المتحدثين التاليين:\n\n"
                "١- الدكتور حسن الزعبي\n   أستاذ علم الاجتماع، الجامعة الأردنية\n   المائدة المستديرة الثانية\n\n"
                "٢- السيدة منى فرحات\n   منسقة المشاريع، الشبكة الإقليمية للعمل اللائق\n   النقاش المفتوح\n\nمع التحية\n",
                "RNDW <info@example.org>", "ترشيح متحدثين", None,
                [("حسن الزعبي", "أستاذ علم الاجتماع", "الجامعة الأردنية", ("roundtable",), 2),
                 ("منى فرحات", "منسقة المشاريع", "الشبكة الإقليمية للعمل اللائق (RNDW)", ("open_discussion",), None)]),
    # 3. a request passed on: its author speaks; title from the sender's apposition, the forwarder's organisation
    "forwarded-en": ("Dear colleagues,\n\nWe attach the request of our Executive Secretary, Dr. Leila Murad, which reached a "
                     "wrong address by mistake.\n\nKind regards,\nSamir Aoun\nCommunications Officer\n"
                     "Union of Domestic Workers in the Levant (UDWL)\n", "Samir Aoun <s@example.org>", "Fwd: speaking request",
                     _original("Leila Murad <l@example.org>",
                               "Dear colleagues,\n\nI wish to take the floor in roundtable 3.\n\nBest,\nLeila\n"),
                     [("Leila Murad", "Executive Secretary", "Union of Domestic Workers in the Levant (UDWL)", ("roundtable",), 3)]),
    "forwarded-fr": ("Bonjour,\n\nVeuillez trouver ci-dessous la demande de notre présidente, Mme Amina Chraibi, envoyée par "
                     "erreur à une autre adresse.\n\nCordialement,\nLa Fédération des Amicales de Migrants du Rif\n\n"
                     "---------- Forwarded message ---------\nDe : Amina Chraibi <a@example.org>\nDate: lun. 1 févr. 2021\n"
                     "Objet : Intervention\n\nBonjour,\n\nJe souhaite intervenir lors de la séance plénière.\n\nAmina Chraibi\n",
                     "FAMR <f@example.org>", "TR: Intervention", None,
                     [("Amina Chraibi", "présidente", "Fédération des Amicales de Migrants du Rif", ("plenary",), None)]),
    # ("مديرتنا التنفيذية" carries a possessive suffix: no title can be sliced from it as written)
    "forwarded-ar": ("تحية طيبة،\n\nنرسل إليكم أدناه طلب مديرتنا التنفيذية، الدكتورة هالة منصور، الذي أرسل إلى عنوان خاطئ.\n\n"
                     "مع التحية،\nمركز دراسات الهجرة والتنمية\n\n---------- Forwarded message ---------\n"
                     "من: هالة منصور <h@example.org>\nالموضوع: طلب مداخلة\n\n"
                     "أرغب في المشاركة كمقررة في المائدة المستديرة الأولى.\n\nهالة منصور\n",
                     "Centre <c@example.org>", "إعادة توجيه: طلب مداخلة", None,
                     [("هالة منصور", None, "مركز دراسات الهجرة والتنمية", ("rapporteur", "roundtable"), 1)]),
    # 4. labelled lines giving only some fields: the sender, completed by what is labelled
    "partial-en": ("Dear colleagues,\n\nApologies, I forgot to include my title.\n\nTitle: Policy Officer\n\nBest regards,\nOmar\n",
                   "Omar Khalil <o@example.org>", "Re: Speaker request", None, [("Omar Khalil", "Policy Officer", None, (), None)]),
    "partial-fr": ("Bonjour,\n\nJ'ai oublié de préciser mon organisation.\n\nOrganisation : Association Migrations et Territoires\n\n"
                   "Cordialement,\nLéa Dupont\n", "Lea Dupont <l@example.org>", "RE: Demande d'intervention", None,
                   [("Léa Dupont", None, "Association Migrations et Territoires", (), None)]),
    "partial-ar": ("السلام عليكم،\n\nعذراً، نسيت ذكر صفتي.\n\nالمسمى الوظيفي: مسؤولة المناصرة\n\nمع الشكر،\nريم سعيد\n",
                   "Reem Said <r@example.org>", "رد: طلب مداخلة", None, [("ريم سعيد", "مسؤولة المناصرة", None, (), None)]),
    # 5. a value ends where a role, a colon or a dash before a role begins; long titles are not cut short
    "tail-fr-labelled": ("Bonjour,\n\nNom : Salma Berrada\nFonction : coordinatrice du comité des ouvrières agricoles "
                         "saisonnières\nAffiliation: SUTAS : intervention à la table ronde III depuis la salle\n\nCordialement\n",
                         "S <s@example.org>", "Intervention", None,
                         [("Salma Berrada", "coordinatrice du comité des ouvrières agricoles saisonnières", "SUTAS",
                           ("roundtable",), 3)]),
    "tail-fr-prose": ("Bonjour,\n\nNous proposons Mme Salma Berrada, coordinatrice du comité des ouvrières agricoles "
                      "saisonnières du SUTAS : intervention à la table ronde III depuis la salle.\n\nCordialement,\nOmar Lahlou\n",
                      "Omar Lahlou <o@example.org>", "Intervention", None,
                      [("Salma Berrada", "coordinatrice du comité des ouvrières agricoles saisonnières", "SUTAS",
                        ("roundtable",), 3)]),
    "tail-en": ("Dear colleagues,\n\nWe would like to nominate Ms. Grace Otieno, coordinator for the domestic workers programme "
                "at the Migrant Domestic Workers Alliance, for roundtable 1.\n\nThanks,\nPeter\n", "Peter <p@example.org>",
                "Speaker", None,
                [("Grace Otieno", "coordinator for the domestic workers programme", "Migrant Domestic Workers Alliance",
                  ("roundtable",), 1)]),
    "tail-ar": ("تحية طيبة،\n\nالاسم: سامر الخطيب\nالصفة: مسؤول وحدة الرصد: مداخلة في المائدة المستديرة الثانية\n"
                "الجهة: المرصد الأورومتوسطي\n", "Samer <s@example.org>", "طلب مداخلة", None,
                [("سامر الخطيب", "مسؤول وحدة الرصد", "المرصد الأورومتوسطي", ("roundtable",), 2)]),
    # 6. a name kept in the script the details write it in, not the From display name's
    "script-ar-labelled": ("السادة المحترمون،\n\nالاسم: Rola Azar\nالمسمى الوظيفي: مديرة البرامج\nالمنظمة: جمعية عامل الدولية\n\n"
                           "نرغب في المشاركة في الجلسة العامة.\n\nمع التحية\n", "رولا عازار <r@example.org>", "طلب مداخلة", None,
                           [("Rola Azar", "مديرة البرامج", "جمعية عامل الدولية", ("plenary",), None)]),
    "script-ar-prose": ("تحية طيبة،\n\nأنا Karim Mansour، باحث في مركز الدراسات اللبنانية، وأرغب في المشاركة في المائدة المستديرة "
                        "الرابعة.\n\nمع الشكر،\nكريم منصور\n", "كريم منصور <k@example.org>", "طلب مداخلة", None,
                        [("Karim Mansour", "باحث", "مركز الدراسات اللبنانية", ("roundtable",), 4)]),
    "script-en-arabic-name": ("Dear colleagues,\n\nI am سمير عودة, programme manager at the Jordanian Workers Forum, and I would "
                              "like to speak in the plenary.\n\nRegards\n", "Samir Odeh <s@example.org>", "Speaker", None,
                              [("سمير عودة", "programme manager", "Jordanian Workers Forum", ("plenary",), None)]),
    # 7. French titles in prose after the name, continuing with "en ...", "au/à ..."
    "prose-title-fr": ("Bonjour,\n\nNous souhaitons proposer Mme Rima Saadé, chargée de recherche au Centre Saharien pour "
                       "l'Étude des Frontières (CSEF), pour la table ronde 3, et M. Hadi Farah, doctorant en géographie des "
                       "frontières à l'Université Saint-Joseph, pour le débat ouvert.\n\nCordialement,\nJoe\n", "Joe <j@example.org>",
                       "Propositions", None,
                       [("Rima Saadé", "chargée de recherche", "Centre Saharien pour l'Étude des Frontières (CSEF)",
                         ("roundtable",), 3),
                        ("Hadi Farah", "doctorant en géographie des frontières", "Université Saint-Joseph", ("open_discussion",), None)]),
    "prose-title-fr-candidature": ("Bonjour,\n\nJe vous propose la candidature de M. Karim Ouali, doctorant en droit à l'Université "
                                   "d'Alger, pour la séance plénière.\n\nCordialement,\nS.\n", "S <s@example.org>", "Proposition", None,
                                   [("Karim Ouali", "doctorant en droit", "Université d'Alger", ("plenary",), None)]),
}


@pytest.mark.parametrize("case", sorted(FAMILIES))
def test_phrasing_families(rules: ExtractRules, case: str) -> None:
    body, from_, subject, original, want = FAMILIES[case]
    fields = _run(_mail(body, subject=subject, from_=from_, forward=original), rules)
    got = [(_norm(s.name), _norm(s.title), _norm(s.affiliation), s.roles, s.roundtable) for s in fields.speakers]
    assert got == [(_norm(n), _norm(t), _norm(a), r, rt) for n, t, a, r, rt in want]


def test_self_nomination_takes_the_details_from_the_signature_with_provenance(rules: ExtractRules) -> None:
    body, from_, subject, _, _ = FAMILIES["list-en"]
    _, dina, _ = _run(_mail(body, subject=subject, from_=from_), rules).speakers
    assert dict(dina.provenance)["name"] == "prose"
    body, from_, subject, _, _ = FAMILIES["self-ar"]
    (s,) = _run(_mail(body, subject=subject, from_=from_), rules).speakers
    assert dict(s.provenance)["name"] == "signature" and dict(s.provenance)["title"] == "signature"


def test_myself_with_no_signature_and_no_personal_display_name_invents_nobody(rules: ExtractRules) -> None:
    parsed = _mail("Dear colleagues,\n\nWe would like to propose our director - myself - for roundtable 2.\n",
                   from_="Info Desk <info@example.org>")
    assert _run(parsed, rules).speakers == ()


def test_a_forwarded_invitation_is_not_a_request_of_its_author(rules: ExtractRules) -> None:
    invitation = _original("Regional Review Team <gcm@example.org>",
                           "Dear partners,\n\nWe would like to invite you to nominate speakers for the roundtables.\n\nThe team\n")
    parsed = _mail("Dear colleagues,\n\nPlease see the invitation below. We would like to speak in roundtable 2.\n\n"
                   "Best regards,\nHana Youssef\nDirector\nAmal Migrant Centre\n", from_="Hana Youssef <h@example.org>",
                   forward=invitation)
    (s,) = _run(parsed, rules).speakers
    assert (s.name, s.title, s.affiliation, s.roundtable) == ("Hana Youssef", "Director", "Amal Migrant Centre", 2)


def test_a_forwarded_request_by_someone_the_sender_does_not_name_is_not_taken(rules: ExtractRules) -> None:
    original = _original("Karim Nour <k@example.org>", "Dear colleagues,\n\nI would like to speak in the plenary.\n\nKarim Nour\n")
    parsed = _mail("Dear colleagues,\n\nPlease find below the request of our President, Dr. Salwa Aziz.\n\nRegards,\nTeam\n",
                   forward=original)
    assert _run(parsed, rules).speakers == ()


def test_labelled_values_cut_at_a_colon_give_their_tail_as_the_speakers_roles(rules: ExtractRules) -> None:
    parsed = _mail("Dear colleagues,\n\nName: Ali Saeed\nOrganisation: Migrant Voices Network : plenary\n\n"
                   "Name: Mona Adel\nOrganisation: Cairo Law Centre : roundtable 2\n")
    a, b = _run(parsed, rules).speakers
    assert (a.affiliation, a.roles, b.affiliation, b.roles, b.roundtable) == (
        "Migrant Voices Network", ("plenary",), "Cairo Law Centre", ("roundtable",), 2)


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("We would like to propose the following two speakers:\n\n1) Ms. Jane Doe - Chairperson, Alpha Workers Association. Role: rapporteur.\n"
         "2) Mr. Paul Stone - Researcher, Harbour Rights Centre. Role: open discussion.\n",
         "en", [("Jane Doe", "Chairperson", "Alpha Workers Association", ("rapporteur",)),
                ("Paul Stone", "Researcher", "Harbour Rights Centre", ("open_discussion",))]),
        ("نقترح الأسماء التالية:\n\nالسيدة ليلى سمير، مديرة البرامج في جمعية الأمل – مداخلة في الجلسة العامة\n",
         "ar", [("ليلى سمير", "مديرة البرامج", "جمعية الأمل", ("plenary",))]),
        ("Nous proposons les intervenants suivants :\n\n- Mme Anne Roy – Présidente, Collectif Sud Migrations. Rôle : discussion ouverte\n",
         "fr", [("Anne Roy", "Présidente", "Collectif Sud Migrations", ("open_discussion",))]),
    ],
)
def test_role_clause_after_a_person_is_not_the_affiliation(rules: ExtractRules, body: str, language: str,
                                                            expected: list[tuple]) -> None:
    got = _run(_mail(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation, s.roles) for s in got] == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("pls register me for RT3\nOmar Said, policy officer, Horizon Migrant Network\nthx\n",
         "en", ("Omar Said", "policy officer", "Horizon Migrant Network", 3)),
        ("أرغب في المداخلة في المائدة المستديرة الأولى.\nليلى سمير – رابطة العمال المهاجرين في لبنان\n",
         "ar", ("ليلى سمير", None, "رابطة العمال المهاجرين في لبنان", 1)),
        ("Je voudrais intervenir à la TR 2 svp.\nLuc Martin, chargé de projet, Réseau Sud Solidarité\n",
         "fr", ("Luc Martin", "chargé de projet", "Réseau Sud Solidarité", 2)),
    ],
)
def test_a_bare_person_line_describes_the_sender(rules: ExtractRules, body: str, language: str, expected: tuple) -> None:
    parsed = _mail(body, from_="Sender Display <s@example.org>")
    (s,) = _run(parsed, rules, language=language).speakers
    assert (s.name, s.title, s.affiliation, s.roundtable) == expected
    assert s.roles == ("roundtable",)
    assert dict(s.provenance)["name"] == "prose"


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Nous avons le plaisir de proposer la candidature de Mme Nadia BEN SALEM pour la plénière.\n\n"
         "Mme BEN SALEM est chargée de mission au sein du Collectif Migrations Sud depuis 2019.\n",
         "fr", ("Nadia BEN SALEM", "chargée de mission", "Collectif Migrations Sud")),
        ("We are pleased to propose Ms. Rania Abu Zeid for the plenary.\n\n"
         "Ms. Abu Zeid is the Head of Advocacy at the Levant Rights Network since 2018.\n",
         "en", ("Rania Abu Zeid", "Head of Advocacy", "Levant Rights Network")),
    ],
)
def test_a_later_sentence_about_the_candidate_completes_them(rules: ExtractRules, body: str, language: str,
                                                              expected: tuple) -> None:
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


def test_a_copula_without_a_title_gives_no_title(rules: ExtractRules) -> None:
    parsed = _mail("We propose Ms. Rania Abu Zeid for the plenary.\n\nMs. Abu Zeid is a pleasure to work with.\n")
    (s,) = _run(parsed, rules).speakers
    assert s.name == "Rania Abu Zeid" and s.title is None


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("تحية طيبة،\n\nيسرّ اتحاد عمال الموانئ العربية أن يرشّح أحد أعضائه للمداخلة في الجلسة العامة.\n\n"
         "والمرشحة هي السيدة منى خليل، منسقة البرامج.\n",
         "ar", ("منى خليل", "منسقة البرامج", "اتحاد عمال الموانئ العربية")),
        ("Bonjour,\n\nLa Fédération des Travailleurs Migrants du Sud souhaite intervenir en plénière.\n\n"
         "Intervenant proposé : Jean Dupont, vice-président.\n",
         "fr", ("Jean Dupont", "vice-président", "Fédération des Travailleurs Migrants du Sud")),
        ("Hello,\n\nThe Harbour Workers Union would like to nominate a speaker for the plenary.\n\n"
         "Our speaker will be Mr. Sami Nasser, Deputy Secretary.\n",
         "en", ("Sami Nasser", "Deputy Secretary", "Harbour Workers Union")),
    ],
)
def test_the_proposing_organisation_is_the_candidates(rules: ExtractRules, body: str, language: str,
                                                      expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("body", "quoted_list", "number"),
    [
        ("Nous souhaitons intervenir à la table ronde sur la diaspora et les envois de fonds.",
         "> Table ronde 1 : Voies de migration régulière et travail décent\n> Table ronde 2 : Gouvernance des frontières\n"
         "> Table ronde 3 : Inclusion et accès aux services\n> Table ronde 4 : Diaspora, envois de fonds et coopération\n", 4),
        ("We wish to join the roundtable on border governance and return.",
         "> Roundtable 1: Regular pathways and decent work\n> Roundtable 2: Border governance, trafficking and return\n"
         "> Roundtable 3: Inclusion and access to services\n", 2),
        ("We wish to join the roundtable on border governance and return.", "", None),
    ],
)
def test_roundtable_from_a_theme_list_the_message_quotes(rules: ExtractRules, body: str, quoted_list: str,
                                                          number: int | None) -> None:
    quote = f"\n\nOn 28 Jan 2021, GCM Regional Review <gcmrrarabstates@iom.int> wrote:\n{quoted_list}" if quoted_list else ""
    parsed = _mail(f"{body}\n\nName: Peter Brown\nTitle: Officer\nOrganisation: Aid Network\n{quote}")
    (s,) = _run(parsed, rules).speakers
    assert (s.roles, s.roundtable) == (("roundtable",), number)


def test_an_aside_in_brackets_is_not_part_of_the_affiliation(rules: ExtractRules) -> None:
    parsed = _mail("Nous proposons comme intervenante Mme Houda Filali, responsable juridique de l'Association Tilila "
                   "(CV et photo en pièce jointe, si utile), pour la discussion ouverte.\n")
    (s,) = _run(parsed, rules, language="fr").speakers
    assert (s.name, s.title, s.affiliation) == ("Houda Filali", "responsable juridique", "Association Tilila")


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # a title with its complement, then the organisation after a preposition, acronym kept
        ("en", "We would like to nominate Ms. Rola Azar, Senior Programme Officer at the Arab Network for Migrant "
               "Rights (ANMR), for roundtable 2.\n\nBest,\nOmar\n",
         ("Rola Azar", "Senior Programme Officer", "Arab Network for Migrant Rights (ANMR)")),
        ("fr", "Nous proposons Mme Amina Tazi, chargée de plaidoyer à la Plateforme des Associations de Migrants (PAM), "
               "pour la table ronde 3.\n\nCordialement,\nJean\n",
         ("Amina Tazi", "chargée de plaidoyer", "Plateforme des Associations de Migrants (PAM)")),
        # "الأمين العام لاتحاد ...": the organisation governed by the title with "ل" glued to it
        ("ar", "نتشرف بترشيح الدكتور حسن العمري، الأمين العام لاتحاد نقابات العمال العرب، للمائدة المستديرة الثانية.\n",
         ("حسن العمري", "الأمين العام", "اتحاد نقابات العمال العرب")),
        # "pour les Droits", "pour une Citoyenneté": a link inside a name, not the start of another clause
        ("fr", "Je me permets de proposer ma candidature pour le rôle de rapporteur. Je suis directrice exécutive de "
               "l'Association Tunisienne pour les Droits des Saisonniers (ATDS).\n\nSonia Gharbi\n",
         ("Sonia Gharbi", "directrice exécutive", "Association Tunisienne pour les Droits des Saisonniers (ATDS)")),
        ("fr", "Je m'appelle Karima Ouali, je suis membre du conseil d'administration de la Fédération des Tunisiens pour "
               "une Citoyenneté des deux Rives (FTCR) et je souhaite intervenir en plénière.\n",
         ("Karima Ouali", "membre du conseil d'administration",
          "Fédération des Tunisiens pour une Citoyenneté des deux Rives (FTCR)")),
        # the description after a title is not part of it
        ("en", "I am Joan Santos, Vice-Chair and a migrant domestic worker in Qatar for nine years, and I would like "
               "to speak in the open discussion.\n",
         ("Joan Santos", "Vice-Chair", None)),
        # an organisation run on from the name after "from", without a comma (a place is not one)
        ("en", "Hi,\n\nMy name is Grace Mensah from Domestic Workers Solidarity Beirut (DWSB). I would like to speak "
               "in the plenary.\n\nThanks\n", ("Grace Mensah", None, "Domestic Workers Solidarity Beirut (DWSB)")),
        ("en", "Hi,\n\nMy name is Grace Mensah from Beirut. I would like to speak in the plenary.\n\nThanks\n",
         ("Grace Mensah", None, None)),
        # the sender's title and organisation in the opening words of a sentence
        ("en", "As Policy Officer at the Delta Migrants Forum, I wish to join the open discussion.\n\n"
               "Best,\nOmar Khalil\n", ("Omar Khalil", "Policy Officer", "Delta Migrants Forum")),
        ("fr", "En tant que chargée de plaidoyer au Collectif Sud Migrations, je souhaite intervenir lors de la "
               "séance plénière.\n\nBien à vous,\nClaire Duval\n",
         ("Claire Duval", "chargée de plaidoyer", "Collectif Sud Migrations")),
        ("fr", "Bonjour,\n\nMaître de conférences en sociologie à l'Université de Gabès, je voudrais intervenir "
               "à la table ronde 2.\n\nCordialement,\nKarim Mansour\n",
         ("Karim Mansour", "Maître de conférences en sociologie", "Université de Gabès")),
        ("ar", "بصفتي منسقة في شبكة النساء المهاجرات، أرغب في المشاركة في النقاش المفتوح.\n\nمع التحية،\nسلمى عيسى\n",
         ("سلمى عيسى", "منسقة", "شبكة النساء المهاجرات")),
        # a laboratory is an organisation; a phone number under the name is neither title nor organisation
        ("fr", "Je suis doctorante au Laboratoire Population et Sociétés (LAPS), et je souhaite intervenir lors de la "
               "discussion ouverte.\n\nCordialement,\n\nLéa Martin\nLAPS – Paris\n06 12 34 56 78\n",
         ("Léa Martin", "doctorante", "Laboratoire Population et Sociétés (LAPS)")),
        # an acronym with a country code closes the organisation's name
        ("en", "On behalf of the Somali Youth Network (SYN-UK) we would like to nominate Ali Saleh to speak at "
               "roundtable 2.\n\nThanks\n", ("Ali Saleh", None, "Somali Youth Network (SYN-UK)")),
        # a signature title line naming a field, above the line naming the university
        ("ar", "أرغب في المشاركة في النقاش المفتوح.\n\nمع التحية،\n\nد. سلمى عيسى\nأستاذة مشاركة في القانون الدولي\n"
               "جامعة الساحل للعلوم\n", ("سلمى عيسى", "أستاذة مشاركة في القانون الدولي", "جامعة الساحل للعلوم")),
        # "and wish to join ..." starts another clause: it is not part of the organisation
        ("en", "I am Amadou Sy from the Sahel Migration Observatory (SMO) and wish to join the open discussion.\n",
         ("Amadou Sy", None, "Sahel Migration Observatory (SMO)")),
    ],
)
def test_title_and_affiliation_in_prose(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # one line: name, title, organisation
        ("en", "Please register me for the open discussion.\n\nThanks,\nAhmed Nasr, Programme Manager, Sudanese "
               "Migrants Association\n", ("Ahmed Nasr", "Programme Manager", "Sudanese Migrants Association")),
        # a title line and an organisation line, the organisation written with its acronym
        ("en", "I would like to speak in the plenary.\n\nKind regards,\nLina Saad\nHead of Advocacy\n"
               "Gulf Coalition for Domestic Workers (GCDW)\n",
         ("Lina Saad", "Head of Advocacy", "Gulf Coalition for Domestic Workers (GCDW)")),
        ("fr", "Je voudrais intervenir en séance plénière.\n\nCordialement,\n\nNadia Guerfi\n"
               "Coordinatrice régionale | Observatoire Maghrébin des Migrations\n",
         ("Nadia Guerfi", "Coordinatrice régionale", "Observatoire Maghrébin des Migrations")),
        ("ar", "أرغب في المشاركة في النقاش المفتوح.\n\nمع التحية،\n\nسامر عبد الله\nمنسق المشاريع - منتدى الهجرة الإقليمي\n",
         ("سامر عبد الله", "منسق المشاريع", "منتدى الهجرة الإقليمي")),
        # a one-line courtesy after the name block does not hide it
        ("fr", "J'aimerais prendre la parole pendant la discussion ouverte.\n\nYoussef Karimi\n"
               "Doctorant en science politique\n\nMerci d'avance.\n",
         ("Youssef Karimi", "Doctorant en science politique", None)),
        ("en", "I would like to volunteer as rapporteur.\n\nMaya Rahal\nIndependent researcher on labour migration\n\n"
               "Thanks again!\n", ("Maya Rahal", "Independent researcher on labour migration", None)),
    ],
)
def test_sender_described_by_the_signature(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Someone Else <someone@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected
    assert dict(s.provenance)["name"] == "signature"


def test_name_closing_a_phone_message_beats_the_display_name(rules: ExtractRules) -> None:
    parsed = _mail("مرحباً،\nأرغب بترشيح نفسي لدور المقرر في الاستعراض الإقليمي.\nهدى الشامي\n\nأُرسلت من iPhone\n",
                   from_="Hoda Shami <hoda@example.com>")
    (s,) = _run(parsed, rules, language="ar").speakers
    assert s.name == "هدى الشامي"
    assert s.roles == ("rapporteur",)


def test_a_closing_line_is_not_taken_for_a_name(rules: ExtractRules) -> None:
    parsed = _mail("مرحباً،\nأرغب بترشيح نفسي لدور المقرر في الاستعراض الإقليمي.\nشكرا جزيلا\n",
                   from_="Hoda Shami <hoda@example.com>")
    (s,) = _run(parsed, rules, language="ar").speakers
    assert s.name == "Hoda Shami"


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Nous vous informons que M. Anis Kefi ne pourra pas participer. Il sera remplacé à la table ronde II "
               "par Mme Sonia Ferchichi, trésorière de l'Union des Travailleurs Immigrés Tunisiens (UTIT).\n",
         ("Sonia Ferchichi", "trésorière", "Union des Travailleurs Immigrés Tunisiens (UTIT)")),
        ("en", "Unfortunately Mr. David Mensah is unable to attend. Ms. Grace Owusu, Programme Officer at the Migrant "
               "Rights Centre, will take his place in the plenary.\n",
         ("Grace Owusu", "Programme Officer", "Migrant Rights Centre")),
        ("en", "We propose Ms. Grace Owusu, Programme Officer at the Migrant Rights Centre, to speak instead of "
               "Mr. David Mensah.\n", ("Grace Owusu", "Programme Officer", "Migrant Rights Centre")),
        ("ar", "نود إعلامكم بأن السيد خالد منصور لن يتمكن من المشاركة، ونرشح بدلاً منه السيدة ريم سعادة، منسقة البرامج في "
               "شبكة حقوق المهاجرين.\n", ("ريم سعادة", "منسقة البرامج", "شبكة حقوق المهاجرين")),
    ],
)
def test_a_speaker_who_will_not_come_is_not_proposed(rules: ExtractRules, language: str, body: str,
                                                     expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "affiliation"),
    [
        # "du SUPMM : intervention ...": the colon ends the organisation; the acronym takes its full name
        ("fr", "Le Syndicat Unitaire des Pêcheurs et des Marins Migrants (SUPMM) propose :\n\n"
               "- M. Hamid Alaoui, secrétaire adjoint du SUPMM : intervention à la table ronde III ;\n"
               "- Mme Salma Bennani, trésorière du SUPMM : intervention en plénière.\n",
         "Syndicat Unitaire des Pêcheurs et des Marins Migrants (SUPMM)"),
        # an accented initial ("l'Étude") still spells the acronym
        ("fr", "Au nom du Centre Saharien pour l'Étude des Frontières (CSEF), je demande à intervenir à la "
               "table ronde n° 1.\n\nRana Chidiac, chargée de recherche au CSEF\n",
         "Centre Saharien pour l'Étude des Frontières (CSEF)"),
        # a name closed by its acronym ends there: the city after it is an address
        ("ar", "أعمل باحثة في رابطة كرامة لحماية عمال البناء (كرامة) في طرابلس، وأود أن أتولى دور المقرر.\n\n"
               "هبة ناصيف\n", "رابطة كرامة لحماية عمال البناء (كرامة)"),
    ],
)
def test_organisation_in_its_fullest_form(rules: ExtractRules, language: str, body: str, affiliation: str) -> None:
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert speakers and all(s.affiliation == affiliation for s in speakers)


@pytest.mark.parametrize(
    ("language", "body", "roles", "number"),
    [
        # a table whose role column is headed "requested participation", a cell holding only "the rapporteur"
        ("ar", "<table><tr><th>الاسم</th><th>الصفة</th><th>الجهة</th><th>المشاركة المطلوبة</th></tr>"
               "<tr><td>السيدة سلمى عيسى</td><td>منسقة</td><td>جمعية النور</td><td>المقرر</td></tr>"
               "<tr><td>السيد سامي داود</td><td>باحث</td><td>مركز الهجرة</td><td>المقرر</td></tr></table>",
         ("rapporteur",), None),
        ("en", "Name | Title | Organisation | Requested participation\nMs. Jane Doe | Officer | Alpha Network | "
               "plenary session\n", ("plenary",), None),
        # "مهمة المقرر": the rapporteur's task
        ("ar", "أرغب في المشاركة في النقاش المفتوح، وأبدي استعدادي لتولي مهمة المقرر.\n\nسامي داود\n",
         ("open_discussion", "rapporteur"), None),
        # a thematic panel is a roundtable; its theme gives the number
        ("en", "Our network hopes to contribute to the panel on border governance and trafficking.\n\nProposed speaker: "
               "Ms Jane Doe, Legal Officer.\n", ("roundtable",), 2),
        ("fr", "Nous souhaitons intervenir dans le panel sur la gouvernance des frontières et la traite.\n\n"
               "Intervenante proposée : Mme Anne Roy, juriste.\n", ("roundtable",), None),
        # the roundtable that covers an objective, the objective written with its preposition ("بالهدف")
        ("ar", "نرغب في ترشيح السيدة سلمى عيسى للمشاركة في المائدة المستديرة المعنية بالهدف 6.\n", ("roundtable",), 1),
    ],
)
def test_role_column_and_role_words(rules: ExtractRules, language: str, body: str, roles: tuple, number: int | None) -> None:
    themes = ("Regular pathways, fair recruitment and decent work",
              "Border governance, trafficking, smuggling, detention and return")
    html = body if body.startswith("<table>") else None
    parsed = _mail("Please see the table." if html else body, from_="Office <office@example.org>", html=html)
    speakers = _run(parsed, rules, language=language, themes=themes).speakers
    assert speakers and all((s.roles, s.roundtable) == (roles, number) for s in speakers)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("en", "Hello - putting myself forward as rapporteur. Jane Doe, Research Associate, Delta Institute for "
               "Labour Studies (DILS), Cairo.\nJane\n", ("Jane Doe", "Research Associate",
                                                         "Delta Institute for Labour Studies (DILS)")),
        # a description after the organisation is ignored; the kind word and the city in brackets are not the name
        ("fr", "Je vous soumets ma candidature pour la table ronde.\n\nJane Doe, cofondatrice et présidente de "
               "l'association Rives Solidaires (Lyon), qui soutient depuis 2012 des familles.\n\n"
               "Cordialement,\nJane Doe\n", ("Jane Doe", "cofondatrice et présidente", "Rives Solidaires")),
        ("ar", "أرغب بترشيح نفسي لدور المقرر.\nسلمى عيسى، منسقة البرامج، جمعية النور للتنمية، التي تعمل منذ 2005 مع "
               "العاملات.\n\nسلمى عيسى\n", ("سلمى عيسى", "منسقة البرامج", "جمعية النور للتنمية")),
    ],
)
def test_a_sentence_opening_with_the_senders_name_describes_them(rules: ExtractRules, language: str, body: str,
                                                                  expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Jane Doe <j@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # dashes written as commas between title and organisation
        ("ar", "أرجو إدراج اسمي للمداخلة في الجلسة العامة:\nد. سامي داود - باحث رئيسي - مركز دراسات الهجرة\nمع الشكر\n",
         ("سامي داود", "باحث رئيسي", "مركز دراسات الهجرة")),
        # a second role joined after the organisation is not part of it
        ("fr", "Nous proposons M. Paul Roy, maître-assistant à l'Université de Sousse et membre de notre comité "
               "d'orientation, pour la plénière.\n", ("Paul Roy", "maître-assistant", "Université de Sousse")),
        ("en", "We propose Mr. Paul Roy, lecturer at Delta University and member of our board, for the plenary.\n",
         ("Paul Roy", "lecturer", "Delta University")),
        # the interests after a title are a description, not the title
        ("ar", "أنا باحثة مستقلة مهتمة بقضايا اللاجئين الشباب، وأود المشاركة كمتحدثة.\n\nمع الاحترام،\nسلمى عيسى\n",
         ("سلمى عيسى", "باحثة مستقلة", None)),
        ("en", "I am an independent researcher interested in women's migration and would like to speak.\n\n"
               "Regards,\nJane Doe\n", ("Jane Doe", "independent researcher", None)),
        # the sender describes themself in the text and signs below it
        ("en", "Is there still a slot for me to speak at roundtable 3? I'm a senior lecturer in public health at the "
               "Levant Institute of Social Research and have studied migrant health for years.\n\nDr. Rami Khoury\n",
         ("Rami Khoury", "senior lecturer in public health", "Levant Institute of Social Research")),
        # an Arabic label with a possessive ending: "her capacity:", "his position:"
        ("ar", "نقترح زميلتنا للمداخلة في الجلسة العامة.\n\nالاسم: هدى الخطيب\nصفتها: مستشارة قانونية\n"
               "جهتها: شبكة العدالة للمهاجرين\n", ("هدى الخطيب", "مستشارة قانونية", "شبكة العدالة للمهاجرين")),
        ("ar", "نرشح للمداخلة في المائدة المستديرة الأولى:\n\nالاسم: كريم ناصر\nمنصبه: مدير البرامج\n"
               "المنظمة: جمعية الرواد\n", ("كريم ناصر", "مدير البرامج", "جمعية الرواد")),
        # a nominee label: the value names a person, Arabic names (no capitals) included
        ("ar", "نرشح زميلتنا للمداخلة في الجلسة العامة.\n\nالمرشحة: هدى الخطيب\nصفتها: مستشارة قانونية\n",
         ("هدى الخطيب", "مستشارة قانونية", None)),
        # a title stated about the speaker by name, in the next paragraph
        ("ar", "يسر جمعية الأمل أن ترشح الأستاذ سامي داود لتقديم مداخلة في الجلسة العامة.\n\nويشغل الأستاذ سامي منصب "
               "رئيس وحدة الدعم القانوني في الجمعية منذ عام 2018.\n\nمع التحية،\nليلى حداد\nمديرة جمعية الأمل\n",
         ("سامي داود", "رئيس وحدة الدعم القانوني", "جمعية الأمل")),
        ("en", "We would like to nominate Ms. Jane Doe to speak in the plenary.\n\nThe exact title of Ms. Doe is "
               "Head of Legal Aid at the Delta Council.\n\nBest,\nOffice\n", ("Jane Doe", "Head of Legal Aid", "Delta Council")),
        # an Arabic honorific glued to its preposition: "الكلمة للدكتورة هدى"
        ("ar", "كما نود أن نطلب الكلمة في الجلسة العامة للدكتورة سلمى عيسى، رئيسة مجلس الإدارة في جمعية النور.\n",
         ("سلمى عيسى", "رئيسة مجلس الإدارة", "جمعية النور")),
        # an Arabic organisation ends where the session it speaks at begins
        ("ar", "نرغب في أن تشارك السيدة سلمى عيسى من جمعية النور للتنمية في المائدة المستديرة الأولى.\n",
         ("سلمى عيسى", None, "جمعية النور للتنمية")),
        # a unit over the body it belongs to, in the signature
        ("en", "I would like to speak in roundtable 4.\n\nBest,\n--\nSami Haddad\nAssociate Professor\n"
               "Institute of Labour Studies\nUniversity of the Levant\n",
         ("Sami Haddad", "Associate Professor", "Institute of Labour Studies, University of the Levant")),
    ],
)
def test_title_and_affiliation_edges(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # a title before the name: a possessive one and a comma, or in Arabic glued before the honorific
        ("en", "We would also like our programme manager, Sami Haddad, to join the open discussion.\n\n"
               "Kind regards,\nLina Saad\nFounder, Delta Youth Network\n",
         ("Sami Haddad", "programme manager", "Delta Youth Network")),
        ("fr", "Par ailleurs, nous souhaiterions que notre chargée de plaidoyer, Jeanne Roy, puisse intervenir en "
               "plénière.\n\nCordialement,\nPaul Martin\nPrésident, Collectif Sud Migrations\n",
         ("Jeanne Roy", "chargée de plaidoyer", "Collectif Sud Migrations")),
        ("ar", "ونود كذلك المشاركة في المائدة المستديرة رقم 1، ونرشح لهذه المداخلة مديرة البرامج لدينا السيدة سلمى عيسى.\n\n"
               "مع الشكر،\n\nسامي داود\nرئيس جمعية النور للتنمية\n",
         ("سلمى عيسى", "مديرة البرامج", "جمعية النور للتنمية")),
        # what the person is proposed for, run on after an Arabic name, is neither name nor title
        ("ar", "يسر جمعية النور أن تقترح مشاركة رئيسة الجمعية الأستاذة سلمى عيسى بمداخلة في المائدة المستديرة "
               "الرابعة.\n", ("سلمى عيسى", "رئيسة الجمعية", "جمعية النور")),
        # a replacement with words between "represented" and "by"
        ("en", "Please be informed that the Chair will be represented during the plenary by Dr. Jane Doe, "
               "Commissioner at the Delta Council.\n\nOffice of the Chair\n", ("Jane Doe", "Commissioner", "Delta Council")),
        ("fr", "Le président sera représenté lors de la séance plénière par Mme Anne Roy, juriste au Collectif Sud.\n",
         ("Anne Roy", "juriste", "Collectif Sud")),
        # the person replaced, named after "au lieu de" / "à la place de", is no speaker
        ("fr", "Bonjour,\n\nMme Fatou Diallo, juriste au Collectif Sud, interviendra au lieu de Mme Awa Ndiaye.\n",
         ("Fatou Diallo", "juriste", "Collectif Sud")),
        ("fr", "Bonjour,\n\nM. Ibrahima Sow, trésorier du Collectif Sud, prendra la parole à la place de M. Karim Roy.\n",
         ("Ibrahima Sow", "trésorier", "Collectif Sud")),
    ],
)
def test_title_written_before_the_name_and_replacements(rules: ExtractRules, language: str, body: str,
                                                         expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # the organisation proposing, with its own complement and town, is the nominee's
        ("ar", "تتشرف جمعية الدفاع عن العمال الموسميين بمدنين بأن تقترح أن تشارك رئيستها الأستاذة سلمى عيسى "
               "بمداخلة في الجلسة العامة.\n", ("سلمى عيسى", "جمعية الدفاع عن العمال الموسميين بمدنين")),
        # "Access to Justice": "to" links words inside a capitalised name; the sender speaks for it
        ("en", "Our organisation, the Delta Association for Access to Justice (DAAJ), would like to speak in the "
               "plenary.\n\nProposed speaker: Ms Jane Doe, Legal Aid Coordinator.\n\nMany thanks,\nJane Doe\nDAAJ\n",
         ("Jane Doe", "Delta Association for Access to Justice (DAAJ)")),
        ("fr", "Notre organisation, le Collectif Sud pour les Migrants (CSM), souhaite intervenir en plénière.\n\n"
               "Intervenante proposée : Mme Anne Roy, juriste.\n\nBien à vous,\nAnne Roy\nCSM\n",
         ("Anne Roy", "Collectif Sud pour les Migrants (CSM)")),
    ],
)
def test_the_organisation_that_proposes_is_the_speakers(rules: ExtractRules, language: str, body: str,
                                                         expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.name, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "subject", "body", "expected"),
    [
        ("en", "FW: nomination", "Our director's nomination is below.\n\nBest,\nSara Haddad\n"
         "Assistant, Delta Network\n\n________________________________\nFrom: Omar Said <o@example.org>\n"
         "Sent: Monday, February 1, 2021 4:40 PM\nTo: Sara Haddad <s@example.org>\nSubject: nomination\n\nSara,\n\n"
         "Could you send this on: the Delta Network nominates Dr. Jane Doe, our Head of Policy, for the plenary.\n\n"
         "Thanks,\nOmar\n", ("Jane Doe", "Head of Policy")),
        ("fr", "TR: candidature", "Veuillez trouver ci-dessous la proposition de notre président.\n\nCordialement,\n"
         "Anne Roy\n\n________________________________\nDe : Paul Martin <p@example.org>\nEnvoyé : lundi 1 février "
         "2021 16:40\nÀ : Anne Roy <a@example.org>\nObjet : candidature\n\nAnne,\n\nMerci de transmettre : nous "
         "proposons Mme Leila Amrani, notre chargée de plaidoyer, pour la plénière.\n\nPaul\n",
         ("Leila Amrani", "chargée de plaidoyer")),
        ("ar", "إعادة توجيه: ترشيح", "يرجى الاطلاع أدناه على ترشيح مديرنا.\n\nمع التحية،\nسارة حداد\n\n"
         "________________________________\nمن: عمر سعيد <o@example.org>\nأرسل: الاثنين 1 فبراير 2021\n"
         "إلى: سارة حداد <s@example.org>\nالموضوع: ترشيح\n\nسارة،\n\nيرجى التحويل: نرشح الدكتورة سلمى عيسى، "
         "مسؤولة السياسات لدينا، للجلسة العامة.\n\nعمر\n", ("سلمى عيسى", "مسؤولة السياسات")),
    ],
)
def test_a_forward_read_as_a_quote_is_still_carried_along(rules: ExtractRules, language: str, subject: str, body: str,
                                                          expected: tuple) -> None:
    parsed = _mail(body, subject=subject, from_="Sender <s@example.org>")
    (s,) = _run(parsed, rules, language=language).speakers
    assert (s.name, s.title) == expected


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        # a "Requested slot" / "Créneau souhaité" column gives each speaker their own role, not every role in the table
        (("Name", "Position", "Organisation", "Requested slot"),
         (("Ms. Jane Doe", "Officer", "Alpha Network", "Roundtable 2"),
          ("Mr. John Roe", "Researcher", "Beta Centre", "Floor intervention, plenary")),
         ((("roundtable",), 2), (("plenary",), None))),
        (("Nom", "Fonction", "Organisation", "Créneau souhaité"),
         (("Mme Anne Roy", "Juriste", "Réseau Gamma", "Discussion ouverte"),
          ("M. Paul Martin", "Chercheur", "Centre Delta", "Table ronde 4")),
         ((("open_discussion",), None), (("roundtable",), 4))),
    ],
)
def test_a_slot_column_gives_each_speaker_their_own_role(rules: ExtractRules, header: tuple, rows: tuple,
                                                         expected: tuple) -> None:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in (header, *rows))
    parsed = _mail("Our nominations are in the table.", from_="Office <office@example.org>",
                   html=f"<p>Our nominations:</p><table>{cells}</table>")
    speakers = _run(parsed, rules).speakers
    assert tuple((s.roles, s.roundtable) for s in speakers) == expected


def test_a_tab_separated_table_row_is_not_read_on_into_the_next(rules: ExtractRules) -> None:
    # the plain-text copy of a table: a row's role cell must not become the speaker's organisation
    text = ("يتشرف الاتحاد العربي لنقابات عمال النقل في الخليج بترشيح الزميلين التاليين:\n\n"
            "الاسم\tالصفة\tالمشاركة المطلوبة\n"
            "السيد كريم يوسف الراشد\tنائب رئيس الاتحاد\tمداخلة في الجلسة العامة\n"
            "الدكتورة هدى سالم\tمسؤولة ملف النقل البحري\tالمائدة المستديرة الثانية\n")
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in line.split("\t")) + "</tr>"
                    for line in text.strip().split("\n")[2:])
    parsed = _mail(text, from_="Office <office@example.org>", html=f"<table>{cells}</table>")
    speakers = _run(parsed, rules, language="ar").speakers
    assert [(s.name, s.roles, s.roundtable) for s in speakers] == [
        ("كريم يوسف الراشد", ("plenary",), None), ("هدى سالم", ("roundtable",), 2)]
    assert all(s.affiliation is None or "الجلسة" not in s.affiliation for s in speakers)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a field or region the name carries on with is part of it ...
        ("تحية طيبة،\n\nيسر مركز دمشق للأبحاث في الهجرة والتنمية أن يرشح الدكتورة ريم خوري، منسقة البرامج، "
         "للمشاركة في المائدة المستديرة الثانية.\n", "مركز دمشق للأبحاث في الهجرة والتنمية"),
        ("تحية طيبة،\n\nيتشرف الاتحاد العربي لعمال الموانئ في الخليج بأن يرشح الأستاذ سامر عيسى، نائب الرئيس، "
         "للمداخلة في الجلسة العامة.\n", "الاتحاد العربي لعمال الموانئ في الخليج"),
        # ... the event it speaks at is not
        ("تحية طيبة،\n\nتشارك جمعية التضامن العمالي في المؤتمر الإقليمي وترشح السيدة منى داود، مسؤولة المناصرة، "
         "للمداخلة في الجلسة العامة.\n", "جمعية التضامن العمالي"),
    ],
)
def test_an_arabic_organisation_name_ending_in_a_place_or_field(rules: ExtractRules, body: str, expected: str) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language="ar").speakers
    assert s.affiliation == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("ar", "الإخوة المحترمين،\n\nنحيطكم علماً بأن السيدة منى داود تعتذر عن المشاركة لظروف طارئة، ونرشح بدلاً منها "
               "الأستاذ سامر عيسى، نائب الرئيس، للمداخلة في المائدة المستديرة الثانية.\n\nمع التحية،\n",
         "سامر عيسى"),
        ("en", "Dear colleagues,\n\nWe would like to propose Ms. Jane Doe and Mr. John Roe to speak in roundtable 2. "
               "Ms. Jane Doe sends her apologies for the second day.\n\nBest,\n", "John Roe"),
    ],
)
def test_a_speaker_who_apologises_is_replaced(rules: ExtractRules, language: str, body: str, expected: str) -> None:
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [s.name for s in speakers] == [expected]


def test_the_sign_off_name_is_not_a_second_speaker(rules: ExtractRules) -> None:
    body = ("تحية طيبة وبعد،\n\nيسعد معهد صيدا للدراسات أن يقترح إحدى باحثاته للمشاركة في المائدة المستديرة الثالثة.\n\n"
            "والمرشحة هي:\nالدكتورة ريم خوري، رئيسة قسم الدراسات الميدانية في المعهد.\n\n"
            "مع جزيل الشكر والتقدير،\n\nد. فادي عون\nالمدير التنفيذي\nمعهد صيدا للدراسات\n")
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language="ar").speakers
    assert [s.name for s in speakers] == ["ريم خوري"]


def test_a_label_listed_under_two_fields_is_reported_and_read_the_same_way_every_time(tmp_path: Path) -> None:
    text = RULES_PATH.read_text(encoding="utf-8").replace('"affiliation", "institution",', '"affiliation", "institution", "nominee",', 1)
    assert text != RULES_PATH.read_text(encoding="utf-8")
    (tmp_path / "extract.toml").write_text(text, encoding="utf-8")
    loaded, problems = load_extract_rules(tmp_path / "extract.toml")
    assert problems == ["extract.toml: labels.speaker: 'nominee' is already listed under labels.affiliation, which wins"]
    assert dict(loaded.labels)["nominee"] == "affiliation"


def test_honorifics_with_a_slash_and_union_forms_of_address(rules: ExtractRules) -> None:
    from intake.extract_values import split_honorific

    assert split_honorific("السيد/ عادل مراد", rules) == ("السيد", "عادل مراد")
    assert split_honorific("السيدة/سلمى عيسى", rules) == ("السيدة", "سلمى عيسى")
    assert split_honorific("الأخت نوال بركات", rules) == ("الأخت", "نوال بركات")
    assert split_honorific("الزميلة منار الخطيب", rules) == ("الزميلة", "منار الخطيب")  # "our colleague"
    assert split_honorific("and/or Jane", rules) == (None, "and/or Jane")


@pytest.mark.parametrize(("value", "expected"), [
    ("Ethiopian Domestic Workers' Union in Jordan (EDWUJ)", "Ethiopian Domestic Workers' Union in Jordan (EDWUJ)"),
    ("Réseau des Associations de Femmes Migrantes en Tunisie (RAFMT)", "Réseau des Associations de Femmes Migrantes en Tunisie (RAFMT)"),
    ("Caritas in Beirut", "Caritas"),  # a town after the name is an address
])
def test_a_place_closed_by_the_acronym_is_part_of_the_name(rules: ExtractRules, value: str, expected: str) -> None:
    from intake.extract_values import clean_value

    assert clean_value(value, rules) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Sudan Relief Network (SRN), Khartoum office", "Sudan Relief Network (SRN)"),
    ("Association Nour, Beirut Office", "Association Nour"),
    ("Association Amal (AAM), bureau de Tripoli", "Association Amal (AAM)"),
    ("جمعية الأمل (جأ)، مكتب أربيل", "جمعية الأمل (جأ)"),
    # near misses: an office named by what it does, or a title, is no address
    ("UNHCR, Regional Office for the Middle East", "UNHCR, Regional Office for the Middle East"),
    ("Regional Office for the Middle East", "Regional Office for the Middle East"),
    ("Head of Khartoum office", "Head of Khartoum office"),
    ("Senior Legal Officer, Aden office", "Senior Legal Officer, Aden office"),
    ("UNRWA, Jordan Field Office", "UNRWA, Jordan Field Office"),
])
def test_an_office_named_by_its_town_after_the_organisation_is_an_address(rules: ExtractRules, value: str,
                                                                         expected: str) -> None:
    from intake.extract_values import clean_value

    assert clean_value(value, rules) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Chercheuse / enseignante", "Chercheuse / enseignante"),
    ("Volunteer / outreach coordinator", "Volunteer / outreach coordinator"),
    ("محامية / ناشطة حقوقية", "محامية / ناشطة حقوقية"),
    # near misses: a bar written stays a bar, and an organisation after the title is cut
    ("Volunteer | outreach coordinator", "Volunteer | outreach coordinator"),
    ("Outreach coordinator / Caritas Lebanon", "Outreach coordinator"),
])
def test_two_posts_joined_by_a_slash_keep_the_slash(rules: ExtractRules, value: str, expected: str) -> None:
    from intake.extract_values import clean_value

    assert clean_value(value, rules) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Migrant Aid Network - MAN Beirut", "Migrant Aid Network - MAN"),
    ("Collectif Solidarité Exilés – CSE Nador", "Collectif Solidarité Exilés – CSE"),
    ("Migrant Aid Network – MAN", "Migrant Aid Network – MAN"),
    # near misses: another body's acronym, and an acronym with more than a town after it
    ("Caritas Lebanon - ILO", "Caritas Lebanon - ILO"),
    ("Ministry of Labour - ILO project", "Ministry of Labour"),
])
def test_the_acronym_after_a_dash_keeps_it_and_drops_the_town(rules: ExtractRules, value: str, expected: str) -> None:
    from intake.extract_values import clean_value

    assert clean_value(value, rules) == expected


def test_the_signature_spells_out_an_organisation_prose_cut_short(rules: ExtractRules) -> None:
    body = ("مرحباً،\n\nنود في رابطة الطلبة اليمنيين في مصر ترشيح السيدة ريم صالح للمداخلة في الجلسة العامة.\n\n"
            "مع الشكر،\nسامي علي\nأمين السر\nرابطة الطلبة اليمنيين في مصر\n")
    (s,) = _run(_mail(body, from_="Sami <sami@example.org>"), rules, language="ar").speakers
    assert (s.name, s.affiliation) == ("ريم صالح", "رابطة الطلبة اليمنيين في مصر")


def test_a_unit_in_the_title_when_the_organisation_follows(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nThe Arab Youth Climate Network (AYCN) would like to propose two speakers:\n\n"
            "1. Ms. Dana Khoury, Advocacy Lead, AYCN - open discussion\n"
            "2. Mr. Omar Saleh, Member of the Coordination Committee, AYCN - floor intervention in Roundtable 2\n\n"
            "Best regards,\nSami Nasr\n")
    _first, second = _run(_mail(body, from_="Sami <sami@example.org>"), rules, language="en").speakers
    assert (second.name, second.title, second.affiliation) == (
        "Omar Saleh", "Member of the Coordination Committee", "Arab Youth Climate Network (AYCN)")


@pytest.mark.parametrize(("title", "expected"), [
    ("journaliste indépendante et ancienne travailleuse migrante", "journaliste indépendante"),
    ("Programme Officer and former migrant domestic worker", "Programme Officer"),
    ("Director of Programmes and Partnerships", "Director of Programmes and Partnerships"),  # one title
])
def test_a_title_ends_where_a_description_of_the_person_begins(rules: ExtractRules, title: str, expected: str) -> None:
    from intake.extract_prose import bare_title

    assert bare_title(title, rules) == expected


@pytest.mark.parametrize(
    ("language", "body", "roles", "number"),
    [
        # a pasted form: only the ticked options count, and a dash or colon may come before the number
        ("fr", "Nom : Anne Roy\nFonction : juriste\nOrganisation : Collectif Sud\nIntervention souhaitée :\n"
               "☐ Discussion ouverte\n☐ Rapporteur\n☐ Séance plénière\n☒ Table ronde thématique – n° : 3\n",
         ("roundtable",), 3),
        ("en", "Name: Jane Doe\nTitle: Legal Officer\nOrganisation: Alpha Network\nRequested role: "
               "Open discussion [ ]  Rapporteur [x]  Plenary [ ]  Roundtable [ ]\n", ("rapporteur",), None),
        # boxes all alike tick nothing apart: every option named stands
        ("en", "Name: Jane Doe\nTitle: Legal Officer\nOrganisation: Alpha Network\nRequested roles: [x] plenary "
               "[x] roundtable 4\n", ("plenary", "roundtable"), 4),
    ],
)
def test_a_forms_unticked_options_are_not_requested(rules: ExtractRules, language: str, body: str, roles: tuple,
                                                    number: int | None) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.roles, s.roundtable) == (roles, number)


@pytest.mark.parametrize("line", ["07 61 29 84 03", "+961 1 482 907", "(+212) 5-22-48-19-63"])
def test_a_phone_number_is_never_a_title_or_an_organisation(rules: ExtractRules, line: str) -> None:
    from intake.extract_values import clean_value

    assert clean_value(line, rules) is None
    body = f"I would like to speak in the plenary.\n\nBest,\nSami Haddad\n{line}\n"
    (s,) = _run(_mail(body, from_="Sami Haddad <sami@example.org>"), rules, language="en").speakers
    assert (s.name, s.title, s.affiliation) == ("Sami Haddad", None, None)


def test_a_wrapped_line_may_go_on_with_an_honorific_but_not_with_a_list_item() -> None:
    from intake.extract_prose import logical_lines

    text = ("Une petite correction à notre message ci-dessous : le titre exact de\n"
            "M. Karim Mansour est « Responsable du plaidoyer » et non chargé de mission.\n"
            "Nous proposons les intervenants suivants pour la table ronde de demain\n"
            "a) Mme Anne Roy\n"
            "- M. Paul Martin")
    assert logical_lines(text) == (
        "Une petite correction à notre message ci-dessous : le titre exact de M. Karim Mansour est « Responsable du "
        "plaidoyer » et non chargé de mission.",
        "Nous proposons les intervenants suivants pour la table ronde de demain", "a) Mme Anne Roy", "- M. Paul Martin")


def test_rows_of_an_html_table_are_not_wrapped_prose() -> None:
    """An HTML table reads as " | " rows: a long row without a full stop does not run on into the next one."""
    from intake.extract_prose import logical_lines

    rows = ["Organisation | Collectif des Travailleurs Migrants Subsahariens au Maghreb (CTMSM)",
            "Session souhaitée | Table ronde n° 2"]
    assert logical_lines("\n".join(rows)) == tuple(rows)


def test_a_label_behind_a_direction_isolate_is_still_a_label(rules: ExtractRules) -> None:
    body = ("نرغب في المشاركة في الجلسة العامة.\n\n\u2067الاسم: سامي داود\u2069\n\u2067الصفة: منسق البرامج\u2069\n"
            "\u2067الجهة: جمعية النور\u2069\n")
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language="ar").speakers
    assert (s.name, s.title, s.affiliation) == ("سامي داود", "منسق البرامج", "جمعية النور")


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Bonjour,\n\nNous vous proposons les personnes suivantes :\n\n"
               "- Séance plénière : Directrice exécutive – Mme Nadia Berrada\n"
               "- Table ronde 3 : Chargé de projets – M. Karim Tazi\n\nCordialement,\n",
         [("Nadia Berrada", "Directrice exécutive", ("plenary",), None), ("Karim Tazi", "Chargé de projets", ("roundtable",), 3)]),
        ("en", "Dear team,\n\nThe Coastal Workers Network would like to speak in the plenary. Our speaker will be:\n\n"
               "Programme Director - Dr. Helen Marsh\n\nRegards,\n",
         [("Helen Marsh", "Programme Director", ("plenary",), None)]),
        ("ar", "تحية طيبة،\n\nنرشح لكم ما يلي:\n\n- النقاش المفتوح: منسقة البرامج – السيدة سلوى حداد\n\nمع التحية\n",
         [("سلوى حداد", "منسقة البرامج", ("open_discussion",), None)]),
    ],
)
def test_a_person_line_written_title_first(rules: ExtractRules, language: str, body: str, expected: list) -> None:
    """"Role : Title – Mme Name" and "Title - Dr. Name": the title and the person on one line, joined by a dash."""
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.roles, s.roundtable) for s in speakers] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what the organisation is for governs the noun after it, and the acronym closes the name
        ("تحية طيبة،\n\nيسعدنا في مبادرة المشرق لتحسين ظروف العمل (MIWC) أن نرشح السيدة هالة يونس، مسؤولة البرامج، "
         "للمداخلة في الجلسة العامة.\n", "مبادرة المشرق لتحسين ظروف العمل (MIWC)"),
        ("تحية طيبة،\n\nيسر جمعية النهضة لدعم حقوق العاملات أن ترشح السيدة هالة يونس، مسؤولة البرامج، "
         "للمداخلة في الجلسة العامة.\n", "جمعية النهضة لدعم حقوق العاملات"),
    ],
)
def test_an_arabic_organisation_for_doing_something(rules: ExtractRules, body: str, expected: str) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language="ar").speakers
    assert s.affiliation == expected


@pytest.mark.parametrize(
    ("language", "body", "title", "affiliation"),
    [
        ("en", "Dear colleagues,\n\nWe propose Mr. Omar Salem (Policy Adviser, Labour Mobility, Delta Migration Institute) "
               "for the open discussion.\n", "Policy Adviser, Labour Mobility", "Delta Migration Institute"),
        ("fr", "Bonjour,\n\nNous proposons Mme Lina Amrani (Chargée de programme, Protection sociale, Fondation Atlas) "
               "pour la discussion ouverte.\n", "Chargée de programme, Protection sociale", "Fondation Atlas"),
        # "في" followed by a field or a place the person works in is part of the title, not an organisation
        ("ar", "تحية طيبة،\n\nنرشح السيدة هدى سليم، باحثة في المدن الساحلية، للمشاركة في النقاش المفتوح.\n",
         "باحثة في المدن الساحلية", None),
    ],
)
def test_a_field_goes_with_the_title(rules: ExtractRules, language: str, body: str, title: str, affiliation: str | None) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.title, s.affiliation) == (title, affiliation)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ministry of Labour / Directorate of Foreign Workers", "Ministry of Labour / Directorate of Foreign Workers"),
        ("وزارة الداخلية / إدارة شؤون الإقامة", "وزارة الداخلية / إدارة شؤون الإقامة"),
        ("Ministère de l'Intérieur / Direction de la Migration", "Ministère de l'Intérieur / Direction de la Migration"),
        ("Ministry of Labour / Amman", "Ministry of Labour"),
    ],
)
def test_a_unit_after_a_slash_belongs_to_the_body(rules: ExtractRules, value: str, expected: str) -> None:
    parsed = _mail(f"We wish to speak at the plenary.\n\nName: Sami Haddad\nTitle: Director\nOrganisation: {value}\n")
    (s,) = _run(parsed, rules).speakers
    assert s.affiliation == expected


@pytest.mark.parametrize(
    ("language", "body", "sender", "expected"),
    [
        ("fr", "Madame, Monsieur,\n\nL'Institut Méditerranéen des Mobilités (IMM) souhaite participer à l'examen. "
               "Je sollicite pour ma part une intervention en séance plénière ; ma collègue Dr Sonia Ferchichi, "
               "chercheuse en démographie, souhaiterait prendre part à la discussion ouverte.\n\n"
               "Cordialement,\n\nPr Adel Mansouri\nDirecteur\nInstitut Méditerranéen des Mobilités (IMM)\n",
         "Pr Adel Mansouri <a@example.org>",
         [("Adel Mansouri", ("plenary",)), ("Sonia Ferchichi", ("open_discussion",))]),
        ("en", "Dear colleagues,\n\nI would like to speak at the plenary session. My colleague Ms. Joan Pike, Research Officer, "
               "wishes to join the open discussion.\n\nBest regards,\n\nPeter Lund\nDirector\nNordic Mobility Centre\n",
         "Peter Lund <p@example.org>",
         [("Peter Lund", ("plenary",)), ("Joan Pike", ("open_discussion",))]),
    ],
)
def test_the_sender_asks_for_themself_and_names_a_colleague(rules: ExtractRules, language: str, body: str, sender: str,
                                                            expected: list) -> None:
    speakers = _run(_mail(body, from_=sender), rules, language=language).speakers
    assert [(s.name, s.roles) for s in speakers] == expected


@pytest.mark.parametrize(
    ("language", "body", "name"),
    [
        ("ar", "مرحباً،\n\nلن أتمكن من الحضور، لذلك أود سحب طلبي. وستشارك بدلاً مني في النقاش المفتوح زميلتي سارة منصور، "
               "مسؤولة الإعلام في الشبكة.\n\nهاني\n", "سارة منصور"),
        ("en", "Hello,\n\nI can no longer attend. Instead, my colleague Rita Vance, Advocacy Officer, will speak in the "
               "open discussion.\n\nTom\n", "Rita Vance"),
    ],
)
def test_a_colleague_named_without_an_honorific(rules: ExtractRules, language: str, body: str, name: str) -> None:
    speakers = _run(_mail(body, from_="Hani Tom <h@example.org>"), rules, language=language).speakers
    assert [s.name for s in speakers] == [name]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Dear team,\n\nThe Harbour Workers Union would like to nominate Mr. Samuel Odhiambo, one of our founding members, "
               "to speak at the plenary.\n"),
        ("fr", "Bonjour,\n\nL'Association Horizons Sud propose M. Samuel Odhiambo, l'un de nos membres fondateurs, "
               "pour intervenir en séance plénière.\n"),
        ("ar", "تحية طيبة،\n\nيسر جمعية الأفق أن ترشح السيد سامي عودة، أحد مؤسسي الجمعية، للمداخلة في الجلسة العامة.\n"),
    ],
)
def test_a_description_is_not_a_title(rules: ExtractRules, language: str, body: str) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert s.title is None


def test_an_arabic_sender_introducing_themself_with_you_is(rules: ExtractRules) -> None:
    body = "مرحبا،\nمعكم د. فراس نبيل الخطيب، باحث مستقل، أكتب منذ سنوات عن هجرة العمالة. أرغب بالمشاركة في النقاش المفتوح.\n"
    (s,) = _run(_mail(body, from_="Firas K <f@example.org>"), rules, language="ar").speakers
    assert (s.name, s.title, s.affiliation, s.roles) == ("فراس نبيل الخطيب", "باحث مستقل", None, ("open_discussion",))


@pytest.mark.parametrize(
    ("language", "body", "title"),
    [
        ("fr", "Bonjour,\n\nAu nom de l'Association Sahel Migrations (ASM), nous souhaitons que notre présidente Mme Aminata Diallo "
               "intervienne en séance plénière.\n\nCordialement,\n", "présidente"),
        ("en", "Dear team,\n\nOn behalf of the Sahel Migration Forum (SMF), we would like our executive director Ms. Aminata Diallo "
               "to speak at the plenary.\n", "executive director"),
    ],
)
def test_a_possessive_title_just_before_the_honorific(rules: ExtractRules, language: str, body: str, title: str) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.name, s.title) == ("Aminata Diallo", title)
    assert s.affiliation is not None and s.affiliation.endswith(")")


@pytest.mark.parametrize(
    ("text", "acronym", "full"),
    [
        ("Le Laboratoire Dynamiques, Frontières et Sociétés (LDFS) souhaite participer.", "LDFS",
         "Laboratoire Dynamiques, Frontières et Sociétés"),
        ("The National Council for Migrant\nWelfare (NCMW) would like to speak.", "NCMW", "National Council for Migrant Welfare"),
        ("la candidature de l'Association Al Amal pour les Migrants (AAM).", "AAM", "Association Al Amal pour les Migrants"),
    ],
)
def test_acronyms_spelled_over_a_comma_a_wrapped_line_or_an_article(rules: ExtractRules, text: str, acronym: str,
                                                                    full: str) -> None:
    from intake.extract_values import spelled_acronyms

    assert spelled_acronyms(text, rules)[acronym] == full


def test_a_speaker_proposed_by_the_organisation_the_text_names_is_its_own(rules: ExtractRules) -> None:
    body = ("Dear organisers,\n\nThe Riverside Migrant Rights Commission (RMRC) would like to take the floor in the plenary. "
            "We propose Ms. Clara Osei, Legal Officer, for this.\n\nBest,\nJohn Mensah\nDirector\n"
            "Riverside Migrant Rights Commission (RMRC)\n")
    (s,) = _run(_mail(body, from_="John Mensah <j@example.org>"), rules).speakers
    assert (s.name, s.affiliation) == ("Clara Osei", "Riverside Migrant Rights Commission (RMRC)")


@pytest.mark.parametrize(
    ("language", "body", "name"),
    [
        ("fr", "Bonjour,\n\nNous proposons Me Salma Oukacha, avocate, pour la discussion ouverte.\n", "Salma Oukacha"),
        ("fr", "Bonjour,\n\nLe Cabinet de l'Honorable Ibrahim Mzé Abdou sollicite une intervention en plénière.\n", "Ibrahim Mzé Abdou"),
        ("fr", "Bonjour,\n\nNous proposons Maître Karim Saïdi, avocat, pour la plénière.\n", "Karim Saïdi"),
        ("fr", "Bonjour,\n\nNous proposons S.E. M. Ahmed Ould Salem, Ambassadeur, pour la plénière.\n", "Ahmed Ould Salem"),
        ("en", "Dear team,\n\nWe would like to nominate the Honourable Grace Mutua, Member of Parliament, for the plenary.\n",
         "Grace Mutua"),
        ("en", "Dear team,\n\nOur speakers:\n1. Amb. (ret.) Omar Dirieh Bouh - Chair of the Steering Board\n\nRegards\n",
         "Omar Dirieh Bouh"),
        ("en", "Dear team,\n\nWe nominate Prof. Dr. Jana Weber, Dean, for roundtable 3.\n", "Jana Weber"),
        ("ar", "تحية طيبة،\n\nنرشح الأستاذ المحامي فهد ناصر الحميدي، رئيس وحدة التقاضي، للمشاركة في المائدة المستديرة الثانية.\n",
         "فهد ناصر الحميدي"),
        ("ar", "تحية طيبة،\n\nنرشح المحامية سلمى يوسف، منسقة البرامج، للمشاركة في الجلسة العامة.\n", "سلمى يوسف"),
        ("ar", "تحية طيبة،\n\nنرشح الأستاذة الدكتورة نوال عبد الله، عميدة، للمشاركة في الجلسة العامة.\n", "نوال عبد الله"),
    ],
)
def test_honorifics_of_lawyers_members_of_parliament_and_retired_ambassadors(rules: ExtractRules, language: str, body: str,
                                                                              name: str) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert s.name == name


def test_me_is_an_honorific_only_before_a_name(rules: ExtractRules) -> None:
    body = "pls register me for RT3\nOmar Said, policy officer, Horizon Migrant Network\nthx\n"
    (s,) = _run(_mail(body, from_="Sender Display <s@example.org>"), rules).speakers
    assert s.name == "Omar Said"


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        # a delegation list, then the roles asked for some of them; one will only follow the proceedings
        ("en", "Dear team,\n\nOur delegation:\n\n1. Amb. Omar Bouh - Chair of the Board\n2. Ms. Hodan Ali - Senior Officer\n"
               "3. Mr. Tesfay Haile - Data Associate\n\nWe request speaking roles for two of them:\n\n"
               "- Amb. Omar Bouh: floor intervention in the plenary\n- Ms. Hodan Ali: floor intervention in Roundtable 2\n\n"
               "Mr. Haile will follow the proceedings.\n\nRegards\n",
         [("Omar Bouh", ("plenary",), None), ("Hodan Ali", ("roundtable",), 2)]),
        ("fr", "Bonjour,\n\nNotre délégation :\n\n- Mme Nadia Berrada, Directrice\n- M. Karim Tazi, Chargé de projets\n\n"
               "Mme Berrada souhaite intervenir en plénière. M. Tazi suivra les travaux.\n\nCordialement,\n",
         [("Nadia Berrada", ("plenary",), None)]),
        ("en", "Dear colleagues,\n\nAn update: Ms. Hodan Ali can no longer attend. We would like Mr. Tesfay Haile, our Data Associate, "
               "to take the floor in Roundtable 2 in her place.\n\nThe request for Amb. Omar Bouh in the plenary is unchanged.\n",
         [("Tesfay Haile", ("roundtable",), 2)]),
        ("ar", "تحية طيبة،\n\nنرشح السيدة سلوى حداد للمداخلة في المائدة المستديرة الثانية، والسيد كريم نصار سيتابع أعمال "
               "الجلسات.\n\nمع التحية\n",
         [("سلوى حداد", ("roundtable",), 2)]),
    ],
)
def test_a_delegation_member_who_only_follows_or_a_request_unchanged_is_not_proposed(rules: ExtractRules, language: str,
                                                                                     body: str, expected: list) -> None:
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [(s.name, s.roles, s.roundtable) for s in speakers] == expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("يرشّح تجمع محامي الساحل للدفاع عن حقوق المهاجرين", "تجمع محامي الساحل للدفاع عن حقوق المهاجرين"),
        ("تتشرف هيئة محامي بيروت للدفاع عن العمال أن تقترح", "هيئة محامي بيروت للدفاع عن العمال"),
        ("نحن في شبكة حماية حقوق العمال المهاجرين نرشح", "شبكة حماية حقوق العمال المهاجرين"),
        ("تتقدم المنظمة السودانية لإعادة إدماج العائدين (SORRA) بترشيح", "المنظمة السودانية لإعادة إدماج العائدين (SORRA)"),
        # a verb before the person proposed ends the name
        ("يسر مؤسسة عامل ترشح السيدة", "مؤسسة عامل"),
        ("ترشح جمعية حقوق الإنسان للمهاجرين السيد", "جمعية حقوق الإنسان للمهاجرين"),
    ],
)
def test_an_arabic_organisation_name_is_a_chain_of_nouns(rules: ExtractRules, clause: str, expected: str) -> None:
    from intake.extract_orgs import arabic_org

    assert arabic_org(clause, rules) == expected


@pytest.mark.parametrize(
    ("language", "body", "title", "affiliation"),
    [
        ("en", "Dear team,\n\nOur delegation:\n1. Ms. Hodan Robleh - Senior Programme Officer, Protection\n2. Mr. Ali Farah - Chair\n",
         "Senior Programme Officer, Protection", None),
        ("en", "Dear team,\n\nWe nominate Ms. Joy Kamau, Programme Officer, Legal Affairs, for the plenary.\n",
         "Programme Officer, Legal Affairs", None),
        ("en", "Dear team,\n\nWe nominate Ms. Joy Kamau, Programme Officer, Caritas, for the plenary.\n", "Programme Officer", "Caritas"),
        ("fr", "Bonjour,\n\nNous proposons Mme Lina Amrani – Juriste, Contentieux – pour la table ronde 2.\n", "Juriste, Contentieux", None),
        ("fr", "Bonjour,\n\nNous proposons Mme Lina Amrani, chargée de programme, Plaidoyer, pour la plénière.\n",
         "chargée de programme, Plaidoyer", None),
        ("ar", "تحية طيبة،\n\nنرشح د. منى العنزي - باحثة مستقلة في قضايا العمالة المنزلية، للمشاركة في النقاش المفتوح.\n",
         "باحثة مستقلة في قضايا العمالة المنزلية", None),
        ("ar", "تحية طيبة،\n\nنرشح السيدة هدى سالم، مسؤولة في شؤون اللاجئين، للمشاركة في النقاش المفتوح.\n",
         "مسؤولة في شؤون اللاجئين", None),
        ("ar", "تحية طيبة،\n\nنرشح السيدة هدى سالم، منسقة برامج في كاريتاس لبنان، للمشاركة في النقاش المفتوح.\n",
         "منسقة برامج", "كاريتاس لبنان"),
        ("ar", "تحية طيبة،\n\nنرشح السيدة هدى سالم، محامية، مجال الحماية، للمشاركة في النقاش المفتوح.\n",
         "محامية، مجال الحماية", None),
    ],
)
def test_a_field_of_work_after_a_title_is_part_of_it(rules: ExtractRules, language: str, body: str, title: str,
                                                     affiliation: str | None) -> None:
    s = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers[0]
    assert (s.title, s.affiliation) == (title, affiliation)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Président de la Commission des relations extérieures et de la coopération de l'Assemblée de l'Union des Comores",
         ("Président de la Commission des relations extérieures et de la coopération", "Assemblée de l'Union des Comores")),
        ("Chair of the Committee on migrant workers of the National Assembly of Kuwait",
         ("Chair of the Committee on migrant workers", "National Assembly of Kuwait")),
        ("Directeur de l'Observatoire national des migrations du Maroc", ("Directeur", "Observatoire national des migrations du Maroc")),
        ("Head of unit of the Gulf Labour Network", ("Head of unit", "Gulf Labour Network")),
    ],
)
def test_a_body_inside_a_body_stays_in_the_title(rules: ExtractRules, title: str, expected: tuple) -> None:
    from intake.extract_prose import split_title

    assert split_title(title, rules) == expected


_SIG_EN = "\n\n--\nGrace Nakato\nExecutive Director\nReturnee Workers Association (RWA)\n+256 772 318 906\n"
_SIG_FR = "\n\nCordialement,\n\nSonia Ferchichi\nCoordinatrice\nFondation Atlas\n"
_SIG_AR = "\n\nسلوى حداد\nمنسقة البرامج\nجمعية النور\n"


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("en", "Dear team,\n\nWe would like to take the floor in Roundtable 1. The speaker will be myself, details below.\n\nBest,\nGrace"
               + _SIG_EN, ("Grace Nakato", "Executive Director", "Returnee Workers Association (RWA)")),
        ("en", "Hello,\n\nOur speaker for the plenary would be me (details in my signature).\n\nThanks" + _SIG_EN,
         ("Grace Nakato", "Executive Director", "Returnee Workers Association (RWA)")),
        ("en", "Hi,\n\nI will be the speaker for our network in the open discussion." + _SIG_EN,
         ("Grace Nakato", "Executive Director", "Returnee Workers Association (RWA)")),
        ("fr", "Bonjour,\n\nNous souhaitons intervenir en table ronde 2. L'intervenante sera moi-même, coordonnées ci-dessous."
               + _SIG_FR, ("Sonia Ferchichi", "Coordinatrice", "Fondation Atlas")),
        ("fr", "Bonjour,\n\nL'oratrice pour la seance pleniere, c'est moi." + _SIG_FR, ("Sonia Ferchichi", "Coordinatrice", "Fondation Atlas")),
        ("ar", "مرحبا،\n\nنرغب في المداخلة في الجلسة العامة، والمتحدثة ستكون أنا، والبيانات في التوقيع أدناه." + _SIG_AR,
         ("سلوى حداد", "منسقة البرامج", "جمعية النور")),
        ("ar", "مرحبا،\n\nسأكون أنا المتحدثة باسم الجمعية في النقاش المفتوح." + _SIG_AR, ("سلوى حداد", "منسقة البرامج", "جمعية النور")),
    ],
)
def test_the_speaker_is_myself_with_the_details_in_the_signature(rules: ExtractRules, language: str, body: str,
                                                                  expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Sender <s@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("ar", "مرحباً،\n\nأنا صحفي مستقل مقيم في الخرطوم، أغطي قضايا الهجرة منذ ٢٠١٤، وأرغب في المشاركة في النقاش المفتوح.\n\n"
               "الاسم: عثمان الطيب حمد النيل\nالهاتف: +249 91 234 5567\n", ("عثمان الطيب حمد النيل", "صحفي مستقل")),
        ("ar", "مرحباً،\n\nأعمل صحفياً مستقلاً منذ عشر سنوات، وأرغب في المشاركة في النقاش المفتوح.\n\nالاسم: عثمان الطيب\n",
         ("عثمان الطيب", "صحفي مستقل")),
        ("fr", "Bonjour,\n\nJe suis journaliste indépendante basée à Tunis et je souhaite participer à la discussion ouverte.\n\n"
               "Nom : Leila Ben Ammar\n", ("Leila Ben Ammar", "journaliste indépendante")),
        ("fr", "Bonjour,\n\nje suis chercheuse independante, installee a Sfax, et je voudrais intervenir en pleniere.\n\n"
               "Nom et prenom : Leila Ben Ammar\n", ("Leila Ben Ammar", "chercheuse independante")),
        ("en", "Hello,\n\nI work as a freelance journalist based in Nairobi and would like to take part in the open discussion.\n\n"
               "Name: John Mwangi\n", ("John Mwangi", "freelance journalist")),
        ("en", "Hello,\n\nI am an independent researcher and would like to take part in the open discussion.\n\nName: John Mwangi\n",
         ("John Mwangi", "independent researcher")),
    ],
)
def test_a_first_person_title_with_the_name_on_a_labelled_line(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    """"I work as a freelance journalist and would like to speak" over "Name: X": the title is the sender's, no organisation."""
    (s,) = _run(_mail(body, from_="Sender <s@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == (*expected, None)


def test_a_first_person_title_that_does_not_ask_is_not_the_named_speakers() -> None:
    rules, _ = load_extract_rules(RULES_PATH)
    body = "Hello,\n\nI am the Secretary of the Kenya Gulf Diaspora Alliance. Our speaker for roundtable 3:\n\nName: Daniel Mutai\n"
    (s,) = _run(_mail(body, from_="Sender <s@example.org>"), rules).speakers
    assert (s.name, s.title) == ("Daniel Mutai", None)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Bonjour,\n\nJe souhaiterais prendre part à la discussion ouverte, au nom de notre association qui accompagne "
               "les migrants.\n\n--\nAmina Belkacem\nPrésidente\nAssociation Solidarité Migrants\n",
         ("Amina Belkacem", "Présidente", "Association Solidarité Migrants")),
        ("en", "Hello,\n\nI would like to take part in the open discussion on behalf of our network, which supports returnees.\n\n"
               "John Mwangi\nCoordinator\nKenya Returnees Network\n", ("John Mwangi", "Coordinator", "Kenya Returnees Network")),
        ("ar", "مرحبا،\n\nأرغب في المشاركة في النقاش المفتوح باسم جمعيتنا التي تدعم المهاجرين.\n\nسامي داود\nمدير\nجمعية النور\n",
         ("سامي داود", "مدير", "جمعية النور")),
    ],
)
def test_on_behalf_of_our_organisation_proposes_no_one_else(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Sender <s@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("en", "Dear Colleagues,\n\nWarm greetings from the Migrant Workers Network in the Gulf (MWN-Gulf)!\n\nWe would like to "
               "put forward the following:\n\nRapporteur: Ms. Maria Dela Cruz-Santos, Secretary-General, MWN-Gulf\n"
               "Plenary intervention: Prof. Ramon T. Villanueva, Senior Research Fellow, Institute for Overseas Employment Studies\n",
         [("Maria Dela Cruz-Santos", "Secretary-General", ("rapporteur",), None),
          ("Ramon T. Villanueva", "Senior Research Fellow", ("plenary",), None)]),
        ("en", "Dear team,\n\nWe propose the following speakers for the conference of next week, with thanks:\n"
               "Open discussion - Mr. John Okafor, Director, Mobility Policy Institute (MPI)\n"
               "Roundtable 3 - Ms. Jane Doe, Researcher, Mobility Policy Institute (MPI)\n",
         [("John Okafor", "Director", ("open_discussion",), None), ("Jane Doe", "Researcher", ("roundtable",), 3)]),
        ("fr", "Bonjour,\n\nLe Réseau Sahel Migrations (RSM) souhaite proposer :\n\n"
               "Rapporteure : Mme Awa Diallo, Secrétaire générale du Réseau Sahel Migrations\n"
               "Table ronde 2 : Pr Ibrahim Keita, chercheur, Université de Bamako (UB)\n",
         [("Awa Diallo", "Secrétaire générale", ("rapporteur",), None), ("Ibrahim Keita", "chercheur", ("roundtable",), 2)]),
        ("ar", "تحية طيبة،\n\nتود شبكة المشرق للهجرة ترشيح ما يلي:\n\nالمقررة: السيدة هالة يونس، الأمينة العامة، شبكة المشرق للهجرة\n"
               "مداخلة في الجلسة العامة: د. سامي عودة، باحث أول، مركز دراسات الهجرة\n",
         [("هالة يونس", "الأمينة العامة", ("rapporteur",), None), ("سامي عودة", "باحث أول", ("plenary",), None)]),
    ],
)
def test_role_first_lines_are_rows_not_wrapped_prose(rules: ExtractRules, language: str, body: str, expected: list) -> None:
    """Long "Role: Hon. Name, Title, Org" lines one under the other are a list, not one sentence the mailer wrapped."""
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.roles, s.roundtable) for s in speakers] == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Madame, Monsieur,\n\nLe Pr Abdelkader Zerrouki, coordinateur scientifique du CUMSEM, souhaiterait finalement "
               "assurer le rôle de rapporteur plutôt qu'une intervention en table ronde, s'il reste une place.\n",
         (("rapporteur",), None)),
        ("en", "Dear team,\n\nDr. Amal Haddad, Director of the Levant Institute, would now prefer to serve as rapporteur instead of "
               "speaking in Roundtable 2.\n", (("rapporteur",), None)),
        ("ar", "تحية طيبة،\n\nيرغب الدكتور سامي عودة، مدير مركز دراسات الهجرة، في دور المقرر بدلاً من المداخلة في المائدة "
               "المستديرة الثانية.\n", (("rapporteur",), None)),
        # the clause names the person replaced, and the only role asked for is in it: the role stays
        ("en", "Dear team,\n\nMs. Jane Doe, Researcher at the Mobility Institute, will speak instead of Mr. John Roe in "
               "Roundtable 2.\n", (("roundtable",), 2)),
    ],
)
def test_a_role_set_aside_is_not_asked_for(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.roles, s.roundtable) == expected


@pytest.mark.parametrize(
    ("language", "new", "quoted", "expected"),
    [
        ("fr", "Le Pr Zerrouki souhaiterait finalement assurer le rôle de rapporteur, s'il reste une place.",
         "Nous proposons le Pr Abdelkader Zerrouki, coordinateur scientifique, pour la table ronde n° 4.", (("rapporteur",), None)),
        ("en", "Dr. Haddad would now rather take the plenary slot.",
         "We nominate Dr. Amal Haddad, Director of the Levant Institute, for roundtable 2.", (("plenary",), None)),
        ("ar", "يفضل الدكتور عودة الآن المداخلة في الجلسة العامة.",
         "نرشح الدكتور سامي عودة، مدير مركز دراسات الهجرة، للمداخلة في المائدة المستديرة الثانية.", (("plenary",), None)),
        # "also": the new role comes on top of the one asked for before
        ("en", "Dr. Haddad would also like to speak in the plenary.",
         "We nominate Dr. Amal Haddad, Director of the Levant Institute, for roundtable 2.", (("plenary", "roundtable"), 2)),
    ],
)
def test_a_reply_that_changes_the_role_replaces_the_quoted_one(rules: ExtractRules, language: str, new: str, quoted: str,
                                                             expected: tuple) -> None:
    body = f"Hello,\n\n{new}\n\nOffice\n\nOn Mon, 1 Feb 2021, Office <office@example.org> wrote:\n> {quoted}\n"
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.roles, s.roundtable) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("en", "Dear team,\n\nI would like to speak at the plenary, and my colleague Joan Pike, Research Officer, would like to join "
               "the open discussion.\n\nPeter Lund\nDirector\nNordic Mobility Centre\n",
         [("Peter Lund", ("plenary",)), ("Joan Pike", ("open_discussion",))]),
        ("fr", "Bonjour,\n\nJe souhaite intervenir en plénière, et ma collègue Sonia Ferchichi, chercheuse, souhaite participer à la "
               "discussion ouverte.\n\nAdel Mansouri\nDirecteur\nInstitut des Mobilités\n",
         [("Adel Mansouri", ("plenary",)), ("Sonia Ferchichi", ("open_discussion",))]),
        ("ar", "مرحبا،\n\nأرغب في المداخلة في الجلسة العامة، كما ترغب زميلتي سارة منصور، مسؤولة الإعلام، في المشاركة في النقاش "
               "المفتوح.\n\nهاني سليم\nمدير\nجمعية النور\n",
         [("هاني سليم", ("plenary",)), ("سارة منصور", ("open_discussion",))]),
    ],
)
def test_the_sender_and_a_colleague_in_one_sentence(rules: ExtractRules, language: str, body: str, expected: list) -> None:
    speakers = _run(_mail(body, from_="Sender <s@example.org>"), rules, language=language).speakers
    assert [(s.name, s.roles) for s in speakers] == expected
    assert all(s.affiliation and "المشاركة" not in s.affiliation for s in speakers)


def test_an_arabic_organisation_name_stops_before_what_it_asks_for(rules: ExtractRules) -> None:
    body = "تحية طيبة،\n\nتود جمعية النور لرعاية المهاجرين المشاركة، ونقترح منسقة البرامج لدينا السيدة سلوى حداد للمداخلة في الجلسة العامة.\n"
    (s,) = _run(_mail(body, from_="Office <o@example.org>"), rules, language="ar").speakers
    assert (s.title, s.affiliation) == ("منسقة البرامج", "جمعية النور لرعاية المهاجرين")


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("ar", "مرحبا،\n\nأنا سامي داود وأعمل لدى شبكة المشرق للهجرة، وأرغب في المشاركة في النقاش المفتوح.\n",
         ("سامي داود", None, "شبكة المشرق للهجرة")),
        ("ar", "مرحبا،\n\nاسمي سامي داود وأعمل منسقاً في شبكة المشرق للهجرة وأرغب في المداخلة في الجلسة العامة.\n",
         ("سامي داود", "منسق", "شبكة المشرق للهجرة")),
        ("ar", "مرحباً،\n\nأنا أحمد خليل الحسين (Ahmad Khalil Al-Hussein)، منسّق ملتقى شباب اللاجئين، وحابب شارك بالنقاش المفتوح.\n",
         ("أحمد خليل الحسين", "منسّق", "ملتقى شباب اللاجئين")),
        ("en", "Hello,\n\nI am John Mwangi and I work with the Syrian Network for Migrants (SYNM). I would like to join the open "
               "discussion.\n\nThanks\n", ("John Mwangi", None, "Syrian Network for Migrants (SYNM)")),
        ("en", "Hello,\n\nI'm John Mwangi and I volunteer with the Kenya Returnees Network; I would like to speak in the plenary.\n",
         ("John Mwangi", None, "Kenya Returnees Network")),
        ("fr", "Bonjour,\n\nJe suis Leila Ben Ammar et je travaille au sein de l'Association Horizons Solidaires. Je souhaite "
               "intervenir en plénière.\n", ("Leila Ben Ammar", None, "Association Horizons Solidaires")),
        ("fr", "Bonjour,\n\nje m'appelle Leila Ben Ammar et je travaille pour la Fondation Atlas, je voudrais participer à la "
               "discussion ouverte.\n", ("Leila Ben Ammar", None, "Fondation Atlas")),
    ],
)
def test_a_name_after_i_am_then_where_the_person_works(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    """"أنا X وأعمل لدى Y", "I am X and I work with Y", "je suis X et je travaille à Y": the organisation is Y."""
    (s,) = _run(_mail(body, from_="Sender <s@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    "body",
    [
        "مرحبا،\n\nأنا سعيدة جداً بهذه الدعوة وأرغب في المشاركة في النقاش المفتوح.\n\nشكراً\nسلوى حداد\n",
        "مرحبا،\n\nأنا سعيد بالمشاركة وأعمل في جمعية النور، وأرغب في المداخلة في الجلسة العامة.\n\nسلوى حداد\n",
    ],
)
def test_i_am_glad_is_no_name(rules: ExtractRules, body: str) -> None:
    (s,) = _run(_mail(body, from_="Sender <s@example.org>"), rules, language="ar").speakers
    assert s.name == "سلوى حداد"


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("en", "Dear team,\n\nThe Iraqi Human Rights Commission (IHRC) would like to take the floor in the plenary. Our speaker "
               "will be:\n\nCommissioner - Dr. Layla Hassan, Commission (IHRC)\n", ("Layla Hassan", "Commissioner")),
        ("en", "Dear team,\n\nOur speaker for the plenary:\n\nExecutive Director – Ms. Jane Doe (Mobility Policy Institute)\n",
         ("Jane Doe", "Executive Director", "Mobility Policy Institute")),
        ("fr", "Bonjour,\n\nNous proposons pour la plénière : Directrice exécutive, Mme Nadia Benali (Fondation Atlas)\n",
         ("Nadia Benali", "Directrice exécutive", "Fondation Atlas")),
        ("fr", "Bonjour,\n\nTable ronde 2 : chargée de plaidoyer | Mme Nadia Benali, Fondation Atlas\n",
         ("Nadia Benali", "chargée de plaidoyer", "Fondation Atlas")),
        ("ar", "تحية طيبة،\n\nنقترح للجلسة العامة: المديرة التنفيذية، السيدة نادية بن علي (مؤسسة أطلس)\n",
         ("نادية بن علي", "المديرة التنفيذية", "مؤسسة أطلس")),
        ("ar", "تحية طيبة،\n\nالمتحدث في النقاش المفتوح:\n\nمنسق البرامج - الدكتور سامي عودة، مركز دراسات الهجرة\n",
         ("سامي عودة", "منسق البرامج", "مركز دراسات الهجرة")),
    ],
)
def test_title_first_then_the_person_and_their_organisation(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    """"Title – Dr. X, Org", "Title, Mme X (Org)": the title goes with the person, the organisation after them."""
    (s,) = _run(_mail(body, from_="Office <o@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Madame, Monsieur,\n\nLe Barreau de Gabès (Tunisie), à travers sa Commission des droits des étrangers, souhaite "
               "intervenir lors de la table ronde n° 2.\n\nIntervenante proposée : Me Salma Trabelsi, avocate, présidente de la "
               "Commission des droits des étrangers.\n",
         ("avocate, présidente de la Commission des droits des étrangers", "Barreau de Gabès")),
        ("en", "Dear team,\n\nThe Jordan Bar Association, through its migrant rights committee, would like to speak in roundtable 2. "
               "We nominate Dr. Omar Haddad, lawyer, chair of the migrant rights committee.\n",
         ("lawyer, chair of the migrant rights committee", "Jordan Bar Association")),
        ("en", "Dear team,\n\nWe nominate Dr. Omar Haddad, lawyer, President of the Tunisian Bar Association, for roundtable 2.\n",
         ("lawyer, President", "Tunisian Bar Association")),
        ("en", "Dear team,\n\nWe nominate Ms. Grace Nakato, Founder and Chair, for the open discussion.\n\nOffice\nReturnee Workers "
               "Association\n", ("Founder and Chair", None)),
    ],
)
def test_two_titles_one_after_the_other(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    """A second title heading a unit described in common nouns stays in the title; one heading a named body gives the organisation."""
    (s,) = _run(_mail(body, from_="Office <o@example.org>"), rules, language=language).speakers
    assert (s.title, s.affiliation if expected[1] else None) == expected


@pytest.mark.parametrize(
    ("language", "subject", "body", "expected"),
    [
        ("fr", "Demande de prise de parole - M. Sidi Mohamed OULD BRAHIM, conseiller municipal chargé des migrations, Commune de "
               "Tenweich - séance plénière",
         "Bonjour,\n\nVeuillez trouver en objet notre demande. M. OULD BRAHIM souhaiterait partager l'expérience de la commune.\n"
         "\nCordialement,\n\nLe secrétariat du Maire\nCommune urbaine de Tenweich\n",
         ("Sidi Mohamed OULD BRAHIM", "conseiller municipal chargé des migrations", "Commune urbaine de Tenweich", ("plenary",))),
        ("en", "Speaker request: Dr. Amal Haddad, Director, Levant Migration Institute | Roundtable 2",
         "Dear team,\n\nPlease see the request in the subject line.\n\nBest\nOffice\n",
         ("Amal Haddad", "Director", "Levant Migration Institute", ("roundtable",))),
        ("ar", "طلب مداخلة في الجلسة العامة - الدكتور سامي عودة، مدير مركز دراسات الهجرة",
         "تحية طيبة،\n\nنرجو الاطلاع على الطلب المذكور في العنوان.\n\nمع الشكر\n",
         ("سامي عودة", "مدير", "مركز دراسات الهجرة", ("plenary",))),
    ],
)
def test_the_person_is_named_in_the_subject_line(rules: ExtractRules, language: str, subject: str, body: str, expected: tuple) -> None:
    (s,) = _run(_mail(body, subject=subject, from_="Office <o@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation, s.roles) == expected


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("fr", "Bonjour,\n\nLa coopérative souhaite proposer notre membre Mme Aminata Diallo pour prendre la parole en séance plénière.\n"),
        ("fr", "Bonjour, l'association aimerait que notre adherente Mme Aminata Diallo intervienne dans la table ronde 2.\n"),
        ("en", "Dear team,\n\nThe cooperative would like our member Ms. Aminata Diallo to speak at the plenary.\n"),
        ("en", "Dear secretariat,\nwe nominate our member Dr Aminata Diallo to take the floor in the open discussion.\n"),
    ],
)
def test_a_possessive_membership_word_is_not_a_title(rules: ExtractRules, language: str, body: str) -> None:
    """"notre membre Mme X", "our member Ms X": how the speaker belongs to the proposer, not a job title."""
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.name, s.title) == ("Aminata Diallo", None)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("en", "Dear team,\n\nWe would like to register our delegation:\n\n1. Ms. Siti Rahmawati - Chairperson\n"
               "2. Mr. Agus Prasetyo - Legal Aid Coordinator\n\nMs. Siti and Mr. Agus would like to take the floor: Ms. Siti "
               "in the plenary session, and Mr. Agus in Roundtable 2.\n\nRegards,\nWulan\n",
         {"Siti Rahmawati": ("plenary",), "Agus Prasetyo": ("roundtable",)}),
        ("en", "Hello,\nour speakers:\n- Dr Omar Haddad, Director\n- Ms Lina Saleh, Researcher\n"
               "Dr Haddad would speak in roundtable 3; Ms Saleh as rapporteur.\nBest\n",
         {"Omar Haddad": ("roundtable",), "Lina Saleh": ("rapporteur",)}),
        ("fr", "Bonjour,\n\nNous proposons :\n- Mme Awa Diop, présidente\n- M. Karim Benali, chargé de plaidoyer\n\n"
               "Mme Diop interviendrait en plénière et M. Benali dans la table ronde 4.\n\nCordialement\n",
         {"Awa Diop": ("plenary",), "Karim Benali": ("roundtable",)}),
        ("fr", "Bonjour,\nnous souhaitons proposer :\n1) M. Karim Benali – président\n2) Mme Awa Diop – juriste\n"
               "M. Karim en TABLE RONDE 1 | Mme Awa comme rapporteuse.\nMerci\n",
         {"Karim Benali": ("roundtable",), "Awa Diop": ("rapporteur",)}),
        ("ar", "تحية طيبة،\n\nنرشح كلاً من:\n- الدكتور سامي عودة، مدير المركز\n- السيدة هدى خليل، باحثة\n\n"
               "على أن يتحدث الدكتور سامي في الجلسة العامة، والسيدة هدى في المائدة المستديرة الثانية.\n\nمع التحية\n",
         {"سامي عودة": ("plenary",), "هدى خليل": ("roundtable",)}),
        ("ar", "مرحباً\nنقترح:\n- السيد علي حسن – رئيس الجمعية\n- السيدة منى فرح – منسقة\n"
               "السيد حسن للجلسة العامة؛ السيدة فرح للمائدة المستديرة الرابعة.\nشكراً\n",
         {"علي حسن": ("plenary",), "منى فرح": ("roundtable",)}),
    ],
)
def test_roles_given_speaker_by_speaker_stay_with_each(rules: ExtractRules, language: str, body: str, expected: dict) -> None:
    """"Ms. Siti in the plenary, and Mr. Agus in Roundtable 2": each takes the role said of them, not both."""
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert {s.name: s.roles for s in speakers} == expected


@pytest.mark.parametrize(
    ("language", "body", "kept"),
    [
        ("en", "Dear team,\nour delegation:\n1. Ms. Siti Rahmawati - Chairperson\n2. Ms. Dewi Lestari - Volunteer\n"
               "Ms. Siti would like to speak in the plenary. Ms. Dewi will join as observer only.\n", "Siti Rahmawati"),
        ("fr", "Bonjour,\nnous proposons :\n- Mme Awa Diop, présidente\n- M. Karim Benali, juriste\n"
               "Mme Awa souhaite intervenir en plénière ; M. Karim participera en tant qu'observateur.\n", "Awa Diop"),
        ("ar", "تحية طيبة،\nنرشح:\n- السيدة هدى خليل، باحثة\n- السيد علي حسن، منسق\n"
               "ترغب السيدة هدى في مداخلة في الجلسة العامة، والسيد علي سيحضر بصفة مراقب.\n", "هدى خليل"),
    ],
)
def test_a_delegate_who_only_observes_is_no_speaker(rules: ExtractRules, language: str, body: str, kept: str) -> None:
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [s.name for s in speakers] == [kept]


@pytest.mark.parametrize(
    ("language", "body", "name"),
    [
        ("ar", "تتشرف جمعيتنا بترشيح الأستاذ عثمان الطيب محمد، مدير البرامج في الجمعية، للمشاركة بمداخلة في المائدة المستديرة "
               "الثالثة.\n\nالأستاذ عثمان يتابع منذ سنوات ملفات التعليم.\n", "عثمان الطيب محمد"),
        ("ar", "نرشح الدكتورة أمل عثمان الطاهر للمداخلة في الجلسة العامة.\nوقد أشرفت الدكتورة أمل على زيارات الرصد.\n",
         "أمل عثمان الطاهر"),
        ("en", "We nominate Mr. Kasun Wijeratne, Director, to speak in Roundtable 3. Mr. Kasun Has led our work on remittances.\n",
         "Kasun Wijeratne"),
    ],
)
def test_a_speaker_named_again_by_a_first_name_is_the_same_speaker(rules: ExtractRules, language: str, body: str, name: str) -> None:
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [s.name for s in speakers] == [name]


@pytest.mark.parametrize(
    ("language", "body", "title"),
    [
        ("en", "Dear Sir,\n\nI am Rashid Mehmood and I work as Welfare Secretary for Pakistani workers here in Muscat. I request "
               "to speak in Roundtable 1.\n\nThanks and regards,\nRashid Mehmood\nWelfare Secretary\nMuscat\n", "Welfare Secretary"),
        ("en", "Hello, I am Grace Mensah, Community Organiser for domestic workers in Beirut, and I would like to speak at the "
               "plenary.\n\nThank you for your cooperation.\nGrace Mensah\nCommunity Organiser\n", "Community Organiser"),
        ("fr", "Bonjour,\n\nJe suis Fatou Ndiaye, animatrice pour les femmes migrantes ici à Tunis, et je souhaite intervenir en "
               "plénière.\n\nMerci et bonne journée,\nFatou Ndiaye\nAnimatrice\n", "animatrice"),
        ("ar", "مرحباً،\nأنا سامي داود، منسق للعمال المهاجرين هنا في عمّان، وأرغب في المشاركة بمداخلة في الجلسة العامة.\n\n"
               "شكراً لتعاونكم،\nسامي داود\nمنسق\n", "منسق"),
    ],
)
def test_the_signed_title_over_a_title_run_on_into_a_description(rules: ExtractRules, language: str, body: str,
                                                                title: str) -> None:
    (s,) = _run(_mail(body, from_="Someone <s@example.org>"), rules, language=language).speakers
    assert _norm(s.title) == _norm(title)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("ar", "كما نرغب في أن يشارك مدير البرامج في المؤسسة، الدكتور أنس الحلبي، بمداخلة في المائدة المستديرة الثالثة.\n\n"
               "شكراً لتعاونكم،\nريم قباني\nمنسقة المشاريع\nمؤسسة روابط للمغتربين\n",
         ("أنس الحلبي", "مدير البرامج", "مؤسسة روابط للمغتربين")),
        ("ar", "نود أن تشارك منسقة المشاريع لدينا، السيدة هدى خليل، بكلمة في الجلسة العامة.\n\nمع التحية\nجمعية الأمل للهجرة\n",
         ("هدى خليل", "منسقة المشاريع", "جمعية الأمل للهجرة")),
    ],
)
def test_a_title_before_the_name_and_the_request_after_it(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    """"مدير البرامج في المؤسسة، الدكتور X، بمداخلة في ...": the title stands before the name, "بمداخلة" is the request."""
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("from_", "body", "name"),
    [
        ("Awa Kone <awa@example.org>", "Bonjour,\n\nJe souhaite intervenir dans la table ronde 3.\n\nMon nom : Awa Koné\n\nMerci,\nAwa\n",
         "Awa Koné"),
        ("Jose Nunez <j@example.org>", "Hello, this is José Núñez; I would like to speak in the plenary.\nThanks\n", "José Núñez"),
        ("Helene Leveque <h@example.org>", "Bonjour, je souhaite prendre la parole en plénière.\nHÉLÈNE LÉVÊQUE\n", "Helene Leveque"),
    ],
)
def test_a_name_keeps_the_accents_the_message_writes(rules: ExtractRules, from_: str, body: str, name: str) -> None:
    """The From line without accents, the body with them: the body's spelling (same letters and case)."""
    (s,) = _run(_mail(body, from_=from_), rules, language="fr").speakers
    assert s.name == name


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("ar", "تهديكم المفوضية الوطنية لحقوق الإنسان أطيب تحياتها، ويسرّ المفوضية أن ترشّح الدكتورة أمل الطاهر، عضو مجلس "
               "المفوضين ورئيسة لجنة حقوق المهاجرين، لتقديم مداخلة في المائدة المستديرة الثانية.\n",
         ("عضو مجلس المفوضين ورئيسة لجنة حقوق المهاجرين", "المفوضية الوطنية لحقوق الإنسان")),
        ("en", "The National Human Rights Commission is pleased to nominate Dr. Amal Taher, Member of the Board of Commissioners and "
               "Chair of the Committee on Migrants, to speak in roundtable 2.\n",
         ("Member of the Board of Commissioners and Chair of the Committee on Migrants", "National Human Rights Commission")),
        ("fr", "Bonjour,\nle Réseau Migrations Sahel propose Mme Amal Taher, membre du conseil des commissaires et "
               "présidente de la commission des migrants, pour intervenir en table ronde 2.\n",
         ("membre du conseil des commissaires et présidente de la commission des migrants", "Réseau Migrations Sahel")),
    ],
)
def test_two_posts_joined_by_and_are_one_title(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    """"Member of the Board and Chair of the Committee": both posts are the title; the organisation is the proposer."""
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "title"),
    [
        ("ar", "مرحبا\nأنا ميس العبادي، بشتغل منسقة ميدانية بمبادرة بيتنا للعاملات، وحابة أحكي بالنقاش المفتوح.\n", "منسقة ميدانية"),
        ("ar", "السلام عليكم\nأنا ميس العبادي، كنخدم منسقة فمبادرة بيتنا، وبغيت نشارك بمداخلة في الجلسة العامة.\n", "منسقة"),
        ("en", "Hi, I'm Grace Mensah, I'm working as a Field Coordinator with Domestic Workers Voice and would like to speak at the "
               "plenary.\n", "Field Coordinator"),
        ("fr", "Bonjour, je suis Awa Diop, je bosse comme coordinatrice à l'Association Pont des Rives et je souhaite intervenir en "
               "plénière.\n", "coordinatrice"),
    ],
)
def test_a_plain_or_dialect_work_verb_is_not_part_of_the_title(rules: ExtractRules, language: str, body: str, title: str) -> None:
    (s,) = _run(_mail(body, from_="Someone <s@example.org>"), rules, language=language).speakers
    assert s.title == title


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("en", "SLDIN is pleased to propose Mr. Kasun Wijeratne, our Director of Partnerships, as a speaker for Roundtable 3.\n\n"
               "Best regards,\nTharushi\nSri Lanka Diaspora Investment Network (SLDIN)\n",
         ("Director of Partnerships", "Sri Lanka Diaspora Investment Network (SLDIN)")),
        ("en", "We propose Ms. Lina Saleh, our Head of Research and Policy, to speak in the plenary.\n\nRegards\nLevant Migration Forum\n",
         ("Head of Research and Policy", "Levant Migration Forum")),
        ("fr", "Nous proposons Mme Awa Diop, notre Responsable des Programmes, pour intervenir en plénière.\n\nCordialement\n"
               "Réseau Migrations Sahel\n", ("Responsable des Programmes", "Réseau Migrations Sahel")),
    ],
)
def test_a_post_after_our_keeps_its_unit(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    """"our Director of Partnerships": the unit is part of the post, the organisation is the proposer's."""
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Bonjour,\nJe vous écris on behalf of notre directrice, Mme Joëlle Karam, Executive Director du Mouvement Anti-Kafala "
               "(MAK), basé à Beyrouth. Elle aimerait intervenir dans la roundtable 2.\n",
         ("Executive Director", "Mouvement Anti-Kafala (MAK)")),
        ("en", "We propose our director, Ms. Joelle Karam, Directrice exécutive de l'Association Amel, to speak in the plenary.\n",
         ("Directrice exécutive", "Association Amel")),
        ("fr", "Nous proposons notre présidente, Mme Awa Diop, President of the Sahel Migrants Network, pour la table ronde 1.\n",
         ("President", "Sahel Migrants Network")),
    ],
)
def test_a_possessive_title_then_the_post_in_full(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    """The same post twice, before the name and after it with its organisation (often in two languages): the full one."""
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("ar", "نود ترشيح كل من:\n- النائب الدكتور فرج المسماري، رئيس اللجنة، لإلقاء كلمة في الجلسة العامة؛\n"
               "- النائبة سعاد الورفلي، عضو اللجنة، للمداخلة في المائدة المستديرة الرابعة.\n",
         [("فرج المسماري", ("plenary",)), ("سعاد الورفلي", ("roundtable",))]),
        ("en", "We nominate the following:\n- Mayor Jane Doe, Chair of the Migration Committee, for the plenary\n"
               "- Mayor John Roe, Member of the Committee, for roundtable 4\n",
         [("Jane Doe", ("plenary",)), ("John Roe", ("roundtable",))]),
        ("fr", "Nous proposons les personnes suivantes :\n- Maire Awa Diop, présidente de la commission, pour la plénière\n"
               "- maire Karim Benali, membre de la commission, pour la table ronde 4\n",
         [("Awa Diop", ("plenary",)), ("Karim Benali", ("roundtable",))]),
    ],
)
def test_a_rank_before_the_name_in_a_list_item(rules: ExtractRules, language: str, body: str, expected: list) -> None:
    """"- النائبة سعاد الورفلي، ...", "- Mayor Jane Doe, ...": the rank addresses the person, each item is one speaker."""
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [(s.name, s.roles) for s in speakers] == expected


@pytest.mark.parametrize("body", [
    "نرشح السيدة سعاد الورفلي، مقررة اللجنة، للمداخلة في المائدة المستديرة الرابعة.\n",
    "نرشح السيدة سعاد الورفلي، مقرر الجمعية، للحديث في المائدة المستديرة الرابعة\n",
])
def test_the_rapporteur_of_a_body_is_a_post_not_the_role(rules: ExtractRules, body: str) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language="ar").speakers
    assert s.roles == ("roundtable",)


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Madame, Monsieur,\n\nJe souhaiterais intervenir lors de la séance plénière, au nom de notre Ambassade, sur la "
               "protection consulaire.\n\nCordialement,\n\nIssa Garba\nAttaché chargé des affaires sociales\nAmbassade du Niger\n",
         ("Issa Garba", "Attaché chargé des affaires sociales", ("plenary",))),
        ("fr", "Bonjour,\nau nom de notre Chambre, j'aimerais prendre la parole à la table ronde 2.\n\nBien à vous,\n\n"
               "Awa Kone\nChargée de mission\nChambre de commerce de Dakar\n",
         ("Awa Kone", "Chargée de mission", ("roundtable",))),
        ("en", "Dear team,\n\nOn behalf of our Embassy, I would like to take the floor in the plenary session.\n\nBest regards,\n\n"
               "John Okafor\nLabour Attaché\nEmbassy of Nigeria in Beirut\n",
         ("John Okafor", "Labour Attaché", ("plenary",))),
        ("en", "Hello,\nI would like to speak in roundtable 3 on behalf of our Chamber.\n\nKind regards,\n\n"
               "Mary Jones\nPolicy Adviser\nChamber of Commerce of Amman\n",
         ("Mary Jones", "Policy Adviser", ("roundtable",))),
        ("ar", "تحية طيبة،\n\nأرغب في المداخلة في الجلسة العامة باسم سفارتنا.\n\nمع التحية،\n\n"
               "سامي داود\nالملحق العمالي\nسفارة جمهورية السودان في بيروت\n",
         ("سامي داود", "الملحق العمالي", ("plenary",))),
    ],
)
def test_speaking_on_behalf_of_ones_own_body_is_the_sender(rules: ExtractRules, language: str, body: str, expected: tuple) -> None:
    """"au nom de notre Ambassade", "on behalf of our Chamber": the sender's own body, not someone else; the sender
    asks in the first person and is described by the signature."""
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert (s.name, s.title, s.roles) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Bonjour\nje m appelle Moussa Traore je suis secretaire a l organisation du Collectif des travailleurs maliens "
               "d Oran. je voudrais prendre la parole a la table ronde 2\nmerci\n",
         ("Moussa Traore", "secretaire a l organisation", "Collectif des travailleurs maliens d Oran")),
        ("fr", "bonjour je m'appelle Awa Diallo je suis coordinatrice du Réseau des femmes migrantes, je voudrais intervenir "
               "en plénière\n",
         ("Awa Diallo", "coordinatrice", "Réseau des femmes migrantes")),
        ("fr", "Bonsoir, Je M APPELLE Fatou Sow et je suis animatrice au Collectif des migrants de Rabat. j aimerais "
               "participer a la discussion ouverte svp\n",
         ("Fatou Sow", "animatrice", "Collectif des migrants de Rabat")),
        ("en", "hi i m John Okafor, coordinator of the Nigerian Workers Union. i d like to speak at roundtable 1\n",
         ("John Okafor", "coordinator", "Nigerian Workers Union")),
        ("ar", "مرحبا انا سامي داود واعمل منسق في شبكة الهجرة والتنمية وارغب في المداخلة في المائدة المستديرة الاولى\n",
         ("سامي داود", "منسق", "شبكة الهجرة والتنمية")),
    ],
)
def test_a_self_introduction_typed_without_apostrophes_or_stops(rules: ExtractRules, language: str, body: str,
                                                                expected: tuple) -> None:
    """"je m appelle X je suis Y du Z": typed on a phone, without apostrophes, accents or full stops."""
    (s,) = _run(_mail(body, from_="x <x@example.com>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("en", "Our members would like to take part:\n\n1. Karim Dabbous - President, SSMRS - open discussion\n"
               "2. Nour El Hage - Vice-President, SSMRS - open discussion\n3. Thi Lan Pham - PhD candidate in Sociology - Roundtable 3\n",
         [("Karim Dabbous", "President", ("open_discussion",)), ("Nour El Hage", "Vice-President", ("open_discussion",)),
          ("Thi Lan Pham", "PhD candidate in Sociology", ("roundtable",))]),
        ("en", "We propose the following speakers:\n- Rima Khoury | Programme Manager | Caritas Lebanon | plenary\n"
               "- John Roe / Legal Officer / Caritas Lebanon / roundtable 2\n",
         [("Rima Khoury", "Programme Manager", ("plenary",)), ("John Roe", "Legal Officer", ("roundtable",))]),
        ("fr", "Nous proposons les personnes suivantes :\n1) Awa Koné – coordinatrice – Réseau des femmes migrantes – plénière\n"
               "2) Fatou Sow – chargée de plaidoyer – Réseau des femmes migrantes – table ronde 2\n",
         [("Awa Koné", "coordinatrice", ("plenary",)), ("Fatou Sow", "chargée de plaidoyer", ("roundtable",))]),
        ("fr", "Voici nos intervenants pour la table ronde 2 :\n* Moussa Traore - secretaire general - Collectif des travailleurs maliens\n"
               "* Issa Diallo - tresorier - Collectif des travailleurs maliens\n",
         [("Moussa Traore", "secretaire general", ("roundtable",)), ("Issa Diallo", "tresorier", ("roundtable",))]),
        ("ar", "نرشح كلا من:\n1- السيد خليفة الزوي – عميد البلدية – للمداخلة في الجلسة العامة\n"
               "2- السيدة نجاة الفيتوري – رئيسة لجنة الهجرة – للمداخلة في المائدة المستديرة الثالثة\n",
         [("خليفة الزوي", "عميد البلدية", ("plenary",)), ("نجاة الفيتوري", "رئيسة لجنة الهجرة", ("roundtable",))]),
    ],
)
def test_a_numbered_list_of_name_title_org_with_dashes(rules: ExtractRules, language: str, body: str, expected: list) -> None:
    """"1. Name - Title, Org - role": a spaced dash, bar or slash separates the pieces of a list item as a comma does."""
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.roles) for s in speakers] == expected


@pytest.mark.parametrize(
    ("language", "new", "quoted", "expected"),
    [
        ("ar", "إلحاقًا برسالتي أدناه، نسيت ذكر المسمى الوظيفي للأستاذة رحاب:\nمنسقة وحدة التقاضي الاستراتيجي\n",
         "تود العيادة ترشيح الأستاذة رحاب فتحي عبد الحميد للمداخلة في المائدة المستديرة الثانية.",
         ("رحاب فتحي عبد الحميد", "منسقة وحدة التقاضي الاستراتيجي", ("roundtable",))),
        ("en", "Further to my message below, I forgot the job title of Ms. Smith:\nSenior Legal Officer\n",
         "We would like to nominate Ms. Jane Smith for roundtable 2.",
         ("Jane Smith", "Senior Legal Officer", ("roundtable",))),
        ("en", "Apologies, I left out Dr. Ali's title: Head of Research\n",
         "We nominate Dr. Omar Ali for the plenary.",
         ("Omar Ali", "Head of Research", ("plenary",))),
        ("fr", "Suite à mon message ci-dessous, j'ai oublié la fonction de Mme Diop :\nchargée de plaidoyer\n",
         "Nous proposons Mme Awa Diop pour la table ronde 3.",
         ("Awa Diop", "chargée de plaidoyer", ("roundtable",))),
    ],
)
def test_a_follow_up_gives_the_title_of_the_quoted_speaker(rules: ExtractRules, language: str, new: str, quoted: str,
                                                          expected: tuple) -> None:
    """A short reply adds the title after a colon, naming the speaker of the quoted message again (an Arabic honorific
    may carry a glued preposition: "للأستاذة رحاب")."""
    header = {"ar": "في الأربعاء، 3 فبراير 2021 في 12:19 م، كتب Someone <someone@example.org>:",
              "en": "On Wed, 3 Feb 2021 at 12:19, Someone <someone@example.org> wrote:",
              "fr": "Le mer. 3 févr. 2021 à 12:19, Someone <someone@example.org> a écrit :"}[language]
    body = f"{new}\nThanks,\nSomeone\n\n{header}\n> {quoted}\n"
    (s,) = _run(_mail(body, subject="Re: Invitation"), rules, language=language).speakers
    assert (s.name, s.title, s.roles) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Nous proposons deux intervenantes :\n\nMme Aminata SOW, Présidente du RTDMN ;\n\n"
               "Mme Mariama KANE, qui apportera son témoignage.\n\npour la table ronde 2.\n",
         ["Aminata SOW", "Mariama KANE"]),
        ("en", "Our two speakers:\n\nMs. Jane DOE, Chair of the Network;\n\nMr. John ROE, who will share his experience.\n\n"
               "Both for roundtable 2.\n",
         ["Jane DOE", "John ROE"]),
        ("ar", "نرشح المتحدثتين:\n\nالسيدة سعاد الورفلي، رئيسة الجمعية؛\n\nالسيدة نجاة الفيتوري، التي ستقدم شهادتها.\n\n"
               "للمداخلة في المائدة المستديرة الثانية.\n",
         ["سعاد الورفلي", "نجاة الفيتوري"]),
    ],
)
def test_a_speakers_label_over_several_people_keeps_them_all(rules: ExtractRules, language: str, body: str,
                                                             expected: list) -> None:
    """"deux intervenantes :" then one person per paragraph: not only the first one the label reads."""
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert [s.name for s in speakers] == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("en", "Our speaker would be Dr. Rima Saadeh-Khoury, Chair, Committee on Refugee and Migrant Health, Mount Lebanon "
               "Medical Association, for roundtable 3.\n",
         ("Rima Saadeh-Khoury", "Chair, Committee on Refugee and Migrant Health", "Mount Lebanon Medical Association")),
        ("en", "We nominate Mr. Omar Ali, Director, Department of Labour Migration, Ministry of Labour, for the plenary.\n",
         ("Omar Ali", "Director, Department of Labour Migration", "Ministry of Labour")),
        ("fr", "Nous proposons Mme Awa Diop, présidente, Comité des droits des étrangers, Barreau de Dakar, pour la table ronde 2.\n",
         ("Awa Diop", "présidente, Comité des droits des étrangers", "Barreau de Dakar")),
        ("ar", "نرشح السيدة نجاة الفيتوري، رئيسة، لجنة الهجرة، نقابة الأطباء، للمداخلة في المائدة المستديرة الثالثة.\n",
         ("نجاة الفيتوري", "رئيسة، لجنة الهجرة", "نقابة الأطباء")),
    ],
)
def test_a_unit_between_the_post_and_the_body_is_part_of_the_title(rules: ExtractRules, language: str, body: str,
                                                                   expected: tuple) -> None:
    """"Chair, Committee on X, Y Association": the post heads the unit of the body it belongs to."""
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        ("fr", "Madame, Monsieur,\n\nL'Association Terre d'Accueil a l'honneur de vous proposer la candidature de Mme Awa "
               "Diallo, chargée de plaidoyer, pour la séance plénière.\n\nNous vous prions d'agréer, Madame, Monsieur, "
               "l'expression de nos salutations distinguées.\n\nPère Antoine Kaboré\nDirecteur\nAssociation Terre d'Accueil\n\n"
               "« Accueillir, protéger, promouvoir et intégrer les migrants »\n",
         ("Awa Diallo", "Antoine Kaboré")),
        ("en", "Dear colleagues,\n\nThe Migrant Pastoral Centre is pleased to nominate Dr. Sara Haddad, Research Director, to "
               "speak in the plenary. Thank you for your consideration and best regards.\n\nFather John Mansour\nDirector\n"
               "Migrant Pastoral Centre\n\n\"Welcome, protect, promote and integrate every migrant\"\n",
         ("Sara Haddad", "John Mansour")),
        ("en", "Dear colleagues,\n\nThe Migrant Pastoral Centre is pleased to nominate Sister Mary Okafor, Programme "
               "Coordinator, to speak in the plenary.\n\nWe look forward to your reply. Thank you, and kind regards.\n"
               "Father John Mansour\nDirector\nMigrant Pastoral Centre\n",
         ("Mary Okafor", "John Mansour")),
        ("ar", "السادة المحترمون،\n\nيسر مركز رعاية المهاجرين أن يرشح الدكتورة سلمى حداد، مديرة البرامج، للمشاركة في الجلسة "
               "العامة. وتفضلوا بقبول فائق الاحترام، مع خالص التحية\n\nالأب يوسف نصر\nمدير\nمركز رعاية المهاجرين\n\n"
               "«معاً من أجل كرامة المهاجرين وحقوقهم في كل مكان»\n",
         ("سلمى حداد", "يوسف نصر")),
    ],
)
def test_the_name_after_a_closing_formula_signs_the_message(rules: ExtractRules, language: str, body: str,
                                                            expected: tuple) -> None:
    """A closing that ends a sentence ("... nos salutations distinguées."), then the sender's name with an honorific and
    a motto below: the sign-off is the sender, not one more speaker."""
    from intake.extract_signature import read_signature

    nominee, sender = expected
    parsed = _mail(body, from_="Office <office@example.org>")
    assert [s.name for s in _run(parsed, rules, language=language).speakers] == [nominee]
    assert read_signature(carry_forward(split(parsed.text), parsed.subject), rules).name == sender


def test_a_lower_case_link_inside_an_organisation_name_keeps_it_whole(rules: ExtractRules) -> None:
    from intake.extract_orgs import org_runs
    from intake.extract_values import spelled_acronyms

    # the words an acronym's letters skip link the words of a name ("aux"); "al" links them too, but an acronym counts it
    assert org_runs("Le Comité de Soutien aux Migrants propose Mme Nadia Benali.", rules) == [(0, "Le Comité de Soutien aux Migrants")]
    assert org_runs("The Dar al Amal Association nominates Ms. Hana Saleh.", rules) == [(0, "The Dar al Amal Association")]
    assert spelled_acronyms("The Association Al Amal (AAA) nominates Ms. Hana Saleh.", rules) == {"AAA": "Association Al Amal"}


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a town glued to a local association's name with "ب" is part of it
        ("تقترح جمعية التضامن بصفاقس السيدة", "جمعية التضامن بصفاقس"),
        # after a separate "في" it says where the association is
        ("تتشرف جمعية الجالية السودانية للتكافل في عمّان بترشيح", "جمعية الجالية السودانية للتكافل"),
        # "علي" (Ali) is a name, not the particle "على" folded
        ("تقدم جمعية علي الخيرية مرشحها", "جمعية علي الخيرية"),
    ],
)
def test_an_arabic_organisation_name_with_its_town_or_a_person_s_name(rules: ExtractRules, clause: str, expected: str) -> None:
    from intake.extract_orgs import arabic_org

    assert rules.glued_place_links == {"ب"}
    assert "علي" not in rules.function_words  # "على" folded, which the particles leave out
    assert arabic_org(clause, rules) == expected


@pytest.mark.parametrize(
    ("phrase", "post", "person"),
    [
        ("our Director of Partnerships", True, True),
        ("notre secrétaire générale", True, True),
        ("notre membre", False, True),
        ("our members", False, True),
        ("our speaker", False, True),
        ("notre Ambassade", False, False),
        ("the Director", False, False),
    ],
)
def test_a_possessive_and_a_post_or_a_person(rules: ExtractRules, phrase: str, post: bool, person: bool) -> None:
    from intake.extract_orgs import possessive_post
    from intake.extract_prose import _possessive_person

    assert possessive_post(phrase, rules) is post
    assert _possessive_person(phrase, rules) is person


@pytest.mark.parametrize(
    ("word", "expected"),
    [("للدكتورة", "الدكتورة"), ("بالسيد", "السيد"), ("والدكتورة", "الدكتورة"), ("فالأستاذة", "الأستاذة"),
     ("السيدة", "السيدة"), ("بلال", "بلال")],
)
def test_a_preposition_glued_to_an_arabic_honorific_is_read_off(word: str, expected: str) -> None:
    from intake.extract_prose import unglued

    assert unglued(word) == expected


def test_an_honorific_after_a_glued_preposition_names_a_speaker(rules: ExtractRules) -> None:
    from intake.extract_prose import _honorific_mentions

    line = "نرحب بالدكتورة هدى سالم متحدثةً في الجلسة العامة."
    assert [c.name for c in _honorific_mentions(line, rules, "prose", {})] == ["هدى سالم"]


def test_a_lawyer_addressed_as_adv_is_named_without_it(rules: ExtractRules) -> None:
    """"Adv." (Advocate) and "Engr." are how South Asian senders address a lawyer and an engineer."""
    body = ("Please register our speaker for roundtable 4:\n\n"
            "Adv. Imran Yousaf Butt / Legal Officer / Overseas Pakistanis Legal Aid Forum (OPLAF)\n\nRegards\nImran")
    (s,) = _run(_mail(body, from_="Imran <imran@example.org>"), rules).speakers
    assert (s.name, s.honorific, s.title, s.affiliation) == (
        "Imran Yousaf Butt", "Adv.", "Legal Officer", "Overseas Pakistanis Legal Aid Forum (OPLAF)")


def test_an_arrow_separates_a_speaker_from_the_session(rules: ExtractRules) -> None:
    body = ("We would like to propose the following speakers:\n\n"
            "1. Mr. Peter Okello, Chairperson, Horn Workers Forum -> Roundtable 1\n"
            "2. Ms. Selam Berhane, Community Paralegal, EAMWN-Gulf → Open discussion of the consultation on 23 Feb\n\n"
            "Kind regards,\nEsther")
    speakers = _run(_mail(body, from_="Esther <esther@example.org>"), rules).speakers
    assert [(s.name, s.affiliation, s.roles) for s in speakers] == [
        ("Peter Okello", "Horn Workers Forum", ("roundtable",)), ("Selam Berhane", "EAMWN-Gulf", ("open_discussion",))]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("يسر الهيئة الوطنية أن ترشح السيد محمد الأمين ولد أحمدو، نائب الرئيس المكلف بملف الهجرة، للمشاركة في النقاش المفتوح.",
         "محمد الأمين ولد أحمدو", "نائب الرئيس المكلف بملف الهجرة"),
        ("نرشح الأستاذ محمد الأمين سيدي محمد، منسق البرامج، للمداخلة في الجلسة العامة.", "محمد الأمين سيدي محمد", "منسق البرامج"),
        ("نرشح السيدة فاطمة الامين أحمد للمشاركة في النقاش المفتوح.", "فاطمة الامين أحمد", None),
        ("نقترح الدكتور سيدي الأمين ولد محمد - باحث في الهجرة - للمشاركة في الجلسة العامة.", "سيدي الأمين ولد محمد", None),
        # a title after the name goes on with its own complement: "الأمين العام", "المدير التنفيذي"
        ("نرشح الأستاذ محمد سالم الأمين العام للجمعية للمشاركة في الجلسة العامة.", "محمد سالم", None),
        ("نرشح السيد علي حسن المدير التنفيذي للمشاركة في الجلسة العامة.", "علي حسن", None),
    ],
)
def test_a_title_word_inside_an_arabic_name_is_part_of_it(rules: ExtractRules, sentence: str, name: str,
                                                           title: str | None) -> None:
    (s,) = _run(_mail(f"السادة المحترمون،\n\n{sentence}\n\nمع التحية،\nيوسف الحربي\n"), rules, language="ar").speakers
    assert s.name == name
    if title:
        assert s.title == title


@pytest.mark.parametrize(
    ("body", "language", "title", "affiliation"),
    [
        ("Monsieur,\n\nnotre Département a désigné M. Mohamed Ould Sidi, Directeur de la Migration et des Mauritaniens de "
         "l'Extérieur au Ministère de l'Emploi, de la Formation Professionnelle et des Migrations, pour intervenir lors de la "
         "table ronde n° 1.\n\nLe Secrétaire Général",
         "fr", "Directeur de la Migration et des Mauritaniens de l'Extérieur",
         "Ministère de l'Emploi, de la Formation Professionnelle et des Migrations"),
        ("Bonjour,\nNous proposons Mme Awa Diallo - Cheffe de la Division des Migrations à la Direction Générale des Affaires "
         "Consulaires du Ministère des Affaires Étrangères - pour la table ronde 2.\nCordialement",
         "fr", "Cheffe de la Division des Migrations",
         "Direction Générale des Affaires Consulaires du Ministère des Affaires Étrangères"),
        ("Madame, Monsieur,\n\nJ'ai l'honneur de designer M. Karim Haddad, Conseiller Technique charge de la Diaspora au "
         "Ministere des Affaires Sociales, de la Solidarite et des Tunisiens Residents, pour intervenir en pleniere.\n",
         "fr", "Conseiller Technique charge de la Diaspora",
         "Ministere des Affaires Sociales, de la Solidarite et des Tunisiens Residents"),
        ("Dear colleagues,\n\nThe Ministry nominates Ms. Jane Roe, Director of the Migration Department at the Ministry of "
         "Labour, Vocational Training and Migration, to speak in the plenary.\n\nRegards",
         "en", "Director of the Migration Department", "Ministry of Labour, Vocational Training and Migration"),
        ("السادة المحترمون،\n\nتتشرف الوزارة بترشيح السيد أحمد علي حسن، مدير إدارة الهجرة بوزارة العمل والتكوين المهني، "
         "للمداخلة في الجلسة العامة.\n",
         "ar", "مدير إدارة الهجرة", "وزارة العمل والتكوين المهني"),
    ],
)
def test_a_post_in_a_ministry_splits_where_the_ministry_begins(rules: ExtractRules, body: str, language: str, title: str,
                                                                affiliation: str) -> None:
    """'Directeur de la Migration ... au Ministère de l'Emploi, de la Formation ...': the post names its directorate;
    the ministry begins after 'au' and goes on through the portfolios its name lists after commas."""
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert (s.title, s.affiliation) == (title, affiliation)


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("Dear Madam/Sir,\n\nWe propose:\n\n1. Prof. Idris Bukhatwa (Director, Migration Health Unit,\n   Faculty of Medicine, "
         "Al-Wahat University) - floor intervention in\n   the plenary;\n",
         "en", "Migration Health Unit, Faculty of Medicine, Al-Wahat University"),
        ("Hello,\nwe nominate Dr. Sara Malik, Research Fellow, Legal Aid Unit, Faculty of Law, Cedar Valley University, to "
         "speak at roundtable 3.\nThanks",
         "en", "Legal Aid Unit, Faculty of Law, Cedar Valley University"),
        ("Madame, Monsieur,\n\nNous proposons Mme Leila Haddad | Chargée de recherche | Cellule Migrations | Faculté des "
         "Sciences Sociales | Université de Sfax | pour la table ronde 4.\n",
         "fr", "Cellule Migrations, Faculté des Sciences Sociales, Université de Sfax"),
        ("Bonjour,\nnous proposons Mme Nadia Ferchichi, chercheuse, Unite de recherche Migrations, Faculte des Lettres, "
         "Universite de la Manouba, pour la table ronde 2.\n",
         "fr", "Unite de recherche Migrations, Faculte des Lettres, Universite de la Manouba"),
    ],
)
def test_a_unit_goes_on_with_the_bodies_it_belongs_to(rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    """'Director, Migration Health Unit, Faculty of Medicine, Al-Wahat University': the unit, then the bodies above it."""
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert s.affiliation == affiliation


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Dear colleagues,\n\nWe would like to propose the following speaker:\n\n+-------------+---------------------------+\n"
         "| Name        | Dr. Amal Haddad           |\n| Title       | Director of Programmes    |\n"
         "| Organization| Migrant Aid Network       |\n| Session     | Roundtable 2              |\n"
         "+-------------+---------------------------+\n\nBest regards\n",
         "en", ("Amal Haddad", "Director of Programmes", "Migrant Aid Network", ("roundtable",))),
        ("Hello,\n\nOur nominee:\n\n| Name | Position | Organisation | Role |\n|------|----------|--------------|------|\n"
         "| Mr. John Okello | Policy Officer | East Africa Migrant Forum | plenary |\n\nThanks,\nMary\n",
         "en", ("John Okello", "Policy Officer", "East Africa Migrant Forum", ("plenary",))),
        ("Dear team,\n\nPlease find the details below.\n\n│ Speaker name │ Ms. Priya Raman              │\n"
         "│ Job title    │ Senior Researcher, Labour    │\n│              │ Mobility Programme           │\n"
         "│ Institution  │ Centre for Migration Studies │\n\nKind regards\n",
         "en", ("Priya Raman", "Senior Researcher, Labour Mobility Programme", "Centre for Migration Studies", ())),
        ("Madame, Monsieur,\n\nVoici notre candidate :\n\n+------------+--------------------------+\n"
         "| Nom        | Mme Fatou Ndiaye         |\n| Fonction   | Presidente               |\n"
         "| Structure  | Association des femmes   |\n|            | migrantes de Dakar       |\n"
         "+------------+--------------------------+\n\nCordialement\n",
         "fr", ("Fatou Ndiaye", "Presidente", "Association des femmes migrantes de Dakar", ())),
        ("Bonjour,\n\n| Nom et prénom | Titre | Organisation | Session |\n| --- | --- | --- | --- |\n"
         "| M. Jean Mballa | Secretaire general | Reseau des migrants | table ronde 3 |\n\nMerci\n",
         "fr", ("Jean Mballa", "Secretaire general", "Reseau des migrants", ("roundtable",))),
        ("Bonjour,\n\nNous proposons :\n|Nom|Pr. Karim Benali|\n|Fonction|Professeur de droit|\n|Organisme|Université d'Oran|\n\n"
         "Salutations\n",
         "fr", ("Karim Benali", "Professeur de droit", "Université d'Oran", ())),
        ("السادة المحترمون،\n\nنرشح للمداخلة:\n\n+---------+------------------------+\n| الاسم   | السيدة ليلى حداد       |\n"
         "| المنصب  | مديرة البرامج          |\n| الجهة   | جمعية دعم العمال المهاجرين |\n+---------+------------------------+\n\n"
         "مع التحية\n",
         "ar", ("ليلى حداد", "مديرة البرامج", "جمعية دعم العمال المهاجرين", ())),
        ("تحية طيبة،\n\n| الاسم | الصفة | المنظمة | الجلسة |\n|---|---|---|---|\n"
         "| الدكتور سامي النجار | رئيس الشبكة | الشبكة العربية للهجرة | المائدة المستديرة 2 |\n\nشكرا\n",
         "ar", ("سامي النجار", "رئيس الشبكة", "الشبكة العربية للهجرة", ("roundtable",))),
        ("مرحبا،\n\nاسم المتحدث | الأستاذة هدى العلي\nالمسمى الوظيفي | منسقة المشاريع\nالمؤسسة | مركز الهجرة والتنمية\n\n"
         "مع الشكر\n",
         "ar", ("هدى العلي", "منسقة المشاريع", "مركز الهجرة والتنمية", ())),
    ],
)
def test_a_table_drawn_in_plain_text_is_read_as_a_table(rules: ExtractRules, body: str, language: str,
                                                         expected: tuple[str, str, str, tuple[str, ...]]) -> None:
    """Cells between bars, ruled lines or not, label/value rows or a header row; a row with an empty first cell goes on
    with the value above it."""
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation, s.roles) == expected


@pytest.mark.parametrize(
    ("body", "language", "title", "affiliation"),
    [
        ("Dear colleagues,\n\nWe propose Ms. Salma Idrissi, our Programme Specialist a.i. for Gender and Labour Migration at UN "
         "Women, as rapporteur.\n\nBest regards\nIngrid",
         "en", "Programme Specialist a.i. for Gender and Labour Migration", "UN Women"),
        ("Dear all,\n\nWe nominate Mr. Tom Berg, Head of Office a.i., Migrant Rights Centre, for roundtable 2.\n\nThanks",
         "en", "Head of Office a.i.", "Migrant Rights Centre"),
        ("Dear team,\n\nI am Dr. Nina Park, Country Director A.I. of the Migrant Workers Association, and would like to speak "
         "in the plenary.\n\nRegards\nNina",
         "en", "Country Director A.I.", "Migrant Workers Association"),
        ("Madame,\n\nNous proposons Mme Awa Sow, Directrice p.i. du Centre d'accueil des migrants, pour la table ronde 1.\n\n"
         "Cordialement",
         "fr", "Directrice p.i.", "Centre d'accueil des migrants"),
        ("Madame,\n\nNous proposons M. Ali Kane, Chef de programme a.i. chargé de la protection au Réseau Migrants, pour la "
         "plénière.\n\nCordialement",
         "fr", "Chef de programme a.i. chargé de la protection", "Réseau Migrants"),
        ("Bonjour,\n\nje suis Mme Rokia Traore, secretaire executive p.i. de l'Association des travailleurs migrants, et je "
         "souhaite intervenir a la table ronde 2.\n\nRokia",
         "fr", "secretaire executive p.i.", "Association des travailleurs migrants"),
    ],
)
def test_a_dotted_abbreviation_in_a_title_does_not_end_the_sentence(rules: ExtractRules, body: str, language: str,
                                                                     title: str, affiliation: str) -> None:
    """'Programme Specialist a.i. for Gender ...', 'Directrice p.i. du Centre ...': letters each followed by a period
    abbreviate ("ad interim", "par intérim"); the title and the sentence go on after them, and a title that ends on one
    keeps its last period."""
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert (s.title, s.affiliation) == (title, affiliation)


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("Dear GCM team,\n\nI am Muhammad Arshad, Deputy General Secretary of the Pakistani Workers Welfare Forum (PWWF), Riyadh "
         "Chapter. I would like to make a floor intervention in Roundtable 1.\n\nRegards\nM. Arshad",
         "en", "Pakistani Workers Welfare Forum (PWWF), Riyadh Chapter"),
        ("Dear colleagues,\n\nWe propose Ms. Grace Mensah, Coordinator, Ghana Migrants Association - Doha Branch, for the "
         "plenary.\n\nBest",
         "en", "Ghana Migrants Association - Doha Branch"),
        ("Hello,\n\nWe nominate Mr. Ravi Kumar, President of the Indian Workers Forum, Dubai chapter, to speak at roundtable 2.\n\n"
         "Thanks",
         "en", "Indian Workers Forum, Dubai chapter"),
        ("Dear team,\n\nName: Ms. Ana Cruz\nTitle: Vice-President\nOrganisation: Filipino Workers Network, Kuwait Chapter\n"
         "Role: plenary\n",
         "en", "Filipino Workers Network, Kuwait Chapter"),
        ("Dear team,\n\nI would like to speak in roundtable 2.\n\nBest regards,\nJohn Mwangi\nChairperson\n"
         "Kenya Diaspora Alliance, Jeddah Chapter\n+966 55 123 4567",
         "en", "Kenya Diaspora Alliance, Jeddah Chapter"),
        ("Madame, Monsieur,\n\nNous proposons M. Paul Nkeng, secrétaire général adjoint du Collectif des migrants camerounais "
         "(CMC), section de Tanger, pour la table ronde 1.\n\nCordialement",
         "fr", "Collectif des migrants camerounais (CMC), section de Tanger"),
        ("Bonjour,\n\nje suis Mme Aminata Diop, présidente de l'Association des Sénégalais du Maroc, antenne de Casablanca, et je "
         "souhaite intervenir en plénière.\n\nAminata",
         "fr", "Association des Sénégalais du Maroc, antenne de Casablanca"),
        ("Madame,\n\nNous proposons Mme Fanta Keita, tresoriere de la Federation des migrants maliens – section de Rabat, pour "
         "la pleniere.\n\nCordialement",
         "fr", "Federation des migrants maliens – section de Rabat"),
        ("Bonjour,\n\nNom : M. Ibou Fall\nFonction : Trésorier\nOrganisation : Association des Sénégalais, section de Rabat\n",
         "fr", "Association des Sénégalais, section de Rabat"),
        ("السادة المحترمون،\n\nنرشح السيد أحمد علي، نائب رئيس جمعية العمال المصريين، فرع الرياض، للمداخلة في الجلسة العامة.\n\n"
         "مع التحية",
         "ar", "جمعية العمال المصريين، فرع الرياض"),
        ("تحية طيبة،\n\nأنا فاطمة حسن، منسقة رابطة العاملات المهاجرات - فرع بيروت، وأرغب في المشاركة في المائدة المستديرة 2.\n\n"
         "فاطمة",
         "ar", "رابطة العاملات المهاجرات - فرع بيروت"),
        ("مرحبا،\n\nنقترح الأستاذ خالد يوسف، أمين سر الاتحاد العام للعمال السودانيين (فرع جدة)، متحدثا في الجلسة العامة.\n\nشكرا",
         "ar", "الاتحاد العام للعمال السودانيين (فرع جدة)"),
    ],
)
def test_a_branch_named_for_its_place_stays_with_its_body(rules: ExtractRules, body: str, language: str,
                                                          affiliation: str) -> None:
    """'X Forum (XF), Riyadh Chapter', 'Collectif Y, section de Tanger', 'جمعية Z، فرع الرياض': a unit word with a place
    names the body's branch there, not an address to drop."""
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert s.affiliation == affiliation


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("Dear colleagues,\n\nWe propose Ms. Grace Mensah, Coordinator, Ghana Migrants Association - Gulf Branch, for the "
         "plenary.\n\nBest",
         "en", "Ghana Migrants Association - Gulf Branch"),
        ("Hello,\n\nWe nominate Mr. Ravi Kumar, President of the Indian Workers Forum, Zaatari chapter, to speak at roundtable "
         "2.\n\nThanks",
         "en", "Indian Workers Forum, Zaatari chapter"),
        ("Madame,\n\nNous proposons Mme Fanta Keita, trésorière de la Fédération des migrants maliens – antenne de Kénitra, "
         "pour la plénière.\n\nCordialement",
         "fr", "Fédération des migrants maliens – antenne de Kénitra"),
        ("تحية طيبة،\n\nأنا فاطمة حسن، منسقة رابطة العاملات المهاجرات - فرع الزرقاء، وأرغب في المشاركة في المائدة المستديرة "
         "2.\n\nفاطمة",
         "ar", "رابطة العاملات المهاجرات - فرع الزرقاء"),
    ],
)
def test_a_branch_named_for_a_place_the_list_lacks_stays_with_its_body(rules: ExtractRules, body: str, language: str,
                                                                       affiliation: str) -> None:
    """After a word that only names a branch ("Branch", "chapter", "antenne", "فرع"), a town or region the places list
    lacks ("Gulf", "Zaatari", "Kénitra", "الزرقاء") still names the body's branch there."""
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert s.affiliation == affiliation


@pytest.mark.parametrize(
    ("body", "language", "honorific", "name"),
    [
        ("السادة المحترمون،\n\nنرشح لذلك:\n\nالاسم: الفاضلة/ شيخة بنت سالم الحارثية\nالمسمى الوظيفي: نائبة مدير الدائرة\n"
         "جهة العمل: وزارة العمل\n\nمع التحية",
         "ar", "الفاضلة", "شيخة بنت سالم الحارثية"),
        ("السادة المحترمون،\n\nالاسم: المكرم/حمد بن علي الهنائي\nالمنصب: مدير دائرة الاستقدام\n", "ar", "المكرم", "حمد بن علي الهنائي"),
        ("تحية طيبة،\n\n| الاسم | الفاضل/ سعيد بن راشد الكندي |\n| الصفة | رئيس قسم التشغيل |\n| الجهة | وزارة العمل |\n",
         "ar", "الفاضل", "سعيد بن راشد الكندي"),
        ("السادة الكرام،\n\nنرشح الحاجة فاطمة الزهراء العلوي، رئيسة جمعية الأمل، للمداخلة في الجلسة العامة.\n\nشكرا",
         "ar", "الحاجة", "فاطمة الزهراء العلوي"),
        ("Dear Sir/Madam\n\nI would like to request to speak at the plenary session.\n\nName: Daw Khin Myat Noe\n"
         "Title: Community Health Volunteer\n\nThank you",
         "en", "Daw", "Khin Myat Noe"),
        ("Dear team,\n\nName: Shri Ramesh Kumar\nPosition: Welfare Officer\nOrganisation: Indian Community Welfare Fund\n",
         "en", "Shri", "Ramesh Kumar"),
        ("Dear all,\n\nWe propose Smt. Lakshmi Nair, Coordinator of the Kerala Migrant Women Forum, for roundtable 3.\n\nBest",
         "en", "Smt.", "Lakshmi Nair"),
        ("Bonjour,\n\nNom : Daw Su Su Hlaing\nFonction : animatrice communautaire\nOrganisation : Association des femmes "
         "birmanes\n",
         "fr", "Daw", "Su Su Hlaing"),
        ("Madame,\n\nNous proposons Shri Anil Menon, président de l'Association des travailleurs indiens, pour la table ronde "
         "2.\n\nCordialement",
         "fr", "Shri", "Anil Menon"),
        ("Bonjour,\n\n| Nom et prénom | Smt. Radha Pillai |\n| Fonction | Coordinatrice |\n| Structure | Réseau des migrantes "
         "du Kerala |\n",
         "fr", "Smt.", "Radha Pillai"),
    ],
)
def test_a_form_of_address_is_not_part_of_the_name(rules: ExtractRules, body: str, language: str, honorific: str,
                                                   name: str) -> None:
    """The region's and its migrant communities' forms of address ("الحاجة X", "Daw X", "Shri X"), and in a name value
    any word the sender marks with a slash ("الفاضلة/ X", "المكرم/X"), go to the honorific."""
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert (s.honorific, s.name) == (honorific, name)


@pytest.mark.parametrize(
    ("body", "language", "names"),
    [
        ("السادة المحترمون،\n\nنرغب في المشاركة بمداخلة في المائدة المستديرة الثانية.\n\nالمتحدث: السيد خالد يوسف الحسن\n"
         "الصفة: مدير المركز\nالجهة: مركز دعم العمال المهاجرين\n\nمع الشكر\n\n-----\n\nDear Review Team,\n\nWe would like to "
         "request a floor intervention in Roundtable 2.\n\nSpeaker: Mr. Khalid Youssef Al-Hassan\nTitle: Centre Manager\n"
         "Organization: Migrant Workers Support Centre\n\nBest regards,\nSara",
         "ar", ["خالد يوسف الحسن"]),
        ("Dear colleagues,\n\nWe propose Dr. Fatima Zahra Benali, Director of the Migration Observatory, for the plenary.\n\n"
         "---\n\nالسادة الكرام،\n\nنقترح الدكتورة فاطمة الزهراء بن علي، مديرة مرصد الهجرة، للجلسة العامة.\n\nWith thanks / مع الشكر",
         "en", ["Fatima Zahra Benali"]),
        ("Madame, Monsieur,\n\nNous proposons M. Mohamed Cherif Haddad, président de l'Association des migrants, pour la table "
         "ronde 1.\n\nالسادة المحترمون،\n\nنقترح السيد محمد الشريف حداد، رئيس جمعية المهاجرين، للمائدة المستديرة الأولى.\n\n"
         "Cordialement",
         "fr", ["Mohamed Cherif Haddad"]),
        ("Dear team,\n\nWe propose two speakers: Mr. Ahmed Ali for the plenary and Ms. Leila Haddad for roundtable 2.\n\n"
         "ونقترح كذلك السيد سامي النجار للمائدة المستديرة 3.\n\nThanks",
         "en", ["Ahmed Ali", "Leila Haddad", "سامي النجار"]),
    ],
)
def test_a_speaker_named_in_both_scripts_of_a_bilingual_message_is_one(rules: ExtractRules, body: str, language: str,
                                                                      names: list[str]) -> None:
    """'عوض الكريم محمد الطيب' then 'Awad Elkarim Mohamed Eltayeb': the same consonants in the other script are the same
    person named again; other names in the other script stay other speakers."""
    assert [s.name for s in _run(_mail(body), rules, language=language).speakers] == names


@pytest.mark.parametrize(
    ("body", "language", "speakers"),
    [
        ("Madame, Monsieur,\n\nNous vous proposons deux intervenants :\n\n- M. Abdelkader Mebarki, Secrétaire général de la "
         "Fédération, pour la séance plénière ;\n- notre camarade Nourredine Zerrouki, docker au port d'Oran, pour la table "
         "ronde n° 2.\n\nSalutations syndicales",
         "fr", [("Abdelkader Mebarki", None), ("Nourredine Zerrouki", 2)]),
        ("Bonjour,\n\nNos deux intervenantes :\n1) Mme Awa Diallo, présidente, en plénière\n2) notre adhérente Fatou Sarr – "
         "table ronde 3\n\nMerci",
         "fr", [("Awa Diallo", None), ("Fatou Sarr", 3)]),
        ("Madame,\n\nnous proposons Mme Aicha Kone pour la pleniere et notre membre Salif Traore pour la table ronde 1.\n\n"
         "Cordialement",
         "fr", [("Aicha Kone", None), ("Salif Traore", 1)]),
        ("Dear team,\n\nWe propose two speakers:\n- Mr. John Okello, General Secretary, for the plenary;\n- our comrade Peter "
         "Mwangi, a dock worker in Mombasa, for roundtable 2.\n\nIn solidarity",
         "en", [("John Okello", None), ("Peter Mwangi", 2)]),
        ("Dear all,\n\nOur speakers:\n* Ms. Grace Achieng (Chair) - plenary\n* our member Joyce Wanjiru - roundtable 1\n\nThanks",
         "en", [("Grace Achieng", None), ("Joyce Wanjiru", 1)]),
        ("Hello,\n\nWe nominate Dr. Sam Lee for the plenary and our friend Maria Santos for roundtable 4.\n\nBest",
         "en", [("Sam Lee", None), ("Maria Santos", 4)]),
        ("السادة المحترمون،\n\nنقترح متحدثين:\n- السيد أحمد علي، الأمين العام، للجلسة العامة؛\n- رفيقنا محمود حسن، عامل في ميناء "
         "الإسكندرية، للمائدة المستديرة 2.\n\nمع التحية",
         "ar", [("أحمد علي", None), ("محمود حسن", 2)]),
        ("تحية طيبة،\n\nنرشح:\n1. الدكتورة سلمى يوسف – الجلسة العامة\n2. عضونا الأستاذ كريم سالم – المائدة المستديرة 3\n\nشكرا",
         "ar", [("سلمى يوسف", None), ("كريم سالم", 3)]),
        ("مرحبا،\n\nنقترح السيدة ليلى حسن للجلسة العامة، ورفيقتنا السيدة سعاد علي للمائدة المستديرة 1.\n\nمع الشكر",
         "ar", [("ليلى حسن", None), ("سعاد علي", 1)]),
    ],
)
def test_a_fellow_member_named_without_honorific_is_a_speaker(rules: ExtractRules, body: str, language: str,
                                                              speakers: list[tuple[str, int | None]]) -> None:
    """'notre camarade X', 'our comrade X', 'رفيقنا X': how unions and associations name one of their own leads to the
    speaker as "my colleague X" does."""
    assert [(s.name, s.roundtable) for s in _run(_mail(body), rules, language=language).speakers] == speakers


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Dear colleagues,\n\nThe intervention in Roundtable 1 would be delivered by the undersigned.\n\n"
         "With best regards,\nAnjali\n\n________________________________________\nAnjali Wickramasinghe\n"
         "Senior Specialist on Labour Migration\nILO Regional Office for Arab States\nBeirut, Lebanon\n"
         "Tel: +961 1 752 400\n\n",
         "en", ("Anjali Wickramasinghe", "Senior Specialist on Labour Migration", "ILO Regional Office for Arab States")),
        ("Hello,\n\nI would like to request a floor intervention in the plenary on behalf of my office.\n\n"
         "Kind regards,\nTom\n\n_____________\nTom Becker\n"
         "Programme Officer | UNHCR Country Office in Yemen\nMobile: +967 711 000 111\n\n",
         "en", ("Tom Becker", "Programme Officer", "UNHCR Country Office in Yemen")),
        ("Dear team,\n\nI wish to speak at roundtable 3, as discussed.\n\nBest,\nLina\n__________\n"
         "Dr. Lina Haddad\nMigration Health Officer\nWorld Health Organization, Amman\n\n",
         "en", ("Lina Haddad", "Migration Health Officer", "World Health Organization")),
        ("Madame, Monsieur,\n\nJe souhaite intervenir lors de la table ronde 2 au nom de notre bureau.\n\n"
         "Bien cordialement,\nClaire\n\n________________________________\nClaire Dubois\n"
         "Chargée de programme migration\nBureau régional de l'OIT pour l'Afrique du Nord\n"
         "Tél. : +20 2 2735 0123\n\n",
         "fr", ("Claire Dubois", "Chargée de programme migration", "Bureau régional de l'OIT pour l'Afrique du Nord")),
        ("Bonjour,\n\nJe voudrais prendre la parole en plénière.\n\nCordialement,\nMamadou\n_______\n"
         "Mamadou Sy\nCoordonnateur national\nRéseau Migration et Développement\nDakar, Sénégal\n\n",
         "fr", ("Mamadou Sy", "Coordonnateur national", "Réseau Migration et Développement")),
        ("Madame,\n\nJe souhaite intervenir a la table ronde 4.\n\nSalutations,\nNadia\n\n"
         "______________________\nNadia Ben Salah\nResponsable plaidoyer\n"
         "Fédération des Tunisiens pour une Citoyenneté des deux Rives\n\n",
         "fr", ("Nadia Ben Salah", "Responsable plaidoyer", "Fédération des Tunisiens pour une Citoyenneté des deux Rives")),
        ("السادة المحترمون،\n\nأرغب في تقديم مداخلة في المائدة المستديرة الثانية.\n\nمع خالص التحية،\nسلمى\n"
         "\n____________________\nسلمى الخطيب\nمسؤولة برامج الهجرة\n"
         "المكتب الإقليمي لمنظمة العمل الدولية للدول العربية\nبيروت، لبنان\n\n",
         "ar", ("سلمى الخطيب", "مسؤولة برامج الهجرة", "المكتب الإقليمي لمنظمة العمل الدولية للدول العربية")),
        ("تحية طيبة،\n\nأود المشاركة بمداخلة في الجلسة العامة.\n\nشكرا،\nكريم\n__________\nكريم منصور\n"
         "منسق المشاريع\nجمعية دعم العمال المهاجرين\nهاتف: 0096170123456\n\n",
         "ar", ("كريم منصور", "منسق المشاريع", "جمعية دعم العمال المهاجرين")),
        ("مرحبا،\n\nأرغب في التحدث في المائدة المستديرة 3.\n\nمع التقدير،\nهالة\n\n_______________\n"
         "هالة يوسف\nباحثة أولى\nمركز دراسات الهجرة\n\n",
         "ar", ("هالة يوسف", "باحثة أولى", "مركز دراسات الهجرة")),
    ],
)
def test_a_signature_ruled_off_below_the_closing_is_the_senders(rules: ExtractRules, body: str, language: str,
                                                                expected: tuple[str, str, str]) -> None:
    """"With best regards, / Anjali" then a line of underscores over the full block: no header lines follow the rule,
    so the block is the sender's signature, not a quoted message."""
    assert [(s.name, s.title, s.affiliation) for s in _run(_mail(body), rules, language=language).speakers] == [expected]


@pytest.mark.parametrize(
    ("body", "affiliation"),
    [
        # "من أجل" (for) and "من" (from) carry an Arabic organisation's name on: in the proposing sentence ...
        ("السادة الكرام،\n\nتود منظمة نساء من أجل العدالة (عمّان) ترشيح السيدة ليلى حسن، منسقة المشاريع، للمشاركة في "
         "المائدة المستديرة الأولى.\n\nمع التحية", "منظمة نساء من أجل العدالة"),
        ("تحية طيبة،\n\nيرغب اتحاد العمال العائدين من دول الخليج في ترشيح الأستاذ سامي علي، رئيس الاتحاد، لمداخلة في "
         "الجلسة العامة.", "اتحاد العمال العائدين من دول الخليج"),
        ("تحية طيبة وبعد،\nيسر شبكة المهاجرين من القرن الأفريقي أن ترشح الدكتورة منى سعيد، مديرة البرامج، للمائدة "
         "المستديرة الثانية.", "شبكة المهاجرين من القرن الأفريقي"),
        ("تحية طيبة،\n\nتتقدم رابطة العائدين من الخليج بطلب مشاركة الأستاذ فادي خليل - منسق المشاريع - في الجلسة العامة.",
         "رابطة العائدين من الخليج"),
        # ... and over a list of speakers, the cue glued to its preposition ("بترشيح")
        ("مرحباً،\n\nتتشرف جمعية شباب من أجل التنمية المستدامة بترشيح المتحدثين التاليين:\n\n"
         "1- السيد كريم ناصر – منسق المشاريع – الجلسة العامة\n2- السيدة هدى سالم – مسؤولة الإعلام – المائدة المستديرة الثالثة",
         "جمعية شباب من أجل التنمية المستدامة"),
        # but "من خلال" (through) says how, not who
        ("تحية طيبة،\n\nتقترح جمعية الأمل من خلال مكتبها في عمّان مشاركة السيدة رنا زيد، مديرة المكتب، في الجلسة العامة.",
         "جمعية الأمل"),
    ],
)
def test_an_arabic_organisation_name_goes_on_after_min_and_min_ajl(rules: ExtractRules, body: str, affiliation: str) -> None:
    speakers = _run(_mail(body), rules, language="ar").speakers
    assert speakers and all(s.affiliation == affiliation for s in speakers)


@pytest.mark.parametrize(
    ("body", "language", "title"),
    [
        # a discipline after "في" ("علم ...", "علوم ...") is what the person works on, not where; and the sentence
        # going on with what the writer asks ("أرغب في", "I would like", "je souhaite") names no organisation
        ("أنا الدكتور ماهر يوسف الحلبي، أستاذ مشارك في علم الاجتماع، أرغب في المشاركة في النقاش المفتوح.", "ar",
         "أستاذ مشارك في علم الاجتماع"),
        ("تحية طيبة،\n\nأنا الدكتورة سلمى حداد، محاضرة في علوم الهجرة، وأود المشاركة بمداخلة في الجلسة العامة.", "ar",
         "محاضرة في علوم الهجرة"),
        ("مرحبا،\n\nنقترح مشاركة الدكتور سامي علي - باحث في علم السكان - في الجلسة العامة.", "ar", "باحث في علم السكان"),
        ("أنا الدكتور ماهر الحلبي، باحث مستقل، أرغب في المشاركة في النقاش المفتوح.", "ar", "باحث مستقل"),
        ("معكم السيدة رنا زيد، محامية، أود المشاركة بمداخلة في الجلسة العامة.", "ar", "محامية"),
        ("نرشح الأستاذ سامي علي، باحث في علوم الهجرة، نرجو قبول مشاركته في المائدة المستديرة الثانية.", "ar",
         "باحث في علوم الهجرة"),
        ("I am Dr Maher Halabi, independent researcher, I would like to speak in the open debate.", "en",
         "independent researcher"),
        ("Je suis le Dr Maher Halabi, chercheur indépendant, je souhaite intervenir en plénière.", "fr", "chercheur indépendant"),
        ("Bonjour,\n\nJe suis le Dr Maher Halabi, maître de conférences en sociologie, et je souhaite intervenir en plénière.",
         "fr", "maître de conférences en sociologie"),
    ],
)
def test_a_discipline_stays_in_the_title_and_a_request_is_no_organisation(rules: ExtractRules, body: str, language: str,
                                                                          title: str) -> None:
    assert [(s.title, s.affiliation) for s in _run(_mail(body), rules, language=language).speakers] == [(title, None)]


@pytest.mark.parametrize(
    ("body", "language", "title", "affiliation"),
    [
        # "of"/"des" and a field of work: what the post covers, not the body it sits in
        ("Madame, Monsieur,\n\nLa Banque Solidaire du Sahel (BSS) souhaite intervenir en plénière. Notre intervenant sera "
         "M. Karim Haddad, Directeur des partenariats et de la finance inclusive.", "fr",
         "Directeur des partenariats et de la finance inclusive", "Banque Solidaire du Sahel (BSS)"),
        ("Bonjour,\n\nLe Réseau Sahel propose Mme Awa Diop – directrice des partenariats – pour la table ronde 2.", "fr",
         "directrice des partenariats", "Réseau Sahel"),
        ("Bonjour,\n\nNous proposons :\n- Mme Awa Diop | Chargee de la recherche et du plaidoyer | Reseau Sahel | plénière", "fr",
         "Chargee de la recherche et du plaidoyer", "Reseau Sahel"),
        ("Dear colleagues,\n\nThe Gulf Savings Bank (GSB) would like to speak in the plenary. Our speaker will be "
         "Mr. Karim Haddad, Director of Partnerships and Inclusive Finance.", "en",
         "Director of Partnerships and Inclusive Finance", "Gulf Savings Bank (GSB)"),
        ("Dear team,\n\nThe Gulf Workers Forum nominates Ms Rana Zaid - Head of Advocacy and Outreach - for the plenary.",
         "en", "Head of Advocacy and Outreach", "Gulf Workers Forum"),
        ("Hello,\n\nProposed speaker: Ms. Rana Zaid, head of research and policy, Gulf Workers Forum.\nSession: plenary", "en",
         "head of research and policy", "Gulf Workers Forum"),
    ],
)
def test_a_field_of_work_after_of_stays_in_the_title(rules: ExtractRules, body: str, language: str, title: str,
                                                     affiliation: str) -> None:
    assert [(s.title, s.affiliation) for s in _run(_mail(body), rules, language=language).speakers] == [(title, affiliation)]


@pytest.mark.parametrize(
    ("body", "language", "name"),
    [
        # a member of parliament addressed by the office, alone or after another form of address
        ("تحية طيبة،\n\nيسرّ لجنة العمل في مجلس النواب أن ترشّح السيد النائب كريم عبد الحسين الزبيدي، نائب رئيس اللجنة، "
         "لإلقاء مداخلة في الجلسة العامة.", "ar", "كريم عبد الحسين الزبيدي"),
        ("تحية طيبة،\n\nتتشرف لجنة الهجرة في مجلس النواب بترشيح سعادة النائبة سلوى حسن الجبوري، عضو اللجنة، للمشاركة في "
         "الجلسة العامة.", "ar", "سلوى حسن الجبوري"),
        ("تحية طيبة،\n\nنرشح النائب كريم الزبيدي - نائب رئيس لجنة الهجرة - للحديث في الجلسة العامة.", "ar", "كريم الزبيدي"),
        ("Madame, Monsieur,\n\nLa Commission des affaires sociales propose M. le député Karim Zidane, vice-président de la "
         "commission, pour intervenir en séance plénière.", "fr", "Karim Zidane"),
        ("Madame, Monsieur,\n\nNous proposons le député Karim Zidane, vice-président de la commission, pour intervenir en "
         "séance plénière.", "fr", "Karim Zidane"),
        ("Bonjour,\n\nNous proposons Mme la deputee Salma Ben Ali | presidente de la commission des migrations | pleniere",
         "fr", "Salma Ben Ali"),
        ("Dear colleagues,\n\nThe Labour Committee nominates Hon. Karim Zubaidi MP, Deputy Chair of the Committee, to speak "
         "in the plenary.", "en", "Karim Zubaidi"),
        ("Dear colleagues,\n\nThe Labour Committee nominates MP Karim Zubaidi, Deputy Chair of the Committee, to speak in "
         "the plenary.", "en", "Karim Zubaidi"),
        ("Dear colleagues,\n\nWe propose the Hon. Salma Jabouri – Member of the Migration Committee – for the plenary.", "en",
         "Salma Jabouri"),
    ],
)
def test_a_member_of_parliament_is_addressed_by_the_office(rules: ExtractRules, body: str, language: str, name: str) -> None:
    assert [s.name for s in _run(_mail(body), rules, language=language).speakers] == [name]


@pytest.mark.parametrize(
    ("body", "title", "affiliation"),
    [
        ("تحية طيبة،\n\nيسر جمعية الأمل للتنمية أن ترشح السيد كريم الزبيدي، رئيس الجمعية، للمشاركة في الجلسة العامة.",
         "رئيس الجمعية", "جمعية الأمل للتنمية"),
        ("تحية طيبة،\n\nيسرّ لجنة العمل والهجرة أن ترشّح السيد النائب كريم الزبيدي، نائب رئيس اللجنة، لإلقاء مداخلة في "
         "الجلسة العامة.", "نائب رئيس اللجنة", "لجنة العمل والهجرة"),
        ("تحية طيبة،\n\nيسر جمعية الأمل للتنمية أن ترشح السيد كريم الزبيدي – منسق الجمعية في تونس – للمشاركة في الجلسة العامة.",
         "منسق الجمعية في تونس", "جمعية الأمل للتنمية"),
        # a post that says more than its rank keeps the reference apart
        ("تحية طيبة،\n\nيسر جمعية الأمل للتنمية أن ترشح السيدة منى علي، منسقة برامج الحماية بالجمعية، للمشاركة في الجلسة العامة.",
         "منسقة برامج الحماية", "جمعية الأمل للتنمية"),
    ],
)
def test_an_arabic_rank_keeps_the_body_it_points_back_at(rules: ExtractRules, body: str, title: str, affiliation: str) -> None:
    assert [(s.title, s.affiliation) for s in _run(_mail(body), rules, language="ar").speakers] == [(title, affiliation)]


@pytest.mark.parametrize(
    ("body", "language", "title"),
    [
        # one paragraph per line (as an HTML message reads): the title line under the name line, past a blank line
        ("تحية طيبة،\n\nنفيدكم بترشيح:\n\nسعادة السيد/ خالد بن ناصر المهندي\n\nمدير إدارة تنظيم استقدام العمالة الوافدة\n\n"
         "للمشاركة بمداخلة في الجلسة العامة.", "ar", "مدير إدارة تنظيم استقدام العمالة الوافدة"),
        ("تحية طيبة،\n\nنتشرف بترشيح ما يلي:\n\nالدكتورة منى الحمادي\n\nمديرة البرامج\n\nللمشاركة في المائدة المستديرة الثانية.",
         "ar", "مديرة البرامج"),
        ("Dear colleagues,\n\nWe are pleased to nominate:\n\nMr. Khalid Al-Muhannadi\n\nDirector of the Recruitment Regulation "
         "Department\n\nto speak in the plenary session.", "en", "Director of the Recruitment Regulation Department"),
        ("Dear colleagues,\n\nWe nominate the following speaker:\n\n- Ms Rana Zaid\n\nSenior Researcher\n\nPlenary session.",
         "en", "Senior Researcher"),
        ("Madame, Monsieur,\n\nNous avons l'honneur de proposer :\n\nM. Karim Haddad\n\nDirecteur de l'emploi des travailleurs "
         "etrangers\n\npour intervenir en seance pleniere.", "fr", "Directeur de l'emploi des travailleurs etrangers"),
        ("Madame, Monsieur,\n\nNous proposons :\n\n- Mme Awa Diop\n\nChargée de plaidoyer\n\npour la table ronde 2.", "fr",
         "Chargée de plaidoyer"),
    ],
)
def test_a_title_line_below_a_name_line_past_a_blank_line(rules: ExtractRules, body: str, language: str, title: str) -> None:
    assert [s.title for s in _run(_mail(body), rules, language=language).speakers] == [title]


@pytest.mark.parametrize(
    ("body", "language", "speakers"),
    [
        # a double hyphen typed for a dash ends the title, or the organisation, before the role
        ("Dear team,\n\nThe Gulf Institute for Population Studies (GIPS) would like to propose two speakers:\n\n"
         "1) Prof. Layla Al-Sabah, Professor of Demography and Director of GIPS -- plenary session;\n"
         "2) Dr. Tariq Qureshi, Senior Research Fellow, GIPS -- roundtable 4.", "en",
         [("Professor of Demography and Director of GIPS", ("plenary",), None), ("Senior Research Fellow", ("roundtable",), 4)]),
        ("Dear team,\n\nWe propose Ms. Rana Zaid, Head of Research at the Gulf Workers Forum -- roundtable\n"
         "on labour mobility (roundtable 1).", "en", [("Head of Research", ("roundtable",), 1)]),
        ("Madame, Monsieur,\n\nNous proposons :\n- Mme Awa Diop, coordinatrice du plaidoyer -- table ronde 2\n"
         "- M. Ali Sow, president -- pleniere", "fr",
         [("coordinatrice du plaidoyer", ("roundtable",), 2), ("president", ("plenary",), None)]),
        ("تحية طيبة،\n\nنرشح ما يلي:\n- السيدة منى علي، منسقة البرامج -- المائدة المستديرة الثانية\n"
         "- السيد سامي داود، باحث -- الجلسة العامة", "ar",
         [("منسقة البرامج", ("roundtable",), 2), ("باحث", ("plenary",), None)]),
    ],
)
def test_a_double_hyphen_separates_as_a_dash(rules: ExtractRules, body: str, language: str,
                                             speakers: list[tuple[str, tuple[str, ...], int | None]]) -> None:
    got = _run(_mail(body), rules, language=language).speakers
    assert [(s.title, s.roles, s.roundtable) for s in got] == speakers


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        # the body that proposes, not the one it sits in
        ("Dear team,\n\nThe Gulf Institute for Population Studies (GIPS) at the College of Social Sciences would like to "
         "nominate Prof. Layla Al-Sabah, Professor of Demography, for the plenary.", "en",
         "Gulf Institute for Population Studies (GIPS)"),
        ("Dear team,\n\nThe Migration Research Centre at the American University of Beirut is pleased to nominate "
         "Dr. Rana Zaid, Senior Researcher, for roundtable 2.", "en", "Migration Research Centre"),
        ("Madame, Monsieur,\n\nLe Laboratoire Mobilités Sud (LMS) au sein de l'Université de Sfax a le plaisir de proposer "
         "Mme Awa Diop, chercheuse, pour la table ronde 2.", "fr", "Laboratoire Mobilités Sud (LMS)"),
        ("تحية طيبة،\n\nيسر مركز دراسات الهجرة في جامعة القاهرة أن يرشح الدكتورة منى علي، باحثة أولى، للمشاركة في الجلسة العامة.",
         "ar", "مركز دراسات الهجرة"),
    ],
)
def test_the_proposer_is_not_the_body_it_sits_in(rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    assert [s.affiliation for s in _run(_mail(body), rules, language=language).speakers] == [affiliation]


@pytest.mark.parametrize(
    "body",
    [
        # an Arabic organisation's name alone on a line, under the message or as its letterhead
        "الأخوة في المنظمة الدولية للهجرة\n\nنطلب أن يتحدث باسمنا الأخ سليمان تسفاي قبري في المائدة المستديرة الثانية.\n\n"
        "رقم الهاتف 01112984450\nرابطة أبناء الجالية الإريترية بالقاهرة",
        "رابطة أبناء الجالية الإريترية بالقاهرة\n\nتحية طيبة،\n\nنرشح الأخ سليمان تسفاي قبري للحديث في المائدة المستديرة الثانية.",
        "مرحبا،\n\nنود أن يتحدث الأستاذ سليمان تسفاي قبري باسمنا في الجلسة العامة.\n\nرابطة أبناء الجالية الإريترية بالقاهرة.\n",
    ],
)
def test_an_arabic_organisation_line_names_the_speakers_body(rules: ExtractRules, body: str) -> None:
    got = _run(_mail(body), rules, language="ar")
    assert [s.affiliation for s in got.speakers] == ["رابطة أبناء الجالية الإريترية بالقاهرة"]


@pytest.mark.parametrize(
    ("body", "language", "title", "affiliation"),
    [
        # a person line wrapped by the mailer inside its organisation, under a line announcing the speaker
        ("Dear Sir/Madam,\n\nOur proposed speaker is:\nMr. Bishnu Prasad Adhikari, General Secretary, Nepali Migrant Workers\n"
         "Welfare Forum Kuwait (NMWWF-K)\n\nHe can speak in English.", "en", "General Secretary",
         "Nepali Migrant Workers Welfare Forum Kuwait (NMWWF-K)"),
        ("Bonjour,\n\nNotre intervenante sera :\nMme Awa Diop, coordinatrice du plaidoyer, Reseau des femmes migrantes du\n"
         "Sahel (RFMS)\n\nElle souhaite intervenir en pleniere.", "fr", "coordinatrice du plaidoyer",
         "Reseau des femmes migrantes du Sahel (RFMS)"),
        ("تحية طيبة،\n\nالمتحدث المقترح:\nالسيد سامي داود، مدير البرامج والمناصرة، الشبكة العربية لحقوق\n"
         "العمال المهاجرين\n\nنرجو تأكيد الاستلام.", "ar", "مدير البرامج والمناصرة", "الشبكة العربية لحقوق العمال المهاجرين"),
    ],
)
def test_a_wrapped_person_line_under_an_announcement(rules: ExtractRules, body: str, language: str, title: str,
                                                     affiliation: str) -> None:
    assert [(s.title, s.affiliation) for s in _run(_mail(body), rules, language=language).speakers] == [(title, affiliation)]


@pytest.mark.parametrize(
    ("body", "language", "roundtable"),
    [
        # a list item's role wrapped over two lines
        ("Madame, Monsieur,\n\nNous proposons deux intervenants :\n\n- M. Sidi Ould Bah, Vice-président, pour une "
         "intervention\n  en séance plénière ;\n- Mme Aïssata Kane, de notre service des relations extérieures, pour la table\n"
         "  ronde n° 1 (voies de migration régulière).", "fr", [None, 1]),
        ("Dear team,\n\nWe propose two speakers:\n\n- Mr. Ali Musa, Director of Programmes, for an intervention in the\n"
         "  plenary session;\n- Ms. Rana Zaid, our coordinator for the domestic workers' programme, for the round\n"
         "  table 3 on inclusion.", "en", [None, 3]),
        ("تحية طيبة،\n\nنرشح ما يلي:\n\n- السيد سامي داود، مدير البرامج، للمشاركة بمداخلة في الجلسة العامة؛\n"
         "- السيدة منى علي، منسقة الحماية في الجمعية، للمشاركة في المائدة\n  المستديرة الثالثة حول الإدماج.", "ar", [None, 3]),
    ],
)
def test_a_role_wrapped_in_a_list_item(rules: ExtractRules, body: str, language: str, roundtable: list[int | None]) -> None:
    assert [s.roundtable for s in _run(_mail(body), rules, language=language).speakers] == roundtable


@pytest.mark.parametrize(
    "body",
    [
        # an Arabic organisation signed as its kind and its short name, the full name written with it in brackets
        "مرحباً،\n\nنرسل إليكم تقرير شبكة شباب المغرب العربي من أجل الهجرة (شمّة). كما نرغب في مشاركة أحد أعضائها في النقاش "
        "المفتوح:\n- يوسف بلقاسم، منسق الشبكة في الجزائر\n\nشكراً،\nريم عبد الله\nفريق التواصل – شبكة شمّة",
        "تحية طيبة،\n\nيسر شبكة شمّة أن ترشح السيد يوسف بلقاسم، منسق البرامج، للمشاركة في النقاش المفتوح.\n\nمع التحية،\n"
        "شبكة شباب المغرب العربي من أجل الهجرة (شمّة)",
        "تحية طيبة،\n\nباسم شبكة شباب المغرب العربي من أجل الهجرة (شمّة) نرشح الأستاذ يوسف بلقاسم، منسق البرامج في شبكة شمّة، "
        "للمشاركة في النقاش المفتوح.",
    ],
)
def test_an_arabic_short_name_stands_for_the_full_one(rules: ExtractRules, body: str) -> None:
    got = _run(_mail(body), rules, language="ar").speakers
    assert [s.affiliation for s in got] == ["شبكة شباب المغرب العربي من أجل الهجرة (شمّة)"]


@pytest.mark.parametrize(
    ("body", "honorific"),
    [
        # Arabic honorifics abbreviated with dots ("أ.د." professor doctor, "أ." ustadh, "ا.د" without its last dot)
        ("تحية طيبة،\n\nنرشح للمشاركة في الجلسة العامة:\n- الاسم: أ.د. ليلى بن سعيد\n- الصفة: أستاذة علم الاجتماع\n"
         "- الجهة: جامعة الخليج\n", "أ.د."),
        ("تحية طيبة،\n\nيسرنا ترشيح ا.د ليلى بن سعيد، أستاذة علم الاجتماع في جامعة الخليج، للمشاركة في الجلسة العامة.\n", "ا.د"),
        ("تحية طيبة،\n\nنرشح للمشاركة في المائدة المستديرة الثانية:\n- أ. ليلى بن سعيد، أستاذة علم الاجتماع، جامعة الخليج\n", "أ."),
        ("تحية طيبة،\n\nنرشح أ.د.ليلى بن سعيد، أستاذة علم الاجتماع في جامعة الخليج، للمشاركة في الجلسة العامة.\n", "أ. د."),
    ],
)
def test_a_dotted_arabic_honorific_stays_out_of_the_name(rules: ExtractRules, body: str, honorific: str) -> None:
    got = _run(_mail(body), rules, language="ar").speakers
    assert [(s.honorific, s.name) for s in got] == [(honorific, "ليلى بن سعيد")]


@pytest.mark.parametrize(
    ("body", "language", "honorific", "name"),
    [
        # a letter and a period opening a line are an honorific, not a lettered list item
        ("Dear team,\n\nWe propose the following speaker for the plenary:\n\nH.E. Mr. Ahmed Salem\n"
         "Deputy Minister of Labour, Ministry of Labour\n", "en", "H.E. Mr.", "Ahmed Salem"),
        ("Dear team,\n\nOur speaker will be:\nh.e. Ahmed Salem, Deputy Minister, Ministry of Labour\n", "en", "h.e.", "Ahmed Salem"),
        ("Bonjour,\n\nNous proposons l'intervenant suivant pour la pleniere :\n\nM. Sidi Ould Bah\n"
         "President, Association des migrants de Nouadhibou\n", "fr", "M.", "Sidi Ould Bah"),
        ("Bonjour,\n\nVoici notre intervenant :\nS.E. M. Sidi Ould Bah, ministre delegue, Ministere des Affaires etrangeres\n",
         "fr", "S.E. M.", "Sidi Ould Bah"),
    ],
)
def test_an_honorific_opening_a_line_is_no_list_mark(rules: ExtractRules, body: str, language: str, honorific: str,
                                                     name: str) -> None:
    got = _run(_mail(body), rules, language=language).speakers
    assert [(s.honorific, s.name) for s in got] == [(honorific, name)]


@pytest.mark.parametrize(
    "body",
    [
        # a bracket after an Arabic name holds the title, never the name's last word
        "تحية طيبة،\n\nنرشح السيد خالد يوسف (نائب رئيس اللجنة) للمشاركة في الجلسة العامة.\n",
        "تحية طيبة،\n\nنرشح للمشاركة في الجلسة العامة:\n- السيد خالد يوسف (نائب رئيس اللجنة)\n",
        "تحية طيبة،\n\nيسرنا ترشيح د. خالد يوسف (نائب رئيس اللجنة)، للمشاركة في النقاش المفتوح.\n",
    ],
)
def test_an_arabic_name_ends_at_a_bracket(rules: ExtractRules, body: str) -> None:
    got = _run(_mail(body), rules, language="ar").speakers
    assert [(s.name, s.title) for s in got] == [("خالد يوسف", "نائب رئيس اللجنة")]


@pytest.mark.parametrize(
    ("body", "language", "title"),
    [
        # an indefinite article and what the person works on describe them; the title is the post alone
        ("Hi,\n\nI'm Hodan Warsame, an independent researcher working on Somali migration along the Eastern Route. "
         "I would like to take part in the open discussion.\n\nHodan", "en", "independent researcher"),
        ("Dear team,\n\nWe propose Ms. Hodan Warsame, a researcher who works on return migration, for roundtable 2.\n",
         "en", "researcher"),
        ("Bonjour,\n\nNous proposons Mme Awa Diop, une chercheuse travaillant sur les migrations de retour, pour la table "
         "ronde 2.\n", "fr", "chercheuse"),
        ("Bonjour,\n\nNous proposons Mme Awa Diop, juriste qui travaille sur les droits des migrants, pour la pleniere.\n",
         "fr", "juriste"),
        ("تحية طيبة،\n\nنرشح السيدة منى علي، باحثة تعمل على قضايا العودة، للمشاركة في النقاش المفتوح.\n", "ar", "باحثة"),
    ],
)
def test_a_title_without_what_describes_the_person(rules: ExtractRules, body: str, language: str, title: str) -> None:
    assert [s.title for s in _run(_mail(body), rules, language=language).speakers] == [title]


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        # the sender, who asks for themself, says the body they come from
        ("Hello,\n\nI want to speak in the roundtable 3. I am from Lanka Migrant Workers Welfare Circle Bahrain, we are "
         "volunteers.\n\nRegards\nChaminda Perera", "en", "Lanka Migrant Workers Welfare Circle Bahrain"),
        ("Hello,\n\nI'm from the Nepali Workers Network Kuwait and I would like to speak in the open discussion.\n\n"
         "Thanks\nBishnu Adhikari", "en", "Nepali Workers Network Kuwait"),
        ("Bonjour,\n\nJe souhaite intervenir en pleniere. Je suis de l'Association des migrants de Nouadhibou.\n\n"
         "Cordialement\nSidi Ould Bah", "fr", "Association des migrants de Nouadhibou"),
        ("مرحبا،\n\nأرغب في المشاركة في النقاش المفتوح، وأنا من جمعية العمال المهاجرين في الأردن.\n\nمع التحية\nسامي داود",
         "ar", "جمعية العمال المهاجرين في الأردن"),
    ],
)
def test_the_sender_says_where_they_are_from(rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    assert [s.affiliation for s in _run(_mail(body), rules, language=language).speakers] == [affiliation]


@pytest.mark.parametrize(
    ("body", "language", "title"),
    [
        # the role a colon introduces after a title wrapped inside a list item is no part of the title
        ("Madame, Monsieur,\n\nNous proposons deux intervenants :\n\n- Me Awa Diop, avocate : rapporteure ;\n"
         "- M. Ali Daher, juriste charge du suivi des migrants en\n  transit : intervention dans la table ronde thematique n°2.\n",
         "fr", ["avocate", "juriste charge du suivi des migrants en transit"]),
        ("Dear team,\n\nWe propose:\n\n- Ms. Rana Zaid, coordinator of the legal aid programme for migrants in\n"
         "  transit: intervention in thematic roundtable 2.\n", "en", ["coordinator of the legal aid programme for migrants in transit"]),
        ("تحية طيبة،\n\nنرشح ما يلي:\n\n- السيد سامي داود، منسق برنامج المساعدة القانونية للمهاجرين العابرين : بدور المقرر "
         "للجلسة.\n", "ar", ["منسق برنامج المساعدة القانونية للمهاجرين العابرين"]),
    ],
)
def test_a_title_without_the_role_after_its_colon(rules: ExtractRules, body: str, language: str, title: list[str]) -> None:
    assert [s.title for s in _run(_mail(body), rules, language=language).speakers] == title


@pytest.mark.parametrize(
    "body",
    [
        # a verb after the name, bare, future or with "ل" ("to be", "to speak"), is no part of the name
        "السادة الأفاضل،\n\nتتشرف جمعية الأمل بترشيح الأستاذ/ عمرو عبد الحميد ليكون مقرراً للجلسة.\n",
        "تحية طيبة،\n\nنرشح السيد عمرو عبد الحميد ليشارك في المائدة المستديرة الثانية.\n",
        "تحية طيبة،\n\nيسرنا ترشيح د. عمرو عبد الحميد سيتحدث في الجلسة العامة باسم الجمعية.\n",
        "مرحبا،\n\nنقترح الاستاذ عمرو عبد الحميد لكي يمثل الجمعية في النقاش المفتوح.\n",
        "تحية طيبة،\n\nنرشح الأخ عمرو عبد الحميد يلقي كلمة الجمعية في الجلسة العامة.\n",
    ],
)
def test_an_arabic_name_ends_before_a_verb(rules: ExtractRules, body: str) -> None:
    assert [s.name for s in _run(_mail(body), rules, language="ar").speakers] == ["عمرو عبد الحميد"]


@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        # a post after a possessive, written without a comma before the name: the person named is the speaker,
        # not the one who writes for them
        ("Hello IOM team,\n\nRadio X would like to join. We propose our Station Manager Maria Cristina Dela Paz\nto speak "
         "in Roundtable 3.\n\nThanks!\n\nJun Villanueva\nVolunteer coordinator, Radio X\n", "en",
         ("Maria Cristina Dela Paz", "Station Manager")),
        ("Hello,\n\nI am writing on behalf of our director Amina Yusuf, who would like to speak in roundtable 2.\n\n"
         "Jun Villanueva\nVolunteer, Sahel Women Network\n", "en", ("Amina Yusuf", "director")),
        ("Hello,\n\nWe would like to nominate our Executive Director Dr. Amina Yusuf for the plenary.\n\nJun\n", "en",
         ("Amina Yusuf", "Executive Director")),
        ("Bonjour,\n\nNous proposons notre présidente Awa Diop pour la table ronde 2.\n\nMoussa Keita\nBénévole\n", "fr",
         ("Awa Diop", "présidente")),
        ("Bonjour,\n\nJe vous écris au nom de notre coordinatrice Mme Awa Diop, qui souhaite intervenir en plénière.\n\n"
         "Moussa Keita\n", "fr", ("Awa Diop", "coordinatrice")),
        ("Bonjour,\n\nNous proposons notre secretaire general Ali Traore pour la pleniere.\n\nMoussa Keita\n", "fr",
         ("Ali Traore", "secretaire general")),
    ],
)
def test_a_post_before_the_name_without_a_comma(rules: ExtractRules, body: str, language: str, speaker: tuple[str, str]) -> None:
    assert [(s.name, s.title) for s in _run(_mail(body), rules, language=language).speakers] == [speaker]


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        # a bracket in lower case describes the body and is no part of its name; an acronym in brackets is
        ("Hello,\n\nI would like to speak in roundtable 2.\n\nAmina Yusuf\nDirector, Sahel Women Network (a grassroots "
         "network of returnees)\n", "en", "Sahel Women Network"),
        ("Hello,\n\nI want to speak in roundtable 3.\n\nJun Villanueva\nVolunteer coordinator, Kabayan Airwaves Qatar "
         "(migrant-run community radio)\n", "en", "Kabayan Airwaves Qatar"),
        ("Hello,\n\nWe propose Ms. Amina Yusuf, Director, Sahel Women Network (SWN), for roundtable 2.\n", "en",
         "Sahel Women Network (SWN)"),
        ("Bonjour,\n\nJe souhaite intervenir en plénière.\n\nAwa Diop\nPrésidente, Collectif Femmes Migrantes (association "
         "de fait)\n", "fr", "Collectif Femmes Migrantes"),
    ],
)
def test_a_describing_bracket_is_no_part_of_the_name(rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    assert [s.affiliation for s in _run(_mail(body), rules, language=language).speakers] == [affiliation]


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        # the sender introducing themself, "this is X from Y", "c'est X de Y": Y is their organisation
        ("Hi, this is Chinedu Okafor from Nigerian Community Welfare Association Lebanon. I would like to speak at "
         "roundtable 1. Thanks\n\nSent from my iPhone\n", "en", "Nigerian Community Welfare Association Lebanon"),
        ("Hello, this is Chinedu Okafor from the Nigerian Community Welfare Association. I would like to speak at "
         "roundtable 1.\n", "en", "Nigerian Community Welfare Association"),
        ("Dear team,\n\nThis is Chinedu Okafor from Nigerian Community Welfare Association Lebanon; I wish to speak in "
         "roundtable 1.\n", "en", "Nigerian Community Welfare Association Lebanon"),
        ("Bonjour, c'est Awa Diop de l'Association des Femmes Migrantes de Rosso. Je voudrais intervenir à la table "
         "ronde 2.\n", "fr", "Association des Femmes Migrantes de Rosso"),
        ("Bonjour,\n\nici Awa Diop, de l'Association des Femmes Migrantes. Je souhaite prendre la parole en plénière.\n",
         "fr", "Association des Femmes Migrantes"),
    ],
)
def test_this_is_the_sender_from_an_organisation(rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    assert [s.affiliation for s in _run(_mail(body), rules, language=language).speakers] == [affiliation]


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        # "ممثلاً عن", "representing", "représentant" lead to the body the person represents: no title
        ("السلام عليكم\n\nنرجو تسجيل الأخ أحمد إدريس آدم ممثلاً عن رابطة الطلاب السودانيين في جدة للمشاركة بمداخلة في "
         "المائدة المستديرة الثالثة.\n\nمحمد حامد\n", "ar", "رابطة الطلاب السودانيين في جدة"),
        ("تحية طيبة،\n\nنرشح السيدة منى علي، ممثلةً عن جمعية النساء العاملات في عمان، للمشاركة في الجلسة العامة.\n", "ar",
         "جمعية النساء العاملات في عمان"),
        ("مرحبا،\n\nنقترح د. سامي داود ممثلا عن اتحاد العمال المهاجرين للمشاركة في المائدة المستديرة الثانية.\n", "ar",
         "اتحاد العمال المهاجرين"),
        ("Dear team,\n\nWe propose Ms. Amina Yusuf representing the Sahel Women Network for roundtable 2.\n", "en",
         "Sahel Women Network"),
        ("Dear team,\n\nWe propose Ms. Amina Yusuf, Representing Sahel Women Network, for roundtable 2.\n", "en",
         "Sahel Women Network"),
        ("Bonjour,\n\nNous proposons Mme Awa Diop, représentant l'Association des Femmes Migrantes de Rosso, pour la "
         "plénière.\n", "fr", "Association des Femmes Migrantes de Rosso"),
        ("Bonjour,\n\nNous proposons M. Ali Traore representant le Collectif des Migrants de Gao pour la table ronde 2.\n",
         "fr", "Collectif des Migrants de Gao"),
    ],
)
def test_representing_leads_to_the_affiliation(rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    got = _run(_mail(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in got] == [(None, affiliation)]


@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        # a cooperative is an organisation: the title before it ends there
        ("تحية طيبة،\n\nالمتحدثة: السيدة خديجة أيت باها، رئيسة تعاونية تيفاوين النسائية لتثمين الأعشاب الطبية.\n", "ar",
         ("رئيسة", "تعاونية تيفاوين النسائية لتثمين الأعشاب الطبية")),
        ("تحية طيبة،\n\nنرشح السيدة خديجة أيت باها، رئيسة تعاونية الأمل للنسيج، للمشاركة في المائدة المستديرة الأولى.\n",
         "ar", ("رئيسة", "تعاونية الأمل للنسيج")),
        ("Bonjour,\n\nNous proposons Mme Khadija Ait Baha, présidente de la Coopérative féminine Tifawin, pour la table "
         "ronde 1.\n", "fr", ("présidente", "Coopérative féminine Tifawin")),
        ("Bonjour,\n\nIntervenante : Mme Khadija Ait Baha, presidente, Cooperative Tifawin\n", "fr",
         ("presidente", "Cooperative Tifawin")),
        ("Dear team,\n\nWe propose Ms. Khadija Ait Baha, President of the Tifawin Women's Cooperative, for roundtable 1.\n",
         "en", ("President", "Tifawin Women's Cooperative")),
    ],
)
def test_a_cooperative_is_an_organisation(rules: ExtractRules, body: str, language: str, speaker: tuple[str, str]) -> None:
    assert [(s.title, s.affiliation) for s in _run(_mail(body), rules, language=language).speakers] == [speaker]


@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        # a reply completing a request: "<person> is the <title> of <org>" gives the speaker's title and organisation,
        # under a quote whose "wrote:" line is itself quoted
        ("Bonjour,\n\nJe complète mon message d'hier : M. Bakary Coulibaly est le Président de la CAMN.\n\nMoussa Keita\n\n"
         "> Le 3 févr. 2021 à 06:46, Moussa Keita <m@example.org> a écrit :\n>\n> Bonjour,\n>\n> La Coordination des "
         "Associations Maliennes de Nouadhibou (CAMN) souhaite prendre la parole lors de la séance plénière.\n>\n> Notre "
         "intervenant sera M. Bakary Coulibaly.\n>\n> Cordialement\n> Moussa Keita\n", "fr",
         ("Bakary Coulibaly", "Président", "Coordination des Associations Maliennes de Nouadhibou (CAMN)")),
        ("Bonjour,\n\nPour compléter : Mme Awa Diop est la coordinatrice du Collectif des Femmes de Rosso.\n\nMoussa\n\n"
         "Le 3 févr. 2021 à 06:46, Moussa Keita <m@example.org> a écrit :\n> Bonjour,\n> Notre intervenante sera Mme Awa "
         "Diop, pour la plénière.\n> Moussa\n", "fr", ("Awa Diop", "coordinatrice", "Collectif des Femmes de Rosso")),
        ("Hello,\n\nFurther to my email: Ms. Amina Yusuf is the Executive Director of the Sahel Women Network.\n\nJun\n\n"
         "On Tue, 2 Feb 2021 at 10:00, Jun <j@example.org> wrote:\n> Hello,\n> Our speaker will be Ms. Amina Yusuf, for "
         "roundtable 2.\n> Jun\n", "en", ("Amina Yusuf", "Executive Director", "Sahel Women Network")),
        ("مرحبا،\n\nاستكمالاً لرسالتي: السيد أحمد إدريس هو رئيس رابطة الطلاب السودانيين.\n\nمحمد\n\n> في 3 فبراير 2021، "
         "كتب محمد <m@example.org>:\n>\n> نرشح السيد أحمد إدريس للمشاركة في الجلسة العامة.\n> محمد\n", "ar",
         ("أحمد إدريس", "رئيس", "رابطة الطلاب السودانيين")),
    ],
)
def test_a_reply_states_who_the_speaker_is(rules: ExtractRules, body: str, language: str, speaker: tuple[str, str, str]) -> None:
    got = _run(_mail(body, subject="Re: Intervention"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in got] == [speaker]


@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        # a piece opening with an indefinite article describes the body the title names; it is no affiliation
        ("Dear team,\n\nMy name is Tigist Alemu and I am the Founder and Coordinator of the Ethiopian Women Migrant Workers' "
         "Solidarity Group (EWMSG), a self-organised group of domestic workers in Lebanon. I would like to request a floor "
         "intervention in Roundtable 2.\n\nTigist\n", "en",
         ("Founder and Coordinator", "Ethiopian Women Migrant Workers' Solidarity Group (EWMSG)")),
        ("Dear team,\n\nMy name is Tigist Alemu, Coordinator of the Ethiopian Women Solidarity Group, a self-organised group "
         "of domestic workers. I would like to speak in Roundtable 2.\n\nTigist\n", "en",
         ("Coordinator", "Ethiopian Women Solidarity Group")),
        ("Dear team,\n\nWe propose Ms. Tigist Alemu, Coordinator, Ethiopian Women Solidarity Group, an informal network of "
         "domestic workers, for Roundtable 2.\n", "en", ("Coordinator", "Ethiopian Women Solidarity Group")),
        ("Bonjour,\n\nNous proposons Mme Awa Diop, coordinatrice du Collectif des Femmes de Rosso, une association de femmes "
         "migrantes, pour la table ronde 2.\n", "fr", ("coordinatrice", "Collectif des Femmes de Rosso")),
        ("Bonjour,\n\nJe m'appelle Awa Diop, présidente de l'Association Tifawin, un groupe informel de travailleuses "
         "domestiques. Je souhaite intervenir en plénière.\n", "fr", ("présidente", "Association Tifawin")),
    ],
)
def test_a_description_of_the_body_is_no_affiliation(rules: ExtractRules, body: str, language: str,
                                                     speaker: tuple[str, str]) -> None:
    assert [(s.title, s.affiliation) for s in _run(_mail(body), rules, language=language).speakers] == [speaker]


@pytest.mark.parametrize(
    ("body", "language", "roles"),
    [
        ("Bonjour,\n\nJe m'appelle Fatiha Benyelles et je souhaite prendre la parole lors de la discussion\nouverte du 23 février.\n\nFatiha\n", "fr",
         ("open_discussion",)),
        ("Bonjour,\n\nNous proposons Mme Awa Diop pour la table\nronde sur les frontières.\n\nMoussa\n", "fr", ("roundtable",)),
        ("Bonjour,\n\nje suis Awa Diop et je voudrais intervenir en debat  \n  ouvert, si possible.\n\nAwa\n", "fr", ("open_discussion",)),
        ("Dear team,\n\nMy name is Jun Tanaka and I would like to take the floor during the open\ndiscussion of the consultation.\n\nJun\n", "en",
         ("open_discussion",)),
        ("Dear team,\n\nWe propose Ms. Amina Yusuf for the Round\nTable on border governance.\n\nJun\n", "en", ("roundtable",)),
        ("Dear team,\n\nOur speaker, Dr. Amina Yusuf, would like to join the\nplenary session, or failing that the open\ndebate.\n\nJun\n", "en",
         ("open_discussion", "plenary")),
        ("مرحبا،\n\nنرشح السيدة فاطمة علي للمشاركة في المائدة\nالمستديرة حول حماية المهاجرين.\n\nمحمد\n", "ar", ("roundtable",)),
        ("مرحبا،\n\nنرشح الدكتور سامي حداد لأخذ الكلمة خلال النقاش\nالمفتوح للمشاورة.\n\nمحمد\n", "ar", ("open_discussion",)),
        ("مرحبا،\n\nنرشح السيد أحمد إدريس للمشاركة في الجلسة\nالعامة.\n\nمحمد\n", "ar", ("plenary",)),
    ],
)
def test_a_role_name_hard_wrapped_over_two_lines_counts(rules: ExtractRules, body: str, language: str,
                                                         roles: tuple[str, ...]) -> None:
    got = _run(_mail(body, subject="Intervention"), rules, language=language).speakers
    assert got and all(s.roles == roles for s in got)


@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        ("Dear Organizers,\n\nI would like to speak in the open discussion.\n\nDetails:\nDr. Omer Hassan Elbashir\n"
         "Research Fellow, Blue Nile Institute for Migration Research (BNIMR), Khartoum\n\nBest regards,\nOmer\n\n--\n"
         "Omer H. Elbashir, PhD\nResearch Fellow | BNIMR\n", "en",
         ("Omer Hassan Elbashir", "Research Fellow", "Blue Nile Institute for Migration Research (BNIMR)")),
        ("Dear team,\n\nOur speaker for roundtable 2 will be Ms. Amina J. Yusuf, Executive Director of the Sahel Women "
         "Network.\n\nRegards,\n\nAmina Jamal Yusuf\nExecutive Director\nSahel Women Network\n", "en",
         ("Amina J. Yusuf", "Executive Director", "Sahel Women Network")),
        ("Hello,\n\nName: Prof. Daniel K. Mensah\nTitle: Senior Lecturer\nOrganisation: Centre for Migration Studies\n"
         "Role: plenary\n\nDaniel Kwame Mensah, PhD\nSenior Lecturer, Centre for Migration Studies\n", "en",
         ("Daniel K. Mensah", "Senior Lecturer", "Centre for Migration Studies")),
        ("Bonjour,\n\nJe souhaite intervenir en plénière.\n\nCoordonnées :\nDr Awa Mariama Diop\nchercheuse, Laboratoire "
         "Migrations et Sociétés (LAMISO), Dakar\n\nCordialement,\n\nAwa M. Diop\nchercheuse | LAMISO\n", "fr",
         ("Awa Mariama Diop", "chercheuse", "Laboratoire Migrations et Sociétés (LAMISO)")),
        ("Bonjour,\n\nNotre intervenant pour la table ronde 3 sera M. Jean-Pierre Kabongo, président de l'Association "
         "des Congolais de Tunis.\n\nJ.-P. Kabongo\nPrésident\nAssociation des Congolais de Tunis\n", "fr",
         ("Jean-Pierre Kabongo", "président", "Association des Congolais de Tunis")),
        ("Bonjour,\n\nNom : Mme Fatou B. Ndiaye\nFonction : coordinatrice\nStructure : Réseau des Femmes Migrantes\n"
         "Rôle : discussion ouverte\n\nFatou Binta Ndiaye\ncoordinatrice, Réseau des Femmes Migrantes\n", "fr",
         ("Fatou B. Ndiaye", "coordinatrice", "Réseau des Femmes Migrantes")),
    ],
)
def test_an_initial_stands_for_a_name_of_the_same_speaker(rules: ExtractRules, body: str, language: str,
                                                         speaker: tuple[str, str, str]) -> None:
    got = _run(_mail(body, subject="Speaker"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in got] == [speaker]


@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        ("Dear Organizers,\n\nI would like to speak in the open discussion.\n\nDetails:\nDr. Omer Hassan Elbashir\n"
         "Research Fellow, Blue Nile Institute for Migration Research (BNIMR), Khartoum\n\nBest regards,\nOmer\n", "en",
         ("Omer Hassan Elbashir", "Research Fellow", "Blue Nile Institute for Migration Research (BNIMR)")),
        ("Dear team,\n\nWe would like to propose the following speaker for the plenary:\n\nMs Grace Wanjiru\n"
         "Programme Officer, Kenya Migrant Workers Association\n\nRegards,\nPeter\n", "en",
         ("Grace Wanjiru", "Programme Officer", "Kenya Migrant Workers Association")),
        ("Hello,\n\nSpeaker details:\nPROF. Daniel Mensah\nSenior research fellow - Centre for Migration Studies\n\n"
         "Roundtable 2 please.\nAma\n", "en", ("Daniel Mensah", "Senior research fellow", "Centre for Migration Studies")),
        ("Bonjour,\n\nNous proposons l'intervenante suivante pour la plénière :\n\nMme Awa Diop\nChargée de programme, "
         "Réseau des Femmes Migrantes, Dakar\n\nCordialement,\nMoussa\n", "fr",
         ("Awa Diop", "Chargée de programme", "Réseau des Femmes Migrantes")),
        ("Bonjour,\n\nCoordonnées de l'intervenant :\nDr Jean Kabongo\nResponsable du plaidoyer, Association des "
         "Congolais de Tunis\n\nTable ronde 3.\nAline\n", "fr",
         ("Jean Kabongo", "Responsable du plaidoyer", "Association des Congolais de Tunis")),
        ("Bonjour,\n\nVoici les coordonnees :\nM. Issa Traore\nAnimateur de terrain, Collectif des Migrants de Gao\n\n"
         "Pour la discussion ouverte.\nIssa\n", "fr", ("Issa Traore", "Animateur de terrain", "Collectif des Migrants de Gao")),
    ],
)
def test_a_title_line_under_the_name_may_go_on_with_the_organisation(rules: ExtractRules, body: str, language: str,
                                                                      speaker: tuple[str, str, str]) -> None:
    got = _run(_mail(body, subject="Speaker"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in got] == [speaker]


@pytest.mark.parametrize(
    ("body", "language", "title"),
    [
        ("Bonjour,\n\nJe complète ma demande d'hier : j'ai oublié de préciser ma fonction, je suis\nprésidente-fondatrice "
         "de l'association. Je souhaite intervenir en plénière.\n\n--\nFatiha Benyelles\nAssociation des Mères Migrantes\n",
         "fr", "présidente-fondatrice"),
        ("Bonjour,\n\nPour compléter ma demande de prise de parole en table ronde 2, je precise que je suis\nla "
         "coordinatrice du reseau.\n\nAwa Diop\nReseau des Femmes Migrantes\n", "fr", "coordinatrice"),
        ("Bonjour,\n\nJe souhaite intervenir lors de la discussion ouverte. Pour information, je suis\nchargée de "
         "programme au sein du collectif.\n\nAwa Diop\nCollectif des Femmes de Rosso\n", "fr", "chargée de programme"),
        ("Dear team,\n\nFurther to my request to speak in the plenary, I forgot to say that I am\nthe co-founder of the "
         "network.\n\nJane Achieng\nSahel Women Network\n", "en", "co-founder"),
        ("Dear team,\n\nI would like to take the floor in the open discussion on 23 February. For the record, I am a\n"
         "Programme Officer at the network.\n\nJane Achieng\nSahel Women Network\n", "en", "Programme Officer"),
        ("Dear team,\n\nI would like to request a slot in roundtable 2 of the regional review meeting; i'm\na senior "
         "researcher with the centre.\n\nJane Achieng\nCentre for Migration Studies\n", "en", "senior researcher"),
    ],
)
def test_a_hard_wrap_after_i_am_leaves_the_senders_title(rules: ExtractRules, body: str, language: str, title: str) -> None:
    got = _run(_mail(body, subject="Demande"), rules, language=language).speakers
    assert [s.title for s in got] == [title]


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("السلام عليكم،\n\nأكتب إليكم نيابةً عن الأستاذ إدريس محمد أبكر، رئيس التجمع.\nيرغب الأستاذ إدريس في أن يكون "
         "مقرراً باسم تجمع المهاجرين التشاديين.\n\nشكراً\nحواء آدم\nمتطوعة في التجمع\n", "ar", "تجمع المهاجرين التشاديين"),
        ("مرحبا،\n\nنرشح السيدة فاطمة علي، رئيسة الجمعية، للمشاركة في المائدة المستديرة 2 نيابة عن جمعية النساء "
         "المهاجرات.\n\nمحمد\n", "ar", "جمعية النساء المهاجرات"),
        ("مرحبا،\n\nتود الدكتورة سلمى حداد، منسقة الشبكة، أخذ الكلمة في الجلسة العامة، بالنيابة عن شبكة حماية العمال "
         "المهاجرين.\n\nسلمى\n", "ar", "شبكة حماية العمال المهاجرين"),
        ("Dear team,\n\nMr. John Okello, chair of the network, would like to speak in the plenary on behalf of the East "
         "African Migrants Network.\n\nRegards,\nPeter\nvolunteer, the network\n", "en", "East African Migrants Network"),
        ("Dear team,\n\nWe propose Dr. Ali Hassan, head of the centre, for the open discussion in the name of the Centre "
         "for Refugee Studies.\n\nPeter\n", "en", "Centre for Refugee Studies"),
        ("Bonjour,\n\nM. Serge Ngono, président du collectif, souhaite intervenir en plénière au nom du Collectif des "
         "Camerounais du Maroc.\n\nAline\nbénévole au collectif\n", "fr", "Collectif des Camerounais du Maroc"),
        ("Bonjour,\n\nMme Awa Diop, coordinatrice de l'association, souhaiterait prendre la parole lors de la table ronde 2, "
         "de la part de l'Association des Femmes de Rosso.\n\nMoussa\n", "fr", "Association des Femmes de Rosso"),
        ("Bonjour,\n\nNous proposons le Dr Jean Kabongo, responsable du réseau, pour la discussion ouverte, pour le compte "
         "du Réseau Congolais de Tunis.\n\nAline\n", "fr", "Réseau Congolais de Tunis"),
    ],
)
def test_the_body_a_request_speaks_for_after_it_is_the_affiliation(rules: ExtractRules, body: str, language: str,
                                                                   affiliation: str) -> None:
    got = _run(_mail(body, subject="Request"), rules, language=language).speakers
    assert [s.affiliation for s in got] == [affiliation]


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("Madame, Monsieur,\n\nMonsieur le Maire souhaite que Mme Hasna Barkat, Adjointe au Maire chargée des affaires "
         "sociales, intervienne lors de la table ronde n° 3.\n\nCordialement,\n\nAhmed Waïss\nDirecteur de Cabinet\n"
         "Mairie de Tadjourah\nTél : +253 21 42 60 11\n", "fr", "Mairie de Tadjourah"),
        ("Dear colleagues,\n\nOur director would like Ms. Grace Wanjiru, Head of Advocacy, to take the floor in the "
         "plenary.\n\nBest regards,\n\nPeter Otieno\nProgramme Assistant\nKenya Diaspora Workers Alliance\n", "en",
         "Kenya Diaspora Workers Alliance"),
        ("تحية طيبة،\n\nيسرنا ترشيح السيدة منى الحداد، مسؤولة المناصرة، للمشاركة في الجلسة العامة.\n\nمع التحية،\n\n"
         "سامي يوسف\nمنسق البرامج\nجمعية رعاية العمال المهاجرين\n", "ar", "جمعية رعاية العمال المهاجرين"),
    ],
)
def test_a_colleague_proposed_without_a_body_belongs_to_the_signatures_organisation(
        rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    got = _run(_mail(body, subject="Speaker"), rules, language=language).speakers
    assert [s.affiliation for s in got] == [affiliation]


def test_a_colleague_whose_body_is_written_keeps_it_over_the_signatures(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nWe propose Ms. Grace Wanjiru, Head of Advocacy at the Nairobi Migrant Centre, for the "
            "plenary.\n\nBest regards,\n\nPeter Otieno\nProgramme Assistant\nKenya Diaspora Workers Alliance\n")
    got = _run(_mail(body, subject="Speaker"), rules).speakers
    assert [s.affiliation for s in got] == ["Nairobi Migrant Centre"]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Dear team,\n\nWe propose two speakers:\n\n1- Name / Mary Jones - Title / Network Coordinator - Role: open "
         "discussion\n2- Name / John Smith - Title / Advocacy Officer - Role: plenary\n\nOrganisation: Youth Network (YN)"
         "\n\nBest,\nJohn Smith\n", "en"),
        ("Dear team,\n\nOur speakers:\n\n1. Name: Ms. Mary Jones – Title: Network Coordinator – Role: open discussion\n"
         "2. Name: Mr. John Smith – Title: Advocacy Officer – Role: plenary\n\nOrganization for both: Youth Network (YN)"
         "\n\nRegards,\nPeter\n", "en"),
        ("Bonjour,\n\nNous proposons :\n\n1) Nom : Mme Mary Jones - Fonction : Network Coordinator - Role : discussion "
         "ouverte\n2) Nom : M. John Smith - Fonction : Advocacy Officer - Role : pleniere\n\nOrganisation : Youth Network "
         "(YN)\n\nCordialement,\nPeter\n", "fr"),
        ("السلام عليكم\n\nنرجو قبول ترشيح المتحدثين التاليين:\n\n١- الاسم / مريم عبد الله باوزير - المسمى / منسقة الشبكة - "
         "الدور: النقاش المفتوح\n٢- الاسم / أنس محمد الصبري - المسمى / مسؤول المناصرة - الدور: الجلسة العامة\n\n"
         "الجهة: شبكة الشباب\n\nمع الشكر\nأنس الصبري\n", "ar"),
        ("تحية طيبة\n\nالمتحدثون:\n\n1 - الاسم: السيدة مريم عبد الله باوزير - المسمى الوظيفي: منسقة الشبكة - الدور: "
         "النقاش المفتوح\n2 - الاسم: السيد أنس محمد الصبري - المسمى الوظيفي: مسؤول المناصرة - الدور: الجلسة العامة\n\n"
         "الجهة لكليهما: شبكة الشباب\n\nسامي\n", "ar"),
    ],
)
def test_numbered_lines_each_give_one_speaker_and_a_shared_affiliation_below_is_theirs(
        rules: ExtractRules, body: str, language: str) -> None:
    got = _run(_mail(body, subject="Speakers"), rules, language=language).speakers
    assert len(got) == 2
    assert [len(s.name.split()) for s in got] == ([2, 2] if language != "ar" else [4, 3])
    assert all(s.title for s in got)
    assert len({s.affiliation for s in got}) == 1 and got[0].affiliation
    assert [s.roles for s in got] == [("open_discussion",), ("plenary",)]


@pytest.mark.parametrize(
    ("body", "language", "name"),
    [
        ("تحية طيبة،\n\nنود المشاركة في الجلسة العامة.\n\nوسيمثل الدائرة السيد علي كاظم الجبوري، مدير قسم تفتيش العمل."
         "\n\nمع التقدير\nحيدر\n", "ar", "علي كاظم الجبوري"),
        ("تحية طيبة،\n\nنود المشاركة في الجلسة العامة.\n\nوستمثل الجمعية الدكتورة هدى سالم، رئيسة الجمعية.\n\nمع التقدير"
         "\nحيدر\n", "ar", "هدى سالم"),
        ("السلام عليكم\n\nيسرنا المشاركة في المائدة المستديرة الثانية\nويمثل المركز د. سامي يوسف الحداد - منسق البرامج\n\n"
         "شكرا\nحيدر\n", "ar", "سامي يوسف الحداد"),
        ("Dear team,\n\nWe would like to speak in the plenary. The directorate will be represented by Mr. Ali Kazem, Head "
         "of Labour Inspection.\n\nBest,\nHaider\n", "en", "Ali Kazem"),
        ("Bonjour,\n\nNous souhaitons intervenir en plénière. La direction sera représentée par M. Ali Kazem, chef du "
         "service.\n\nCordialement,\nHaider\n", "fr", "Ali Kazem"),
    ],
)
def test_a_clause_before_the_honorific_is_not_part_of_the_name(rules: ExtractRules, body: str, language: str,
                                                                 name: str) -> None:
    got = _run(_mail(body, subject="Request"), rules, language=language).speakers
    assert [s.name for s in got] == [name]
    assert got[0].title


_QUOTED_REQUESTS = {
    "en": "Dear colleagues,\n\nWe request a slot in Roundtable 2.\n\nName: Rodel Santos Macaraeg\nTitle: Welfare Officer\n"
          "Organisation: Gulf Union (GU)\n\nBest regards,\nMarites Dizon\n",
    "fr": "Bonjour,\n\nNous demandons une intervention en table ronde 2.\n\nNom : Rodel Santos Macaraeg\nFonction : Chargé de "
          "la protection\nOrganisation : Union du Golfe (UG)\n\nCordialement,\nMarites Dizon\n",
    "ar": "تحية طيبة،\n\nنرجو تخصيص مداخلة في المائدة المستديرة الثانية.\n\nالاسم: رامي سعيد الخطيب\nالمسمى الوظيفي: مسؤول "
          "الرعاية\nالجهة: اتحاد عمال الخليج\n\nمع التحية\nمريم\n",
}


@pytest.mark.parametrize(
    ("new", "language", "title"),
    [
        ("A small correction: Rodel's title is Senior Welfare Officer (he was promoted).\n\nBest,\nMarites", "en",
         "Senior Welfare Officer"),
        ("Sorry, one fix below - Macaraeg's position should read: Senior Welfare Officer.\n\nMarites", "en",
         "Senior Welfare Officer"),
        ("Petite correction : le titre exact de Rodel est Chargé principal de la protection.\n\nMarites", "fr",
         "Chargé principal de la protection"),
        ("تصحيح بسيط: المسمى الوظيفي لرامي هو مسؤول الرعاية الأول.\n\nمريم", "ar", "مسؤول الرعاية الأول"),
    ],
)
def test_a_reply_stating_the_title_of_a_speaker_named_without_honorific_corrects_it(
        rules: ExtractRules, new: str, language: str, title: str) -> None:
    quoted = "\n".join("> " + line for line in _QUOTED_REQUESTS[language].split("\n"))
    body = f"{new}\n\nOn Thu, 28 Jan 2021 at 11:13, Marites Dizon <m@example.org> wrote:\n\n{quoted}\n"
    got = _run(_mail(body, subject="Re: Speaker request"), rules, language=language).speakers
    assert [s.title for s in got] == [title]


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("Dear Sir/Madam,\n\nI write on behalf of Hon. Amal Yusuf, Member of the Council of Representatives of Bahrain and "
         "Chair of the Arab Parliamentarians Caucus on Migration (APCM), who would like to speak in the plenary.\n\n"
         "Yours faithfully,\nKhalid\n", "en", "Arab Parliamentarians Caucus on Migration (APCM)"),
        ("Dear team,\n\nWe propose Dr. Amal Yusuf, Member of Parliament of Bahrain and Chair of the Arab Parliamentarians "
         "Caucus on Migration (APCM), for the plenary session.\n\nBest,\nKhalid\n", "en",
         "Arab Parliamentarians Caucus on Migration (APCM)"),
        ("Dear team,\n\nMs Amal Yusuf, Senator of Jordan and President of the Regional Network of Women Parliamentarians "
         "(RNWP), wishes to take the floor in roundtable 3.\n\nBest,\nKhalid\n", "en",
         "Regional Network of Women Parliamentarians (RNWP)"),
        ("Madame, Monsieur,\n\nNous proposons Mme Amal Yusuf, Membre du Parlement de Jordanie et Présidente du Réseau Arabe "
         "des Parlementaires pour la Migration (RAPM), pour la plénière.\n\nCordialement,\nKhalid\n", "fr",
         "Réseau Arabe des Parlementaires pour la Migration (RAPM)"),
        ("Bonjour,\n\nJe vous écris au nom de Dr Amal Yusuf, Députée du Maroc et Présidente du Réseau Régional des Femmes "
         "Parlementaires (RRFP), qui souhaite intervenir lors de la table ronde 2.\n\nCordialement,\nKhalid\n", "fr",
         "Réseau Régional des Femmes Parlementaires (RRFP)"),
    ],
)
def test_posts_ending_in_an_organisation_with_its_acronym_give_that_organisation(
        rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    got = _run(_mail(body, subject="Request"), rules, language=language).speakers
    assert [s.affiliation for s in got] == [affiliation]


@pytest.mark.parametrize(
    ("body", "language", "name", "affiliation"),
    [
        ("مساء الخير\nأرغب بالمشاركة بمداخلة في المائدة المستديرة الرابعة\nسارة محمود عودة - مركز بيسان لحقوق اللاجئين، رام الله"
         "\nشكرا\n", "ar", "سارة محمود عودة", "مركز بيسان لحقوق اللاجئين"),
        ("مرحبا\nبدي شارك بالجلسة العامة\nسارة عودة، جمعية النهضة للاجئين - عمّان\n", "ar", "سارة عودة", "جمعية النهضة للاجئين"),
        ("السلام عليكم\nاود المشاركة في النقاش المفتوح\nسارة عودة - منسقة برامج، مركز بيسان للدراسات، بيروت\n", "ar",
         "سارة عودة", "مركز بيسان للدراسات"),
        ("Hi,\nI would like to speak in roundtable 4\nSara Odeh - Bisan Centre for Refugee Rights, Ramallah\nThanks\n", "en",
         "Sara Odeh", "Bisan Centre for Refugee Rights"),
    ],
)
def test_a_person_line_ending_in_a_place_gives_the_name_and_organisation(
        rules: ExtractRules, body: str, language: str, name: str, affiliation: str) -> None:
    got = _run(_mail(body, subject="مشاركة", from_="Sara Odeh <s.odeh@example.org>"), rules, language=language).speakers
    assert [(s.name, s.affiliation) for s in got] == [(name, affiliation)]


@pytest.mark.parametrize(
    ("line", "pairs"),
    [
        ("Fonction / titre\tPrésidente", []),
        ("Position / title\tHead of Advocacy", []),
        ("Nom / Name : Awa Diop", [("name", "Awa Diop")]),
        ("Name / Mary Jones - Title / Coordinator", [("name", "Mary Jones"), ("title", "Coordinator")]),
        ("الاسم / مريم باوزير - المسمى / منسقة الشبكة - الدور: النقاش المفتوح",
         [("name", "مريم باوزير"), ("title", "منسقة الشبكة"), ("role", "النقاش المفتوح")]),
    ],
)
def test_a_slash_after_a_label_opens_its_value_unless_another_label_follows(
        rules: ExtractRules, line: str, pairs: list[tuple[str, str]]) -> None:
    assert _label_pairs(line, rules) == pairs


@pytest.mark.parametrize(
    ("body", "affiliation"),
    [
        ("السلام عليكم،\nأرجو قبول مشاركتي في الجلسة العامة باسم جمعية طلاب دراسات الهجرة\nبجامعة الملك عبدالعزيز.\n\n"
         "الاسم: فيصل الحربي\nالصفة: رئيس الجمعية\n", "جمعية طلاب دراسات الهجرة بجامعة الملك عبدالعزيز"),
        ("السلام عليكم\nأرجو قبول مشاركتي في الجلسة العامة باسم مركز دراسات الهجرة بجامعة الملك عبد العزيز في جدة\n\n"
         "الاسم: فيصل الحربي\nالصفة: مدير المركز\n", "مركز دراسات الهجرة بجامعة الملك عبد العزيز"),
        ("مرحبا\nنرشح الدكتورة هند العتيبي، أستاذة بجامعة الامير سلطان، للمشاركة في المائدة المستديرة الثانية.\n",
         "جامعة الامير سلطان"),
        ("مرحبا\nأود المشاركة في الجلسة العامة باسم مؤسسة الأمير طلال للتنمية.\n\nالاسم: فيصل الحربي\nالصفة: منسق\n",
         "مؤسسة الأمير طلال للتنمية"),
    ],
)
def test_an_organisation_named_after_a_king_or_prince_keeps_the_name(rules: ExtractRules, body: str, affiliation: str) -> None:
    got = _run(_mail(body, subject="مشاركة"), rules, language="ar").speakers
    assert [s.affiliation for s in got] == [affiliation]


@pytest.mark.parametrize(
    ("body", "affiliation"),
    [
        ("تحية طيبة،\nيطيب لإدارة شؤون المواطنين بالخارج بوزارة الشؤون الخارجية والتعاون الإفريقي\nوالموريتانيين في الخارج "
         "أن تبلغكم برغبة الدكتور محمد سالم، مدير شؤون\nالمواطنين بالخارج، في إلقاء كلمة خلال الجلسة العامة للمؤتمر.\n",
         "إدارة شؤون المواطنين بالخارج بوزارة الشؤون الخارجية والتعاون الإفريقي والموريتانيين في الخارج"),
        ("السادة الكرام،\nيسر قسم الدراسات بجامعة القاهرة أن يبلغكم برغبة الأستاذة منى فؤاد، منسقة البحوث، في إلقاء كلمة"
         " خلال الجلسة العامة.\n", "قسم الدراسات بجامعة القاهرة"),
        ("تحية طيبة\nتتشرف مديرية الجالية بوزارة الخارجية بإبلاغكم برغبة السيد سامي نصر، مدير المديرية، في تقديم مداخلة في"
         " المائدة المستديرة الثالثة.\n", "مديرية الجالية بوزارة الخارجية"),
        ("تحية طيبة\nيطيب لجمعية التضامن مع المهاجرين أن تبلغكم برغبة الدكتور محمد سالم، مدير البرامج، في إلقاء كلمة خلال"
         " الجلسة العامة.\n", "جمعية التضامن مع المهاجرين"),
    ],
)
def test_what_a_person_asks_to_do_is_no_organisation_and_the_unit_proposing_keeps_its_body(
        rules: ExtractRules, body: str, affiliation: str) -> None:
    got = _run(_mail(body, subject="طلب مداخلة"), rules, language="ar").speakers
    assert [s.affiliation for s in got] == [affiliation]


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("Bonjour,\nL'Observatoire universitaire des migrations et de la mobilité de l'Université de Sfax (OUMM) souhaite "
         "proposer Pr Hédi Ben Amor, directeur, pour la discussion ouverte.\n", "fr",
         "Observatoire universitaire des migrations et de la mobilité de l'Université de Sfax (OUMM)"),
        ("Bonjour,\nL'Observatoire universitaire des migrations et de la mobilite de l'Universite de Sfax (OUMM) propose "
         "Mme Salma Triki, doctorante, pour la table ronde 3.\n", "fr",
         "Observatoire universitaire des migrations et de la mobilite de l'Universite de Sfax (OUMM)"),
        ("Bonjour,\nle laboratoire des etudes migratoires de l'Université de Tunis (LEM) souhaite proposer M. Ali Ben Salah, "
         "chercheur, pour la table ronde 2.\n", "fr", "laboratoire des etudes migratoires de l'Université de Tunis (LEM)"),
        ("Dear colleagues,\nThe Centre for migration studies of the University of Khartoum (CMS) would like to nominate "
         "Dr. Amal Osman, Senior Researcher, for roundtable 2.\n", "en",
         "Centre for migration studies of the University of Khartoum (CMS)"),
        ("Dear colleagues,\nThe Institute for refugee research at the American University of Beirut (IRR) nominates "
         "Ms. Rana Haddad, Researcher, for the plenary.\n", "en",
         "Institute for refugee research at the American University of Beirut (IRR)"),
        ("Hello,\nthe network of migrant lawyers of the Bar Association of Amman (NML) would like to propose Mr. Omar Said, "
         "coordinator, for roundtable 1.\n", "en", "network of migrant lawyers of the Bar Association of Amman (NML)"),
    ],
)
def test_an_acronym_spelled_out_before_its_host_body_names_the_whole(
        rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    got = _run(_mail(body, subject="Proposition"), rules, language=language).speakers
    assert [s.affiliation for s in got] == [affiliation]


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("Bonjour,\nJe souhaite intervenir à la table ronde 4\nSara Odeh - Centre Bisan pour les droits des réfugiés, Ramallah\n"
         "Merci\n", "fr", "Centre Bisan pour les droits des réfugiés"),
        ("Bonjour,\nJe souhaite intervenir à la table ronde 4\nSara Odeh - coordinatrice, Association Nour pour la protection "
         "des migrants - Tunis\n", "fr", "Association Nour pour la protection des migrants"),
        ("Bonjour,\nje propose Mme Sara Odeh, du Centre Bisan pour les droits des refugies, pour la table ronde 4.\n", "fr",
         "Centre Bisan pour les droits des refugies"),
        ("Hi,\nI would like to speak in roundtable 4\nSara Odeh - Bisan Centre for the rights of refugees, Ramallah\nThanks\n",
         "en", "Bisan Centre for the rights of refugees"),
        ("Hello,\nwe nominate Ms. Sara Odeh of the Bisan Centre for human rights, for roundtable 4.\n", "en",
         "Bisan Centre for human rights"),
        ("Hi,\nI wish to speak at the plenary\nSara Odeh, Nour Association for the protection of migrants\n", "en",
         "Nour Association for the protection of migrants"),
    ],
)
def test_an_organisation_going_on_in_lower_case_with_what_it_works_for_is_not_cut(
        rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    got = _run(_mail(body, subject="Intervention", from_="Sara Odeh <s.odeh@example.org>"), rules, language=language).speakers
    assert [s.affiliation for s in got] == [affiliation]


@pytest.mark.parametrize(
    ("body", "language", "from_", "speaker"),
    [
        ("مساء الخير\nأرغب في المشاركة في المائدة المستديرة الرابعة\nالدكتورة سارة عودة، مديرة مركز بيسان لحقوق اللاجئين\n", "ar",
         "Sara Odeh <s.odeh@example.org>", ("سارة عودة", "مديرة", "مركز بيسان لحقوق اللاجئين")),
        ("مرحبا\nأود المشاركة في الجلسة العامة\nالأستاذ خالد عمر - جمعية النهضة للاجئين\n", "ar",
         "Khaled Omar <k.omar@example.org>", ("خالد عمر", None, "جمعية النهضة للاجئين")),
        ("مرحبا\nأود المشاركة في الجلسة العامة\nالسيدة منى فؤاد، منسقة، شبكة المشرق للهجرة\n", "ar",
         "Mona Fouad <m.f@example.org>", ("منى فؤاد", "منسقة", "شبكة المشرق للهجرة")),
        ("Hello,\nI would like to speak at roundtable 4.\nDr. Sara Odeh, Director, Bisan Centre for Refugee Rights\n", "en",
         "سارة عودة <s@example.org>", ("Sara Odeh", "Director", "Bisan Centre for Refugee Rights")),
        ("Bonjour,\nJe souhaite intervenir à la table ronde 4.\nDr Sara Odeh, directrice, Centre Bisan\n", "fr",
         "سارة عودة <s@example.org>", ("Sara Odeh", "directrice", "Centre Bisan")),
    ],
)
def test_a_sender_describing_themself_in_the_other_script_is_one_speaker(
        rules: ExtractRules, body: str, language: str, from_: str, speaker: tuple[str, str | None, str]) -> None:
    got = _run(_mail(body, subject="مشاركة", from_=from_), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in got] == [speaker]


def test_a_sender_asking_besides_a_colleague_in_the_other_script_stays_a_speaker(rules: ExtractRules) -> None:
    body = "Hello,\nI would like to speak at the plenary.\nMy colleague Dr. Sara Odeh, director of Bisan Centre, would like to join roundtable 4.\n"
    got = _run(_mail(body, from_="سارة عودة <s@example.org>"), rules).speakers
    assert [s.name for s in got] == ["سارة عودة", "Sara Odeh"]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Dear all,\nWe propose Ms. Priya Nair, a returnee domestic worker who will share her own experience, for roundtable 2.\n",
         "en"),
        ("Dear all,\nWe propose Mr. Ravi Das, an ex-migrant worker who returned from Qatar last year, for the plenary.\n", "en"),
        ("Dear all,\nWe propose Ms Priya Nair, a former caregiver whose story was in the press, for roundtable 2\n", "en"),
        ("Bonjour,\nNous proposons Mme Awa Diop, une ancienne travailleuse domestique qui partagera son expérience, pour la table "
         "ronde 2.\n", "fr"),
        ("Bonjour,\nnous proposons M. Ali Ba, un jeune migrant de retour qui temoignera de son parcours, pour la pleniere.\n", "fr"),
        ("Bonjour,\nNous proposons Mme Awa Diop, une ancienne domestique dont le témoignage est attendu, pour la table ronde 2.\n", "fr"),
    ],
)
def test_a_person_described_with_a_relative_clause_has_no_job_title(rules: ExtractRules, body: str, language: str) -> None:
    got = _run(_mail(body, subject="Speakers"), rules, language=language).speakers
    assert len(got) == 1 and got[0].title is None


@pytest.mark.parametrize(
    ("body", "affiliation"),
    [
        ("تحية طيبة\nنرفق لكم التقرير الطوعي للجنة الهجرة واللجوء بنقابة المحامين\n\nونرشح الأستاذة ندى كرم، رئيسة لجنة الهجرة "
         "واللجوء، للمشاركة في المائدة المستديرة الرابعة.\n", "لجنة الهجرة واللجوء بنقابة المحامين"),
        ("مرحبا\nتعمل لجنة الدراسات بجامعة القاهرة على قضايا العودة.\nنرشح الدكتور علي حسن، رئيس لجنة الدراسات، للجلسة العامة.\n",
         "لجنة الدراسات بجامعة القاهرة"),
        ("تحية طيبة\nنرشح السيدة منى علي، منسقة وحدة الحماية، للمشاركة في النقاش المفتوح.\nوحدة الحماية بمنظمة النهضة للاجئين\n",
         "وحدة الحماية بمنظمة النهضة للاجئين"),
    ],
)
def test_a_unit_written_elsewhere_with_its_body_takes_that_fuller_name(rules: ExtractRules, body: str, affiliation: str) -> None:
    got = _run(_mail(body, subject="ترشيح"), rules, language="ar").speakers
    assert [s.affiliation for s in got] == [affiliation]


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("Bonjour,\nAu nom de l'Association Sahel Migrations (ASM), nous proposons Mme Awa Diop, présidente de l'ASM et "
         "maîtresse de conférences en sociologie, pour la table ronde 2.\n", "fr", "Association Sahel Migrations (ASM)"),
        ("Bonjour,\nJe m'appelle Nadia Karim, coordinatrice du Réseau Migrations Maghreb & chercheuse en démographie, et je "
         "souhaite intervenir à la table ronde 3.\n", "fr", "Réseau Migrations Maghreb"),
        ("Bonjour,\nnous proposons M. Ali Ba, president de la Ligue Sahelienne des Migrants et professeur de droit, pour la "
         "pleniere.\n", "fr", "Ligue Sahelienne des Migrants"),
        ("Hello,\nI am Lina Haddad, researcher at MWN and lecturer at Cairo University, and I would like to speak at "
         "roundtable 1.\n", "en", "MWN"),
        ("Good morning,\nwe propose Mr. Tony Haddad, advocacy officer at KAFA and founder of the Domestic Workers Union, "
         "for roundtable 3.\n", "en", "KAFA"),
        ("Dear colleagues,\nwe nominate Mr Omar Said, coordinator at the Amel Association and also a lecturer in economics, "
         "for the plenary.\n", "en", "Amel Association"),
        ("مرحبا\nنرشح السيدة منى علي، منسقة في شبكة المشرق للهجرة وباحثة في قضايا العمل، للمشاركة في المائدة المستديرة الثانية.\n",
         "ar", "شبكة المشرق للهجرة"),
        ("تحية طيبة\nأنا الدكتور علي حسن، أستاذ في جامعة القاهرة ومستشار لدى الشبكة، وأرغب في المشاركة في الجلسة العامة.\n",
         "ar", "جامعة القاهرة"),
        ("مرحبا\nنرشح د. سلمى يوسف، باحثة في مركز دراسات اللجوء ومحاضرة في الجامعة، للجلسة العامة.\n", "ar", "مركز دراسات اللجوء"),
    ],
)
def test_a_second_post_joined_by_and_is_not_part_of_the_organisation(
        rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    got = _run(_mail(body, subject="Speakers"), rules, language=language).speakers
    assert [s.affiliation for s in got] == [affiliation]


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("Dear colleagues,\nWe would like to propose two speakers:\n\n- Dr. Elena Marchetti, UNFPA Representative, Sudan - for "
         "the plenary;\n- Ms. Hawa Idris, Gender Specialist - for roundtable two.\n\nBoth are with the United Nations Population "
         "Fund (UNFPA) Sudan Country Office.\n", "en", "United Nations Population Fund (UNFPA) Sudan Country Office"),
        ("Dear colleagues,\nWe propose Dr. Elena Marchetti, Representative, Sudan, for the plenary.\nShe works with the United "
         "Nations Population Fund (UNFPA) Sudan Country Office.\n", "en", "United Nations Population Fund (UNFPA) Sudan Country Office"),
        ("Hello,\nwe propose Ms Hawa Idris, programme specialist, Sudan - for roundtable two.\n", "en", None),
        ("Bonjour,\nnous proposons Mme Claire Martin, Représentante, Maroc, pour la table ronde 1.\n", "fr", None),
        ("Bonjour,\nNous proposons M. Paul Girard, chargé de programme, Liban, pour la plénière.\n", "fr", None),
        ("Bonjour,\nnous proposons Mme Claire Martin, representante, Jordanie - pour la table ronde 1.\n", "fr", None),
        ("مرحبا\nنرشح الدكتور سامي خليل، ممثل المكتب، الأردن، للجلسة العامة.\n", "ar", None),
        ("مرحبا\nنرشح السيدة هدى سالم، منسقة البرامج، لبنان، للمائدة المستديرة الثانية.\n", "ar", None),
        ("مرحبا\nنرشح السيد علي حسن، مستشار، مصر - للجلسة العامة.\n", "ar", None),
    ],
)
def test_a_country_after_the_post_is_no_affiliation(rules: ExtractRules, body: str, language: str, affiliation: str | None) -> None:
    got = _run(_mail(body, subject="Speakers"), rules, language=language).speakers
    assert [s.affiliation for s in got][:1] == [affiliation]


@pytest.mark.parametrize(
    ("language", "new", "question", "proposal", "expected"),
    [
        ("fr", "Merci pour votre retour. Le titre de M. Traoré est : Secrétaire général de l'ARMA.\n",
         "Pourriez-vous nous indiquer la fonction de M. Bakary Traoré ?",
         "Notre intervenant sera M. Bakary Traoré, pour la discussion ouverte.", ("Bakary Traoré", "Secrétaire général")),
        ("fr", "Bonjour, la fonction de Mme Diop : chargee de plaidoyer\n",
         "Merci de nous donner le titre de Mme Diop.",
         "Nous proposons Mme Awa Diop pour la table ronde 3.", ("Awa Diop", "chargee de plaidoyer")),
        ("fr", "Bien sûr. Le poste exact de Dr Sall est coordinateur régional.\n",
         "Quel est le poste de Dr Sall ?",
         "Nous proposons Dr Ibrahima Sall pour la plénière.", ("Ibrahima Sall", "coordinateur régional")),
        ("en", "Thanks. Ms. Smith's title is: Senior Legal Officer\n",
         "Could you tell us the title of Ms. Jane Smith?",
         "We would like to nominate Ms. Jane Smith for roundtable 2.", ("Jane Smith", "Senior Legal Officer")),
        ("en", "Sure, the position of Dr. Ali is Head of Research.\n",
         "What is Dr. Ali's position?",
         "We nominate Dr. Omar Ali for the plenary.", ("Omar Ali", "Head of Research")),
        ("en", "Mr. Okafor's job title: programme coordinator\n",
         "Please send us the job title of Mr. Okafor.",
         "We propose Mr. Chidi Okafor for roundtable 1.", ("Chidi Okafor", "programme coordinator")),
        ("ar", "شكرا لكم. المسمى الوظيفي للأستاذة رحاب: منسقة وحدة التقاضي\n",
         "هل يمكنكم إفادتنا بالمسمى الوظيفي للأستاذة رحاب؟",
         "تود العيادة ترشيح الأستاذة رحاب فتحي للمداخلة في المائدة المستديرة الثانية.", ("رحاب فتحي", "منسقة وحدة التقاضي")),
        ("ar", "يشغل الدكتور سالم منصب مدير البرامج.\n",
         "ما هو منصب الدكتور سالم؟",
         "نرشح الدكتور سالم يوسف للمشاركة في الجلسة العامة.", ("سالم يوسف", "مدير البرامج")),
        ("ar", "منصبها هو منسقة المشاريع، السيدة هدى\n",
         "نرجو تزويدنا بمنصب السيدة هدى.",
         "نرشح السيدة هدى سالم للمائدة المستديرة الأولى.", ("هدى سالم", "منسقة المشاريع")),
    ],
)
def test_a_follow_up_to_the_secretariats_question_gives_the_title_of_the_speaker_proposed_before(
        rules: ExtractRules, language: str, new: str, question: str, proposal: str, expected: tuple) -> None:
    """The secretariat's question sits between the reply and the proposal it completes: the speaker is in the message
    quoted twice."""
    header = {"ar": "في الأربعاء، 3 فبراير 2021 في 12:19 م، كتب {who}:",
              "en": "On Wed, 3 Feb 2021 at 12:19, {who} wrote:",
              "fr": "Le mer. 3 févr. 2021 à 12:19, {who} a écrit :"}[language]
    body = (f"{new}\nThanks,\nSomeone\n\n{header.format(who='Secretariat <gcm@example.int>')}\n> {question}\n>\n"
            f"> {header.format(who='Someone <someone@example.org>')}\n>> {proposal}\n")
    (s,) = _run(_mail(body, subject="Re: Invitation"), rules, language=language).speakers
    assert (s.name, s.title) == expected


@pytest.mark.parametrize(
    ("body", "language", "title"),
    [
        ("Good afternoon. I wish to speak in the plenary. My name is Kwame Mensah, I am the chairman of our community "
         "association here. Thank you\n", "en", "chairman"),
        ("Hi,\nMy name is Grace Owusu and I am the coordinator of our domestic workers network here. I would like to speak at "
         "roundtable 3.\n", "en", "coordinator"),
        ("Hello,\nI am John Mensah, Secretary of our small migrant association, and I wish to take the floor in the plenary.\n",
         "en", "Secretary"),
        ("Bonjour,\nJe m'appelle Awa Diop, je suis la présidente de notre petite association de quartier, et je souhaite "
         "intervenir à la plénière.\n", "fr", "présidente"),
        ("Bonjour,\nnous proposons M. Ali Ba, tresorier de notre collectif de travailleurs, pour la table ronde 2.\n", "fr",
         "tresorier"),
        ("Bonjour,\nje suis Fatou Sow, coordinatrice de notre reseau de femmes migrantes, et je voudrais intervenir a la table "
         "ronde 2.\n", "fr", "coordinatrice"),
    ],
)
def test_a_title_ends_before_a_possessive_reference_to_the_proposers_body(
        rules: ExtractRules, body: str, language: str, title: str) -> None:
    got = _run(_mail(body, subject="Speaking request"), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in got] == [(title, None)]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("مساء الخير،\nنود ترشيح الأستاذ محمد علي الورفلي، منسق شبكة المتطوعين الشباب، لتقديم الرسائل الرئيسية بصفته مقرراً.\n",
         "منسق"),
        ("تحية طيبة،\nنرشح السيدة هدى سالم، مديرة البرامج في جمعية الأمل، للمشاركة في المائدة المستديرة الثانية بصفتها مقررة.\n",
         "مديرة البرامج"),
        ("السلام عليكم\nيسرنا ترشيح د. سامي يوسف، رئيس المنتدى، بصفته مقررا للجلسة العامة\n", "رئيس المنتدى"),
    ],
)
def test_the_role_a_speaker_takes_on_as_rapporteur_is_no_statement_of_their_title(
        rules: ExtractRules, body: str, title: str) -> None:
    """"بصفته مقرراً" ("as rapporteur") names the role, while "صفته هي" ("his title is") states the title."""
    (s,) = _run(_mail(body, subject="ترشيح متحدث"), rules, language="ar").speakers
    assert s.title == title


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Madame, Monsieur,\nLe Forum souhaite que son vice-président, le Dr Anis Gharbi, puisse porter les messages clés "
         "en qualité de rapporteur.\n\nAnis Gharbi\nVice-président, FTDMR\n", "fr"),
        ("Bonjour,\nNotre association propose que Mme Awa Diop, pourra intervenir a la table ronde 2 sur la protection.\n\n"
         "Awa Diop\nVice-présidente, ASMA\n", "fr"),
        ("Bonjour,\nnous souhaitons que M. Ali Ba, puisse presenter nos messages lors de la pleniere.\n\nAli Ba\n"
         "Vice-président, ASMA\n", "fr"),
        ("Dear colleagues,\nWe would like that Dr. Sara Khan, could present the key messages as rapporteur.\n\nSara Khan\n"
         "Vice-President, MRF\n", "en"),
        ("Hello,\nWe propose that Ms. Jane Doe, may speak in the plenary on behalf of our network.\n\nJane Doe\n"
         "Vice-President, MRF\n", "en"),
        ("Hi,\nWe suggest that Mr. Tom Ade, shall take the floor at roundtable 3.\n\nTom Ade\nVice-President, MRF\n",
         "en"),
    ],
)
def test_a_modal_after_the_speakers_name_opens_what_they_will_do_not_their_title(
        rules: ExtractRules, body: str, language: str) -> None:
    (s,) = _run(_mail(body, subject="Speaker"), rules, language=language).speakers
    assert s.title is not None and fold(s.title).startswith("vice-president")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Dear Sir/Madam,\nWe nominate Atty. Jose Ramil Santos, legal officer of our centre, for roundtable 2.\n",
         "Jose Ramil Santos"),
        ("Good day,\nWe nominate atty Maria Cruz, our legal counsel, to speak at the plenary.\n", "Maria Cruz"),
        ("Hello,\nwe would like ATTY. Ma. Luisa Reyes, Executive Director of our centre, to speak at roundtable 1.\n",
         "Ma. Luisa Reyes"),
    ],
)
def test_atty_is_an_honorific_and_ma_is_part_of_a_filipino_name(rules: ExtractRules, body: str, name: str) -> None:
    (s,) = _run(_mail(body, subject="Speaker nomination"), rules).speakers
    assert s.name == name


@pytest.mark.parametrize(
    ("body", "from_", "language", "name"),
    [
        ("Hello, I would like to request to speak at roundtable 2 on the 24th. Grace Wanjiru Mwangi, Welfare Officer. "
         "I work with Kenyan domestic workers here.\nThanks\n", "Grace Wanjiru <gw@example.org>", "en", "Grace Wanjiru Mwangi"),
        ("Hi, I wish to speak at the plenary.\nPeter Otieno Kamau\nThanks\n", "Peter Otieno <po@example.org>", "en",
         "Peter Otieno Kamau"),
        ("Hello, I'd like to speak in roundtable 3; joseph Ade Bello Okoro; community leader.\n", "Joseph Ade <j@example.org>",
         "en", "Joseph Ade"),
        ("Bonjour, je souhaite intervenir à la table ronde 2. Aminata Koné Traoré, animatrice communautaire.\nMerci\n",
         "Aminata Kone <ak@example.org>", "fr", "Aminata Koné Traoré"),
        ("Bonjour, je voudrais prendre la parole en plénière. Moussa Diallo Sow : président d'association. Merci\n",
         "Moussa Diallo <md@example.org>", "fr", "Moussa Diallo Sow"),
        ("Bonjour, je souhaite intervenir à la table ronde 1. Fatou Ndiaye Ici je travaille avec les migrants.\n",
         "Fatou Ndiaye <fn@example.org>", "fr", "Fatou Ndiaye"),
    ],
)
def test_the_senders_display_name_takes_the_family_name_the_body_adds_to_it(
        rules: ExtractRules, body: str, from_: str, language: str, name: str) -> None:
    (s,) = _run(_mail(body, subject="Request", from_=from_), rules, language=language).speakers
    assert s.name == name


@pytest.mark.parametrize(
    ("body", "language", "title"),
    [
        ("Dear team,\nI am pleased to put forward Dr. Amina Yusuf Hassan, Child Protection Specialist (Migration) in our "
         "section, as a speaker for roundtable 3.\n", "en", "Child Protection Specialist (Migration)"),
        ("Dear team,\nWe propose Ms. Jane Doe, Programme Officer within our team, to speak at the plenary.\n", "en",
         "Programme Officer"),
        ("Hello,\nwe nominate Mr John Smith, senior legal adviser in our unit, for roundtable 2.\n", "en", "senior legal adviser"),
        ("Bonjour,\nnous proposons Mme Awa Diop, chargée de programme dans notre équipe, pour la table ronde 2.\n", "fr",
         "chargée de programme"),
        ("Bonjour,\nnous proposons M. Ali Ba, juriste au sein de notre service, pour la plénière.\n", "fr", "juriste"),
        ("Bonjour,\nnous proposons M. Ali Ba, Responsable Plaidoyer dans notre section, pour la plénière.\n", "fr",
         "Responsable Plaidoyer"),
        ("تحية طيبة،\nنرشح السيدة هدى سالم، منسقة البرامج في قسمنا، للمائدة المستديرة الثانية.\n", "ar", "منسقة البرامج"),
        ("تحية طيبة،\nنرشح الأستاذ سامي يوسف، مستشار قانوني ضمن فريقنا، للجلسة العامة.\n", "ar", "مستشار قانوني"),
        ("تحية طيبة،\nنرشح الدكتور علي حسن، باحث في وحدتنا، للمائدة المستديرة الأولى.\n", "ar", "باحث"),
    ],
)
def test_a_title_ends_before_the_proposers_own_unit(rules: ExtractRules, body: str, language: str, title: str) -> None:
    (s,) = _run(_mail(body, subject="Speaker"), rules, language=language).speakers
    assert s.title == title


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("Bonjour,\nL'Association pour une Migration Digne (AMD) propose Mme Awa Diop, présidente de l'AMD, pour la table "
         "ronde 1.\n", "fr", "Association pour une Migration Digne (AMD)"),
        ("Madame, Monsieur,\nLe Collectif pour un Accueil Solidaire des Exilés\n(CASE) souhaite proposer M. Ali Ba, trésorier "
         "du CASE, pour la plénière.\n", "fr", "Collectif pour un Accueil Solidaire des Exilés (CASE)"),
        ("Bonjour\nle Reseau pour une Integration Durable (RID) propose M. Omar Sy, coordinateur du RID, pour la table ronde 2\n",
         "fr", "Reseau pour une Integration Durable (RID)"),
        ("Dear team,\nThe Alliance for an Inclusive Future (AIF) nominates Ms. Jane Doe, Director of AIF, for the plenary.\n",
         "en", "Alliance for an Inclusive Future (AIF)"),
        ("Hello,\nthe Network for a Fair Recruitment (NFR) would like Mr. John Smith, chair of the NFR, to speak at "
         "roundtable 2.\n", "en", "Network for a Fair Recruitment (NFR)"),
        ("Hi,\nCoalition for an Open\nDialogue (COD) proposes Dr. Sara Khan, adviser at COD, for roundtable 3.\n", "en",
         "Coalition for an Open Dialogue (COD)"),
    ],
)
def test_an_acronym_skips_the_indefinite_article_of_the_name_it_spells(
        rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    (s,) = _run(_mail(body, subject="Speaker"), rules, language=language).speakers
    assert s.affiliation == affiliation


@pytest.mark.parametrize(
    ("language", "new", "question", "proposal", "affiliation"),
    [
        ("en", "Sorry about that. It's the Kenyan Workers Welfare Association, Doha. I am the welfare officer there.",
         "Could you please let us know the organisation you represent?",
         "Hello, I would like to speak at roundtable 2. Grace Wanjiru Mwangi, Welfare Officer.",
         "Kenyan Workers Welfare Association"),
        ("en", "Hi, it is the Migrant Domestic Workers Union. Thanks",
         "Which organisation do you represent?",
         "Hello, I wish to speak at the plenary. Peter Otieno Kamau, organiser.", "Migrant Domestic Workers Union"),
        ("en", "Of course. It's the Filipino Community Network in Kuwait City.",
         "Please tell us your organisation.",
         "Hi, I would like to take the floor at roundtable 3. Maria Santos, volunteer.", "Filipino Community Network"),
        ("fr", "Bonjour, c'est l'Association des Travailleurs Sénégalais, à Beyrouth. Merci",
         "Pourriez-vous nous indiquer votre organisation ?",
         "Bonjour, je souhaite intervenir à la table ronde 2. Aminata Traoré, animatrice.",
         "Association des Travailleurs Sénégalais"),
        ("fr", "Pardon. C'est la Fédération des Migrants du Maghreb.",
         "Quelle organisation représentez-vous ?",
         "Bonjour, je voudrais prendre la parole en plénière. Moussa Diallo, président.", "Fédération des Migrants du Maghreb"),
        ("fr", "Merci, c'est le Collectif des Femmes Migrantes. Bonne journée",
         "Merci de préciser votre organisation.",
         "Bonjour, je souhaite intervenir à la table ronde 1. Fatou Ndiaye, coordinatrice.", "Collectif des Femmes Migrantes"),
    ],
)
def test_a_reply_naming_the_organisation_the_secretariat_asked_for_completes_the_sender(
        rules: ExtractRules, language: str, new: str, question: str, proposal: str, affiliation: str) -> None:
    header = {"en": "On Wed, 3 Feb 2021 at 12:19, {who} wrote:",
              "fr": "Le mer. 3 févr. 2021 à 12:19, {who} a écrit :"}[language]
    body = (f"{new}\n\n{header.format(who='Secretariat <gcm@example.int>')}\n> {question}\n>\n"
            f"> {header.format(who='Someone <someone@example.org>')}\n>> {proposal}\n")
    sender = " ".join(proposal.split(". ")[-1].split(",")[0].split()[:2])
    (s,) = _run(_mail(body, subject="Re: Speaking request", from_=f"{sender} <someone@example.org>"), rules,
                language=language).speakers
    assert s.affiliation == affiliation


@pytest.mark.parametrize(
    ("body", "language", "organisation"),
    [
        ("Sorry about that. It's the Kenyan Workers Welfare Association, Doha.\n\nGrace", "en",
         "Kenyan Workers Welfare Association"),
        ("Hello,\n\nThat's the Sahel Women Network, where I coordinate the Doha branch.\n\nAwa", "en", "Sahel Women Network"),
        ("Bonjour,\n\nC'est l'Association des Femmes de Rosso qui présente ce rapport.\n\nAwa", "fr",
         "Association des Femmes de Rosso"),
    ],
)
def test_an_organisation_named_after_it_is_does_not_start_with_it(rules: ExtractRules, body: str, language: str,
                                                                   organisation: str) -> None:
    assert _run(_mail(body, subject="Re: Request"), rules, category="other", language=language).organisation == organisation


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        ("يرشح المكتب سعادة الملحق العمالي الأستاذ/ عثمان الطيب محمد أحمد للتحدث في المائدة المستديرة الرابعة.",
         "عثمان الطيب محمد أحمد", "الملحق العمالي"),
        ("يرشح مكتبنا سعادة الملحق الثقافي د. سامر يوسف للمشاركة في الجلسة العامة.", "سامر يوسف", "الملحق الثقافي"),
        ("نرشح سعادة القنصل العام السيد حسن علي للتحدث في المائدة المستديرة الثانية.", "حسن علي", "القنصل العام"),
        ("تتشرف الوزارة بترشيح سعادة وكيل وزارة العمل الأستاذ/ فهد الدوسري للتحدث في الجلسة العامة.", "فهد الدوسري",
         "وكيل وزارة العمل"),
    ],
)
def test_a_post_between_two_forms_of_address_is_the_title_of_one_speaker(
        rules: ExtractRules, body: str, name: str, title: str) -> None:
    (s,) = _run(_mail(f"السادة المحترمين،\n\n{body}\n", subject="ترشيح متحدث"), rules, language="ar").speakers
    assert (s.name, s.title) == (name, title)


@pytest.mark.parametrize(
    ("body", "language", "affiliation"),
    [
        ("بالإشارة إلى الموضوع أعلاه، يرشح مكتب الملحق العمالي بسفارة جمهورية السودان لدى المملكة العربية\nالسعودية "
         "سعادة الملحق العمالي الأستاذ/ عثمان الطيب للتحدث في المائدة المستديرة الرابعة.", "ar",
         "مكتب الملحق العمالي بسفارة جمهورية السودان لدى المملكة العربية السعودية"),
        ("يرشح المكتب العمالي بسفارة جمهورية الفلبين لدى دولة الكويت السيدة ماريا سانتوس للتحدث في الجلسة العامة.", "ar",
         "المكتب العمالي بسفارة جمهورية الفلبين لدى دولة الكويت"),
        ("يتشرف مكتب العمل بقنصلية جمهورية مصر العربية في دبي بترشيح الأستاذ/ أحمد سمير للتحدث في المائدة المستديرة "
         "الثانية.", "ar", "مكتب العمل بقنصلية جمهورية مصر العربية في دبي"),
        ("يرشح مكتب الشؤون العمالية بسفارة بنغلاديش السيد كريم الدين للتحدث في الجلسة العامة.", "ar",
         "مكتب الشؤون العمالية بسفارة بنغلاديش"),
        ("يرشح المكتب العمالي بسفارة دولة فلسطين لدى الجمهورية اللبنانية السيد سامر عودة للتحدث في الجلسة العامة.", "ar",
         "المكتب العمالي بسفارة دولة فلسطين لدى الجمهورية اللبنانية"),
        ("يرشح مكتب العمل بسفارة دولة ليبيا لدى الجمهورية التونسية السيد سالم المبروك للتحدث في المائدة المستديرة الأولى.",
         "ar", "مكتب العمل بسفارة دولة ليبيا لدى الجمهورية التونسية"),
        ("ترشح سفارة جمهورية الفلبين لدى دولة الكويت السيدة ماريا سانتوس للتحدث في الجلسة العامة.", "ar",
         "سفارة جمهورية الفلبين لدى دولة الكويت"),
        ("The Embassy of the Philippines in Kuwait nominates Ms Maria Santos, Labour Attaché, to speak at the plenary.",
         "en", "Embassy of the Philippines in Kuwait"),
        ("I am Maria Santos, Labour Attaché at the Embassy of the Philippines in Kuwait. I wish to speak at the plenary.",
         "en", "Embassy of the Philippines in Kuwait"),
        ("L'Ambassade du Sénégal au Liban propose M. Moussa Diop, attaché social, pour la table ronde 2.", "fr",
         "Ambassade du Sénégal au Liban"),
    ],
)
def test_a_mission_and_the_office_it_houses_name_the_speakers_organisation(
        rules: ExtractRules, body: str, language: str, affiliation: str) -> None:
    (s,) = _run(_mail(f"Madame, Monsieur,\n\n{body}\n", subject="Speaker"), rules, language=language).speakers
    assert s.affiliation == affiliation


@pytest.mark.parametrize(
    ("body", "title", "affiliation"),
    [
        ("نرغب في منظمة أطباء من أجل الكرامة في ترشيح اثنين من فريقنا:\n1- الدكتور عمر حسن بامطرف، المدير الطبي للبرنامج في "
         "عدن ولحج، للمشاركة في النقاش المفتوح.\n2- السيدة فاطمة العولقي، منسقة الحماية والإحالة، لمداخلة في المائدة "
         "المستديرة الثانية.", ("المدير الطبي للبرنامج في عدن ولحج", "منسقة الحماية والإحالة"),
         ("منظمة أطباء من أجل الكرامة", "منظمة أطباء من أجل الكرامة")),
        ("يسر جمعية الأمل للتنمية ترشيح اثنين من فريقها:\n1- السيد علي حسن، منسق المشاريع في صنعاء وتعز، للجلسة العامة.\n2- السيدة هدى سالم، "
         "باحثة، بمداخلة في المائدة المستديرة الأولى.", ("منسق المشاريع في صنعاء وتعز", "باحثة"),
         ("جمعية الأمل للتنمية", "جمعية الأمل للتنمية")),
        ("نود في مركز دراسات الهجرة ترشيح اثنين من فريقنا:\n1- الدكتور سامي يوسف، مدير المكتب في بيروت، للمشاركة في النقاش المفتوح.\n2- الأستاذة ريم "
         "عيتاني، محامية، لمداخلة في الجلسة العامة.", ("مدير المكتب في بيروت", "محامية"),
         ("مركز دراسات الهجرة", "مركز دراسات الهجرة")),
    ],
)
def test_a_place_after_an_arabic_title_and_a_role_after_it_are_no_organisation(
        rules: ExtractRules, body: str, title: tuple[str, str], affiliation: tuple[str, str]) -> None:
    speakers = _run(_mail(f"تحية طيبة،\n\n{body}\n", subject="ترشيح متحدثين"), rules, language="ar").speakers
    assert tuple(s.title for s in speakers) == title
    assert tuple(s.affiliation for s in speakers) == affiliation


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("يتشرف المجلس بأن يرشح عضو المجلس ومقرر لجنة حقوق المهاجرين واللاجئين، الأستاذ عبد الرحيم بلقاسم، للتحدث في "
         "الجلسة العامة.", "عضو المجلس ومقرر لجنة حقوق المهاجرين واللاجئين"),
        ("يسرنا أن نرشح رئيسة الجمعية وعضوة الهيئة الإدارية، السيدة هدى سالم، للتحدث في الجلسة العامة.",
         "رئيسة الجمعية وعضوة الهيئة الإدارية"),
        ("يتشرف المجلس بأن يرشح مقرر لجنة حقوق المهاجرين، الأستاذ عبد الرحيم بلقاسم، للتحدث في الجلسة العامة.",
         "مقرر لجنة حقوق المهاجرين"),
        ("يتشرف المجلس الأعلى لحقوق الإنسان بأن يرشح عضو المجلس، الأستاذ عبد الرحيم بلقاسم، بصفة مقرر.", "عضو المجلس"),
    ],
)
def test_two_posts_joined_before_the_name_are_one_title_and_the_rapporteur_role_is_none(
        rules: ExtractRules, body: str, title: str) -> None:
    (s,) = _run(_mail(f"تحية طيبة،\n\n{body}\n", subject="ترشيح"), rules, language="ar").speakers
    assert (s.name, s.title) == ("عبد الرحيم بلقاسم" if "بلقاسم" in body else "هدى سالم", title)


@pytest.mark.parametrize(
    ("body", "language", "name", "affiliation"),
    [
        ("Bonjour, je voudrais prendre la parole à la table ronde 1 sur le travail décent.\nMoussa Diagne\n"
         "Syndicat Libre des Pêcheurs Artisanaux de Nouadhibou\n\nEnvoyé de mon iPhone\n", "fr", "Moussa Diagne",
         "Syndicat Libre des Pêcheurs Artisanaux de Nouadhibou"),
        ("Hi, I would like to speak at roundtable 2 on decent work.\nGrace Mwangi\nKenyan Workers Welfare Association\n",
         "en", "Grace Mwangi", "Kenyan Workers Welfare Association"),
        ("مرحبا، أرغب في التحدث في المائدة المستديرة الثانية.\nهدى سالم\nجمعية الأمل للتنمية\n\nأُرسلت من هاتفي\n", "ar",
         "هدى سالم", "جمعية الأمل للتنمية"),
    ],
)
def test_a_phone_message_signed_right_under_its_only_sentence(rules: ExtractRules, body: str, language: str, name: str,
                                                              affiliation: str) -> None:
    (s,) = _run(_mail(body, subject="Table ronde"), rules, language=language).speakers
    assert (s.name, s.affiliation) == (name, affiliation)


@pytest.mark.parametrize(
    ("signature", "language", "title"),
    [
        ("Ibrahima Keita\nIndependent consultant, labour migration\nBamako / Algiers", "en",
         "Independent consultant, labour migration"),
        ("Jane Doe\nSenior Officer, Protection\nBeirut, Lebanon", "en", "Senior Officer, Protection"),
        ("Awa Diop\nConsultante indépendante, migrations de travail\nDakar, Sénégal", "fr",
         "Consultante indépendante, migrations de travail"),
    ],
)
def test_a_field_after_a_signed_title_is_part_of_it(rules: ExtractRules, signature: str, language: str, title: str) -> None:
    ask = {"en": "I would like to request a floor intervention in Roundtable 1.",
           "fr": "Je souhaite intervenir à la table ronde 1."}[language]
    (s,) = _run(_mail(f"Hello,\n\n{ask}\n\n{signature}\n", subject="Speaker"), rules, language=language).speakers
    assert (s.title, s.affiliation) == (title, None)


@pytest.mark.parametrize(
    ("body", "language", "title", "affiliation"),
    [
        ("The Directorate General of Comorians Abroad of the Ministry of Foreign Affairs is pleased to nominate Mr. Said "
         "Mmadi, Director of Diaspora Engagement, to speak at roundtable 3.", "en", "Director of Diaspora Engagement",
         "Directorate General of Comorians Abroad of the Ministry of Foreign Affairs"),
        ("The Migrant Forum nominates Ms. Jane Doe, Head of Community Engagement, for the plenary.", "en",
         "Head of Community Engagement", "Migrant Forum"),
        ("Le Réseau des Migrants propose M. Ali Ba, Directeur de la Diaspora, pour la table ronde 3.", "fr",
         "Directeur de la Diaspora", "Réseau des Migrants"),
    ],
)
def test_a_field_a_post_covers_is_no_organisation_even_capitalised(rules: ExtractRules, body: str, language: str,
                                                                    title: str, affiliation: str) -> None:
    (s,) = _run(_mail(f"Dear Sir/Madam,\n\n{body}\n", subject="Speaker"), rules, language=language).speakers
    assert (s.title, s.affiliation) == (title, affiliation)


@pytest.mark.parametrize(
    ("signature", "language", "affiliation"),
    [
        ("أميرة الطرابلسي\nمنسقة المشاريع\nالتجمع الشبابي للمسرح التفاعلي \"ركح\"\nصفاقس، تونس", "ar",
         "التجمع الشبابي للمسرح التفاعلي \"ركح\""),
        ("Jane Doe\nCoordinator\nYouth Collective \"Stage for All\"", "en", "Youth Collective \"Stage for All\""),
        ("Awa Diop\nPrésidente\nAssociation \"Main dans la Main\"", "fr", "Association \"Main dans la Main\""),
    ],
)
def test_a_name_in_quotes_keeps_its_closing_quote(rules: ExtractRules, signature: str, language: str,
                                                 affiliation: str) -> None:
    ask = {"ar": "أرغب في المشاركة في النقاش المفتوح.", "en": "I would like to speak at the plenary.",
           "fr": "Je souhaite intervenir en plénière."}[language]
    (s,) = _run(_mail(f"Hello,\n\n{ask}\n\n--\n{signature}\n", subject="Speaker"), rules, language=language).speakers
    assert s.affiliation == affiliation


@pytest.mark.parametrize("rule", ["+------+ +------+", "+--------------+------) ---------------+", "=====  ====="])
def test_a_table_rule_closing_the_message_reads_as_no_name(rules: ExtractRules, rule: str) -> None:
    body = f"Bonjour,\n\nJe souhaite intervenir à la table ronde 2.\n\nAwa Diop\n\n{rule}\n| Nom | Awa Diop |\n{rule}\n"
    fields = _run(_mail(body, subject="Table ronde"), rules, language="fr")
    assert all(s.name != rule for s in fields.speakers)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("+-----+----+", True), ("|---|:--|", True), ("├────┼───┤", True), ("  +======+  ", True), ("-----", True),
        ("| Nom | Awa Diop |", False), ("+------+------) -----+", False),
        # a rule cut off and run into text (a mangled paste): no match, found without trying every split of its dashes
        ("+" + "-" * 60 + "+" + "-" * 40 + "iversité de Sfax (OUMM)", False),
    ],
)
def test_a_table_rule_is_a_line_of_dash_runs_between_bars(line: str, rule: bool) -> None:
    def backtracking(*_: object) -> None:
        raise TimeoutError("the rule pattern backtracks over the splits of its dashes")

    signal.signal(signal.SIGALRM, backtracking)
    signal.alarm(10)  # a guard against exponential backtracking (a hang), not a speed target
    try:
        assert (_RULE_LINE.fullmatch(line) is not None) is rule
    finally:
        signal.alarm(0)


@pytest.mark.parametrize(
    ("body", "name", "affiliation"),
    [
        ("السادة فريق الاستعراض الإقليمي - المنظمة الدولية للهجرة،\n\nتهديكم القنصلية العامة لجمهورية إثيوبيا الديمقراطية "
         "الاتحادية في دبي أطيب تحياتها، وتتشرف بإبلاغكم برغبتها في أن يلقي السيد تسفاي ولدي ميكائيل، الملحق العمالي "
         "بالقنصلية، كلمة في الجلسة العامة.", "تسفاي ولدي ميكائيل",
         "القنصلية العامة لجمهورية إثيوبيا الديمقراطية الاتحادية في دبي"),
        ("السادة أمانة الاستعراض - المنظمة الدولية للهجرة،\n\nتهدي جمعية الأمل للتنمية تحياتها، وتتشرف بترشيح الأستاذ محمد "
         "وليد الخطيب، مدير البرامج، للتحدث في الجلسة العامة.", "محمد وليد الخطيب", "جمعية الأمل للتنمية"),
        ("حضرات السادة في الأمانة - المنظمة الدولية للهجرة،\n\nيسر مركز دراسات الهجرة أن يحييكم، ويرشح الدكتورة سارة "
         "وفاء حداد، الباحثة في المركز، للمائدة المستديرة الأولى.", "سارة وفاء حداد", "مركز دراسات الهجرة"),
    ],
)
def test_a_salutation_names_no_one_a_name_word_may_open_with_waw_and_a_clause_after_waw_keeps_its_subject(
        rules: ExtractRules, body: str, name: str, affiliation: str) -> None:
    (s,) = _run(_mail(f"{body}\n", subject="طلب إلقاء كلمة"), rules, language="ar").speakers
    assert (s.name, s.affiliation) == (name, affiliation)


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("أود المشاركة كمقرر لعرض الرسائل الرئيسية خلال\nالاستعراض الإقليمي، وذلك بصفتي مديراً لعيادة قانونية للعمال "
         "المهاجرين.\n\nمع الشكر\n\nKarwan Aziz Rasul\nDirector\nKurdistan Legal Aid Clinic (KLAC)\n", "ar",
         ("Karwan Aziz Rasul", "Director")),
        ("أرغب في التحدث خلال\nالمؤتمر الإقليمي، بصفتي منسقة لشبكة النساء المهاجرات.\n\nهدى سالم\nمنسقة\nشبكة النساء "
         "المهاجرات\n", "ar", ("هدى سالم", "منسقة")),
        ("أود أن أشارك في\nالجلسة العامة، فأنا باحث في قضايا الهجرة.\n\nعلي حسن\nباحث\nمركز دراسات الهجرة\n", "ar",
         ("علي حسن", "باحث")),
    ],
)
def test_a_wrapped_line_opening_with_the_event_names_no_one(rules: ExtractRules, body: str, language: str,
                                                             expected: tuple[str, str]) -> None:
    (s,) = _run(_mail(f"السلام عليكم،\n\n{body}", subject="طلب مشاركة"), rules, language=language).speakers
    assert (s.name, s.title) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("المتحدث: منجي الدريدي - تعاضدية الصيد البحري التقليدي، جرجيس", "ar", ("منجي الدريدي", "تعاضدية الصيد البحري التقليدي")),
        ("Nom : Moussa Diop\nOrganisation : Mutuelle des Pêcheurs de Kayar", "fr", ("Moussa Diop", "Mutuelle des Pêcheurs de Kayar")),
        ("Le Conseil régional du Moyen-Atlas souhaite une intervention en plénière de M. Abdelhakim Ouazzani, Vice-président "
         "chargé de la coopération.", "fr", ("Abdelhakim Ouazzani", "Conseil régional du Moyen-Atlas")),
        ("Le Comité régional de Sfax propose M. Ali Ba, trésorier, pour la table ronde 2.", "fr",
         ("Ali Ba", "Comité régional de Sfax")),
        ("Nous proposons le Brigadier Fahad Al-Mutairi, Director of Residency Affairs, for the plenary.", "en",
         ("Fahad Al-Mutairi", None)),
        ("We nominate Colonel Sami Haddad, Head of the Migration Unit, for the plenary.", "en", ("Sami Haddad", None)),
        ("نرشح العقيد سامي حداد، مدير إدارة الهجرة، للجلسة العامة.", "ar", ("سامي حداد", None)),
    ],
)
def test_mutual_societies_lower_case_qualifiers_and_ranks(rules: ExtractRules, body: str, language: str,
                                                          expected: tuple[str, str | None]) -> None:
    ask = {"ar": "نرغب بالمشاركة في المائدة المستديرة الثانية.", "fr": "Bonjour, nous souhaitons intervenir.",
           "en": "Hello,"}[language]
    (s,) = _run(_mail(f"{ask}\n{body}\n", subject="Speaker"), rules, language=language).speakers
    assert (s.name, s.affiliation if expected[1] else None) == expected


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Chercheuse indépendante travaillant depuis huit ans sur les migrations, je souhaite intervenir à la table ronde 4.\n\n"
         "Je m'appelle Fatoumata Camara.\n\nBien cordialement,\nF. Camara", "Chercheuse indépendante"),
        ("Je suis juriste travaillant au sein de la Clinique X et je souhaite intervenir à la table ronde 2.\n\nAwa Diop",
         "juriste"),
        ("Je suis chercheuse travaillant avec des associations de migrants et je souhaite prendre la parole en plénière."
         "\n\nMariam Sylla", "chercheuse"),
    ],
)
def test_a_participle_after_a_title_describes_the_work(rules: ExtractRules, body: str, title: str) -> None:
    (s,) = _run(_mail(f"Bonjour,\n\n{body}\n"), rules, language="fr").speakers
    assert s.title == title


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Bonjour, nous souhaitons intervenir.\nIntervenant : Moussa Diop - Association des Pêcheurs de Kayar", "fr",
         ("Moussa Diop", None, "Association des Pêcheurs de Kayar")),
        ("Hello, we wish to speak.\nSpeaker: John Smith - Programme Officer - Association of Fishermen", "en",
         ("John Smith", "Programme Officer", "Association of Fishermen")),
        ("Hello, we wish to speak.\nName: Jean-Pierre Mbarga | Coordinator | Cameroon Diaspora Network", "en",
         ("Jean-Pierre Mbarga", "Coordinator", "Cameroon Diaspora Network")),
        ("مرحبا، نرغب بالمشاركة.\nالمتحدث: منجي الدريدي – تعاضدية الصيد البحري", "ar",
         ("منجي الدريدي", None, "تعاضدية الصيد البحري")),
    ],
)
def test_a_name_label_holding_the_title_and_organisation_after_dashes(rules: ExtractRules, body: str, language: str,
                                                                     expected: tuple[str, str | None, str]) -> None:
    (s,) = _run(_mail(f"{body}\n", subject="Speaker"), rules, language=language).speakers
    assert (s.name, s.title, s.affiliation) == expected


@pytest.mark.parametrize(
    ("fields", "language"),
    [
        ("Name: Hiwot Tesfaye\nPosition: Community Mobiliser\nOrganisation: none at the moment, I speak in my personal "
         "capacity as a\nformer domestic worker", "en"),
        ("Name: Hiwot Tesfaye\nPosition: Community Mobiliser\nOrganisation: N/A", "en"),
        ("Nom : Awa Diop\nFonction : chercheuse\nOrganisation : aucune (à titre personnel)", "fr"),
        ("Nom : Awa Diop\nFonction : chercheuse\nStructure : néant", "fr"),
        ("الاسم: هدى سالم\nالصفة: ناشطة\nالجهة: لا يوجد", "ar"),
        ("الاسم: هدى سالم\nالصفة: ناشطة\nالمنظمة: بدون، بصفة شخصية", "ar"),
    ],
)
def test_an_organisation_field_filled_with_nothing_gives_none(rules: ExtractRules, fields: str, language: str) -> None:
    ask = {"en": "I would like to speak at roundtable 3.", "fr": "Je souhaite intervenir à la table ronde 3.",
           "ar": "أرغب في المشاركة في الجلسة العامة."}[language]
    (s,) = _run(_mail(f"Hello,\n\n{ask}\n\n{fields}\n", subject="Speaker"), rules, language=language).speakers
    assert s.title and s.affiliation is None


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("أنا المهندس جورج فرح، نائب رئيس غرفة التجارة والصناعة للمغتربين في الخليج، وأرغب في المشاركة بمداخلة في المائدة "
         "المستديرة الثالثة.", "ar", ("نائب رئيس", "غرفة التجارة والصناعة للمغتربين في الخليج")),
        ("Je m'appelle Aminata Koné, je suis chercheuse indépendante et je travaille depuis plusieurs années sur les "
         "employées de maison. Je souhaite intervenir à la table ronde 2.", "fr", ("chercheuse indépendante", None)),
        ("أنا هدى سالم، باحثة مستقلة وأعمل على قضايا العاملات المنزليات. أرغب في التحدث في المائدة المستديرة الثانية.", "ar",
         ("باحثة مستقلة", None)),
        ("FairHire Gulf would welcome the opportunity to speak in Roundtable II.\n\nProposed speaker: Mr. Vikram Sethi\n\n"
         "Kind regards,\nVikram Sethi\nCOO | FairHire Gulf Recruitment Platform", "en",
         ("COO", "FairHire Gulf Recruitment Platform")),
    ],
)
def test_chambers_chief_officers_and_a_new_clause_after_the_title(rules: ExtractRules, body: str, language: str,
                                                                  expected: tuple[str, str | None]) -> None:
    (s,) = _run(_mail(f"Bonjour,\n\n{body}\n"), rules, language=language).speakers
    assert (s.title, s.affiliation) == expected


def test_a_somali_family_name_opening_with_waw_stays_in_the_name(rules: ExtractRules) -> None:
    body = "السلام عليكم،\n\nأنا الأخ عبدالقادر محمد ورسمه، وأرغب في المشاركة في النقاش المفتوح.\n"
    (s,) = _run(_mail(body, subject="مشاركة"), rules, language="ar").speakers
    assert s.name == "عبدالقادر محمد ورسمه"


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Brother Yonas Tesfamariam, our Deputy General Secretary, would like to intervene in the plenary session; and "
         "Sister Ifrah Mohamed Jama would like to take the floor in roundtable 2.", "en",
         (("Yonas Tesfamariam", ("plenary",)), ("Ifrah Mohamed Jama", ("roundtable",)))),
        ("Mr. Yonas Tesfamariam would like to intervene in the plenary session, and Ms. Ifrah Mohamed Jama would like to "
         "take the floor in roundtable 2.", "en",
         (("Yonas Tesfamariam", ("plenary",)), ("Ifrah Mohamed Jama", ("roundtable",)))),
        ("M. Ali Ba, notre président, souhaite intervenir en plénière, et Mme Awa Diop, chargée de programme, à la table "
         "ronde 3.", "fr", (("Ali Ba", ("plenary",)), ("Awa Diop", ("roundtable",)))),
        ("السيد علي حسن، رئيس الجمعية، يرغب في التحدث في الجلسة العامة، والسيدة هدى سالم، منسقة البرامج، في المائدة "
         "المستديرة الثانية.", "ar", (("علي حسن", ("plenary",)), ("هدى سالم", ("roundtable",)))),
    ],
)
def test_a_line_opening_with_a_person_may_name_a_second_one_with_her_own_role(
        rules: ExtractRules, body: str, language: str, expected: tuple) -> None:
    speakers = _run(_mail(f"Dear Sir/Madam,\n\n{body}\n", subject="Speakers"), rules, language=language).speakers
    assert tuple((s.name, s.roles) for s in speakers) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        # a list item's lines, one field each: a long title-and-body line, then a labelled line for the role
        ("Madame, Monsieur,\n\nNous avons le plaisir de vous proposer les intervenants suivants :\n\n"
         "1/ M. Youssef Karoui\n   Directeur adjoint des programmes, Union Maghrébine des Pêcheurs (UMP)\n"
         "   Rôle proposé : séance plénière\n\n"
         "2/ Mme Leïla Mestiri\n   Chargée du programme Santé des travailleurs saisonniers (STS)\n"
         "   Section locale de Nabeul de l'Union Maghrébine des Pêcheurs\n   Rôle proposé : table ronde n°3\n\n"
         "Cordialement,\nKhaled Amri", "fr",
         [("Directeur adjoint des programmes", "Union Maghrébine des Pêcheurs (UMP)"),
          ("Chargée du programme Santé des travailleurs saisonniers (STS)",
           "Section locale de Nabeul de l'Union Maghrébine des Pêcheurs")]),
        ("Dear colleagues,\n\nWe are pleased to put forward the following speakers:\n\n"
         "1/ Mr. Daniel Osei\n   Deputy Head of Operations, Coastal Fishers Alliance of Ghana (CFAG)\n"
         "   Preferred session: plenary\n\n"
         "Kind regards,\nMary Owusu", "en",
         [("Deputy Head of Operations", "Coastal Fishers Alliance of Ghana (CFAG)")]),
    ],
)
def test_a_labelled_line_under_a_long_list_item_line_is_a_row_of_its_own(rules: ExtractRules, body: str, language: str,
                                                                         expected: list[tuple[str, str]]) -> None:
    assert [(s.title, s.affiliation) for s in _run(_mail(body), rules, language=language).speakers] == expected



@pytest.mark.parametrize(
    ("body", "language", "title"),
    [
        # a second post ends where the proposing body, named by its kind in lower case, is only said to be its place
        ("Bonjour,\n\nNous proposons Mme Salma Idrissi, avocate, chargée du pôle accompagnement juridique de "
         "l'association, pour la table ronde 2.\n\nCordialement,\nAli\n", "fr",
         "avocate, chargée du pôle accompagnement juridique"),
        ("Hello,\n\nWe propose Ms. Grace Mensah, lawyer, head of the legal aid desk of the network, for roundtable 2.\n\n"
         "Best,\nAnn\n", "en", "lawyer, head of the legal aid desk"),
    ],
)
def test_a_second_post_stops_at_the_proposing_body_named_by_its_kind_in_lower_case(rules: ExtractRules, body: str,
                                                                                   language: str, title: str) -> None:
    assert [s.title for s in _run(_mail(body), rules, language=language).speakers] == [title]


@pytest.mark.parametrize(("text", "acronym", "full"), [
    ("Nous, la Fédération des Coopératives Agricoles du Sénégal (FCA), souhaitons intervenir.", "FCA",
     "Fédération des Coopératives Agricoles du Sénégal"),
    ("The Network of Migrant Teachers of Lebanon (NMT) would like to speak.", "NMT", "Network of Migrant Teachers of Lebanon"),
])
def test_an_acronym_leaves_out_the_country_its_name_is_of(rules: ExtractRules, text: str, acronym: str, full: str) -> None:
    from intake.extract_values import spelled_acronyms

    assert spelled_acronyms(text, rules)[acronym] == full


@pytest.mark.parametrize(("body", "affiliation"), [
    ("Madame, Monsieur,\n\nL'Union Tunisienne des Pêcheurs propose son président, M. Karim Jaziri, pour la séance "
     "plénière.\n\nNom : Karim Jaziri\nFonction : Président\nOrganisme : UTP\n\nCordialement,\nSonia Ben Ali\n",
     "Union Tunisienne des Pêcheurs"),
    ("Dear colleagues,\n\nThe Yemeni Diaspora Forum would like to propose a speaker for the plenary.\n\n"
     "Name: Adel Saeed\nPosition: Programme Director\nOrganization: YDF\n\nBest regards,\nNoura Hassan\n",
     "Yemeni Diaspora Forum"),
])
def test_an_acronym_alone_is_the_name_the_message_writes_out_without_brackets(rules: ExtractRules, body: str,
                                                                              affiliation: str) -> None:
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules).speakers
    assert s.affiliation == affiliation


@pytest.mark.parametrize("rows", [
    ["Organization: Coastal Alliance for the Rights of Seasonal Farm Workers (CARSFW)", "Requested session:",
     "[x] Plenary"],
    ["Structure : Collectif Solidarité des Travailleuses Saisonnières du Souss (CSTSS)", "Créneau souhaité :",
     "[x] Séance plénière"],
    ["المنظمة: التجمع الساحلي للدفاع عن حقوق العمال الموسميين في الزراعة (CARSFW)", "الجلسة المطلوبة:",
     "[x] الجلسة العامة"],
])
def test_a_forms_label_alone_on_its_line_does_not_run_on_the_long_labelled_line_above(rows: list[str]) -> None:
    """A form's label whose value is on the lines below ends on its colon: it is a row of its own, not the rest of the
    organisation's line the mailer wrapped (read as one, "... (CARSFW) Requested" became the proposing body)."""
    from intake.extract_prose import logical_lines

    assert logical_lines("\n".join(rows)) == tuple(rows)


def test_a_labelled_value_wrapped_before_its_end_still_runs_on() -> None:
    """The near miss: the organisation's line cut mid-name goes on with the next line, which is no label."""
    from intake.extract_prose import logical_lines

    text = ("Organisation : Collectif Solidarité des Travailleuses Saisonnières de la région\n"
            "Souss-Massa (CSTSS)")
    assert logical_lines(text) == (
        "Organisation : Collectif Solidarité des Travailleuses Saisonnières de la région Souss-Massa (CSTSS)",)


def test_the_body_of_a_form_is_not_read_past_its_line_into_the_next_label(rules: ExtractRules) -> None:
    body = ("Please find our speaker form below for the regional review.\n\n"
            "Full name: Lina Ortega\nPosition: Outreach officer\n"
            "Organization: Coastal Alliance for the Rights of Seasonal Farm Workers (CARSFW)\n"
            "Type of intervention requested:\n[ ] Open discussion\n[x] Plenary\n\nBest regards,\nLina Ortega\n")
    (s,) = _run(_mail(body, from_="Lina Ortega <lina@example.org>"), rules, language="en").speakers
    assert s.affiliation == "Coastal Alliance for the Rights of Seasonal Farm Workers (CARSFW)"


@pytest.mark.parametrize(("value", "expected"), [
    ("Domestic Workers Solidarity Network (DWSN) Kuwait", "Domestic Workers Solidarity Network (DWSN)"),
    ("Réseau des travailleuses migrantes (RTM) Maroc", "Réseau des travailleuses migrantes (RTM)"),
    ("جمعية الأمل للعمال المهاجرين (أمل) الأردن", "جمعية الأمل للعمال المهاجرين (أمل)"),
    ("Domestic Workers Solidarity Network (DWSN) – Amman Office", "Domestic Workers Solidarity Network (DWSN)"),
    ("جمعية الأمل للعمال المهاجرين (أمل) - مكتب عمان", "جمعية الأمل للعمال المهاجرين (أمل)"),
    # near misses: a branch keeps its place, and an office that says what it does is a part of the body
    ("Domestic Workers Solidarity Network (DWSN) Kuwait Branch", "Domestic Workers Solidarity Network (DWSN) Kuwait Branch"),
    ("Ethiopian Community Association - Beirut Branch", "Ethiopian Community Association - Beirut Branch"),
    ("Domestic Workers Solidarity Network – Regional Office", "Domestic Workers Solidarity Network – Regional Office"),
])
def test_a_place_or_town_office_after_the_acronym_is_an_address(rules: ExtractRules, value: str, expected: str) -> None:
    from intake.extract_values import clean_value

    assert clean_value(value, rules) == expected


def test_a_town_office_after_the_signature_organisation_is_its_address(rules: ExtractRules) -> None:
    body = ("Dear team,\n\nWe propose Ms. Hana Saleh, Head of Research, as a rapporteur.\n\nBest regards,\n\n"
            "Omar Zein\nProgramme Assistant\nDomestic Workers Solidarity Network (DWSN) – Amman Office\nJabal Amman, Jordan\n")
    (s,) = _run(_mail(body, from_="Omar Zein <o@example.org>"), rules).speakers
    assert (s.name, s.affiliation) == ("Hana Saleh", "Domestic Workers Solidarity Network (DWSN)")


def test_a_post_at_a_french_instance_points_back_at_it(rules: ExtractRules) -> None:
    body = ("Madame,\n\nL'Instance régionale de médiation sociale (IRMS) propose Mme Amina Tazi, Secrétaire générale "
            "adjointe de l'Instance, comme rapporteure.\n\nCordialement,\n\nNadia Benali\n")
    (s,) = _run(_mail(body), rules, language="fr").speakers
    assert (s.title, s.affiliation) == ("Secrétaire générale adjointe", "Instance régionale de médiation sociale (IRMS)")
    # near miss: a court "of first instance" is where the judge sits, written as such
    body = ("Dear team,\n\nThe Migrant Rights Forum (MRF) proposes Ms Amina Tazi, Judge at the Court of First Instance, "
            "as rapporteur.\n\nBest,\n\nNadia Benali\nMigrant Rights Forum (MRF)\n")
    (s,) = _run(_mail(body), rules).speakers
    assert s.title == "Judge"


_FORWARDED_FORM = (
    "{cover}\n\nBien cordialement,\n\nClaire Dubois\nCoordinatrice des programmes\nSolidarités Sahel\n\n"
    "De : Idriss Kane <i.kane@example.org>\nEnvoyé : lundi 1 février 2021 10:12\nÀ : Claire Dubois <c.dubois@example.org>\n"
    "Objet : Formulaire\n\nHi Claire,\n\nHere is my form, thanks for sending it on.\n\nIdriss\n\n"
    "Nom complet / Full name : {name}\nFonction / Title : Chargé de recherche migrations\n"
    "Organisation : Solidarités Sahel\nRôle souhaité / Requested role : intervention en plénière\n")


def test_the_forwarded_form_of_the_colleague_named_gives_the_title(rules: ExtractRules) -> None:
    cover = "Bonjour,\n\nVeuillez trouver ci-dessous le formulaire de notre collègue Idriss Kane, qui souhaite intervenir en plénière."
    parsed = _mail(_FORWARDED_FORM.format(cover=cover, name="Idriss Kane"), subject="TR: Formulaire intervenant")
    (s,) = _run(parsed, rules, language="fr").speakers
    assert (s.name, s.title) == ("Idriss Kane", "Chargé de recherche migrations")
    # near miss: a form under another person's name says nothing of the colleague named
    parsed = _mail(_FORWARDED_FORM.format(cover=cover, name="Awa Diop"), subject="TR: Formulaire intervenant")
    assert all(s.title != "Chargé de recherche migrations" for s in _run(parsed, rules, language="fr").speakers
               if s.name == "Idriss Kane")


@pytest.mark.parametrize(("body", "language", "title"), [
    ("Hello,\n\nThe Sunrise Domestic Workers Circle would like their founder Meron Bekele to speak at roundtable 2. "
     "Meron is Founder and Chairperson of the circle and has lived in Jordan for 10 years.\n\nThanks,\nSara Haddad\n",
     "en", "Founder and Chairperson"),
    ("Bonjour,\n\nLe collectif Soleil souhaite que sa fondatrice Meron Bekele intervienne à la table ronde 2. "
     "Meron est fondatrice et présidente du collectif depuis 2015.\n\nMerci,\nSara Haddad\n", "fr", "fondatrice et présidente"),
    # near miss: another post stated later does not replace the one written before the name
    ("Hello,\n\nThe Sunrise Domestic Workers Circle would like their founder Meron Bekele to speak at roundtable 2. "
     "Meron is Treasurer of the circle.\n\nThanks,\nSara Haddad\n", "en", "founder"),
])
def test_a_title_written_out_later_replaces_the_one_before_the_name(rules: ExtractRules, body: str, language: str,
                                                                    title: str) -> None:
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert (s.name, s.title) == ("Meron Bekele", title)


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("Dear team,\n\nThe Sahel Migration Observatory (SMO) would like to propose Ms. Awa Diop, Research Officer, SMO Dakar, "
     "for roundtable 3.\n\nBest,\nJean Martin\n", "en", "Sahel Migration Observatory (SMO)"),
    ("Bonjour,\n\nLe Réseau marocain des migrants (RMM) propose Mme Awa Diop, chargée de projet, RMM Oujda, pour la table "
     "ronde 3.\n\nCordialement,\nJean Martin\n", "fr", "Réseau marocain des migrants (RMM)"),
    # near miss: a body of its own that the acronym opens
    ("Dear team,\n\nThe Sahel Migration Observatory (SMO) would like to propose Ms. Awa Diop, Research Officer, SMO Youth "
     "Network, for roundtable 3.\n\nBest,\nJean Martin\n", "en", "SMO Youth Network"),
])
def test_an_acronym_with_its_town_is_the_organisation_written_out(rules: ExtractRules, body: str, language: str,
                                                                   affiliation: str) -> None:
    (s,) = _run(_mail(body), rules, language=language).speakers
    assert s.affiliation == affiliation


_OFFICE_SIGNATURE = ("Dear team,\n\nI would like to take the floor in roundtable 1 on return and reintegration.\n\nKind regards,\n\n"
                     "Samir Haddad | Programme Manager\n{office}\nArab Network for Labour Mobility (ANLM)\n+962 6 555 0101\n")


@pytest.mark.parametrize(("office", "affiliation"), [
    ("WANA Regional Office - Amman", "Arab Network for Labour Mobility (ANLM)"),
    ("Amman Office", "Arab Network for Labour Mobility (ANLM)"),
    ("Bureau régional - Dakar", "Arab Network for Labour Mobility (ANLM)"),
    ("المكتب الإقليمي - عمان", "Arab Network for Labour Mobility (ANLM)"),
    # near miss: a town's own body over the organisation is no office of it
    ("Amman Community Centre", "Amman Community Centre, Arab Network for Labour Mobility (ANLM)"),
])
def test_an_office_named_by_its_town_or_region_signs_for_the_body_below(rules: ExtractRules, office: str,
                                                                        affiliation: str) -> None:
    parsed = _mail(_OFFICE_SIGNATURE.format(office=office), from_="Samir Haddad <s@example.org>")
    (s,) = _run(parsed, rules).speakers
    assert (s.name, s.title, s.affiliation) == ("Samir Haddad", "Programme Manager", affiliation)


# A replacement "for the same slot (..., Roundtable 2)" on the line that then says another nomination stands: the slot
# is the new speaker's (the bracket closes the sentence; the line's first clause names no one)
@pytest.mark.parametrize(("body", "language", "roles"), [
    ("Dear colleagues,\nMr. Omar Fakhoury can no longer travel. The Council would like to replace him with:\n\n"
     "Ms. Dana Azar, Head of Planning, Byblos Municipal Council\n\n"
     "for the same slot (floor intervention, Roundtable 2). The nomination of Dr. Rami Sleiman as rapporteur is unchanged.\n"
     "\nKind regards,\nNour\n", "en", (("roundtable",), 2)),
    ("Madame, Monsieur,\nM. Omar Fakhoury ne pourra plus voyager. Le Conseil souhaite le remplacer par :\n\n"
     "Mme Dana Azar, Cheffe de la planification, Conseil municipal de Byblos\n\n"
     "pour le même créneau (intervention, Table ronde 2). La candidature de M. Rami Sleiman comme rapporteur reste "
     "inchangée.\n\nCordialement,\nNour\n", "fr", (("roundtable",), 2)),
])
def test_a_slot_said_on_the_line_of_an_unchanged_nomination_is_the_new_speakers(rules: ExtractRules, body: str,
                                                                                 language: str, roles: tuple) -> None:
    sp = _run(_mail(body), rules, language=language).speakers
    assert [(s.name, s.roles, s.roundtable) for s in sp] == [("Dana Azar", *roles)]


# "Elle sera remplacée par M. Y pour la même session": the new speaker takes the one role said of the one replaced,
# the roundtable's number from the quoted request
def _replaced_in_reply(new: str, quoted: str) -> Parsed:
    return _mail(f"{new}\n\n________________________________\nDe : Nour <nour@example.org>\nEnvoyé : lundi 8 février "
                   f"2021 09:29\nÀ : gcmrrarabstates@iom.int\nObjet : Demande\n\n{quoted}\n", subject="RE: Demande")


@pytest.mark.parametrize(("new", "quoted", "language"), [
    ("Madame, Monsieur,\nMme Salma Idrissi ne pourra pas intervenir à la table ronde.\n\nElle sera remplacée par "
     "M. Yassine Tazi, chargé de projets, pour la même session.\n\nCordialement,\nNour",
     "Nous proposons Mme Salma Idrissi, responsable des programmes, pour la table ronde 2.", "fr"),
    ("Dear colleagues,\nMs. Salma Idrissi can no longer speak at the roundtable.\n\nShe will be replaced by Mr. Yassine "
     "Tazi, Project Officer, for the same session.\n\nBest regards,\nNour",
     "We propose Ms. Salma Idrissi, Programme Manager, for roundtable 2.", "en"),
])
def test_a_replacement_for_the_same_session_takes_the_role_of_the_one_replaced(rules: ExtractRules, new: str, quoted: str,
                                                                               language: str) -> None:
    sp = _run(_replaced_in_reply(new, quoted), rules, language=language).speakers
    assert [(s.name, s.roles, s.roundtable) for s in sp] == [("Yassine Tazi", ("roundtable",), 2)]


def test_near_miss_a_replacement_with_no_same_session_takes_no_role_of_the_one_replaced(rules: ExtractRules) -> None:
    new = ("Dear colleagues,\nMs. Salma Idrissi can no longer speak at the roundtable.\n\nWe would like to propose "
           "Mr. Yassine Tazi, Project Officer, instead.\n\nBest regards,\nNour")
    sp = _run(_replaced_in_reply(new, "We propose Ms. Salma Idrissi, Programme Manager, for roundtable 2."), rules).speakers
    assert [s.name for s in sp] == ["Yassine Tazi"] and sp[0].roundtable is None

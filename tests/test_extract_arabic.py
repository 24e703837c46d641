"""Arabic mail (and its English and French twins): the name, title and organisation the message writes, among them words
that end a name (a pointer to details given elsewhere, a dialect verb, the colloquial "so that"), a unit on a
signature's title line, the colloquial "of" and "with" between a title and its organisation, a post at the body and
its area ("منسق الشبكة في المنطقة الجنوبية"), and a writer who declines to speak; and a nomination "so that they
speak" ("نرشح X عشان يتكلم"), which classification reads as a speaker request. Each family is written in several ways
(word order, punctuation, honorifics, where the detail sits)."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_orgs import split_title
from intake.extract_sender import person_lines
from intake.model import Fields
from tests.extracting import message, run


# "بصفتها منسقة ...", "in her capacity as ...", "en sa qualité de ...": the capacity introduces the title, no part of it
@pytest.mark.parametrize(("language", "body", "name", "title", "affiliation"), [
    ("ar", "السلام عليكم\n\nنرشح للمداخلة في المائدة المستديرة الثانية السيد كريم العلوي بصفته مدير البرامج في جمعية "
           "النور للتنمية.\n\nمع التحية\nسارة", "كريم العلوي", "مدير البرامج", "جمعية النور للتنمية"),
    ("ar", "تحية طيبة،\n\nتقترح شبكة الأمل للهجرة الأستاذة هدى سالم، بصفتها منسقة المناصرة، للحديث في الجلسة العامة.\n\nشكرا",
     "هدى سالم", "منسقة المناصرة", "شبكة الأمل للهجرة"),
    ("ar", "مرحبا\n\nيسرنا ترشيح الدكتور سامي الحداد بصفته رئيساً لمرصد الهجرة في صفاقس للجلسة العامة.\n\nتحياتي",
     "سامي الحداد", "رئيس", "مرصد الهجرة في صفاقس"),
    ("ar", "نقترح الأخت منى يوسف - بصفتها مسؤولة الشباب في اتحاد العمال المهاجرين - كمقررة.\n\nشكرا",
     "منى يوسف", "مسؤولة الشباب", "اتحاد العمال المهاجرين"),
    ("en", "Dear colleagues,\n\nWe nominate Ms Jane Otieno, in her capacity as Programme Coordinator of the Migrant Rights "
           "Forum, for roundtable 2.\n\nBest\nTom", "Jane Otieno", "Programme Coordinator", "Migrant Rights Forum"),
    ("en", "Hello,\n\nWe propose Dr. Ali Hassan in his capacity as the Director of the Sahel Migration Observatory to speak "
           "in the plenary.\n\nRegards", "Ali Hassan", "Director", "Sahel Migration Observatory"),
    ("en", "Hi,\nOur nominee is Mrs Rose Banda, in her capacity as chairperson, Domestic Workers Union, for roundtable 1.\n"
           "Thanks", "Rose Banda", "chairperson", "Domestic Workers Union"),
    ("fr", "Bonjour,\n\nNous proposons Mme Awa Diallo en sa qualité de coordinatrice du Réseau Migrations Sahel pour la "
           "table ronde 2.\n\nCordialement\nPaul", "Awa Diallo", "coordinatrice", "Réseau Migrations Sahel"),
    ("fr", "Bonjour,\n\nNous souhaitons proposer M. Jean Kaboré, en sa qualite de President de l'Association des "
           "Rapatriés du Burkina, pour la plénière.\n\nBien a vous", "Jean Kaboré", "President",
     "Association des Rapatriés du Burkina"),
    ("fr", "Madame,\nNotre réseau vous propose Mme Fatou Sow en sa qualite de directrice executive de l'ONG Terre Solidaire "
           "comme rapporteure.\nMerci", "Fatou Sow", "directrice executive", "ONG Terre Solidaire"),
])
def test_a_capacity_introduces_the_title(rules: ExtractRules, language: str, body: str, name: str, title: str,
                                         affiliation: str) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, affiliation)


# "مؤسسة" names a founder before another body ("مؤسِّسة موقع X", with or without the shadda) and a foundation otherwise
@pytest.mark.parametrize(("body", "name", "title", "affiliation"), [
    ('مساء الخير\n\nأنا ليلى منصور، مؤسسة منصة "هجرة" للإعلام، وأرغب في المداخلة في الجلسة العامة.\n\nليلى',
     "ليلى منصور", "مؤسسة", 'منصة "هجرة" للإعلام'),
    ("نرشح للمقرر السيدة هالة عيسى، مؤسِّسة مبادرة جسور للعائدين.\nمع الشكر", "هالة عيسى", "مؤسِّسة", "مبادرة جسور للعائدين"),
    ("نقترح الأستاذة نادية بن علي (مؤسسة مجلة أصوات مهاجرة) للمائدة المستديرة الثالثة.\nتحياتي", "نادية بن علي", "مؤسسة",
     "مجلة أصوات مهاجرة"),
    ("السلام عليكم\n\nنرشح السيدة رانيا خوري، مؤسسة جمعية النهضة للاجئات، للمائدة المستديرة الثانية.\n\nمع التحية",
     "رانيا خوري", "مؤسسة", "جمعية النهضة للاجئات"),
    ("نرشح الدكتورة سعاد حمدي، مؤسسة الأمل للتنمية، للمائدة المستديرة الأولى.\nشكرا", "سعاد حمدي", None,
     "مؤسسة الأمل للتنمية"),
])
def test_a_founder_before_a_body_is_a_title(rules: ExtractRules, body: str, name: str, title: str | None,
                                            affiliation: str) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, affiliation)


# A phone's short request with no closing or blank line: the name over its title or organisation lines signs it
@pytest.mark.parametrize(("language", "body", "name", "title", "affiliation"), [
    ("ar", "مساء الخير\nأرغب بالمشاركة في النقاش المفتوح يوم ٢٣ فبراير\nعبد الله فهد الرشيدي\n"
           "جمعية المتطوعين لرعاية العمالة المنزلية\n\nأُرسلت من الـiPhone", "عبد الله فهد الرشيدي", None,
     "جمعية المتطوعين لرعاية العمالة المنزلية"),
    ("ar", "السلام عليكم\nأود المداخلة في المائدة المستديرة الثانية\nد. عبد الرحمن سالم\nمدير مركز دراسات الهجرة",
     "عبد الرحمن سالم", "مدير", "مركز دراسات الهجرة"),
    ("ar", "مرحبا\nنرغب في المشاركة في الجلسة العامة\nعبدالعزيز بن ناصر\nرئيس الرابطة الخليجية للعمال المهاجرين\n\n"
           "مرسل من هاتفي", "عبدالعزيز بن ناصر", "رئيس", "الرابطة الخليجية للعمال المهاجرين"),
    ("en", "Good evening\nI would like to take part in the open discussion on 23 Feb\nJohn Peter Okafor\n"
           "Migrant Workers Forum\n\nSent from my iPhone", "John Peter Okafor", None, "Migrant Workers Forum"),
    ("en", "Hi\nplease register me as rapporteur\nDr. Grace Achieng\nProgramme Officer, Kenya Migrant Network",
     "Grace Achieng", "Programme Officer", "Kenya Migrant Network"),
    ("fr", "Bonsoir\nje souhaite intervenir dans le débat ouvert le 23 février\nAminata Traoré\n"
           "Association des Femmes Migrantes\n\nEnvoyé de mon iPhone", "Aminata Traoré", None,
     "Association des Femmes Migrantes"),
    ("fr", "Bonjour\nje voudrais participer a la table ronde 2\nMme Fatou Ndiaye\nchargée de plaidoyer, Réseau Migration "
           "Sénégal", "Fatou Ndiaye", "chargée de plaidoyer", "Réseau Migration Sénégal"),
    ("fr", "salut\nje souhaite etre rapporteur svp\nMamadou Diop\nCollectif des Rapatriés de Thiès\nEnvoyé de mon Samsung",
     "Mamadou Diop", None, "Collectif des Rapatriés de Thiès"),
])
def test_a_name_over_its_organisation_signs_an_unpunctuated_request(rules: ExtractRules, language: str, body: str,
                                                                    name: str, title: str | None,
                                                                    affiliation: str) -> None:
    speaker, = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, affiliation)


# The name over a title line signs the message though one of its words is also a post ("محمد الأمين", "Dean", "Maire"):
# the name, title and organisation the message writes win over the From display name
@pytest.mark.parametrize(("language", "from_", "body", "name", "title", "affiliation"), [
    ("ar", "Mohamed Tahiri <m@x.ma>", "السلام عليكم\n\nنود المشاركة بمداخلة في المائدة المستديرة الثالثة.\n\nوجزاكم الله خيرا."
     "\n\nمحمد الأمين الطاهري\nمدير البرامج الاجتماعية\nمؤسسة النور للأعمال الخيرية – الدار البيضاء\nالهاتف: 212522481937+",
     "محمد الأمين الطاهري", "مدير البرامج الاجتماعية", "مؤسسة النور للأعمال الخيرية"),
    ("ar", "Mohamed Tahiri <m@x.ma>", "مرحبا،\n\nأرغب في التحدث في الجلسة العامة.\n\nودمتم بخير.\n\nأمينة الزهراوي\n"
     "منسقة المشاريع\nجمعية التضامن مع المهاجرين", "أمينة الزهراوي", "منسقة المشاريع", "جمعية التضامن مع المهاجرين"),
    ("ar", "Mohamed Tahiri <m@x.ma>", "تحية طيبة\n\nسأتولى المداخلة بنفسي في النقاش المفتوح.\n\nوتقبلوا فائق الاحترام.\n\n"
     "الأمين ولد أحمد\nرئيس رابطة العائدين", "الأمين ولد أحمد", "رئيس", "رابطة العائدين"),
    ("en", "D. Okoro <d@x.org>", "Dear Secretariat,\n\nI would like to speak in roundtable 2.\n\nMany thanks in advance.\n\n"
     "Dean Okoro\nProgramme Officer\nNigeria Migrant Forum", "Dean Okoro", "Programme Officer", "Nigeria Migrant Forum"),
    ("fr", "S. M <m@x.org>", "Bonjour,\n\nJe souhaite intervenir à la table ronde 2.\n\nMerci d'avance pour votre retour.\n\n"
     "Sophie Maire\nChargée de plaidoyer\nCollectif des Migrants de Lyon", "Sophie Maire", "Chargée de plaidoyer",
     "Collectif des Migrants de Lyon"),
    ("fr", "P. D <p@x.org>", "Bonjour,\n\nje souhaite prendre la parole en plénière.\n\nMerci beaucoup.\n\nPierre Doyen\n"
     "Responsable du plaidoyer\nRéseau Euro-Afrique Migrations", "Pierre Doyen", "Responsable du plaidoyer",
     "Réseau Euro-Afrique Migrations"),
])
def test_a_name_with_a_post_word_over_its_title_signs_the_message(rules: ExtractRules, language: str, from_: str,
                                                                  body: str, name: str, title: str,
                                                                  affiliation: str) -> None:
    speaker, = run(message(body, from_=from_), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, affiliation)


# A sign-off over the name that says how the writer stands to the reader ("أخوكم", "Your brother", "Votre dévouée")
@pytest.mark.parametrize(("language", "body", "name", "title", "affiliation"), [
    ("ar", "السلام عليكم\n\nنبغى نشارك في النقاش المفتوح، واللي بيتكلم بيكون أنا.\n\nتسلمون وما قصرتوا\n\nأخوكم\n"
           "سالم بن خلفان البلوشي\nمنسق الفريق\nفريق أيادي الخير التطوعي - صحار\n+968 9245 6718",
     "سالم بن خلفان البلوشي", "منسق الفريق", "فريق أيادي الخير التطوعي"),
    ("ar", "مرحبا\n\nأحب أشارك كمقررة إن أمكن.\n\nتسلمون\n\nأختكم،\nفاطمة سعيد الكندي\nرئيسة جمعية المرأة العاملة",
     "فاطمة سعيد الكندي", "رئيسة", "جمعية المرأة العاملة"),
    ("ar", "هلا والله\n\nودي أتكلم في المائدة المستديرة الثانية.\n\nالله يعطيكم العافية\n\nزميلكم\nخالد العنزي\n"
           "مسؤول العلاقات العامة\nرابطة العمال المهاجرين في الكويت", "خالد العنزي", "مسؤول العلاقات العامة",
     "رابطة العمال المهاجرين في الكويت"),
    ("en", "Hello team\n\nI'd love to speak at the open discussion.\n\nGod bless\n\nYour brother\nJames Ochieng\nChairman\n"
           "Kenya Returnees Association", "James Ochieng", "Chairman", "Kenya Returnees Association"),
    ("en", "Hi all\n\nI want to be the rapporteur.\n\nStay blessed\n\nyour sister,\nGrace Wanjiru\nCoordinator\n"
           "Domestic Workers Network Kenya", "Grace Wanjiru", "Coordinator", "Domestic Workers Network Kenya"),
    ("fr", "Bonjour\n\nJe souhaite intervenir en plénière.\n\nA bientot\n\nVotre dévouée\nMarie Kaboré\nPrésidente\n"
           "Association des Femmes Rapatriées", "Marie Kaboré", "Présidente", "Association des Femmes Rapatriées"),
    ("fr", "Salut\n\nje voudrais parler a la table ronde 1.\n\nA plus\n\nvotre frere\nIbrahima Sow\nSecrétaire général\n"
           "Collectif des Migrants de Dakar", "Ibrahima Sow", "Secrétaire général", "Collectif des Migrants de Dakar"),
])
def test_a_sign_off_over_the_name_leaves_the_signature(rules: ExtractRules, language: str, body: str, name: str,
                                                       title: str, affiliation: str) -> None:
    speaker, = run(message(body, from_="Latin Name <someone@example.org>"), rules, language=language).speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == (name, title, affiliation)


# A judge addressed by the office ("الزميلة القاضية X", "Judge Y", "la juge Z"): a form of address, not the name
@pytest.mark.parametrize(("language", "body", "name", "affiliation"), [
    ("ar", "تحية طيبة،\n\nيسعد جمعية النساء القاضيات في المغرب العربي أن تقترح الزميلة القاضية سناء بن رمضان، رئيسة لجنة "
           "الهجرة وحقوق الإنسان بالجمعية، لتقديم الرسائل الرئيسية بصفة مقررة.\n\nمع فائق الاحترام،\nلمياء",
     "سناء بن رمضان", "جمعية النساء القاضيات في المغرب العربي"),
    ("ar", "تحية طيبة،\n\nيسعد جمعية النساء القاضيات في المغرب العربي أن تقترح القاضية سناء بن رمضان، رئيسة لجنة الهجرة "
           "وحقوق الإنسان بالجمعية، لتقديم الرسائل الرئيسية بصفة مقررة.\n\nمع فائق الاحترام،\nلمياء",
     "سناء بن رمضان", "جمعية النساء القاضيات في المغرب العربي"),
    ("ar", "نرشح للجلسة العامة الأستاذة القاضية ريم حداد من مرصد العدالة للمهاجرين.\nتحياتي", "ريم حداد",
     "مرصد العدالة للمهاجرين"),
    ("en", "Dear colleagues,\n\nThe Women Judges Association nominates Judge Mary Kamau, Chair of its Migration Committee, "
           "as rapporteur.\n\nRegards\nAnn", "Mary Kamau", "Women Judges Association"),
    ("en", "Hello,\n\nWe propose our colleague judge Peter Otieno (Kenya Magistrates Network) for roundtable 3.\n\nBest",
     "Peter Otieno", "Kenya Magistrates Network"),
    ("fr", "Bonjour,\nNous proposons Mme la Juge Fatou Sarr, Réseau des Juristes Africains, pour la plénière.\nMerci",
     "Fatou Sarr", "Réseau des Juristes Africains"),
    ("fr", "Bonjour,\n\nNotre collectif propose la juge Awa Ndiaye (Association des Magistrats du Sénégal) comme "
           "rapporteure.\n\nCordialement", "Awa Ndiaye", "Association des Magistrats du Sénégal"),
])
def test_a_judge_addressed_by_the_office_is_proposed(rules: ExtractRules, language: str, body: str, name: str,
                                                     affiliation: str) -> None:
    speaker, = run(message(body), rules, language=language).speakers
    assert (speaker.name, speaker.affiliation) == (name, affiliation)


# ---------------------------------------------------------------------------------------------
# A pointer to details given elsewhere ends the name: "الزميلة X المذكورة أدناه"

def _speakers(body: str, rules: ExtractRules, language: str, subject: str = "Request",
              from_: str = "Someone <someone@example.org>", category: str = "speaker_request") -> Fields:
    return run(message(body, subject=subject, from_=from_), rules, category=category, language=language)


@pytest.mark.parametrize(("body", "name"), [
    ("السادة الكرام،\nنرشح السيدة ليلى حداد المذكورة أدناه للمشاركة في الجلسة العامة.\n"
     "ليلى حداد\nمديرة البرامج\nجمعية الأمل للتنمية\n", "ليلى حداد"),
    ("تحية طيبة،\nيسرنا ترشيح الأستاذ كريم العلي المذكور أدناه للمداخلة في المائدة المستديرة الثانية.\n"
     "كريم العلي\nمنسق المناصرة\nشبكة الهجرة العربية\n", "كريم العلي"),
    ("تحية طيبة،\nنقترح الدكتورة سلمى يوسف المشار إليها أعلاه للتحدث في النقاش المفتوح.\n"
     "سلمى يوسف\nباحثة\nمركز دراسات اللجوء\n", "سلمى يوسف"),
])
def test_a_pointer_after_an_arabic_name_ends_it(body: str, name: str, rules: ExtractRules) -> None:
    fields = _speakers(body, rules, "ar")
    assert [sp.name for sp in fields.speakers] == [name]


# A dialect verb after a name ends it: the person named again by a given name is the same speaker
@pytest.mark.parametrize("body", [
    "السلام عليكم،\nحابين نرشح زميلتنا الأستاذة منى سعيد، منسقة البرامج بجمعية الأمل، إنها تتكلم في الجلسة العامة.\n"
    "الأستاذة منى بتشتغل مع الستات المهاجرات من سنين.\n",
    "السلام عليكم،\nبغينا نرشحو السيد يوسف بناني، منسق المشاريع بجمعية التضامن، للمداخلة في الجلسة العامة.\n"
    "السيد يوسف كيخدم مع المهاجرين من عشر سنين.\n",
    "مرحبا،\nبدنا نرشح الأستاذ رامي خوري، مدير مركز الدعم القانوني، للحديث في المائدة المستديرة الأولى.\n"
    "الأستاذ رامي بيشتغل مع العمال المهاجرين.\n",
])
def test_a_dialect_verb_after_a_given_name_is_no_second_speaker(body: str, rules: ExtractRules) -> None:
    assert len(_speakers(body, rules, "ar").speakers) == 1


def test_near_miss_a_pointer_elsewhere_leaves_the_speakers(rules: ExtractRules) -> None:
    body = ("السادة الكرام،\nبالإشارة إلى ردكم أدناه، نرشح السيدة هدى ناصر، منسقة البرامج في جمعية الأمل، "
            "للمشاركة في الجلسة العامة.\n")
    assert [sp.name for sp in _speakers(body, rules, "ar").speakers] == ["هدى ناصر"]


# ---------------------------------------------------------------------------------------------
# A unit named on an Arabic signature's title line, with no body after it, stays in the title
@pytest.mark.parametrize(("sign", "title"), [
    ("سعاد الكبيسي\nرئيسة لجنة الرصد والتوثيق", "رئيسة لجنة الرصد والتوثيق"),
    ("مازن الشريف\nمدير وحدة الدعم النفسي", "مدير وحدة الدعم النفسي"),
    ("هند العمري\nمنسقة قسم الإيواء والحماية", "منسقة قسم الإيواء والحماية"),
])
def test_a_unit_on_an_arabic_title_line_is_the_title(sign: str, title: str, rules: ExtractRules) -> None:
    body = f"السادة الكرام،\nأرغب في المشاركة في النقاش المفتوح.\n\n{sign}\n"
    name = sign.split("\n")[0]
    fields = _speakers(body, rules, "ar", from_=f"{name} <someone@example.org>")
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [(name, title, None)]


@pytest.mark.parametrize(("sign", "title", "affiliation"), [
    # a national body is no unit; a bare "the committee" is no name of one
    ("نبيل سالم\nنائب رئيس اللجنة الوطنية لحقوق الإنسان", "نائب رئيس", "اللجنة الوطنية لحقوق الإنسان"),
    ("نبيل سالم\nرئيس جمعية الأمل للتنمية", "رئيس", "جمعية الأمل للتنمية"),
])
def test_near_miss_a_body_on_the_title_line_stays_the_affiliation(sign: str, title: str, affiliation: str,
                                                                   rules: ExtractRules) -> None:
    body = f"السادة الكرام،\nأرغب في المشاركة في النقاش المفتوح.\n\n{sign}\n"
    fields = _speakers(body, rules, "ar", from_="نبيل سالم <someone@example.org>")
    assert [(sp.title, sp.affiliation) for sp in fields.speakers] == [(title, affiliation)]


# ---------------------------------------------------------------------------------------------
# A nominating verb with a purpose clause that says the nominee will speak ("نرشح X عشان يتكلم في المؤتمر")

def _extract(body: str, rules: ExtractRules, language: str) -> Fields:
    return run(message(body), rules, language=language)


# The colloquial "so that" ends the name; "كابتن X" before the honorific is a title, "الكابتن" a form of address
@pytest.mark.parametrize(("body", "name", "title", "honorific"), [
    ("احنا فريق عمال. عايزين نرشح كابتن الفريق السيد محمود عبد العال عشان يتكلم في المؤتمر بتاعكم.",
     "محمود عبد العال", "كابتن الفريق", "السيد"),
    ("نحن نادي الأرز الرياضي. يسرنا أن نرشح كابتن النادي الأستاذ سامي يوسف لكي يتحدث في الجلسة العامة.",
     "سامي يوسف", "كابتن النادي", "الأستاذ"),
    ("نرشح الكابتن هاني رمزي للمداخلة في الجلسة العامة.", "هاني رمزي", None, "الكابتن"),
    ("عايزين نرشح الحاج سيد عبد الله علشان يتكلم عن الكفيل في الجلسة العامة.", "سيد عبد الله", None, None),
])
def test_team_captain_and_colloquial_so_that(rules: ExtractRules, body: str, name: str, title: str | None,
                                            honorific: str | None) -> None:
    sp = _extract(body, rules, "ar").speakers[0]
    assert sp.name == name
    assert sp.title == title
    if honorific is not None:
        assert sp.honorific == honorific


# "متاع" / "بتاع" (colloquial "of") and "مع" ("with") between a title and the organisation it serves
@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("أنا محمد صالح أبكر، secrétaire général متاع رابطة الجالية التشادية في تونس. نحب نشارك بمداخلة في المائدة المستديرة الثانية.",
     "ar", "secrétaire général", "رابطة الجالية التشادية في تونس"),
    ("نرشح:\n1. الدكتورة آمنة يوسف إدريس، طبيبة متطوعة مع Mussafah Workers Mosque Committee، للمداخلة في الجلسة العامة.",
     "ar", "طبيبة متطوعة", "Mussafah Workers Mosque Committee"),
    ("نرشح:\n1. السيدة نادية فرج، منسقة متطوعة مع جمعية النور للتنمية، للمداخلة في الجلسة العامة.",
     "ar", "منسقة متطوعة", "جمعية النور للتنمية"),
    ("انا سامح فؤاد، مدير بتاع جمعية الصعايدة في عمان، وعايز اتكلم في المائدة المستديرة الأولى.",
     "ar", "مدير", "جمعية الصعايدة في عمان"),
])
def test_colloquial_of_and_with_split_title_from_organisation(rules: ExtractRules, body: str, language: str,
                                                              title: str, affiliation: str) -> None:
    sp = _extract(body, rules, language).speakers[0]
    assert (sp.title, sp.affiliation) == (title, affiliation)


def test_with_that_names_no_organisation_stays_in_the_title(rules: ExtractRules) -> None:
    # "مع الشركاء" (with the partners) names no organisation: the title is kept whole
    body = "نرشح:\n1. السيدة نادية فرج، منسقة العمل مع الشركاء، للمداخلة في الجلسة العامة."
    assert _extract(body, rules, "ar").speakers[0].title == "منسقة العمل مع الشركاء"


# "أما أنا فلن أتحدث": the writer declines, and is no speaker
@pytest.mark.parametrize("tail", [
    "أما أنا فلن أتحدث، وأنا جهة الاتصال للمتابعة.",
    "أما أنا فلا أرغب في الحديث.",
    "وأنا فلم أكن متاحاً في ذلك التاريخ.",
])
def test_a_writer_who_declines_is_no_speaker(rules: ExtractRules, tail: str) -> None:
    body = ("السلام عليكم\nيسرنا أن نرشح السيد خالد عبد الرحيم، منسق في جمعية الأمل، للمداخلة في المائدة المستديرة الأولى.\n"
            f"{tail}\n\nمع التحية\nحسن إبراهيم")
    names = [sp.name for sp in _extract(body, rules, "ar").speakers]
    assert names == ["خالد عبد الرحيم"]


# "انا اسمي X": "I" and "my name is" said together open one self-introduction; the name follows both
@pytest.mark.parametrize(("body", "name"), [
    ("السلام عليكم\nانا اسمي سلوى حسن النجار، محامية في جمعية العون القانوني بالإسكندرية، وحابة أتكلم في المائدة "
     "المستديرة الأولى.\nشكرا\nسلوى", "سلوى حسن النجار"),
    ("مرحبا\nأنا إسمي كريم عادل منصور، باحث في مركز دراسات الهجرة، وأرغب في المشاركة بمداخلة في الجلسة العامة.\nكريم",
     "كريم عادل منصور"),
    ("تحية طيبة\nأنا اسمي هدى يوسف، منسقة في شبكة النساء المهاجرات، ونحب نشارك في النقاش المفتوح.\nمع الشكر",
     "هدى يوسف"),
])
def test_ana_ismi_gives_the_name_without_the_words(rules: ExtractRules, body: str, name: str) -> None:
    assert [sp.name for sp in _extract(body, rules, "ar").speakers] == [name]


def test_near_miss_ana_without_ismi_is_unchanged(rules: ExtractRules) -> None:
    # "انا X" with no "اسمي" after it introduces the sender as before
    body = ("السلام عليكم\nانا نادية فرج، منسقة في جمعية الأمل، وأرغب في المشاركة في المائدة المستديرة الثانية.\n"
            "نادية")
    assert [sp.name for sp in _extract(body, rules, "ar").speakers] == ["نادية فرج"]


# ---------------------------------------------------------------------------------------------
# A council of a municipality named after its town ("المجلس الشعبي البلدي لبلدية وهران"): the town ends the name

@pytest.mark.parametrize(("body", "affiliation"), [
    ("تحية طيبة وبعد،\nيتشرف المجلس الشعبي البلدي لبلدية وهران، بأن يقترح عليكم السيد عبد القادر بلحاج، نائب الرئيس "
     "المكلف بالتضامن، للمشاركة بمداخلة في المائدة المستديرة الرابعة.\nمع التحية\n", "المجلس الشعبي البلدي لبلدية وهران"),
    ("تحية طيبة وبعد،\nيسر المجلس البلدي لبلدية صفاقس أن يرشح السيدة هالة التريكي، نائبة الرئيس، للمشاركة في الجلسة "
     "العامة.\nمع التحية\n", "المجلس البلدي لبلدية صفاقس"),
    ("السلام عليكم\nتقترح اللجنة الاجتماعية لجمعية طرابلس الأستاذ علي المصراتي، منسق البرامج، للمداخلة في المائدة "
     "المستديرة الثانية.\nمع التحية\n", "اللجنة الاجتماعية لجمعية طرابلس"),
])
def test_a_body_of_a_town_keeps_the_town(body: str, affiliation: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert [s.affiliation for s in fields.speakers] == [affiliation]


def test_a_town_after_a_separate_preposition_says_where(rules: ExtractRules) -> None:
    # "في وهران" says where the association is: not part of its name
    body = ("السلام عليكم\nتقترح جمعية الأمل في وهران السيد عبد القادر بلحاج، نائب الرئيس، للمشاركة في المائدة المستديرة "
            "الرابعة.\nمع التحية\n")
    fields = run(message(body), rules, language="ar")
    assert [s.affiliation for s in fields.speakers] == ["جمعية الأمل"]


# ---------------------------------------------------------------------------------------------
# The Maghrebi "of" (ديال، تاع) between a title and its organisation, and a nomination with the plural -و ("نقترحو X")

@pytest.mark.parametrize(("body", "name", "title", "affiliation"), [
    ("السلام عليكم\nبغينا نقترحو الأخت نوال بنعلي، المنسقة الوطنية ديال جمعية الأمل للتنمية، باش تدير مداخلة فالجلسة "
     "العامة.\nشكرا\nالمكتب", "نوال بنعلي", "المنسقة الوطنية", "جمعية الأمل للتنمية"),
    ("السلام\nنقترحو السيد كريم العلوي، رئيس المكتب ديال شبكة الشباب المهاجر، للمائدة المستديرة الثالثة.\nبالتوفيق",
     "كريم العلوي", "رئيس المكتب", "شبكة الشباب المهاجر"),
    ("صباح الخير\nنرشحو الأستاذ مراد بن يوسف، مدير البرامج تاع جمعية الهجرة والتنمية، باش يهدر في الجلسة العامة.\n"
     "يعطيكم الصحة", "مراد بن يوسف", "مدير البرامج", "جمعية الهجرة والتنمية"),
])
def test_a_maghrebi_of_between_title_and_organisation(body: str, name: str, title: str, affiliation: str,
                                                       rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [(name, title, affiliation)]


# ---------------------------------------------------------------------------------------------
# A post whose own first letter is "و" ("وكيل وزارة ..."، "وزيرة الدولة ...") after the name: the title, not "and ..."

@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("تحية طيبة وبعد،\nيسرنا ترشيح سعادة الدكتور جمال حسن الربيعي، وكيل وزارة العمل والشؤون الاجتماعية، لإلقاء مداخلة "
     "في المائدة المستديرة الثالثة.\nمع التقدير\n", "وكيل", "وزارة العمل والشؤون الاجتماعية"),
    ("السلام عليكم\nنرشح السيدة منى الكبيسي، وكيلة وزارة الداخلية، للمشاركة في الجلسة العامة.\nمع التحية\n",
     "وكيلة", "وزارة الداخلية"),
    ("تحية طيبة\nتقترح الهيئة الأستاذ سامي العنزي، وكيل هيئة تنظيم سوق العمل، للحديث في المائدة المستديرة الأولى.\nشكراً\n",
     "وكيل", "هيئة تنظيم سوق العمل"),
    ("تحية طيبة\nنرشح معالي السيدة هدى الشامسي، وزيرة الدولة، للحديث في الجلسة العامة.\nشكراً\n", "وزيرة الدولة", None),
])
def test_a_post_opening_with_waw_is_the_title(body: str, title: str, affiliation: str | None,
                                              rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in speakers] == [(title, affiliation)]


def test_near_miss_a_clause_opening_with_and_still_ends_the_phrase(rules: ExtractRules) -> None:
    # "وسيلقي" is "and he will deliver": what the person does, no title
    body = ("تحية طيبة\nنرشح السيد جمال الربيعي، مدير الهجرة، وسيلقي كلمة في الجلسة العامة.\nشكراً\n")
    speakers = run(message(body), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in speakers] == [("مدير الهجرة", None)]


# ---------------------------------------------------------------------------------------------
# "غير مقيم/غير مقيمة" (non-resident) is part of a post ("زميلة أبحاث غير مقيمة"), not where the person lives

@pytest.mark.parametrize(("body", "title"), [
    ("تحية طيبة\nأتقدم بطلب للمشاركة بدور المقرر.\n\nالاسم: ريم السليطي\nالجهة: منتدى الخليج للسياسات\n"
     "الصفة: زميلة أبحاث غير مقيمة\n", "زميلة أبحاث غير مقيمة"),
    ("تحية طيبة\nنود ترشيح الدكتور سامي الحداد، باحث غير مقيم في مركز الشرق للدراسات، للمداخلة في الجلسة العامة.\n",
     "باحث غير مقيم"),
    ("مرحباً\nنقترح الأستاذة هبة النجار، زميلة غير مقيمة، معهد الدراسات الفلسطينية، للمشاركة في المائدة المستديرة الأولى.\n",
     "زميلة غير مقيمة"),
])
def test_non_resident_is_part_of_the_post(body: str, title: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert [s.title for s in fields.speakers] == [title]


def test_near_miss_resident_in_a_town_still_ends_the_title(rules: ExtractRules) -> None:
    body = "تحية طيبة\nنود ترشيح الدكتور سامي الحداد، صحفي مقيم في الخرطوم، للمداخلة في الجلسة العامة.\n"
    assert [s.title for s in run(message(body), rules, language="ar").speakers] == ["صحفي"]


# ---------------------------------------------------------------------------------------------
# What the person is proposed for, glued to "ل" without the article, right after the name ("الدكتورة X لمداخلة في ...")

@pytest.mark.parametrize(("body", "name"), [
    ("السلام عليكم\nنود ترشيح مديرة الأبحاث في المعهد الدكتورة منى الكواري لمداخلة في المائدة المستديرة الثانية.\n",
     "منى الكواري"),
    ("السلام عليكم\nنود ترشيح الأستاذ سامي عبد الله لمداخلة في الجلسة العامة.\n", "سامي عبد الله"),
    ("تحية طيبة\nيسرنا ترشيح السيدة هدى المصري لكلمة في الجلسة العامة.\n", "هدى المصري"),
    ("تحية طيبة\nنقترح السيد عمر الحسيني لعرض تجربة الجمعية في المائدة المستديرة الأولى.\n", "عمر الحسيني"),
])
def test_a_request_glued_to_lam_ends_the_name(body: str, name: str, rules: ExtractRules) -> None:
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == [name]


def test_near_miss_a_family_name_opening_with_lam_stays(rules: ExtractRules) -> None:
    # a family name that opens with "ل" ("لعريبي") is no request
    body = "السلام عليكم\nنود ترشيح السيد كريم لعريبي للمداخلة في المائدة المستديرة الثانية.\n"
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["كريم لعريبي"]


# ---------------------------------------------------------------------------------------------
# "في موضوعات/مواضيع ..." after a title names what the person works on (as "في قضايا ..."), not where

@pytest.mark.parametrize(("body", "title"), [
    ("تحية طيبة\nنرشح الأستاذة ليلى حسن، كاتبة في مواضيع اللجوء، للمشاركة في الجلسة العامة.\nمع التحية\n",
     "كاتبة في مواضيع اللجوء"),
    ("تحية طيبة\nنرشح الأستاذة ليلى حسن، باحثة في موضوعات العمالة المنزلية، للمشاركة في الجلسة العامة.\nمع التحية\n",
     "باحثة في موضوعات العمالة المنزلية"),
    ("مرحبا\nنقترح السيد كمال منصور، صحفي مستقل في موضوعات الهجرة، للمداخلة في المائدة المستديرة الثالثة.\nمع التحية\n",
     "صحفي مستقل في موضوعات الهجرة"),
])
def test_topics_after_a_title_are_part_of_it(body: str, title: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert [(s.title, s.affiliation) for s in fields.speakers] == [(title, None)]


def test_near_miss_a_body_named_with_topics_is_the_affiliation(rules: ExtractRules) -> None:
    body = "مرحبا\nنقترح السيد كمال منصور، صحفي في مؤسسة الموضوعات الإعلامية، للمداخلة في المائدة المستديرة الثالثة.\n"
    fields = run(message(body), rules, language="ar")
    assert [(s.title, s.affiliation) for s in fields.speakers] == [("صحفي", "مؤسسة الموضوعات الإعلامية")]


# ---------------------------------------------------------------------------------------------
# "X, post at Y, is the one who will speak" ("هو اللي هيتكلم", "هي التي ستتحدث"): the body ends before the clause

@pytest.mark.parametrize(("body", "affiliation"), [
    ("السلام عليكم\nاحنا عايزين نشارك في المؤتمر. الأستاذ سمير حسن منسق المشاريع في رابطة شباب أسوان هو اللي هيتكلم "
     "في المائدة المستديرة الثانية.\nشكرا\nمنى", "رابطة شباب أسوان"),
    ("مرحبا\nالسيدة هدى خليل مديرة البرامج في جمعية التضامن الأردنية هي التي ستتحدث في الجلسة العامة.\nمع التحية\nرامي",
     "جمعية التضامن الأردنية"),
    ("مرحبا\nالدكتورة ريم سعيد الباحثة في مركز دراسات الهجرة هي اللي هتحكي عن تجربتنا في المائدة المستديرة الرابعة.\n"
     "تحياتي\nسلوى", "مركز دراسات الهجرة"),
])
def test_the_one_who_will_speak_is_not_part_of_the_body(body: str, affiliation: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert [s.affiliation for s in fields.speakers] == [affiliation]


def test_near_miss_a_pronoun_inside_a_body_name_stays(rules: ExtractRules) -> None:
    # "هم" not followed by a relative is part of the name ("جمعية هم أهلنا")
    body = "السلام عليكم\nنرشح السيد علي عمر، منسق البرامج في جمعية هم أهلنا، للمشاركة في المائدة المستديرة الثانية.\nشكرا"
    assert [s.affiliation for s in run(message(body), rules, language="ar").speakers] == ["جمعية هم أهلنا"]


# ---------------------------------------------------------------------------------------------
# Religious forms of address before a name: a pair listed whole ("فضيلة الشيخ X", "فضيلة المفتي Y") and the
# colloquial priest's "أبونا X" go to the honorific; "فضيلة" alone is the given name Fadila and stays in the name

@pytest.mark.parametrize(("body", "name", "honorific"), [
    ("السلام عليكم\nنرشح فضيلة الشيخ أحمد الكبيسي، رئيس هيئة الإغاثة، للمداخلة في الجلسة العامة.\nمع التحية\n",
     "أحمد الكبيسي", "فضيلة الشيخ"),
    ("تحية طيبة\nيسرنا ترشيح فضيلة المفتي يوسف الخطيب، رئيس لجنة الزكاة، للحديث في المائدة المستديرة الثانية.\nشكرا\n",
     "يوسف الخطيب", "فضيلة المفتي"),
    ("مرحبا\nحابين أبونا مرقس حنا، كاهن كنيسة العذراء، يتكلم في المائدة المستديرة التانية.\nشكرا\n",
     "مرقس حنا", "أبونا"),
    ("السلام عليكم\nنقترح أبونا بطرس عزيز، مسؤول خدمة المهاجرين، للمداخلة في النقاش المفتوح.\nمع الشكر\n",
     "بطرس عزيز", "أبونا"),
])
def test_a_religious_form_of_address_is_no_part_of_the_name(rules: ExtractRules, body: str, name: str,
                                                           honorific: str) -> None:
    speakers = _speakers(body, rules, "ar").speakers
    assert [(s.name, s.honorific) for s in speakers] == [(name, honorific)]


@pytest.mark.parametrize(("body", "name"), [
    ("السلام عليكم\nنرشح السيدة فضيلة بن علي، رئيسة جمعية الأمل، للمداخلة في الجلسة العامة.\nمع التحية\n", "فضيلة بن علي"),
    ("تحية طيبة\nنقترح فضيلة المنصوري، منسقة البرامج، للحديث في المائدة المستديرة الأولى.\nشكرا\n", "فضيلة المنصوري"),
])
def test_near_miss_fadila_alone_is_a_given_name(rules: ExtractRules, body: str, name: str) -> None:
    assert [s.name for s in _speakers(body, rules, "ar").speakers] == [name]


# A dialect or plain verb of speaking after the name ends it ("الدكتورة X تاخد كلمة", "الأستاذ Y يلقي كلمة")
@pytest.mark.parametrize(("body", "name"), [
    ("مرحبا\nحابين الدكتورة منى عبد الحميد تاخد كلمة في النقاش المفتوح.\nشكرا\n", "منى عبد الحميد"),
    ("السلام عليكم\nعايزين الأستاذ كريم فوزي ياخد كلمة في الجلسة العامة.\nمنى\n", "كريم فوزي"),
    ("تحية طيبة\nنرجو أن يكون السيد خالد منصور يلقي كلمة في المائدة المستديرة الثانية.\nمع الشكر\n", "خالد منصور"),
    # the Levantine ones with "ب" or "رح"
    ("مرحبا\nبعد إذنكن، الأب جوزيف معلوف بيفضّل يحكي بالجلسة العامة.\nشكرا\nرنا\n", "جوزيف معلوف"),
    ("مرحبا\nالأستاذة هالة عيسى بدها تشارك بمداخلة بالطاولة المستديرة التانية.\nيعطيكن العافية\nسامر\n", "هالة عيسى"),
    ("هلا\nالدكتور طارق حداد رح يحكي بالنقاش المفتوح عن شغلنا.\nشكرا\nليال\n", "طارق حداد"),
])
def test_a_verb_of_speaking_after_the_name_ends_it(rules: ExtractRules, body: str, name: str) -> None:
    assert [s.name for s in _speakers(body, rules, "ar").speakers] == [name]


def test_near_miss_a_name_with_no_verb_after_it_is_whole(rules: ExtractRules) -> None:
    body = "مرحبا\nنرشح الدكتورة منى عبد الحميد تلحمي، مديرة الجمعية، للنقاش المفتوح.\nشكرا\n"
    assert [s.name for s in _speakers(body, rules, "ar").speakers] == ["منى عبد الحميد تلحمي"]


# The Maghrebi possessive after the form of address ("الزميلة ديالنا X", "our colleague X") is no part of the name
@pytest.mark.parametrize(("body", "name"), [
    ("السلام عليكم\nبغينا الزميلة ديالنا سلمى الإدريسي، منسقة البرامج، تشارك ف الطاولة المستديرة الثانية.\nشكرا\n",
     "سلمى الإدريسي"),
    ("السلام عليكم\nنقترحو الزميل ديالنا يوسف بنعلي، مسؤول التواصل، للمداخلة ف الجلسة العامة.\nمريم\n", "يوسف بنعلي"),
    ("سلام\nبغيت نرشح الأخت ديالنا نادية الشرقاوي، رئيسة الجمعية، للمداخلة ف النقاش المفتوح.\nعمر\n", "نادية الشرقاوي"),
])
def test_a_maghrebi_possessive_after_the_form_of_address_is_no_part_of_the_name(rules: ExtractRules, body: str,
                                                                               name: str) -> None:
    assert [s.name for s in _speakers(body, rules, "ar").speakers] == [name]


def test_near_miss_the_form_of_address_without_the_possessive_is_unchanged(rules: ExtractRules) -> None:
    body = "السلام عليكم\nنقترح الزميلة سلمى الإدريسي، منسقة البرامج، للمداخلة في الجلسة العامة.\nشكرا\nعمر\n"
    speakers = _speakers(body, rules, "ar").speakers
    assert [(s.name, s.honorific) for s in speakers] == [("سلمى الإدريسي", "الزميلة")]


# "ب" ("at") glued to a body after a post ("مراسل بقناة X", "مذيعة بإذاعة Y"), and a newsroom's posts: the post is the
# title, the body the organisation; the Iraqi "آني X" ("I am X") introduces the sender at the head of a line
@pytest.mark.parametrize(("body", "name", "title", "affiliation"), [
    ("هلو شلونكم\nآني حيدر الكعبي، مراسل بقناة الفرات الفضائية، ودي اشارك بمداخلة في الجلسة العامة.\nحيدر\n",
     "حيدر الكعبي", "مراسل", "قناة الفرات الفضائية"),
    ("مرحبا\nنرشح السيدة ريم سعد، مذيعة بإذاعة صوت المدينة، للمداخلة في الجلسة العامة.\nسامي\n",
     "ريم سعد", "مذيعة", "إذاعة صوت المدينة"),
    ("السلام عليكم\nأنا زينب الموسوي، منسقة بجمعية الأمل للتنمية، وأود المشاركة بمداخلة في المائدة المستديرة الأولى.\nزينب\n",
     "زينب الموسوي", "منسقة", "جمعية الأمل للتنمية"),
])
def test_a_post_at_a_body_glued_with_ba_splits_title_and_organisation(rules: ExtractRules, body: str, name: str,
                                                                       title: str, affiliation: str) -> None:
    speakers = _speakers(body, rules, "ar").speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [(name, title, affiliation)]


def test_near_miss_ba_before_a_field_stays_in_the_title(rules: ExtractRules) -> None:
    # "بشؤون الهجرة" is the field the researcher works in, no body
    body = "مرحبا\nنرشح السيد علي حسن، باحث بشؤون الهجرة، للمداخلة في الجلسة العامة.\nسامي\n"
    speakers = _speakers(body, rules, "ar").speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [("علي حسن", "باحث بشؤون الهجرة", None)]


# A blog is a body written for ("مؤسِّسة مدوّنة X": the founder of a blog), and a relative clause about the body after
# it, colloquial ("يلي بتحكي عن ...", "اللي بتدافع عن ...") or standard ("التي"), is no part of the organisation
@pytest.mark.parametrize(("body", "name", "title", "affiliation"), [
    ("مرحبا\n\nأنا لينا شمس، مؤسِّسة مدوّنة «بين حدّين» يلي بتحكي عن الهجرة بلبنان من 2016.\nبدي شارك بالنقاش المفتوح.\nلينا\n",
     "لينا شمس", "مؤسِّسة", "مدوّنة «بين حدّين»"),
    ("مرحبا\n\nأنا رامي عيسى، مدير جمعية سوا يلي بتشتغل مع اللاجئين من 2012.\nبدي احكي بالطاولة المستديرة التانية.\nرامي\n",
     "رامي عيسى", "مدير", "جمعية سوا"),
    ("السلام عليكم\n\nأنا خالد عمر، منسق في شبكة الهجرة اللي بتدافع عن العمال، بدي احكي بالجلسة العامة.\nخالد\n",
     "خالد عمر", "منسق", "شبكة الهجرة"),
])
def test_a_relative_clause_after_the_body_is_no_part_of_it(rules: ExtractRules, body: str, name: str, title: str,
                                                           affiliation: str) -> None:
    speakers = _speakers(body, rules, "ar").speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [(name, title, affiliation)]


def test_near_miss_to_after_a_post_is_no_relative_clause(rules: ExtractRules) -> None:
    # "إلى" (folded "الي") names where the envoy is sent: the post keeps it
    body = "مرحبا\nنرشح السيد كمال يوسف، المبعوث الخاص إلى ليبيا، للمداخلة في الجلسة العامة.\nسامي\n"
    assert [s.title for s in _speakers(body, rules, "ar").speakers] == ["المبعوث الخاص إلى ليبيا"]


# ---------------------------------------------------------------------------------------------
# A follow-up correcting a colleague's full name and job title, in dialect: "اسم الأستاذة رنا الكامل هو X" and
# "مسمّاها الوظيفي الصحيح "Y" مش Z" (the quoted title, not what it replaces)

_AR_PROPOSAL = ("> تحية طيبة وبعد،\n> يسعدنا أن نرشّح الأستاذة {short}، منسقة برنامج الحماية لدينا، للمشاركة كمتحدثة في "
                "المائدة المستديرة الثالثة.\n>\n> سلمى العمري\n> المديرة التنفيذية\n> جمعية نساء من أجل العدالة\n")


@pytest.mark.parametrize(("short", "correction", "name", "title"), [
    ("رنا عبد الهادي", "تصحيح بسيط: اسم الأستاذة رنا الكامل هو رنا عبد الهادي الشوبكي (نسيت اسم العيلة)، ومسمّاها "
     "الوظيفي الصحيح \"مديرة برنامج الحماية\" مش منسقة.", "رنا عبد الهادي الشوبكي", "مديرة برنامج الحماية"),
    ("هالة يوسف", "عفوا، اسم الدكتورة هالة الكامل هو هالة يوسف النمر، ومسماها الوظيفي الجديد هو رئيسة قسم الدعم القانوني.",
     "هالة يوسف النمر", "رئيسة قسم الدعم القانوني"),
    ("منى خليل", "ملاحظة: اسم السيدة منى الثلاثي هو منى خليل العبد، ومسماها الوظيفي الصحيح هو «مستشارة قانونية» وليس منسقة.",
     "منى خليل العبد", "مستشارة قانونية"),
])
def test_a_dialect_correction_of_full_name_and_job_title(short: str, correction: str, name: str, title: str,
                                                         rules: ExtractRules) -> None:
    body = f"مرحبا،\n\n{correction}\n\nشكرا\nسلمى\n\nفي الأحد، 31 يناير 2021، كتبت سلمى العمري:\n" \
        + _AR_PROPOSAL.format(short=short)
    speakers = run(message(body, subject="Re: ترشيح متحدثة", from_="Salma <s@example.org>"), rules, language="ar").speakers
    assert [(s.name, s.title) for s in speakers] == [(name, title)]


def test_near_miss_the_name_of_an_organisation_in_full_is_no_name_correction(rules: ExtractRules) -> None:
    body = "مرحبا،\n\nاسم الجمعية الكامل هو جمعية نساء من أجل العدالة.\n\nشكرا\nسلمى\n\nفي الأحد، كتبت سلمى العمري:\n" \
        + _AR_PROPOSAL.format(short="رنا عبد الهادي")
    speakers = run(message(body, subject="Re: ترشيح متحدثة", from_="Salma <s@example.org>"), rules, language="ar").speakers
    assert not any("جمعية" in (s.name or "") for s in speakers)  # the association is no person


def test_near_miss_a_job_title_not_yet_set_states_none(rules: ExtractRules) -> None:
    # "ولم يُعتمد مسماه الوظيفي بعد": the title is not decided, "بعد" ("yet") is no title
    body = "مرحبا،\n\nعلما بأن الأستاذة رنا انضمت حديثا ولم يعتمد مسماها الوظيفي بعد.\n\nشكرا\nسلمى\n\n" \
        "في الأحد، كتبت سلمى العمري:\n" + _AR_PROPOSAL.format(short="رنا عبد الهادي")
    speakers = run(message(body, subject="Re: ترشيح متحدثة", from_="Salma <s@example.org>"), rules, language="ar").speakers
    assert all(s.title != "بعد" for s in speakers)


# A list item "name - post - role" with no honorific ("١- آمنة X - رئيسة اللجنة - للمائدة المستديرة الرابعة"): the
# post after a spaced dash and the role asked for make the bare Arabic name a person's; "للنقاش المفتوح" is the open
# discussion
@pytest.mark.parametrize(("body", "people"), [
    ("السلام عليكم\n\nبنرشح ليكم من جمعية الأمل للاجئين الأسماء دي:\n\n١- سلمى عبد الله - منسقة المشاريع - للمائدة "
     "المستديرة الثانية\n٢- كريم حسن - مدير الجمعية - للجلسة العامة\n\nشكرا\nهدى",
     [("سلمى عبد الله", "منسقة المشاريع", ("roundtable",)), ("كريم حسن", "مدير الجمعية", ("plenary",))]),
    ("تحية طيبة\n\nنقترح من اتحاد العمال المهاجرين ما يلي:\n\n- منى يوسف – مسؤولة الشباب – للنقاش المفتوح\n"
     "- خالد منصور – رئيس الاتحاد – للمائدة المستديرة الأولى\n\nمع التحية",
     [("منى يوسف", "مسؤولة الشباب", ("open_discussion",)), ("خالد منصور", "رئيس الاتحاد", ("roundtable",))]),
    ("مرحبا\n\nنرشح للمشاركة:\n1- فاطمة الزهراء بن علي - مديرة البرامج - للمائدة المستديرة الثالثة\n\nتحياتي\nسامي",
     [("فاطمة الزهراء بن علي", "مديرة البرامج", ("roundtable",))]),
])
def test_a_dashed_list_item_names_its_person(rules: ExtractRules, body: str,
                                             people: list[tuple[str, str, tuple[str, ...]]]) -> None:
    speakers = _speakers(body, rules, "ar").speakers
    assert [(s.name, s.title, s.roles) for s in speakers] == people


@pytest.mark.parametrize("body", [
    # places or topics before a post, and no role asked for; a topic (every word with the article) before a post
    "السلام عليكم\n\nمواقع عملنا كالتالي:\n\n١- جنوب الخرطوم - رئيسة اللجنة المحلية\n٢- مخيم الزعتري - مدير المخيم\n\nشكرا",
    "السلام عليكم\n\nمحاور مداخلتنا كالتالي:\n\n١- الهجرة الدائرية - رئيس الجلسة يحدد الوقت\n"
    "٢- العمل اللائق - المائدة المستديرة الثانية\n\nشكرا\nهدى",
    "السلام عليكم\n\nمحاور الجلسات كالتالي:\n\n١- الهجرة الدائرية - رئيس الجلسة - المائدة المستديرة الثانية\n"
    "٢- العمل اللائق - مقررة الجلسة - الجلسة العامة\n\nشكرا\nهدى",
])
def test_near_miss_a_dashed_list_of_places_or_topics_names_nobody(rules: ExtractRules, body: str) -> None:
    assert _speakers(body, rules, "ar").speakers == ()


# ---------------------------------------------------------------------------------------------
# "بنفس الشبكة", "بذات الجمعية" after a title: the same body as the person's before, no part of the title

@pytest.mark.parametrize(("body", "expected"), [
    ("مرحبا\nنرشح:\n1- منى خليل، مديرة البرامج، جمعية الأمل للتنمية\n2- سعاد نجم، منسقة مشاريع بذات الجمعية\n",
     ("منسقة مشاريع", "جمعية الأمل للتنمية")),
    ("مرحبا\nنرشح:\n1- منى خليل، مديرة البرامج، شبكة المهاجرين العرب\n2- سعاد نجم، باحثة وناشطة بنفس الشبكة\n",
     ("باحثة وناشطة", "شبكة المهاجرين العرب")),
    ("تحية طيبة\nنقترح:\n- كريم داود، مدير، مركز الهجرة والتنمية\n- هدى سالم، محامية ومستشارة قانونية بنفس المركز\n",
     ("محامية ومستشارة قانونية", "مركز الهجرة والتنمية")),
])
def test_the_same_body_after_a_title_is_the_one_before(body: str, expected: tuple[str, str],
                                                       rules: ExtractRules) -> None:
    second = _speakers(body, rules, "ar").speakers[1]
    assert (second.title, second.affiliation) == expected


def test_near_miss_a_word_like_sameness_stays_in_the_title(rules: ExtractRules) -> None:
    body = "مرحبا\nنرشح:\n1- منى خليل، مديرة البرامج، جمعية الأمل للتنمية\n2- سعاد نجم، أخصائية دعم نفسي بجمعية الرحمة\n"
    second = _speakers(body, rules, "ar").speakers[1]
    assert (second.title, second.affiliation) == ("أخصائية دعم نفسي", "جمعية الرحمة")


# ---------------------------------------------------------------------------------------------
# A formal letter's honorific and a spaced slash before the name ("الأستاذة / X", "السيد / Y"): the slash is no part of it

@pytest.mark.parametrize(("body", "expected"), [
    ("الإخوة الكرام،\n\nنظراً لظرف طارئ، ستشارك بدلاً مني في المائدة المستديرة الثالثة المهندسة / ريم يوسف عيتاني، "
     "منسقة المشاريع في شبكة العاملات المهاجرات.\n\nشكراً\nمروان\n",
     ("ريم يوسف عيتاني", "منسقة المشاريع", "شبكة العاملات المهاجرات")),
    ("السلام عليكم،\n\nنرشح للمشاركة في النقاش المفتوح السيد / خالد عبد الله الزين، منسق البرامج في جمعية الأمل "
     "للتنمية.\n\nمع التحية،\nسارة\n", ("خالد عبد الله الزين", "منسق البرامج", "جمعية الأمل للتنمية")),
    ("تحية طيبة،\n\nيسرنا ترشيح الدكتور / فيصل محمود الحسن، مدير مركز دراسات الهجرة، للتحدث في الجلسة العامة.\n\n"
     "مع الشكر\nعلي\n", ("فيصل محمود الحسن", "مدير", "مركز دراسات الهجرة")),
])
def test_a_spaced_slash_after_an_honorific_opens_the_name(body: str, expected: tuple[str, str, str],
                                                         rules: ExtractRules) -> None:
    speakers = _speakers(body, rules, "ar", from_="Sender <sender@example.org>").speakers
    assert [(sp.name, sp.title, sp.affiliation) for sp in speakers] == [expected]


def test_near_miss_an_addressee_after_a_spaced_slash_proposes_nobody(rules: ExtractRules) -> None:
    body = ("السادة / منظمة الهجرة الدولية المحترمين\n\nأرغب في المشاركة في النقاش المفتوح.\n\nمع التحية،\nسامي داود\n"
            "منسق البرامج، جمعية الأمل\n")
    speakers = _speakers(body, rules, "ar", from_="سامي داود <sd@example.org>").speakers
    assert [(sp.name, sp.title, sp.affiliation) for sp in speakers] == [("سامي داود", "منسق البرامج", "جمعية الأمل")]


# ---------------------------------------------------------------------------------------------
# A post with the colloquial "of" before the name ("الكاتبة العامة ديال الجمعية، الأخت X", "المدير بتاع المؤسسة، ..."):
# "ديال/متاع/تاع/بتاع الجمعية" points at the body the message speaks for, never a second person; the title is the post
# (as the labelled sets write it: "الكاتبة العامة", h89-20)

@pytest.mark.parametrize(("body", "name", "title"), [
    ("السلام عليكم\n\nوبغينا حتى نقترحو الكاتبة العامة ديال الجمعية، الأخت فاطمة الزهراء العلوي، باش تكون مقررة.\n\n"
     "نادية\n", "فاطمة الزهراء العلوي", "الكاتبة العامة"),
    ("عسلامة\n\nوبغينا نقترحو المنسق متاع الشبكة، السيد منصف الطرابلسي، باش يحكي في الطاولة المستديرة الثانية.\n\n"
     "نادية\n", "منصف الطرابلسي", "المنسق"),
    ("السلام عليكم\n\nوحابين نرشحو الرئيسة تاع الجمعية، السيدة نوال بن يوسف، للنقاش المفتوح.\n\nنادية\n",
     "نوال بن يوسف", "الرئيسة"),
    ("أهلا\n\nوعايزين نرشح المدير بتاع المؤسسة، الأستاذ شريف منصور، للمائدة المستديرة الأولى.\n\nنادية\n",
     "شريف منصور", "المدير"),
])
def test_a_colloquial_of_after_a_post_names_no_second_person(body: str, name: str, title: str,
                                                            rules: ExtractRules) -> None:
    speakers = _speakers(body, rules, "ar", from_="Nadia B <nb@example.org>").speakers
    assert [(sp.name, sp.title) for sp in speakers] == [(name, title)]


def test_near_miss_our_in_the_colloquial_form_stays_with_the_post(rules: ExtractRules) -> None:
    # "ديالنا" ("our") is the possessive, not the bare "of"; one speaker, as before
    body = "السلام عليكم\n\nبغينا نقترحو المنسقة ديالنا، الأخت سعاد بنعيسى، باش تكون مقررة.\n\nنادية\n"
    assert [sp.name for sp in _speakers(body, rules, "ar", from_="Nadia B <nb@example.org>").speakers] == ["سعاد بنعيسى"]


# ---------------------------------------------------------------------------------------------
# A plain verb of work or experience after the name ("الأستاذة X تشتغل على ملف ...", "السيد Y يعمل منذ ...",
# "X عندها خبرة"): the sentence describes a speaker named before, it names no one new

@pytest.mark.parametrize("body", [
    "تحية طيبة\nيسعدنا أن نرشح الأستاذة سلمى الرشيد، مديرة المشاريع في جمعية الأمل، للمشاركة في النقاش المفتوح.\n"
    "الأستاذة سلمى تشتغل على ملف العمالة المنزلية من سنين.\nفهد",
    "تحية طيبة\nنرشح الدكتور وليد حسن، رئيس مركز الهجرة، للمائدة المستديرة الثانية.\n"
    "الدكتور وليد يعمل منذ عشر سنوات مع العمال المهاجرين.\nمنى",
    "مرحبا\nنقترح السيدة هالة نجم، منسقة المناصرة في شبكة العون، للجلسة العامة.\n"
    "السيدة هالة عندها خبرة طويلة في الدفاع عن حقوق العاملات.\nسعاد",
])
def test_a_verb_of_work_after_a_first_name_names_no_new_speaker(rules: ExtractRules, body: str) -> None:
    assert len(_speakers(body, rules, "ar").speakers) == 1


def test_near_miss_a_verb_of_work_after_the_name_still_gives_the_title(rules: ExtractRules) -> None:
    # the same verb leading to a post ("تعمل كمنسقة") still gives the title
    body = "تحية طيبة\nنرشح السيدة ريم خوري للجلسة العامة، وهي تعمل كمنسقة برامج في جمعية النور.\nهدى"
    (speaker,) = _speakers(body, rules, "ar").speakers
    assert speaker.name == "ريم خوري"


# ---------------------------------------------------------------------------------------------
# A follow-up listing the titles asked for as "name: post" items, some without honorific ("- سلمان الكعبي: منسق
# المناصرة الإقليمي"): each item names its person

@pytest.mark.parametrize(("body", "expected"), [
    ("الإخوة الكرام،\nالمسميات الوظيفية كالتالي:\n- المهندس خالد عيسى: نائب رئيس الشبكة\n- سلمان ناصر: منسق المناصرة\n"
     "مع التحية،\nعائشة", [("خالد عيسى", "نائب رئيس الشبكة"), ("سلمان ناصر", "منسق المناصرة")]),
    ("تحية طيبة\nبيانات المتحدثين كما يلي:\n1. منى يوسف: مديرة البرامج\n2. د. كريم داود: باحث رئيسي\nهدى",
     [("منى يوسف", "مديرة البرامج"), ("كريم داود", "باحث رئيسي")]),
    ("مرحبا\nالمناصب كالتالي:\n- ليلى حسن: رئيسة الجمعية\n- عمر سالم: مستشار قانوني\nسعاد",
     [("ليلى حسن", "رئيسة الجمعية"), ("عمر سالم", "مستشار قانوني")]),
])
def test_a_list_of_name_colon_post_items_names_each_person(rules: ExtractRules, body: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert [(s.name, s.title) for s in _speakers(body, rules, "ar").speakers] == expected


@pytest.mark.parametrize("items", [
    # "topic: post" items whose topic has the article everywhere, or a one-word label, name nobody
    "محاور المداخلة كالتالي:\n- الهجرة الدائرية: رئيس الجلسة يقدمها\n- العمل اللائق: مديرة البرامج تعرضه\n",
    "التفاصيل كالتالي:\n- ملاحظة: رئيس الجمعية سيحضر أيضا\n",
])
def test_near_miss_a_list_of_topics_or_labels_names_nobody_more(rules: ExtractRules, items: str) -> None:
    body = "تحية طيبة\nنرشح الدكتورة منى خليل، مديرة البرامج في جمعية الأمل، للجلسة العامة.\n" + items + "هدى"
    assert [s.name for s in _speakers(body, rules, "ar").speakers] == ["منى خليل"]


# ---------------------------------------------------------------------------------------------
# The colloquial "حتى" (so that) after the nominee's name ends the name, as "عشان" and "لكي" do: "نرشح الأستاذ X حتى
# يكون عنده مداخلة"

@pytest.mark.parametrize(("body", "name"), [
    ("مساء الخير\nنرشح الأستاذ المحامي علي حسن الربيعي حتى يكون عنده مداخلة بالجلسة العامة.\nمع التقدير", "علي حسن الربيعي"),
    ("السلام عليكم\nنقترح الدكتورة زينب عباس حتى تشارك بالمائدة المستديرة الثالثة.\nشكرا", "زينب عباس"),
    ("تحية طيبة\nنرشح السيد كريم جاسم حتى يتحدث في الجلسة العامة عن العمال المهاجرين.\nمع الشكر", "كريم جاسم"),
])
def test_the_colloquial_so_that_after_a_name_ends_it(body: str, name: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert [s.name for s in fields.speakers] == [name]


def test_near_miss_hatta_in_a_sentence_without_a_name_proposes_no_one(rules: ExtractRules) -> None:
    body = "السلام عليكم\nنرجو إبقاءنا على اطلاع حتى نتمكن من ترشيح متحدث لاحقا.\nشكرا"
    assert run(message(body), rules, language="ar", category="other").speakers == ()


# ---------------------------------------------------------------------------------------------
# The dialect "would like (to)" after the nominee's name ends the name ("د. X يحب يعمل مداخلة", "الأستاذة Y عايزة
# تتكلم", "السيد Z يبغى يشارك"); and a region a post covers ("المدير الإقليمي لمنطقة ...") names no one

@pytest.mark.parametrize(("body", "name"), [
    ("أهلا بيكم\nمديرنا الإقليمي د. شادي فؤاد يحب يعمل مداخلة في الجلسة العامة.\nشكرا\nنهى", "شادي فؤاد"),
    ("مرحبا\nزميلتنا الأستاذة دينا مراد عايزة تتكلم في المائدة المستديرة الثانية.\nتحياتي", "دينا مراد"),
    ("السلام عليكم\nالسيد سعود الحربي يبغى يشارك في النقاش المفتوح.\nمع التحية", "سعود الحربي"),
    ("مرحبا\nالدكتورة لمى حداد حابة تحكي بالجلسة العامة عن العاملات المهاجرات.\nشكرا", "لمى حداد"),
])
def test_the_dialect_would_like_after_a_name_ends_it(body: str, name: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert [s.name for s in fields.speakers] == [name]


@pytest.mark.parametrize(("body", "name", "title"), [
    ("السلام عليكم\nنرشح السيد ماجد الكعبي، المدير الإقليمي لمنطقة الخليج في شبكة الهجرة، للجلسة العامة.\n\nشكرا",
     "ماجد الكعبي", "المدير الإقليمي لمنطقة الخليج"),
    ("نرشح المدير الإقليمي لمنطقة الخليج السيد ماجد الكعبي للجلسة العامة.\nشكرا", "ماجد الكعبي", "المدير الإقليمي لمنطقة الخليج"),
    # near miss: a name that holds the letters of "يحب" in a word of its own ("حبيبة") is read whole
    ("نرشح للمائدة المستديرة الأولى السيدة حبيبة يحيى، منسقة البرامج في جمعية النور.\n\nشكرا", "حبيبة يحيى", "منسقة البرامج"),
])
def test_near_miss_a_region_after_a_post_or_a_name_like_the_verb_is_read_right(body: str, name: str, title: str,
                                                                              rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert [(s.name, s.title) for s in fields.speakers] == [(name, title)]


# ---------------------------------------------------------------------------------------------
# The Levantine well-wish closing the message in another person ("يعطيكن العافية"، "الله يعطيك العافية") is the closing,
# never the sender's name signed under it

@pytest.mark.parametrize(("body", "name"), [
    ("مرحبا\nبدي شارك بمداخلة بالجلسة العامة عن شغلنا مع الشباب.\n\nيعطيكن العافية،\nهالة منصور\nجمعية الغد\n",
     "هالة منصور"),
    ("مساء الخير\nحابب احكي بالطاولة المستديرة التانية.\n\nالله يعطيك العافية\nطارق عيسى\nمنسق مشاريع\n", "طارق عيسى"),
    ("هلا\nبدنا نشارك بمداخلة بالنقاش المفتوح.\n\nيعطيكو العافية\nرامي حداد\nنادي الشبيبة\n", "رامي حداد"),
    # (with the "و" that joins it to what came before)
    ("مرحبا مرة تانية\nحابة احكي بالطاولة المستديرة الرابعة بدل التالتة.\n\nويعطيكن العافية\nمايا الخوري\n", "مايا الخوري"),
])
def test_a_levantine_well_wish_is_no_signed_name(body: str, name: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert [sp.name for sp in fields.speakers] == [name]


# ---------------------------------------------------------------------------------------------
# A post "of" a body whose name is quoted right after the glued "ل" or "ب" ("المديرة التنفيذية ل"جمعية X"",
# "المدير التنفيذي لـ«مؤسسة Y»")

@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ('مرحبا،\nنرشح السيدة سلمى داود، منسقة البرامج ل"شبكة العاملات المهاجرات"، للمداخلة في المائدة المستديرة '
     'الثانية.\nشكرا\nهالة\n', "منسقة البرامج", "شبكة العاملات المهاجرات"),
    ("تحية طيبة،\nنرشح الأستاذ كمال يوسف، المدير التنفيذي لـ«مؤسسة الجسور للتنمية»، للمشاركة في الجلسة العامة.\n"
     "مع التقدير\nرامي\n", "المدير التنفيذي", "مؤسسة الجسور للتنمية"),
    ("مرحبا،\nحابين نرشح الست نادية حداد، رئيسة ل“رابطة العاملات في المنازل”، لتحكي بالنقاش المفتوح.\nيعطيكن العافية\n"
     "ليال\n", "رئيسة", "رابطة العاملات في المنازل"),
])
def test_a_quoted_body_after_a_glued_preposition(body: str, title: str, affiliation: str, rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_quoted_event_after_a_glued_preposition(rules: ExtractRules) -> None:
    body = ('مرحبا،\nنرشح السيدة سلمى داود، منسقة ل"أسبوع الهجرة" في بيروت، للمداخلة في المائدة المستديرة الثانية.\n'
            'شكرا\nهالة\n')
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="ar").speakers
    assert [s.affiliation for s in sp] == [None]


# ---------------------------------------------------------------------------------------------
# A relative clause after the name ("X، هو اللي كيتابع الفرقة") says what the person does, no post; the colloquial
# "our" after a post written before the name ("المدرب ديالنا X") says whose post it is, not what

@pytest.mark.parametrize(("body", "title"), [
    ("السلام عليكم\nبغينا نشاركو فالطاولة المستديرة الرابعة، والمتدخل غادي يكون المدرب ديالنا السي عبد الرحيم بنموسى، "
     "هو اللي كيتابع فرقة المهاجرين من الأول.\nحمزة\n", "المدرب"),
    ("مرحبا\nنرشح السيد كريم سالم، الذي يتابع ملف العمال المهاجرين منذ سنوات، للمشاركة في الطاولة المستديرة الثانية.\n"
     "شكرا\nهالة\n", None),
    ("عسلامة\nنقترحو المنسقة متاعنا سلمى بن علي باش تحكي فالطاولة المستديرة الثانية.\nيعيشكم\nرانية\n", "المنسقة"),
])
def test_a_relative_clause_or_a_colloquial_our_is_no_part_of_the_title(body: str, title: str | None,
                                                                        rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="ar").speakers
    assert [s.title for s in sp] == [title]


def test_near_miss_a_post_before_the_relative_clause_stays(rules: ExtractRules) -> None:
    body = ("مرحبا\nنرشح السيد كريم سالم، وهو مدير البرامج في جمعية الأمل، للمشاركة في الطاولة المستديرة الثانية.\n"
            "شكرا\nهالة\n")
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in sp] == [("مدير البرامج", "جمعية الأمل")]


# ---------------------------------------------------------------------------------------------
# A post at the body the message names elsewhere, and the area it covers ("منسق الشبكة في المنطقة الجنوبية"): one
# title, as "منسق الشبكة" alone is; the organisation is the sender's. A body's own name after the post is still split.

@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("السلام عليكم\n\nنرشح للمشاركة في النقاش المفتوح:\nسامي المصراتي – منسق الجمعية في الجنوب\n\nتحياتي\nليلى\n"
     "جمعية الأمل للتنمية - طرابلس\n", "منسق الجمعية في الجنوب", "جمعية الأمل للتنمية"),
    ("مرحبا\n\nالمتحدثة ستكون:\nهدى الزوي - مديرة المنظمة في المنطقة الشرقية\n\nمع التحية\nسالم\n"
     "منظمة التضامن لحقوق المهاجرين\n", "مديرة المنظمة في المنطقة الشرقية", "منظمة التضامن لحقوق المهاجرين"),
    ("تحية طيبة\n\nنقترح للجلسة العامة:\nكريم العبيدي – رئيس الرابطة في الجنوب الليبي\n\nشكرا\nمنى\n"
     "رابطة العمال المهاجرين\n", "رئيس الرابطة في الجنوب الليبي", "رابطة العمال المهاجرين"),
])
def test_a_post_at_the_body_in_its_area_is_one_title(body: str, title: str, affiliation: str,
                                                     rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_named_body_after_the_post_is_the_organisation(rules: ExtractRules) -> None:
    body = "تحية طيبة\n\nنقترح للجلسة العامة:\nكريم العبيدي – رئيس الرابطة الوطنية للعمال المهاجرين\n\nشكرا\nمنى\n"
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in sp] == [("رئيس", "الرابطة الوطنية للعمال المهاجرين")]


# ---------------------------------------------------------------------------------------------
# A committee or body named by its country's adjective ("اللجنة العمانية لحقوق الإنسان", "الهيئة الأردنية ...") is a
# national body, as "اللجنة الوطنية ..." is: after a post and a glued "ب" or "في" it is the affiliation, not a unit of the post

@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("تحية طيبة\nيطيب لنا أن نرشح الفاضلة/ موزة بنت علي الحارثية، مديرة دائرة الشكاوى والرصد باللجنة القطرية لحقوق "
     "الإنسان، للمشاركة في النقاش المفتوح.\nشكرا\nسالم\n", "مديرة دائرة الشكاوى والرصد", "اللجنة القطرية لحقوق الإنسان"),
    ("مرحبا\nنرشح السيد فادي الخطيب، رئيس قسم التوثيق في اللجنة الأردنية لشؤون العمال المهاجرين، للطاولة المستديرة "
     "الثانية.\nمع التحية\nرنا\n", "رئيس قسم التوثيق", "اللجنة الأردنية لشؤون العمال المهاجرين"),
    ("السلام عليكم\nنقترح الدكتورة سعاد المبروك، منسقة وحدة الرصد باللجنة الليبية لحقوق الإنسان، للمداخلة في "
     "الجلسة العامة.\nتحياتي\nعلي\n", "منسقة وحدة الرصد", "اللجنة الليبية لحقوق الإنسان"),
])
def test_a_committee_named_by_its_country_is_the_affiliation(body: str, title: str, affiliation: str,
                                                              rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_committee_named_by_its_work_stays_in_the_post(rules: ExtractRules) -> None:
    # "اللجنة الفنية": an adjective that names no country; the committee is the post's, the body is named after it
    body = ("مرحبا\nنرشح السيد فادي الخطيب، رئيس اللجنة الفنية، جمعية الأمل للتنمية، للطاولة المستديرة الثانية.\n"
            "مع التحية\nرنا\n")
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in sp] == [("رئيس اللجنة الفنية", "جمعية الأمل للتنمية")]


# ---------------------------------------------------------------------------------------------
# A relative clause after an organisation's name ("جمعية X التي نرغب في ترشيح ممثلتها", "المركز Y الذي يعمل ...")
# ends the name: the relative pronoun is no attribute of it

@pytest.mark.parametrize(("body", "affiliation"), [
    ("تحية طيبة\nيسعدني أن أرفع إليكم بيانات ممثلة جمعية الخليج لرعاية العمال المهاجرين التي نرغب في ترشيحها: "
     "الأستاذة مريم سالم، نائبة الرئيس، للطاولة المستديرة الثانية.\nمع التحية\nخلود\n", "جمعية الخليج لرعاية العمال المهاجرين"),
    ("مرحبا\nنرشح الأستاذ كمال يوسف، مدير مركز الدراسات الاجتماعية الذي يتابع ملف الهجرة منذ سنوات، للمشاركة في "
     "الجلسة العامة.\nشكرا\nرامي\n", "مركز الدراسات الاجتماعية"),
    ("السلام عليكم\nبغينا نرشحو السي عبد الرحيم بنموسى، رئيس جمعية الأمل للمهاجرين اللي كتشتغل فوجدة، للطاولة "
     "المستديرة الرابعة.\nحمزة\n", "جمعية الأمل للمهاجرين"),
])
def test_a_relative_clause_ends_an_organisations_name(body: str, affiliation: str, rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="ar").speakers
    assert [s.affiliation for s in sp] == [affiliation]


def test_near_miss_a_name_word_that_only_opens_like_a_relative_stays(rules: ExtractRules) -> None:
    body = ("مرحبا\nنرشح الأستاذ كمال يوسف، مدير جمعية التيسير للتنمية، للمشاركة في الجلسة العامة.\nشكرا\nرامي\n")
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language="ar").speakers
    assert [s.affiliation for s in sp] == ["جمعية التيسير للتنمية"]


# A compound given name whose second word is also a title ("محمد أمين", "Mohamed Amine") before a family name of origin
# ("الإدريسي"): one name, where a title would go on with its complement ("أمين الصندوق")
@pytest.mark.parametrize(("body", "name"), [
    ("يشرف جمعية الأمل للتنمية أن تقترح عليكم مشاركة السيد محمد أمين الإدريسي، منسق المشاريع بالجمعية، لإلقاء مداخلة "
     "خلال إحدى الجلسات العامة.", "محمد أمين الإدريسي"),
    ("نقترح الأستاذ محمد أمين العلوي، منسق البرامج، للمداخلة في الجلسة العامة.", "محمد أمين العلوي"),
    ("نرشح السيد أحمد أمين الفاسي للمشاركة في المائدة المستديرة الثانية.", "أحمد أمين الفاسي"),
    ("يسرنا ترشيح السيدة خديجة أمينة الشرقاوي، رئيسة الجمعية، للمداخلة في النقاش المفتوح.", "خديجة أمينة الشرقاوي"),
])
def test_a_compound_given_name_that_is_also_a_title_stays_in_the_name(rules: ExtractRules, body: str, name: str) -> None:
    sp = run(message(f"تحية طيبة،\n\n{body}\n\nمع الشكر\n"), rules, language="ar").speakers
    assert [s.name for s in sp] == [name]


def test_near_miss_a_title_with_its_complement_after_the_name_stays_a_title(rules: ExtractRules) -> None:
    body = "تحية طيبة،\n\nنقترح السيد سمير الأحمد أمين الصندوق في الجمعية للمداخلة في الجلسة العامة.\n\nمع الشكر\n"
    sp = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.title) for s in sp] == [("سمير الأحمد", "أمين الصندوق")]


# ---------------------------------------------------------------------------------------------
# Arabic forms that split the name as their country writes it: the Maghreb "الاسم العائلي" / "الاسم الشخصي" (family
# name first), the Egyptian and Levantine "اسم الأب والعائلة" after the first name; and the Maghreb "الهيئة" (the body)
# for the affiliation

@pytest.mark.parametrize(("body", "name", "affiliation"), [
    ("السلام عليكم\nبغينا نشاركو بمداخلة في الجلسة العامة.\n- الاسم العائلي: البقالي\n- الاسم الشخصي: يوسف\n"
     "- الصفة: محامي\n- الهيئة: جمعية حقوق المهاجرين\nشكرا\n", "يوسف البقالي", "جمعية حقوق المهاجرين"),
    ("مساء الخير\nعايزين نسجل متحدث في الطاولة المستديرة رقم 3:\nالاسم الأول: سامح\nاسم الأب والعائلة: محمد علي\n"
     "الوظيفة: باحث\nالجهة: مركز دراسات الهجرة\n", "سامح محمد علي", "مركز دراسات الهجرة"),
    ("تحية طيبة\nنرجو تسجيل مداخلة في الجلسة العامة:\nالاسم الشخصي: نادية\nالاسم العائلي: الفاسي\nالمنصب: منسقة\n"
     "اسم الهيئة: الشبكة المغاربية للهجرة\n", "نادية الفاسي", "الشبكة المغاربية للهجرة"),
])
def test_split_name_fields_and_the_body_field_of_arabic_forms(body: str, name: str, affiliation: str,
                                                              rules: ExtractRules) -> None:
    sp = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.affiliation) for s in sp] == [(name, affiliation)]


def test_near_miss_the_body_named_in_a_sentence_is_no_field(rules: ExtractRules) -> None:
    body = ("تحية طيبة\nنرشح السيدة نادية الفاسي، منسقة الشبكة المغاربية للهجرة، للمداخلة في الجلسة العامة. "
            "الهيئة تتابع هذا الملف منذ سنوات.\nمع التحية\n")
    sp = run(message(body), rules, language="ar").speakers
    assert [s.name for s in sp] == ["نادية الفاسي"]


# ---------------------------------------------------------------------------------------------
# The colloquial "to you" joined to the nominating verb ("حبيت أرشحلكم الأستاذ X، رئيس ..." in Egypt, "بدنا نرشحلكن
# الدكتورة Y" in the Levant, "نقترحلكم السيد Z"): the person after it is proposed, not the journalist or friend who writes

@pytest.mark.parametrize(("body", "name"), [
    ("مساء الخير\nمعاكم كريم فؤاد، صحفي في موقع \"صوت الهجرة\".\nحبيت أرشحلكم الأستاذ عثمان حامد بخيت، رئيس رابطة أبناء "
     "كردفان. هو من أنشط الناس في الجالية، وصوته مهم يتسمع في الجلسة العامة.\nشكراً\nكريم فؤاد\n", "عثمان حامد بخيت"),
    ("مرحبا\nبدنا نرشحلكن الدكتورة رولا منصور، مديرة مركز الحماية، لمداخلة بالمائدة المستديرة.\nتحياتي\nسامر\n",
     "رولا منصور"),
    ("السلام عليكم\nنقترحلكم السيد إبراهيم موسى، منسق جمعية الجالية الإريترية، كمتحدث في النقاش المفتوح.\nمع الشكر\nهالة\n",
     "إبراهيم موسى"),
])
def test_a_nominating_verb_with_to_you_joined_proposes_the_person_after_it(body: str, name: str,
                                                                           rules: ExtractRules) -> None:
    sp = _speakers(body, rules, "ar", from_="Writer <writer@example.org>").speakers
    assert [s.name for s in sp] == [name]


# Thanking someone by name ("أشكر الأخ أحمد على الترشيح", "I thank Mr. Omar for the nomination", "je remercie Mme Sow
# pour sa proposition") names the one who proposed, not the speaker: the nominee who answers is the speaker
@pytest.mark.parametrize(("body", "language", "from_", "name"), [
    ("الإخوة الكرام\nأشكر الأخ أحمد على الترشيح، وأؤكد استعدادي للمشاركة بمداخلة في الجلسة العامة.\nمع الشكر\n"
     "عبد الله يوسف آدم\n", "ar", "عبد الله يوسف <abdallah@example.org>", "عبد الله يوسف آدم"),
    ("Dear colleagues,\nI thank Mr. Omar Hassan for the nomination and confirm that I would like to speak at roundtable 2."
     "\nBest regards,\nAmina Warsame\n", "en", "Amina Warsame <amina@example.org>", "Amina Warsame"),
    ("Bonjour,\nJe remercie Mme Fatou Sow pour sa proposition et je souhaite intervenir en plénière.\nCordialement,\n"
     "Moussa Diallo\n", "fr", "Moussa Diallo <moussa@example.org>", "Moussa Diallo"),
])
def test_the_person_thanked_for_a_nomination_is_not_the_speaker(body: str, language: str, from_: str, name: str,
                                                                 rules: ExtractRules) -> None:
    sp = _speakers(body, rules, language, from_=from_).speakers
    assert [s.name for s in sp] == [name]


def test_near_miss_a_nomination_after_thanks_still_names_the_nominee(rules: ExtractRules) -> None:
    body = ("تحية طيبة\nشكراً لدعوتكم. نرشح السيد سامي حداد، رئيس الجمعية، للمداخلة في الجلسة العامة.\nمع التحية\n"
            "ليلى\n")
    assert [s.name for s in _speakers(body, rules, "ar").speakers] == ["سامي حداد"]


# A title word with the article that ends a name before a spaced dash is a family name ("... عبد الله الأمين - مديرة
# المبادرة", "... القاضي – منسق البرامج"): a title there would go on with its complement ("الأمين العام")
@pytest.mark.parametrize(("body", "name", "title"), [
    ("عايزين نرشح:\n١- الأستاذة إخلاص محجوب عبد الله الأمين - مديرة المبادرة - مقررة لعرض الرسائل الرئيسية\n\nشكرا",
     "إخلاص محجوب عبد الله الأمين", "مديرة المبادرة"),
    ("نقترح ما يلي:\n1- السيد عمر حسن القاضي – منسق البرامج – مداخلة في الجلسة العامة\n\nمع التحية",
     "عمر حسن القاضي", "منسق البرامج"),
    ("نرشح:\n- الدكتورة سلمى أحمد الخطيب - رئيسة الجمعية - المائدة المستديرة الثانية\n\nتحياتي",
     "سلمى أحمد الخطيب", "رئيسة الجمعية"),
])
def test_a_title_word_ending_a_name_before_a_dash_is_a_family_name(rules: ExtractRules, body: str, name: str,
                                                                      title: str) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title) == (name, title)


def test_near_miss_a_title_with_its_complement_before_a_dash_stays_a_title(rules: ExtractRules) -> None:
    body = "نرشح:\n١- السيد محمد سالم الأمين العام - للجلسة العامة\n\nشكرا"
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.name == "محمد سالم" and speaker.title == "الأمين العام"


# A numbered list "name - post" under a line that asks for a role for the people in it ("نرشح اتنين ليحكوا بالنقاش
# المفتوح:" then "1. X - أمين سر اللجنة", "2. Y - مسؤولة ملف الشباب"): every item names its person, not the first only
@pytest.mark.parametrize(("body", "people"), [
    ("مرحبا،\nنحنا جمعية الأمل بصور، بعد الاجتماع قررنا نرشح اتنين ليحكوا بالنقاش المفتوح:\n\n1. خالد يوسف ناصر - "
     "منسق البرامج\n2. ليلى أحمد حسن - مسؤولة ملف المرأة\n\nمع الشكر،\nأبو خالد\n",
     [("خالد يوسف ناصر", "منسق البرامج", ("open_discussion",)),
      ("ليلى أحمد حسن", "مسؤولة ملف المرأة", ("open_discussion",))]),
    ("السلام عليكم\nنرشح للمشاركة في المائدة المستديرة الثانية كل من:\n1- سامي داود - رئيس الجمعية\n"
     "2- منى فارس - أمينة الصندوق\nشكرا\n",
     [("سامي داود", "رئيس الجمعية", ("roundtable",)), ("منى فارس", "أمينة الصندوق", ("roundtable",))]),
    ("تحية طيبة\nيسعدنا ترشيح الزميلين التاليين للجلسة العامة:\n١) رامي عبد الكريم – مدير المشاريع\n"
     "٢) هالة منصور – منسقة المناصرة\nمع التحية\nهدى\n",
     [("رامي عبد الكريم", "مدير المشاريع", ("plenary",)), ("هالة منصور", "منسقة المناصرة", ("plenary",))]),
])
def test_every_item_of_a_dashed_list_under_a_role_names_its_person(rules: ExtractRules, body: str,
                                                                   people: list[tuple[str, str, tuple[str, ...]]]) -> None:
    speakers = _speakers(body, rules, "ar").speakers
    assert [(s.name, s.title, s.roles) for s in speakers] == people


def test_near_miss_a_dashed_list_under_a_line_that_asks_no_role_names_nobody(rules: ExtractRules) -> None:
    body = "السلام عليكم\nأعضاء الهيئة الإدارية الحاليين:\n1- سامي داود - رئيس الجمعية\n2- منى فارس - أمينة الصندوق\nشكرا\n"
    assert not _speakers(body, rules, "ar").speakers


# ---------------------------------------------------------------------------------------------
# An Arabic organisation named by its kind and short name ("جمعية الندى", "منظمة رواد") where the message writes it
# once with what it is for ("... للرعاية الاجتماعية", "... لتمكين الشباب المهاجر"): the fullest form written; not
# the sentence's words after it ("تقرير جمعية X الطوعي") nor a place it runs into ("... في الأردن")

@pytest.mark.parametrize(("body", "affiliation"), [
    ("السادة الكرام،\nمرفق التقرير الطوعي لجمعية الندى للرعاية الاجتماعية.\nونرشح السيدة سعاد الكردي، منسقة المشاريع "
     "في جمعية الندى، للمداخلة في الجلسة العامة.\nمع التحية\nمنى حسن\n", "جمعية الندى للرعاية الاجتماعية"),
    ("مرحبا،\nمرفق التقرير الطوعي لمنظمة رواد لتمكين الشباب المهاجر.\nونرشح الأستاذ خالد العلي – مسؤول المناصرة – "
     "للمشاركة في المائدة المستديرة الثانية.\nمع التحية\nمنى حسن\nمنظمة رواد\n", "منظمة رواد لتمكين الشباب المهاجر"),
    ("تحية طيبة،\nيتشرف اتحاد نسيم لحقوق العمال المهاجرين والتنمية بتقديم تقريره الطوعي.\nكما نرشح السيد أحمد يوسف، "
     "أمين الصندوق في اتحاد نسيم، للمداخلة في الجلسة العامة.\nمع التحية\n", "اتحاد نسيم لحقوق العمال المهاجرين والتنمية"),
])
def test_a_short_arabic_name_takes_the_full_name_written(body: str, affiliation: str, rules: ExtractRules) -> None:
    sp = run(message(body), rules, language="ar").speakers
    assert [s.affiliation for s in sp] == [affiliation]


@pytest.mark.parametrize(("body", "affiliation"), [
    ("السادة الكرام،\nنرفق تقرير جمعية الندى الطوعي حول تنفيذ الاتفاق.\nونرشح الأستاذ خالد العلي – مسؤول المناصرة – "
     "للمشاركة في المائدة المستديرة الثانية.\nمع التحية\nمنى حسن\nجمعية الندى\n", "جمعية الندى"),
    ("مرحبا،\nمرفق التقرير الطوعي لمنظمة رواد لتمكين الشباب في الأردن.\nونرشح الأستاذ خالد العلي – مسؤول المناصرة – "
     "للمشاركة في المائدة المستديرة الثانية.\nمع التحية\nمنى حسن\nمنظمة رواد\n", "منظمة رواد"),
])
def test_near_miss_words_after_a_short_name_that_are_not_its_name(body: str, affiliation: str,
                                                                   rules: ExtractRules) -> None:
    sp = run(message(body), rules, language="ar").speakers
    assert [s.affiliation for s in sp] == [affiliation]


# ---------------------------------------------------------------------------------------------
# The Maghreb thanks "يعطيكم الصحة" (God give you health; "الله يعطيك الصحة"، "يعطيكم الصحة مسبقا") is the closing,
# never a name signed under it; and the Tunisian and Algerian form field "الاسم واللقب" (name and surname) gives the name

@pytest.mark.parametrize(("body", "name"), [
    ("عسلامة\nنحب نتدخل في المائدة المستديرة الثانية على تجربة الجمعية.\n\nيعطيكم الصحة\nمنية الطرابلسي\nجمعية الأمل\n",
     "منية الطرابلسي"),
    ("صباح الخير\nحابب نشارك بمداخلة في الجلسة العامة.\n\nالله يعطيك الصحة،\nكريم بوزيد\nمنسق مشاريع\n", "كريم بوزيد"),
    ("السلام عليكم\nنحبو نشاركو في النقاش المفتوح باش نحكيو على المهاجرين في صفاقس.\n\nيعطيكم الصحة مسبقا\n"
     "سامي الجلاصي\n", "سامي الجلاصي"),
])
def test_a_maghreb_thanks_for_health_is_no_signed_name(body: str, name: str, rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="ar")
    assert [sp.name for sp in fields.speakers] == [name]


@pytest.mark.parametrize(("body", "name", "title"), [
    ("عسلامة،\nنقترحو عليكم متدخلة في المائدة المستديرة الأولى:\n\nالاسم واللقب: هالة الشابي\nالصفة: رئيسة جمعية\n"
     "الجهة: جمعية الأرض للجميع\n\nيعطيكم الصحة\nأنيس\n", "هالة الشابي", "رئيسة جمعية"),
    ("السلام عليكم\nنرشح للجلسة العامة:\nالإسم و اللقب : محمد أمين بن علي\nالوظيفة: مدير\n\nمع الشكر\nسلمى\n",
     "محمد أمين بن علي", "مدير"),
    ("تحية طيبة\nمعطيات المتدخل في المائدة المستديرة الثالثة\nالاسم واللقب: ياسين قاسمي\nالمنصب: منسق البرامج\n"
     "\nوشكرا\nنادية\n", "ياسين قاسمي", "منسق البرامج"),
])
def test_the_name_and_surname_field_gives_the_name(body: str, name: str, title: str, rules: ExtractRules) -> None:
    sp = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.title) for s in sp] == [(name, title)]


def test_near_miss_health_as_a_field_of_work_stays_in_the_title(rules: ExtractRules) -> None:
    body = ("السلام عليكم\nنرشح الدكتورة ليلى بن عمر، مديرة برنامج الصحة في جمعية النور، للمائدة المستديرة الثانية.\n\n"
            "شكرا\nسامي\n")
    sp = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.title) for s in sp] == [("ليلى بن عمر", "مديرة برنامج الصحة")]


# A bare present-tense verb of speaking right after the nominee's name ends the name: "رفيقتنا X تحكي بالـ open discussion",
# "الأستاذ Y يتكلم في الجلسة العامة", "الدكتورة Z تتحدث في المائدة المستديرة"
@pytest.mark.parametrize(("body", "name"), [
    ("مرحبا\nحابين نرشّح رفيقتنا ريما خوري تحكي بالـ open discussion يوم ٢٣ شباط.\nهادي", "ريما خوري"),
    ("السلام عليكم\nبنقترح الأستاذ سامر الحلبي يتكلم في الجلسة العامة عن تجربة الفريق.\nشكراً", "سامر الحلبي"),
    ("تحية طيبة\nنرشح الدكتورة منى الشريف تتحدث في المائدة المستديرة الثانية.\nمع التقدير", "منى الشريف"),
])
def test_a_speaking_verb_after_the_name_ends_it(body: str, name: str, rules: ExtractRules) -> None:
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == [name]


def test_near_miss_a_name_without_a_verb_after_it_stays_whole(rules: ExtractRules) -> None:
    body = "تحية طيبة\nنرشح الدكتورة منى عبد الله الشريف للمداخلة في المائدة المستديرة الثانية.\nمع التقدير"
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["منى عبد الله الشريف"]


# "The speaker will be X", said with a colloquial future or the Maghrebi "المتدخلة": the name that follows needs no honorific,
# as a label's value does not
@pytest.mark.parametrize(("body", "speaker"), [
    ("السلام عليكم\nو بغينا نشاركو فالجلسة العامة، المتدخلة غادي تكون خديجة بنعلي الكاتبة العامة ديال جمعية الأمل للمهاجرين، "
     "طنجة\nشكرا بزاف\n", ("خديجة بنعلي", "الكاتبة العامة", "جمعية الأمل للمهاجرين")),
    ("مرحبا\nبدنا نشارك بالمائدة المستديرة التانية، المتحدث رح يكون سامر خليل مدير جمعية الندى\nيعطيكم العافية\n",
     ("سامر خليل", "مدير", "جمعية الندى")),
    ("مساء الخير\nعايزين نشارك في النقاش المفتوح، والمرشحة هتكون هبة سالم منسقة البرامج في مؤسسة النور\nشكرا\n",
     ("هبة سالم", "منسقة البرامج", "مؤسسة النور")),
    ("تحية طيبة\nنود المشاركة في الجلسة العامة.\nالمتحدث هو كريم جواد رئيس رابطة العمال المهاجرين\n",
     ("كريم جواد", "رئيس", "رابطة العمال المهاجرين")),
])
def test_the_speaker_will_be_names_an_arabic_name_without_honorific(body: str, speaker: tuple[str, str, str],
                                                                     rules: ExtractRules) -> None:
    sp = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [speaker]


def test_near_miss_the_speaker_will_be_someone_not_yet_named(rules: ExtractRules) -> None:
    body = "مرحبا\nبدنا نشارك بالمائدة المستديرة التانية، المتحدث رح يكون من فريق الجمعية، رح نبعتلكم الاسم بعدين\nشكرا\n"
    assert [s.name for s in run(message(body, from_="Lina Mourad <l@x.org>"), rules, language="ar").speakers] == ["Lina Mourad"]


def test_near_miss_the_speaker_will_be_myself_is_the_sender(rules: ExtractRules) -> None:
    body = ("السلام عليكم\nعايزين نشارك بمتحدث في المائدة المستديرة التالتة.\n\nالمتحدث حيكون أنا إن شاء الله.\n\nولكم الشكر\n\n"
            "عثمان الطيب\nمنسق البرامج – جمعية الجالية\n")
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["عثمان الطيب"]


# A rank with its qualifier written without the article, then a bare word pointing back at the proposing body ("أمين
# عام الاتحاد", "مدير عام الجمعية", "أمينة عامة النقابة"): the whole is the title, as "رئيس الاتحاد" is
@pytest.mark.parametrize(("item", "title"), [
    ("1- أمين عام الاتحاد، السيد محمود الشريف، لإلقاء مداخلة في الجلسة العامة.", "أمين عام الاتحاد"),
    ("- مدير عام الجمعية، الدكتور سامي العلي، للمشاركة في المائدة المستديرة الثانية.", "مدير عام الجمعية"),
    ("1) أمينة عامة النقابة، السيدة هدى منصور، للنقاش المفتوح.", "أمينة عامة النقابة"),
])
def test_a_rank_with_a_bare_qualifier_and_the_body_word_is_one_title(rules: ExtractRules, item: str, title: str) -> None:
    body = f"السادة المحترمين،\nيتشرف الاتحاد العربي لعمال النقل والخدمات بترشيح كل من:\n{item}\n\nمع التقدير\n" \
           "الاتحاد العربي لعمال النقل والخدمات\n"
    speakers = run(message(body), rules, language="ar").speakers
    assert [s.title for s in speakers] == [title]
    assert speakers[0].affiliation == "الاتحاد العربي لعمال النقل والخدمات"


def test_near_miss_a_rank_with_a_bare_qualifier_before_a_named_body_keeps_them_apart(rules: ExtractRules) -> None:
    body = "السادة المحترمين،\nنرشح كل من:\n1- مدير عام مركز دراسات الهجرة، الدكتور سامي العلي، للجلسة العامة.\n\n" \
           "مع التقدير\nسلمى\n"
    speakers = run(message(body), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in speakers] == [("مدير عام", "مركز دراسات الهجرة")]


# ---------------------------------------------------------------------------------------------
# The Levantine "عم" that puts a verb in the present ("د. X عم تشتغل على ...", "الأستاذ Y عم يحضّر"): what the person is
# doing, after a name given again in short, is no family name and makes no second speaker

@pytest.mark.parametrize(("body", "name"), [
    ("مرحبا،\nنحنا جمعية الجالية السورية، حابين نقترح مشاركة رئيسة الجمعية د. ريم الخطيب بالجلسة العامة.\n\n"
     "د. ريم عم تشتغل من سنين على ملف لمّ الشمل.\nتحياتي\nسامر\n", "ريم الخطيب"),
    ("مرحبا،\nحابين نرشح الأستاذ جورج نعمة بالطاولة المستديرة التانية.\n\nالأستاذ جورج عم يحضّر دراسة عن العمال "
     "المهاجرين.\nتحياتي\nرنا\n", "جورج نعمة"),
    ("مساء الخير،\nبدنا نقترح السيدة منى حداد للنقاش المفتوح.\nالسيدة منى عم تتابع قضايا العاملات المنزليات من زمان.\n"
     "شكراً\nهادي\n", "منى حداد"),
])
def test_levantine_am_after_a_short_name_is_no_second_speaker(body: str, name: str, rules: ExtractRules) -> None:
    sp = run(message(body), rules, language="ar").speakers
    assert [s.name for s in sp] == [name]


def test_near_miss_a_name_that_opens_with_the_same_letters_stays(rules: ExtractRules) -> None:
    body = "مرحبا،\nحابين نرشح الأستاذ عمار الحلبي بالطاولة المستديرة التانية.\nتحياتي\nرنا\n"
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["عمار الحلبي"]


# A post and the long body that holds it written before the honorific, more than five words before it ("مديرة التنمية
# المجتمعية في بلدية X الكبرى السيدة Y"): the post is the title, the body the affiliation
@pytest.mark.parametrize(("sentence", "expected"), [
    ("نرجو التكرم بتسجيل مشاركة مديرة التنمية المجتمعية في بلدية الزرقاء الكبرى السيدة هالة العموش في النقاش المفتوح.",
     ("هالة العموش", "مديرة التنمية المجتمعية", "بلدية الزرقاء الكبرى")),
    ("يسعدنا ترشيح مدير البرامج في جمعية الأمل للتنمية الاجتماعية الأستاذ سامر الخطيب للمشاركة في المائدة المستديرة "
     "الثانية.", ("سامر الخطيب", "مدير البرامج", "جمعية الأمل للتنمية الاجتماعية")),
    ("نقترح مشاركة منسقة المشاريع لدى مؤسسة النور لرعاية العمال المهاجرين الدكتورة سلمى ناصر في الجلسة العامة.",
     ("سلمى ناصر", "منسقة المشاريع", "مؤسسة النور لرعاية العمال المهاجرين")),
])
def test_a_post_in_a_long_body_before_the_honorific(sentence: str, expected: tuple[str, str, str],
                                                    rules: ExtractRules) -> None:
    sp = run(message(f"تحية طيبة،\n{sentence}\n\nمع الشكر\nخالد\n"), rules, language="ar").speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [expected]


def test_near_miss_a_post_with_only_indefinite_complements_is_not_cut(rules: ExtractRules) -> None:
    # ("باحثة مستقلة مهتمة ..." ends on no definite word: it says what the person is, no post is guessed)
    body = "تحية طيبة،\nنرجو تسجيل مشاركة باحثة مستقلة مهتمة في الهيئة الوطنية لشؤون اللاجئين بعمّان، " \
        "الدكتورة منى صالح، في الجلسة العامة.\n\nمع الشكر\nخالد\n"
    sp = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.title) for s in sp] == [("منى صالح", None)]


# A chain of posts joined by "و" that ends pointing back at the proposing body ("... وعضو المجلس الاستشاري بالغرفة",
# "... وعضوة الهيئة الإدارية بالجمعية"): the back-reference is no part of the title, as after one post.
@pytest.mark.parametrize(("body", "title"), [
    ("تحية طيبة،\n\nيسر جمعية النور للتنمية أن ترشح السيدة هدى سالم، منسقة برنامج الحماية وعضوة الهيئة الإدارية "
     "بالجمعية، للمشاركة في الجلسة العامة.", "منسقة برنامج الحماية وعضوة الهيئة الإدارية"),
    ("تحية طيبة،\n\nتتشرف غرفة تجارة وصناعة عجمان بترشيح سعادة السيد راشد المري، نائب رئيس مجلس الإدارة ورئيس لجنة "
     "الشباب بالغرفة، لإلقاء كلمة في الجلسة العامة.", "نائب رئيس مجلس الإدارة ورئيس لجنة الشباب"),
    ("تحية طيبة،\n\nيسر اتحاد الغرف التجارية أن يرشح السيد فهد العتيبي، رئيس لجنة العمل وعضو المجلس الاستشاري "
     "بالغرفة، للمشاركة في المائدة المستديرة الثانية.", "رئيس لجنة العمل وعضو المجلس الاستشاري"),
    ("تحية طيبة،\n\nيسر مركز الأفق للدراسات أن يرشح الدكتور سامي خليل، مدير البحوث ورئيس وحدة الهجرة في المركز، "
     "للمشاركة في المائدة المستديرة الثانية.", "مدير البحوث ورئيس وحدة الهجرة"),
])
def test_a_chain_of_posts_leaves_out_its_back_reference_to_the_body(body: str, title: str, rules: ExtractRules) -> None:
    assert [s.title for s in run(message(body), rules, language="ar").speakers] == [title]


@pytest.mark.parametrize(("body", "title"), [
    # the body word joined straight to the post is the title ("رئيس الغرفة")
    ("تحية طيبة،\n\nتتشرف غرفة تجارة وصناعة عجمان بترشيح السيد راشد المري، رئيس الغرفة، لإلقاء كلمة في الجلسة "
     "العامة.", "رئيس الغرفة"),
    # a chain of posts in the body's own boards, with no back-reference after it, keeps every word
    ("تحية طيبة،\n\nتتشرف غرفة تجارة وصناعة عجمان بترشيح السيد راشد المري، نائب رئيس مجلس الإدارة ورئيس لجنة "
     "الشباب، لإلقاء كلمة في الجلسة العامة.", "نائب رئيس مجلس الإدارة ورئيس لجنة الشباب"),
])
def test_near_miss_a_chain_without_a_back_reference_keeps_its_words(body: str, title: str, rules: ExtractRules) -> None:
    assert [s.title for s in run(message(body), rules, language="ar").speakers] == [title]


# A post written before the honorific as a chain of nouns ("منسقة برنامج الأبحاث الميدانية", "رئيسة قسم الحماية
# الاجتماعية"), before a body joined by "في" or by "ل"/"ب" glued to its article ("المفوض العام للمركز الوطني ..."):
# the post is the title, the body without the glued preposition the affiliation
@pytest.mark.parametrize(("sentence", "expected"), [
    ("بدنا نرشّح منسقة برنامج الأبحاث الميدانية في مركز دراسات اللجوء بجامعة اليرموك، الدكتورة سهى العمري، لمداخلة "
     "بالطاولة المستديرة التانية.", ("سهى العمري", "منسقة برنامج الأبحاث الميدانية", "مركز دراسات اللجوء بجامعة اليرموك")),
    ("نرجو تسجيل مشاركة رئيسة قسم الحماية الاجتماعية في الهيئة الوطنية لشؤون اللاجئين، الدكتورة منى صالح، في الجلسة "
     "العامة.", ("منى صالح", "رئيسة قسم الحماية الاجتماعية", "الهيئة الوطنية لشؤون اللاجئين")),
    ("يسرنا أن نرشح المفوض العام للمركز الوطني للحقوق والحريات الدكتور عادل منصور لإلقاء مداخلة في الجلسة العامة.",
     ("عادل منصور", "المفوض العام", "المركز الوطني للحقوق والحريات")),
    ("نقترح مشاركة الأمين العام للاتحاد العربي للعمال المهاجرين السيد نبيل قاسم في المائدة المستديرة الأولى.",
     ("نبيل قاسم", "الأمين العام", "الاتحاد العربي للعمال المهاجرين")),
    ("يسعدنا ترشيح مديرة البرامج في المرصد المغاربي للهجرة واللجوء السيدة ليلى بناني للجلسة العامة.",
     ("ليلى بناني", "مديرة البرامج", "المرصد المغاربي للهجرة واللجوء")),
])
def test_a_post_of_several_nouns_before_a_joined_body_and_the_honorific(sentence: str, expected: tuple[str, str, str],
                                                                         rules: ExtractRules) -> None:
    sp = run(message(f"تحية طيبة،\n{sentence}\n\nمع الشكر\nخالد\n"), rules, language="ar").speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [expected]


def test_a_numbered_post_after_a_form_of_address_keeps_neither_in_the_title(rules: ExtractRules) -> None:
    # ("1- معالي المفوض العام ...": the item's number and the form of address open the line, no part of the post)
    body = "تحية طيبة،\nيرشح المركز للتحدث باسمه كلاً من:\n1- معالي المفوض العام في المركز الوطني للحقوق الدكتور " \
        "عادل منصور، لإلقاء مداخلة في الجلسة العامة.\n\nمع الشكر\nخالد\n"
    sp = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.title) for s in sp] == [("عادل منصور", "المفوض العام")]


def test_near_miss_a_body_named_after_the_post_stays_whole(rules: ExtractRules) -> None:
    # ("رئيس الاتحاد العام للنقابات ...": a body's word before the glued "ل" makes the words the organisation's name)
    body = "تحية طيبة،\nنرشح رئيس الاتحاد العام للنقابات العمالية والمهنية السيد كمال حسن للجلسة العامة.\n\nشكرا\n"
    sp = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [("كمال حسن", None, "الاتحاد العام للنقابات العمالية والمهنية")]


# A post written before the honorific with its body glued to "لل" ("معالي المفوض العام للمركز الوطني ... الدكتور X"):
# the body that proposes is the affiliation without the preposition ("للمركز" -> "المركز")
@pytest.mark.parametrize(("line", "name", "org"), [
    ("1- معالي المفوض العام للمركز الوطني لحقوق الإنسان الدكتور مروان سالم، لإلقاء مداخلة في الجلسة العامة.",
     "مروان سالم", "المركز الوطني لحقوق الإنسان"),
    ("1- سعادة الرئيس التنفيذي للمرصد العربي للهجرة الأستاذة هالة منصور، للمداخلة في المائدة المستديرة الثانية.",
     "هالة منصور", "المرصد العربي للهجرة"),
    ("1- السيد المدير التنفيذي للمعهد الوطني لدراسات الهجرة الدكتور سامي يوسف، لإلقاء مداخلة في الجلسة العامة.",
     "سامي يوسف", "المعهد الوطني لدراسات الهجرة"),
])
def test_a_body_glued_to_lil_before_the_honorific_loses_the_preposition(rules: ExtractRules, line: str, name: str,
                                                                       org: str) -> None:
    body = f"تحية طيبة وبعد،\n\nيسرنا أن نرشح للتحدث كلاً من:\n\n{line}\n\nوتفضلوا بقبول فائق الاحترام،\nعمر\n"
    f = run(message(body, subject="ترشيح متحدثين"), rules, language="ar")
    assert [(s.name, s.affiliation) for s in f.speakers] == [(name, org)]


def test_near_miss_a_body_whose_own_name_opens_with_lam_keeps_it(rules: ExtractRules) -> None:
    # "لجنة" is the body's own word, not "ل" glued to one: nothing to take off
    body = ("تحية طيبة وبعد،\n\nيسرنا أن نرشح للتحدث كلاً من:\n\n1- سعادة رئيس لجنة العمل النيابية النائب سالم حداد، "
            "للمداخلة في المائدة المستديرة الثانية.\n\nوتفضلوا بقبول فائق الاحترام،\nعمر\n")
    f = run(message(body, subject="ترشيح متحدثين"), rules, language="ar")
    assert all(not (s.affiliation or "").startswith("ل") or (s.affiliation or "").startswith("لجنة") for s in f.speakers)


# ---------------------------------------------------------------------------------------------
# A post naming its field with "في" before "the same" body ("باحثة في التغير المناخي بنفس الجمعية", "في الجمعية نفسها"):
# the field stays in the title, the body is the one before

@pytest.mark.parametrize(("body", "expected"), [
    ("مرحبا\nنرشح:\n1- منى خليل، مديرة البرامج، جمعية الأمل للتنمية\n2- سعاد نجم، باحثة في قضايا اللجوء بنفس الجمعية\n",
     ("باحثة في قضايا اللجوء", "جمعية الأمل للتنمية")),
    ("تحية طيبة\nنقترح:\n- كريم داود، مدير، مركز الهجرة والتنمية\n- هدى سالم، خبيرة في التغير المناخي في المركز نفسه\n",
     ("خبيرة في التغير المناخي", "مركز الهجرة والتنمية")),
    ("مرحبا\nنرشح:\n1- علي حسن، رئيس، شبكة المهاجرين العرب\n2- ريم سعيد، مستشارة في الحماية الاجتماعية لدى الشبكة ذاتها\n",
     ("مستشارة في الحماية الاجتماعية", "شبكة المهاجرين العرب")),
])
def test_a_field_before_the_same_body_stays_in_the_title(body: str, expected: tuple[str, str],
                                                         rules: ExtractRules) -> None:
    second = _speakers(body, rules, "ar").speakers[1]
    assert (second.title, second.affiliation) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("مرحبا\nنرشح:\n1- منى خليل، مديرة البرامج، جمعية الأمل للتنمية\n2- سعاد نجم، باحثة في قضايا اللجوء بجمعية الرحمة\n",
     ("باحثة في قضايا اللجوء", "جمعية الرحمة")),
    ("نرشح للمائدة المستديرة الثانية السيدة نوال حمدي، خبيرة في الهجرة المناخية بمنظمة أرض وماء\nمع التحية",
     ("خبيرة في الهجرة المناخية", "منظمة أرض وماء")),
    ("نقترح الأستاذ فادي نصر، مستشار في الحماية الاجتماعية بشبكة العمال المهاجرين، للجلسة العامة.\nشكرا",
     ("مستشار في الحماية الاجتماعية", "شبكة العمال المهاجرين")),
])
def test_a_field_before_a_body_glued_to_ba_stays_in_the_title(body: str, expected: tuple[str, str],
                                                              rules: ExtractRules) -> None:
    speaker = _speakers(body, rules, "ar").speakers[-1]
    assert (speaker.title, speaker.affiliation) == expected


def test_near_miss_a_body_after_fi_keeps_its_parent(rules: ExtractRules) -> None:
    body = "نرشح للجلسة العامة الدكتورة منى سعيد، باحثة في مركز دراسات الهجرة بجامعة بغداد.\nمع التحية"
    speaker, = _speakers(body, rules, "ar").speakers
    assert (speaker.title, speaker.affiliation) == ("باحثة", "مركز دراسات الهجرة بجامعة بغداد")


# ---------------------------------------------------------------------------------------------
# A post that ends pointing back at the proposing body with "ل" glued to its article ("المديرة التنفيذية للمنظمة",
# "... وعضو المكتب التنفيذي للجمعية"): the title ends before it, as before "بالجمعية"

@pytest.mark.parametrize(("body", "title"), [
    ("ثانياً، نود ترشيح السيد كريم داود، مصور فوتوغرافي وعضو الهيئة الإدارية للجمعية، لأخذ الكلمة خلال الجلسة العامة."
     "\nجمعية الأمل للتنمية", "مصور فوتوغرافي وعضو الهيئة الإدارية"),
    ("نرشح:\n1. الدكتورة/ سلوى الراشد – المديرة التنفيذية للمنظمة – لتقديم الرسائل الرئيسية بصفتها مقررة.\n"
     "منظمة النور لرعاية اللاجئين", "المديرة التنفيذية"),
    ("كما يسعدنا أن نقترح أن يتولى الأمين العام للشبكة، السيد عادل منصور، عرض التقرير في المائدة المستديرة الثالثة."
     "\nشبكة المهاجرين العرب", "الأمين العام"),
    ("ونرغب في أن تشارك المنسقة العامة للمبادرة، السيدة ليلى عثمان، بمداخلة في المائدة المستديرة الرابعة.\n"
     "مبادرة العاملات المهاجرات", "المنسقة العامة"),
])
def test_a_post_of_the_body_glued_to_lam_ends_before_it(body: str, title: str, rules: ExtractRules) -> None:
    speaker, = _speakers(body, rules, "ar").speakers
    assert speaker.title == title


@pytest.mark.parametrize("title", [
    "المديرة التنفيذية للمرصد الوطني للهجرة",  # "للمرصد" opens a body's own name, it does not only point back
    "نائبة الرئيس للبرامج",  # "للبرامج" says what the post is for, no body
])
def test_near_miss_a_post_with_lam_before_no_bare_reference_keeps_it(title: str, rules: ExtractRules) -> None:
    body = f"نرشح:\n1. الدكتورة/ سلوى الراشد – {title} – للجلسة العامة.\n"
    speaker, = _speakers(body, rules, "ar").speakers
    assert speaker.title == title


# ---------------------------------------------------------------------------------------------
# A sentence run on after a definite organisation word ("اجتمعنا باللجنة اتفقنا", "الملتقى مبادرة تطوعية", "بالمنظمة
# وشغله كله مع ..."): a word with the article governs none, so a bare word after it is what the sentence says of the
# body; the word alone points back at the body the signature names in full. Also a Maghrebi "ف" for "في" glued to the
# body ("كنخدم منسق فجمعية X"), and a colloquial "speak" after the name ("X لتحكي", "ليحكوا").

@pytest.mark.parametrize(("body", "expected"), [
    ("مرحبا،\nبعد ما اجتمعنا بالجمعية قررنا نرشح السيدة هالة منصور، مسؤولة الإعلام، للجلسة العامة.\n\nمع التحية\n"
     "كريم سالم\nجمعية الضياء للتنمية\n", ("هالة منصور", "جمعية الضياء للتنمية")),
    ("مرحبا،\nبعد اجتماع الهيئة الإدارية، الملتقى قرر يرشح الدكتورة رنا خوري، باحثة أولى، للمائدة المستديرة الثانية.\n\n"
     "سلمى\nملتقى الأفق للدراسات\n", ("رنا خوري", "ملتقى الأفق للدراسات")),
    ("تحية طيبة\nاحنا بالاتحاد اتفقنا نرشح الأخ فادي نصر، أمين الصندوق، للنقاش المفتوح.\n\nمع الشكر\n"
     "اتحاد العمال المهاجرين في صيدا\n", ("فادي نصر", "اتحاد العمال المهاجرين في صيدا")),
    ("مرحبا\nحابين نرشح زميلنا طارق حداد يشارك بالنقاش المفتوح، هو منسق المناصرة عنا بالمنظمة وشغله كله مع العمال "
     "المهاجرين.\nشكرا\n\nليلى\nمنظمة درب للحقوق\n", ("طارق حداد", "منظمة درب للحقوق")),
    ("السلام عليكم\nأنا سعيد الناصري، كنخدم منسق فجمعية الأمل للهجرة، وبغيت ندير مداخلة فالمائدة المستديرة الأولى.\n"
     "سعيد الناصري\n", ("سعيد الناصري", "جمعية الأمل للهجرة")),
])
def test_a_sentence_after_a_definite_body_is_no_part_of_it(body: str, expected: tuple[str, str],
                                                            rules: ExtractRules) -> None:
    speaker, = _speakers(body, rules, "ar", subject="ترشيح").speakers
    assert (speaker.name, speaker.affiliation) == expected


@pytest.mark.parametrize(("body", "name"), [
    ("مرحبا،\nحابين نرشح زميلتنا سلمى الخوري لتحكي بالطاولة المستديرة الأولى.\nشكرا\n", "سلمى الخوري"),
    ("مرحبا،\nبنرشح الأستاذ نبيل حمدان ليحكي بالنقاش المفتوح عن العمال المهاجرين.\nشكرا\n", "نبيل حمدان"),
    ("السلام عليكم\nكنقترحو الأستاذة نعيمة الزياني باش تهضر فالمائدة المستديرة الثالثة.\nشكرا\n", "نعيمة الزياني"),
])
def test_a_colloquial_speak_after_the_name_ends_it(body: str, name: str, rules: ExtractRules) -> None:
    assert [s.name for s in _speakers(body, rules, "ar", subject="ترشيح").speakers] == [name]


@pytest.mark.parametrize(("body", "affiliation"), [
    # near misses: a definite body goes on with its attributes and its "لـ" complement; a body whose own word opens
    # with "ف" keeps it
    ("مرحبا،\nنرشح السيد علي بناني، رئيس الجمعية المغربية لدعم المهاجرين، للجلسة العامة.\nمع التحية\n",
     "الجمعية المغربية لدعم المهاجرين"),
    ("مرحبا،\nنرشح السيدة سناء بلقاسم، منسقة في فيدرالية رابطات حقوق النساء، للجلسة العامة.\nمع التحية\n",
     "فيدرالية رابطات حقوق النساء"),
    # a word of sameness after the definite body points back at the one before, it opens no sentence
    ("مرحبا\nنرشح:\n1- منى خليل، مديرة البرامج، الجمعية الوطنية للتنمية\n2- سعاد نجم، منسقة المشاريع، الجمعية نفسها\n",
     "الجمعية الوطنية للتنمية"),
])
def test_near_miss_a_definite_body_with_its_attributes_stays_whole(body: str, affiliation: str,
                                                                   rules: ExtractRules) -> None:
    speaker = _speakers(body, rules, "ar", subject="ترشيح").speakers[-1]
    assert speaker.affiliation == affiliation


# ---------------------------------------------------------------------------------------------
# The post the person holds at the proposing body, put before the name after a verb ("كنقترحو رئيسة الجمعية، السيدة
# X، أستاذة ...", "حابين نرشح رئيس المنظمة، الأستاذ Y"): the body is the one proposing, named in full elsewhere; the
# verb is no part of it, and the post after the name is still the title

@pytest.mark.parametrize(("body", "expected"), [
    ("السلام عليكم\nكنقترحو مديرة الجمعية، السيدة فاطمة بناني، باحثة في علم الاجتماع، باش تهضر فالمائدة المستديرة "
     "الأولى.\nشكرا\n\nعلي\nجمعية الأمل للهجرة\n", ("باحثة في علم الاجتماع", "جمعية الأمل للهجرة")),
    ("مرحبا\nحابين نرشح رئيس المنظمة، الأستاذ جورج حداد، محامي متطوع، للجلسة العامة.\nشكرا\n\nرامي\n"
     "منظمة كرامة للحقوق\n", ("محامي متطوع", "منظمة كرامة للحقوق")),
    ("تحية طيبة\nبنقترح منسقة الشبكة، السيدة ليلى مراد، خبيرة في الهجرة، للنقاش المفتوح.\n\nهدى\nشبكة المتوسط للهجرة\n",
     ("خبيرة في الهجرة", "شبكة المتوسط للهجرة")),
])
def test_a_post_of_the_proposing_body_before_the_name_points_back(body: str, expected: tuple[str, str],
                                                                 rules: ExtractRules) -> None:
    speaker, = _speakers(body, rules, "ar", subject="ترشيح").speakers
    assert (speaker.title, speaker.affiliation) == expected


def test_near_miss_a_post_of_a_body_named_in_full_keeps_it(rules: ExtractRules) -> None:
    body = "تحية طيبة\nنرشح الأستاذ كمال فرج، مدير المركز الوطني للدراسات، للجلسة العامة.\nمع التحية\n"
    speaker, = _speakers(body, rules, "ar", subject="ترشيح").speakers
    assert (speaker.title, speaker.affiliation) == ("مدير", "المركز الوطني للدراسات")


# ---------------------------------------------------------------------------------------------
# A post whose complement goes on with "و" and the article ("عميد كلية الآداب والعلوم الإنسانية"): the joined word carries
# on the body's name, and no person's name opens with the conjunction or a preposition glued to the article

@pytest.mark.parametrize(("body", "name"), [
    ("تحية طيبة،\n\nبتوجيه من عميد كلية الآداب والعلوم الإنسانية، وبالإشارة إلى دعوتكم الكريمة، يسرنا أن نرشح الدكتورة "
     "سلوى منصور، منسقة وحدة دراسات الهجرة في الكلية، للمائدة المستديرة الثالثة.\n\nمع التحية", "سلوى منصور"),
    ("مساء الخير،\n\nبتكليف من رئيس قسم الجغرافيا والدراسات السكانية، وبعد الاطلاع على دعوتكم، نقترح الأستاذ أنور الخطيب، "
     "الباحث في قضايا اللجوء، كمقرر.\n\nتحياتنا", "أنور الخطيب"),
])
def test_a_post_complement_joined_by_and_is_no_name(body: str, name: str, rules: ExtractRules) -> None:
    fields = _speakers(body, rules, "ar", subject="ترشيح")
    assert [s.name for s in fields.speakers] == [name]


# ---------------------------------------------------------------------------------------------
# The post with the possessive joined to it before the name ("يرشح الاتحاد رئيسته X": "the union nominates its chair
# X"), with the proposer before or after the verb and the definite words that qualify the post; the name is the
# person's, not the writer's who signs

@pytest.mark.parametrize(("body", "name", "title"), [
    ("مرحبا،\n\nالشبكة بترشح منسقتها هالة يوسف لتكون من المتحدثين في المائدة المستديرة الثانية.\n\nتحياتي\nسامر\n"
     "سامر عيسى\nمسؤول الإعلام\nشبكة الهجرة الآمنة", "هالة يوسف", "منسقة"),
    ("تحية طيبة،\n\nيرشح الاتحاد العام رئيسته منى الشريف للمداخلة في الجلسة العامة.\n\nمع التحية\nكريم", "منى الشريف",
     "رئيسة"),
    ("السلام عليكم،\n\nيرشح المركز مديره التنفيذي عادل حمدان كمقرر للمؤتمر.\n\nشكرا\nليلى", "عادل حمدان",
     "المدير التنفيذي"),
])
def test_a_post_with_a_joined_possessive_before_the_name(body: str, name: str, title: str, rules: ExtractRules) -> None:
    speaker, = _speakers(body, rules, "ar", subject="ترشيح").speakers
    assert (speaker.name, speaker.title) == (name, title)


# The words saying whose place the person takes end the name ("سجلوا زميلي X مكاني", "Y بدالها")
@pytest.mark.parametrize(("body", "name"), [
    ("مرحبا،\n\nما رح قدر شارك. منطلب تسجيل زميلتي رنا عيسى مكاني بالنقاش المفتوح.\n\nشكرا\nسلمى", "رنا عيسى"),
    ("السلام عليكم،\nالأستاذة هدى ما تقدر تحضر، نرشح الأستاذ وسيم داود بدالها في المائدة المستديرة الأولى.\nتحياتي",
     "وسيم داود"),
])
def test_whose_place_is_taken_ends_the_name(body: str, name: str, rules: ExtractRules) -> None:
    assert name in [s.name for s in _speakers(body, rules, "ar", subject="تعديل").speakers]


# ---------------------------------------------------------------------------------------------
# A group that introduces itself by where it comes from ("احنا من X", "we are from X"), X a unit such as a university's
# clinic written with the faculty and the university it belongs to, bare after it ("بكلية الطب جامعة الخرطوم")

@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("مساء النور\nاحنا من العيادة النفسية بكلية الطب جامعة الخرطوم وعايزين نشارك.\nنرشح:\n"
     "- د. سلمى حسن الطيب، أخصائية نفسية بالعيادة، للجلسة العامة\n\nشكرا", "ar",
     "العيادة النفسية بكلية الطب جامعة الخرطوم"),
    # as a team or group from it, the place written after left out ("نحنا فريق من جمعية X بعكار")
    ("مرحبا\nنحنا فريق من جمعية الأمل للتنمية الريفية بعكار، منشتغل مع المزارعين.\nبدنا نرشح:\n"
     "- سامر يوسف، منسق المشاريع، للجلسة العامة\nشكرا", "ar", "جمعية الأمل للتنمية الريفية"),
    ("السلام عليكم\nنحن مجموعة من شبكة المدافعات عن حقوق العاملات، ونود المشاركة.\nنرشح:\n"
     "- هالة منصور، منسقة الشبكة، للنقاش المفتوح\nمع الشكر", "ar", "شبكة المدافعات عن حقوق العاملات"),
    # (a group that is no body names none: "نحنا فريق من المتطوعين")
    ("مرحبا\nنحنا فريق من المتطوعين بعكار، منشتغل مع المزارعين.\nبدنا نرشح:\n"
     "- سامر يوسف، منسق المشاريع، للجلسة العامة\nشكرا", "ar", None),
])
def test_group_introduced_by_where_it_comes_from(body: str, language: str, affiliation: str | None, rules: ExtractRules) -> None:
    assert [s.affiliation for s in run(message(body), rules, language=language).speakers] == [affiliation]


# A governing body named by a compound ("الهيئة الإدارية", "Executive Committee") of a body pointed back at ("للجمعية",
# "of the association"): the person sits on the board of the body named elsewhere
@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("مرحبا\nمرفق تقرير رابطة الصيادين الأحرار عن أوضاع العمال البحارة.\nونرشح رئيس الهيئة التنفيذية للرابطة "
     "السيد نبيل حداد للجلسة العامة.\n\nمع التحية\nهند\nرابطة الصيادين الأحرار", "ar",
     "رئيس الهيئة التنفيذية", "رابطة الصيادين الأحرار"),
    ("مرحبا،\n\nمرفق التقرير الطوعي لرابطة العمال الموسميين للتنمية عن أوضاع العائدين.\n\nوكمان حابين نرشح رئيس "
     "الهيئة الإدارية للرابطة أ. وليد منصور للمداخلة بالجلسة العامة.\n\nمع الشكر\nهند سالم\nمنسقة\n"
     "رابطة العمال الموسميين للتنمية\n", "ar", "رئيس الهيئة الإدارية", "رابطة العمال الموسميين للتنمية"),
])
def test_governing_compound_of_the_body_referred_to(body: str, language: str, title: str, affiliation: str,
                                                    rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers[0]
    assert (sp.title, sp.affiliation) == (title, affiliation)


# "نقترح مشاركة الدكتور X", "نرجو تسجيل مشاركة السيدة Y": what is proposed is the person's taking part; the word
# "participation" is no part of the name
@pytest.mark.parametrize(("body", "name"), [
    ("السلام عليكم\nنقترح مشاركة الدكتور سامي عمر، أستاذ علم الاجتماع، في الجلسة العامة.\nمع التقدير\nأمانة الكلية",
     "سامي عمر"),
    ("مرحبا\nنرجو تسجيل مشاركة السيدة ليلى حسن، مديرة البرامج في جمعية النور، في الجلسة العامة.\nشكرا", "ليلى حسن"),
])
def test_participation_of_the_person_proposed(body: str, name: str, rules: ExtractRules) -> None:
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == [name]


# A post, then a faculty glued with "ب" and the university it is in after "في" ("أستاذة X بكلية Y في جامعة Z"): the
# faculty belongs to the university, and both are the affiliation, as "بكلية Y بجامعة Z" already was
@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("السلام عليكم\nنقترح الدكتورة هالة يوسف، أستاذة علم الاجتماع بكلية الآداب في جامعة الخرطوم، للنقاش المفتوح.\n"
     "مع التقدير\nأمانة الكلية", "أستاذة علم الاجتماع", "كلية الآداب في جامعة الخرطوم"),
    ("مرحبا\nنرشح الأستاذ كريم داود، محاضر القانون العام بكلية الحقوق في جامعة الموصل، للجلسة العامة.\nشكرا",
     "محاضر القانون العام", "كلية الحقوق في جامعة الموصل"),
])
def test_faculty_in_its_university_is_the_affiliation(body: str, title: str, affiliation: str,
                                                       rules: ExtractRules) -> None:
    sp = run(message(body), rules, language="ar").speakers[0]
    assert (sp.title, sp.affiliation) == (title, affiliation)


# A formal letter numbers its nominees with ordinal words ("أولاً:", "ثانياً:") and opens with a courtesy

_NUMBERED = ("السادة منظمي الاستعراض الإقليمي المحترمين،\n\n"
             "تلبيةً لدعوتكم الكريمة، يسر اتحاد المعلمين العرب أن يرشح الزميلين التاليين:\n\n"
             "{first}السيدة نوال حسن الشريف\nمديرة البرامج\nاتحاد المعلمين العرب\n"
             "الدور المقترح: الجلسة العامة\n\n"
             "{second}الأستاذ رامز فؤاد العلي\nمنسق الشبكة الشبابية\nاتحاد المعلمين العرب\n"
             "الدور المقترح: المائدة المستديرة الثالثة\n\n"
             "مع فائق الاحترام\nأمين السر\n")


@pytest.mark.parametrize(("first", "second"), [("أولاً: ", "ثانياً: "), ("أولا- ", "ثانيا- "), ("1. ", "2. ")])
def test_ordinal_words_number_the_nominees_as_digits_do(first: str, second: str, rules: ExtractRules) -> None:
    fields = _speakers(_NUMBERED.format(first=first, second=second), rules, "ar", subject="ترشيح")
    assert [(s.name, s.title, s.roles) for s in fields.speakers] == [
        ("نوال حسن الشريف", "مديرة البرامج", ("plenary",)),
        ("رامز فؤاد العلي", "منسق الشبكة الشبابية", ("roundtable",))]


@pytest.mark.parametrize("line", [
    # the courtesy before the comma is no name, and the sentence after it no organisation
    "تلبيةً لدعوتكم الكريمة، يسر اتحاد المعلمين العرب أن يرشح الزميلين التاليين:",
    "رداً على رسالتكم، نفيدكم بأن مركز الدراسات القانونية سيرسل أسماء المتحدثين لاحقاً",
    # the organisation proposing after the comma is the subject of a sentence, never a speaker's affiliation
    "بكل سرور وامتنان، تتشرف جمعية الأمل للتنمية بترشيح الزميلة التالية:",
])
def test_a_courtesy_and_the_proposing_sentence_are_no_person_line(line: str, rules: ExtractRules) -> None:
    assert person_lines(line, rules) == []


def test_near_miss_a_name_and_its_organisation_are_still_a_person_line(rules: ExtractRules) -> None:
    (c,) = person_lines("سلوى كريم الحاج، جمعية الأمل للتنمية", rules)
    assert (c.name, c.affiliation) == ("سلوى كريم الحاج", "جمعية الأمل للتنمية")


# A form that asks the name with a possessive, as it asks the post ("اسمه:" over "صفته:"), and a local authority's
# form that asks for the municipality
@pytest.mark.parametrize(("body", "language", "name", "affiliation"), [
    ("مرحبا،\nمن مكتب رئيس البلدية: الريس بدو يشارك بمداخلة بالجلسة العامة.\n\nاسمه: الدكتور سمير نبيل حداد\n"
     "صفته: رئيس بلدية الميناء\nالبلدية: بلدية الميناء\n\nشكراً\nلينا\n", "ar", "سمير نبيل حداد", "بلدية الميناء"),
    ("Hello,\nOur mayor would like to speak in the plenary.\n\nHis name: Dr. Peter Olawale\nHis title: Mayor\n"
     "Municipality: City of Ibadan\n\nThanks,\nGrace (mayor's office)\n", "en", "Peter Olawale", "City of Ibadan"),
    ("Bonjour,\nNotre maire souhaite intervenir en séance plénière.\n\nSon nom : M. Karim Benali\nSa fonction : Maire\n"
     "Municipalité : Commune de Tiznit\n\nCordialement,\nNadia (cabinet du maire)\n", "fr", "Karim Benali",
     "Commune de Tiznit"),
])
def test_a_possessive_name_label_names_the_nominee_not_the_sender(body: str, language: str, name: str,
                                                                   affiliation: str, rules: ExtractRules) -> None:
    (sp,) = _speakers(body, rules, language, from_="Office Assistant <assistant@example.org>").speakers
    assert (sp.name, sp.affiliation) == (name, affiliation)


# A closing that owes the thanks or respect "to you" ("ولكم الشكر", "ولكم منا جزيل الشكر والتقدير", "لكم خالص الاحترام")
# is a courtesy, never the name that signs the message
@pytest.mark.parametrize("closing", ["ولكم الشكر", "ولكم منا جزيل الشكر والتقدير", "لكم خالص الاحترام", "ولكم التحية"])
def test_thanks_owed_to_you_is_no_signed_name(rules: ExtractRules, closing: str) -> None:
    body = (f"السلام عليكم\n\nنحن جمعية الصيادين المهاجرين في صور، ونرغب في المشاركة في النقاش المفتوح.\n\n{closing}\n"
            "مازن قاسم\nأمين سر جمعية الصيادين المهاجرين")
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.name == "مازن قاسم"


# The Egyptian formal style glues a slash to the form of address, a status or rank as well as an honorific
# ("الطالبة/ X", "أ/ Y", "م/ Z"): no part of the name
@pytest.mark.parametrize(("body", "name"), [
    ("تحية طيبة وبعد،\n\nيتشرف النادي بترشيح الطالب/ يوسف حسن النعيم، رئيس النادي، للحديث في الجلسة العامة.\n\n"
     "وتفضلوا بقبول فائق الاحترام", "يوسف حسن النعيم"),
    ("مساء الخير\n\nعايزين نرشح أ/ سهام محمود عبد الله، منسقة جمعية بكرة أحلى، عشان تتكلم في الطاولة المستديرة "
     "التانية.\n\nشكرا", "سهام محمود عبد الله"),
    ("السادة/ أمانة الاستعراض\n\nنرشح م/ طارق فؤاد سليم، مدير مشروعات جمعية البناء، للمشاركة في النقاش المفتوح.\n\n"
     "مع التحية", "طارق فؤاد سليم"),
])
def test_a_word_glued_to_its_slash_addresses_the_person(rules: ExtractRules, body: str, name: str) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.name == name


# A formal letter's subject line ("م/ طلب ..." in the Iraqi style, "الموضوع/ ترشيح ..."), a word glued to its slash
# before what the letter asks for: no form of address, and no speaker beside the one the letter proposes
@pytest.mark.parametrize("subject", ["م/ طلب مشاركة في المائدة المستديرة الثانية", "الموضوع/ ترشيح متحدثة للنقاش المفتوح",
                                     "م/ ترشيح متحدثة"])
def test_a_letters_subject_after_a_slash_is_no_person(rules: ExtractRules, subject: str) -> None:
    body = (f"السادة/ أمانة الاستعراض الإقليمي المحترمون\n\n{subject}\n\nتحية طيبة،\n\nتود النائبة الدكتورة "
            "ليلى كاظم الموسوي، رئيسة لجنة المرأة والأسرة، المشاركة في المائدة المستديرة الثانية.\n\nمع التقدير\n"
            "مدير المكتب\nسعد ناصر")
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["ليلى كاظم الموسوي"]


def test_near_miss_a_slashed_honorific_before_a_name_on_its_own_line_stays(rules: ExtractRules) -> None:
    body = "السادة الأفاضل،\n\nنرشح للمائدة المستديرة الثانية:\nم/ طلال سمير الحداد، مهندس استشاري، نقابة المهندسين\n\nمع التحية"
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["طلال سمير الحداد"]


# An Arabic post and its body, then "في" and where the body is, not another body ("مديرة مدرسة X في حي Y"): the post is
# the title, the body (with where it is) the affiliation
@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("مرحبا\n\nنرشح الأستاذة ريم عادل، مديرة مدرسة النور للاجئين في حي السلام، للطاولة المستديرة الأولى.\n\nشكرا",
     "مديرة", "مدرسة النور للاجئين في حي السلام"),
    ("مرحبا\n\nنرشح السيد كمال حداد، مدير جمعية الوفاء الخيرية في باب التبانة، للجلسة العامة.\n\nشكرا",
     "مدير", "جمعية الوفاء الخيرية في باب التبانة"),
])
def test_a_post_and_its_body_then_where_it_is(rules: ExtractRules, body: str, title: str, affiliation: str) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.title, speaker.affiliation) == (title, affiliation)



def test_near_miss_a_post_of_the_body_pointed_back_at_is_no_post_and_body(rules: ExtractRules) -> None:
    """"النقابة" points back at the proposing union: "نائب رئيس النقابة ..." is all post, as "رئيس الرابطة" is."""
    assert split_title("نائب رئيس النقابة لشؤون التدريب في محافظات الجنوب", rules)[0] != "نائب رئيس"


# The sender's own family name spelt as an honorific ("... عبد الحميد السيد", "... الشيخ"), written again in the
# body before more words about them, is no honorific naming another person: the sender is still the speaker (the
# sentence that asks for the role stands apart; one that also writes the name still reads the honorific there)
@pytest.mark.parametrize(("body", "name"), [
    ("السلام عليكم\nانا اسمي حسن عبد الرحيم السيد سوداني بشتغل نجار في الدوحة من ٢٠١٢\n\n"
     "عايز اتكلم في الجلسة العامة عن مشاكل العمال.\n\nحسن عبد الرحيم السيد\nمنسق رابطة النجارين السودانيين\n",
     "حسن عبد الرحيم السيد"),
    ("مرحبا\nأنا علي محمد الشيخ عامل بناء في الكويت منذ عشر سنوات.\n\nأرغب في المشاركة في المائدة المستديرة "
     "الثانية.\n\nعلي محمد الشيخ\nعضو لجنة العمال الوافدين\n", "علي محمد الشيخ"),
])
def test_a_senders_family_name_spelt_as_an_honorific_names_no_one_else(body: str, name: str,
                                                                       rules: ExtractRules) -> None:
    fields = run(message(body, from_="Worker <worker@example.org>"), rules, language="ar")
    assert [s.name for s in fields.speakers] == [name]


def test_near_miss_an_honorific_before_another_person_still_names_them(rules: ExtractRules) -> None:
    body = "مرحبا\nأنا علي محمد الشيخ، وأرشح السيد كمال يوسف الطاهر للمشاركة في الجلسة العامة.\n\nعلي محمد الشيخ\n"
    fields = run(message(body, from_="Worker <worker@example.org>"), rules, language="ar")
    assert [s.name for s in fields.speakers] == ["كمال يوسف الطاهر"]


# The sender signing under a closing opened by "and" ("وشكراً لكم" over "م. X"), with a device footer below, is the
# signature: not one more speaker read from an honorific line
@pytest.mark.parametrize(("closing", "signer", "language"), [
    ("وشكراً لكم", "م. هالة يوسف", "ar"),
    ("وشكرا جزيلا", "د. هالة يوسف", "ar"),
    ("Et encore merci,", "Dr Hélène Roux", "fr"),
])
def test_a_sign_off_under_a_closing_opened_by_and_is_no_speaker(closing: str, signer: str, language: str,
                                                                 rules: ExtractRules) -> None:
    request = {"ar": "نرشح الأستاذ كمال حسن، منسق المشاريع في الجمعية، للمشاركة في الجلسة العامة.",
               "fr": "Nous proposons M. Kamal Hassan, coordinateur des projets, pour la séance plénière."}[language]
    body = f"تحية طيبة،\n\n{request}\n\n{closing}\n{signer}\nجمعية الأمل للتنمية - صنعاء\n\nأُرسلت من هاتفي\n"
    fields = run(message(body, from_="جمعية الأمل <amal@example.org>"), rules, language=language)
    assert [s.name for s in fields.speakers] == [{"ar": "كمال حسن", "fr": "Kamal Hassan"}[language]]


# "و" glued to an honorific's article ("والأستاذة X", "and Prof. X") goes with the honorific: the next nominee on her line
# is read, her name without the conjunction; a name that starts with "و" ("وليد") keeps it
def test_and_glued_to_an_honorific_goes_with_it(rules: ExtractRules) -> None:
    body = ("تحية طيبة\nنرشح لإلقاء كلمتين في الجلسة العامة كلاً من:\nالمهندس سامي فؤاد الحاج، رئيس الجمعية،\n"
            "والأستاذة ريم خالد، منسقة البرامج في الجمعية،\nوشكراً\nجمعية الأمل للتنمية")
    fields = run(message(body), rules, language="ar")
    assert [(s.name, s.honorific) for s in fields.speakers] == [("سامي فؤاد الحاج", "المهندس"), ("ريم خالد", "الأستاذة")]


def test_near_miss_a_name_opening_with_waw_is_kept_whole(rules: ExtractRules) -> None:
    body = "تحية طيبة\nنرشح كلاً من:\nوليد منصور، رئيس الجمعية، في الجلسة العامة\nجمعية الأمل للتنمية"
    fields = run(message(body), rules, language="ar")
    assert [(s.name, s.honorific) for s in fields.speakers] == [("وليد منصور", None)]


# A second person written with what joins them to the first: "and my colleague" as one word ("وزميلي X"), or "with
# him/her" before the honorific ("نرشح معها الأستاذة X"): the joining words lead to the person and are not the name
@pytest.mark.parametrize(("body", "name"), [
    ("مرحبا،\n\nنرشح الدكتور سامي حداد للجلسة العامة، ونرشح معها الأستاذة نوال قاسم، باحثة في المركز، للمائدة المستديرة "
     "الأولى.\n\nمع التحية\nهند", "نوال قاسم"),
    ("السلام عليكم\nهنشارك في النقاش المفتوح، اتنين:\n- الأستاذة منى سعيد، مديرة البرامج\n- وزميلي كريم منصور، مسؤول "
     "المناصرة عندنا\nشكرا\nليلى", "كريم منصور"),
])
def test_joining_words_before_a_second_person_are_not_the_name(body: str, name: str, rules: ExtractRules) -> None:
    assert name in [s.name for s in run(message(body), rules, language="ar").speakers]


# Near misses: a name that begins with the same letters as the joining words ("معاذ", "معين") keeps them, and "with
# him" before anything but an honorific ("ويمكن التواصل معها مباشرة") leads to nobody
@pytest.mark.parametrize(("body", "names"), [
    ("مرحبا،\n\nنرشح الأستاذ معاذ الخطيب، منسق البرامج، للجلسة العامة.\n\nشكرا\nهند", ["معاذ الخطيب"]),
    ("مرحبا،\n\nنرشح الأستاذ معين بسيسو، منسق البرامج، للجلسة العامة.\n\nشكرا\nهند", ["معين بسيسو"]),
    ("مرحبا،\n\nنرشح الأستاذة سلوى حداد، مديرة البرامج، للجلسة العامة، ويمكن التواصل معها مباشرة على هذا البريد.\n\nشكرا\nهند",
     ["سلوى حداد"]),
])
def test_a_name_beginning_like_the_joining_words_is_kept(body: str, names: list[str], rules: ExtractRules) -> None:
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == names


# A closing that asks the reader to accept thanks ("وتقبلوا وافر الشكر") above the body's name is no person; the
# nominee is the one named in prose after the body, pointed back at as the verb's subject ("وترشح الشبكة X")
@pytest.mark.parametrize(("body", "name", "title"), [
    ("تحية طيبة،\n\nنرسل لكم تقريرنا الطوعي. كما ترشح الشبكة الأستاذة سلمى داود، منسقة المناصرة، لتكون مقررة.\n\n"
     "وتقبلوا وافر الشكر،\nشبكة الأمل للتنمية", "سلمى داود", "منسقة المناصرة"),
    ("مرحبا،\n\nيرشح المركز رامي حداد، مدير البرامج، للمداخلة في الجلسة العامة.\n\nتقبلوا منا فائق الاحترام\n"
     "مركز النور للدراسات", "رامي حداد", "مدير البرامج"),
])
def test_the_body_nominating_by_reference_and_an_accept_closing(body: str, name: str, title: str,
                                                                 rules: ExtractRules) -> None:
    assert [(s.name, s.title) for s in run(message(body), rules, language="ar").speakers] == [(name, title)]


# Near miss: the body named in full after the verb is the proposer, and the nominee after it is still found
def test_near_miss_the_body_named_in_full_after_the_verb(rules: ExtractRules) -> None:
    body = "تحية طيبة،\n\nترشح جمعية الأمل للتنمية السيدة هدى سالم، منسقة البرامج، للجلسة العامة.\n\nمع التحية"
    speaker, = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.affiliation) == ("هدى سالم", "جمعية الأمل للتنمية")


# A list item in which the sender gives their own name after "I" ("١- انا X، ...", "1. I, X, ...", "1. moi, X, ..."):
# "I" is no part of the name, and the item names the sender
@pytest.mark.parametrize(("language", "body", "name"), [
    ("ar", "مرحبا\nحابين نشارك من جمعية الأمل:\n١- انا سلمى داود، منسقة المشاريع، بدي احكي بالنقاش المفتوح\n"
           "٢- زميلي رامي حداد، باحث، بالطاولة المستديرة التانية\nشكرا", "سلمى داود"),
    ("en", "Hello,\nWe would like to take part:\n1. I, Salma Daoud, Project Coordinator, for the open discussion\n"
           "2. my colleague Rami Haddad, Researcher, for roundtable 2\nThanks\nSalma", "Salma Daoud"),
    ("fr", "Bonjour,\nNous souhaitons participer :\n1. moi, Salma Daoud, coordinatrice des projets, pour la discussion "
           "ouverte\n2. mon collègue Rami Haddad, chercheur, pour la table ronde 2\nMerci\nSalma", "Salma Daoud"),
])
def test_the_sender_named_after_i_in_a_list_item(language: str, body: str, name: str, rules: ExtractRules) -> None:
    names = [s.name for s in run(message(body, from_="Salma Daoud <s@example.org>"), rules, language=language).speakers]
    assert names[0] == name and len(names) == 2


# Near miss: an item where "I" opens a sentence names nobody new: the sender is taken from the signature
def test_near_miss_i_opening_a_sentence_in_a_list_item(rules: ExtractRules) -> None:
    body = ("Hello,\nWe would like to take part:\n1. I would like to speak in the open discussion\n2. my colleague Rami "
            "Haddad, Researcher, for roundtable 2\nThanks\nSalma Daoud\nProject Coordinator\nHope Network")
    names = [s.name for s in run(message(body, from_="Salma Daoud <s@example.org>"), rules, language="en").speakers]
    assert names == ["Salma Daoud", "Rami Haddad"]


# The body pointed back at as the proposing verb's subject ("وترشح الرابطة الطالب X") is the one the text named in full
# before, with or without its article ("لرابطة الطلاب ..."): the word after the reference is the person, not the body's
@pytest.mark.parametrize(("body", "affiliation"), [
    ("تحية طيبة،\n\nنرفق لكم التقرير الطوعي لرابطة الطلاب الوافدين للتنمية.\n\nكما ترشح الرابطة الطالب عثمان إدريس، "
     "رئيس اللجنة الثقافية في الرابطة، ليكون مقرراً.\n\nمع الشكر", "رابطة الطلاب الوافدين للتنمية"),
    ("مرحبا،\n\nنحن في مركز الدراسات الاجتماعية للهجرة نتابع التحضيرات.\nويقترح المركز السيدة سلمى عيسى، منسقة البرامج، "
     "للمشاركة في النقاش المفتوح.\n\nمع الشكر", "مركز الدراسات الاجتماعية للهجرة"),
])
def test_the_body_nominating_by_reference_is_the_one_named_in_full(body: str, affiliation: str,
                                                                    rules: ExtractRules) -> None:
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.affiliation == affiliation


# Near miss: an adjective after the body's word goes on naming another body ("الجمعية الوطنية ..."), the proposer
def test_near_miss_an_adjective_after_the_body_word_names_another_body(rules: ExtractRules) -> None:
    body = ("مرحبا،\n\nنحن في جمعية الأمل للتنمية نتابع التحضيرات.\nوترشح الجمعية الوطنية لحقوق الإنسان السيد رامي خوري، "
            "المدير التنفيذي، للمشاركة في النقاش المفتوح.\n\nمع الشكر")
    speaker, = run(message(body), rules, language="ar").speakers
    assert speaker.affiliation == "الجمعية الوطنية لحقوق الإنسان"


# ---------------------------------------------------------------------------------------------
# The writer's own dialect wish after "أنا" ("أنا بحب أكون المقرر", "أنا نفسي أكون المقررة"): a verb, never a name, though a
# post follows it as a post follows a name ("أنا سمير حداد المقرر")
@pytest.mark.parametrize("body", [
    "مرحبا\nأنا بحب أكون المقرر بالمؤتمر إذا بيصير.\nشكرا\n\nNadia Khoury\nDirectrice\n",
    "مرحبا\nنحنا جمعية صغيرة، وانا بحب كون المتحدثة بالجلسة العامة.\nمرسي\n\nNadia Khoury\nDirectrice\n",
    "السلام عليكم\nأنا نفسي أكون المقررة في الجلسة العامة.\nشكرا\n\nNadia Khoury\nDirectrice\n",
])
def test_a_dialect_wish_after_i_is_no_name(body: str, rules: ExtractRules) -> None:
    fields = _speakers(body, rules, "ar", from_="Nadia Khoury <nadia@example.org>")
    assert [(sp.name, sp.title) for sp in fields.speakers] == [("Nadia Khoury", "Directrice")]


def test_near_miss_a_name_after_i_then_the_wish_is_the_speaker(rules: ExtractRules) -> None:
    body = "مرحبا\nأنا سمير حداد المقرر بالمؤتمر، بحب احكي بالجلسة العامة عن تجربة جمعيتنا.\nشكرا\n"
    fields = _speakers(body, rules, "ar", from_="Samir <samir@example.org>")
    assert [sp.name for sp in fields.speakers] == ["سمير حداد"]


# A colleague added in a reply, named before a dialect "speak" or "take part" ("زميلتي X بدها تحكي", "رفيقنا Y كمان عايز
# يتكلم"), maybe with "also" between, is the speaker; the post stated after "هي"/"هو" drops the "our group" glued to it,
# the body being the sender's, named in the quoted request
_FIRST_REQUEST = ("\n\nOn Mon, Feb 1, 2021 at 9:00 AM Amal Nasser <amal@example.org> wrote:\n> مرحبا،\n>\n"
                  "> بدي احكي بالطاولة المستديرة التانية.\n>\n> شكرا\n> أمل ناصر\n> منسقة - جمعية الياسمين للعاملات\n")


@pytest.mark.parametrize(("body", "name", "title"), [
    ("مرحبا،\n\nنسيت قلكن انو زميلتي رنا الخطيب كمان بدها تحكي، هي منسقة المناصرة بمجموعتنا.\n\nشكرا\nأمل",
     "رنا الخطيب", "منسقة المناصرة"),
    ("مرحبا،\n\nرفيقنا سامر عيسى برضه عايز يتكلم، هو مسؤول الإعلام بجمعيتنا.\n\nشكرا\nأمل", "سامر عيسى", "مسؤول الإعلام"),
    ("مرحبا،\n\nزميلتي رنا الخطيب بدها تشارك كمان.\n\nشكرا\nأمل", "رنا الخطيب", None),
])
def test_a_colleague_added_in_dialect_is_the_speaker(body: str, name: str, title: str | None,
                                                     rules: ExtractRules) -> None:
    fields = _speakers(body + _FIRST_REQUEST, rules, "ar", subject="Re: طلب مداخلة",
                       from_="Amal Nasser <amal@example.org>")
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [(name, title, "جمعية الياسمين للعاملات")]


@pytest.mark.parametrize(("language", "body"), [
    ("en", "Hello,\n\nMy colleague Rana Khatib would also like to speak, she is the advocacy coordinator of our group.\n"),
    ("fr", "Bonjour,\n\nMa collègue Rana Khatib aimerait aussi intervenir, elle est la coordinatrice plaidoyer de notre "
           "groupe.\n"),
])
def test_near_miss_a_colleague_added_in_english_or_french_keeps_the_post(language: str, body: str,
                                                                          rules: ExtractRules) -> None:
    fields = _speakers(body + _FIRST_REQUEST, rules, language, subject="Re: request",
                       from_="Amal Nasser <amal@example.org>")
    assert [sp.name for sp in fields.speakers] == ["Rana Khatib"]
    assert fields.speakers[0].title in ("advocacy coordinator", "coordinatrice plaidoyer")


def test_near_miss_a_post_at_a_named_body_keeps_the_body(rules: ExtractRules) -> None:
    body = "مرحبا،\n\nزميلتي رنا الخطيب ستشارك في الجلسة العامة. هي منسقة المناصرة بجمعية الأمل للتنمية.\n\nشكرا\nأمل"
    fields = _speakers(body, rules, "ar", from_="Amal Nasser <amal@example.org>")
    assert [(sp.name, sp.title, sp.affiliation) for sp in fields.speakers] == [
        ("رنا الخطيب", "منسقة المناصرة", "جمعية الأمل للتنمية")]


# An Arabic body's name may open with a word that starts with "ب" ("مؤسسة بيتنا للتنمية", "جمعية بسمة لدعم ...") when
# what the body is for follows it, and "abroad" ("بالخارج") closes what it is for: both are part of the name
@pytest.mark.parametrize(("intro", "affiliation"), [
    ("احنا في جمعية بسمة لدعم أسر العاملين بالخارج عايزين نشارك في النقاش المفتوح.",
     "جمعية بسمة لدعم أسر العاملين بالخارج"),
    ("نحن في مؤسسة بيتنا للتنمية، ونرغب في المشاركة في الجلسة العامة.", "مؤسسة بيتنا للتنمية"),
])
def test_an_arabic_name_opening_with_ba_or_closing_abroad_is_whole(intro: str, affiliation: str,
                                                                   rules: ExtractRules) -> None:
    body = f"مرحبا\n{intro}\n- انا كريم سالم منسق البرامج في الجمعية\nشكرا"
    fields = _speakers(body, rules, "ar", from_="karim <karim@example.org>")
    assert [(sp.name, sp.affiliation) for sp in fields.speakers] == [("كريم سالم", affiliation)]


@pytest.mark.parametrize(("intro", "affiliation"), [
    # a town after "ب" is where the body is, no part of its name
    ("نحن جمعية بصيدا، ونرغب في المشاركة في الجلسة العامة.", None),
    ("نحن جمعية الأمل بصيدا للتنمية، ونرغب في المشاركة في الجلسة العامة.", "جمعية الأمل"),
])
def test_near_miss_a_town_after_ba_stays_out_of_the_name(intro: str, affiliation: str | None,
                                                         rules: ExtractRules) -> None:
    body = f"مرحبا\n{intro}\nانا كريم سالم منسق البرامج\nشكرا"
    fields = _speakers(body, rules, "ar", from_="karim <karim@example.org>")
    assert [sp.affiliation for sp in fields.speakers] == [affiliation]


# The "--" that opens the signature of the sender's own quoted request ("> --") is no dash between two values: the
# signature under it names the body a replacement named in the reply belongs to ("مسؤولة الإعلام بالشبكة")
_QUOTED_SIGNED = {
    "ar": ("\n\nفي الجمعة، ٢٩ يناير ٢٠٢١، Hana Saleh <hana@example.org> كتب:\n> مرحبا،\n>\n> نحنا بشبكة \"أمان\" بدنا نرشح "
           "اسمين:\n>\n> - رامي عيسى، منسق المشاريع، للجلسة العامة\n> - ليلى سعد، مسؤولة المناصرة، للطاولة المستديرة الرابعة\n"
           ">\n> شكراً كتير ويعطيكن العافية\n> هنا\n> --\n> هنا صالح\n> المديرة التنفيذية\n> شبكة أمان لرعاية المهاجرين\n"
           "> عمّان - الأردن\n"),
    "en": ("\n\nOn Fri, Jan 29, 2021 at 1:30 PM Hana Saleh <hana@example.org> wrote:\n> Hello,\n>\n> We would like to propose "
           "two speakers:\n>\n> - Rami Issa, project coordinator, for the plenary\n> - Layla Saad, advocacy officer, for "
           "roundtable 4\n>\n> Many thanks and all the best\n> Hana\n> --\n> Hana Saleh\n> Executive Director\n"
           "> Aman Migrant Care Network\n> Amman - Jordan\n"),
}


@pytest.mark.parametrize(("language", "body", "name", "affiliation"), [
    ("ar", "مرحبا مجددا،\n\nليلى سعد ما رح تقدر تشارك، فمنحب نرشح بدالها زميلتنا ميساء خوري، مسؤولة الإعلام بالشبكة، "
           "لنفس الطاولة.\n\nشكرا\nهنا", "ميساء خوري", "شبكة أمان لرعاية المهاجرين"),
    ("en", "Hello again,\n\nLayla Saad cannot attend, so we would like to propose instead our colleague Maysa Khoury, "
           "communications officer at the network, for the same roundtable.\n\nThanks\nHana", "Maysa Khoury",
     "Aman Migrant Care Network"),
])
def test_the_quoted_signature_under_a_double_hyphen_gives_the_body(language: str, body: str, name: str,
                                                                   affiliation: str, rules: ExtractRules) -> None:
    fields = _speakers(body + _QUOTED_SIGNED[language], rules, language, subject="Re: request",
                       from_="Hana Saleh <hana@example.org>")
    assert [(sp.name, sp.affiliation) for sp in fields.speakers] == [(name, affiliation)]


@pytest.mark.parametrize("line", ["حبيت ابعتلكم اسم الزميلة اللي هتتكلم معانا:", "بدي ابعتلكن اسم الرفيقة يلي رح تحكي معنا:"])
def test_near_miss_the_colleague_who_will_speak_is_named_below(line: str, rules: ExtractRules) -> None:
    body = f"مرحبا\n{line}\nأ. سلمى عثمان الطيب\nمنسقة الحماية المجتمعية\nمبادرة النيل للاجئين، القاهرة\nشكرا\nمنى"
    fields = _speakers(body, rules, "ar", from_="Mona Fathy <mona@example.org>")
    assert [sp.name for sp in fields.speakers] == ["سلمى عثمان الطيب"]


# A speaker proposed before whose request stands, said in dialect ("X باقي متل ما هو للجلسة العامة" (Levant), "Y للجلسة
# العامة زي ما هو" (Egypt)): that role is not asked for again for the replacement the reply names
@pytest.mark.parametrize(("language", "body"), [
    ("ar", "مرحبا مجددا،\n\nليلى سعد ما رح تقدر تشارك، فمنحب نرشح بدالها زميلتنا ميساء خوري، مسؤولة الإعلام بالشبكة، لنفس "
           "الطاولة المستديرة.\nرامي عيسى باقي متل ما هو للجلسة العامة.\n\nشكرا\nهنا"),
    ("ar", "مرحبا مجددا،\n\nليلى سعد مش هتقدر تشارك، فعايزين نرشح مكانها زميلتنا ميساء خوري، مسؤولة الإعلام بالشبكة، لنفس "
           "الطاولة المستديرة.\nرامي عيسى للجلسة العامة زي ما هو.\n\nشكرا\nهنا"),
    # the near miss: said in English, as before
    ("en", "Hello again,\n\nLayla Saad cannot attend, so we would like to propose instead our colleague Maysa Khoury, "
           "communications officer at the network, for the same roundtable.\nRami Issa stays as it is for the plenary.\n"),
])
def test_a_request_kept_as_it_is_in_dialect_gives_no_role(language: str, body: str, rules: ExtractRules) -> None:
    fields = _speakers(body + _QUOTED_SIGNED[language], rules, language, subject="Re: request",
                       from_="Hana Saleh <hana@example.org>")
    assert [(sp.roles, sp.roundtable) for sp in fields.speakers] == [(("roundtable",), 4)]

"""The word lists an operator tunes in rules/extract.toml that were once written in the code: a word added to a copy
of the rules changes what is read, the shipped rules read as before."""

from __future__ import annotations

from pathlib import Path

from intake.analysis import withdraws_only_a_report
from intake.extract import ExtractRules, load_extract_rules
from intake.extract_names import capitalise_lower_case_names
from intake.extract_orgs import _title_chain, arabic_org, org_runs, split_title
from intake.extract_prose import _after_thanks, _before_event, is_kunya
from intake.extract_signature import _opens_with_org
from intake.extract_values import names_seat
from intake.folding import fold
from intake.text import split
from tests.extracting import RULES_PATH, message, run


def edited(tmp_path: Path, key: str, word: str) -> ExtractRules:
    """The shipped rules with one more word at the head of the list `words.<key>`, loaded without a problem."""
    text = RULES_PATH.read_text(encoding="utf-8")
    opening = f"\n{key} = ["
    assert text.count(opening) == 1
    path = tmp_path / "extract.toml"
    path.write_text(text.replace(opening, f'{opening}"{word}", '), encoding="utf-8")
    loaded, problems = load_extract_rules(path)
    assert problems == []
    return loaded


def test_a_seat_added_is_left_out_as_one(tmp_path: Path, rules: ExtractRules) -> None:
    assert names_seat("بالمقر", rules) and not names_seat("بالمعهد", rules)
    assert names_seat("بالمعهد", edited(tmp_path, "seats", "معهد"))


def test_a_seat_named_only_with_main(tmp_path: Path, rules: ExtractRules) -> None:
    assert names_seat("بالمكتب", rules) and names_seat("بالمركز الرئيسي", rules) and not names_seat("بالمركز", rules)
    changed = edited(tmp_path, "seats_main_only", "مكتب")
    assert not names_seat("بالمكتب", changed) and names_seat("بالمكتب الرئيسي", changed)


def test_a_word_for_main_added_after_a_seat(tmp_path: Path, rules: ExtractRules) -> None:
    assert names_seat("بالمركز الرئيسي", rules) and not names_seat("بالمركز العام", rules)
    assert names_seat("بالمركز العام", edited(tmp_path, "seat_main", "العام"))


def test_a_word_for_abroad_added_stays_in_the_name(tmp_path: Path, rules: ExtractRules) -> None:
    assert arabic_org("جمعية حقوق العمالة بالمهجر", rules) == "جمعية حقوق العمالة بالمهجر"
    assert arabic_org("جمعية حقوق العمالة بالغربة", rules) == "جمعية حقوق العمالة"
    assert arabic_org("جمعية حقوق العمالة بالغربة", edited(tmp_path, "abroad", "بالغربة")) == "جمعية حقوق العمالة بالغربة"


def test_a_kunya_word_added_opens_a_kunya(tmp_path: Path, rules: ExtractRules) -> None:
    assert is_kunya("Abu Ali", rules) and is_kunya("أم أحمد", rules) and not is_kunya("Bou Ali", rules)
    changed = edited(tmp_path, "kunya", "bou")
    assert is_kunya("Bou Ali", changed) and is_kunya("Abu Ali", changed) and not is_kunya("Bou Ali Foundation", changed)


def test_a_link_added_before_an_event_ends_the_name(tmp_path: Path, rules: ExtractRules) -> None:
    assert _before_event("جمعية النور في الجلسة الأولى", rules) == "جمعية النور"
    assert _before_event("جمعية النور عبر الجلسة الأولى", rules) == "جمعية النور عبر الجلسة الأولى"
    assert _before_event("جمعية النور عبر الجلسة الأولى", edited(tmp_path, "event_links", "عبر")) == "جمعية النور"


def test_a_link_added_carries_on_a_name(tmp_path: Path, rules: ExtractRules) -> None:
    assert arabic_org("جمعية التضامن مع المهاجرين", rules) == "جمعية التضامن مع المهاجرين"
    assert arabic_org("جمعية التضامن بين المهاجرين", rules) == "جمعية التضامن"
    assert arabic_org("جمعية التضامن بين المهاجرين", edited(tmp_path, "org_links", "بين")) == "جمعية التضامن بين المهاجرين"


def test_a_particle_added_ends_a_body_word(tmp_path: Path, rules: ExtractRules) -> None:
    assert arabic_org("يسر جمعية أن ترشح", rules) is None
    assert arabic_org("يسر جمعية حيث ترشح", rules) == "جمعية حيث"
    assert arabic_org("يسر جمعية حيث ترشح", edited(tmp_path, "function_words", "حيث")) is None


def test_a_first_half_added_takes_both_words_of_the_name(tmp_path: Path, rules: ExtractRules) -> None:
    assert arabic_org("تود مؤسسة الملك عبد العزيز ترشيح", rules) == "مؤسسة الملك عبد العزيز"
    assert arabic_org("تود مؤسسة الأمير ذو يزن ترشيح", rules) == "مؤسسة الأمير ذو"
    assert arabic_org("تود مؤسسة الأمير ذو يزن ترشيح", edited(tmp_path, "name_first_halves", "ذو")) == "مؤسسة الأمير ذو يزن"


def test_a_form_of_state_added_takes_the_country_after_it(tmp_path: Path, rules: ExtractRules) -> None:
    assert arabic_org("مكتب العمل بسفارة جمهورية السودان", rules) == "مكتب العمل بسفارة جمهورية السودان"
    assert arabic_org("مكتب العمل بسفارة مشيخة قطر", rules) == "مكتب العمل بسفارة مشيخة"
    assert arabic_org("مكتب العمل بسفارة مشيخة قطر", edited(tmp_path, "state_forms", "مشيخة")) == "مكتب العمل بسفارة مشيخة قطر"


def test_a_word_added_after_a_lower_case_name_ends_it(tmp_path: Path, rules: ExtractRules) -> None:
    text = "our general secretary fatima yusuf abubakar must speak"
    assert capitalise_lower_case_names(text, "", "", rules) == text
    assert capitalise_lower_case_names(text, "", "", edited(tmp_path, "after_name", "must")) \
        == "our general secretary Fatima Yusuf Abubakar must speak"


def test_a_link_added_without_an_article_keeps_a_kind_of_body_in_the_title(tmp_path: Path, rules: ExtractRules) -> None:
    assert split_title("Juriste d'ONG", rules) == ("Juriste d'ONG", None)
    assert split_title("Chargée de mission à ONG", rules) == ("Chargée de mission", "ONG")
    assert split_title("Chargée de mission à ONG", edited(tmp_path, "bare_links", "à")) == ("Chargée de mission à ONG", None)


def test_a_report_word_added_is_what_a_withdrawal_takes_back(tmp_path: Path, rules: ExtractRules) -> None:
    parsed = message("Dear colleagues,\nWe withdraw our submission; our speaker is unchanged.\nBest", subject="Re: GCM")
    assert withdraws_only_a_report(parsed, split(parsed.text), rules) is False
    assert withdraws_only_a_report(parsed, split(parsed.text), edited(tmp_path, "reports_withdrawn", "submission")) is True


def test_a_link_added_after_a_mission_keeps_the_country_it_serves_in(tmp_path: Path, rules: ExtractRules) -> None:
    served, other = "مكتب العمل بسفارة جمهورية السودان لدى المملكة العربية السعودية", "مكتب العمل بسفارة جمهورية السودان عند قطر"
    assert arabic_org(served, rules) == served
    assert arabic_org(other, rules) == "مكتب العمل بسفارة جمهورية السودان"
    assert arabic_org(other, edited(tmp_path, "mission_links", "عند")) == other


def test_a_conjunction_added_joins_posts_and_the_words_of_a_name(tmp_path: Path, rules: ExtractRules) -> None:
    chain, line = "Member of the Board y Chair of the Migrants Committee", "Gulf y Coast University"
    assert _title_chain(fold(chain.replace(" y ", " and ")), rules) and _opens_with_org(line.replace(" y ", " and "), rules)
    assert not _title_chain(fold(chain), rules) and not _opens_with_org(line, rules)
    changed = edited(tmp_path, "conjunctions", "y")
    assert _title_chain(fold(chain), changed) and _opens_with_org(line, changed)


def test_a_possessive_added_opens_a_post_and_a_lower_case_name(tmp_path: Path, rules: ExtractRules) -> None:
    text = "your general secretary fatima yusuf abubakar to speak"
    assert capitalise_lower_case_names(text.replace("your", "our"), "", "", rules) \
        == "our general secretary Fatima Yusuf Abubakar to speak"
    assert capitalise_lower_case_names(text, "", "", rules) == text
    assert capitalise_lower_case_names(text, "", "", edited(tmp_path, "lower_case_possessives", "your")) \
        == "your general secretary Fatima Yusuf Abubakar to speak"


def test_gather_links(tmp_path: Path, rules: ExtractRules) -> None:
    line = ("bonsoir nous sommes bénévoles à l'association aux jeunes pêcheurs à tunis et nous voulons proposer "
            "deux membres pour la séance plénière de la conférence merci")
    assert [o for _, o in org_runs(line, rules)] == []
    assert [o for _, o in org_runs(line, edited(tmp_path, "gather_links", "aux"))] == ["association aux jeunes pêcheurs"]


def test_a_team_word_added_to_the_self_introduction_opens_the_name(tmp_path: Path, rules: ExtractRules) -> None:
    """The team words live in the `self_introduction` pattern alone: a word added there is read as one."""
    body = ("السلام عليكم\n\nاحنا جوقة الشروق للإنشاد، شباب من السودان في القاهرة. عايزين نرشح الأستاذ عادل حسن يتكلم "
            "في الجلسة العامة.\n\nشكرا\nمنى")
    text = RULES_PATH.read_text(encoding="utf-8")
    team = "(?P<team>فريق|مجموعه|طاقم)"
    assert text.count(team) == 1
    path = tmp_path / "extract.toml"
    path.write_text(text.replace(team, "(?P<team>فريق|مجموعه|طاقم|جوقه)"), encoding="utf-8")
    edited_rules, problems = load_extract_rules(path)
    assert problems == []
    shipped = run(message(body, subject="ترشيح"), rules, language="ar").speakers
    assert [s.affiliation for s in shipped] == [None]
    taught = run(message(body, subject="ترشيح"), edited_rules, language="ar").speakers
    assert [s.affiliation for s in taught] == ["جوقة الشروق للإنشاد"]


def test_a_word_for_having_added_goes_on_with_the_name(tmp_path: Path, rules: ExtractRules) -> None:
    assert arabic_org("اتحاد منظمات الأشخاص ذوي الإعاقة", rules) == "اتحاد منظمات الأشخاص ذوي الإعاقة"
    assert arabic_org("جمعية الأطفال أصحاب الهمم", rules) == "جمعية الأطفال"
    assert arabic_org("جمعية الأطفال أصحاب الهمم", edited(tmp_path, "possessors", "أصحاب")) == "جمعية الأطفال أصحاب الهمم"


def test_a_greeting_opener_added_is_no_part_of_the_name(tmp_path: Path, rules: ExtractRules) -> None:
    line = "Hommages de l'Association Passerelles Solidaires"
    assert org_runs(line, rules) == [(0, line)]
    changed = edited(tmp_path, "greeting_openers", "hommages")
    assert org_runs(line, changed) == [(2, "Association Passerelles Solidaires")]


def test_a_thank_you_added_opens_the_person_line(tmp_path: Path, rules: ExtractRules) -> None:
    assert _after_thanks("Merci pour votre retour. Mme Salma Idrissi est juriste.", rules) == "Mme Salma Idrissi est juriste."
    assert _after_thanks("Bien reçu votre retour. Mme Salma Idrissi est juriste.", rules) is None
    changed = edited(tmp_path, "thanks_first", "^bien recu[^.]*[.] +")
    assert _after_thanks("Bien reçu votre retour. Mme Salma Idrissi est juriste.", changed) == "Mme Salma Idrissi est juriste."

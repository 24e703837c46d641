"""Replies and quoted mail: which replies add nothing (a thank-you for our acknowledgement is never answered)."""

from __future__ import annotations

import pytest

from intake.analysis import adds_nothing
from intake.text import split


@pytest.mark.parametrize("text", [
    # thanks for confirming what the acknowledgement confirmed, said in full
    "Dear team,\n\nThank you very much for confirming that you received our report and the request for Ms. Amal.\n\nHiwet",
    "Thanks for confirming you have received our nomination of Dr Karim Haddad!\n\nBest,\nLina",
    "hello, many thanks for acknowledging receipt of the report and of our speaker request. regards, Omar",
    "Merci beaucoup d'avoir confirmé la réception de notre rapport et de la demande pour Mme Awa Diop.\n\nYasmine",
    "merci pour la confirmation de reception de notre demande de prise de parole\n\nKarim",
    "Bonjour,\nMerci d'avoir bien voulu confirmer que vous avez reçu notre contribution.\nCordialement, Awa",
    "شكراً لكم على تأكيد استلام تقريرنا وطلب مشاركة الدكتورة سعاد.\n\nمنى",
    "السادة الكرام، نشكركم على تأكيدكم استلام طلبنا الخاص بالمتحدثة.\nخالد",
    "شكرا على تأكيد أنكم استلمتم التقرير والطلب\nسامي",
    # looking forward to seeing them at the meeting
    "Merci beaucoup pour votre confirmation, c'est bien noté !\nAu plaisir de vous retrouver le 23.\n\nYasmine",
    "merci pour la confirmation. Au plaisir de vous voir a Beyrouth.\nAwa",
    "Merci ! Hâte de vous rencontrer lors de la conférence.\n\nKarim",
    "Thanks for the confirmation! Looking forward to seeing you on the 23rd.\n\nPeter",
    "Many thanks for your reply, we look forward to meeting you all in Cairo.\nGrace",
    "Thank you. Looking forward to seeing everyone at the review!\nJohn",
    "شكراً على التأكيد، نتطلع إلى لقائكم في المؤتمر.\nمنى",
    "شكرا جزيلا. بانتظار لقائكم يوم ٢٣ فبراير.\nسعاد",
    "شكرا على الرد وإلى اللقاء في بيروت\nخالد",
    # a thousand thanks, an emoji, awaiting their word
    "ألف شكر على التأكيد 🌷\nبانتظار تواصلكم.\nسعاد",
    "الف شكر لكم 🙏 وبانتظار تواصلكم\nمنى",
    "ألف شكر على سرعة الرد 👍\nخالد",
    "Mille mercis pour la confirmation 🙏\nAwa",
    "mille merci pour votre retour 😊 !\nKarim",
    "A thousand thanks for confirming 🙏\nLina",
    "Thanks a million for the confirmation 👍\n\nOmar",
])
def test_a_thank_you_for_the_acknowledgement_adds_nothing(text):
    assert adds_nothing(split(text)) is True


@pytest.mark.parametrize("text", [
    "Thank you for confirming receipt. We would also like Dr Karim Haddad, our Director, to speak.\n\nLina",
    "Merci d'avoir confirmé la réception. Pouvez-vous nous envoyer l'ordre du jour ?\nAwa",
    "شكراً على تأكيد الاستلام. هل يمكن إضافة متحدث ثان؟\nمنى",
    "Au plaisir de vous retrouver le 23. Mme Awa Diop, directrice de l'association, interviendra à la table ronde 2.\nKarim",
    "Looking forward to seeing you. Our Chair, Mr Omar Said, will replace Ms Amal Nasser as speaker.\nJohn",
    "ألف شكر 🌷 وسيشارك السيد خالد منصور، رئيس الجمعية، بدلاً من الدكتورة سعاد.\nمنى",
])
def test_a_thank_you_that_adds_a_request_or_a_question_adds_something(text):
    assert adds_nothing(split(text)) is False

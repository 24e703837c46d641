"""The people of a list introduced by their place in it, without a form of address ("والتالتة هي خديجة أوعلي، مكلفة
بالترافع", "The third is Rana Saleh, our advocacy officer", « La troisième est Awa Diop, juriste »): each is a
speaker, not only the ones an honorific marks."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


@pytest.mark.parametrize(("body", "language", "third"), [
    ("السلام عليكم،\n\nالشبكة كتقترح تلاتة ديال المتدخلين:\n\nالأولى هي الأستاذة سلمى بنعلي، رئيسة جمعية الأمل، بغات تشارك "
     "فالنقاش المفتوح.\n\nالتاني هو السي حميد الزاوي، المنسق ديال جمعية التضامن، غادي يدير مداخلة فالمائدة المستديرة "
     "التانية.\n\nوالتالتة هي خديجة أوعلي، مكلفة بالترافع، بغيناها تكون مقررة.\n\nشكراً\nسعيد", "ar", "خديجة أوعلي"),
    ("Dear colleagues,\n\nOur network proposes three speakers.\n\nThe first is Dr. Omar Nasser, Director of the Alpha "
     "Centre, for the plenary.\n\nThe second is Ms. Lina Haddad, Coordinator of the Beta Association, for roundtable 2."
     "\n\nThe third is Rana Saleh, advocacy officer, who would serve as rapporteur.\n\nBest,\nSaid", "en", "Rana Saleh"),
    ("Madame, Monsieur,\n\nNotre réseau propose trois intervenantes.\n\nLa première est Mme Salma Ben Ali, présidente de "
     "l'Association Alpha, pour la plénière.\n\nLa deuxième est Mme Lina Haddad, coordinatrice de l'Association Beta, "
     "pour la table ronde 2.\n\nLa troisième est Awa Diop, juriste, qui serait rapporteuse.\n\nCordialement,\nSaid",
     "fr", "Awa Diop"),
])
def test_the_third_of_a_list_is_a_speaker(body: str, language: str, third: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Said <said@example.org>"), rules, language=language)
    assert len(fields.speakers) == 3 and fields.speakers[2].name == third
    assert fields.speakers[2].roles == ("rapporteur",)

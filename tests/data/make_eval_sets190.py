#!/usr/bin/env python3
"""Write the blind evaluation set holdout190 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets190.py
Theme: collective submissions. Coalitions, academic consortia and national civil-society platforms send one
report on behalf of many members (lists of co-signing organisations, annexes, summaries pasted in the body, a
revised version sent again) and ask for a single speaking slot for their members; secretariats and assistants
write on behalf of chairs and coordinators.  Late January to 19 February 2021.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, esc, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, re_hdr, rfc2231_cont, rfcdate, sent_at, sp,
                     std_rows, text2html, top)
from mailgen import POSTFIX_NOTICE, outlook_rows

SET = EvalSet(190)
add = SET.add


def report_pdf(title, org, parts):
    lines = [title, org, "Voluntary review of the Global Compact for Migration - Arab region, 2021", ""]
    lines += ["%s. %s" % (chr(64 + k), s) for k, s in enumerate(parts, 1)]
    return make_pdf(lines)


def sig_logo(cid, rgb=(20, 110, 60), name="image001.png"):
    return leaf("image/png", make_png(12, 6, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def br_html(text, dir_="ltr", font="Calibri"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s" style="font-family:%s,sans-serif">' % (dir_, font)
            + "<br>\n".join(esc(x) for x in text.strip("\n").split("\n")) + "</div></body></html>\n")


def ack_id(qid):
    return "<ack.%s@gcmrrarabstates.iom.int>" % qid


# ================================================================ the 24 messages
M01_ID = "<CAK7pR2vX0tQm4b9N1wzLk3sE8yFhD5u6Jc@mail.gmail.example.com>"


def m01():
    # academic consortium, one slot for nine member centres; sender is the research coordinator, not the speaker
    when = at("2021-01-27 11:20:37")
    sent = sent_at(when, 2, 6)
    text = """Dear GCM Regional Review Secretariat,

I am writing on behalf of the Arab Migration Research Consortium (AMRC), which links the migration research centres of nine universities in Jordan, Lebanon, Egypt, Tunisia, Morocco and Qatar.

Our Steering Committee discussed the invitation at its meeting on 21 January. Rather than each centre applying on its own, the members agreed to ask for one speaking role for the consortium as a whole, and to nominate the Chair of the Steering Committee as rapporteur to deliver the stakeholders' key messages:

Speaker: Prof. Hana Darwish
Position: Chair of the Steering Committee
Organisation: Arab Migration Research Consortium (AMRC)

Prof. Darwish led the synthesis of our members' findings on Objectives 1, 17 and 23 last year and is used to presenting collective positions. Our collective voluntary report is being finalised and will reach you separately before the 16 February deadline.

With thanks and best wishes,

Tarek Mouawad
Research Coordinator | AMRC Secretariat
Institute for Population and Mobility Studies, Amman
"""
    body = alt(text, "000000000000a3f1c205b9d7e41c")
    m = mk(when, sent, "mail-ej1-f49.google.example.com", "209.85.218.49", "4DQk3b1Vq9z2",
           "Tarek Mouawad <tarek.mouawad.amrc@gmail.example.com>",
           "AMRC - nomination of a rapporteur for the Regional Review", M01_ID, body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Hana Darwish", "Chair of the Steering Committee", "Arab Migration Research Consortium (AMRC)",
           ["rapporteur"])],
        notes="academic consortium asking one slot for its nine member centres; the sender (research coordinator) "
              "is not the speaker; 'Prof.' dropped; labelled lines with 'Speaker/Position/Organisation'; the "
              "report is only announced ('will reach you separately'): speaker_request, not both. The report "
              "follows in h190-20."))


def m02():
    # national platform (Jordan), Outlook, labelled Arabic lines, honorific, title with its unit, city in brackets
    when = at("2021-01-28 09:47:12")
    sent = sent_at(when, 2, 5)
    text = """السادة الأفاضل في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية،
تحية طيبة وبعد،

بالإشارة إلى دعوتكم الكريمة، وبعد التشاور بين المنظمات الأعضاء في المنصة وعددها ثلاث وعشرون منظمة، اتفق الأعضاء على ترشيح متحدث واحد باسم المنصة كلها لتقديم مداخلة في المائدة المستديرة المواضيعية الثانية خلال المؤتمر الاستعراضي الإقليمي.

بيانات المتحدث:
الاسم: الأستاذ فراس العجلوني
الصفة: منسق لجنة السياسات في الأمانة التنفيذية
الجهة: المنصة الوطنية الأردنية لمنظمات المجتمع المدني المعنية بالهجرة (عمّان)

علماً بأن المنصة ستوافيكم بتقريرها الطوعي الجماعي في موعد لاحق.

وتفضلوا بقبول فائق الاحترام والتقدير،

رزان الحوراني
الأمانة التنفيذية للمنصة
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-JO" dir="rtl"><div class="WordSection1">' + text2html(text) + '</div></body></html>\n')
    body = alt(text, "_000_AM6PR02MB4417C2E9A1D0B7F3E6A8D2B9AM6PR02MB4417eurp_", html=html, b64=True)
    subj = "ترشيح متحدث باسم المنصة الوطنية - المائدة المستديرة الثانية"
    m = mk(when, sent, "mail-am6eur02on0107.outbound.protection.outlook.example.com", "40.107.3.107",
           "4DRB7n4Kw1z5", addr("رزان الحوراني", "secretariat@jonp-migration.example.org"), hdr(subj),
           "<AM6PR02MB4417C2E9A1D0B7F3E6A8D2B9@AM6PR02MB4417.eurprd02.prod.outlook.example.com>", body,
           extra=outlook_rows(hdr(subj), "AdbzTq4mC2Lr0Vn5Qb1sWx8eP7a9Hg==", lang="ar-JO"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("فراس العجلوني", "منسق لجنة السياسات في الأمانة التنفيذية",
           "المنصة الوطنية الأردنية لمنظمات المجتمع المدني المعنية بالهجرة", ["roundtable"], 2)],
        notes="national platform of 23 organisations asking one slot; Arabic labelled lines; courtesy title "
              "'الأستاذ' dropped from the name; title written with its unit kept whole (as dev 012); the city "
              "in brackets after the platform's name '(عمّان)' is a place, not an acronym: left out of the "
              "affiliation; roundtable as ordinal 'الثانية'; report only announced; sender is not the speaker."))


def m03():
    # Tunisian platform, Thunderbird format=flowed: questions only; a possible speaker mentioned but not proposed
    when = at("2021-01-29 16:05:50")
    sent = sent_at(when, 1, 4)
    text = """Madame, Monsieur,

La Plateforme tunisienne de la société civile pour la migration (PTSCM) 
prépare actuellement un rapport volontaire collectif au nom de ses dix-neuf associations membres. Avant de vous l'adresser, nous souhaiterions obtenir quelques précisions :

1. Faut-il joindre au rapport les lettres de mandat de chaque association, ou une liste des co-signataires en annexe suffit-elle ?
2. Une association membre peut-elle, en plus du rapport collectif, envoyer sa propre contribution ?
3. Pour les prises de parole, le nombre d'intervenants est-il limité à une personne par plateforme ? Notre présidente, Mme Sonia Ben Amor, envisage éventuellement de demander à intervenir, mais nous attendons votre réponse avant de vous transmettre une demande formelle.

En vous remerciant par avance,

Bien cordialement,

-- 
Walid Trabelsi
Chargé de coordination
PTSCM – Tunis
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "smtp.ptscm.example.org", "197.14.52.18", "4DSD0h2Lp6z3",
           "Walid Trabelsi <coordination@ptscm.example.org>",
           hdr("Questions sur le rapport collectif et les prises de parole", enc="Q"),
           "<5b8e41c0-2f3a-9d47-b1e6-7c0a34f2e915@ptscm.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 "
                                 "Thunderbird/78.6.1"), ("Content-Language", "fr")])
    add(3, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="questions about a collective report (mandate letters, annex of co-signatories, separate member "
              "contributions) and the number of speakers: nothing submitted; the president is named as someone "
              "who 'envisage éventuellement' asking to speak, explicitly not a request yet: no speakers. "
              "Thunderbird format=flowed, 8bit."))


def m04():
    # coalition, Outlook: collective report PDF + annex of endorsing organisations + one speaker slot (roundtable IV)
    when = at("2021-02-01 14:22:09")
    sent = sent_at(when, 4, 5)
    text = """Dear Colleagues,

Please find attached the collective voluntary GCM review report of the Migrant Workers Solidarity Coalition (MWSC), together with Annex 1, which lists the 34 trade unions, migrant community associations and legal aid groups that endorsed it.

In short, the report finds that:
- recruitment fees are still charged to workers in most corridors we monitor (Objective 6);
- access to justice for wage theft has improved on paper but hardly in practice (Objective 6 and 7);
- the pandemic exposed how few migrant workers are covered by social protection (Objective 22).

The coalition's members also asked us to request a single speaking slot on their behalf. We nominate Ms. Joanne D'Souza, MWSC Regional Coordinator, for a floor intervention at the fourth thematic roundtable, where she would present the findings above.

We remain at your disposal for any further information.

Kind regards,

Nasser Al-Khatib
Communications Officer
Migrant Workers Solidarity Coalition (MWSC)
Dubai | Beirut | Kathmandu
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-US"><div class="WordSection1">' + text2html(text.split("\n\nNasser Al-Khatib")[0])
            + '<p class="MsoNormal"><img width="120" height="60" src="cid:image001.png@01D6F89A.5C3B2E10">'
              '<br><b>Nasser Al-Khatib</b><br>Communications Officer<br>Migrant Workers Solidarity Coalition '
              '(MWSC)<br>Dubai | Beirut | Kathmandu</p></div></body></html>\n')
    related = multi("related", [alt(text, "_000_DB8PR04MB6986B41E2A0D7C95F3E8A1C2DB8PR04MB6986eurp_", html=html),
                                sig_logo("image001.png@01D6F89A.5C3B2E10")],
                    "_004_DB8PR04MB6986B41E2A0D7C95F3E8A1C2DB8PR04MB6986eurp_",
                    params=[("type", '"multipart/alternative"')])
    f1 = "MWSC_Collective_GCM_Review_2021.pdf"
    f2 = "Annex 1 - Endorsing organisations.pdf"
    pdf1 = report_pdf("Collective voluntary GCM review report", "Migrant Workers Solidarity Coalition (MWSC)",
                      ["Method: 6 national consultations", "Objective 6: fair recruitment",
                       "Objective 7: vulnerabilities", "Objective 22: social protection", "Recommendations"])
    pdf2 = make_pdf(["Annex 1 - Organisations endorsing the MWSC collective report (34)", "",
                     "1. Domestic Workers Union of Lebanon", "2. Gulf Migrant Legal Aid Network",
                     "3. Nepali Workers Association - Doha chapter", "4. Kerala Returnees Forum",
                     "... (30 more, listed by country)"])
    body = multi("mixed", [related, attach("application/pdf", pdf1, f1), attach("application/pdf", pdf2, f2)],
                 "_005_DB8PR04MB6986B41E2A0D7C95F3E8A1C2DB8PR04MB6986eurp_")
    subj = "MWSC collective report + speaker nomination (Roundtable 4)"
    m = mk(when, sent, "mail-db8eur04on0131.outbound.protection.outlook.example.com", "40.107.8.131",
           "4DTm5x0Bc8z1", "Nasser Al-Khatib <n.alkhatib@mwsc-coalition.example.org>", subj,
           "<DB8PR04MB6986B41E2A0D7C95F3E8A1C2@DB8PR04MB6986.eurprd04.prod.outlook.example.com>", body,
           extra=outlook_rows(subj, "AdbyFh2kQ9Wr1Tz7Mn3cVb0aL5e8Pw==", has_attach="yes"))
    add(4, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Joanne D'Souza", "Regional Coordinator", "Migrant Workers Solidarity Coalition (MWSC)", ["roundtable"], 4)],
        report_attachments=[f1, f2],
        notes="both, on time; collective report PDF plus an annex listing the 34 endorsing organisations (the "
              "annex is part of the report, as dev 037); summary in bullets in the body; one slot asked for the "
              "members; speaker in prose ('MWSC Regional Coordinator': acronym prefix not part of the title; "
              "fullest affiliation from the body/signature); 'fourth thematic roundtable'; inline Outlook logo "
              "decoy; the sender (communications officer) is not the speaker; cities after the signature not part "
              "of the affiliation."))


M05_ID = "<VI1PR08MB3325E1A47B90C2D6F8E3B5A1@VI1PR08MB3325.eurprd08.prod.outlook.example.com>"


def m05():
    # coalition, assistant writes for the executive bureau; two speakers (one from a member association)
    when = at("2021-02-01 17:40:26")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Suite à votre lettre d'invitation, la Coalition Maghreb Droits des Migrants (CMDM), qui fédère vingt-sept associations au Maroc, en Algérie, en Tunisie et en Mauritanie, a le plaisir de vous proposer deux intervenants, désignés par son Bureau exécutif réuni le 29 janvier :

1. M. Driss Amrani, Président de la CMDM, pour la discussion ouverte de la consultation multipartite du 23 février ;

2. Mme Awa Ndiaye, chargée de programme « Femmes en mobilité » à l'Association Karama Solidarité (association membre de la coalition, Oujda), pour une intervention en séance plénière lors de la conférence des 24 et 25 février.

Les deux intervenants se sont inscrits en ligne. Nous restons à votre disposition pour tout complément.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Khadija Ouazzani
Assistante administrative
Pour le Bureau exécutif de la CMDM
Rabat
"""
    body = alt(text, "_000_VI1PR08MB3325E1A47B90C2D6F8E3B5A1VI1PR08MB3325eurp_")
    subj = "Propositions d'intervenants - CMDM"
    m = mk(when, sent, "mail-vi1eur08on0102.outbound.protection.outlook.example.com", "40.107.5.102",
           "4DTr1g6Hs3z9", addr("Secrétariat CMDM", "secretariat@cmdm.example.org", enc="Q"), hdr(subj, enc="Q"),
           M05_ID, body, extra=outlook_rows(hdr(subj, enc="Q"), "AdbyGk5rT1Xm8Pq2Lb9nWc4eZ0d3Jv==", lang="fr-FR"))
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Driss Amrani", "Président", "Coalition Maghreb Droits des Migrants (CMDM)", ["open_discussion"]),
        sp("Awa Ndiaye", "chargée de programme « Femmes en mobilité »", "Association Karama Solidarité",
           ["plenary"])],
        notes="two speakers in a numbered prose list, sent by an administrative assistant 'pour le Bureau "
              "exécutif' (sender is not a speaker); first speaker's affiliation written as 'de la CMDM', the "
              "fullest form is in the first sentence; second speaker belongs to a member association, whose "
              "bracketed remark '(association membre de la coalition, Oujda)' is not part of the affiliation; "
              "title kept with its programme unit; 'M.'/'Mme' dropped. The second speaker is replaced in h190-19."))


M06_ID = "<CAF3hZq1Wm8rT0eL5bN7yKp2dV9xG4cR6sU@mail.gmail.example.com>"
F06 = "التقرير_الطوعي_الجماعي_الشبكة_العربية_للهجرة_والتنمية.pdf"


def m06():
    # regional network, Gmail: collective report PDF (Arabic file name), member list and summary in the body; Cc coordinator
    when = at("2021-02-02 10:05:44")
    sent = sent_at(when, 2, 8)
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،
تحية طيبة،

باسم الشبكة العربية للهجرة والتنمية والمنظمات الأعضاء فيها، نرسل إليكم طيّه التقرير الطوعي الجماعي للشبكة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.

أُعدّ التقرير بمشاركة المنظمات التالية:
١. جمعية التضامن مع العمال المهاجرين - لبنان
٢. مركز الدراسات القانونية للهجرة - الأردن
٣. رابطة العائدين من الخليج - مصر
٤. جمعية أمان للطفولة المتنقلة - تونس
٥. المرصد المغربي للهجرة والتنمية - المغرب
٦. مبادرة كرامة للعمال المنزليين - الكويت
وإحدى عشرة منظمة أخرى واردة أسماؤها في الصفحة الأخيرة من التقرير.

ملخص: يركّز التقرير على الهدف ٦ (التوظيف العادل) والهدف ١٥ (الوصول إلى الخدمات الأساسية) والهدف ٢٠ (التحويلات المالية)، ويخلص إلى أن جائحة كورونا زادت من هشاشة أوضاع العمال المهاجرين في دول الخليج وأن آليات الشكاوى ما زالت بعيدة عن متناولهم.

نرجو التكرم بتأكيد الاستلام.

مع التحية،
ليلى منصور
أمينة السر - الشبكة العربية للهجرة والتنمية
"""
    html = br_html(text, "rtl", "Arial")
    pdf = report_pdf("Collective voluntary report (Arabic)", "Arab Network for Migration and Development",
                     ["Consultation of 17 member organisations", "Objective 6", "Objective 15", "Objective 20",
                      "List of member organisations"])
    body = multi("mixed", [alt(text, "000000000000e4b81a05ba4c17d3", html=html, b64=True),
                           attach("application/pdf", pdf, F06)], "000000000000e4b81c05ba4c17d5")
    subj = "التقرير الطوعي الجماعي - الشبكة العربية للهجرة والتنمية"
    m = mk(when, sent, "mail-wr1-f44.google.example.com", "209.85.221.44", "4DVb8q3Nn2z4",
           addr("الشبكة العربية للهجرة والتنمية", "arab.network.migdev@gmail.example.com"), hdr(subj), M06_ID, body,
           cc=addr("سمير حداد", "samir.haddad.anmd@gmail.example.com"))
    add(6, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[F06],
        notes="collective report of 17 members: the PDF is the report; six members listed in the body with "
              "country after a dash, plus a summary paragraph (the body is not the report); long Arabic file "
              "name (RFC 2231 + RFC 2047); Gmail; Cc to the network's coordinator, whose vacation responder "
              "answers the acknowledgement (h190-07). Revised in h190-18. The From display name spans two "
              "RFC 2047 encoded-words split inside a word: policy.default leaves a stray space ('وال تنمية'), "
              "decode_header joins them (same in h190-17 and h190-18)."))


def m07():
    # Gmail vacation responder of the coordinator Cc'd on h190-06, answering our acknowledgement
    when = at("2021-02-02 10:06:58")
    sent = sent_at(when, 2, 2)
    text = """شكراً لرسالتكم.
أنا في إجازة حتى يوم الأحد ١٤ شباط/فبراير ولن أتمكن من الرد قبل ذلك. للأمور المتعلقة بالشبكة يرجى مراسلة أمانة السر على العنوان arab.network.migdev@gmail.example.com

سمير حداد
"""
    body = alt(text, "000000000000f0c21805ba4c1c2e", b64=True)
    qid = "4DVb8q3Nn2z4"
    subj = hdr("رد تلقائي: إجازة")
    rows = std_rows(when, "mail-sor-f69.google.example.com", "209.85.220.69", "4DVbBt0Wq7z1",
                    addr("سمير حداد", "samir.haddad.anmd@gmail.example.com"), subj, rfcdate(sent),
                    "<CAF3hZq3Rt0vY8kP2mN6cW1xB5eL9gD7aQ@mail.gmail.example.com>",
                    to="gcmrrarabstates@iom.int",
                    extra=[("Auto-Submitted", "auto-replied")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack_id(qid)), ("References", ack_id(qid))]
    add(7, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Gmail vacation responder of the coordinator Cc'd on h190-06, answering our acknowledgement 74 "
              "seconds later; Arabic only; Auto-Submitted: auto-replied and null Return-Path, no 'Automatic "
              "reply' in English; In-Reply-To names only our acknowledgement. Never acknowledge (loop)."))


def m08():
    # university network, HTML-only, fields pasted from the online registration form, two speakers
    when = at("2021-02-03 12:31:05")
    sent = sent_at(when, 1, 5)
    inner = """<div style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Review Secretariat,</p>
<p>The Mediterranean Migration Studies Network (MMSN) &#8211; a consortium of 14 universities and research institutes on both shores of the Mediterranean &#8211; would like to propose two speakers. To save time I copied below the answers we gave in the online registration form for each of them.</p>
<p><b>--- Speaker 1 ---</b><br>
Full name: Dr. Youssef Karam<br>
Job title: Associate Professor of Political Science<br>
Institution: Levant American College (MMSN member)<br>
Preferred session: Open discussion &#8211; multi-stakeholder consultation (23 Feb)<br>
Language: English / Arabic</p>
<p><b>--- Speaker 2 ---</b><br>
Full name: Salma Bouzid<br>
Job title: PhD researcher, Migration &amp; Labour Lab<br>
Institution: University of the Eastern Maghreb<br>
Preferred session: Thematic roundtable 1 (first choice) or 3<br>
Language: French / Arabic</p>
<p>Both have confirmed their availability. The network would be grateful if at least one of them could be given the floor on behalf of our members.</p>
<p>Best regards,<br>
Giulia Ferrante<br>
Network Manager, MMSN<br>
c/o Department of Social Sciences, Palermo</p>
</div>"""
    body = html_only(inner, newlines=True)
    m = mk(when, sent, "mail.unipa-mmsn.example.net", "151.97.80.12", "4DWc6k9Tt5z7",
           "Giulia Ferrante <network.manager@mmsn.example.net>", "MMSN speakers - registration details",
           "<1612348260512.48213@mmsn.example.net>", body,
           extra=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC87 (Win)/8.8.15_GA_3953)")])
    add(8, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Youssef Karam", "Associate Professor of Political Science", "Levant American College",
           ["open_discussion"]),
        sp("Salma Bouzid", "PhD researcher, Migration & Labour Lab", "University of the Eastern Maghreb",
           ["roundtable"], 1)],
        notes="HTML-only (no text/plain); two speakers given as fields pasted from the online registration form "
              "('Full name / Job title / Institution / Preferred session'); speakers are from member universities, "
              "not the consortium: the remark '(MMSN member)' is not part of the affiliation; 'Dr.' dropped; "
              "roundtable 1 is the first choice of '1 (first choice) or 3'; title with its lab kept as written "
              "('&amp;' decoded). Sender (network manager) is not a speaker."))


def m09():
    # national platform (Morocco), Thunderbird flowed: DOCX report with accented name in RFC 2231 continuations
    when = at("2021-02-03 18:12:40")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Au nom de la Plateforme associative Migrations et Droits (PAMD), j'ai l'honneur de vous transmettre ci-joint notre rapport volontaire collectif dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport a été élaboré lors de trois ateliers (Rabat, Oujda, Tanger) avec les douze associations membres de la plateforme, dont la liste figure en page 2 : Association Tawassoul, Collectif des travailleurs subsahariens, Maison des jeunes migrants, Réseau Femmes et Frontières, etc. Il porte principalement sur les objectifs 4, 15 et 16 du Pacte.

Nous vous serions reconnaissants de bien vouloir en accuser réception.

Cordialement,

-- 
Hicham Berrada
Coordinateur national
Plateforme associative Migrations et Droits (PAMD)
"""
    fname = "Rapport_volontaire_collectif_PAMD_examen_régional_PMM_février_2021.docx"
    doc = make_docx(["Rapport volontaire collectif - Examen régional du PMM", "Plateforme associative Migrations et Droits (PAMD)",
                     "1. Méthodologie : trois ateliers régionaux", "2. Associations membres (12)",
                     "3. Objectifs 4, 15 et 16", "4. Défis", "5. Recommandations"])
    a = leaf(DOCX, doc, cte="base64", params=[("name", '"%s"' % fname.encode("ascii", "replace").decode())],
             disp="attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", fname, 40)))
    body = multi("mixed", [leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")]), a],
                 "------------0C2A7D9E41B3F58A6C0D1E27")
    m = mk(when, sent, "smtp.pamd.example.org", "105.159.20.77", "4DWp2r7Gf1z6",
           "Hicham Berrada <h.berrada@pamd.example.org>",
           hdr("Rapport volontaire collectif – PAMD", enc="Q"),
           "<a71c0e94-3b5d-4f28-8e61-d29b0c7f3a14@pamd.example.org>", body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(9, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="collective report of a national platform (12 members, some named in the body); long accented DOCX "
              "name in RFC 2231 continuations (filename*0*, filename*1*, ...) while the name= parameter carries "
              "'?' in place of the accents: the decoded RFC 2231 name is recorded; Thunderbird format=flowed 8bit."))


def m10():
    # Sudanese coalition, office manager writes for the general coordinator, windows-1256, prose
    when = at("2021-02-04 11:48:03")
    sent = sent_at(when, 2, 9)
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة
السلام عليكم ورحمة الله وبركاته،

بتكليف من المنسق العام للتحالف السوداني من أجل الهجرة الآمنة، الأستاذ الدكتور عبد المنعم الطيب، أتشرف بأن أتقدم إليكم بطلب إتاحة فرصة له لإلقاء مداخلة باسم المنظمات الخمس عشرة الأعضاء في التحالف، وذلك في المائدة المستديرة المواضيعية الثالثة من المؤتمر الاستعراضي الإقليمي.

وقد اتفقت المنظمات الأعضاء على أن يتحدث شخص واحد باسمها جميعاً بدلاً من تقديم طلبات منفصلة.

ولكم جزيل الشكر،

هبة عثمان
مديرة المكتب
التحالف السوداني من أجل الهجرة الآمنة - الخرطوم
"""
    body = alt(text, "----=_NextPart_000_0017_01D6FAE1.6C2B3A90", charset="windows-1256")
    subj = "طلب مداخلة - التحالف السوداني من أجل الهجرة الآمنة"
    m = mk(when, sent, "mail.sudan-safemigration.example.org", "196.29.170.35", "4DXh5d2Rm3z8",
           addr("هبة عثمان", "office@sudan-safemigration.example.org", charset="windows-1256"),
           hdr(subj, "windows-1256"), "<001701d6fad0$6c2b3a90$44818fb0$@sudan-safemigration.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "AQHW+tBsKzs6kESBj7BEgY+wbCs6kA=="),
                  ("Content-Language", "ar-sd")])
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عبد المنعم الطيب", "المنسق العام", "التحالف السوداني من أجل الهجرة الآمنة", ["roundtable"], 3)],
        notes="the office manager writes on behalf of the coalition's general coordinator (sender is not the "
              "speaker); speaker only in prose, his title given before the name ('المنسق العام للتحالف ...'); "
              "the academic honorific 'الأستاذ الدكتور' dropped; one slot for 15 member organisations; "
              "roundtable 'الثالثة'; windows-1256 body and RFC 2047 headers (Outlook 2013)."))


def m11():
    # iPhone thank-you reply to our acknowledgement of h190-01: nothing new
    when = at("2021-02-04 13:15:27")
    sent = sent_at(when, 2, 6)
    qid = "4DQk3b1Vq9z2"
    text = """Many thanks for the quick confirmation, well noted. Prof. Darwish sends her regards.

Tarek

Sent from my iPhone

> On 27 Jan 2021, at 11:21, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
> Dear Tarek Mouawad,
>
> Thank you for your message. We confirm receipt of the request for a speaking role for Hana Darwish (rapporteur).
> The secretariat will come back to you on the programme in due course.
>
> GCM Regional Review - Arab States
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail-pj1-f52.google.example.com", "209.85.216.52", "4DXk9w1Pc6z2",
           "Tarek Mouawad <tarek.mouawad.amrc@gmail.example.com>",
           "Re: Acknowledgement of receipt - AMRC - nomination of a rapporteur for the Regional Review",
           "<9C4E2B71-0D3A-4F8E-B5C6-1A7D92E0F348@gmail.example.com>", body,
           extra=[("In-Reply-To", ack_id(qid)), ("References", "%s %s" % (M01_ID, ack_id(qid))),
                  ("X-Mailer", "iPhone Mail (18C66)")])
    add(11, when, m, dict(category="other", language="en", acknowledge=False, on_time=None,
        thread_of="h190-01.eml",
        notes="a thank-you reply to our acknowledgement of h190-01 that adds nothing new: other, acknowledge "
              "false (LABELS.md); thread_of h190-01 because References names it and it belongs to that "
              "submission's thread (recorded as a careful secretary would file it; not covered by dev). The "
              "quoted acknowledgement is invented."))


def m12():
    # university consortium, Apple Mail, details only in the signature, 23:41 on 5 Feb (on time)
    when = at("2021-02-05 23:41:30")
    sent = sent_at(when, 1, 5)
    text = """Bonsoir,

Au nom du consortium et de ses neuf laboratoires membres, je souhaiterais prendre part à la discussion ouverte de la consultation multipartite du 23 février. Les laboratoires m'ont chargée de porter leurs observations communes sur la mobilité étudiante et la reconnaissance des qualifications (objectif 18).

Je vous prie de m'excuser pour cet envoi tardif.

Bien à vous,

Pr Leïla Mansouri-Fabre
Directrice scientifique
Consortium universitaire Migrations Méditerranée (CUMM)
Laboratoire LAMES – Aix-en-Provence / Université de Sfax
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" '
            'class="">' + "".join('<div class="">%s</div>' % (esc(x) or '<br class="">') for x in text.split("\n"))
            + '</body></html>\n')
    body = alt(text, "Apple-Mail=_4F1D8C2E-7A3B-4E95-9C0D-61B2E8F7A3D5", html=html)
    m = mk(when, sent, "smtp.univ-cumm.example.fr", "193.48.122.9", "4DYq0s8Lk2z7",
           addr("Leïla Mansouri-Fabre", "leila.mansouri-fabre@univ-cumm.example.fr", enc="Q"),
           "Discussion ouverte du 23 =?utf-8?Q?f=C3=A9vrier?=",
           "<7E3F0A91-2C5D-4B86-A1E9-3F70D4C2B815@univ-cumm.example.fr>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Leïla Mansouri-Fabre", "Directrice scientifique", "Consortium universitaire Migrations Méditerranée (CUMM)",
           ["open_discussion"])],
        notes="edge: received 23:41:30 on 5 February Beirut time (Date header 22:41 +0100): on time although the "
              "writer apologises for sending late; name, title and affiliation only in the signature, 'Pr' "
              "dropped; the last signature line (a laboratory and two cities) is not part of the affiliation; "
              "one slot for nine member laboratories; Apple Mail; subject mixes plain text and an encoded word."))


def m13():
    # national platform, HTML-only body with summary and co-signatories + PDF report (Outlook on the web)
    when = at("2021-02-08 15:03:12")
    sent = sent_at(when, 2, 7)
    inner = """<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
Dear Secretariat,<br><br>
On behalf of the <b>Lebanon Civil Society Platform on Migration (LCSPM)</b>, I am pleased to submit the attached voluntary GCM review report, prepared jointly by 31 member organisations between October 2020 and January 2021.<br><br>
<u>Executive summary</u>
<ul>
<li>The economic collapse and the Beirut port explosion have pushed thousands of migrant domestic workers into destitution; many were abandoned by employers outside their embassies (Objectives 7 and 21).</li>
<li>The kafala system remains the main driver of exploitation; the standard unified contract adopted in 2020 was suspended (Objective 6).</li>
<li>Access to COVID-19 testing and vaccination for migrants without papers is uncertain (Objective 15).</li>
</ul>
Co-signing organisations include: Anti-Exploitation Legal Clinic, Migrant Community Centre Beirut, Ethiopian Women's Solidarity Group, Domestic Workers Union of Lebanon, Lebanese Centre for Migration Research, and 26 others listed on page 3 of the report.<br><br>
Please let us know if you need the Arabic version as well.<br><br>
Regards,<br>
Rima Jaber<br>
Platform Facilitator, LCSPM
</div>"""
    fname = "LCSPM_Voluntary_GCM_Review_Report_EN.pdf"
    pdf = report_pdf("Voluntary GCM review report", "Lebanon Civil Society Platform on Migration (LCSPM)",
                     ["Context", "Objectives 6, 7, 15 and 21", "Co-signing organisations (31)", "Recommendations"])
    body = multi("mixed", [html_only(inner, newlines=True), attach("application/pdf", pdf, fname)],
                 "_004_PR3P193MB0846A2C51D7E9B0F3A48C6D1PR3P193MB0846EURP_")
    m = mk(when, sent, "mail-pr3eur02on0129.outbound.protection.outlook.example.com", "40.107.2.129",
           "4DZb3v6Yt9z1", "Rima Jaber <facilitator@lcspm.example.org>",
           "Voluntary GCM review report - Lebanon Civil Society Platform on Migration",
           "<PR3P193MB0846A2C51D7E9B0F3A48C6D1@PR3P193MB0846.EURP193.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes"),
                  ("x-ms-exchange-messagesentrepresentingtype", "1")])
    add(14, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="HTML-only body (no text/plain) with an executive summary in a bulleted list and a partial list of "
              "co-signing organisations; the report itself is the PDF (summary in the body is not the report); "
              "31 members; Outlook on the web."))


def m14():
    # alliance secretariat, Date header still 5 Feb in London, received 00:02 on 6 Feb Beirut: late
    when = at("2021-02-06 00:02:10")
    sent = sent_at(when, 0, 5)
    text = """Dear GCM Review team,

I hope this reaches you before today's deadline.

On behalf of the Horn-Gulf Migrant Rights Alliance (HGMRA) and its member groups in Djibouti, Somalia, Yemen and Saudi Arabia, we would like to request one speaking slot for the Alliance in a plenary session of the Regional Review Conference.

Our proposed speaker is:
Abdirahman Yusuf Farah, Vice-Chair, Horn-Gulf Migrant Rights Alliance

Mr Farah coordinated the Alliance's consultations with returnees along the Eastern Route last autumn.

Best wishes,
Amina Warsame
HGMRA Secretariat (volunteer)
London
"""
    body = alt(text, "000000000000c7a2d905baa1e4f0")
    m = mk(when, sent, "mail-wm1-f52.google.example.com", "209.85.128.52", "4F0a1c3Dz5z2",
           "HGMRA Secretariat <hgmra.secretariat@gmail.example.com>",
           "Speaking slot request - Horn-Gulf Migrant Rights Alliance (plenary)",
           "<CAJx8Ln2Pq5vR9tW0yZ3bC6dE1fG4hK7mS@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Abdirahman Yusuf Farah", "Vice-Chair", "Horn-Gulf Migrant Rights Alliance (HGMRA)", ["plenary"])],
        notes="LATE by 2 minutes 11 seconds: Date header Fri 5 Feb 22:02 +0000 and 'before today's deadline', but "
              "received 00:02:10 on 6 February Beirut time; speaker on one comma-separated line with the "
              "Alliance's name without acronym, the fullest form (with '(HGMRA)') is in the body; volunteer "
              "secretariat sends (sender is not the speaker); 'Mr' dropped; 'London' is the sender's place."))


def m15():
    # network, Gmail: DOCX report (on time) + rapporteur proposal (late): both, on_time false
    when = at("2021-02-10 10:27:55")
    sent = sent_at(when, 1, 6)
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire du Réseau euro-maghrébin Migrations et Solidarités (REMS), rédigé collectivement par les quinze organisations du réseau. Une synthèse en arabe sera envoyée dans les prochains jours.

Par ailleurs, et même si nous savons que la date du 5 février est passée, le réseau souhaiterait proposer Mme Inès Belhadj, coordinatrice du pôle plaidoyer du REMS, pour le rôle de rapporteure chargée de présenter les messages clés des parties prenantes. Elle a animé nos consultations à Tunis, Sfax et Médenine.

Merci d'avance et bonne journée,

Nabil Chérif
Secrétaire exécutif – REMS
"""
    fname = "REMS_Rapport_volontaire_PMM_2021.docx"
    doc = make_docx(["Réseau euro-maghrébin Migrations et Solidarités (REMS)", "Rapport volontaire - examen régional du PMM",
                     "Introduction", "Méthodologie : consultations à Tunis, Sfax et Médenine",
                     "Progrès par objectif", "Défis", "Recommandations", "Annexe : les 15 organisations membres"])
    body = multi("mixed", [alt(text, "0000000000008d3e7f05bb0a9c41"), attach(DOCX, doc, fname)],
                 "0000000000008d3e8105bb0a9c43")
    m = mk(when, sent, "mail-ed1-f53.google.example.com", "209.85.208.53", "4DbF4m7Qs0z9",
           addr("Nabil Chérif", "rems.reseau@gmail.example.com", enc="Q"),
           hdr("Rapport REMS + proposition de rapporteure", enc="Q"),
           "<CAMv2Tq7Kp0xW4eB9rN3yH6cZ1aD8fL5gJs@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Inès Belhadj", "coordinatrice du pôle plaidoyer", "Réseau euro-maghrébin Migrations et Solidarités (REMS)",
           ["rapporteur"])],
        report_attachments=[fname],
        notes="both; received 10 February: report part on time, speaker part late (the writer says so), so "
              "on_time false; speaker in prose ('coordinatrice du pôle plaidoyer du REMS': title with its unit, "
              "acronym as affiliation; fullest form from the first sentence); an Arabic summary is only announced."))


def m16():
    # Egyptian youth coalition, iPhone, colloquial, two speakers from member groups, late
    when = at("2021-02-11 21:14:48")
    sent = sent_at(when, 2, 9)
    text = """مساء الخير،
احنا ائتلاف شباب من أجل هجرة آمنة، تبع ٩ جمعيات ومبادرات في الصعيد والدلتا. عارفين ان ميعاد طلبات الكلام خلص يوم ٥، بس الدعوة وصلتنا متأخر جداً عن طريق جمعية صديقة، فلو ينفع تدونا فرصة نبقى شاكرين.

عايزين نرشح اتنين من الأعضاء:
- محمود سعفان، مدير البرامج، جمعية الصعيد للتنمية والهجرة — للنقاش المفتوح يوم ٢٣
- ياسمين فاروق، منسقة الشباب، مبادرة طريق آمن — في المائدة المستديرة الأولى لو ينفع

وشكراً جزيلاً

مروان

Sent from my iPhone
"""
    body = alt(text, "Apple-Mail-5E1C3A90-7B2D-4F68-9E0A-D31F8C6B4A27", html=br_html(text, "rtl", "-apple-system"))
    m = mk(when, sent, "mail-pg1-f171.google.example.com", "209.85.215.171", "4DcN2h8Xw4z6",
           addr("Marwan Adel", "marwan.adel.youth@gmail.example.com"), hdr("طلب مشاركة متأخر"),
           "<D4A1E8C3-59B0-4E7F-8C2D-A16F30B9E572@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(16, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("محمود سعفان", "مدير البرامج", "جمعية الصعيد للتنمية والهجرة", ["open_discussion"]),
        sp("ياسمين فاروق", "منسقة الشباب", "مبادرة طريق آمن", ["roundtable"], 1)],
        notes="late (11 February), the writer knows it; Egyptian colloquial Arabic; two speakers from member "
              "groups on dashed lines 'name، title، organisation — role'; the coalition's own name is not an "
              "affiliation of either speaker; the sender signs with a first name only and is not a speaker; "
              "iPhone, Latin From display name."))


def m17():
    # the network of h190-06 asks whether the report arrived (Gmail reply quoting it with '>')
    when = at("2021-02-12 09:33:20")
    sent = sent_at(when, 2, 7)
    text = """صباح الخير،
أرسلنا إليكم التقرير الطوعي الجماعي للشبكة يوم ٢ شباط/فبراير (الرسالة أدناه) ولم يصلنا أي تأكيد بالاستلام، وقد وصلنا فقط رد تلقائي من زميلنا الذي كان في النسخة. هل وصلكم التقرير بشكل سليم؟ وهل يمكن إضافة أسماء منظمتين انضمتا إلى التقرير بعد إرساله؟

مع الشكر،
ليلى منصور

في الثلاثاء، ٢ فبراير ٢٠٢١ في ١٠:٠٥ ص، كتب الشبكة العربية للهجرة والتنمية <arab.network.migdev@gmail.example.com>:
> السادة أمانة الاستعراض الإقليمي المحترمين،
> تحية طيبة،
>
> باسم الشبكة العربية للهجرة والتنمية والمنظمات الأعضاء فيها، نرسل إليكم طيّه التقرير الطوعي الجماعي للشبكة حول تنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية.
>
> نرجو التكرم بتأكيد الاستلام.
>
> مع التحية،
> ليلى منصور
> أمينة السر - الشبكة العربية للهجرة والتنمية
"""
    html = br_html(text, "rtl", "Arial")
    body = alt(text, "000000000000a9d04e05bb20f6c8", html=html, b64=True)
    m = mk(when, sent, "mail-wr1-f46.google.example.com", "209.85.221.46", "4Dd8q1Kn5z3",
           addr("الشبكة العربية للهجرة والتنمية", "arab.network.migdev@gmail.example.com"),
           re_hdr("Re: ", "التقرير الطوعي الجماعي - الشبكة العربية للهجرة والتنمية"),
           "<CAF3hZq5Nb2wE7tY0kR4mX9cV1pL6dG8sHj@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M06_ID), ("References", M06_ID)])
    add(17, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        thread_of="h190-06.eml",
        notes="asks whether the report of h190-06 arrived and whether two organisations may be added: a "
              "question, nothing new submitted (the quoted original mentions the attached report but nothing is "
              "attached here); Gmail '>'-quoted reply with an Arabic attribution line; In-Reply-To h190-06."))


def m18():
    # revised collective report (two members added), new message without In-Reply-To, on time
    when = at("2021-02-13 12:50:06")
    sent = sent_at(when, 2, 8)
    text = """السادة أمانة الاستعراض الإقليمي المحترمين،

نرفق لكم النسخة المعدّلة من التقرير الطوعي الجماعي للشبكة العربية للهجرة والتنمية، والتي تحل محل النسخة التي أرسلناها في ٢ شباط/فبراير. التعديل الوحيد هو إضافة منظمتين انضمتا إلى التقرير (جمعية الأرض للعمال الزراعيين - الأردن، ومبادرة جسور - السودان)، فأصبح عدد المنظمات الموقعة تسع عشرة منظمة.

نرجو اعتماد هذه النسخة.

مع التحية،
ليلى منصور
أمينة السر
"""
    fname = "التقرير_الطوعي_الجماعي_الشبكة_العربية_نسخة_معدلة_v2.pdf"
    pdf = report_pdf("Collective voluntary report (Arabic) - revised version v2", "Arab Network for Migration and Development",
                     ["Consultation of 19 member organisations", "Objective 6", "Objective 15", "Objective 20",
                      "List of member organisations (updated)"])
    body = multi("mixed", [alt(text, "000000000000b7e15205bb47a1d2", html=br_html(text, "rtl", "Arial"), b64=True),
                           attach("application/pdf", pdf, fname)], "000000000000b7e15405bb47a1d4")
    m = mk(when, sent, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DfR6t2Vb8z0",
           addr("الشبكة العربية للهجرة والتنمية", "arab.network.migdev@gmail.example.com"),
           hdr("نسخة معدلة: التقرير الطوعي الجماعي - الشبكة العربية للهجرة والتنمية"),
           "<CAF3hZq7Hx4mB1wQ9eT6nR2yK8vD0cS5aLp@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname], thread_of="h190-06.eml",
        notes="revised collective report (v2, two co-signatories added) replacing the PDF of h190-06, sent as a "
              "new message without In-Reply-To/References; thread_of is the first message of the submission "
              "(h190-06), not the question h190-17; on time."))


def m19():
    # coalition of h190-05 replaces its second speaker (Outlook reply, quoted original), late
    when = at("2021-02-15 10:02:44")
    sent = sent_at(when, 1, 6)
    text = """Madame, Monsieur,

Nous vous informons que Mme Awa Ndiaye ne pourra malheureusement pas participer à la conférence pour raisons de santé. Le Bureau exécutif de la CMDM propose qu'elle soit remplacée, pour la même intervention en séance plénière, par M. Hamza Belkacem, juriste à l'Association Karama Solidarité.

La proposition concernant M. Driss Amrani reste inchangée.

Avec nos remerciements,

Khadija Ouazzani
Assistante administrative – CMDM

________________________________
De : Secrétariat CMDM <secretariat@cmdm.example.org>
Envoyé : lundi 1 février 2021 16:40
À : gcmrrarabstates@iom.int
Objet : Propositions d'intervenants - CMDM

Madame, Monsieur,

Suite à votre lettre d'invitation, la Coalition Maghreb Droits des Migrants (CMDM) [...] a le plaisir de vous proposer deux intervenants :

1. M. Driss Amrani, Président de la CMDM, pour la discussion ouverte de la consultation multipartite du 23 février ;

2. Mme Awa Ndiaye, chargée de programme « Femmes en mobilité » à l'Association Karama Solidarité (association membre de la coalition, Oujda), pour une intervention en séance plénière lors de la conférence des 24 et 25 février.
"""
    body = alt(text, "_000_VI1PR08MB3325F7B20C4A9D1E6B8C3A52VI1PR08MB3325eurp_")
    subj = "RE: Propositions d'intervenants - CMDM"
    m = mk(when, sent, "mail-vi1eur08on0115.outbound.protection.outlook.example.com", "40.107.5.115",
           "4DdZ0k5Ln7z4", addr("Secrétariat CMDM", "secretariat@cmdm.example.org", enc="Q"), hdr(subj, enc="Q"),
           "<VI1PR08MB3325F7B20C4A9D1E6B8C3A52@VI1PR08MB3325.eurprd08.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", M05_ID), ("References", M05_ID)]
           + outlook_rows(hdr(subj, enc="Q"), "AdbyGk5rT1Xm8Pq2Lb9nWc4eZ0d3JvACx7Q==", lang="fr-FR"))
    add(19, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Hamza Belkacem", "juriste", "Association Karama Solidarité", ["plenary"])],
        thread_of="h190-05.eml",
        notes="replaces the second speaker of h190-05 (In-Reply-To set); only the new speaker is recorded (as dev "
              "021), the unchanged first speaker and the quoted original are not; role by reference ('la même "
              "intervention en séance plénière'); late (15 February) although the original request was on time; "
              "Outlook-style quoted header, not '>'-prefixed."))


def m20():
    # the consortium of h190-01 sends its report at 23:58:40 on 16 Feb (on time): summary in body, PDF + DOCX annex
    when = at("2021-02-16 23:58:40")
    sent = sent_at(when, 2, 5)
    text = """Dear GCM Regional Review Secretariat,

Just in time, I hope: please find attached the collective voluntary report of the Arab Migration Research Consortium (AMRC), together with Annex B (member centres and authors).

Summary for your records:
The report brings together research by our nine member centres on three GCM objectives: data (Objective 1), consular cooperation (Objective 14) and the portability of social security (Objective 22). Its main conclusion is that evidence on intra-regional labour migration remains scattered and rarely disaggregated by sex, and that governments should open their administrative data to independent researchers.

Apologies for the late hour; our last two centres sent their sign-off only this evening.

Best wishes,
Tarek Mouawad
Research Coordinator | AMRC Secretariat
"""
    f1 = "AMRC_Collective_Voluntary_Report_GCM_2021.pdf"
    f2 = "Annex_B_Member_centres_and_authors.docx"
    pdf = report_pdf("Collective voluntary report", "Arab Migration Research Consortium (AMRC)",
                     ["Objective 1: data", "Objective 14: consular cooperation",
                      "Objective 22: social security portability", "Recommendations"])
    doc = make_docx(["Annex B - Member centres and authors", "1. Institute for Population and Mobility Studies",
                     "2. Centre for Gulf Labour Research", "3. Maghreb Mobility Lab", "... (six more)"])
    body = multi("mixed", [alt(text, "000000000000d2f64a05bb7c3e19"), attach("application/pdf", pdf, f1),
                           attach(DOCX, doc, f2)], "000000000000d2f64c05bb7c3e1b")
    m = mk(when, sent, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DgB9z3Rt1z5",
           "Tarek Mouawad <tarek.mouawad.amrc@gmail.example.com>", "AMRC collective voluntary report (with Annex B)",
           "<CAK7pR2wB5nL8cV1yQ4eT0mH6sJ3kD9xF2g@mail.gmail.example.com>", body)
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[f1, f2],
        notes="edge: received 23:58:40 on 16 February Beirut time: on time; report PDF plus a DOCX annex (both "
              "part of the report) and a summary in the body; same sender as the speaker request h190-01 but a "
              "new submission (the report, announced there), so thread_of is null (the secretary would file it "
              "as the consortium's report, not as a follow-up of the speaker request)."))


def m21():
    # the consortium of h190-12 asks whether its speaker request was accepted + logistics; thread_of h190-12
    when = at("2021-02-17 11:05:33")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Le 5 février au soir, la Pr Mansouri-Fabre vous a écrit pour participer à la discussion ouverte du 23 février au nom du Consortium universitaire Migrations Méditerranée. Nous n'avons pas reçu de réponse sur le programme : pourriez-vous nous confirmer si sa demande a été retenue ?

Par ailleurs, plusieurs chercheurs de nos laboratoires membres souhaiteraient suivre la consultation en ligne sans prendre la parole. Faut-il que chacun s'inscrive individuellement, et l'interprétation en français sera-t-elle assurée ?

Avec mes remerciements,

Camille Roux
Chargée de projet – CUMM
"""
    body = alt(text, "Apple-Mail=_9B2E4C71-3D8A-4F05-B6E1-07C5A9D3F28E")
    m = mk(when, sent, "smtp.univ-cumm.example.fr", "193.48.122.9", "4DgP5c7Hm2z8",
           "Camille Roux <camille.roux@univ-cumm.example.fr>", hdr("Suivi de notre demande et inscription des membres", enc="Q"),
           "<B81D5F20-6E3C-4A97-9D42-C0F7A1E8B356@univ-cumm.example.fr>", body,
           extra=[("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")])
    add(21, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        thread_of="h190-12.eml",
        notes="a colleague of the sender of h190-12 asks whether that speaker request was accepted, and asks "
              "about online attendance and interpretation for members: other; no new speaker (the researchers "
              "would attend 'sans prendre la parole'); thread_of h190-12 by content, as dev 040, although there "
              "is no In-Reply-To and the sender is a different person of the same consortium."))


M22_ID = "<1434270128.2281945.1613637902117@mail.yahoo.example.com>"


def m22():
    # Mauritanian coalition forwards a member's e-mail with the collective report PDF, co-signatories in the body; late
    when = at("2021-02-18 10:45:06")
    sent = sent_at(when, 0, 4)
    text = """Bonjour,

Je vous transfère ci-dessous le message de notre association membre qui a coordonné la rédaction, avec le rapport collectif en pièce jointe. Nous savons que le délai était fixé au 16 février et vous prions d'excuser ce retard dû à la validation par les membres.

Organisations co-signataires : Association mauritanienne pour la protection des migrants (AMPM), Collectif des femmes de Nouadhibou, Réseau des jeunes de la diaspora, Comité de soutien aux pêcheurs migrants, Ligue Sahel Mobilités.

Salutations,
Mariem Mint Ahmed
Coalition mauritanienne Migrations et Développement

----- Message transféré -----
De : Sidi Ould Brahim <ampm.nouadhibou@yahoo.example.com>
À : Mariem Mint Ahmed <cmmd.coalition@yahoo.example.com>
Envoyé : mercredi 17 février 2021 à 19:12:40 UTC
Objet : rapport collectif final

Mariem,
Voici la version finale validée par les cinq organisations. Tu peux l'envoyer à l'adresse de l'OIM.
Sidi
"""
    fname = "Rapport_collectif_CMMD_PMM_2021.pdf"
    pdf = report_pdf("Rapport volontaire collectif - PMM", "Coalition mauritanienne Migrations et Developpement",
                     ["Methodologie", "Objectifs 2, 7 et 10", "Defis", "Recommandations", "Organisations co-signataires"])
    body = multi("mixed", [alt(text, "----=_Part_2281944_1510482360.1613637902116"),
                           attach("application/pdf", pdf, fname)], "----=_Part_2281943_1177406231.1613637902115")
    m = mk(when, sent, "sonic305-21.consmr.mail.ir2.yahoo.example.com", "77.238.177.150", "4DhK2s9Wx6z3",
           "Mariem Mint Ahmed <cmmd.coalition@yahoo.example.com>", "Fw: rapport collectif final", M22_ID, body,
           cc="Sidi Ould Brahim <ampm.nouadhibu@yahoo.example.com>",
           extra=[("X-Mailer", "WebService/1.1.17712 YMailNorrin")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (18 February), the sender apologises; forward of a member's message (the PDF is attached to "
              "the forward itself); co-signatories listed in the body; Yahoo; the Cc'd member address is "
              "misspelt ('nouadhibu'), so the acknowledgement copy bounces (h190-23)."))


def m23():
    # Postfix DSN: our acknowledgement of h190-22 to the misspelt Cc address, user unknown
    when = at("2021-02-18 10:45:49")
    text = POSTFIX_NOTICE + """
<ampm.nouadhibu@yahoo.example.com>: host mta7.am0.yahoodns.example.net[98.136.96.75]
    said: 554 delivery error: dd This user doesn't have a yahoo.example.com
    account (ampm.nouadhibu@yahoo.example.com) [0] (in reply to end of DATA
    command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DhK3f1Qp8z5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; ampm.nouadhibu@yahoo.example.com\n"
           "Original-Recipient: rfc822;ampm.nouadhibu@yahoo.example.com\n"
           "Action: failed\n"
           "Status: 5.0.0\n"
           "Remote-MTA: dns; mta7.am0.yahoodns.example.net\n"
           "Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a\n"
           "    yahoo.example.com account (ampm.nouadhibu@yahoo.example.com) [0]\n"
           % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: cmmd.coalition@yahoo.example.com\n"
            "Cc: ampm.nouadhibu@yahoo.example.com\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception?= - Fw: rapport collectif final\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=4)), ack_id("4DhK2s9Wx6z3"), M22_ID))
    body = dsn_report(text, dsn, hdrs, "4DhK3f1Qp8z5.1613637949/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DhK3h6Tn0z2; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210218084549.4DhK3h6Tn0z2@mx1.iom.int>")]
    add(23, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, permanent failure for the Cc copy of our French acknowledgement of h190-22 (misspelt "
              "address): the delivery to the sender itself succeeded; returned headers only, their In-Reply-To "
              "names h190-22, but a bounce is never part of a submission (thread_of null, as dev bounces). Never "
              "acknowledge."))


def m24():
    # Libyan platform, HTML-only base64: DOCX report + one speaker for roundtable 3; both parts late
    when = at("2021-02-19 13:20:17")
    sent = sent_at(when, 2, 6)
    inner = """<div dir="rtl" style="font-family:Tahoma;font-size:11pt">
<p>السلام عليكم،</p>
<p>تتشرف المنصة الليبية لمنظمات المجتمع المدني العاملة في مجال الهجرة بأن ترسل إليكم تقريرها الطوعي الجماعي، الذي شاركت في إعداده إحدى عشرة منظمة عضواً من طرابلس وبنغازي وسبها ومصراتة، ونعتذر عن التأخير بسبب صعوبات الاتصال وانقطاع الكهرباء.</p>
<p>كما تطلب المنصة، نيابة عن أعضائها، منح مقعد واحد لممثلها في المائدة المستديرة رقم 3:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>الاسم</td><td>م. نادر الورفلي</td></tr>
<tr><td>الصفة</td><td>رئيس الهيئة التنسيقية</td></tr>
<tr><td>الجهة</td><td>المنصة الليبية لمنظمات المجتمع المدني العاملة في مجال الهجرة</td></tr>
</table>
<p>وتقبلوا فائق التقدير،<br>
عائشة البرعصي<br>
مسؤولة الاتصال بالمنصة - بنغازي</p>
</div>"""
    fname = "تقرير_المنصة_الليبية_الطوعي.docx"
    doc = make_docx(["Libyan Platform of Civil Society Organisations working on Migration",
                     "Collective voluntary GCM review report (Arabic)", "1. Introduction",
                     "2. Methodology: 11 member organisations", "3. Progress by objective", "4. Challenges",
                     "5. Recommendations"])
    body = multi("mixed", [html_only(inner, rtl=False, b64=True, newlines=True), attach(DOCX, doc, fname)],
                 "b1_7c3e9a4f2d15b608e91c4a7f3d20b5e6")
    m = mk(when, sent, "mail.lpcsom.example.org", "41.208.71.30", "4DjC8n0Fq3z7",
           addr("المنصة الليبية للهجرة", "info@lpcsom.example.org"),
           hdr("التقرير الطوعي الجماعي وطلب مداخلة - المنصة الليبية"),
           "<b17c3e9a4f2d15b608e91c4a7f3d20b5@lpcsom.example.org>", body,
           extra=[("X-Mailer", "PHPMailer 6.1.6 (https://github.com/PHPMailer/PHPMailer)")])
    add(24, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("نادر الورفلي", "رئيس الهيئة التنسيقية", "المنصة الليبية لمنظمات المجتمع المدني العاملة في مجال الهجرة",
           ["roundtable"], 3)],
        report_attachments=[fname],
        notes="both, both parts late (19 February); HTML-only base64 body with the speaker in a two-column HTML "
              "table; 'م.' (engineer, a professional honorific) dropped from the name as a secretary would; one "
              "slot for 11 members; sender (communication officer) is not the speaker; Arabic DOCX name (RFC "
              "2231 + RFC 2047); webmail through PHPMailer."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m14, m13, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()

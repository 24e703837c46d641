#!/usr/bin/env python3
"""Write the blind evaluation set holdout272 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets272.py
Theme: heavy packaging (25 January - 18 February 2021).  The content of each message sits inside the wrapping that
corporate and institutional mail systems and online tools add to it: a Dubai facilities company's Teams meeting
request with a Microsoft Information Protection label and a long disclaimer, a Jordanian legal-aid association's
speaker request written by a helpdesk agent in Zendesk (its Zendesk autoresponder then answers our
acknowledgement), a Tunisian platform's Zoom invitation to its pre-consultation webinar, an international NGO's
speaker nomination sent from Salesforce through a no-reply address (our acknowledgement bounces), a Casablanca
foundation's self-nomination whose name is only in a signature table above a bilingual disclaimer (its report
follows on the last evening as a reply to our acknowledgement, under an '[EXTERNE]' banner), an Omani observatory
whose report is a OneDrive link and whose rapporteur is in the body (its thank-you, under a 'CAUTION: External
email' banner, follows), a Beirut university lab forwarding a co-author's message tagged by the university's
gateway, a Beirut association forwarding its own earlier message sent to a mistyped address ('Voir
ci-dessous'), an Amman secretary-general's office writing 'on behalf of', a Tunisian federation's Dynamics CRM
tracking token at 23:58 on the speaker deadline, a Yemeni forum seven minutes late from Outlook for Android, a
Doha alliance's report with its annexes on Dropbox and its own 'see below' forward five days later, a Fayoum
association's Google Drive link (forwarded with the PDF after a permission request), a Google Docs share
notification from Oran, a SharePoint share notification from Amman (with the sender's out-of-office), a
Sendinblue newsletter announcing a report, and a Djibouti researcher who only wants the Zoom link.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, hdr, leaf, make_png, mk, multi,
                     re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top, exchange_ooo_rows)
from mailgen import outlook_rows as outlook
from mailgen import ack_id as ack_mid, logo

SET = EvalSet(272)
add = SET.add
H = "h272-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
OUTLOOK16 = "Microsoft Outlook 16.0"
YAHOO_IOS = "YahooMailIosMobile/6.19.1 (iPhone; iOS 14.4)"


# ---------------------------------------------------------------- local helpers
def icon(cid, name, rgb, size=16):
    """A social-media icon or small banner image of a signature, inline, referred to by its Content-ID."""
    return leaf("image/png", make_png(size, size, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='inline; filename="%s"' % name, extra=[("Content-ID", "<%s>" % cid)])


def ol_paras(text, rtl=False):
    d = ' dir="rtl" align="right"' if rtl else ""
    return "".join('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (d, esc(p).replace("\n", "<br>\n"))
                   for p in text.strip("\n").split("\n\n"))


def ol_page(inner, lang="EN-US", rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang="%s" link="#0563C1" vlink="#954F72"%s><div class="WordSection1">%s</div></body>'
            '</html>\n' % (lang, d, inner))


def sig_table(lines, logo_cid=None, icons=(), rtl=False, color="#1F3864"):
    """A corporate HTML signature: logo cell, then one line per row, then a row of linked social icons."""
    d = ' dir="rtl"' if rtl else ""
    rows = "".join('<p class="MsoNormal"%s><span style="font-size:9.0pt;color:%s">%s</span></p>'
                   % (d, color if k == 0 else "#595959", esc(x)) for k, x in enumerate(lines))
    icn = "".join('<a href="%s"><img border="0" width="18" height="18" src="cid:%s" alt="%s"></a>&nbsp;'
                  % (url, cid, alt_) for cid, url, alt_ in icons)
    logo_td = ('<td style="padding:0 12px 0 0;border-right:solid #1F3864 1.5pt"><img width="96" height="48" '
               'src="cid:%s" alt="logo"></td>' % logo_cid) if logo_cid else ""
    return ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0"%s><tr>%s<td style="padding:0 '
            '0 0 12px">%s<p class="MsoNormal">%s</p></td></tr></table>' % (d, logo_td, rows, icn))


def small(text, rtl=False, color="#808080"):
    d = ' dir="rtl"' if rtl else ""
    return "".join('<p class="MsoNormal"%s><span style="font-size:7.5pt;color:%s">%s</span></p>'
                   % (d, color, esc(p).replace("\n", "<br>")) for p in text.strip("\n").split("\n\n"))


def ics_fold(lines):
    out = []
    for ln in lines:
        while len(ln) > 74:
            out.append(ln[:74])
            ln = " " + ln[74:]
        out.append(ln)
    return "\n".join(out) + "\n"


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'examen régional du Pacte mondial pour des migrations sûres, "
                "ordonnées et régulières dans la région arabe accuse réception de votre message « %s » et de %s. Le "
                "secrétariat reviendra vers vous au sujet du programme.\n\nExamen régional du PMM – États arabes"
                % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


MIP = "MSIP_Label_%s_%s"


def msip(label_id, name, when_utc, site, action):
    keys = [("Enabled", "true"), ("SetDate", when_utc), ("Method", "Standard"), ("Name", name), ("SiteId", site),
            ("ActionId", action), ("ContentBits", "0")]
    return "; ".join("%s=%s" % (MIP % (label_id, k), v) for k, v in keys)


# ================================================================ 01  EN  other  Dubai facilities company: Teams meeting request
M01_SUBJ = "GCM Regional Review - introductory call on private sector participation"


def m01():
    when = at("2021-01-25 10:41:07")
    join = ("https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_ZjM4NWQ2YTEtYjg3Zi00ZTVkLWE1Y2Mt"
            "OTAxZDdlYTJlYzQ4%40thread.v2/0?context=%7b%22Tid%22%3a%22b2a1c9e4%22%7d")
    body_text = """Dear GCM Regional Review team,

I hope this finds you well. I am reaching out on behalf of the Sustainability & Social Impact team at Meridian Gulf Facilities Management. We employ around 11,000 people across the UAE, Qatar and Oman, almost all of them migrant workers from South Asia and East Africa, and since 2019 we have been running a zero-recruitment-fee pilot in two sourcing corridors (Nepal and Kenya).

We have seen the invitation to the multi-stakeholder consultation and the regional conference, and before committing to anything we would like to understand how a private company can contribute appropriately. In particular: are companies expected or welcome to submit a voluntary report, would it be appropriate for us to put a speaker forward at some point, and how will the participation of employers be organised alongside trade unions and civil society?

I have taken the liberty of sending a Teams invitation for a 30-minute introductory call on Thursday 28 January at 11:00 Beirut time (13:00 Dubai). If the slot does not suit, please propose another time or forward the invitation to the right colleague.

Kind regards,
Karim"""
    sig_lines = ["Karim Nassar", "Head of Sustainability & Social Impact",
                 "Meridian Gulf Facilities Management LLC",
                 "Level 14, Boulevard Plaza Tower 2, Downtown Dubai | PO Box 000000, Dubai, United Arab Emirates",
                 "T +971 4 000 0000 | M +971 50 000 0000 | www.meridiangulf.example.com"]
    teams = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer or mobile app
Click here to join the meeting<%s>
Or call in (audio only)
+971 4 000 0000,,482615903#   United Arab Emirates, Dubai
Phone Conference ID: 482 615 903#
Find a local number<https://dialin.teams.microsoft.example.com/8d1f3c2a?id=482615903> | Reset PIN<https://mysettings.lync.example.com/pstnconferencing>
Learn More<https://aka.example.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.example.com/meetingOptions/?organizerId=5e7c&tenantId=b2a1c9e4&threadId=19_meeting_ZjM4NWQ2YTEt&messageId=0&language=en-US>
________________________________________________________________________________""" % join
    disclaimer = ("Classification: Internal\n\n"
                  "DISCLAIMER: This e-mail and any attachments are confidential and may be legally privileged. They "
                  "are intended solely for the use of the addressee(s). If you are not the intended recipient, please "
                  "notify the sender immediately by return e-mail and delete this message and any copies from your "
                  "system; you must not copy, distribute, disclose or use any part of it. Meridian Gulf Facilities "
                  "Management LLC does not accept liability for any loss or damage arising from the use of this "
                  "e-mail or attachments, or from viruses they may contain. Any views or opinions expressed are "
                  "those of the author and do not necessarily represent those of Meridian Gulf Facilities "
                  "Management LLC or its affiliates. Meridian Gulf Facilities Management LLC is registered with the "
                  "Dubai Department of Economic Development, licence no. 000000.\n\n"
                  "Please consider the environment before printing this e-mail.")
    text = (body_text + "\n\n" + "\n".join(sig_lines) + "\n"
            "LinkedIn<https://www.linkedin.example.com/company/meridian-gulf-fm> | "
            "Twitter<https://twitter.example.com/MeridianGulfFM> | "
            "Instagram<https://instagram.example.com/meridiangulf> | "
            "YouTube<https://youtube.example.com/c/MeridianGulfFM>\n"
            "[Winner - Gulf Sustainability Awards 2020: Responsible Employer of the Year]\n\n"
            + teams + "\n\n" + disclaimer + "\n")
    base = "image00%d.png@01D6F2F1.6A3B8C20"
    icons = [(base % 2, "https://www.linkedin.example.com/company/meridian-gulf-fm", "LinkedIn"),
             (base % 3, "https://twitter.example.com/MeridianGulfFM", "Twitter"),
             (base % 4, "https://instagram.example.com/meridiangulf", "Instagram"),
             (base % 5, "https://youtube.example.com/c/MeridianGulfFM", "YouTube")]
    teams_html = ('<div style="width:100%%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
                  '________________________________________________________________________________</span></div>'
                  '<div class="me-email-text" lang="en-US" style="color:#252424"><div style="margin-top:24px;'
                  'margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>'
                  '<div><span style="font-size:14px;font-weight:600">Join on your computer or mobile app</span></div>'
                  '<a class="me-email-headline" href="%s" target="_blank" style="font-size:14px;color:#6264a7">Click '
                  'here to join the meeting</a><div style="margin-top:20px"><span style="font-size:14px;'
                  'font-weight:600">Or call in (audio only)</span></div><div><a href="tel:+97140000000,,482615903#">'
                  '+971 4 000 0000,,482615903#</a> United Arab Emirates, Dubai</div><div>Phone Conference ID: 482 '
                  '615 903#</div><div><a href="https://aka.example.ms/JoinTeamsMeeting">Learn More</a> | <a href="'
                  'https://teams.microsoft.example.com/meetingOptions/">Meeting options</a></div></div>'
                  '<div style="width:100%%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">'
                  '________________________________________________________________________________</span></div>'
                  % esc(join))
    inner = (ol_paras(body_text) + '<p class="MsoNormal">&nbsp;</p>'
             + sig_table(sig_lines, base % 1, icons)
             + '<p class="MsoNormal"><img width="420" height="40" src="cid:%s" alt="Winner - Gulf Sustainability '
               'Awards 2020: Responsible Employer of the Year"></p>' % (base % 6)
             + teams_html + small(disclaimer))
    html = ol_page(inner)
    desc = ("Dear GCM Regional Review team\\,\\n\\nIntroductory call on private sector participation in the "
            "multi-stakeholder consultation and the regional conference.\\n\\nMicrosoft Teams meeting\\nJoin: %s\\n"
            % join.replace(",", "\\,").replace(";", "\\;"))
    ics = ics_fold([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Arabian Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Karim Nassar:mailto:karim.nassar@meridiangulf.example.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gcmrrarabstates@iom.int:mailto:"
        "gcmrrarabstates@iom.int",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Verghese:mailto:"
        "aisha.verghese@meridiangulf.example.com",
        "DESCRIPTION;LANGUAGE=en-US:" + desc,
        "UID:040000008200E00074C5B7101A82E00800000000C07E3B1E63F2D6010000000000000000100000004B7A2F9E61D35C489A0E"
        "7F21C3D84B56",
        "SUMMARY;LANGUAGE=en-US:" + M01_SUBJ,
        "DTSTART;TZID=Arabian Standard Time:20210128T130000",
        "DTEND;TZID=Arabian Standard Time:20210128T133000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20210125T084100Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2119473651",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Microsoft Teams Meeting\","
        "\"LocationAnnotation\":\"\",\"LocationUri\":\"\",\"LocationStreet\":\"\",\"LocationCity\":\"\","
        "\"LocationState\":\"\",\"LocationCountry\":\"\",\"LocationPostalCode\":\"\",\"LocationFullAddress\":\"\"}]",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    rel = multi("related", [leaf("text/html", html),
                            logo(base % 1, (0, 84, 147)),
                            icon(base % 2, "image002.png", (10, 102, 194)),
                            icon(base % 3, "image003.png", (29, 161, 242)),
                            icon(base % 4, "image004.png", (193, 53, 132)),
                            icon(base % 5, "image005.png", (255, 0, 0)),
                            leaf("image/png", make_png(140, 14, (201, 162, 39)), cte="base64",
                                 params=[("name", '"image006.png"')], disp='inline; filename="image006.png"',
                                 extra=[("Content-ID", "<%s>" % (base % 6))])],
                "_004_DB8PR10MB3417A2C5F19E6B04_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel,
                                 leaf("text/calendar", ics, cte="base64", params=[("method", "REQUEST")])],
                 "_000_DB8PR10MB3417A2C5F19E6B04_")
    m = mk(when, sent_at(when, 4, 8), "mail-db8eur10on2061.outbound.protection.outlook.example.com",
           "198.51.100.61", "4DPbS21mKfz3", "Karim Nassar <karim.nassar@meridiangulf.example.com>", M01_SUBJ,
           "<DB8PR10MB3417A2C5F19E6B04DE7C81B4A9F10@DB8PR10MB3417.EURPRD10.PROD.OUTLOOK.example.com>", body,
           cc="Aisha Verghese <aisha.verghese@meridiangulf.example.com>",
           extra=outlook(M01_SUBJ, "AdbzBk7Yx2Pq5VnWT9KLz0m3cR1sHg==", lang="en-US", has_attach="yes")
           + [("msip_labels", msip("5a8c2e71-3f0b-4d96-8e1a-c7b24d90f613", "Internal", "2021-01-25T08:40:52Z",
                                   "b2a1c9e4-70d3-4f5a-9c2e-61e8a0d4b7f5", "9d3e1f07-28b4-4c6a-a5f9-0e2c71d8b463")),
              ("Content-class", "urn:content-classes:calendarmessage")])
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a company's Outlook meeting request (text + HTML + text/calendar method=REQUEST, Teams join block "
              "with dial-in numbers) for an introductory call: three questions about how a private company may take "
              "part ('are companies expected or welcome to submit a voluntary report, would it be appropriate for "
              "us to put a speaker forward at some point') - no report, no named speaker. Heavy packaging: MIP "
              "'Classification: Internal' label (msip_labels header and line), a long legal disclaimer, a "
              "six-image signature (logo, four social icons, an awards banner). The sender's own title in the "
              "signature is not a speaker; Date UTC+4 (Dubai). A person's message to the address: acknowledge."))


# ================================================================ 02  AR  speaker  Jordanian legal-aid association writes from its Zendesk helpdesk
M02_SUBJ = "طلب مداخلة في المائدة المستديرة الثانية - جمعية نبراس [#5127]"
M02_ID = "<ZD8YQ4ZPK2LX_6011313c8a2f4_5bd73fc2a14d9f0c21446_sprut@zendesk.example.com>"
M02_QID = "4DQ7Vt1hXcz9"
ZD_FROM = "support@nibras-legal.zendesk.example.com"


def m02():
    when = at("2021-01-27 11:18:36")
    comment = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين،

تحية طيبة وبعد،

أكتب إليكم من قسم خدمة المستفيدين في جمعية نبراس. نستخدم نظام التذاكر هذا لمتابعة جميع مراسلاتنا الخارجية، لذلك ستجدون رقماً مرجعياً في عنوان الرسالة وسطراً في أعلاها، نرجو تجاهلهما.

بالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي، يسرّنا أن نرشّح الأستاذة رشا عودة، مديرة الوحدة القانونية في جمعية نبراس للمساعدة القانونية للعمال المهاجرين، لتقديم مداخلة من القاعة في المائدة المستديرة المواضيعية الثانية.

تتابع الأستاذة رشا منذ 2016 قضايا العاملات في المنازل وعمال الزراعة أمام محاكم العمل في عمّان والمفرق، وقد ترافعت خلال سنة 2020 وحدها في أكثر من 140 قضية أجور متأخرة وحجز وثائق سفر.

وإذا في أي استفسار، بتقدروا تردّوا على هالإيميل مباشرة وبيوصلنا، أو تتواصلوا معي على الرقم أدناه.

مع الشكر والتقدير،
ديما الحوراني
مسؤولة خدمة المستفيدين
جمعية نبراس للمساعدة القانونية للعمال المهاجرين
هاتف: +962 6 000 0000 | الخط الساخن: +962 79 000 0000"""
    text = ("##- الرجاء كتابة ردك فوق هذا السطر -##\n\n"
            "رقم طلبك (5127)\n\n"
            "ديما الحوراني (جمعية نبراس للمساعدة القانونية)\n27 يناير 2021، 11:18 ص EET\n\n"
            + comment + "\n\n"
            "--------------------------------\n"
            "تم إرسال هذه الرسالة الإلكترونية من قبل جمعية نبراس للمساعدة القانونية للعمال المهاجرين.\n"
            "This email is a service from Nibras Legal Aid. Delivered by Zendesk\n\n"
            "[8YQ4ZP-K2LX]\n")
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml" '
            'dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<style type="text/css">table td{border-collapse:collapse}</style></head>'
            '<body style="font-size:14px;font-family:\'Lucida Grande\',Tahoma,Verdana,Arial,sans-serif;'
            'direction:rtl">'
            '<div style="padding:2px;font-family:\'Lucida Grande\',Verdana,Arial,sans-serif;font-size:12px;'
            'color:#b5b5b5">##- الرجاء كتابة ردك فوق هذا السطر -##</div>'
            '<p dir="rtl">رقم طلبك (5127)</p>'
            '<div style="margin-top:25px" data-version="2"><table width="100%%" cellpadding="0" cellspacing="0" '
            'border="0" role="presentation"><tr><td width="100%%" style="padding:15px 0;border-top:1px dotted '
            '#c5c5c5"><table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr>'
            '<td valign="top" style="padding:0 15px 0 15px;width:40px"><img width="40" height="40" alt="" '
            'style="border-radius:5px" src="https://nibras-legal.zendesk.example.com/system/photos/3601/'
            'dima_avatar.png" /></td><td width="100%%" style="padding:0;margin:0" valign="top">'
            '<p style="font-size:15px;color:#1b1d1e;margin-bottom:0"><strong>ديما الحوراني (جمعية نبراس للمساعدة '
            'القانونية)</strong></p><p style="font-size:13px;color:#bbbbbb;margin-top:0">27 يناير 2021، 11:18 ص '
            'EET</p><div class="zd-comment" dir="auto" style="color:#2b2e2f;font-size:14px;line-height:22px">%s'
            '</div></td></tr></table></td></tr></table></div>'
            '<div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee">'
            'تم إرسال هذه الرسالة الإلكترونية من قبل جمعية نبراس للمساعدة القانونية للعمال المهاجرين.<br />'
            '<span dir="ltr">This email is a service from Nibras Legal Aid. Delivered by <a href="https://'
            'www.zendesk.example.com/support/?utm_medium=poweredbyzendesk" style="color:black">Zendesk</a></span>'
            '</div><span style="color:#FFFFFF" aria-hidden="true">[8YQ4ZP-K2LX]</span></body></html>\n'
            % "".join('<p dir="rtl">%s</p>' % "<br />".join(esc(x) for x in p.split("\n"))
                      for p in comment.split("\n\n")))
    body = alt(text, "--==_mimepart_6011313c8c1d6_5bd73fc2a14d9f0c2134a", html=html)
    m = mk(when, sent_at(when, 0, 5), "outbyoip7.pod18.use1.zdsys.example.com", "192.0.2.207", M02_QID,
           addr("ديما الحوراني (جمعية نبراس)", ZD_FROM), hdr(M02_SUBJ), M02_ID, body,
           ret="bounces+8YQ4ZPK2LX@nibras-legal.zendesk.example.com",
           extra=[("Reply-To", addr("جمعية نبراس للمساعدة القانونية", "support+id5127@nibras-legal.zendesk.example.com")),
                  ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "a41c7d2"),
                  ("X-Zendesk-Email-Id", "01EX3Q7M9K8ZP4V2TC5RWNJ6HD"), ("X-Zendesk-Ticket-Id", "5127"),
                  ("X-Zendesk-Priority", "normal")])
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("رشا عودة", "مديرة الوحدة القانونية", "جمعية نبراس للمساعدة القانونية للعمال المهاجرين",
           ["roundtable"], 2)],
        notes="a person's speaker request typed by a helpdesk agent in Zendesk: From is the association's Zendesk "
              "support address with the agent's name, Reply-To a ticket address, X-Mailer 'Zendesk Mailer', the "
              "'##- الرجاء كتابة ردك فوق هذا السطر -##' line, a ticket number in the subject and body, an English "
              "'Delivered by Zendesk' footer and a hidden token - but no Auto-Submitted: written by a person, so "
              "acknowledged. 'الأستاذة' dropped; 'المائدة المستديرة المواضيعية الثانية' = 2; 140 cases and 2016 are "
              "noise. The agent who signs is not the speaker. The helpdesk's autoresponder answers our "
              "acknowledgement (h272-03). Levantine sentence ('بتقدروا تردّوا على هالإيميل')."))


# ================================================================ 03  AR  auto_reply  the Zendesk autoresponder answers our acknowledgement of 02
def m03():
    when = at("2021-01-27 11:19:02")
    ack = ack_mid(M02_QID)
    text = """##- الرجاء كتابة ردك فوق هذا السطر -##

مرحباً،

شكراً لتواصلك مع جمعية نبراس للمساعدة القانونية للعمال المهاجرين. تم استلام طلبك وتسجيله برقم 5131، وسيقوم أحد أعضاء فريقنا بالرد عليك خلال يومي عمل.

إذا كنت عاملاً أو عاملة مهاجرة وتحتاج إلى مساعدة قانونية عاجلة، اتصل بخطنا الساخن على مدار الساعة: +962 79 000 0000 (العربية، الإنجليزية، البنغالية، السنهالية، الأمهرية).

يمكنك متابعة طلبك على الرابط: https://nibras-legal.zendesk.example.com/hc/requests/5131

فريق نبراس

--------------------------------
تم إرسال هذه الرسالة الإلكترونية من قبل جمعية نبراس للمساعدة القانونية للعمال المهاجرين.
This email is a service from Nibras Legal Aid. Delivered by Zendesk

[2MRW7J-Q9DE]
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>'
            '<body style="font-family:Tahoma,Arial,sans-serif;font-size:14px;direction:rtl">%s</body></html>\n'
            % "".join('<p dir="rtl">%s</p>' % "<br />".join(esc(x) for x in p.split("\n"))
                      for p in text.strip("\n").split("\n\n")))
    body = alt(text, "--==_mimepart_60113156d2e0b_2f6a3fb9c7ad1f0852913", html=html)
    subj = hdr("[نبراس] تم استلام طلبك: Re: تأكيد استلام - " + M02_SUBJ)
    rows = std_rows(when, "outbyoip4.pod18.use1.zdsys.example.com", "192.0.2.204", "4DQ7W52kLmz1",
                    addr("جمعية نبراس للمساعدة القانونية", ZD_FROM), subj, rfcdate(sent_at(when, 0, 4)),
                    "<ZD2MRW7JQ9DE_60113156d3a21_2f6a3fb9c7ad1f08530bf_sprut@zendesk.example.com>",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                           ("X-Zendesk-From-Account-Id", "a41c7d2"), ("X-Zendesk-Ticket-Id", "5131"),
                           ("Reply-To", addr("جمعية نبراس للمساعدة القانونية",
                                             "support+id5131@nibras-legal.zendesk.example.com"))],
                    ret="bounces+2MRW7JQ9DE@nibras-legal.zendesk.example.com")
    rows += [("In-Reply-To", ack), ("References", M02_ID + " " + ack)]
    add(3, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="the association's Zendesk trigger answering our acknowledgement of h272-02 26 seconds later: it "
              "opens a new ticket (#5131) and thanks us as if we were a beneficiary; Auto-Submitted: "
              "auto-generated, same helpdesk address and footer as the human message h272-02. Acknowledging would "
              "start a ticket loop; thread_of null as for dev auto-replies."))


# ================================================================ 04  FR  other  Tunisian platform: Zoom invitation to its national pre-consultation
def m04():
    when = at("2021-01-29 15:06:50")
    subj = "Invitation : Pré-consultation nationale – Examen régional du PMM (Zoom, 9 février)"
    zoom = "https://us02web.zoom.example.us/j/84512367890?pwd=TFJxQ2dVZ3RzYk9mN0xWbUp5K2N3Zz09"
    body_text = """Madame, Monsieur,

La Plateforme Tunisienne pour les Droits des Migrants (PTDM) organise le mardi 9 février 2021, de 10 h à 12 h (heure de Tunis), une pré-consultation nationale en ligne en vue de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe. Une trentaine d'associations, de syndicats et de chercheurs de Tunis, Sfax, Médenine et Zarzis y sont attendus.

Nous serions très honorés qu'une personne du secrétariat de l'examen régional puisse présenter, en une dizaine de minutes, le déroulement de la consultation multipartite du 23 février et de la conférence des 24 et 25 février, et répondre aux questions des participants sur les modalités de participation.

Les conclusions de cette pré-consultation alimenteront le rapport volontaire que la PTDM vous adressera avant le 16 février.

Vous trouverez ci-dessous le lien de connexion Zoom ; l'invitation est également jointe au format calendrier. Merci de nous indiquer si une participation est possible et, le cas échéant, le nom de la personne qui interviendra.

Bien cordialement,

Salma Ayari
Chargée de programmes
Plateforme Tunisienne pour les Droits des Migrants (PTDM)
14, rue d'Angleterre – 1000 Tunis, Tunisie
Tél. : +216 71 000 000 | Mob. : +216 98 000 000
www.ptdm.example.tn | Facebook : PTDM.Tunisie | Twitter : @PTDM_tn"""
    zoom_block = """Salma Ayari vous invite à une réunion Zoom planifiée.

Sujet : Pré-consultation nationale – Examen régional du PMM
Heure : 9 févr. 2021 10:00 AM Afrique/Tunis

Participer à la réunion Zoom
%s

ID de réunion : 845 1236 7890
Code secret : 482915
Une seule touche sur l'appareil mobile
+21631000000,,84512367890#,,,,*482915# Tunisie
+33170372246,,84512367890#,,,,*482915# France

Composez un numéro en fonction de votre emplacement
        +216 31 000 000 Tunisie
        +33 1 7037 2246 France
        +1 646 558 8656 États-Unis (New York)
ID de réunion : 845 1236 7890
Code secret : 482915
Trouvez votre numéro local : https://us02web.zoom.example.us/u/kdX3Lp9qZ""" % zoom
    text = body_text + "\n\n" + zoom_block + "\n"
    html = ol_page(ol_paras(body_text) + '<p class="MsoNormal">&nbsp;</p><div style="border-top:solid #E1E1E1 1pt;'
                   'padding-top:8pt">' + ol_paras(zoom_block).replace(esc(zoom), '<a href="%s">%s</a>'
                                                                       % (esc(zoom), esc(zoom))) + '</div>',
                   lang="FR")
    desc = ("Salma Ayari vous invite à une réunion Zoom planifiée.\\n\\nParticiper à la réunion Zoom\\n%s\\n\\nID de "
            "réunion : 845 1236 7890\\nCode secret : 482915\\n" % zoom)
    ics = ics_fold([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:W. Central Africa Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Salma Ayari:mailto:salma.ayari@ptdm.example.tn",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gcmrrarabstates@iom.int:mailto:"
        "gcmrrarabstates@iom.int",
        "DESCRIPTION;LANGUAGE=fr-FR:" + desc,
        "UID:040000008200E00074C5B7101A82E00800000000F2A61D3C66F6D6010000000000000000100000009E3C7A0B5D2F41E8B6"
        "04C9D1A7E35F20",
        "SUMMARY;LANGUAGE=fr-FR:Pré-consultation nationale – Examen régional du PMM",
        "DTSTART;TZID=W. Central Africa Standard Time:20210209T100000",
        "DTEND;TZID=W. Central Africa Standard Time:20210209T120000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20210129T130640Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-FR:" + zoom,
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", html),
                                 leaf("text/calendar", ics, cte="base64", params=[("method", "REQUEST")])],
                 "_000_PR3P192MB0716E2A9C4F83B15_")
    m = mk(when, sent_at(when, 1, 10), "mail-pr3fra01on0647.outbound.protection.outlook.example.com",
           "198.51.100.147", "4DS2c71qWnz4", "Salma Ayari <salma.ayari@ptdm.example.tn>", hdr(subj, enc="Q"),
           "<PR3P192MB0716E2A9C4F83B15D91A0C3F6E27@PR3P192MB0716.EURP192.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "Adb2Rk3m9ZqW1xTzSU6J4bN8p0Hc7A==", lang="fr-FR")
           + [("Content-class", "urn:content-classes:calendarmessage")])
    add(4, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="Outlook meeting request with a Zoom add-in block (meeting ID, passcode, one-tap numbers) inviting the "
              "secretariat to present at a national pre-consultation webinar on 9 February: an invitation and a "
              "question ('le nom de la personne qui interviendra' is about our speaker, not a nomination). The "
              "voluntary report is only announced ('que la PTDM vous adressera avant le 16 février'). text/calendar "
              "REQUEST with the review address as attendee; Date UTC+1 (Tunis)."))


# ================================================================ 05  EN  speaker  international NGO: nomination sent from Salesforce through a no-reply address
M05_SUBJ = "Nomination of HMWI speaker - GCM Regional Review (Arab States)  [ ref:_00D1t2Xy9Z._5003z01AbCdE:ref ]"
M05_ID = "<Pk3xV000000000000000000000000000000000000000000000QN9ZKD00Rq8a3tYbR2mW7Lc4xZpHf9Q@sfdc.net>"
M05_QID = "4DTk1Xp6Jbz2"
M05_FROM = "no-reply@hmwi.example.org"


def m05():
    when = at("2021-02-01 09:47:13")
    text = """Dear colleagues,

I am writing on behalf of Dr. Farida Osmani, Regional Director for the Middle East and North Africa of Horizons for Migrant Workers International (HMWI), in response to the invitation to the Regional Review of the Global Compact for Migration in the Arab region.

Dr. Osmani would welcome the opportunity to make a floor intervention in a plenary session of the regional conference on 24-25 February 2021. She would draw on HMWI's casework with more than 9,000 migrant domestic and construction workers in Jordan, Lebanon and the Gulf in 2020, in particular on wage theft and access to justice during the pandemic.

For your records:
Name: Dr. Farida Osmani
Title: Regional Director, Middle East and North Africa
Organisation: Horizons for Migrant Workers International (HMWI)

HMWI's research team is also preparing a voluntary GCM review report, which they will send separately before 16 February.

Please note that this message was sent through our supporter relationship system and replies to the sending address are not monitored. Kindly address any correspondence to me at nour.tabbara@hmwi.example.org, copying Dr. Osmani's office at mena.director@hmwi.example.org.

With kind regards,

Nour Tabbara
Executive Assistant to the Regional Director
Horizons for Migrant Workers International (HMWI)
Regional Office for the Middle East and North Africa
Building 12, Abdul Hameed Sharaf Street, Shmeisani, Amman, Jordan
T: +962 6 000 0000 | www.hmwi.example.org
Facebook: /HMWIntl | Twitter: @HMWI_MENA | LinkedIn: /company/hmwi | Instagram: @hmwi.intl | YouTube: /HMWIntl

HMWI is a registered charity in England and Wales (no. 1000000) and a company limited by guarantee (no. 00000000). Registered office: 1 Example Row, London EC1A 1AA, United Kingdom.
This e-mail and any attachments are confidential and intended only for the named recipient(s). If you have received it in error, please notify the sender and delete it. HMWI accepts no liability for any damage caused by viruses transmitted by this e-mail.

ref:_00D1t2Xy9Z._5003z01AbCdE:ref
"""
    inner = ('<div style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">%s</div>'
             '<img src="https://hmwi.my.salesforce.example.com/servlet/servlet.ImageServer?oid=00D1t2Xy9Z&esid='
             '0185x00000Fq3Kt" width="1" height="1" alt="" style="display:none">'
             % "".join("<p>%s</p>" % "<br>".join(esc(x) for x in p.split("\n"))
                       for p in text.strip("\n").split("\n\n")))
    body = alt(text, "----=_Part_18924_1533020784.1612165629481",
               html='<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                    + inner + '</body></html>\n')
    m = mk(when, sent_at(when, 0, 3), "smtp12-ia4-sp3.mta.salesforce.example.com", "192.0.2.112", M05_QID,
           "HMWI Middle East & North Africa <%s>" % M05_FROM, M05_SUBJ, M05_ID, body,
           ret="bounce-0185x00000Fq3Kt@bnc.salesforce.example.com",
           extra=[("Sender", "noreply@salesforce.example.com"),
                  ("X-SFDC-LK", "00D1t2Xy9Z"), ("X-SFDC-User", "0051t00000AbQr7"),
                  ("X-Sender", "postmaster@salesforce.example.com"),
                  ("X-mail_abuse_inquiries", "http://www.salesforce.example.com/company/abuse.jsp"),
                  ("X-SFDC-TLS-NoRelay", "1"), ("X-SFDC-Binding", "1WrIRBV94myi25uB"),
                  ("X-SFDC-EmailCategory", "apiSingleMail"), ("X-SFDC-Interface", "internal")])
    add(5, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Farida Osmani", "Regional Director, Middle East and North Africa",
           "Horizons for Migrant Workers International (HMWI)", ["plenary"])],
        notes="sent from the NGO's Salesforce on a person's behalf: From an organisation-wide no-reply address, "
              "Sender noreply@salesforce, X-SFDC headers, a 'ref:_..:ref' case token in subject and body, a "
              "1-pixel tracker; the body asks that replies go to the assistant's address (no Reply-To header). "
              "Written by an executive assistant for her director: labelled lines with 'Dr.' (dropped); 'floor "
              "intervention in a plenary session' = plenary. The report is only announced (sent separately). "
              "Long charity registration and confidentiality footer. Our acknowledgement to the no-reply "
              "address bounces (h272-06)."))


# ================================================================ 06  EN  bounce  our acknowledgement of 05 to the no-reply address
def m06():
    when = at("2021-02-01 09:47:41")
    rcpt = M05_FROM
    text = POSTFIX_NOTICE + """
<%s>: host hmwi-example-org.mail.protection.outlook.example.com[198.51.100.40]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    %s not found by SMTP address lookup (in reply to RCPT TO
    command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DTk1Y20Qmz5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.10\n"
           "Remote-MTA: dns; hmwi-example-org.mail.protection.outlook.example.com\n"
           "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n"
           "    %s not found by SMTP address lookup\n"
           % (rfcdate(when - dt.timedelta(seconds=7), "EET"), rcpt, rcpt, rcpt))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: HMWI Middle East & North Africa <%s>\n"
            "Subject: Acknowledgement of receipt - Nomination of HMWI speaker - GCM Regional Review (Arab\n"
            " States)  [ ref:_00D1t2Xy9Z._5003z01AbCdE:ref ]\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (rcpt, rfcdate(when - dt.timedelta(seconds=9)), ack_mid(M05_QID), M05_ID, M05_ID))
    body = dsn_report(text, dsn, hdrs, "4DTk1Z3kWvz8.1612165661/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DTk1Z3kWvz8; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210201074741.4DTk1Z3kWvz8@mx1.iom.int>")]
    add(6, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (Exchange Online 5.1.10 recipient not found) for our acknowledgement of h272-05 sent to "
              "the CRM's no-reply From address; the returned headers carry the 'Nomination of HMWI speaker' subject "
              "with the Salesforce ref token. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 07  FR  speaker  Casablanca foundation: self-nomination, name only in the signature table
M07_SUBJ = "Demande d'intervention – table ronde thématique n° 3 – Fondation Bab Al Amal"
M07_ID = "<AM0PR09MB4132B7E5D1A93C60F4B2E8A1C5D70@AM0PR09MB4132.eurprd09.prod.outlook.example.com>"
M07_QID = "4DVH3m8RqTz6"
M07_SIG = ["Hind El Ouazzani",
           "Responsable du pôle Insertion socio-professionnelle",
           "Fondation Bab Al Amal pour l'Inclusion des Migrants",
           "45, boulevard d'Anfa – 20000 Casablanca – Maroc",
           "Tél. : +212 5 22 00 00 00 | Mob. : +212 6 61 00 00 00 | Fax : +212 5 22 00 00 01",
           "www.babalamal.example.ma"]
M07_DISC = """🌱 Pensez à l'environnement avant d'imprimer ce courriel.

AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous n'êtes pas destinataire de ce message, merci de le détruire et d'avertir l'expéditeur. La Fondation Bab Al Amal décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.

DISCLAIMER: This message and any attachments are confidential and intended solely for the addressees. Any unauthorised use or dissemination is prohibited. E-mails are susceptible to alteration; neither the Fondation Bab Al Amal nor any of its subsidiaries or affiliates shall be liable for the message if altered, changed or falsified. If you are not the intended recipient of this message, please delete it and notify the sender. The views expressed in this message are those of the individual sender, except where the sender specifically states them to be the views of the Foundation."""


def m07():
    when = at("2021-02-02 12:30:55")
    body_text = """Bonjour,

Suite à l'invitation que nous avons reçue le 21 janvier, je me permets de vous faire part de mon souhait d'intervenir depuis la salle lors de la table ronde thématique n° 3 de la conférence régionale.

Je coordonne depuis 2018 le programme d'insertion professionnelle de la Fondation, qui a accompagné l'an dernier 412 personnes migrantes (principalement de Guinée, de Côte d'Ivoire et du Sénégal) vers une formation qualifiante ou un premier contrat de travail à Casablanca et à Rabat. Je pourrais partager ce que la crise sanitaire a changé pour l'accès de ces personnes au marché du travail formel.

Vous trouverez mes coordonnées complètes dans ma signature ci-dessous.

Bien cordialement,"""
    socials = [("Facebook", "https://facebook.example.com/FondationBabAlAmal"),
               ("LinkedIn", "https://www.linkedin.example.com/company/fondation-bab-al-amal"),
               ("Twitter", "https://twitter.example.com/BabAlAmal_ma"),
               ("Instagram", "https://instagram.example.com/fondation.babalamal"),
               ("YouTube", "https://youtube.example.com/c/FondationBabAlAmal")]
    text = (body_text + "\n\n" + "\n".join(M07_SIG) + "\n"
            + " | ".join("%s<%s>" % s for s in socials) + "\n\n" + M07_DISC + "\n")
    base = "image%03d.png@01D6F950.3C8E1A70"
    cols = [(59, 89, 152), (10, 102, 194), (29, 161, 242), (193, 53, 132), (255, 0, 0)]
    icons = [(base % (k + 2), url, name) for k, (name, url) in enumerate(socials)]
    inner = (ol_paras(body_text) + '<p class="MsoNormal">&nbsp;</p>'
             + sig_table(M07_SIG, base % 1, icons, color="#C0504D")
             + '<p class="MsoNormal">&nbsp;</p>' + small(M07_DISC))
    parts = [leaf("text/html", ol_page(inner, lang="FR"))] + [logo(base % 1, (192, 80, 77))] + \
        [icon(base % (k + 2), "image%03d.png" % (k + 2), c) for k, c in enumerate(cols)]
    rel = multi("related", parts, "_004_AM0PR09MB4132B7E5D1A93C60_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text), rel], "_000_AM0PR09MB4132B7E5D1A93C60_")
    m = mk(when, sent_at(when, 1, 9), "mail-am0eur09on0622.outbound.protection.outlook.example.com",
           "198.51.100.122", M07_QID, "Hind El Ouazzani <h.elouazzani@babalamal.example.ma>", hdr(M07_SUBJ, enc="Q"),
           M07_ID, body, extra=outlook(hdr(M07_SUBJ, enc="Q"), "AQHW+UmR5k2Tz8Lx0pN3Vb7Qc1Sd4g==", lang="fr-FR",
                                       has_attach="yes"))
    add(7, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hind El Ouazzani", "Responsable du pôle Insertion socio-professionnelle",
           "Fondation Bab Al Amal pour l'Inclusion des Migrants", ["roundtable"], 3)],
        notes="first-person self-nomination ('mon souhait d'intervenir ... table ronde thématique n° 3') whose "
              "body ends on 'Bien cordialement,': name, title and foundation are only in the Outlook signature "
              "table (logo and five social icons in a related part, X-MS-Has-Attach yes) followed by a bilingual "
              "FR/EN disclaimer longer than the message; language fr despite the English DISCLAIMER. 412 people "
              "and 'le 21 janvier' are noise. Her report follows as a reply to our acknowledgement (h272-23)."))


# ================================================================ 08  AR  both  Omani observatory: report as a OneDrive link + rapporteur, classification labels
M08_SUBJ = "التقرير الطوعي للمرصد الخليجي للعمالة المنزلية وترشيح مقرّرة"
M08_ID = "<PR3P195MB0842C7A1E5B94D20F6A3C8E1B2D57@PR3P195MB0842.EURP195.PROD.OUTLOOK.example.com>"
M08_QID = "4DVx8Km2NwZ0"
GODW_SIG = ["Salim Al-Harthi", "Executive Director", "Gulf Observatory for Domestic Work (GODW)",
            "Way 3017, Al Khuwair, PO Box 000, PC 133, Muscat, Sultanate of Oman",
            "Tel +968 24 000 000 | Mob +968 9 000 0000 | www.godw.example.om",
            "Twitter @GODW_om | Instagram @godw.oman | LinkedIn /company/godw"]
GODW_DISC = ("Classification: Public | التصنيف: عام\n\n"
             "This email and any attachments are confidential and intended solely for the addressee. If you have "
             "received it in error, please notify the sender and delete it. Any views expressed are those of the "
             "sender and not necessarily those of the Gulf Observatory for Domestic Work.\n"
             "هذه الرسالة ومرفقاتها سرية وموجهة إلى المرسل إليه فقط. إذا وصلتك عن طريق الخطأ يرجى إبلاغ المرسل وحذفها.")


def m08():
    when = at("2021-02-03 13:22:09")
    link = ("https://godw-my.sharepoint.example.com/:b:/g/personal/s_alharthi_godw_example_om/"
            "EaR7kT2mQx9LpZ3vN8wB4cYBq5Hd1Jf0sWk6Xe2Gz7nPtA?e=Qx8pL2")
    fname = "تقرير المرصد الطوعي 2021.pdf"
    body_text = """Classification: Public | التصنيف: عام

السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

يسرّ المرصد الخليجي للعمالة المنزلية أن يقدّم تقريره الطوعي ضمن الاستعراض الإقليمي للاتفاق العالمي للهجرة في المنطقة العربية. ونظراً لحجم التقرير (قرابة 40 ميغابايت بسبب الملاحق المصوّرة) لم نتمكن من إرفاقه بالبريد، فشاركناه عبر OneDrive على الرابط أدناه، وهو متاح لكل من لديه الرابط دون الحاجة إلى حساب:

%s
%s

يرصد التقرير أوضاع العاملات في المنازل في سلطنة عمان ودول الخليج خلال سنة الجائحة: الحجر داخل المنازل، تأخر الأجور، تعذّر السفر عند انتهاء العقود، ومسارات الشكوى المتاحة.

كما يسعدنا أن نرشّح الأستاذة منيرة سالم البلوشي، رئيسة وحدة البحوث في المرصد الخليجي للعمالة المنزلية، لتكون ضمن المقرّرين الذين ينقلون الرسائل الرئيسية لأصحاب المصلحة إلى المؤتمر، وقد أشرفت على إعداد التقرير وتحليل بياناته.

مع خالص الشكر والتقدير،""" % (fname, link)
    text = body_text + "\n\n" + "\n".join(GODW_SIG) + "\n\n" + GODW_DISC + "\n"
    base = "image00%d.png@01D6FA3E.1B7C4D90"
    card = ('<table border="0" cellspacing="0" cellpadding="0" style="border:solid #E1E1E1 1pt;width:300pt">'
            '<tr><td style="padding:6pt"><img width="32" height="32" src="cid:%s" alt="PDF"></td><td style="padding:'
            '6pt"><p class="MsoNormal" dir="rtl"><a href="%s">%s</a></p><p class="MsoNormal"><span style="font-size:'
            '8pt;color:#767676">OneDrive</span></p></td></tr></table>' % (base % 2, esc(link), esc(fname)))
    inner = (ol_paras(body_text.replace(fname + "\n" + link + "\n", ""), rtl=True).replace(
        esc("دون الحاجة إلى حساب:") + "<o:p></o:p></p>", esc("دون الحاجة إلى حساب:") + "<o:p></o:p></p>" + card)
             + '<p class="MsoNormal">&nbsp;</p>' + sig_table(GODW_SIG, base % 1) + small(GODW_DISC))
    rel = multi("related", [leaf("text/html", ol_page(inner, lang="AR-OM", rtl=True), cte="base64"),
                            logo(base % 1, (0, 122, 94)), icon(base % 2, "image002.png", (220, 40, 40), 32)],
                "_004_PR3P195MB0842C7A1E5B94D20_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_PR3P195MB0842C7A1E5B94D20_")
    m = mk(when, sent_at(when, 4, 8), "mail-pr3fra01on0688.outbound.protection.outlook.example.com",
           "198.51.100.188", M08_QID, "Salim Al-Harthi <s.alharthi@godw.example.om>", hdr(M08_SUBJ), M08_ID, body,
           extra=outlook(hdr(M08_SUBJ), "AQHW+h3Lk8Rm2Xq5Tz0Vb4Nc7Pd1Wg==", lang="ar-OM", has_attach="yes")
           + [("msip_labels", msip("c1e7a2d4-9b3f-4a60-8d25-7e0f3b6c914a", "Public", "2021-02-03T11:21:58Z",
                                   "4f8b2c19-6d07-4e3a-b5c1-9a2e7d40f683", "e62d9a15-3c7b-48f0-a1d4-5b8e0c2f7396"))])
    add(8, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("منيرة سالم البلوشي", "رئيسة وحدة البحوث", "المرصد الخليجي للعمالة المنزلية", ["rapporteur"])],
        notes="both, on time: the report is only a OneDrive link (an Outlook 'cloud attachment' card; the file name "
              "is link text, nothing attached: report_attachments empty, the two MIME images are the logo and the "
              "PDF icon of the card) and a rapporteur is named in prose ('لتكون ضمن المقرّرين الذين ينقلون الرسائل "
              "الرئيسية'; 'الأستاذة' dropped). Arabic body between an MIP 'Classification: Public | التصنيف: عام' "
              "line and an English signature/disclaimer: acknowledge in Arabic. The signer is not the speaker. "
              "Date UTC+4 (Muscat). Thanked in h272-14."))


# ================================================================ 09  EN  both  Beirut university lab: report + a co-author's message under the gateway's CAUTION banner
def m09():
    when = at("2021-02-04 16:05:33")
    subj = "LMRL voluntary GCM review report + speaker proposal"
    file_ = "LMRL_GCM_Voluntary_Review_Feb2021.pdf"
    drive = "https://drive.google.example.com/drive/folders/1Lm7Rq2Xz9Kp4Vw8Nb3Tc6Hy0Jd5Fs1Ga?usp=sharing"
    own = """Dear colleagues,

Please find attached the voluntary GCM review report of the Labour Migration Research Lab (LMRL) at Mount Lebanon University, prepared for the Regional Review in the Arab region. It reviews the situation of migrant domestic and agricultural workers in Lebanon after the economic collapse and the port explosion, drawing on a panel survey of 508 workers (three waves, March 2020 - January 2021).

The anonymised survey data and the questionnaires are in a shared Google Drive folder, in case they are useful to the secretariat:
%s

We would also like to propose a speaker for the conference: my co-author Dr. Tewodros Alemu, who led the fieldwork. As he is not on the university system yet, he sent me his details and preference from his personal account - please see his message below.

Best wishes,
Nadine

Nadine Sfeir, PhD
Associate Professor of Sociology | Director, Labour Migration Research Lab (LMRL)
Faculty of Social Sciences | Mount Lebanon University
Office 314, College Hall | P.O. Box 00-0000, Beirut, Lebanon
T +961 1 000 000 ext. 4314 | M +961 3 000 000
lmrl.mlu.example.edu.lb | Twitter @LMRL_MLU | LinkedIn | Facebook | YouTube
[MLU 1961-2021 | 60 years of knowledge and service]""" % drive
    fwd = """________________________________
From: Tewodros Alemu <tewodros.alemu@gmail.example.com>
Sent: Wednesday, February 3, 2021 9:14 PM
To: Nadine Sfeir <nadine.sfeir@mlu.example.edu.lb>
Subject: Re: GCM regional review - speaker?

CAUTION: This email originated from outside of Mount Lebanon University. Do not click links or open attachments unless you recognize the sender and know the content is safe.

Hi Nadine,

Happy to do it, thanks for thinking of me. For the form: Tewodros Alemu, Postdoctoral Researcher, Labour Migration Research Lab, Mount Lebanon University. I'd prefer the fourth roundtable, but the second would also work for me if the fourth is full. I can be in Beirut on both days.

T.

Sent from my phone"""
    disc = ("This email and any files transmitted with it are confidential and intended solely for the use of the "
            "individual or entity to whom they are addressed. If you have received this email in error, please "
            "notify the sender and delete it. Mount Lebanon University does not accept responsibility for any "
            "statement in this email that is not made in an official capacity.")
    text = own + "\n\n" + fwd + "\n\n" + disc + "\n"
    base = "image00%d.png@01D6FB0A.4E2D9C60"
    banner = ('<table border="0" cellspacing="0" cellpadding="0" width="100%" style="background:#FFEB9C;border:solid '
              '#9C6500 1pt"><tr><td style="padding:4pt"><p class="MsoNormal"><b><span style="font-size:9pt;'
              'color:#9C6500">CAUTION:</span></b><span style="font-size:9pt;color:#9C6500"> This email originated '
              'from outside of Mount Lebanon University. Do not click links or open attachments unless you '
              'recognize the sender and know the content is safe.</span></p></td></tr></table>')
    fwd_head, fwd_rest = fwd.split("\n\nCAUTION:", 1)
    fwd_rest = fwd_rest.split("\n\n", 1)[1]
    own_body, own_sig = own.split("\n\nNadine Sfeir, PhD\n")
    inner = (ol_paras(own_body) + '<p class="MsoNormal">&nbsp;</p>'
             + sig_table(["Nadine Sfeir, PhD"] + own_sig.split("\n")[:-1], base % 1,
                         [(base % 2, "https://twitter.example.com/LMRL_MLU", "Twitter"),
                          (base % 3, "https://www.linkedin.example.com/company/lmrl-mlu", "LinkedIn"),
                          (base % 4, "https://facebook.example.com/LMRL.MLU", "Facebook"),
                          (base % 5, "https://youtube.example.com/c/LMRLMLU", "YouTube")], color="#7A0019")
             + '<p class="MsoNormal"><img width="360" height="36" src="cid:%s" alt="MLU 1961-2021 | 60 years of '
               'knowledge and service"></p>' % (base % 6)
             + '<div style="border:none;border-top:solid #E1E1E1 1pt;padding:3pt 0 0 0">'
             + ol_paras(fwd_head.replace("________________________________\n", "")) + '</div>' + banner
             + ol_paras(fwd_rest) + small(disc))
    rel = multi("related", [leaf("text/html", ol_page(inner, lang="EN-GB")), logo(base % 1, (122, 0, 25)),
                            icon(base % 2, "image002.png", (29, 161, 242)),
                            icon(base % 3, "image003.png", (10, 102, 194)),
                            icon(base % 4, "image004.png", (59, 89, 152)),
                            icon(base % 5, "image005.png", (255, 0, 0)),
                            leaf("image/png", make_png(120, 12, (122, 0, 25)), cte="base64",
                                 params=[("name", '"image006.png"')], disp='inline; filename="image006.png"',
                                 extra=[("Content-ID", "<%s>" % (base % 6))])],
                "_006_VI1PR0802MB2395E4C7A1B8D630_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_VI1PR0802MB2395E4C7A1B8D630_")
    pdf = rep_pdf("Voluntary GCM review report - Labour Migration Research Lab (LMRL)",
                  "Mount Lebanon University, Beirut, February 2021",
                  ["A three-wave panel of 508 migrant workers", "Domestic work after the collapse of the lira",
                   "Agricultural workers in the Bekaa", "After 4 August 2020", "Recommendations"])
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "_007_VI1PR0802MB2395E4C7A1B8D630_")
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur08on0611.outbound.protection.outlook.example.com",
           "198.51.100.211", "4DWq2Ns5HkZ3", "Nadine Sfeir <nadine.sfeir@mlu.example.edu.lb>", subj,
           "<VI1PR0802MB2395E4C7A1B8D630A4F1C9E27B58@VI1PR0802MB2395.eurprd08.prod.outlook.example.com>", body,
           cc="Tewodros Alemu <tewodros.alemu@gmail.example.com>",
           extra=outlook(subj, "AQHW+sR2k7Xp1Lm9Qz4Nv8Tb3Hc6Yd0Ja5Fe", lang="en-GB", has_attach="yes"))
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tewodros Alemu", "Postdoctoral Researcher", "Labour Migration Research Lab, Mount Lebanon University",
           ["roundtable"], 4)],
        report_attachments=[file_],
        notes="both, on time (4 February): the PDF is the report; the Google Drive folder holds data and "
              "questionnaires (no file to list). The speaker's details are only in the co-author's message pasted "
              "under an Outlook forward header and under the university gateway's yellow 'CAUTION: This email "
              "originated from outside...' banner; 'Dr.' in the sender's text dropped; 'the fourth roundtable, but "
              "the second would also work' = 4 (first choice). The sender (lab director, long signature with icons "
              "and an anniversary banner image) is not the speaker; 508 workers and three waves are noise."))


# ================================================================ 10  FR  speaker  Beirut association forwards its own message first sent to a mistyped address
def m10():
    when = at("2021-02-04 18:41:20")
    orig_subj = "Proposition d'intervenante en séance plénière – ALATM"
    orig = """Madame, Monsieur,

En réponse à l'invitation à l'examen régional du Pacte mondial sur les migrations dans la région arabe, l'Association Libanaise pour l'Accompagnement des Travailleuses Migrantes (ALATM) souhaite proposer sa directrice exécutive, Mme Rita Abou Jaoudé, pour une intervention depuis la salle lors d'une séance plénière de la conférence des 24 et 25 février.

Depuis l'explosion du 4 août, l'ALATM a accompagné plus de 600 travailleuses migrantes privées de logement, de salaire ou de passeport, et Mme Abou Jaoudé pourrait témoigner de ce que ces femmes attendent des États de la région.

Coordonnées :
Rita Abou Jaoudé – Directrice exécutive, ALATM
rita.aboujaoude@alatm.example.org.lb | +961 1 000 000

Nous restons à votre disposition pour toute information complémentaire.

Cordialement,

Christelle Haddad
Chargée de communication – ALATM
Association Libanaise pour l'Accompagnement des Travailleuses Migrantes
Rue Sursock, Achrafieh, Beyrouth – Liban
www.alatm.example.org.lb | Facebook : /alatm.liban | Instagram : @alatm_liban | Twitter : @ALATM_lb"""
    new = """Bonjour,

Voir ci-dessous. Je m'aperçois aujourd'hui que j'avais mal recopié votre adresse mardi (il manquait le « s » de « arabstates ») et que mon message m'était revenu avec une erreur que je n'avais pas vue. Je vous le renvoie donc tel quel, en espérant qu'il n'est pas trop tard.

Bien à vous,
Christelle Haddad
ALATM"""
    head = """-------- Message transféré --------
Sujet : 	%s
Date : 	Tue, 2 Feb 2021 10:12:47 +0200
De : 	Christelle Haddad <c.haddad@alatm.example.org.lb>
Pour : 	gcmrrarabstate@iom.int""" % orig_subj
    avast = "--\nCet e-mail a été vérifié par le logiciel antivirus d'Avast.\nhttps://www.avast.example.com/antivirus"
    text = new + "\n\n\n" + head + "\n\n\n\n" + orig + "\n\n\n" + avast + "\n"
    rows = "".join('<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">%s</th><td>%s</td></tr>'
                   % (esc(k.strip()), esc(v.strip())) for k, v in
                   (ln.split("\t") for ln in head.split("\n")[1:]))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<p>%s</p><br><div class="moz-forward-container"><br><br>-------- Message transféré --------'
            '<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>%s</tbody>'
            '</table><br><br>%s</div><div id="DAB4FAD8-2DD7-40BB-A1B8-4E2AA1F9FDF2"><br><table style="border-top: '
            '1px solid #D3D4DE;"><tr><td style="width: 55px; padding-top: 13px;"><a href="https://www.avast.'
            'example.com/antivirus" target="_blank"><img src="https://ipmcdn.avast.example.com/images/icons/'
            'icon-envelope-tick-round-orange-animated-no-repeat-v1.gif" alt="" width="46" height="29"></a></td>'
            '<td style="width: 470px; padding-top: 12px; color: #41424e; font-size: 13px; font-family: Arial, '
            'Helvetica, sans-serif; line-height: 18px;">Cet e-mail a été vérifié par le logiciel antivirus '
            'd\'Avast. <br><a href="https://www.avast.example.com/antivirus" target="_blank" style="color: '
            '#4453ea;">www.avast.com</a></td></tr></table></div></body></html>\n'
            % ("<br>\n".join(esc(x) for x in new.split("\n")), rows,
               "".join("<p>%s</p>" % "<br>\n".join(esc(x) for x in p.split("\n")) for p in orig.split("\n\n"))))
    body = alt(text, "------------C3A8E91F5B2D7406A1E4C8B9", html=html)
    subj = "Fwd: " + orig_subj
    m = mk(when, sent_at(when, 2, 6), "mail.alatm.example.org.lb", "203.0.113.61", "4DWz5Rt8PmZ1",
           "Christelle Haddad <c.haddad@alatm.example.org.lb>", hdr(subj, enc="Q"),
           "<6b1f9d42-3e8a-4c57-b0d2-8a71e5c3f496@alatm.example.org.lb>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Rita Abou Jaoudé", "Directrice exécutive",
           "Association Libanaise pour l'Accompagnement des Travailleuses Migrantes (ALATM)", ["plenary"])],
        notes="a sender forwarding her own earlier message ('Voir ci-dessous'): the original of 2 February went to "
              "a mistyped address (gcmrrarabstate@, in the Thunderbird forward table) and never reached us, so "
              "this forward is the request itself, received on 4 February: on time, thread_of null. Speaker in "
              "prose and on a 'Coordonnées' line ('Mme' dropped; title as on that line); 'intervention depuis la "
              "salle lors d'une séance plénière' = plenary. Avast 'vérifié par le logiciel antivirus' footer; the "
              "sender (communication officer) is not the speaker; 600 women and 4 août are noise."))


# ================================================================ 11  AR  speaker  Amman secretary-general's office writes 'on behalf of'
def m11():
    when = at("2021-02-05 17:52:30")
    subj = "مشاركة سعادة الأمين العام للهيئة العربية للتنمية والهجرة في المائدة المستديرة الأولى"
    body_text = """حضرات السادة في أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

بتوجيه من سعادة الأمين العام، وبالإشارة إلى دعوتكم الكريمة للمشاركة في الاستعراض الإقليمي، يسرّنا إعلامكم برغبة سعادة الدكتور عماد فؤاد الشريدة، الأمين العام للهيئة العربية للتنمية والهجرة، في تقديم مداخلة ضمن المائدة المستديرة المواضيعية الأولى خلال المؤتمر الإقليمي يومي 24 و25 شباط/فبراير 2021.

وسيتناول سعادته في مداخلته تجربة الهيئة في ربط تحويلات المغتربين بمشاريع التنمية المحلية في الأردن ومصر والسودان، ونتائج برنامج «جسور» للعودة الطوعية وإعادة الإدماج.

نرجو التكرم بتوجيه المراسلات المتعلقة بهذه المشاركة إلى مكتب الأمين العام على هذا العنوان، مع نسخة إلى بريدي الشخصي.

وتفضلوا بقبول فائق الاحترام والتقدير،"""
    sig = ["ليلى الزعبي", "مديرة مكتب الأمين العام", "الهيئة العربية للتنمية والهجرة",
           "Layla Al-Zoubi | Director, Office of the Secretary-General",
           "Arab Authority for Development and Migration (AADM)",
           "شارع الملكة رانيا، عمّان 11941، المملكة الأردنية الهاشمية",
           "هاتف: +962 6 000 0000 | فاكس: +962 6 000 0001 | www.aadm.example.org"]
    tail = ("تابعونا: Facebook | Twitter | LinkedIn | Instagram | YouTube\n\n"
            "Please consider the environment before printing this email | يرجى مراعاة البيئة قبل طباعة هذه الرسالة\n\n"
            "إخلاء مسؤولية: هذه الرسالة وأي مرفقات بها سرية ومخصصة لاستخدام المرسل إليهم فقط. إذا تلقيتها عن طريق "
            "الخطأ، يرجى إبلاغ المرسل فوراً وحذفها.\n"
            "Disclaimer: This message and any attachments are confidential and intended solely for the addressees. "
            "If you received it in error, please notify the sender immediately and delete it.\n\n"
            "This email has been scanned by the Symantec Email Security.cloud service.\n"
            "For more information please visit http://www.symanteccloud.example.com")
    text = body_text + "\n\n" + "\n".join(sig) + "\n" + tail + "\n"
    base = "image%03d.png@01D6FBE9.7A2C5E10"
    socials = [("Facebook", "https://facebook.example.com/AADM.org", (59, 89, 152)),
               ("Twitter", "https://twitter.example.com/AADM_org", (29, 161, 242)),
               ("LinkedIn", "https://www.linkedin.example.com/company/aadm", (10, 102, 194)),
               ("Instagram", "https://instagram.example.com/aadm.org", (193, 53, 132)),
               ("YouTube", "https://youtube.example.com/c/AADMorg", (255, 0, 0))]
    inner = (ol_paras(body_text, rtl=True) + '<p class="MsoNormal">&nbsp;</p>'
             + sig_table(sig, base % 1, [(base % (k + 2), u, n) for k, (n, u, _) in enumerate(socials)], rtl=True,
                         color="#0B5394")
             + small(tail.split("\n\n", 1)[1], rtl=True))
    parts = [leaf("text/html", ol_page(inner, lang="AR-JO", rtl=True), cte="base64"), logo(base % 1, (11, 83, 148))]
    parts += [icon(base % (k + 2), "image%03d.png" % (k + 2), c) for k, (_, _, c) in enumerate(socials)]
    rel = multi("related", parts, "_004_AM6PR0502MB3864D1F7B2C9A54E_", params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_AM6PR0502MB3864D1F7B2C9A54E_")
    m = mk(when, sent_at(when, 2, 7), "mail-am6eur05on0654.outbound.protection.outlook.example.com",
           "198.51.100.154", "4DXm7Qb1ZsZ8", addr("الأمين العام - الهيئة العربية للتنمية والهجرة", "sg@aadm.example.org"),
           hdr(subj), "<AM6PR0502MB3864D1F7B2C9A54E0B3A7C5D1E92@AM6PR0502MB3864.eurprd05.prod.outlook.example.com>",
           body, cc=addr("ليلى الزعبي", "layla.zoubi@aadm.example.org"),
           extra=[("Sender", addr("ليلى الزعبي", "layla.zoubi@aadm.example.org"))]
           + outlook(hdr(subj), "AdcB4Wq2Kr8Tz1Xm5Lp9Nv3Qb7Hc0Yd6==", lang="ar-JO", has_attach="yes")
           + [("X-Brightmail-Tracker", "H4sIAAAAAAAAA+NgFvrNwMjFzMjJzcnLzcvLz8nKyM7Q0MjU2NjQ2MjS2NDEzMDQz")])
    add(11, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عماد فؤاد الشريدة", "الأمين العام", "الهيئة العربية للتنمية والهجرة", ["roundtable"], 1)],
        notes="sent 'on behalf of': From is the secretary-general's office mailbox, Sender the office director "
              "(Outlook 'ليلى الزعبي نيابة عن ...'), who writes and signs; the speaker is the secretary-general in "
              "prose after honorifics ('سعادة الدكتور' dropped); 'المائدة المستديرة المواضيعية الأولى' = 1. Arabic "
              "and English signature lines, five social icons, bilingual disclaimer and a Symantec "
              "'scanned by' footer; programme names and countries are noise. On time (17:52 on 5 February)."))


# ================================================================ 12  FR  both  Tunisian federation: Dynamics CRM token, 23:58 on the speaker deadline
def m12():
    when = at("2021-02-05 23:58:12")
    subj = "Rapport volontaire FTADM et proposition d'intervenant CRM:0004127"
    file_ = "FTADM_Rapport_volontaire_PMM_2021.pdf"
    od = ("https://ftadm-my.sharepoint.example.com/:b:/g/personal/o_jaziri_ftadm_example_tn/"
          "EeW2pL7xQk3Nz9Rt5Vb1Mc8BmYq4Hs0Dj6Gf2Ka7Tw3XnZ?e=Zt8KpQ")
    body_text = """Madame, Monsieur,

Au nom de la Fédération Tunisienne des Associations de la Diaspora et de la Migration (FTADM), j'ai le plaisir de vous transmettre ci-joint notre rapport volontaire pour l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières. Une copie est également disponible sur notre espace OneDrive, au cas où la pièce jointe serait bloquée par votre pare-feu :
%s

Le rapport rassemble les contributions de 23 associations membres, en Tunisie et dans la diaspora (France, Italie, Allemagne, Canada), sur la participation des Tunisiens de l'étranger au développement local et sur les retours forcés depuis l'Italie.

Par ailleurs, la FTADM souhaite proposer M. Anis Ben Romdhane, chargé de mission plaidoyer, pour prendre part à la discussion ouverte de la consultation multipartite du 23 février.

Veuillez nous excuser pour cet envoi tardif : notre bureau exécutif n'a validé le rapport que ce soir.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.""" % od
    sig = ["Olfa Jaziri", "Secrétaire générale",
           "Fédération Tunisienne des Associations de la Diaspora et de la Migration (FTADM)",
           "Immeuble Les Jasmins, bloc B, 3e étage – Rue du Lac Léman, 1053 Les Berges du Lac, Tunis",
           "Tél. : +216 71 000 000 | GSM : +216 22 000 000 | www.ftadm.example.tn"]
    tail = ("Prenez rendez-vous avec moi : https://outlook.office365.example.com/owa/calendar/FTADM@ftadm.example.tn/"
            "bookings/\n"
            "Suivez-nous : Facebook | LinkedIn | Twitter | YouTube\n\n"
            "P Pensez à l'environnement avant d'imprimer ce message.\n\n"
            "Ce message et ses pièces jointes peuvent contenir des informations confidentielles. S'il ne vous est pas "
            "destiné, merci d'en avertir l'expéditeur et de le supprimer.")
    text = body_text + "\n\n" + "\n".join(sig) + "\n" + tail + "\n"
    base = "image00%d.png@01D6FC0E.2D8B4A30"
    inner = (ol_paras(body_text).replace(esc(od), '<a href="%s">%s</a>' % (esc(od), esc(od)))
             + '<p class="MsoNormal">&nbsp;</p>' + sig_table(sig, base % 1, [
                 (base % 2, "https://facebook.example.com/FTADM.tn", "Facebook"),
                 (base % 3, "https://www.linkedin.example.com/company/ftadm", "LinkedIn"),
                 (base % 4, "https://twitter.example.com/FTADM_tn", "Twitter"),
                 (base % 5, "https://youtube.example.com/c/FTADM", "YouTube")], color="#C00000")
             + small(tail.split("\n\n", 1)[1]) + '<div style="display:none">{CRM:0004127}</div>')
    rel = multi("related", [leaf("text/html", ol_page(inner, lang="FR")), logo(base % 1, (192, 0, 0)),
                            icon(base % 2, "image002.png", (59, 89, 152)),
                            icon(base % 3, "image003.png", (10, 102, 194)),
                            icon(base % 4, "image004.png", (29, 161, 242)),
                            icon(base % 5, "image005.png", (255, 0, 0))],
                "_006_PR1P264MB1903A5C8E2F7B419_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR1P264MB1903A5C8E2F7B419_")
    pdf = rep_pdf("Rapport volontaire - Federation Tunisienne des Associations de la Diaspora et de la Migration",
                  "FTADM, Tunis, fevrier 2021",
                  ["23 associations membres", "Diaspora et developpement local", "Retours forces depuis l'Italie",
                   "Recommandations"])
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "_007_PR1P264MB1903A5C8E2F7B419_")
    m = mk(when, sent_at(when, 1, 12), "mail-pr1fra01on0614.outbound.protection.outlook.example.com",
           "198.51.100.164", "4DXw0Hc6TpZ2", "Olfa Jaziri <o.jaziri@ftadm.example.tn>", hdr(subj, enc="Q"),
           "<PR1P264MB1903A5C8E2F7B4197D2E0C6B9A31@PR1P264MB1903.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcB9Kx3Rm7Tq1Wz5Lp2Nb8Vc4Hd0Yf6==", lang="fr-FR", has_attach="yes")
           + [("X-MS-Exchange-Organization-CRMTrackingToken", "CRM:0004127")])
    add(12, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Anis Ben Romdhane", "chargé de mission plaidoyer",
           "Fédération Tunisienne des Associations de la Diaspora et de la Migration (FTADM)", ["open_discussion"])],
        report_attachments=[file_],
        notes="deadline edge: received 23:58 Beirut time on Friday 5 February (22:58 in the Date header, UTC+1), "
              "so both parts are on time although the sender apologises for 'cet envoi tardif'. Dynamics 365 CRM "
              "tracking token 'CRM:0004127' in the subject (and hidden in the HTML); the PDF is the report, the "
              "OneDrive link a copy of it. 'M.' dropped; 'prendre part à la discussion ouverte de la consultation "
              "multipartite' = open_discussion. Bookings link, four social icons and a disclaimer in the "
              "signature; 23 associations is noise."))


# ================================================================ 13  AR  speaker  Yemeni forum in Jeddah, 7 minutes late, Outlook for Android
def m13():
    when = at("2021-02-06 00:07:45")
    subj = "ترشيح متحدث للجلسة العامة - منتدى الجاليات اليمنية"
    text = """السلام عليكم ورحمة الله وبركاته

الإخوة في أمانة الاستعراض الإقليمي،

أدري إن آخر موعد كان اليوم الجمعة، واعذرونا على التأخير، اجتماع الهيئة الإدارية حق المنتدى ما خلص إلا الساعة 12 بالليل، وعلى طول قررنا نرشح رئيس لجنة العمالة عندنا يتكلم في الجلسة العامة.

الاسم: م. عبدالرحمن صالح باعبود
الصفة: رئيس لجنة العمالة والهجرة
الجهة: منتدى الجاليات اليمنية في دول الخليج
نوع المشاركة: مداخلة في الجلسة العامة (24 أو 25 فبراير)

إذا ما يمديكم تقبلونه لأن الموعد فات، عادي نحضر كمستمعين، بس ودنا يكون لنا صوت لأن العمالة اليمنية في الخليج أوضاعها صعبة من بعد قرارات توطين المهن.

والله يعطيكم العافية

أخوكم
خالد سعيد العمودي
الأمين العام - منتدى الجاليات اليمنية في دول الخليج
جدة - المملكة العربية السعودية
واتساب: +966 50 000 0000
غرفتي على Zoom: https://zoom.example.us/my/alamoudi.yforum

Get Outlook for Android<https://aka.example.ms/ghei36>
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div><div dir="auto"><br></div><div dir="ltr">Get <a href="https://aka.example.ms/'
            'ghei36">Outlook for Android</a></div></body></html>\n'
            % "".join('<div dir="rtl">%s</div>' % (esc(x) if x else "<br>")
                      for x in text.split("\n\nGet Outlook")[0].split("\n")))
    body = alt(text, "_000_DB7PR08MB3226F5B1A9C4E072_", html=html, b64=True)
    m = mk(when, sent_at(when, 3, 13), "mail-db7eur08on0621.outbound.protection.outlook.example.com",
           "198.51.100.221", "4DXx3Gv9KmZ7", "Khaled Alamoudi <k.alamoudi@yforum-gulf.example.org>", hdr(subj),
           "<DB7PR08MB3226F5B1A9C4E0725C8D1A3F6E40@DB7PR08MB3226.eurprd08.prod.outlook.example.com>", body,
           extra=[("X-Mailer", "Outlook for Android"), ("Content-Language", "en-US"),
                  ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("عبدالرحمن صالح باعبود", "رئيس لجنة العمالة والهجرة", "منتدى الجاليات اليمنية في دول الخليج",
           ["plenary"])],
        notes="late by 7 minutes 45 seconds: received 00:07 Beirut time on 6 February (Date 01:07 +0300, Jeddah); "
              "the sender knows it is late ('أدري إن آخر موعد كان اليوم الجمعة') and offers to attend as listeners "
              "otherwise. Gulf/Yemeni colloquial Arabic; labelled lines with 'م.' (engineer) dropped; 'مداخلة في "
              "الجلسة العامة' = plenary. Outlook for Android with an English 'Get Outlook for Android' line and "
              "Content-Language en-US, a Zoom personal-room link in the signature; Latin From name; the signer "
              "(secretary-general) is not the speaker."))


# ================================================================ 14  AR  other  the Omani observatory thanks us, quoting our acknowledgement under a CAUTION banner
def m14():
    when = at("2021-02-09 10:15:48")
    ack = ack_mid(M08_QID)
    ack_subj = "تأكيد استلام - " + M08_SUBJ
    new = """Classification: Public | التصنيف: عام

شكراً جزيلاً على التأكيد، وصلتنا رسالتكم.

سنرسل لكم النسخة المحدّثة من التقرير بعد إضافة ملحق الإحصاءات قبل 16 فبراير بإذن الله، وستكون على الرابط نفسه.

مع التحية،"""
    quoted_head = """From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 3, 2021 3:23 PM
To: Salim Al-Harthi <s.alharthi@godw.example.om>
Subject: [EXTERNAL] %s""" % ack_subj
    caution = ("CAUTION: This email originated from outside of the organization. Do not click links or open "
               "attachments unless you recognize the sender and know the content is safe.")
    q = ack_text("ar", M08_SUBJ, "التقرير الطوعي وطلب المشاركة")
    text = (new + "\n\n" + "\n".join(GODW_SIG[:3]) + "\n\n" + GODW_DISC + "\n\n" + quoted_head + "\n\n" + caution
            + "\n\n" + q + "\n")
    base = "image001.png@01D6FEB5.0C3A7E20"
    inner = (ol_paras(new, rtl=True) + '<p class="MsoNormal">&nbsp;</p>' + sig_table(GODW_SIG[:3], base)
             + small(GODW_DISC) + '<div style="border:none;border-top:solid #E1E1E1 1pt;padding:3pt 0 0 0">'
             + ol_paras(quoted_head) + '</div><table border="0" cellspacing="0" cellpadding="0" width="100%" '
             'style="background:#FFF4CE"><tr><td style="padding:4pt"><p class="MsoNormal"><span style="font-size:'
             '9pt;color:#9C5700">' + esc(caution) + '</span></p></td></tr></table>' + ol_paras(q, rtl=True))
    rel = multi("related", [leaf("text/html", ol_page(inner, lang="AR-OM", rtl=True), cte="base64"),
                            logo(base, (0, 122, 94))], "_004_PR3P195MB08429E2B7C1D5A43_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_PR3P195MB08429E2B7C1D5A43_")
    subj = re_hdr("RE: [EXTERNAL] ", ack_subj)
    m = mk(when, sent_at(when, 4, 7), "mail-pr3fra01on0689.outbound.protection.outlook.example.com",
           "198.51.100.189", "4F0Bq6Xt2WZ4", "Salim Al-Harthi <s.alharthi@godw.example.om>", subj,
           "<PR3P195MB08429E2B7C1D5A43F7B0E6C2A851@PR3P195MB0842.EURP195.PROD.OUTLOOK.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M08_ID + " " + ack)]
           + outlook(re_hdr("", "[EXTERNAL] " + ack_subj), "AQHW+h3Lk8Rm2Xq5Tz0Vb4Nc7Pd1WgAE3p9K", lang="ar-OM",
                     has_attach="yes"))
    add(14, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 8,
        notes="thank-you answering our acknowledgement of h272-08 (References name it): it only announces an "
              "updated report 'at the same link' before 16 February - nothing submitted, nothing new, so no "
              "acknowledgement. The quoted acknowledgement sits under the sender's gateway banner 'CAUTION: This "
              "email originated from outside of the organization...' and an '[EXTERNAL]' subject tag (also in "
              "'RE: [EXTERNAL] ...'); the quote repeats 'التقرير الطوعي وطلب المشاركة'. MIP classification line, "
              "English signature and disclaimer around two Arabic sentences: language ar."))


# ================================================================ 15  EN  report  Doha alliance: PDF attached, annexes on Dropbox, Bookings and Zoom links
M15_SUBJ = "AFRG voluntary GCM review report - Regional Review, Arab States"
M15_FILE = "AFRG_GCM_Voluntary_Review_2021.pdf"
M15_PDF = rep_pdf("Voluntary GCM review report - Alliance for Fair Recruitment in the Gulf (AFRG)", "Doha, February 2021",
                  ["GCM Objective 6 in Qatar, the UAE and Saudi Arabia, 2018-2020",
                   "312 worker interviews in three corridors", "Recruitment fees and debt", "What employers changed",
                   "Recommendations"])
M15_BODY = """Dear GCM Regional Review Secretariat,

On behalf of the Alliance for Fair Recruitment in the Gulf (AFRG), I am pleased to submit our voluntary GCM review report for the Regional Review in the Arab region (attached: AFRG_GCM_Voluntary_Review_2021.pdf, 2.1 MB).

The report reviews progress on GCM Objective 6 (fair and ethical recruitment) in Qatar, the UAE and Saudi Arabia between 2018 and 2020. It draws on 312 interviews with workers from Nepal, Kenya and Bangladesh and on fee data shared by 27 recruitment agencies and 9 employers.

The annexes (interview protocol, anonymised survey dataset and our recruitment-fee calculator) are too large for email, so we have placed them in a Dropbox folder:
https://www.dropbox.example.com/sh/k3x9q2m7vt5lz8w/AAB7cR2xLq9Tn4Vm1Pz6Ks3Ha?dl=0

We would be glad to discuss any aspect of the report. If helpful, you can book a 20-minute slot with me directly through the Bookings link in my signature.

Kind regards,

Daniel"""
M15_SIG = ["Daniel Mensah", "Research & Policy Manager", "Alliance for Fair Recruitment in the Gulf (AFRG)",
           "Office 905, Tornado Tower, West Bay | PO Box 00000, Doha, Qatar",
           "T +974 4400 0000 | M +974 5500 0000 | www.afrg.example.org"]
M15_TAIL = """Book a meeting with me: https://outlook.office365.example.com/owa/calendar/AFRG@afrg.example.org/bookings/s/dmensah
Join my Zoom room: https://zoom.example.us/my/dmensah.afrg
Follow us: LinkedIn | Twitter | Facebook | YouTube

Please consider the environment before printing this email.

CONFIDENTIALITY NOTICE: This email, including any attachments, is intended only for the person or entity to which it is addressed and may contain confidential and/or privileged material. Any review, retransmission, dissemination or other use of, or taking of any action in reliance upon, this information by persons or entities other than the intended recipient is prohibited. If you received this in error, please contact the sender and delete the material from any computer.

This email has been scanned for spam and viruses by Proofpoint Essentials. Click here to report this email as spam."""
M15_ID = "<DB6PR1001MB1237C4A9E2F7B5D03A8E1C6F9B24@DB6PR1001MB1237.EURPRD10.PROD.OUTLOOK.example.com>"


def afrg_body(text, base, boundary):
    inner = (ol_paras(text).replace("https://www.dropbox.example.com/sh/k3x9q2m7vt5lz8w/AAB7cR2xLq9Tn4Vm1Pz6Ks3Ha?dl=0",
                                    '<a href="https://www.dropbox.example.com/sh/k3x9q2m7vt5lz8w/AAB7cR2xLq9Tn4Vm1Pz6Ks3'
                                    'Ha?dl=0">https://www.dropbox.example.com/sh/k3x9q2m7vt5lz8w/AAB7cR2xLq9Tn4Vm1Pz6'
                                    'Ks3Ha?dl=0</a>')
             + '<p class="MsoNormal">&nbsp;</p>' + sig_table(M15_SIG, base % 1, [
                 (base % 2, "https://www.linkedin.example.com/company/afrg", "LinkedIn"),
                 (base % 3, "https://twitter.example.com/AFRG_Gulf", "Twitter"),
                 (base % 4, "https://facebook.example.com/AFRG.Gulf", "Facebook"),
                 (base % 5, "https://youtube.example.com/c/AFRGGulf", "YouTube")], color="#00685E")
             + small(M15_TAIL))
    return inner


def m15():
    when = at("2021-02-10 14:27:18")
    text = M15_BODY + "\n\n" + "\n".join(M15_SIG) + "\n" + M15_TAIL + "\n"
    base = "image00%d.png@01D6FFA1.5B3E7C80"
    rel = multi("related", [leaf("text/html", ol_page(afrg_body(M15_BODY, base, ""), lang="EN-GB")),
                            logo(base % 1, (0, 104, 94)), icon(base % 2, "image002.png", (10, 102, 194)),
                            icon(base % 3, "image003.png", (29, 161, 242)),
                            icon(base % 4, "image004.png", (59, 89, 152)),
                            icon(base % 5, "image005.png", (255, 0, 0))],
                "_006_DB6PR1001MB1237C4A9E2F7B5D0_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB6PR1001MB1237C4A9E2F7B5D0_")
    body = multi("mixed", [a, attach("application/pdf", M15_PDF, M15_FILE)], "_007_DB6PR1001MB1237C4A9E2F7B5D0_")
    m = mk(when, sent_at(when, 3, 10), "mail-db6eur10on0630.outbound.protection.outlook.example.com",
           "198.51.100.130", "4F1Gk8Wn3RZ6", "Daniel Mensah <d.mensah@afrg.example.org>", M15_SUBJ, M15_ID, body,
           extra=outlook(M15_SUBJ, "AQHW/6Fd2Lk9Xz4Rm7Tq1Wb5Nc8Vp3Hc==", lang="en-GB", has_attach="yes")
           + [("X-Proofpoint-Virus-Version", "vendor=fsecure engine=2.50.10434:6.0.369,18.0.737")])
    add(15, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M15_FILE],
        notes="a report PDF attached to a heavily packaged Outlook mail: annexes only as a Dropbox folder link (not "
              "files to list), a Microsoft Bookings link, a Zoom personal-room link, four social icons and a logo "
              "(inline images, not report files), a confidentiality notice and a Proofpoint 'scanned' footer. 'GCM "
              "Objective 6', 312 interviews, 27 agencies are noise; no speaker. Date UTC+3 (Doha). Forwarded again "
              "by the sender five days later (h272-21)."))


# ================================================================ 16  AR  report  Fayoum association: Google Drive link only (Gmail Drive chip)
M16_SUBJ = "التقرير الطوعي لجمعية الجسر للتنمية والهجرة الآمنة - الفيوم"
M16_ID = "<CAJ7rX2mKp4Lq9Tz+w3Nb6Vc1sH8dFy5gR0@mail.gmail.example.com>"
M16_FILE = "تقرير_جمعية_الجسر_الاستعراض_الطوعي_2021.pdf"
M16_LINK = "https://drive.google.example.com/file/d/1aF3kR9xQ2mZ7vL0pN4sT8wY6bH5jC1dE/view?usp=drive_web"
M16_TEXT = """السادة الأفاضل في أمانة الاستعراض الإقليمي،

تحية طيبة وبعد،

بنبعتلكم مع الرسالة دي التقرير الطوعي لجمعية الجسر للتنمية والهجرة الآمنة في إطار الاستعراض الإقليمي للاتفاق العالمي للهجرة. الملف حجمه كبير (فيه صور وخرايط للقرى اللي اشتغلنا فيها)، فرفعناه على Google Drive:

%s
<%s>

التقرير بيتكلم عن الهجرة غير النظامية من قرى الفيوم لإيطاليا وليبيا، والأسر اللي فقدت ولادها في البحر، وبرامج التوعية اللي عملناها مع المدارس ومراكز الشباب من 2017.

لو في أي مشكلة في فتح الرابط ياريت تبلغونا.

مع خالص التحية،
عمرو فتحي عبد العزيز
منسق المشروعات
جمعية الجسر للتنمية والهجرة الآمنة - الفيوم
فيسبوك: facebook.example.com/algesr.fayoum | يوتيوب: youtube.example.com/c/AlGesrFayoum
""" % (M16_FILE, M16_LINK)


def drive_chip_html(text, rtl=True):
    before, after = text.split("%s\n<%s>\n" % (M16_FILE, M16_LINK))
    chip = ('<div class="gmail_chip gmail_drive_chip" style="width:396px;height:18px;max-height:18px;background-color:'
            '#f5f5f5;padding:5px;font-family:arial;font-weight:bold;font-size:13px;border:1px solid #ddd;line-height:1">'
            '<a href="%s" target="_blank" style="display:inline-block;max-width:366px;overflow:hidden;'
            'text-overflow:ellipsis;white-space:nowrap;text-decoration:none;padding:1px 0;border:none" aria-label="%s">'
            '<img style="vertical-align:bottom;border:none" src="https://ssl.gstatic.example.com/docs/doclist/images/'
            'icon_10_pdf_list.png">&nbsp;<span dir="ltr" style="color:#15c;text-decoration:none;'
            'vertical-align:bottom">%s</span></a></div>' % (M16_LINK, esc(M16_FILE), esc(M16_FILE)))
    d = ' dir="rtl"' if rtl else ""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div%s>%s'
            '<br>%s<br>%s</div></body></html>\n'
            % (d, "<br>".join(esc(x) for x in before.split("\n")), chip,
               "<br>".join(esc(x) for x in after.rstrip("\n").split("\n"))))


def m16():
    when = at("2021-02-11 12:09:41")
    body = alt(M16_TEXT, "000000000000a1c4e705bb0f62d8", html=drive_chip_html(M16_TEXT), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-ej1-f47.google.example.com", "192.0.2.47", "4F1Vb2Tq7MZ9",
           addr("عمرو فتحي", "amr.fathy.algesr@gmail.example.com"), hdr(M16_SUBJ), M16_ID, body)
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        notes="the report is only a Google Drive link, shown by Gmail as a Drive 'chip' (file name as link text, "
              "PDF icon pulled from the web, nothing attached): a voluntary report with nothing to file, "
              "report_attachments empty. Egyptian colloquial ('بنبعتلكم مع الرسالة دي', 'ياريت تبلغونا'). The "
              "link turned out to be restricted: the sender forwards this message with the PDF attached on 14 "
              "February (h272-20)."))


# ================================================================ 17  FR  report  Google Docs share notification from Oran (Reply-To the person)
def m17():
    when = at("2021-02-11 16:33:05")
    title = "Rapport volontaire PMM 2021 – RAADM"
    url = "https://docs.google.example.com/document/d/1Hk5Tq8Wz3Rm7Lp2Xv9Nb4Qc6Ys0Jd1Fa/edit?usp=sharing_eil&ts=60253f41"
    who = "yasmina.kaci.raadm@gmail.example.com"
    note = """Bonjour,
Comme convenu lors de notre assemblée, voici le rapport volontaire du Réseau Algérien pour l'Accueil et les Droits des Migrants (RAADM) pour l'examen régional du Pacte mondial sur les migrations. Nous le partageons en lecture sur Google Docs parce que plusieurs associations membres y ont contribué jusqu'au dernier moment ; une version PDF peut vous être envoyée sur simple demande.
Bien cordialement,
Yasmina Kaci – Coordinatrice plaidoyer, RAADM (Oran)"""
    text = """Yasmina Kaci (%s) vous a invité à consulter le document suivant :

%s
<%s>

%s

Ouvrir <%s>

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car %s a partagé un document avec vous depuis Google Docs.
[Logo Google]
""" % (who, title, url, note, url, who)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="100%%" border="0" cellpadding="0" cellspacing="0" style="font-family:Roboto,Arial,'
            'sans-serif"><tr><td align="center"><table width="480" style="border:1px solid #dadce0;border-radius:8px;'
            'padding:24px"><tr><td><img width="40" height="40" src="https://lh3.googleusercontent.example.com/a-/'
            'AOh14Gh7yKaci" style="border-radius:50%%" alt=""><p style="font-size:16px;color:#202124">Yasmina Kaci '
            '(<a href="mailto:%s" style="color:#1a73e8">%s</a>) vous a invité à consulter le document suivant :</p>'
            '<table style="border:1px solid #dadce0;border-radius:16px"><tr><td style="padding:8px 12px"><img '
            'width="20" height="20" src="https://ssl.gstatic.example.com/docs/doclist/images/mediatype/'
            'icon_1_document_x32.png" alt=""> <a href="%s" style="color:#3c4043;text-decoration:none;font-weight:'
            '500">%s</a></td></tr></table><div style="margin-top:16px;padding:12px;background:#f1f3f4;'
            'border-radius:8px;color:#3c4043;font-size:14px">%s</div><p><a href="%s" style="background:#1a73e8;'
            'color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Ouvrir</a></p></td></tr></table>'
            '<p style="font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, '
            'USA<br>Vous avez reçu cet e-mail, car %s a partagé un document avec vous depuis Google Docs.</p>'
            '<img width="92" height="30" src="https://www.gstatic.example.com/images/branding/googlelogo/2x/'
            'googlelogo_grey_tm_color_96x40dp.png" alt="Logo Google"></td></tr></table></body></html>\n'
            % (who, who, url, esc(title), "<br>".join(esc(x) for x in note.split("\n")), url, who))
    body = alt(text, "0000000000004e7b2a05bb1268d0", html=html)
    subj = "Document partagé avec vous : « %s »" % title
    m = mk(when, sent_at(when, 0, 2), "mail-sor-f69.google.example.com", "192.0.2.69", "4F1Yc5Rz0PZ2",
           addr("Yasmina Kaci (via Google Docs)", "drive-shares-dm-noreply@google.example.com"),
           hdr(subj, enc="Q"), "<0000000000004e7b1f05bb1268cf-ZqxR8mKpT2vL@google.example.com>", body,
           extra=[("Reply-To", addr("Yasmina Kaci", who))])
    add(17, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="Google Docs share notification sent by Google on a person's behalf (From 'Yasmina Kaci (via Google "
              "Docs)' <drive-shares-dm-noreply@...>, Reply-To the person, French template 'vous a invité à "
              "consulter', 'Ouvrir' button, Google LLC footer) carrying her own note that submits the network's "
              "report: a voluntary report available only as a live Google Docs link, nothing attached. Not an "
              "auto-reply (no Auto-Submitted; a person chose to send it): acknowledge, to the Reply-To address. "
              "Date in UTC (Google)."))


# ================================================================ 18  EN  report  SharePoint share notification from Amman
M18_FILE = "RMHA_GCM_Voluntary_Review_2021_FINAL.pdf"
M18_SUBJ = 'Hanna Youssef shared "%s" with you' % M18_FILE
M18_ID = "<e3b7c1d9-5f24-4a86-b0e3-7c9d2f1a6e58@az.westeurope.production.microsoft.example.com>"
M18_QID = "4F2Cm9Hs4VZ5"


def m18():
    when = at("2021-02-12 11:02:26")
    url = "https://rmha.sharepoint.example.com/:b:/s/Programmes/EQx4Tn8Rk2Lm7Vz1Pq9Wb3ABc6Hd0Jf5Gs8Ka2Xn7Ye4Tw?e=4bNc7T"
    note = ("Dear GCM Regional Review team, please find here RMHA's voluntary GCM review report for the Regional "
            "Review in the Arab region. The file is 46 MB, so we are sharing it from our SharePoint rather than "
            "attaching it. I am on leave from today until 22 February; my colleague Rami Azar "
            "(rami.azar@rmha.example.org) can answer any questions in the meantime.")
    text = """Hanna Youssef shared a file with you

%s

%s
This link will work for anyone.

Open <%s>

Microsoft respects your privacy. To learn more, please read our Privacy Statement <https://go.microsoft.example.com/fwlink/?LinkId=521839>.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % (note, M18_FILE, url)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="font-family:\'Segoe UI\',Tahoma,sans-serif"><table width="100%%" cellpadding="0" cellspacing="0" '
            'border="0"><tr><td style="padding:20px"><div style="font-size:21px;color:#333">Hanna Youssef shared a '
            'file with you</div><div style="margin:16px 0;padding:12px;border-left:3px solid #0078d4;color:#333;'
            'font-size:14px">%s</div><table style="border:1px solid #eaeaea"><tr><td style="padding:12px"><img '
            'src="https://res-1.cdn.office.example.net/files/fabric-cdn-prod_20210104.001/assets/item-types/48/'
            'pdf.png" width="48" height="48" alt="PDF"></td><td style="padding:12px"><div style="font-size:14px;'
            'font-weight:600">%s</div><div style="font-size:12px;color:#666">This link will work for anyone.</div>'
            '</td></tr></table><p><a href="%s" style="background:#0078d4;color:#fff;padding:8px 20px;'
            'text-decoration:none">Open</a></p><img src="https://res-1.cdn.office.example.net/files/fabric-cdn-prod_'
            '20210104.001/assets/brand-icons/product/png/microsoft_logo.png" width="94" height="20" alt="Microsoft">'
            '<p style="font-size:11px;color:#666">Microsoft respects your privacy. To learn more, please read our '
            '<a href="https://go.microsoft.example.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>Microsoft '
            'Corporation, One Microsoft Way, Redmond, WA 98052</p></td></tr></table><img src="https://'
            'southcentralusr-notifyp.svc.ms.example.net/api/v2/tracking/method/View?mi=Qz7Tn2Kx" width="1" '
            'height="1"></body></html>\n' % (esc(note), esc(M18_FILE), url))
    body = alt(text, "=-Tq3ZpK8xR1vN5mW9bL2c==", html=html)
    m = mk(when, sent_at(when, 0, 3), "mail-he1eur04on0671.outbound.protection.outlook.example.com",
           "198.51.100.171", M18_QID, "Hanna Youssef <no-reply@sharepointonline.example.com>", M18_SUBJ, M18_ID,
           body, extra=[("Reply-To", "Hanna Youssef <hanna.youssef@rmha.example.org>"),
                        ("X-MS-Exchange-Organization-SharingNotification", "true"),
                        ("X-Sharing-Item-Url", url)])
    add(18, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        notes="SharePoint/OneDrive 'shared a file with you' notification sent by Microsoft from a no-reply address "
              "on the person's behalf (display name = the person, Reply-To her own address) with her note "
              "submitting the report: the report is only a link ('This link will work for anyone'), nothing "
              "attached, report_attachments empty. A person's deliberate submission, no Auto-Submitted: "
              "acknowledge to the Reply-To address. Her note says she is on leave from today: her Exchange "
              "out-of-office answers our acknowledgement (h272-19). Tracking pixel; Date in UTC."))


# ================================================================ 19  EN  auto_reply  the sharer's Exchange out-of-office on our acknowledgement of 18
def m19():
    when = at("2021-02-12 11:02:58")
    ack = ack_mid(M18_QID)
    text = """Thank you for your email.

I am on annual leave from 12 to 22 February 2021 with limited access to email. For anything related to RMHA's contribution to the GCM Regional Review, please contact my colleague Rami Azar (rami.azar@rmha.example.org). For urgent matters, please call our office on +962 6 000 0000.

Best regards,

Hanna Youssef
Programme Director | Regional Migrant Health Alliance (RMHA)
Jabal Amman, 3rd Circle, Amman, Jordan
www.rmha.example.org | Twitter @RMHA_health | LinkedIn /company/rmha

DISCLAIMER: This message is intended only for the use of the addressee and may contain information that is privileged and confidential. If you are not the intended recipient, you are hereby notified that any dissemination of this communication is strictly prohibited. If you have received this communication in error, please notify us immediately by reply email and delete the original message.
"""
    html = ol_page(ol_paras(text), lang="EN-US")
    body = alt(text, "_000_AM9PR05MB7491B2E8C6F1A47D_", html=html)
    rows = exchange_ooo_rows(when, "mail-am9eur05on0617.outbound.protection.outlook.example.com", "198.51.100.117",
                             "4F2Cn14TxWZ8", "Hanna Youssef <hanna.youssef@rmha.example.org>",
                             "<AM9PR05MB7491B2E8C6F1A47D3E9C0B5A7F62@AM9PR05MB7491.eurprd05.prod.outlook.example.com>",
                             M18_SUBJ, M18_ID, ack, "en-US", (2, 2))
    add(19, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h272-18 answering our acknowledgement 32 seconds later "
              "('Automatic reply:' on the acknowledgement subject, Auto-Submitted, X-Auto-Response-Suppress, null "
              "Return-Path, loop header); it names RMHA's 'contribution to the GCM Regional Review', a colleague "
              "and a long disclaimer. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 20  AR  report  the Fayoum association forwards its own message with the PDF ('see below')
def m20():
    when = at("2021-02-14 09:48:12")
    new = """صباح الخير،

برجاء الاطلاع على رسالتنا أدناه.

وصلنا من Google Drive طلب إذن بالوصول للملف من عنوانكم، فواضح إن الرابط كان مقفول على أعضاء الجمعية بس، آسفين جداً على الغلطة دي. فتحنا الرابط دلوقتي لأي حد معاه الرابط، وكمان أرفقنا التقرير نفسه PDF في الرسالة دي علشان تكونوا في الأمان.

شكراً لصبركم،
عمرو
"""
    head = """---------- الرسالة المُعاد توجيهها ---------
من: عمرو فتحي <amr.fathy.algesr@gmail.example.com>
‏التاريخ: الخميس، 11 فبراير 2021 في 12:09 م
الموضوع: %s
إلى: <gcmrrarabstates@iom.int>
""" % M16_SUBJ
    text = new + "\n" + head + "\n\n" + M16_TEXT
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="rtl">%s</div><br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">%s</div><br><br>'
            '%s</div></body></html>\n'
            % ("<br>".join(esc(x) for x in new.rstrip("\n").split("\n")),
               "<br>".join(esc(x) for x in head.rstrip("\n").split("\n")),
               drive_chip_html(M16_TEXT).split("<body>")[1].split("</body>")[0]))
    pdf = rep_pdf("Voluntary GCM review report - Al-Gesr Association for Development and Safe Migration",
                  "Fayoum, Egypt, February 2021",
                  ["Irregular migration from the villages of Fayoum", "Families of the missing at sea",
                   "Awareness programmes with schools and youth centres since 2017", "Recommendations"])
    a = alt(text, "000000000000c3f81d05bb3a7e41", html=html, b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILE)], "000000000000c3f81f05bb3a7e43")
    m = mk(when, sent_at(when, 2, 8), "mail-ej1-f47.google.example.com", "192.0.2.47", "4F3Rk7Wm1NZ6",
           addr("عمرو فتحي", "amr.fathy.algesr@gmail.example.com"), re_hdr("Fwd: ", M16_SUBJ),
           "<CAJ7rX2oNs8Vt1Kz+p5Qm3Hd9sL2fGx7cW4@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M16_ID), ("References", M16_ID)])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 16, report_attachments=[M16_FILE],
        notes="the sender forwards his own message of 11 February (h272-16; Gmail 'Fwd:' with the Arabic forward "
              "header and References) because the Drive link was restricted ('برجاء الاطلاع على رسالتنا أدناه'), "
              "now with the same report attached as a PDF whose Arabic name (underscores) is the link text of the "
              "quoted Drive chip (RFC 2231 + RFC 2047). The attachment is the report; on time. Egyptian "
              "colloquial."))


# ================================================================ 21  EN  report  the Doha alliance forwards its own message with the report again ('see below')
def m21():
    when = at("2021-02-15 08:55:40")
    subj = "FW: " + M15_SUBJ
    new = """Dear colleagues,

Please see below. We have not seen an acknowledgement of our submission of 10 February, and our IT team tells us that some external messages were held in quarantine last week, so I wanted to make sure the report reached you. It is attached again (same file, no changes).

I would be grateful if you could confirm receipt.

Best regards,
Daniel"""
    head = """From: Daniel Mensah
Sent: Wednesday, February 10, 2021 3:27 PM
To: gcmrrarabstates@iom.int
Subject: %s""" % M15_SUBJ
    text = (new + "\n\n" + "\n".join(M15_SIG[:3]) + "\n\n" + head + "\n\n" + M15_BODY + "\n\n" + "\n".join(M15_SIG)
            + "\n" + M15_TAIL + "\n")
    base = "image00%d.png@01D70353.6F2A1D40"
    inner = (ol_paras(new) + '<p class="MsoNormal">&nbsp;</p>' + sig_table(M15_SIG[:3], color="#00685E")
             + '<div style="border:none;border-top:solid #E1E1E1 1pt;padding:3pt 0 0 0">' + ol_paras(head)
             + '</div>' + afrg_body(M15_BODY, base, ""))
    rel = multi("related", [leaf("text/html", ol_page(inner, lang="EN-GB")),
                            logo(base % 1, (0, 104, 94)), icon(base % 2, "image002.png", (10, 102, 194)),
                            icon(base % 3, "image003.png", (29, 161, 242)),
                            icon(base % 4, "image004.png", (59, 89, 152)),
                            icon(base % 5, "image005.png", (255, 0, 0))],
                "_006_DB6PR1001MB12379F3A6C2E8B41_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DB6PR1001MB12379F3A6C2E8B41_")
    body = multi("mixed", [a, attach("application/pdf", M15_PDF, M15_FILE)], "_007_DB6PR1001MB12379F3A6C2E8B41_")
    m = mk(when, sent_at(when, 3, 9), "mail-db6eur10on0631.outbound.protection.outlook.example.com",
           "198.51.100.131", "4F4Dp2Kv8QZ1", "Daniel Mensah <d.mensah@afrg.example.org>", subj,
           "<DB6PR1001MB12379F3A6C2E8B41D0A5E7C3F916@DB6PR1001MB1237.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(M15_SUBJ, "AQHW/6Fd2Lk9Xz4Rm7Tq1Wb5Nc8Vp3HcgAbT5m2Q", lang="en-GB", has_attach="yes")
           + [("X-Proofpoint-Virus-Version", "vendor=fsecure engine=2.50.10434:6.0.369,18.0.737")])
    add(21, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 15, report_attachments=[M15_FILE],
        notes="'Please see below': the sender forwards his own message of 10 February (h272-15) with the same PDF "
              "(identical bytes) and asks for confirmation of receipt: a re-sent duplicate of the submission, "
              "labelled like dev 041 (voluntary_report, thread_of the original, the attachment listed), "
              "acknowledged because he asks. Outlook FW: without In-Reply-To/References (the link is the "
              "forward header, subject and file); the quoted original still carries the Dropbox, Bookings and "
              "Zoom links, icons and disclaimers."))


# ================================================================ 22  FR  other  Sendinblue newsletter announcing a report (bulk)
def m22():
    when = at("2021-02-15 17:00:04")
    subj = "La Lettre du RMMC n° 27 – Notre rapport volontaire sur le Pacte mondial est en ligne !"
    trk = "https://r.sb.rmmc.example.org/mk/cl/f/%s"
    text = """Voir la version en ligne : %s

LA LETTRE DU RMMC – N° 27 – FÉVRIER 2021
Réseau Maghrébin Migrations et Citoyenneté

ÉDITO
Chères amies, chers amis,
Un an après le début de la pandémie, nos associations membres n'ont jamais autant été sollicitées : distributions alimentaires, aide au loyer, accompagnement juridique des personnes bloquées aux frontières...

À LA UNE – NOTRE RAPPORT VOLONTAIRE SUR LE PACTE MONDIAL EST EN LIGNE
Fruit de six mois de travail avec 14 associations au Maroc, en Algérie, en Tunisie et en Mauritanie, notre rapport volontaire sur la mise en œuvre du Pacte mondial pour des migrations sûres, ordonnées et régulières est désormais disponible. Il sera transmis au secrétariat de l'examen régional pour la région arabe avant le 16 février.
Lire le rapport (PDF, 3 Mo) : %s

L'EXAMEN RÉGIONAL, MODE D'EMPLOI
La consultation multipartite aura lieu en ligne le 23 février, suivie de la conférence régionale les 24 et 25 février. Notre présidente y portera la voix du réseau lors de la table ronde 2.

AGENDA
- 18 février : webinaire « Femmes migrantes et travail domestique » (Zoom)
- 23-25 février : examen régional du Pacte mondial
- 6 mars : assemblée générale du RMMC, Tunis

Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre d'information du RMMC.
Se désinscrire : %s
RMMC – 7, rue de Marseille, 1000 Tunis, Tunisie
""" % (trk % "v1Kx9", trk % "r7Tq2", trk % "u3Zp8")
    html = ('<!DOCTYPE html><html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="viewport" content="width=device-width"></head><body style="margin:0;'
            'background:#f2f2f2"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;'
            'font-family:Georgia,serif"><tr><td style="padding:8px;font-size:11px;text-align:center"><a href="%s">'
            'Voir la version en ligne</a></td></tr><tr><td><img src="https://img.sb.rmmc.example.org/banniere-'
            'lettre-27.png" width="600" height="160" alt="La Lettre du RMMC – n° 27 – février 2021"></td></tr>'
            '<tr><td style="padding:20px">%s</td></tr><tr><td style="padding:12px;font-size:11px;color:#777;'
            'text-align:center">Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre d\'information du '
            'RMMC.<br><a href="%s">Se désinscrire</a><br>RMMC – 7, rue de Marseille, 1000 Tunis, Tunisie</td></tr>'
            '</table></center><img width="1" height="1" src="https://r.sb.rmmc.example.org/tr/op/Kx7Tq2"></body>'
            '</html>\n' % (trk % "v1Kx9", "".join("<p>%s</p>" % "<br>".join(esc(x) for x in p.split("\n"))
                                                   for p in text.split("\n\n")[1:-1]), trk % "u3Zp8"))
    body = alt(text, "----=_Part_2840317_971525634.1613401200041", html=html)
    m = mk(when, sent_at(when, 0, 4), "mail227.sendinblue.example.com", "192.0.2.227", "4F4Qs9Bd3LZ7",
           "La Lettre du RMMC <lettre@rmmc.example.org>", hdr(subj, enc="Q"),
           "<202102151500.27991034521@smtp-relay.mailin.example.fr>", body,
           ret="bounces-27-gcmrrarabstates=iom.int@sb.rmmc.example.org",
           extra=[("Precedence", "bulk"), ("X-Mailer", "Sendinblue"), ("X-Mailin-Campaign", "27"),
                  ("X-Mailin-Client", "1184263"), ("Feedback-ID", "27:1184263:campaign:sendinblue"),
                  ("List-Unsubscribe", "<%s>, <mailto:unsubscribe-27@sb.rmmc.example.org>" % (trk % "u3Zp8")),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("Reply-To", "RMMC <contact@rmmc.example.org>")])
    add(22, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        notes="a Sendinblue newsletter (Precedence: bulk, List-Unsubscribe, tracked links, open pixel, 'Vous "
              "recevez cet e-mail car vous êtes inscrit(e)') whose lead story is the network's voluntary report "
              "with a tracked PDF link; it says the report 'sera transmis au secrétariat ... avant le 16 février' "
              "and that 'Notre présidente ... table ronde 2' will speak - neither a submission nor a request "
              "(no name). Bulk mail: never acknowledge."))


# ================================================================ 23  FR  report  the Casablanca foundation's report, as a reply to our acknowledgement of 07 (23:41 on the 16th)
def m23():
    when = at("2021-02-16 23:41:37")
    ack = ack_mid(M07_QID)
    ack_subj = "Accusé de réception - " + M07_SUBJ
    file_ = "Rapport volontaire FBAIM – PMM 2021 (version finale).pdf"
    new = """Bonsoir,

Suite à votre accusé de réception ci-dessous, je vous transmets également, en pièce jointe, le rapport volontaire de la Fondation Bab Al Amal pour l'Inclusion des Migrants (FBAIM) sur la mise en œuvre du Pacte mondial au Maroc, dans sa version finale validée ce soir par notre conseil d'administration.

Toutes mes excuses pour l'heure tardive.

Bien cordialement,"""
    quoted_head = """De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : mardi 2 février 2021 11:31
À : Hind El Ouazzani <h.elouazzani@babalamal.example.ma>
Objet : [EXTERNE] %s""" % ack_subj
    banner = ("ATTENTION : Ce courriel provient d'un expéditeur externe à la Fondation. Ne cliquez pas sur les liens "
              "et n'ouvrez pas les pièces jointes si vous ne connaissez pas l'expéditeur.")
    q = ack_text("fr", M07_SUBJ, "la demande d'intervention")
    text = (new + "\n\n" + "\n".join(M07_SIG) + "\n\n" + M07_DISC + "\n\n" + quoted_head + "\n\n" + banner + "\n\n"
            + q + "\n")
    base = "image%03d.png@01D704A6.1E9C3B50"
    socials = [("Facebook", "https://facebook.example.com/FondationBabAlAmal"),
               ("LinkedIn", "https://www.linkedin.example.com/company/fondation-bab-al-amal"),
               ("Twitter", "https://twitter.example.com/BabAlAmal_ma"),
               ("Instagram", "https://instagram.example.com/fondation.babalamal"),
               ("YouTube", "https://youtube.example.com/c/FondationBabAlAmal")]
    cols = [(59, 89, 152), (10, 102, 194), (29, 161, 242), (193, 53, 132), (255, 0, 0)]
    inner = (ol_paras(new) + '<p class="MsoNormal">&nbsp;</p>'
             + sig_table(M07_SIG, base % 1, [(base % (k + 2), u, n) for k, (n, u) in enumerate(socials)],
                         color="#C0504D")
             + small(M07_DISC) + '<div style="border:none;border-top:solid #E1E1E1 1pt;padding:3pt 0 0 0">'
             + ol_paras(quoted_head) + '</div><table border="0" cellspacing="0" cellpadding="0" width="100%" '
             'style="background:#FDE9D9;border:solid #C0504D 1pt"><tr><td style="padding:4pt"><p class="MsoNormal">'
             '<b><span style="font-size:9pt;color:#C0504D">' + esc(banner) + '</span></b></p></td></tr></table>'
             + ol_paras(q))
    parts = [leaf("text/html", ol_page(inner, lang="FR")), logo(base % 1, (192, 80, 77))]
    parts += [icon(base % (k + 2), "image%03d.png" % (k + 2), c) for k, c in enumerate(cols)]
    rel = multi("related", parts, "_006_AM0PR09MB41326D2F8A1C5E97_", params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_AM0PR09MB41326D2F8A1C5E97_")
    pdf = rep_pdf("Rapport volontaire - Fondation Bab Al Amal pour l'Inclusion des Migrants (FBAIM)",
                  "Casablanca, fevrier 2021",
                  ["Le Pacte mondial au Maroc : regard d'une fondation", "Insertion professionnelle des migrants",
                   "La crise sanitaire et l'emploi informel", "Recommandations"])
    body = multi("mixed", [a, attach("application/pdf", pdf, file_)], "_007_AM0PR09MB41326D2F8A1C5E97_")
    subj = hdr("RE: [EXTERNE] " + ack_subj, enc="Q")
    m = mk(when, sent_at(when, 1, 11), "mail-am0eur09on0623.outbound.protection.outlook.example.com",
           "198.51.100.123", "4F5Jw3Lx6TZ0", "Hind El Ouazzani <h.elouazzani@babalamal.example.ma>", subj,
           "<AM0PR09MB41326D2F8A1C5E97B3F0A8D4C261@AM0PR09MB4132.eurprd09.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M07_ID + " " + ack)]
           + outlook(hdr("[EXTERNE] " + ack_subj, enc="Q"), "AQHW+UmR5k2Tz8Lx0pN3Vb7Qc1Sd4gAC8tQ5", lang="fr-FR",
                     has_attach="yes"))
    add(23, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 7, report_attachments=[file_],
        notes="deadline edge: received 23:41 Beirut time on 16 February (22:41 in the Date header, UTC+1, "
              "Casablanca) and apologising for the hour: on time. A reply to our acknowledgement of h272-07 "
              "(References name it) that now submits the foundation's report (PDF, en dash and parentheses in "
              "the name, RFC 2231 + RFC 2047); the quoted acknowledgement sits under the foundation's gateway "
              "banner 'ATTENTION : Ce courriel provient d'un expéditeur externe' and the subject carries '[EXTERNE]'. "
              "No new speaker (the quote repeats the earlier request); same signature table and FR/EN disclaimer "
              "as h272-07."))


# ================================================================ 24  FR  other  Djibouti researcher who only wants the Zoom/Teams link (Yahoo on iPhone)
def m24():
    when = at("2021-02-18 09:20:15")
    subj = "Demande de lien pour suivre la conférence en ligne"
    text = """Bonjour,

Je suis chercheur au Centre d'Études Stratégiques de la Corne (CESC) à Djibouti et je travaille sur les migrations le long de la route de l'Est (Éthiopie – Djibouti – Yémen – Arabie saoudite).

Je n'ai ni rapport ni demande d'intervention à vous soumettre, mais j'aimerais suivre en ligne la consultation du 23 février et la conférence des 24 et 25 février en tant qu'observateur. Pourriez-vous m'indiquer s'il faut s'inscrire, et sur quelle plateforme (Zoom, Teams, Webex) les sessions seront diffusées ? Une collègue m'a transféré une invitation Teams, mais le lien semble réservé aux intervenants.

Merci d'avance,

Ahmed Houmed Ali
Chercheur associé – CESC
Djibouti

Envoyé de Yahoo Mail pour iPhone
"""
    html = ('<html><head></head><body><div class="ydp5c1e2b7ayahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div><div id="ymail_android_signature"><a href="'
            'https://overview.mail.yahoo.example.com/?.src=iOS">Envoyé de Yahoo Mail pour iPhone</a></div></body>'
            '</html>\n' % "".join('<div dir="ltr">%s</div>' % (esc(x) if x else "<br>")
                                  for x in text.split("\n\nEnvoyé de Yahoo")[0].split("\n")))
    body = alt(text, "----=_Part_3411906_1207455903.1613632811442", html=html)
    m = mk(when, sent_at(when, 3, 4), "sonic309-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.209",
           "4F6Kt8Hp5MZ2", "Ahmed Houmed Ali <ahmed.houmed@yahoo.example.fr>", hdr(subj, enc="Q"),
           "<1730592847.3411907.1613632811445@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO_IOS)])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="someone who only wants to follow the sessions as an observer and asks how to register and on which "
              "platform (Zoom, Teams, Webex): 'Je n'ai ni rapport ni demande d'intervention à vous soumettre'; a "
              "forwarded Teams invitation is only mentioned. Written after both deadlines, but 'other' has no "
              "deadline. Yahoo Mail on iPhone, Date UTC+3 (Djibouti)."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()

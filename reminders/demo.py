"""The reminder schedule from review-schedule.md, as snippets, with English, Polish and Urdu texts.

`seed()` is idempotent: each reminder is found by its key and brought up to
date. Guides are linked where a guide page with one of the listed English
slugs exists; otherwise the link is left as it is.
"""

import datetime

from django.db import transaction

from .models import BIRTH_DATE, DUE_DATE, IMMUNISATION, REVIEW, Reminder

H = "{opens}"
C = "{closes}"

SCHEDULE = [
    # --- Health visitor reviews (Healthy Child Programme) --------------------
    {
        "key": "antenatal-contact",
        "kind": REVIEW,
        "counted_from": DUE_DATE,
        "start": (-12, "weeks"),  # 28 weeks pregnant
        "end": (-4, "weeks"),  # 36 weeks pregnant
        "lead_days": 7,
        "guides": ["your-antenatal-contact", "antenatal-contact"],
        "name": {
            "en": "Antenatal contact with a health visitor",
            "pl": "Spotkanie z pielęgniarką środowiskową w ciąży",
            "ur": "حمل کے دوران ہیلتھ وزیٹر سے ملاقات",
        },
        "title": {
            "en": "Meeting your health visitor",
            "pl": "Spotkanie z pielęgniarką środowiskową",
            "ur": "ہیلتھ وزیٹر سے ملاقات",
        },
        "body": {
            "en": f"A health visitor will offer to meet you between {H} and {C}, at 28 to 36 weeks. Not heard from them? Call the health visiting team.",
            "pl": f"Pielęgniarka środowiskowa zaproponuje spotkanie między {H} a {C} (28.–36. tydzień ciąży). Nikt się nie odezwał? Zadzwoń do zespołu.",
            "ur": f"ہیلتھ وزیٹر {H} اور {C} کے درمیان (حمل کے 28 سے 36 ہفتے) آپ سے ملنے کی پیشکش کریں گی۔ رابطہ نہیں ہوا؟ ہیلتھ وزیٹنگ ٹیم کو فون کریں۔",
        },
    },
    {
        "key": "new-birth-visit",
        "kind": REVIEW,
        "counted_from": BIRTH_DATE,
        "start": (10, "days"),
        "end": (14, "days"),
        "lead_days": 3,
        "guides": ["new-birth-visit", "your-new-birth-visit"],
        "name": {
            "en": "New birth visit",
            "pl": "Wizyta po porodzie",
            "ur": "پیدائش کے بعد پہلا دورہ",
        },
        "title": {
            "en": "Your new birth visit",
            "pl": "Wizyta po porodzie",
            "ur": "پیدائش کے بعد پہلا دورہ",
        },
        "body": {
            "en": f"A health visitor will visit you at home between {H} and {C}. Not heard from them? Call the health visiting team.",
            "pl": f"Położna środowiskowa odwiedzi Was w domu między {H} a {C}. Nikt się nie odezwał? Zadzwoń do zespołu.",
            "ur": f"ہیلتھ وزیٹر {H} اور {C} کے درمیان آپ کے گھر آئیں گی۔ رابطہ نہیں ہوا؟ ہیلتھ وزیٹنگ ٹیم کو فون کریں۔",
        },
    },
    {
        "key": "review-6-8-weeks",
        "kind": REVIEW,
        "counted_from": BIRTH_DATE,
        "start": (6, "weeks"),
        "end": (8, "weeks"),
        "lead_days": 7,
        "guides": ["6-to-8-week-review", "your-6-to-8-week-review", "6-8-week-review"],
        "name": {
            "en": "6 to 8 week review",
            "pl": "Przegląd w wieku 6–8 tygodni",
            "ur": "6 سے 8 ہفتے کا جائزہ",
        },
        "title": {
            "en": "The 6 to 8 week review",
            "pl": "Przegląd w wieku 6–8 tygodni",
            "ur": "6 سے 8 ہفتے کا جائزہ",
        },
        "body": {
            "en": f"Due between {H} and {C}. The health visiting team will contact you; if they have not, call them.",
            "pl": f"Termin: między {H} a {C}. Zespół pielęgniarek środowiskowych skontaktuje się z Tobą; jeśli nie, zadzwoń do nich.",
            "ur": f"{H} اور {C} کے درمیان۔ ہیلتھ وزیٹنگ ٹیم آپ سے رابطہ کرے گی؛ اگر نہ کرے تو انہیں فون کریں۔",
        },
    },
    {
        "key": "contact-3-4-months",
        "kind": REVIEW,
        "counted_from": BIRTH_DATE,
        "start": (3, "months"),
        "end": (4, "months"),
        "lead_days": 7,
        "guides": ["3-to-4-month-contact", "your-3-to-4-month-contact"],
        "name": {
            "en": "3 to 4 month contact",
            "pl": "Kontakt w wieku 3–4 miesięcy",
            "ur": "3 سے 4 ماہ کا رابطہ",
        },
        "title": {
            "en": "The 3 to 4 month contact",
            "pl": "Kontakt w wieku 3–4 miesięcy",
            "ur": "3 سے 4 ماہ کا رابطہ",
        },
        "body": {
            "en": f"Between {H} and {C} the health visiting team may send you information or offer a review.",
            "pl": f"Między {H} a {C} zespół może przesłać Ci informacje lub zaproponować wizytę.",
            "ur": f"{H} اور {C} کے درمیان ٹیم آپ کو معلومات بھیج سکتی ہے یا جائزے کی پیشکش کر سکتی ہے۔",
        },
    },
    {
        "key": "review-1-year",
        "kind": REVIEW,
        "counted_from": BIRTH_DATE,
        "start": (10, "months"),  # Leicester, Leicestershire and Rutland: 10 to 12 months
        "end": (12, "months"),
        "lead_days": 14,
        "guides": ["one-year-review", "your-one-year-review", "12-month-review"],
        "name": {
            "en": "One year review",
            "pl": "Przegląd rocznego dziecka",
            "ur": "ایک سال کا جائزہ",
        },
        "title": {
            "en": "The one year review",
            "pl": "Przegląd rocznego dziecka",
            "ur": "ایک سال کا جائزہ",
        },
        "body": {
            "en": f"Due between {H} and {C}. You will be asked to fill in a short questionnaire (ASQ-3) first.",
            "pl": f"Termin: między {H} a {C}. Wcześniej poprosimy o wypełnienie krótkiego kwestionariusza (ASQ-3).",
            "ur": f"{H} اور {C} کے درمیان۔ اس سے پہلے آپ سے ایک مختصر سوالنامہ (ASQ-3) بھرنے کو کہا جائے گا۔",
        },
    },
    {
        "key": "review-2-years",
        "kind": REVIEW,
        "counted_from": BIRTH_DATE,
        "start": (24, "months"),
        "end": (30, "months"),
        "lead_days": 14,
        "guides": ["two-year-review", "2-to-2-and-a-half-year-review", "your-two-year-review"],
        "name": {
            "en": "2 to 2½ year review",
            "pl": "Przegląd w wieku 2–2,5 roku",
            "ur": "2 سے ڈھائی سال کا جائزہ",
        },
        "title": {
            "en": "The 2 to 2½ year review",
            "pl": "Przegląd w wieku 2–2,5 roku",
            "ur": "2 سے ڈھائی سال کا جائزہ",
        },
        "body": {
            "en": f"Due between {H} and {C}, usually in a clinic. It looks at how your child talks, moves and plays.",
            "pl": f"Termin: między {H} a {C}, zwykle w przychodni. Sprawdzamy, jak dziecko mówi, porusza się i bawi.",
            "ur": f"{H} اور {C} کے درمیان، عام طور پر کلینک میں۔ اس میں دیکھا جاتا ہے کہ بچہ کیسے بولتا، چلتا پھرتا اور کھیلتا ہے۔",
        },
    },
    {
        "key": "questionnaire-3-years",
        "kind": REVIEW,
        "counted_from": BIRTH_DATE,
        "start": (36, "months"),
        "end": (42, "months"),
        "lead_days": 14,
        "guides": ["three-year-questionnaire", "3-to-3-and-a-half-year-questionnaire"],
        "name": {
            "en": "3 to 3½ year questionnaire",
            "pl": "Kwestionariusz w wieku 3–3,5 roku",
            "ur": "3 سے ساڑھے 3 سال کا سوالنامہ",
        },
        "title": {
            "en": "The 3 to 3½ year questionnaire",
            "pl": "Kwestionariusz w wieku 3–3,5 roku",
            "ur": "3 سے ساڑھے 3 سال کا سوالنامہ",
        },
        "body": {
            "en": f"Between {H} and {C} the team will send you a questionnaire and offer help based on your answers.",
            "pl": f"Między {H} a {C} zespół prześle Ci kwestionariusz i zaproponuje pomoc na podstawie odpowiedzi.",
            "ur": f"{H} اور {C} کے درمیان ٹیم آپ کو ایک سوالنامہ بھیجے گی اور جوابات کی بنیاد پر مدد پیش کرے گی۔",
        },
    },
    # --- Routine immunisations (UK schedule, Green Book chapter 11) ----------
    {
        "key": "immunisations-8-weeks",
        "kind": IMMUNISATION,
        "counted_from": BIRTH_DATE,
        "start": (8, "weeks"),
        "end": (10, "weeks"),
        "lead_days": 7,
        "guides": ["vaccinations", "immunisations", "baby-vaccinations"],
        "name": {
            "en": "First vaccinations (8 weeks)",
            "pl": "Pierwsze szczepienia (8 tygodni)",
            "ur": "پہلے حفاظتی ٹیکے (8 ہفتے)",
        },
        "title": {
            "en": "Vaccinations due soon",
            "pl": "Zbliżają się szczepienia",
            "ur": "حفاظتی ٹیکوں کا وقت قریب ہے",
        },
        "body": {
            "en": f"The first vaccinations are due from {H}. Your GP surgery will invite you; if not, call them to book.",
            "pl": f"Pierwsze szczepienia od {H}. Przychodnia (GP) zaprosi Cię na wizytę; jeśli nie, zadzwoń i umów termin.",
            "ur": f"پہلے حفاظتی ٹیکے {H} سے لگنے ہیں۔ آپ کی GP سرجری آپ کو بلائے گی؛ اگر نہیں تو فون کر کے وقت لیں۔",
        },
    },
    {
        "key": "immunisations-12-weeks",
        "kind": IMMUNISATION,
        "counted_from": BIRTH_DATE,
        "start": (12, "weeks"),
        "end": (14, "weeks"),
        "lead_days": 7,
        "guides": ["vaccinations", "immunisations", "baby-vaccinations"],
        "name": {
            "en": "Second vaccinations (12 weeks)",
            "pl": "Drugie szczepienia (12 tygodni)",
            "ur": "دوسرے حفاظتی ٹیکے (12 ہفتے)",
        },
        "title": {
            "en": "Vaccinations due soon",
            "pl": "Zbliżają się szczepienia",
            "ur": "حفاظتی ٹیکوں کا وقت قریب ہے",
        },
        "body": {
            "en": f"The second vaccinations are due from {H}. Your GP surgery will invite you; if not, call them to book.",
            "pl": f"Drugie szczepienia od {H}. Przychodnia (GP) zaprosi Cię na wizytę; jeśli nie, zadzwoń i umów termin.",
            "ur": f"دوسرے حفاظتی ٹیکے {H} سے لگنے ہیں۔ آپ کی GP سرجری آپ کو بلائے گی؛ اگر نہیں تو فون کر کے وقت لیں۔",
        },
    },
    {
        "key": "immunisations-16-weeks",
        "kind": IMMUNISATION,
        "counted_from": BIRTH_DATE,
        "start": (16, "weeks"),
        "end": (18, "weeks"),
        "lead_days": 7,
        "guides": ["vaccinations", "immunisations", "baby-vaccinations"],
        "name": {
            "en": "Third vaccinations (16 weeks)",
            "pl": "Trzecie szczepienia (16 tygodni)",
            "ur": "تیسرے حفاظتی ٹیکے (16 ہفتے)",
        },
        "title": {
            "en": "Vaccinations due soon",
            "pl": "Zbliżają się szczepienia",
            "ur": "حفاظتی ٹیکوں کا وقت قریب ہے",
        },
        "body": {
            "en": f"The third vaccinations are due from {H}. Your GP surgery will invite you; if not, call them to book.",
            "pl": f"Trzecie szczepienia od {H}. Przychodnia (GP) zaprosi Cię na wizytę; jeśli nie, zadzwoń i umów termin.",
            "ur": f"تیسرے حفاظتی ٹیکے {H} سے لگنے ہیں۔ آپ کی GP سرجری آپ کو بلائے گی؛ اگر نہیں تو فون کر کے وقت لیں۔",
        },
    },
    {
        "key": "immunisations-1-year",
        "kind": IMMUNISATION,
        "counted_from": BIRTH_DATE,
        "start": (12, "months"),  # on or after the first birthday
        "end": (13, "months"),
        "lead_days": 7,
        "guides": ["vaccinations", "immunisations", "baby-vaccinations"],
        "name": {
            "en": "One year vaccinations",
            "pl": "Szczepienia po pierwszych urodzinach",
            "ur": "ایک سال کے حفاظتی ٹیکے",
        },
        "title": {
            "en": "Vaccinations due soon",
            "pl": "Zbliżają się szczepienia",
            "ur": "حفاظتی ٹیکوں کا وقت قریب ہے",
        },
        "body": {
            "en": f"The one year vaccinations are due on or after {H}. Your GP surgery will invite you; if not, call them to book.",
            "pl": f"Szczepienia po pierwszych urodzinach: od {H}. Przychodnia (GP) zaprosi Cię na wizytę; jeśli nie, zadzwoń i umów termin.",
            "ur": f"ایک سال کے حفاظتی ٹیکے {H} یا اس کے بعد لگنے ہیں۔ آپ کی GP سرجری آپ کو بلائے گی؛ اگر نہیں تو فون کر کے وقت لیں۔",
        },
    },
    {
        "key": "immunisations-18-months",
        "kind": IMMUNISATION,
        "counted_from": BIRTH_DATE,
        "start": (18, "months"),
        "end": (19, "months"),
        "lead_days": 7,
        "born_on_or_after": datetime.date(2024, 7, 1),
        "guides": ["vaccinations", "immunisations", "baby-vaccinations"],
        "name": {
            "en": "18 month vaccinations",
            "pl": "Szczepienia w wieku 18 miesięcy",
            "ur": "18 ماہ کے حفاظتی ٹیکے",
        },
        "title": {
            "en": "Vaccinations due soon",
            "pl": "Zbliżają się szczepienia",
            "ur": "حفاظتی ٹیکوں کا وقت قریب ہے",
        },
        "body": {
            "en": f"The 18 month vaccinations are due from {H}. Your GP surgery will invite you; if not, call them to book.",
            "pl": f"Szczepienia w wieku 18 miesięcy: od {H}. Przychodnia (GP) zaprosi Cię na wizytę; jeśli nie, zadzwoń i umów termin.",
            "ur": f"18 ماہ کے حفاظتی ٹیکے {H} سے لگنے ہیں۔ آپ کی GP سرجری آپ کو بلائے گی؛ اگر نہیں تو فون کر کے وقت لیں۔",
        },
    },
    {
        "key": "immunisations-pre-school",
        "kind": IMMUNISATION,
        "counted_from": BIRTH_DATE,
        "start": (40, "months"),  # 3 years 4 months
        "end": (42, "months"),
        "lead_days": 7,
        "guides": ["vaccinations", "immunisations", "pre-school-vaccinations"],
        "name": {
            "en": "Pre-school vaccinations (3 years 4 months)",
            "pl": "Szczepienia przedszkolne (3 lata i 4 miesiące)",
            "ur": "اسکول سے پہلے کے حفاظتی ٹیکے (3 سال 4 ماہ)",
        },
        "title": {
            "en": "Vaccinations due soon",
            "pl": "Zbliżają się szczepienia",
            "ur": "حفاظتی ٹیکوں کا وقت قریب ہے",
        },
        "body": {
            "en": f"The pre-school vaccinations are due from {H}. Your GP surgery will invite you; if not, call them to book.",
            "pl": f"Szczepienia przedszkolne: od {H}. Przychodnia (GP) zaprosi Cię na wizytę; jeśli nie, zadzwoń i umów termin.",
            "ur": f"اسکول سے پہلے کے حفاظتی ٹیکے {H} سے لگنے ہیں۔ آپ کی GP سرجری آپ کو بلائے گی؛ اگر نہیں تو فون کر کے وقت لیں۔",
        },
    },
]


def _guide_for(slugs):
    try:
        from content.models import GuidePage
    except ImportError:
        return None
    for slug in slugs:
        page = GuidePage.objects.filter(slug_en=slug).first()
        if page is not None:
            return page
    return None


@transaction.atomic
def seed():
    """Create or update the 13 reminders; returns them in schedule order."""
    seeded = []
    for item in SCHEDULE:
        fields = {
            "kind": item["kind"],
            "counted_from": item["counted_from"],
            "start_amount": item["start"][0],
            "start_unit": item["start"][1],
            "end_amount": item["end"][0],
            "end_unit": item["end"][1],
            "lead_days": item["lead_days"],
            "born_on_or_after": item.get("born_on_or_after"),
            "enabled": True,
        }
        for field in ("name", "title", "body"):
            for code, text in item[field].items():
                fields[f"{field}_{code}"] = text
        guide = _guide_for(item["guides"])
        if guide is not None:
            fields["guide"] = guide
        reminder, _created = Reminder.objects.update_or_create(key=item["key"], defaults=fields)
        seeded.append(reminder)
    return seeded

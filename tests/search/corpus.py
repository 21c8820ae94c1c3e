"""A small, realistic corpus for search tests: guides in English, Polish and Urdu, and
services at places around Leicester. Written for these tests."""

import datetime

from django.utils import translation
from wagtail.models import Page, Site

from content.models import GuidePage, GuidesIndexPage, HomePage, StagePage

REVIEWED = datetime.date(2026, 9, 1)
NEXT_REVIEW = datetime.date(2027, 9, 1)


def paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


STAGES = [
    ("pregnancy", {"en": "Pregnancy", "pl": "Ciąża", "ur": "حمل"}),
    ("first-weeks", {"en": "The first weeks", "pl": "Pierwsze tygodnie", "ur": "پہلے ہفتے"}),
    ("feeding", {"en": "Feeding", "pl": "Karmienie", "ur": "دودھ پلانا"}),
    (
        "talking-and-play",
        {"en": "Talking and play", "pl": "Rozmowa i zabawa", "ur": "بات چیت اور کھیل"},
    ),
]

# slug, stage, weeks from/to, {lang: (title, summary, body)}
GUIDES = [
    (
        "breastfeeding-support",
        "feeding",
        (0, 52),
        {
            "en": (
                "Breastfeeding: getting started and getting help",
                "How to get breastfeeding going, how to tell your baby is getting enough milk, and who can help.",
                "Most mothers can breastfeed with the right support. Hold your baby close, skin to skin. "
                "Feed whenever your baby shows signs of hunger. If it hurts, ask a breastfeeding peer supporter.",
            ),
            "pl": (
                "Karmienie piersią: dobry początek i pomoc",
                "Jak zacząć karmienie piersią, jak sprawdzić, czy dziecko je wystarczająco, i kto może pomóc.",
                "Większość mam może karmić piersią, jeśli ma wsparcie. Przytulaj dziecko skóra do skóry.",
            ),
            "ur": (
                "ماں کا دودھ پلانا: شروعات اور مدد",
                "دودھ پلانا کیسے شروع کریں، کیسے جانیں کہ بچے کو کافی دودھ مل رہا ہے، اور کون مدد کر سکتا ہے۔",
                "زیادہ تر مائیں صحیح مدد کے ساتھ دودھ پلا سکتی ہیں۔ بچے کو اپنے قریب رکھیں۔",
            ),
        },
    ),
    (
        "formula-feeding",
        "feeding",
        (0, 52),
        {
            "en": (
                "Formula feeding safely",
                "Cleaning and sterilising bottles and making up each feed safely.",
                "Use a first infant formula until your baby is one year old. Always make up a fresh feed.",
            ),
            "pl": (
                "Bezpieczne karmienie mlekiem modyfikowanym",
                "Mycie i wyparzanie butelek oraz bezpieczne przygotowanie mleka.",
                "Używaj mleka początkowego do ukończenia przez dziecko roku.",
            ),
        },
    ),
    (
        "starting-solid-foods",
        "feeding",
        (22, 60),
        {
            "en": (
                "Starting solid foods (weaning)",
                "When and how to start your baby on solid foods, at around six months.",
                "Weaning means moving from milk to family food. Start with soft finger foods and vegetables.",
            ),
            "ur": (
                "ٹھوس غذا شروع کرنا",
                "تقریباً چھ ماہ کی عمر میں بچے کو ٹھوس غذا کب اور کیسے دیں۔",
                "سبزیوں اور نرم غذا سے شروع کریں۔",
            ),
        },
    ),
    (
        "safe-sleep",
        "first-weeks",
        (0, 52),
        {
            "en": (
                "Safe sleep for your baby",
                "Reduce the risk of sudden infant death: on the back, in a clear cot, in your room.",
                "Always put your baby to sleep on their back. Keep the cot clear of pillows and toys. "
                "Sleep safety matters for every nap and every night.",
            ),
            "pl": (
                "Bezpieczny sen niemowlęcia",
                "Jak zmniejszyć ryzyko nagłej śmierci łóżeczkowej: na plecach, w pustym łóżeczku.",
                "Zawsze kładź dziecko do snu na plecach.",
            ),
            "ur": (
                "بچے کی محفوظ نیند",
                "بچے کو ہمیشہ پیٹھ کے بل سلائیں اور پالنا خالی رکھیں۔",
                "محفوظ نیند ہر رات کے لیے ضروری ہے۔",
            ),
        },
    ),
    (
        "crying-and-colic",
        "first-weeks",
        (0, 26),
        {
            "en": (
                "Crying, colic and coping",
                "Why babies cry, ways to soothe them, and looking after yourself when it gets too much.",
                "All babies cry. Colic is crying for long periods in a baby who is otherwise well.",
            ),
        },
    ),
    (
        "jaundice",
        "first-weeks",
        (0, 4),
        {
            "en": (
                "Jaundice in newborn babies",
                "Yellow skin or eyes in the first days: when it is normal and when to get help.",
                "Jaundice is common in newborns. Call your midwife if your baby is yellow and very sleepy.",
            ),
            "ur": (
                "نوزائیدہ بچوں میں یرقان",
                "پہلے دنوں میں پیلی جلد یا آنکھیں: کب یہ عام ہے اور کب مدد لیں۔",
                "یرقان نوزائیدہ بچوں میں عام ہے۔",
            ),
        },
    ),
    (
        "postnatal-depression",
        "first-weeks",
        (0, 52),
        {
            "en": (
                "Feeling low after birth: postnatal depression",
                "Baby blues, postnatal depression and anxiety: the signs, and where to get help.",
                "Many parents feel low after having a baby. Talk to your health visitor or GP.",
            ),
            "pl": (
                "Smutek po porodzie: depresja poporodowa",
                "Baby blues, depresja poporodowa i lęk: objawy i gdzie szukać pomocy.",
                "Wielu rodziców czuje smutek po porodzie. Porozmawiaj z położną środowiskową.",
            ),
            "ur": (
                "پیدائش کے بعد اداسی: ڈپریشن",
                "پیدائش کے بعد ڈپریشن اور پریشانی: علامات اور مدد کہاں سے لیں۔",
                "بہت سے والدین بچے کی پیدائش کے بعد اداس محسوس کرتے ہیں۔",
            ),
        },
    ),
    (
        "antenatal-contact",
        "pregnancy",
        (-12, -4),
        {
            "en": (
                "Meeting your health visitor in pregnancy",
                "A health visitor meets you when you are 28 to 36 weeks pregnant.",
                "The antenatal contact is a chance to talk about feeding, sleep and your wellbeing.",
            ),
            "pl": (
                "Spotkanie z położną środowiskową w ciąży",
                "Położna spotka się z Tobą między 28. a 36. tygodniem ciąży.",
                "To okazja, by porozmawiać o karmieniu, śnie i samopoczuciu.",
            ),
            "ur": (
                "حمل کے دوران ہیلتھ وزیٹر سے ملاقات",
                "ہیلتھ وزیٹر حمل کے 28 سے 36 ہفتوں کے درمیان آپ سے ملیں گی۔",
                "یہ ملاقات دودھ پلانے، نیند اور آپ کی صحت کے بارے میں بات کرنے کا موقع ہے۔",
            ),
        },
    ),
    (
        "baby-movements",
        "pregnancy",
        (-24, -1),
        {
            "en": (
                "Your baby's movements in pregnancy",
                "Feeling your baby move, and what to do if the movements slow down or stop.",
                "If your baby is moving less than usual, call your maternity unit straight away.",
            ),
        },
    ),
    (
        "stop-smoking",
        "pregnancy",
        (-40, 52),
        {
            "en": (
                "Stopping smoking in pregnancy",
                "Free help to stop smoking for you and your family, during pregnancy and after.",
                "Smoking harms your baby. The stop smoking service can help you quit for good.",
            ),
        },
    ),
    (
        "talking-with-your-baby",
        "talking-and-play",
        (0, 104),
        {
            "en": (
                "Talking with your baby",
                "Chatting, singing and reading together from the very first day.",
                "Babies learn to talk by listening to you. Sing songs, read books and copy their sounds.",
            ),
            "pl": (
                "Rozmowa z dzieckiem",
                "Rozmawianie, śpiewanie i czytanie razem od pierwszego dnia.",
                "Dzieci uczą się mówić, słuchając Ciebie.",
            ),
        },
    ),
    (
        "toddler-tantrums",
        "talking-and-play",
        (52, 208),
        {
            "en": (
                "Toddler tantrums and what helps",
                "Why toddlers have tantrums, and calm ways to handle them.",
                "Tantrums are a normal part of growing up. Stay calm and keep your child safe.",
            ),
        },
    ),
    (
        "teething",
        "talking-and-play",
        (16, 130),
        {
            "en": (
                "Teething and looking after baby teeth",
                "Signs of teething, how to ease sore gums, and brushing your baby's first teeth.",
                "Start brushing as soon as the first tooth appears, with a smear of fluoride toothpaste.",
            ),
            "ur": (
                "دانت نکلنا اور بچے کے دانتوں کی دیکھ بھال",
                "دانت نکلنے کی علامات اور مسوڑھوں کے درد میں آرام۔",
                "پہلا دانت نکلتے ہی برش کرنا شروع کریں۔",
            ),
        },
    ),
    (
        "vaccinations",
        "talking-and-play",
        (8, 260),
        {
            "en": (
                "Vaccinations for babies and toddlers",
                "Which vaccinations your child is offered, and when: at 8, 12 and 16 weeks and at one year.",
                "Immunisations protect your child from serious illnesses. They are free from your GP surgery.",
            ),
            "pl": (
                "Szczepienia niemowląt i małych dzieci",
                "Jakie szczepienia otrzyma Twoje dziecko i kiedy.",
                "Szczepienia chronią dziecko przed groźnymi chorobami. Są bezpłatne w przychodni.",
            ),
            "ur": (
                "بچوں کے لیے ٹیکے",
                "آپ کے بچے کو کون سے ٹیکے اور کب لگائے جاتے ہیں۔",
                "ٹیکے آپ کے بچے کو سنگین بیماریوں سے بچاتے ہیں۔",
            ),
        },
    ),
]


def add_page(parent, model, **fields):
    page = model(**fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return model.objects.get(pk=page.pk)


def build_guides():
    """Home, guides index, four stages and the guides above; returns {slug: GuidePage} and stages."""
    with translation.override("en"):
        root = Page.get_first_root_node()
        for child in root.get_children():
            child.delete()
        home = add_page(
            root,
            HomePage,
            title_en="Help for your family",
            **{f"slug_{code}": "home" for code in ("en", "pl", "ur")},
        )
        Site.objects.all().delete()
        Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
        index = add_page(
            home,
            GuidesIndexPage,
            title_en="Guides",
            slug_en="guides",
            title_pl="Poradniki",
            slug_pl="poradniki",
        )
        stages = {}
        for code, titles in STAGES:
            stages[code] = add_page(
                index,
                StagePage,
                stage=code,
                slug_en=code,
                slug_pl=f"{code}-pl",
                **{f"title_{lang}": title for lang, title in titles.items()},
            )
        guides = {}
        for slug, stage, (start, end), texts in GUIDES:
            fields = {
                "slug_en": slug,
                "age_from_weeks": start,
                "age_to_weeks": end,
                "last_reviewed": REVIEWED,
                "next_review_due": NEXT_REVIEW,
            }
            for lang, (title, summary, body) in texts.items():
                fields[f"title_{lang}"] = title
                fields[f"summary_{lang}"] = summary
                fields[f"body_{lang}"] = paragraphs(body)
                if lang != "en":
                    fields[f"slug_{lang}"] = f"{slug}-{lang}"
            guides[slug] = add_page(stages[stage], GuidePage, **fields)
    return guides, stages


# --- Services ---------------------------------------------------------------------

# name, place, kind, categories, languages, days, free, (min, max months), pregnancy, description, translations
PLACES = {
    "braunstone": ("Braunstone Family Hub", "Braunstone Avenue", "LE3 1QA", 52.6280, -1.1850, True),
    "belgrave": (
        "Belgrave Neighbourhood Centre",
        "Rothley Street",
        "LE4 6LF",
        52.6530,
        -1.1230,
        False,
    ),
    "highfields": ("Highfields Centre", "Melbourne Road", "LE2 0GU", 52.6290, -1.1150, True),
    "centre": (
        "Leicester Town Hall Children's Centre",
        "Town Hall Square",
        "LE1 9BG",
        52.6345,
        -1.1335,
        True,
    ),
    "beaumont": ("Beaumont Leys Library", "Beaumont Way", "LE4 1DS", 52.6720, -1.1690, False),
}

SERVICES = [
    (
        "stay-play-braunstone",
        "Stay and play",
        "braunstone",
        "group",
        ["stay-and-play"],
        ["en", "pl"],
        ["TU"],
        True,
        (0, 60),
        False,
        "Songs, messy play and a chat with other parents. Drop in, no need to book.",
        {},
    ),
    (
        "baby-massage-belgrave",
        "Baby massage",
        "belgrave",
        "group",
        ["baby-massage"],
        ["en", "gu", "pa"],
        ["TH"],
        False,
        (0, 12),
        False,
        "A five-week course of gentle massage to calm and bond with your baby.",
        {},
    ),
    (
        "infant-feeding-highfields",
        "Infant feeding support group",
        "highfields",
        "group",
        ["infant-feeding"],
        ["en", "ur"],
        ["WE"],
        True,
        (0, 24),
        True,
        "Help with breastfeeding, bottle feeding and starting solid foods from trained peer supporters.",
        {
            "name_ur": "بچوں کو دودھ پلانے میں مدد کا گروپ",
            "description_ur": "دودھ پلانے میں مدد اور مشورہ۔",
        },
    ),
    (
        "baby-clinic-centre",
        "Health visitor baby clinic",
        "centre",
        "clinic",
        ["health-visiting-clinic"],
        ["en"],
        ["MO"],
        True,
        (0, 60),
        False,
        "Weigh your baby and talk to a health visitor about feeding, sleep or development.",
        {},
    ),
    (
        "speech-beaumont",
        "Speech and language drop-in",
        "beaumont",
        "clinic",
        ["speech-and-language"],
        ["en"],
        ["FR"],
        True,
        (12, 60),
        False,
        "Worried about your child's talking? Speech and language therapists answer questions.",
        {},
    ),
    (
        "dads-braunstone",
        "Dads' Saturday club",
        "braunstone",
        "group",
        ["dads-and-partners"],
        ["en"],
        ["SA"],
        True,
        (0, 60),
        False,
        "Play, breakfast and a chat for dads, granddads and male carers with their children.",
        {},
    ),
    (
        "antenatal-centre",
        "Antenatal classes",
        "centre",
        "group",
        ["antenatal"],
        ["en", "pl"],
        ["WE"],
        True,
        (None, None),
        True,
        "Get ready for birth and the first weeks with a midwife: labour, feeding and caring for your baby.",
        {"name_pl": "Szkoła rodzenia", "description_pl": "Przygotowanie do porodu z położną."},
    ),
    (
        "polish-mums-highfields",
        "Polish parents' group",
        "highfields",
        "group",
        ["parenting"],
        ["pl", "en"],
        ["TH"],
        True,
        (0, 60),
        False,
        "A friendly group for Polish-speaking families with young children.",
        {
            "name_pl": "Grupa dla polskich rodziców",
            "description_pl": "Spotkania dla polskich rodzin z małymi dziećmi.",
        },
    ),
    (
        "perinatal-mental-health",
        "Perinatal mental health drop-in",
        "highfields",
        "clinic",
        ["perinatal-mental-health"],
        ["en", "ur", "pa"],
        ["TU"],
        True,
        (0, 24),
        True,
        "Support if you feel anxious or low in pregnancy or after birth, including postnatal depression.",
        {
            "name_ur": "ذہنی صحت کی مدد",
            "description_ur": "حمل کے دوران یا پیدائش کے بعد اداسی میں مدد۔",
        },
    ),
    (
        "rhyme-time-beaumont",
        "Rhyme time",
        "beaumont",
        "group",
        ["stay-and-play", "speech-and-language"],
        ["en"],
        ["MO", "TH"],
        True,
        (0, 48),
        False,
        "Songs and rhymes for babies and toddlers at the library.",
        {},
    ),
]


def build_services():
    """The hub, places and services above; returns {key: Service} and {place key: Location}."""
    import datetime as dt

    from directory.models import Hub, HubKind, Language, Location, Schedule, Service, TaxonomyTerm

    with translation.override("en"):
        hub = Hub.objects.create(
            name="Leicester Family Hubs", slug="leicester", kind=HubKind.CENTRAL
        )
        locations = {}
        for key, (name, street, postcode, lat, lon, step_free) in PLACES.items():
            locations[key] = Location.objects.create(
                hub=hub,
                name=name,
                address_1=street,
                city="Leicester",
                postcode=postcode,
                latitude=lat,
                longitude=lon,
                step_free_access=step_free,
            )
        services = {}
        for (
            key,
            name,
            place,
            kind,
            categories,
            languages,
            days,
            free,
            (low, high),
            pregnancy,
            description,
            extra,
        ) in SERVICES:
            service = Service(
                hub=hub,
                name=name,
                kind=kind,
                description=description,
                is_free=free,
                cost_description="" if free else "£3 a session",
                min_age_months=low,
                max_age_months=high,
                serves_pregnancy=pregnancy,
                **extra,
            )
            service.save()
            service.categories.set(TaxonomyTerm.objects.filter(code__in=categories))
            service.languages.set(Language.objects.filter(code__in=languages))
            service.save()
            Schedule.objects.create(
                service=service,
                location=locations[place],
                freq="WEEKLY",
                byday=",".join(days),
                valid_from=dt.date(2026, 1, 5),
                opens_at=dt.time(10, 0),
                closes_at=dt.time(11, 30),
            )
            services[key] = Service.objects.get(pk=service.pk)
    return services, locations

"""Demo guidance text, written for this site. Placeholder: replaced by the full set."""

HOME = {
    "title": {
        "en": "Help for your family, from pregnancy to five",
        "pl": "Pomoc dla Twojej rodziny od ciąży do piątego roku życia",
        "ur": "حمل سے پانچ سال کی عمر تک آپ کے خاندان کے لیے مدد",
    },
    "intro": {
        "en": "Guides, family hubs and groups near you, and reminders before your baby's reviews."
    },
}
INDEX = {"title": {"en": "Guides"}, "intro": {"en": "Guides for each stage."}}
STAGES = [
    {
        "stage": "pregnancy",
        "slug": "pregnancy",
        "title": {"en": "Pregnancy", "pl": "Ciąża", "ur": "حمل"},
        "intro": {"en": "Looking after yourself and your baby before birth."},
    },
    {
        "stage": "first-weeks",
        "slug": "first-weeks",
        "title": {"en": "The first weeks"},
        "intro": {"en": "The first weeks at home."},
    },
    {
        "stage": "talking-and-play",
        "slug": "talking-and-play",
        "title": {"en": "Talking and play"},
        "intro": {"en": "Talking and playing."},
    },
    {
        "stage": "feeding",
        "slug": "feeding",
        "title": {"en": "Feeding"},
        "intro": {"en": "Feeding your baby."},
    },
]
GUIDES = [
    {
        "stage": "pregnancy",
        "slug": "your-antenatal-contact",
        "title": {
            "en": "Your antenatal contact with a health visitor",
            "pl": "Wizyta położnej środowiskowej w ciąży",
            "ur": "حمل کے دوران ہیلتھ وزیٹر سے ملاقات",
        },
        "summary": {
            "en": "What happens when a health visitor meets you before your baby is born.",
            "pl": "Co się dzieje na spotkaniu przed porodem.",
            "ur": "بچے کی پیدائش سے پہلے ہیلتھ وزیٹر سے ملاقات میں کیا ہوتا ہے۔",
        },
        "age_from_weeks": -12,
        "age_to_weeks": -4,
        "body": {
            "en": [
                (
                    "paragraph",
                    "<p>A health visitor will meet you when you are 28 to 36 weeks pregnant.</p>",
                )
            ],
            "pl": [
                (
                    "paragraph",
                    "<p>Położna środowiskowa spotka się z Tobą między 28. a 36. tygodniem ciąży.</p>",
                )
            ],
            "ur": [
                (
                    "paragraph",
                    "<p>جب آپ 28 سے 36 ہفتوں کی حاملہ ہوں گی تو ہیلتھ وزیٹر آپ سے ملیں گی۔</p>",
                )
            ],
        },
    },
]
CONTACT = {
    "service_name": {"en": "Healthy Together health visiting team"},
    "phone": "0116 000 0000",
    "text_number": "07000 000000",
    "opening_hours": {"en": "Monday to Friday, 9am to 5pm"},
    "urgent_text": {
        "en": "If you think your baby is seriously ill, call 999. For urgent advice, call NHS 111."
    },
}
